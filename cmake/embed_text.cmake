# Writes a C++ file that holds a text file as a std::string_view, so the program carries its own
# documentation (agree explain-code) instead of looking for it on disk.
# cmake -DINPUT=docs/errors.md -DOUTPUT=out.cpp -DNAME=kErrorsMarkdown -P embed_text.cmake
file(READ "${INPUT}" text)
set(delimiter "agreetext")
string(FIND "${text}" ")${delimiter}\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${INPUT} contains the raw-string delimiter )${delimiter}\"")
endif()
file(WRITE "${OUTPUT}.tmp"
  "// Generated from ${INPUT} by cmake/embed_text.cmake; do not edit.\n"
  "#include <string_view>\n"
  "namespace agree::cli {\n"
  "extern const std::string_view ${NAME};\n"
  "const std::string_view ${NAME} = R\"${delimiter}(${text})${delimiter}\";\n"
  "}  // namespace agree::cli\n")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
