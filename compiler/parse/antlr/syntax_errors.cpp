#include "parse/antlr/syntax_errors.h"

#include <fmt/format.h>

#include <new>
#include <optional>

#include "AgreeLexer.h"
#include "AgreeParser.h"
#include "input_limits.h"
#include "source/unicode_names.h"

namespace agree::parse {

using L = agree::grammar::AgreeLexer;

namespace {

source::Span tokenSpan(antlr4::Token* t, source::FileId file) {
  auto begin = static_cast<std::uint32_t>(t->getStartIndex());
  auto end = t->getType() == antlr4::Token::EOF ? begin : static_cast<std::uint32_t>(t->getStopIndex() + 1);
  return source::Span{file, begin, end};
}

// `holders`, a date, a name: how a token type reads in a message, keywords spelled in the
// file's language.
diag::Text describe(const antlr4::dfa::Vocabulary& vocab, size_t type, KeywordLanguage language) {
  switch (type) {
    case antlr4::Token::EOF: return {"end of file", "het einde van het bestand"};
    case L::IDENT: return {"a name", "een naam"};
    case L::STRING: return {"a quoted text", "een tekst tussen aanhalingstekens"};
    case L::DATE: return {"a date (YYYY-MM-DD)", "een datum (JJJJ-MM-DD)"};
    case L::DATETIME: return {"a date and time (YYYY-MM-DDTHH:MM)", "een datum en tijd (JJJJ-MM-DDTUU:MM)"};
    case L::NUMBER: return {"a number", "een getal"};
    case L::DOTTED: return {"an article number", "een artikelnummer"};
    case L::YEAR_MONTH: return {"a month (YYYY-MM)", "een maand (JJJJ-MM)"};
    case L::MONTH_DAY: return {"a day of the year (--MM-DD)", "een dag van het jaar (--MM-DD)"};
    case L::FRACTION: return {"a fraction (such as 2/3)", "een breuk (zoals 2/3)"};
    case L::PARAM: return {"a template parameter ($name)", "een sjabloonparameter ($naam)"};
    default: break;
  }
  if (std::string english = englishSpelling(type); !english.empty()) {
    return diag::Text::same("`" + translateKeyword(english, KeywordLanguage::English, language).value_or(english) +
                            "`");
  }
  std::string lit = vocab.getLiteralName(type);
  if (lit.size() >= 2 && lit.front() == '\'') return diag::Text::same("`" + lit.substr(1, lit.size() - 2) + "`");
  return diag::Text::same(vocab.getSymbolicName(type));
}

// A control character as \xNN and an invisible or look-alike one as <U+XXXX>, so a message
// never writes them raw to the terminal.
std::string visible(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t at = i;
    std::uint32_t cp = source::decodeUtf8(text, i);
    if (cp < 0x20 || cp == 0x7F)
      out += fmt::format("\\x{:02x}", cp);
    else if (source::suspect(cp))
      out += source::placeholder(cp);
    else
      out.append(text, at, i - at);
  }
  return out;
}

// What a bad character is called in its message: a usual suspect of copied text by its code
// point and Unicode name (it may be invisible), anything else as written.
std::string badCharacter(const std::string& text) {
  std::size_t i = 0;
  std::uint32_t cp = text.empty() ? 0 : source::decodeUtf8(text, i);
  if (const auto* s = source::suspect(cp))
    return source::describeCodePoint(cp) + (s->kind == source::Suspect::LooksLatin ? "," : "");
  return "`" + visible(text) + "`";
}

diag::Text badCharacterHelp(const std::string& text) {
  std::size_t i = 0;
  std::uint32_t cp = text.empty() ? 0 : source::decodeUtf8(text, i);
  const auto* s = source::suspect(cp);
  if (!s)
    return {"texts go between double quotes; comments start with //",
            "teksten staan tussen dubbele aanhalingstekens; commentaar begint met //"};
  if (s->kind == source::Suspect::LooksLatin) {
    return {"retype the word with Latin letters; it was probably pasted",
            "typ het woord opnieuw met Latijnse letters; het is waarschijnlijk geplakt"};
  }
  return {
      "delete it and, where words should be apart, type an ordinary space; it came with pasted text and may be "
      "invisible in your editor",
      "verwijder het en typ een gewone spatie waar woorden los moeten staan; het kwam mee met geplakte tekst en "
      "is in de editor misschien onzichtbaar"};
}

// A token's text for a message, quoted: at most 40 bytes (a token can be megabytes long), cut
// between code points.
std::string brief(const std::string& tokenText) {
  std::string text = visible(tokenText);
  if (text.size() <= 40) return "`" + text + "`";
  std::size_t cut = 37;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return "`" + text.substr(0, cut) + "...`";
}

diag::Text shown(antlr4::Token* t) {
  if (t->getType() == antlr4::Token::EOF) return {"end of file", "einde van het bestand"};
  return diag::Text::same(brief(t->getText()));
}

// An odd space or invisible character right before or after the offending token: often a word
// split in two by a pasted no-break space, which the shown line only hints at (<U+00A0>).
std::optional<diag::Text> pastedNeighbour(antlr4::Token* t) {
  antlr4::CharStream* in = t->getInputStream();
  if (!in || t->getType() == antlr4::Token::EOF) return std::nullopt;
  auto at = [&](std::size_t index, bool before) -> std::optional<diag::Text> {
    if (index >= in->size()) return std::nullopt;
    auto i = static_cast<ssize_t>(index);
    std::string text = in->getText(antlr4::misc::Interval(i, i));
    std::size_t pos = 0;
    std::uint32_t cp = text.empty() ? 0 : source::decodeUtf8(text, pos);
    const auto* s = source::suspect(cp);
    if (!s || s->kind == source::Suspect::LooksLatin) return std::nullopt;
    std::string name = source::describeCodePoint(cp);
    return diag::Text{
        name + " comes right " + (before ? "before" : "after") + " it; it is invisible and may split a word in two",
        name + " staat er direct " + (before ? "vóór" : "na") +
            "; het is onzichtbaar en kan een woord in tweeën splitsen"};
  };
  std::size_t start = t->getStartIndex();
  if (start > 0) {
    if (auto before = at(start - 1, true)) return before;
  }
  return at(t->getStopIndex() + 1, false);
}

}  // namespace

bool isErrorToken(size_t type) {
  return type == L::BAD_CHAR || type == L::UNTERMINATED_STRING || type == L::BAD_DATE ||
         type == L::UNTERMINATED_COMMENT;
}

void SyntaxErrorListener::syntaxError(antlr4::Recognizer* recognizer, antlr4::Token* offending, size_t, size_t,
                                      const std::string&, std::exception_ptr) {
  if (offending && isErrorToken(offending->getType())) return;  // reported by the lexical pass
  ++count_;
  if (count_ > limits::kMaxSyntaxErrors) {
    // Reported where reading stopped; the parse is then cancelled (parse.cpp).
    if (offending) {
      sink_
          .error(diag::Code::TooManyErrors, tokenSpan(offending, file_),
                 {"too many syntax errors; stopped reading this file here",
                  "te veel syntaxfouten; het lezen van dit bestand is hier gestopt"})
          .help = {"fix the first errors and run again", "herstel de eerste fouten en probeer het opnieuw"};
    }
    throw antlr4::ParseCancellationException("too many syntax errors");
  }
  auto* parser = dynamic_cast<antlr4::Parser*>(recognizer);
  if (!parser || !offending) return;
  source::Span where = tokenSpan(offending, file_);
  if (offending->getType() == L::YEAR_MONTH) {
    sink_
        .error(diag::Code::MalformedDate, where,
               {fmt::format("`{}` is a month, not a date written as YYYY-MM-DD", offending->getText()),
                fmt::format("`{}` is een maand, geen datum in de vorm JJJJ-MM-DD", offending->getText())})
        .help = {"give the day too; only `signed` takes a month alone (a signing known only to the month)",
                 "geef ook de dag; alleen `ondertekend` neemt een maand alleen (een ondertekening waarvan alleen de "
                 "maand bekend is)"};
    return;
  }
  if (reportMixedLanguage(offending, where)) return;
  std::vector<diag::Text> expected;
  try {
    for (auto type : parser->getExpectedTokens().toList()) {
      if (expected.size() == 12) {
        expected.push_back(diag::Text::same("..."));
        break;
      }
      expected.push_back(describe(parser->getVocabulary(), type, keywords_.language));
    }
  } catch (const std::bad_alloc&) {
    throw;  // out of memory is AGR0005 (parse.cpp), not a shorter message
  } catch (const std::exception&) {
    // The expected set is only for the message; without it the error still stands.
  }
  diag::Text what = shown(offending);
  diag::Text message{"unexpected " + what.en, "onverwacht " + what.nl};
  auto* ctx = parser->getContext();
  if (ctx) {
    std::string rule = parser->getRuleNames()[ctx->getRuleIndex()];
    diag::Text place = rule == "clauseDecl" || rule == "clauseField" ? diag::Text{"a clause", "een bepaling"}
                       : rule == "headerField" || rule == "agreementDecl"
                           ? diag::Text{"the agreement header", "de kop van de overeenkomst"}
                       : rule == "partyDecl" || rule == "partyField" ? diag::Text{"a party", "een partij"}
                       : rule == "scenarioEvent" || rule == "eventArg"
                           ? diag::Text{"a scenario event", "een gebeurtenis van een scenario"}
                       : rule == "articleDecl"            ? diag::Text{"an article", "een artikel"}
                       : rule == "file" || rule == "item" ? diag::Text{"the file", "het bestand"}
                                                          : diag::Text{"this place", "deze plaats"};
    message = {fmt::format("unexpected {} in {}", what.en, place.en),
               fmt::format("onverwacht {} in {}", what.nl, place.nl)};
  }
  auto& d = sink_.error(diag::Code::SyntaxError, where, message);
  if (!expected.empty()) {
    diag::Text list;
    for (std::size_t i = 0; i < expected.size(); ++i) list = list + diag::Text::same(i ? ", " : "") + expected[i];
    d.notes.push_back(expected.size() == 1 ? diag::Text{"expected " + list.en, "verwacht: " + list.nl}
                                           : diag::Text{"expected one of: " + list.en, "verwacht een van: " + list.nl});
  }
  if (auto neighbour = pastedNeighbour(offending)) d.notes.push_back(*neighbour);
}

bool SyntaxErrorListener::reportMixedLanguage(antlr4::Token* offending, const source::Span& where) {
  if (offending->getType() != L::IDENT) return false;
  std::string word = offending->getText();
  KeywordLanguage file = keywords_.language, other = otherKeywordLanguage(file);
  if (isKeyword(word, file) || !isKeyword(word, other)) return false;
  const bool dutchFile = file == KeywordLanguage::Dutch;
  const char* fileNl = dutchFile ? "Nederlands" : "Engels";
  diag::Text settled =
      keywords_.settledBy.empty()
          ? diag::Text{fmt::format("this file has no keyword that is only {}, so it is read as English",
                                   keywordLanguageName(other)),
                       fmt::format("dit bestand heeft geen sleutelwoord dat alleen {} is, dus het wordt als Engels "
                                   "gelezen",
                                   dutchFile ? "Engels" : "Nederlands")}
      : keywords_.byMajority
          ? diag::Text{fmt::format("most of the file's keywords are {} (the first of them: `{}` on line {})",
                                   keywordLanguageName(file), keywords_.settledBy, keywords_.line),
                       fmt::format("de meeste sleutelwoorden van het bestand zijn {} (de eerste: `{}` op regel {})",
                                   fileNl, keywords_.settledBy, keywords_.line)}
          : diag::Text{fmt::format("the file's first keyword, `{}` on line {}, makes it {}", keywords_.settledBy,
                                   keywords_.line, keywordLanguageName(file)),
                       fmt::format("het eerste sleutelwoord van het bestand, `{}` op regel {}, maakt het {}",
                                   keywords_.settledBy, keywords_.line, fileNl)};
  auto& d =
      sink_.error(diag::Code::MixedKeywordLanguages, where,
                  {fmt::format("`{}` is {} keyword, but this file is written with {} keywords", word,
                               other == KeywordLanguage::English ? "an English" : "a Dutch", keywordLanguageName(file)),
                   fmt::format("`{}` is een {} sleutelwoord, maar dit bestand is geschreven met {} sleutelwoorden",
                               word, dutchFile ? "Engels" : "Nederlands", dutchFile ? "Nederlandse" : "Engelse")});
  d.notes.push_back(settled);
  const std::string instead = translateKeyword(word, other, file).value_or(word);
  const char* code = dutchFile ? "nl" : "en";
  d.help = {fmt::format("write `{}`; a file keeps to one language (`agree fmt --lang {}` translates a whole file)",
                        instead, code),
            fmt::format("schrijf `{}`; een bestand houdt zich aan één taal (`agree fmt --lang {}` vertaalt een heel "
                        "bestand)",
                        instead, code)};
  return true;
}

bool reportLexicalErrors(antlr4::CommonTokenStream& tokens, source::FileId file, diag::Sink& sink, std::size_t dropped,
                         std::size_t firstDropped) {
  bool any = false;
  for (auto* t : tokens.getTokens()) {
    auto where = tokenSpan(t, file);
    switch (t->getType()) {
      case L::BAD_CHAR:
        sink.error(diag::Code::BadCharacter, where,
                   {badCharacter(t->getText()) + " has no meaning here",
                    badCharacter(t->getText()) + " betekent hier niets"})
            .help = badCharacterHelp(t->getText());
        any = true;
        break;
      case L::UNTERMINATED_STRING:
        where.end = where.begin + 1;
        sink.error(diag::Code::UnterminatedString, where,
                   {"this text is never closed", "deze tekst wordt nooit gesloten"})
            .help = {"add the closing `\"`; a `\"` inside a text is written `\\\"`",
                     "voeg de afsluitende `\"` toe; een `\"` binnen een tekst wordt geschreven als `\\\"`"};
        any = true;
        break;
      case L::BAD_DATE:
        sink.error(diag::Code::MalformedDate, where,
                   {fmt::format("{} is not written as YYYY-MM-DD", brief(t->getText())),
                    fmt::format("{} is niet geschreven als JJJJ-MM-DD", brief(t->getText()))})
            .help = {"write dates in ISO form with four-digit years and two-digit months and days, e.g. 2021-08-18",
                     "schrijf datums in ISO-vorm met een jaar van vier cijfers en een maand en dag van twee, bijv. "
                     "2021-08-18"};
        any = true;
        break;
      case L::UNTERMINATED_COMMENT:
        where.end = where.begin + 2;
        sink.error(diag::Code::UnterminatedComment, where,
                   {"this comment is never closed", "dit commentaar wordt nooit gesloten"})
            .help = {"end it with `*/`", "sluit het af met `*/`"};
        any = true;
        break;
      default: break;
    }
  }
  if (dropped > 0) {
    auto at = static_cast<std::uint32_t>(firstDropped);
    sink.error(diag::Code::TooManyDiagnostics, source::Span{file, at, at + 1},
               {fmt::format("{} more lexical errors from here on are not listed (agree lists the first {})", dropped,
                            limits::kMaxSyntaxErrors),
                fmt::format("nog {} fouten in de tekens vanaf hier worden niet getoond (agree toont de eerste {})",
                            dropped, limits::kMaxSyntaxErrors)})
        .help = {"fix the first errors and run again; is this an agreement file?",
                 "herstel de eerste fouten en probeer het opnieuw; is dit wel een bestand met een overeenkomst?"};
  }
  return any;
}

void reportParseFailure(std::exception_ptr failure, source::FileId file, diag::Sink& sink) {
  try {
    std::rethrow_exception(failure);
  } catch (const antlr4::ParseCancellationException&) {
    // The listener has reported where it stopped.
  } catch (const std::bad_alloc&) {
    sink.error(
        diag::Code::CompilerFailure, source::Span{file, 0, 0},
        {"agree ran out of memory while parsing this file", "agree had niet genoeg geheugen om dit bestand te lezen"});
  } catch (const std::exception& e) {
    sink.error(diag::Code::SyntaxError, source::Span{file, 0, 0},
               {std::string("the parser could not read this file: ") + e.what(),
                std::string("de parser kon dit bestand niet lezen: ") + e.what()});
  }
}

}  // namespace agree::parse
