// One self-contained HTML page: inline style, no scripts, nothing fetched; every string from
// the agreement is escaped (a party may be called "<script>").
#include "explain/render.h"

#include "explain/html_escape.h"

#include "words/lang.h"

namespace agree::explain {

namespace {

std::string escaped(const std::string& text) { return htmlEscaped(text); }

void quote(std::string& out, const std::string& text) {
  if (text.empty()) return;
  out += "<blockquote>";
  bool first = true;
  for (const auto& line : lines(text)) {
    out += (first ? "" : "<br>\n") + escaped(line);
    first = false;
  }
  out += "</blockquote>\n";
}

const char* kStyle =
    "body{font-family:Georgia,serif;max-width:48em;margin:2em auto;padding:0 1em;line-height:1.5;color:#222}"
    "h1{font-size:1.6em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ccc}"
    "p.clause{margin-bottom:.3em}blockquote{margin:0 0 1.2em 1.5em;padding-left:.8em;border-left:3px solid #ccc;"
    "color:#555;font-size:.95em}";

}  // namespace

std::string renderHtml(const Explanation& e) {
  std::string out = "<!DOCTYPE html>\n<html lang=\"" + std::string(words::langCode(e.lang)) +
                    "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + escaped(e.title) + "</title>\n<style>" + kStyle +
                    "</style>\n</head>\n<body>\n<h1>" + escaped(e.title) + "</h1>\n<h2>" + escaped(e.headerHeading) +
                    "</h2>\n<ul>\n";
  for (const auto& s : e.header) out += "<li>" + escaped(s) + "</li>\n";
  out += "</ul>\n";
  for (const auto& article : e.articles) {
    out += "<h2>" + escaped(article.title.empty() ? article.label : article.label + ": " + article.title) + "</h2>\n";
    quote(out, article.text);
    for (const auto& c : article.clauses) {
      out += "<p class=\"clause\"><strong>" + escaped(c.label) + "</strong> — " + escaped(paragraph(c.sentences)) +
             "</p>\n";
      quote(out, c.text);
    }
  }
  out += "</body>\n</html>\n";
  return out;
}

}  // namespace agree::explain
