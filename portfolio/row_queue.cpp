#include "row_queue.h"

namespace agree::portfolio {

std::optional<std::size_t> RowQueue::take() {
  std::unique_lock<std::mutex> hold(lock_);
  changed_.wait(hold, [&] { return stopped_ || next_ >= slots_.size() || next_ < writing_ + window_; });
  if (stopped_ || next_ >= slots_.size()) return std::nullopt;
  return next_++;
}

void RowQueue::put(std::size_t i, std::string& rows) {
  std::unique_lock<std::mutex> hold(lock_);
  auto& s = slots_[i];
  changed_.wait(hold, [&] { return stopped_ || s.bytes < kMaxUnwrittenBytes; });
  if (stopped_) return;
  s.bytes += rows.size();
  s.rows.push_back(std::move(rows));
  changed_.notify_all();
}

void RowQueue::finish(std::size_t i, FileOutcome outcome) {
  std::lock_guard<std::mutex> hold(lock_);
  slots_[i].outcome = std::move(outcome);
  slots_[i].done = true;
  changed_.notify_all();
}

bool RowQueue::nextRows(std::size_t i, std::string& rows) {
  std::unique_lock<std::mutex> hold(lock_);
  writing_ = i;
  auto& s = slots_[i];
  changed_.notify_all();
  changed_.wait(hold, [&] { return s.done || !s.rows.empty(); });
  if (s.rows.empty()) return false;
  rows = std::move(s.rows.front());
  s.rows.pop_front();
  s.bytes -= rows.size();
  changed_.notify_all();
  return true;
}

FileOutcome RowQueue::outcome(std::size_t i) {
  std::lock_guard<std::mutex> hold(lock_);
  return std::move(slots_[i].outcome);
}

void RowQueue::stop() {
  std::lock_guard<std::mutex> hold(lock_);
  stopped_ = true;
  changed_.notify_all();
}

}  // namespace agree::portfolio
