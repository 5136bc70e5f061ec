// The two-stage parse (ANTLR.md, "What helps"): a first pass that gives up at the first error,
// without reporting it or recovering, touches none of the 4.9 runtime's shared state: this
// grammar is LL(1) and never predicts adaptively (the test grammar_is_ll1), so the DFA cache is
// never read, and this strategy never asks the ATN for expected tokens. So files parse on every
// thread at once. A file that fails it is parsed again under parserLock() with the full error
// strategy, which reports every syntax error as before.
#pragma once

#include <antlr4-runtime.h>

namespace agree::parse {

class QuickFailStrategy : public antlr4::BailErrorStrategy {
 public:
  // The full pass reports; computing a message here would read the ATN's shared caches.
  void reportError(antlr4::Parser*, const antlr4::RecognitionException&) override {}
};

}  // namespace agree::parse
