// Where a batch finds an agreement's scenario: NAME.scenario for NAME.agree, beside it or in
// the folder the caller names.
#pragma once

#include <string>

namespace agree::portfolio {

// The scenario file for `agreementFile` when there is one (a regular file); empty otherwise.
std::string scenarioFileFor(const std::string& agreementFile, const std::string& scenarioDir);

}  // namespace agree::portfolio
