#include "driver/model_cache.h"

#include <link.h>
#include <unistd.h>
#include <xxhash.h>

#include <atomic>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "input_limits.h"
#include "model/model_codec.h"
#include "source/read_file.h"

namespace agree::driver {

namespace fs = std::filesystem;

namespace {

constexpr char kEntryMagic[8] = {'A', 'G', 'R', 'C', 'A', 'C', 'H', '1'};

// The GNU build id of the running program: every build of agree (every change to its code) has
// its own, so an entry written by another build is never read. Found in the program's notes
// (PT_NOTE); when the linker wrote none, a hash of the program file itself.
int findBuildId(dl_phdr_info* info, size_t, void* out) {
  auto* id = static_cast<std::string*>(out);
  for (int i = 0; i < info->dlpi_phnum; ++i) {
    const auto& ph = info->dlpi_phdr[i];
    if (ph.p_type != PT_NOTE) continue;
    const char* at = reinterpret_cast<const char*>(info->dlpi_addr + ph.p_vaddr);
    const char* end = at + ph.p_memsz;
    while (at + sizeof(ElfW(Nhdr)) <= end) {
      ElfW(Nhdr) note;
      std::memcpy(&note, at, sizeof note);
      const char* name = at + sizeof note;
      const char* desc = name + ((note.n_namesz + 3) & ~3u);
      const char* next = desc + ((note.n_descsz + 3) & ~3u);
      if (next > end) break;
      if (note.n_type == NT_GNU_BUILD_ID && note.n_namesz == 4 && std::memcmp(name, "GNU", 4) == 0) {
        id->assign(desc, note.n_descsz);
        return 1;
      }
      at = next;
    }
  }
  return 1;  // the first object is the program itself; never look further
}

std::string hex(const void* data, std::size_t n) {
  static const char digits[] = "0123456789abcdef";
  std::string out;
  const auto* bytes = static_cast<const unsigned char*>(data);
  for (std::size_t i = 0; i < n; ++i) {
    out += digits[bytes[i] >> 4];
    out += digits[bytes[i] & 15];
  }
  return out;
}

std::optional<std::string> readWhole(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return std::nullopt;
  return std::move(buffer).str();
}

const std::string& buildIdentity() {
  static const std::string identity = [] {
    std::string id;
    dl_iterate_phdr(findBuildId, &id);
    if (!id.empty()) return "build-id " + hex(id.data(), id.size());
    auto self = readWhole("/proc/self/exe");
    if (!self) return std::string("unknown build ") + __DATE__ + " " + __TIME__;
    XXH128_hash_t h = XXH3_128bits(self->data(), self->size());
    return "program " + hex(&h, sizeof h);
  }();
  return identity;
}

XXH128_hash_t contentHash(std::string_view text) { return XXH3_128bits(text.data(), text.size()); }

std::string resolvedPath(const std::string& path) {
  std::error_code ec;
  fs::path out = fs::weakly_canonical(fs::absolute(path, ec), ec);
  return ec ? path : out.string();
}

// Where a compiled file lies on disk: the standard library's files are named `std:...` in the
// compilation (as the import wrote them).
std::string diskPath(const std::string& name) {
  if (name.compare(0, 4, "std:") == 0) return (fs::path(stdlibDir()) / name.substr(4)).string();
  return name;
}

// Little pieces of an entry, written and read in the machine's byte order (an entry never
// leaves the machine that wrote it: its key holds the build).
void putU64(std::string& out, std::uint64_t v) { out.append(reinterpret_cast<const char*>(&v), 8); }
void putText(std::string& out, const std::string& s) {
  putU64(out, s.size());
  out += s;
}

struct Cursor {
  std::string_view in;
  bool ok = true;
  std::uint64_t u64() {
    if (in.size() < 8) {
      ok = false;
      return 0;
    }
    std::uint64_t v;
    std::memcpy(&v, in.data(), 8);
    in.remove_prefix(8);
    return v;
  }
  std::string_view bytes(std::uint64_t n) {
    if (!ok || n > in.size()) {
      ok = false;
      return {};
    }
    auto out = in.substr(0, n);
    in.remove_prefix(n);
    return out;
  }
  std::string text() { return std::string(bytes(u64())); }
};

}  // namespace

ModelCache::ModelCache(std::string folder) : folder_(std::move(folder)) {}

std::string ModelCache::defaultFolder() {
  if (const char* dir = std::getenv("AGREE_CACHE_DIR"); dir && *dir) return dir;
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg && xdg[0] == '/')
    return (fs::path(xdg) / "agree").string();
  if (const char* home = std::getenv("HOME"); home && *home) return (fs::path(home) / ".cache" / "agree").string();
  return "";
}

std::optional<std::string> ModelCache::trouble() const {
  std::lock_guard<std::mutex> hold(mutex_);
  return trouble_;
}

std::size_t ModelCache::hits() const {
  std::lock_guard<std::mutex> hold(mutex_);
  return hits_;
}

std::size_t ModelCache::misses() const {
  std::lock_guard<std::mutex> hold(mutex_);
  return misses_;
}

void ModelCache::fail(std::string why) {
  std::lock_guard<std::mutex> hold(mutex_);
  broken_ = true;
  if (!trouble_) trouble_ = std::move(why);
}

std::string ModelCache::entryPath(const std::string& path, std::string_view text, const CompileOptions& options) const {
  XXH3_state_t* state = XXH3_createState();
  XXH3_128bits_reset(state);
  auto feed = [&](std::string_view s) {
    XXH3_128bits_update(state, s.data(), s.size());
    XXH3_128bits_update(state, "", 1);  // a separator no path or text contains
  };
  feed("agree compiled-model cache, entry layout 1");
  feed(buildIdentity());
  feed(stdlibDir());
  for (const auto& root : options.importRoots) feed(resolvedPath(root));
  feed(options.expectationScenarios ? "expectation scenarios" : "terms only");
  feed(path);
  feed(resolvedPath(path));
  feed(text);
  XXH128_hash_t key = XXH3_128bits_digest(state);
  XXH3_freeState(state);
  return (fs::path(folder_) / (hex(&key, sizeof key) + ".model")).string();
}

bool ModelCache::load(Compilation& c, const std::string& path, std::string_view text, const CompileOptions& options) {
  auto miss = [&] {
    std::lock_guard<std::mutex> hold(mutex_);
    ++misses_;
    return false;
  };
  if (folder_.empty()) return miss();
  auto entry = readWhole(entryPath(path, text, options));
  if (!entry || entry->size() < 16 || entry->compare(0, 8, std::string_view(kEntryMagic, 8)) != 0) return miss();
  std::uint64_t checksum;
  std::memcpy(&checksum, entry->data() + 8, 8);
  std::string_view body = std::string_view(*entry).substr(16);
  if (XXH3_64bits(body.data(), body.size()) != checksum) return miss();
  Cursor in{body};
  std::uint64_t language = in.u64();
  std::uint64_t dependencies = in.u64();
  if (!in.ok || language > 2 || dependencies > body.size()) return miss();
  for (std::uint64_t i = 0; i < dependencies && in.ok; ++i) {
    std::string dependency = diskPath(in.text());
    std::string resolved = in.text();
    auto hash = in.bytes(sizeof(XXH128_hash_t));
    if (!in.ok) return miss();
    auto current = readWhole(dependency);
    if (!current || resolvedPath(dependency) != resolved) return miss();
    XXH128_hash_t now = contentHash(*current);
    if (std::memcmp(&now, hash.data(), sizeof now) != 0) return miss();
  }
  auto agreement = model::decodeAgreement(in.in);
  if (!agreement) return miss();
  c.agreement = std::move(*agreement);
  if (language == 1) c.sink.keywordsRead(diag::Lang::En);
  if (language == 2) c.sink.keywordsRead(diag::Lang::Nl);
  std::lock_guard<std::mutex> hold(mutex_);
  ++hits_;
  return true;
}

void ModelCache::store(const Compilation& c, const source::SourceFile& main, const CompileOptions& options) {
  if (folder_.empty() || !c.agreement || !c.sink.all().empty()) return;
  {
    std::lock_guard<std::mutex> hold(mutex_);
    if (broken_) return;
  }
  std::string body;
  auto language = c.sink.language();
  putU64(body, !language ? 0 : *language == diag::Lang::En ? 1 : 2);
  putU64(body, c.sources.size() - 1);
  for (std::size_t i = 0; i < c.sources.size(); ++i) {
    const auto& f = c.sources.file(static_cast<source::FileId>(i));
    if (&f == &main) continue;
    putText(body, f.path());
    putText(body, resolvedPath(diskPath(f.path())));
    XXH128_hash_t h = contentHash(f.text());
    body.append(reinterpret_cast<const char*>(&h), sizeof h);
  }
  body += model::encodeAgreement(*c.agreement);
  std::string entry(kEntryMagic, 8);
  putU64(entry, XXH3_64bits(body.data(), body.size()));
  entry += body;

  std::error_code ec;
  {
    std::lock_guard<std::mutex> hold(mutex_);
    if (!folderReady_) {
      fs::create_directories(folder_, ec);
      if (ec) {
        broken_ = true;
        if (!trouble_) trouble_ = "cannot create the cache folder " + folder_ + ": " + ec.message();
        return;
      }
      folderReady_ = true;
    }
  }
  // A name no other writer uses (process and thread), renamed over the entry when whole.
  static std::atomic<unsigned long> serial{0};
  std::string final = entryPath(main.path(), main.text(), options);
  std::string temporary = final + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(serial++);
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out) {
      fail("cannot write in the cache folder " + folder_ + ": " + std::strerror(errno));
      return;
    }
    out.write(entry.data(), static_cast<std::streamsize>(entry.size()));
    out.close();
    if (!out) {
      fs::remove(temporary, ec);
      fail("cannot write in the cache folder " + folder_ + " (is it full?)");
      return;
    }
  }
  fs::rename(temporary, final, ec);
  if (ec) {
    fs::remove(temporary, ec);
    fail("cannot write in the cache folder " + folder_ + ": " + ec.message());
  }
}

std::unique_ptr<Compilation> compileFile(const std::string& path, const CompileOptions& options, ModelCache* cache) {
  if (!cache) return compileFile(path, options);
  // Read as compileFile reads it; anything unusual (not a regular file, too large, unreadable)
  // takes compileFile's own path, which reports it.
  auto read = source::readBounded(path, limits::kMaxFileBytes);
  if (read.status != source::ReadResult::Status::Ok) return compileFile(path, options);
  auto c = std::make_unique<Compilation>();
  if (cache->load(*c, path, read.text, options)) return c;
  const auto* main = readText(*c, path, std::move(read.text));
  if (!main) return c;
  c = compileRead(std::move(c), *main, options);
  if (c->agreement) cache->store(*c, *main, options);
  return c;
}

}  // namespace agree::driver
