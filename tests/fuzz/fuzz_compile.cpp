// libFuzzer target: source text -> parse -> compile -> model JSON and rendered diagnostics
// (text and JSON).
// Must never crash, hang, leak or throw, whatever the bytes.
#include <cstddef>
#include <cstdint>
#include <string>

#include "diag/render.h"
#include "driver/driver.h"
#include "model/to_json.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  auto c = agree::driver::compileText("fuzz.agree", std::move(text));
  std::string rendered = agree::diag::renderAllText(c->sink.all(), c->sources);
  rendered += agree::diag::renderAll(c->sink.all(), c->sources, {agree::diag::Lang::Nl, agree::diag::Format::Json});
  if (c->agreement) {
    std::string json = agree::model::toJson(*c->agreement).dump();
    (void)json;
  }
  (void)rendered;
  return 0;
}
