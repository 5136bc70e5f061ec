// The compiled-model cache's bytes (model/model_codec.h): every agreement the project holds
// comes back from them whole — the same model JSON, the same expectations and scenarios, and
// the same bytes when written again — and damaged bytes are refused, never half read.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "driver/driver.h"
#include "model/model_codec.h"
#include "model/to_json.h"

namespace {

namespace fs = std::filesystem;
using agree::model::decodeAgreement;
using agree::model::encodeAgreement;

}  // namespace

TEST_CASE("every agreement of the project survives the cache's bytes") {
  std::size_t models = 0;
  for (const char* dir : {"examples", "tests/e2e", "stdlib"}) {
    for (const auto& entry : fs::recursive_directory_iterator(fs::path(AGREE_SOURCE_DIR) / dir)) {
      if (!entry.is_regular_file() || entry.path().extension() != ".agree") continue;
      auto c = agree::driver::compileFile(entry.path().string());
      if (!c->agreement) continue;
      INFO(entry.path().string());
      const auto& original = *c->agreement;
      std::string bytes = encodeAgreement(original);
      auto back = decodeAgreement(bytes);
      REQUIRE(back.has_value());
      CHECK(agree::model::toJson(*back).dump() == agree::model::toJson(original).dump());
      CHECK(encodeAgreement(*back) == bytes);
      // What the JSON leaves out: expectations, and the lookups rebuilt after reading.
      REQUIRE(back->expectations.size() == original.expectations.size());
      for (std::size_t i = 0; i < original.expectations.size(); ++i) {
        CHECK(back->expectations[i].written == original.expectations[i].written);
        CHECK(back->expectations[i].date == original.expectations[i].date);
      }
      for (const auto& p : original.parties) CHECK(back->findParty(p.id) != nullptr);
      for (const auto& cl : original.clauses) CHECK(back->findClause(cl.id) != nullptr);
      ++models;
    }
  }
  CHECK(models > 50);
}

TEST_CASE("damaged bytes are refused") {
  auto c = agree::driver::compileFile(std::string(AGREE_SOURCE_DIR) + "/examples/heliomare/heliomare.agree");
  REQUIRE(c->agreement);
  std::string bytes = encodeAgreement(*c->agreement);
  CHECK(!decodeAgreement(""));
  CHECK(!decodeAgreement(bytes.substr(0, 8)));
  CHECK(!decodeAgreement(bytes.substr(0, bytes.size() / 2)));
  CHECK(!decodeAgreement(bytes.substr(0, bytes.size() - 1)));
  CHECK(!decodeAgreement(bytes + "x"));
  std::string otherLayout = bytes;
  otherLayout[7] = '0';
  CHECK(!decodeAgreement(otherLayout));
  // A count made huge: refused before anything is allocated for it.
  std::string huge = bytes;
  for (int k = 0; k < 8; ++k) huge[8 + k] = '\x7f';
  CHECK(!decodeAgreement(huge));
}
