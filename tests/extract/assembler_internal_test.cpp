// The flat accumulators of Assembler (extract/assembler_internal.h, issue 5).
#include "extract/assembler_internal.h"

#include <doctest/doctest.h>

#include <cstdint>
#include <map>
#include <random>
#include <tuple>
#include <vector>

using namespace inmaek;
using namespace inmaek::extract;

TEST_CASE("ChunkedVector: indexes across blocks, keeps what it holds while growing, frees blocks behind") {
  ChunkedVector<std::uint64_t> v;
  const std::size_t n = (std::size_t{3} << ChunkedVector<std::uint64_t>::kShift) + 17;
  for (std::size_t i = 0; i < n; ++i) v.push_back(i * 7919);
  REQUIRE(v.size() == n);
  bool ok = true;
  for (std::size_t i = 0; i < n; ++i) ok = ok && v[i] == i * 7919;
  CHECK(ok);
  v[n - 1] = 5;
  CHECK(v[n - 1] == 5);
  const std::size_t block = std::size_t{1} << ChunkedVector<std::uint64_t>::kShift;
  v.release_before(2 * block + 3);  // the first two blocks go; the rest stays readable
  ok = true;
  for (std::size_t i = 2 * block; i < n - 1; ++i) ok = ok && v[i] == i * 7919;
  CHECK(ok);
  v.clear();
  CHECK(v.size() == 0);
  v.push_back(1);
  CHECK(v[0] == 1);
}

TEST_CASE("RelationIndex: finds every key once, across growth, among colliding keys") {
  ChunkedVector<RelationAcc> relations;
  RelationIndex index;
  std::map<std::tuple<std::uint32_t, std::uint32_t, int>, std::uint32_t> expected;
  std::mt19937 rng(9);
  auto key_of = [&](std::uint32_t i) -> const RelationAcc& { return relations[i]; };
  for (int round = 0; round < 60000; ++round) {
    RelationAcc r;
    r.subject = rng() % 300;  // few distinct subjects and objects: many repeats and near keys
    r.object = rng() % 300;
    r.type = kAllRelationTypes[rng() % kAllRelationTypes.size()];
    std::uint32_t& slot = index.find(r.subject, r.object, r.type, key_of);
    const auto key = std::make_tuple(r.subject, r.object, static_cast<int>(r.type));
    auto it = expected.find(key);
    if (it == expected.end()) {
      REQUIRE(slot == kNone);
      slot = static_cast<std::uint32_t>(relations.size());
      relations.push_back(r);
      index.added();
      expected.emplace(key, slot);
    } else {
      REQUIRE(slot == it->second);
    }
  }
  CHECK(relations.size() == expected.size());
  CHECK(expected.size() > 40000);  // the index grew many times
}

TEST_CASE("assembler: a company's label leaves out Latin American, Turkish and Spanish legal forms ('S.A. de C.V.', 'Ltda', 'A.Ş')") {
  CHECK(without_legal_form("Visiona Médica S.A.P.I de C.V") == "Visiona Médica");
  CHECK(without_legal_form("Nopal Cómputo S.A de C.V") == "Nopal Cómputo");
  CHECK(without_legal_form("Jaci Inteligência Ltda") == "Jaci Inteligência");
  CHECK(without_legal_form("Mavi Yapay Zeka A.Ş") == "Mavi Yapay Zeka");
  CHECK(without_legal_form("Banco de C.V") == "Banco de C.V");  // (no form before "de")
}

TEST_CASE("assembler: a company's label leaves out Malaysian, Indonesian and Nordic legal forms ('Berhad', 'Sdn Bhd', 'Tbk', 'AB', 'ASA', 'Oy')") {
  CHECK(without_legal_form("Khazanah Nasional Berhad") == "Khazanah Nasional");
  CHECK(without_legal_form("Awan Data Sdn Bhd") == "Awan Data");
  CHECK(without_legal_form("Kindred Labs AB") == "Kindred Labs");
  CHECK(without_legal_form("Fjord Compute ASA") == "Fjord Compute");
  CHECK(without_legal_form("Revontuli Oy") == "Revontuli");
}

TEST_CASE("assembler: a company's label leaves out Indonesia's 'PT' before the name and the Norwegian and Danish 'AS', 'A/S', 'ApS'") {
  CHECK(without_legal_form("PT Langit Biru Teknologi") == "Langit Biru Teknologi");
  CHECK(without_legal_form("PT Sejuk") == "PT Sejuk");  // (a name of one word after it keeps it)
  CHECK(without_legal_form("Havbris Kraft AS") == "Havbris Kraft");
  CHECK(without_legal_form("Lundgaard Data A/S") == "Lundgaard Data");
  CHECK(without_legal_form("Skovly Robotics ApS") == "Skovly Robotics");
}

TEST_CASE("assembler: a legal form with its point is left out as without ('Kedem Simulations Ltd.', 'Acme S.A.')") {
  CHECK(without_legal_form("Kedem Simulations Ltd.") == "Kedem Simulations");
  CHECK(without_legal_form("Tarragona Datos S.A.") == "Tarragona Datos");
  CHECK(without_legal_form("Mizuchi Labs Inc.") == "Mizuchi Labs");
  CHECK(without_legal_form("Mizuchi Labs Ltd. Co.") == "Mizuchi Labs");
  CHECK(without_legal_form("St. Louis Partners") == "St. Louis Partners");  // (a point elsewhere stays)
}
