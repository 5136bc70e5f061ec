// Option values several commands take — dates, --format, --lang — read one way, with one
// wording when a value is wrong. Each reader says what is wrong on stderr and returns nothing
// (false); the command then exits with kExitUsage.
#pragma once

#include <boost/program_options.hpp>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include "diag/render.h"
#include "model/model.h"
#include "time/date.h"
#include "words/lang.h"

namespace agree::cli {

namespace po = boost::program_options;

// The date (YYYY-MM-DD) in option `name`; else "agree: --NAME `TEXT` is not a date (YYYY-MM-DD)"
// (a positional names itself by `label`, as the usage line does: DATE).
std::optional<time::Date> readDate(const po::variables_map& vm, const std::string& name, const std::string& label = "");
// As readDate for an option that may be left empty: true with `date` unset when it is.
bool readOptionalDate(const po::variables_map& vm, const std::string& name, std::optional<time::Date>& date);
// --from not after --to; else "agree: --to TO is before --from FROM".
bool checkRange(time::Date from, time::Date to);

// The value of option `name` when it is one of `allowed`; else
// "agree: --NAME must be A, B or C, not `TEXT`".
std::optional<std::string> readChoice(const po::variables_map& vm, const std::string& name,
                                      std::initializer_list<std::string_view> allowed);
// --format, one of `allowed`.
std::optional<std::string> readFormat(const po::variables_map& vm, std::initializer_list<std::string_view> allowed);

// `--error-format text|json` into `format` (left as it is when the option is absent).
bool readErrorFormat(const po::variables_map& vm, diag::Format& format);

// `--lang nl|en`: nullopt when not given (then the agreement's `language` decides, else
// English); false (after saying why) for any other value.
bool readLang(const po::variables_map& vm, std::optional<words::Lang>& lang);
// The language of the answers: --lang, else the agreement's `language` header, else English.
words::Lang answerLang(const std::optional<words::Lang>& lang, const model::Agreement& agreement);
// The `--lang` option's help, for commands that write words.
const char* langHelp();

}  // namespace agree::cli
