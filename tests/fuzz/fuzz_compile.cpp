// libFuzzer target: source text -> parse -> compile -> model JSON and rendered diagnostics.
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
  if (c->agreement) {
    std::string json = agree::model::toJson(*c->agreement).dump();
    (void)json;
  }
  (void)rendered;
  return 0;
}
