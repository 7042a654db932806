// Case folding for matching (extract/lexicon.cpp): ASCII, Latin-1 and Latin Extended-A capitals
// fold to small letters without changing any byte offset.
#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include "extract/lexicon.h"
#include "extract_test_util.h"

using inmaek::extract::fold_case;

TEST_CASE("fold_case: capitals with accents fold like ASCII ones, byte lengths unchanged") {
  struct Row {
    std::string in, out;
  };
  const Row rows[] = {
      {"TOMÁS ECHEVERRÍA", "tomás echeverría"},
      {"ÉLODIE ŁUKASZ ŞAHIN ČAPEK", "élodie łukasz şahin čapek"},
      {"Ñandú Ödegaard", "ñandú ödegaard"},
      {"×÷ 한국어 OpenAI", "×÷ 한국어 openai"},  // signs, Hangul and small letters stay
      {"ĹUBICA ĽUDOVÍT", "ĺubica ľudovít"},          // U+0139-U+0148: capitals at odd code points
  };
  for (const Row& r : rows) {
    CAPTURE(r.in);
    const std::string f = fold_case(r.in);
    CHECK(f == r.out);
    CHECK(f.size() == r.in.size());
  }
}

TEST_CASE("plain_version: '3.0' and 'v3' are version 3, other versions and names stay") {
  using inmaek::extract::plain_version;
  CHECK(plain_version("Kumo 3.0") == "Kumo 3");
  CHECK(plain_version("Kumo v3") == "Kumo 3");
  CHECK(plain_version("Kumo-v2.0.0") == "Kumo-2");
  CHECK(plain_version("Kumo 3.5") == "Kumo 3.5");
  CHECK(plain_version("Kumo 2.05") == "Kumo 2.05");
  CHECK(plain_version("Kumo 3.0.1") == "Kumo 3.0.1");
  CHECK(plain_version("DeepSeek-V3") == "DeepSeek-V3");  // (a capital V is part of the name)
  CHECK(plain_version("Nova v") == "Nova v");
  CHECK(plain_version("levo2") == "levo2");  // (inside a word)
}

TEST_CASE("the lexicon: widely known companies by their Korean and English names, one entity each, none a bare English word") {
  const auto lex = inmaek::extract::testing::default_lexicon();
  for (const auto& [ko, en] : std::vector<std::pair<std::string, std::string>>{
           {"스포티파이", "Spotify"}, {"액센추어", "Accenture"}, {"프로서스", "Prosus"}, {"넷플릭스", "Netflix"}, {"페이팔", "PayPal"},
           // (parents whose names open their units' names too: "Sony AI", "Rakuten Mobile" are found whole, rules_en_companies_test)
           {"소니", "Sony"}, {"라쿠텐", "Rakuten"}, {"사우디 아람코", "Saudi Aramco"}, {"골드만삭스", "Goldman Sachs"},
           // (entertainment, games, banks, insurers and advisers)
           {"카카오엔터테인먼트", "Kakao Entertainment"}, {"카카오엔터", "Kakao Entertainment"}, {"웹툰엔터", "WEBTOON Entertainment"},
           {"하이브", "HYBE"}, {"두산로보틱스", "Doosan Robotics"}, {"크레디트스위스", "Credit Suisse"}, {"스위스리", "Swiss Re"},
           {"바클레이스", "Barclays"}, {"JP모건", "JPMorgan"}, {"딜로이트", "Deloitte"}, {"톰슨로이터", "Thomson Reuters"},
           {"무디스", "Moody's"}, {"도쿄해상", "Tokio Marine"}, {"처브", "Chubb"}, {"하노버리", "Hannover Re"},
           // (Korean public health bodies)
           {"심평원", "Health Insurance Review and Assessment Service"}, {"건보공단", "National Health Insurance Service"},
           {"식약처", "MFDS"}, {"한국해양대", "Korea Maritime & Ocean University"}, {"쿠팡이츠", "Coupang Eats"},
           // (data companies and products)
           {"몽고DB", "MongoDB"}, {"파인콘", "Pinecone"}, {"포스트그레SQL", "Postgres"}, {"SQL 서버", "Microsoft SQL Server"},
           {"아파치 카프카", "Kafka"}, {"빅쿼리", "BigQuery"}, {"쿠버네티스", "Kubernetes"}, {"오라클 데이터베이스", "Oracle Database"},
           // (a known company's unit whose name has an "and")
           {"에어버스 디펜스 앤드 스페이스", "Airbus Defence and Space"},
           // (airlines)
           {"국방과학연구소", "Agency for Defense Development"}, {"폭스바겐그룹", "Volkswagen Group"},
           {"대한항공", "Korean Air"}, {"케냐항공", "Kenya Airways"}, {"카타르항공", "Qatar Airways"}, {"일본항공", "JAL"},
           // (Korea's public research institutes and agencies)
           {"한국농촌경제연구원", "Korea Rural Economic Institute"}, {"항우연", "Korea Aerospace Research Institute"},
           {"원자력연구원", "KAERI"}, {"농촌진흥청", "Rural Development Administration"}, {"KDI", "한국개발연구원"},
           // (music companies)
           {"소니뮤직", "Sony Music"}, {"유니버설뮤직", "Universal Music Group"}, {"워너뮤직", "Warner Music"},
           // (games, their platforms and Chinese universities)
           {"미호요", "miHoYo"}, {"넷이즈", "NetEase"}, {"웨이보", "Weibo"}, {"리그 오브 레전드", "League of Legends"},
           {"저장대", "Zhejiang University"}, {"트위치", "Twitch"}, {"언리얼 엔진", "Unreal Engine"}, {"위메이드", "Wemade"},
           // (Nvidia's robot and car computers)
           {"젯슨 오린", "Jetson Orin"}, {"드라이브 토르", "Drive Thor"}}) {
    CAPTURE(en);
    const int a = lex->lookup(ko), b = lex->lookup(en);
    CHECK(a >= 0);
    CHECK(a == b);
  }
}

TEST_CASE("the lexicon: a Korean company name is found with the words of its kind written apart ('라이트스피드 벤처 파트너스')") {
  const auto lex = inmaek::extract::testing::default_lexicon();
  const int lightspeed = lex->lookup("Lightspeed Venture Partners");
  REQUIRE(lightspeed >= 0);
  for (const std::string text : {"라이트스피드 벤처 파트너스가", "라이트스피드 벤처파트너스가", "라이트스피드벤처 파트너스가", "라이트스피드벤처파트너스가"}) {
    CAPTURE(text);
    const std::string name = text.substr(0, text.size() - 3);  // (less the particle)
    bool whole = false;
    for (const auto& h : lex->find(inmaek::extract::fold_case(text)))
      whole = whole || (h.begin == 0 && h.end == name.size() && static_cast<int>(h.entry) == lightspeed);
    CHECK(whole);
  }
  // (research institutes by their Korean names too)
  CHECK(lex->lookup("이화학연구소") == lex->lookup("RIKEN"));
  CHECK(lex->lookup("포스코퓨처엠") == lex->lookup("POSCO Future M"));
}
