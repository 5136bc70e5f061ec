#include "options_values.h"

#include <iostream>

#include "words/say.h"

namespace agree::cli {

std::optional<time::Date> readDate(const po::variables_map& vm, const std::string& name, const std::string& label) {
  const auto& text = vm[name].as<std::string>();
  auto date = time::Date::parseIso(text);
  if (!date)
    std::cerr << "agree: " << (label.empty() ? "--" + name : label) << " `" << text << "` is not a date (YYYY-MM-DD)\n";
  return date;
}

bool readOptionalDate(const po::variables_map& vm, const std::string& name, std::optional<time::Date>& date) {
  if (vm[name].as<std::string>().empty()) return true;
  date = readDate(vm, name);
  return date.has_value();
}

bool checkRange(time::Date from, time::Date to) {
  if (!(to < from)) return true;
  std::cerr << "agree: --to " << to.iso() << " is before --from " << from.iso() << "\n";
  return false;
}

std::optional<std::string> readChoice(const po::variables_map& vm, const std::string& name,
                                      std::initializer_list<std::string_view> allowed) {
  const auto& text = vm[name].as<std::string>();
  for (auto a : allowed) {
    if (text == a) return text;
  }
  std::cerr << "agree: --" << name << " must be ";
  std::size_t i = 0;
  for (auto a : allowed) {
    std::cerr << (i == 0 ? "" : i + 1 == allowed.size() ? " or " : ", ") << a;
    ++i;
  }
  std::cerr << ", not `" << text << "`\n";
  return std::nullopt;
}

std::optional<std::string> readFormat(const po::variables_map& vm, std::initializer_list<std::string_view> allowed) {
  return readChoice(vm, "format", allowed);
}

bool readErrorFormat(const po::variables_map& vm, diag::Format& format) {
  if (!vm.count("error-format")) return true;
  auto choice = readChoice(vm, "error-format", {"text", "json"});
  if (choice) format = *choice == "json" ? diag::Format::Json : diag::Format::Text;
  return choice.has_value();
}

bool readLang(const po::variables_map& vm, std::optional<words::Lang>& lang) {
  if (!vm.count("lang")) return true;
  const std::string& text = vm["lang"].as<std::string>();
  if (text.empty()) return true;
  lang = words::parseLang(text);
  if (!lang) std::cerr << "agree: --lang must be nl or en, not `" << text << "`\n";
  return lang.has_value();
}

words::Lang answerLang(const std::optional<words::Lang>& lang, const model::Agreement& agreement) {
  return lang ? *lang : words::agreementLang(agreement);
}

const char* langHelp() { return "nl or en (default: the agreement's `language`, else en)"; }

}  // namespace agree::cli
