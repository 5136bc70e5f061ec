# The VS Code extension's tests (editors/vscode/), included from tests/CMakeLists.txt. They need
# node and the npm packages of package-lock.json, which scripts/setup.sh installs (`npm ci`).
# They test no C++ code, so the sanitizer build does not run them again.
if(AGREE_SANITIZE)
  return()
endif()

set(AGREE_VSCODE_DIR ${CMAKE_SOURCE_DIR}/editors/vscode)
find_program(AGREE_NODE NAMES node nodejs)
if(NOT AGREE_NODE OR NOT EXISTS ${AGREE_VSCODE_DIR}/node_modules/.bin/vsce)
  # Said loudly instead of skipped: a machine without them has not run scripts/setup.sh.
  add_test(NAME vscode/setup
    COMMAND sh -c "echo 'node or editors/vscode/node_modules is missing: run bash scripts/setup.sh, then cmake again' >&2; exit 1")
  return()
endif()

# The committed grammar is what scripts/gen-grammar.js makes of keywords.def and Agree.g4.
add_test(NAME vscode/grammar_up_to_date
  COMMAND ${AGREE_NODE} scripts/gen-grammar.js --check ${CMAKE_SOURCE_DIR}
  WORKING_DIRECTORY ${AGREE_VSCODE_DIR})
# Scope assertions on hand-written files, English and Dutch (tests/*.agree, tests/*.scenario).
add_test(NAME vscode/grammar_scopes
  COMMAND ${AGREE_NODE} node_modules/vscode-tmgrammar-test/dist/unit.js --compact
          -g syntaxes/agree.tmLanguage.json tests/*.agree tests/*.scenario
  WORKING_DIRECTORY ${AGREE_VSCODE_DIR})
# Every example, corpus and stdlib file: keywords, names, strings and comments as the lexer
# reads them.
add_test(NAME vscode/grammar_on_examples
  COMMAND ${AGREE_NODE} scripts/check-corpus.js ${CMAKE_SOURCE_DIR}
  WORKING_DIRECTORY ${AGREE_VSCODE_DIR})
# The checks above can fail, and a new keyword is picked up by the generator.
add_test(NAME vscode/grammar_checks_can_fail
  COMMAND ${AGREE_NODE} scripts/self-test.js ${CMAKE_SOURCE_DIR} ${CMAKE_CURRENT_BINARY_DIR}/vscode-self-test
  WORKING_DIRECTORY ${AGREE_VSCODE_DIR})

# The .vsix, built into the build folder, and what it holds.
file(READ ${AGREE_VSCODE_DIR}/package.json AGREE_VSCODE_MANIFEST)
string(JSON AGREE_VSCODE_VERSION GET "${AGREE_VSCODE_MANIFEST}" version)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${AGREE_VSCODE_DIR}/package.json)
set(AGREE_VSIX ${CMAKE_BINARY_DIR}/editors/vscode/agree-${AGREE_VSCODE_VERSION}.vsix)
add_test(NAME vscode/vsix_package
  COMMAND sh -c "mkdir -p '${CMAKE_BINARY_DIR}/editors/vscode' && rm -f '${AGREE_VSIX}' && '${AGREE_NODE}' node_modules/@vscode/vsce/vsce package --allow-missing-repository --skip-license -o '${AGREE_VSIX}'"
  WORKING_DIRECTORY ${AGREE_VSCODE_DIR})
set_tests_properties(vscode/vsix_package PROPERTIES FIXTURES_SETUP vscode_vsix TIMEOUT 120)
add_test(NAME vscode/vsix_contents
  COMMAND ${Python3_EXECUTABLE} ${AGREE_VSCODE_DIR}/scripts/check-vsix.py ${AGREE_VSIX} ${AGREE_NODE})
set_tests_properties(vscode/vsix_contents PROPERTIES FIXTURES_REQUIRED vscode_vsix)
