#pragma once
// Hand-built graphs shared by the export tests, the golden files and the consumer fixture
// (tests/consumers/export_fixture.cpp).
#include <string>
#include <utility>
#include <vector>

#include "graph/knowledge_graph.h"

namespace inmaek::samples {

struct EntitySpec {
  const char* id;  // nullptr: make_entity_id(name)
  EntityType type;
  const char* name;
  std::vector<std::pair<const char*, const char*>> aliases;  // {text, lang}
  const char* wikidata;
};

struct EvidenceSpec {
  const char* doc;
  const char* source;
  const char* sentence;
  std::size_t begin;
  const char* rule;
};

struct RelationSpec {
  const char* s;  // entity id
  RelationType type;
  const char* o;
  const char* date;
  const char* amount_text;  // nullptr: no amount
  double amount_value;
  const char* currency;
  const char* role;
  double confidence;
  std::vector<EvidenceSpec> evidence;
};

inline Entity make_entity(const EntitySpec& s) {
  Entity e;
  e.id = s.id ? std::string(s.id) : make_entity_id(s.name);
  e.type = s.type;
  e.name = s.name;
  for (const auto& [text, lang] : s.aliases) e.add_alias(text, lang);
  e.wikidata = s.wikidata;
  return e;
}

inline Relation make_relation(const RelationSpec& s) {
  Relation r;
  r.subject = s.s;
  r.type = s.type;
  r.object = s.o;
  r.date = s.date;
  if (s.amount_text) r.amount = Amount{s.amount_text, s.amount_value, s.currency};
  r.role = s.role;
  r.confidence = s.confidence;
  for (const auto& ev : s.evidence) {
    const std::string sentence = ev.sentence;
    r.evidence.push_back({ev.doc, ev.source, sentence, ev.begin, ev.begin + sentence.size(), ev.rule});
  }
  return r;
}

using P = EntityType;
using R = RelationType;

inline std::vector<EntitySpec> realistic_entities() {
  return {
      {nullptr, P::Person, "Sam Altman", {{"샘 올트먼", "ko"}, {"샘 알트만", "ko"}, {"올트먼", "ko"}, {"Altman", "en"}}, "Q7407093"},
      {nullptr, P::Person, "Ilya Sutskever", {{"일리야 수츠케버", "ko"}, {"수츠케버", "ko"}}, "Q21712134"},
      {nullptr, P::Person, "Jerry Tworek", {{"제리 트워렉", "ko"}, {"트워렉", "ko"}}, ""},
      {nullptr, P::Person, "Satya Nadella", {{"사티아 나델라", "ko"}, {"나델라", "ko"}}, "Q7426870"},
      {nullptr, P::Person, "Mustafa Suleyman", {{"무스타파 술레이만", "ko"}, {"Suleyman", ""}}, "Q28051763"},
      {nullptr, P::Organization, "OpenAI", {{"오픈AI", "ko"}, {"Open AI", "en"}}, "Q21708200"},
      {nullptr, P::Organization, "Microsoft", {{"마이크로소프트", "ko"}, {"MS", ""}}, "Q2283"},
      {nullptr, P::Organization, "Google", {{"구글", "ko"}}, "Q95"},
      {nullptr, P::Organization, "DeepMind", {{"딥마인드", "ko"}, {"Google DeepMind", "en"}}, "Q15733006"},
      {nullptr, P::Organization, "Safe Superintelligence", {{"SSI", "en"}, {"세이프 슈퍼인텔리전스", "ko"}}, ""},
      {nullptr, P::Organization, "Core Automation", {{"코어 오토메이션", "ko"}}, ""},
      {nullptr, P::Organization, "Anthropic", {{"앤트로픽", "ko"}}, "Q116758847"},
      {nullptr, P::Organization, "Amazon", {{"아마존", "ko"}}, "Q3884"},
      {nullptr, P::Product, "ChatGPT", {{"챗GPT", "ko"}, {"챗지피티", "ko"}}, "Q115564437"},
      {nullptr, P::Product, "GPT-4", {{"GPT4", ""}}, ""},
      {nullptr, P::Product, "Ceres", {{"세레스", "ko"}}, ""},
  };
}

inline std::vector<RelationSpec> realistic_relations() {
  const char* yna = "https://www.yna.co.kr/view/AKR20240515";
  const char* hani = "https://www.hani.co.kr/arti/economy/1234.html";
  const char* reuters = "https://www.reuters.com/technology/openai-2023";
  return {
      {"sam-altman", R::Founded, "openai", "2015", nullptr, 0, "", "", 0.92,
       {{"d-hani-01", hani, "샘 올트먼은 2015년 일론 머스크 등과 함께 오픈AI를 공동 창업했다.", 120, "ko.founded.co"},
        {"d-reuters-01", reuters, "Altman co-founded OpenAI in 2015.", 40, "en.founded.co"}}},
      {"ilya-sutskever", R::Founded, "openai", "2015", nullptr, 0, "", "", 0.9,
       {{"d-hani-01", hani, "일리야 수츠케버는 2015년 오픈AI를 공동 창업했다.", 300, "ko.founded.co"}}},
      {"ilya-sutskever", R::Left, "openai", "2024-05", nullptr, 0, "", "", 0.88,
       {{"d-yna-01", yna, "수츠케버는 2024년 5월 오픈AI를 떠났다.", 0, "ko.left.tteona"}}},
      {"ilya-sutskever", R::Founded, "safe-superintelligence", "2024-06", nullptr, 0, "", "", 0.9,
       {{"d-yna-01", yna, "그는 한 달 뒤 세이프 슈퍼인텔리전스(SSI)를 설립했다.", 60, "ko.founded.seollip"}}},
      {"jerry-tworek", R::Left, "openai", "", nullptr, 0, "", "", 0.8,
       {{"d-yna-02", yna, "전 오픈AI 연구원 제리 트워렉은", 10, "ko.left.former"}}},
      {"jerry-tworek", R::Founded, "core-automation", "2025", nullptr, 0, "", "", 0.85,
       {{"d-yna-02", yna, "트워렉이 세운 코어 오토메이션은", 90, "ko.founded.seun"}}},
      {"core-automation", R::Developed, "ceres", "", nullptr, 0, "", "", 0.75,
       {{"d-yna-02", yna, "코어 오토메이션은 첫 모델 세레스를 공개했다.", 140, "ko.developed.gonggae"}}},
      {"openai", R::Developed, "chatgpt", "2022-11-30", nullptr, 0, "", "", 0.95,
       {{"d-reuters-01", reuters, "OpenAI released ChatGPT on November 30, 2022.", 200, "en.developed.released"},
        {"d-hani-01", hani, "오픈AI가 2022년 11월 30일 챗GPT를 출시했다.", 400, "ko.developed.chulsi"}}},
      {"openai", R::Developed, "gpt-4", "2023", nullptr, 0, "", "", 0.9,
       {{"d-reuters-01", reuters, "OpenAI's model GPT-4 was launched in 2023.", 260, "en.developed.model"}}},
      {"microsoft", R::Invested, "openai", "2023", "100억 달러", 1e10, "USD", "", 0.87,
       {{"d-hani-01", hani, "오픈AI는 2023년 마이크로소프트로부터 100억 달러를 투자받았다.", 500, "ko.invested.batda"}}},
      {"amazon", R::Invested, "anthropic", "2023-09", "40억 달러", 4e9, "USD", "", 0.86,
       {{"d-reuters-01", reuters, "Amazon will invest up to $4 billion in Anthropic.", 330, "en.invested"}}},
      {"satya-nadella", R::WorksFor, "microsoft", "", nullptr, 0, "", "CEO", 0.93,
       {{"d-hani-01", hani, "사티아 나델라 마이크로소프트 CEO는", 600, "ko.worksfor.apposition"}}},
      {"sam-altman", R::WorksFor, "openai", "", nullptr, 0, "", "최고경영자", 0.9,
       {{"d-yna-01", yna, "샘 올트먼 오픈AI 최고경영자(CEO)는", 200, "ko.worksfor.apposition"}}},
      {"mustafa-suleyman", R::Founded, "deepmind", "2010", nullptr, 0, "", "", 0.9,
       {{"d-reuters-02", "https://www.reuters.com/technology/suleyman", "Suleyman co-founded DeepMind in 2010.", 0, "en.founded.co"}}},
      {"mustafa-suleyman", R::Joined, "microsoft", "2024-03", nullptr, 0, "", "", 0.88,
       {{"d-reuters-02", "https://www.reuters.com/technology/suleyman", "Suleyman joined Microsoft in March 2024.", 50, "en.joined"}}},
      {"mustafa-suleyman", R::WorksFor, "microsoft", "", nullptr, 0, "", "Microsoft AI CEO", 0.8,
       {{"d-reuters-02", "https://www.reuters.com/technology/suleyman", "Mustafa Suleyman, CEO of Microsoft AI,", 100, "en.worksfor.apposition"}}},
      {"google", R::Acquired, "deepmind", "2014", "4억 파운드", 4e8, "GBP", "", 0.9,
       {{"d-hani-02", hani, "구글은 2014년 딥마인드를 4억 파운드에 인수했다.", 30, "ko.acquired.insu"}}},
      {"deepmind", R::SubsidiaryOf, "google", "", nullptr, 0, "", "", 0.7,
       {{"d-hani-02", hani, "구글 자회사 딥마인드는", 90, "ko.subsidiary.jahoesa"}}},
      {"openai", R::PartneredWith, "microsoft", "2019-07", nullptr, 0, "", "", 0.8,
       {{"d-reuters-01", reuters, "Microsoft and OpenAI formed a partnership in July 2019.", 400, "en.partnered"}}},
  };
}

// Korean and English names, all nine relation types, dates of every form, amounts, roles,
// Wikidata ids and relations backed by several evidence records.
inline KnowledgeGraph realistic_graph() {
  KnowledgeGraph g;
  for (const auto& e : realistic_entities()) g.add_entity(make_entity(e));
  for (const auto& r : realistic_relations()) g.add_relation(make_relation(r));
  return g;
}

inline std::vector<EntitySpec> hostile_entities() {
  return {
      {nullptr, P::Organization, "Quote \"Inc\"", {{"\"Q\"", "en"}}, ""},
      {nullptr, P::Organization, "Back\\slash Labs", {{"C:\\path\\", ""}}, ""},
      {nullptr, P::Person, "Trailing\\", {}, ""},
      {nullptr, P::Organization, "<AT&T's> & Co", {{"a<b>&c", "bad lang!"}}, ""},
      {nullptr, P::Organization, "Line\nBreak Corp", {}, ""},
      {nullptr, P::Person, "Tab\tSeparated", {}, ""},
      {nullptr, P::Organization, "Ctrl\x01" "Char", {}, ""},
      {nullptr, P::Product, "🤖 Robot AI", {{"로봇 🤖", "ko"}}, ""},
      {nullptr, P::Organization, "한국어 회사 (주)", {{"한국어회사", "ko"}}, ""},
      {nullptr, P::Organization, "R&D &lt;Lab&gt; &amp;", {}, ""},
      {nullptr, P::Product, "Esc \\N \\G \\l \\n", {}, ""},
      {nullptr, P::Organization, "Bad\xFF" "Byte\xC3", {}, ""},
      {nullptr, P::Organization, "node", {}, ""},
      {nullptr, P::Organization, "edge", {}, ""},
      {nullptr, P::Organization, "graph", {}, ""},
      {nullptr, P::Organization, "digraph", {}, ""},
      {nullptr, P::Organization, "subgraph", {}, ""},
      {nullptr, P::Organization, "strict", {}, ""},
      {"id \"with\" quotes\\", P::Person, "Raw Id Person", {}, ""},
      {"id<&>'; -> --", P::Organization, "Raw Id Org", {}, ""},
  };
}

inline std::vector<RelationSpec> hostile_relations() {
  const char* src = "file:///tmp/hostile \"doc\".txt";
  return {
      {"node", R::Founded, "edge", "2020", nullptr, 0, "", "", 0.5,
       {{"h1", src, "node founded edge; graph { } -> \"x\"", 0, "r<1>"}}},
      {"graph", R::Invested, "digraph", "2021-02", "$1,000 & \"more\"\\", 1000.5, "USD", "", 0.25,
       {{"h1", src, "graph invested in digraph\\", 10, "r2"}}},
      {"subgraph", R::PartneredWith, "strict", "", nullptr, 0, "", "", 1.0,
       {{"h2", "second source", "strict & subgraph", 0, "r3"}}},
      {"quote-inc", R::Acquired, "back-slash-labs", "2019-01-02", nullptr, 0, "", "", 0.333333333,
       {{"h2", "second source", "Quote \"Inc\" bought Back\\slash", 5, "r4"}}},
      {"trailing", R::WorksFor, "at-t-s-co", "", nullptr, 0, "", "CEO \\ \"boss\"\n<&>", 0.6,
       {{"h3", src, "Trailing\\ works for <AT&T's>\twith\x01 control", 7, "r5"}}},
      {"tab-separated", R::Joined, "line-break-corp", "2022", nullptr, 0, "", "", 0.7,
       {{"h3", src, "line1\nline2", 9, "r6"}}},
      {"tab-separated", R::Left, "ctrl-char", "2023", nullptr, 0, "", "", 0.7, {}},
      {"한국어-회사-주", R::Developed, "🤖-robot-ai", "2024-13", nullptr, 0, "", "", 0.9,
       {{"h4", "한국어 출처", "한국어 회사가 🤖 로봇을 만들었다", 0, "ko.dev"}}},
      {"trailing", R::Founded, "한국어-회사-주", "2018", nullptr, 0, "", "", 0.8,
       {{"h4", "한국어 출처", "Trailing\\가 \"세운\" 회사\\", 40, "ko.founded"}}},
      {"r-d-lt-lab-gt-amp", R::SubsidiaryOf, "한국어-회사-주", "", nullptr, 0, "", "", 0.4, {}},
      {"r-d-lt-lab-gt-amp", R::Developed, "esc-n-g-l-n", "", nullptr, 0, "", "", 0.4, {}},
      {"id \"with\" quotes\\", R::WorksFor, "id<&>'; -> --", "", nullptr, 0, "", "", 0.5,
       {{"h5", src, "raw ids", 0, "r7"}}},
      {"bad\xFF" "byte\xC3", R::PartneredWith, "node", "", nullptr, 0, "", "", 0.5, {}},
  };
}

// Names and ids that break naive writers: quotes, backslashes (one trailing), <>&',
// newlines, tabs, a control character, emoji, Hangul, invalid UTF-8, Graphviz escapes and
// entities, DOT keywords as names, and raw (not make_entity_id) ids.
inline KnowledgeGraph hostile_graph() {
  KnowledgeGraph g;
  for (const auto& e : hostile_entities()) g.add_entity(make_entity(e));
  for (const auto& r : hostile_relations()) g.add_relation(make_relation(r));
  return g;
}

}  // namespace inmaek::samples
