// The one translation unit that holds doctest's main(); test files only include doctest.h.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include "calendars.h"
#include "driver/driver.h"

int main(int argc, char** argv) {
  // The runtime reads its calendars from the folder it is handed, as the CLI hands it.
  agree::runtime::useStandardLibrary(agree::driver::stdlibDir());
  doctest::Context context(argc, argv);
  return context.run();
}
