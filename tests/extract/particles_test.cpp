#include "extract/particles.h"

#include <doctest/doctest.h>

#include <string>

using namespace inmaek::extract;

TEST_CASE("split_particle strips particles and gives their role") {
  struct Row {
    const char* word;
    const char* stem;
    const char* particle;
    Role role;
  };
  const Row rows[] = {
      {"오픈AI를", "오픈AI", "를", Role::Object},
      {"앤트로픽으로", "앤트로픽", "으로", Role::Goal},
      {"슐먼이", "슐먼", "이", Role::Subject},
      {"머스크는", "머스크", "는", Role::Topic},
      {"마이크로소프트에서", "마이크로소프트", "에서", Role::Source},
      {"구글의", "구글", "의", Role::Genitive},
      {"트워렉과", "트워렉", "과", Role::Comitative},
      {"메타와", "메타", "와", Role::Comitative},
      {"아마존으로부터", "아마존", "으로부터", Role::Source},
      {"소프트뱅크로부터", "소프트뱅크", "로부터", Role::Source},
      {"딥마인드에서는", "딥마인드", "에서는", Role::Source},
      {"네이버가", "네이버", "가", Role::Subject},
      {"카카오를", "카카오", "를", Role::Object},
      {"회사인", "회사", "인", Role::Copula},
      {"창업자이자", "창업자", "이자", Role::Copula},
      {"OpenAI는", "OpenAI", "는", Role::Topic},
      {"OpenAI에", "OpenAI", "에", Role::Goal},
      {"구글", "구글", "", Role::None},
      {"서울로", "서울", "로", Role::Goal},  // ㄹ batchim takes 로
  };
  for (const Row& row : rows) {
    const std::string word = row.word;
    CAPTURE(word);
    ParticleSplit s = split_particle(row.word);
    CHECK(s.stem == row.stem);
    CHECK(s.particle == row.particle);
    CHECK(s.role == row.role);
  }
}

TEST_CASE("allomorphs are checked against the batchim") {
  struct Row {
    const char* name;
    const char* suffix;
    bool ok;
  };
  const Row rows[] = {
      {"슐먼", "이", true},   {"슐먼", "가", false},  {"메타", "가", true},   {"메타", "이", false},
      {"구글", "을", true},   {"구글", "를", false},  {"카카오", "를", true}, {"카카오", "을", false},
      {"엔비디아", "와", true}, {"엔비디아", "과", false}, {"애플", "로", true}, {"애플", "으로", false},
      {"아마존", "으로", true}, {"아마존", "로", false}, {"xAI", "가", true},  {"xAI", "이", true},
      {"메타", "", true},     {"메타", "xyz", false},
  };
  for (const Row& row : rows) {
    const std::string name = row.name, suffix = row.suffix;
    CAPTURE(name);
    CAPTURE(suffix);
    CHECK(is_particle_suffix(row.name, row.suffix) == row.ok);
  }
}

TEST_CASE("a stem never becomes empty") {
  CHECK(split_particle("이").stem == "이");
  CHECK(split_particle("는").stem == "는");
}

TEST_CASE("particle_endings lists every particle sequence a word ends in, whatever the batchim") {
  const ParticleEndings e = particle_endings("회사에서는");
  REQUIRE(e.count == 2);
  CHECK(e.lengths[0] == 3);  // 는
  CHECK(e.lengths[1] == 9);  // 에서는
  CHECK(particle_endings("구글").count == 0);
}

TEST_CASE("a name's last syllable 만 stays with the name before 이 and 을 ('벤카타라만이', '하르트만을')") {
  CHECK(split_particle("벤카타라만이").stem == "벤카타라만");
  CHECK(split_particle("벤카타라만이").role == Role::Subject);
  CHECK(split_particle("하르트만을").stem == "하르트만");
  CHECK(split_particle("하르트만을").role == Role::Object);
}

TEST_CASE("a corporation (법인) is no law with the copula's 인 ('합작법인', '현지법인'), the copula after other words stays") {
  CHECK(split_particle("합작법인").role == Role::None);
  CHECK(split_particle("현지법인").stem == "현지법인");
  CHECK(split_particle("합작법인을").role == Role::Object);
  CHECK(split_particle("회사인").role == Role::Copula);
}
