#pragma once
// Korean particles (조사): splitting them off a word and the grammatical role they give.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace inmaek::extract {

enum class Role {
  None,        // bare word, no particle
  Subject,     // 이/가/께서
  Topic,       // 은/는 (usually the subject in news prose)
  Object,      // 을/를
  Source,      // 에서/로부터/으로부터/에게서
  Goal,        // 에/으로/로/에게/한테
  Genitive,    // 의
  Comitative,  // 와/과/및/하고/등과
  Also,        // 도/만/까지 (subject or object; decided by context)
  Copula,      // 이다/인/이자/였던 ... (predicate nominal)
  Other,       // a particle that plays no role in the rules (처럼, 보다...)
};

std::string_view to_string(Role r);

struct ParticleSplit {
  std::string_view stem;      // the word without its particle(s)
  std::string_view particle;  // the particle text (may be several stacked: "에서는")
  Role role = Role::None;
};

// Splits the longest known particle sequence off the end of `word` (a whitespace-free token),
// checking the batchim condition of allomorph pairs (이/가, 을/를, 은/는, 와/과, 으로/로):
// "오픈AI를" -> {"오픈AI", "를", Object}; "앤트로픽으로" -> {"앤트로픽", "으로", Goal};
// "슐먼이" -> {"슐먼", "이", Subject}. A stem never becomes empty. After a Latin letter or digit
// either allomorph is accepted (the pronunciation is unknown). Words without a particle come back whole.
ParticleSplit split_particle(std::string_view word);

// True when `suffix` (what follows a name inside one word) is a particle sequence, possibly
// empty, e.g. "", "는", "에서는", "와의", "측은". Used to accept a lexicon match at a word end.
bool is_particle_suffix(std::string_view name, std::string_view suffix);

// The byte lengths of the table's particle sequences `word` ends in, whatever the batchim, shortest
// first: "회사에서는" -> 3 ("는"), 9 ("에서는"). Every suffix is_particle_suffix accepts is one of them.
struct ParticleEndings {
  std::array<std::uint8_t, 16> lengths{};
  std::size_t count = 0;
};
ParticleEndings particle_endings(std::string_view word);

// The role `suffix` gives, with the batchim of the preceding name taken into account.
Role particle_role(std::string_view name, std::string_view suffix);

}  // namespace inmaek::extract
