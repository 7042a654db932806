#pragma once
// Helpers of the corpus generator: a small deterministic PRNG and Korean particle allomorphs.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace inmaek::bench {

// SplitMix64 finaliser: a well-mixed 64-bit value from a seed and a stream index.
inline std::uint64_t mix(std::uint64_t seed, std::uint64_t i) {
  std::uint64_t z = seed * 0x9e3779b97f4a7c15ULL + i + 0x632be59bd9b4e019ULL;
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

// xorshift64*: fast, deterministic on every platform (no std:: distributions, whose output
// differs between standard libraries).
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : s_(seed ? seed : 0x2545F4914F6CDD1DULL) {}
  std::uint64_t next() {
    s_ ^= s_ >> 12;
    s_ ^= s_ << 25;
    s_ ^= s_ >> 27;
    return s_ * 0x2545F4914F6CDD1DULL;
  }
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
  int range(int lo, int hi) { return lo + static_cast<int>(below(static_cast<std::size_t>(hi - lo + 1))); }
  double uniform() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }
  bool chance(double p) { return uniform() < p; }
  template <class T, std::size_t N>
  const T& pick(const T (&a)[N]) { return a[below(N)]; }

 private:
  std::uint64_t s_;
};

// The last syllable's final consonant: 0 none, 8 for ㄹ, another non-zero value otherwise.
// Latin letters and digits are read the way Koreans say them (approximately).
inline int final_consonant(std::string_view word) {
  while (!word.empty() && (word.back() == '\'' || word.back() == ')' || word.back() == '"')) {
    if (word.back() == ')') {
      std::size_t open = word.rfind('(');
      word = open == std::string_view::npos ? word.substr(0, word.size() - 1) : word.substr(0, open);
    } else {
      word.remove_suffix(1);
    }
  }
  if (word.empty()) return 0;
  const unsigned char last = static_cast<unsigned char>(word.back());
  if (last < 0x80) {
    // "AI"(에이아이), "3"(삼) ...: only a few letters and digits end in a consonant.
    if (std::string_view("Ll178").find(static_cast<char>(last)) != std::string_view::npos) return 8;  // 엘, 일, 칠, 팔
    if (std::string_view("036MNmn").find(static_cast<char>(last)) != std::string_view::npos) return 1;  // 영, 삼, 육, 엠, 엔
    return 0;
  }
  if (word.size() < 3) return 0;
  const auto* p = reinterpret_cast<const unsigned char*>(word.data() + word.size() - 3);
  if ((p[0] & 0xF0) != 0xE0) return 0;
  const char32_t c = static_cast<char32_t>(((p[0] & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F));
  if (c < 0xAC00 || c > 0xD7A3) return 0;
  return static_cast<int>((c - 0xAC00) % 28);
}

// The particle after `word`, picking the allomorph: 은/는, 이/가, 을/를, 과/와, 으로/로
// (로 after ㄹ), 이다/다; any other particle (의, 에, 에서 ...) is returned as given.
inline std::string attach_particle(std::string_view word, std::string_view particle) {
  const int fc = final_consonant(word);
  const bool batchim = fc != 0;
  if (particle == "은" || particle == "는") return batchim ? "은" : "는";
  if (particle == "이" || particle == "가") return batchim ? "이" : "가";
  if (particle == "을" || particle == "를") return batchim ? "을" : "를";
  if (particle == "와" || particle == "과") return batchim ? "과" : "와";
  if (particle.substr(0, 6) == "으로" || particle.substr(0, 3) == "로") {
    std::string_view rest = particle.substr(particle.substr(0, 6) == "으로" ? 6 : 3);
    return std::string(batchim && fc != 8 ? "으로" : "로") + std::string(rest);
  }
  return std::string(particle);
}

}  // namespace inmaek::bench
