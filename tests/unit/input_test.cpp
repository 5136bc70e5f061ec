// Reading and showing hostile input: files that lie about their size, line breaks of every
// kind, long lines and invisible characters.
#include <doctest/doctest.h>

#include <string>

#include "source/read_file.h"

using agree::source::readBounded;
using agree::source::ReadResult;

TEST_CASE("a file whose stat size is 0 is read only up to the limit") {
  // /proc/self/maps claims 0 bytes and always holds more than 16.
  auto r = readBounded("/proc/self/maps", 16);
  CHECK(r.status == ReadResult::Status::TooLarge);
  CHECK(r.bytes == 17);
  CHECK_FALSE(r.sizeFromStat);
  auto whole = readBounded("/proc/self/maps", 1 << 20);
  CHECK(whole.status == ReadResult::Status::Ok);
  CHECK(whole.text.size() > 16);
}

TEST_CASE("what is not a regular file is named, not opened") {
  CHECK(readBounded("/dev/null", 100).kind == "a character device");
  CHECK(readBounded("/", 100).kind == "a directory");
  CHECK(readBounded("/no/such/file", 100).status == ReadResult::Status::Unreadable);
}
