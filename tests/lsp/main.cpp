// doctest's main for the language server's tests: the runtime gets the standard library's
// calendars as the CLI hands them over.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include "calendars.h"
#include "driver/driver.h"

int main(int argc, char** argv) {
  agree::runtime::useStandardLibrary(agree::driver::stdlibDir());
  doctest::Context context(argc, argv);
  return context.run();
}
