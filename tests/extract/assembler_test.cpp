// Assembler (extract/assembler.h): documents folded in any order, from any number of threads,
// give the graph assemble() gives, down to the order-dependent choices it makes.
#include "extract/assembler.h"

#include "english_rows.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "extract/assemble.h"
#include "extract/extractor.h"
#include "extract/lexicon.h"
#include "extract_test_util.h"

using namespace inmaek;
using namespace inmaek::extract;

namespace {

using testing::default_lexicon;

// Everything a writer reads of the graph, in its order.
std::string full_dump(const KnowledgeGraph& g) {
  std::ostringstream s;
  for (const Entity* e : g.entities()) {
    s << e->id << " | " << to_string(e->type) << " | " << e->name << " | " << e->wikidata << " |";
    for (const Alias& a : e->aliases) s << " " << a.text << "/" << a.lang;
    s << "\n";
  }
  for (const Relation& r : g.relations()) {
    s << r.subject << " -" << to_string(r.type) << "-> " << r.object << " | " << r.date << " | " << r.role << " | "
      << r.confidence;
    if (r.amount) s << " | " << r.amount->text << " " << r.amount->value << " " << r.amount->currency;
    s << "\n";
    for (const Evidence& ev : r.evidence)
      s << "  " << ev.doc_id << " " << ev.source << " " << ev.begin << "-" << ev.end << " " << ev.rule << " " << ev.sentence
        << "\n";
  }
  return s.str();
}

std::vector<DocExtraction> extract_quality_sets() {
  const Extractor x(default_lexicon());
  std::vector<DocExtraction> docs;
  for (const char* set : {"ko", "en", "mixed"}) {
    std::vector<std::filesystem::path> files;
    for (const auto& f : std::filesystem::directory_iterator(std::filesystem::path(INMAEK_SOURCE_DIR) / "tests/quality" / set))
      if (f.path().extension() == ".txt") files.push_back(f.path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      std::ifstream in(f, std::ios::binary);
      Document d;
      d.text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
      d.source = f.filename().string();
      docs.push_back(x.extract(d));
    }
  }
  return docs;
}

LocalEntity entity(EntityType type, std::vector<Alias> names) {
  LocalEntity e;
  e.type = type;
  e.name = names.front().text;
  e.names = std::move(names);
  return e;
}

LocalRelation relation(RelationType type, int subject, int object, const std::string& doc, const std::string& sentence) {
  LocalRelation r;
  r.type = type;
  r.subject = subject;
  r.object = object;
  r.confidence = 0.8;
  r.evidence = {doc, doc + ".txt", sentence, 0, sentence.size(), "test"};
  return r;
}

DocExtraction document(const std::string& id, std::vector<LocalEntity> entities, std::vector<LocalRelation> relations) {
  DocExtraction d;
  d.doc_id = id;
  d.source = id + ".txt";
  d.entities = std::move(entities);
  d.relations = std::move(relations);
  return d;
}

KnowledgeGraph fold(const std::vector<DocExtraction>& docs) {
  Assembler a(*default_lexicon());
  for (const DocExtraction& d : docs) a.add(d);
  return a.finish();
}

// Whether two English documents naming one person each, a and b, fold into one entity (in either
// order, with the same result).
bool one_person(const char* a, const char* b) {
  const auto x = document("a", {entity(EntityType::Person, {{a, "en"}})}, {});
  const auto y = document("b", {entity(EntityType::Person, {{b, "en"}})}, {});
  CHECK(fold({x, y}).entities().size() == fold({y, x}).entities().size());
  return fold({x, y}).entities().size() == 1;
}

}  // namespace

TEST_CASE("Assembler: any order, any number of threads (adding and finishing), the graph of assemble()") {
  std::vector<DocExtraction> docs = extract_quality_sets();
  REQUIRE(docs.size() > 30);
  const std::string expected = full_dump(assemble(docs, *default_lexicon()));
  REQUIRE(expected.size() > 1000);

  std::reverse(docs.begin(), docs.end());
  CHECK(full_dump(fold(docs)) == expected);

  std::mt19937 rng(7);
  for (int round = 0; round < 3; ++round) {
    CAPTURE(round);
    std::shuffle(docs.begin(), docs.end(), rng);
    Assembler a(*default_lexicon());
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < 3; ++t)
      threads.emplace_back([&, t] {
        for (std::size_t i = t; i < docs.size(); i += 3) a.add(docs[i]);
      });
    for (auto& th : threads) th.join();
    CHECK(a.documents() == docs.size());
    CHECK(full_dump(a.finish(static_cast<unsigned>(round + 2))) == expected);  // names compared on 2-4 threads
  }
}

TEST_CASE("Assembler: a document id already added is ignored, the first copy counts") {
  const auto a1 = document("a", {entity(EntityType::Organization, {{"Acme Labs", "en"}}),
                                 entity(EntityType::Person, {{"Jane Roe", "en"}})},
                           {relation(RelationType::Founded, 1, 0, "a", "Jane Roe founded Acme Labs.")});
  auto a2 = a1;
  a2.relations[0].evidence.sentence = "Another sentence.";
  Assembler a(*default_lexicon());
  CHECK(a.add(a1));
  CHECK_FALSE(a.add(a2));
  CHECK(a.documents() == 1);
  const KnowledgeGraph g = a.finish();
  REQUIRE(g.relations().size() == 1);
  REQUIRE(g.relations()[0].evidence.size() == 1);
  CHECK(g.relations()[0].evidence[0].sentence == "Jane Roe founded Acme Labs.");
}

TEST_CASE("Assembler: a name's language is that of its last sighting in document order, whatever the arrival order") {
  auto with_lang = [](const std::string& id, const std::string& lang) {
    return document(id, {entity(EntityType::Organization, {{"Acme Labs", "en"}, {"애크미랩스", lang}})}, {});
  };
  const std::vector<DocExtraction> docs = {with_lang("b", ""), with_lang("a", "ko")};
  const KnowledgeGraph g = fold(docs);
  CHECK(full_dump(g) == full_dump(assemble(docs, *default_lexicon())));
  const Entity* e = g.find("acme-labs");
  REQUIRE(e);
  REQUIRE(e->aliases.size() == 1);
  CHECK(e->aliases[0].lang == "");  // from "b", the last document by id
}

TEST_CASE("Assembler: among equal amounts the one of the first document is kept") {
  auto with_amount = [](const std::string& id, const std::string& currency) {
    auto d = document(id, {entity(EntityType::Organization, {{"Acme Labs", "en"}}),
                           entity(EntityType::Organization, {{"Big Fund Capital", "en"}})},
                      {relation(RelationType::Invested, 1, 0, id, "Big Fund Capital invested in Acme Labs.")});
    d.relations[0].amount = Amount{"10 million", 1e7, currency};
    return d;
  };
  const std::vector<DocExtraction> docs = {with_amount("b", "EUR"), with_amount("a", "USD")};
  const KnowledgeGraph g = fold(docs);
  CHECK(full_dump(g) == full_dump(assemble(docs, *default_lexicon())));
  REQUIRE(g.relations().size() == 1);
  REQUIRE(g.relations()[0].amount);
  CHECK(g.relations()[0].amount->currency == "USD");
  CHECK(g.relations()[0].evidence.size() == 2);
}

TEST_CASE("Assembler: of two entities with one name, the one in the first document keeps the plain id") {
  // A bare Korean surname never joins across documents: two entities, one id each.
  auto lone = [](const std::string& id, const std::string& org) {
    return document(id, {entity(EntityType::Person, {{"트워렉", "ko"}}), entity(EntityType::Organization, {{org, "en"}})},
                    {relation(RelationType::Left, 0, 1, id, "트워렉은 " + org + "를 떠났다.")});
  };
  const std::vector<DocExtraction> docs = {lone("b", "Beta Robotics"), lone("a", "Alpha Robotics")};
  const KnowledgeGraph g = fold(docs);
  CHECK(full_dump(g) == full_dump(assemble(docs, *default_lexicon())));
  bool alpha_plain = false;
  for (const Relation& r : g.relations())
    if (r.object == "alpha-robotics") alpha_plain = r.subject == "트워렉";
  CHECK(alpha_plain);
}

TEST_CASE("Assembler: adopt_source replaces a larger source, in the evidence too, and keeps a smaller one") {
  const auto d = document("a", {entity(EntityType::Organization, {{"Acme Labs", "en"}}),
                                entity(EntityType::Person, {{"Jane Roe", "en"}})},
                          {relation(RelationType::Founded, 1, 0, "a", "Jane Roe founded Acme Labs.")});
  SUBCASE("smaller: adopted, before or after add") {
    for (bool before : {true, false}) {
      Assembler a(*default_lexicon());
      if (before) a.adopt_source("a", "0-first.txt");
      a.add(d);
      if (!before) a.adopt_source("a", "0-first.txt");
      const KnowledgeGraph g = a.finish();
      REQUIRE(g.relations().size() == 1);
      CHECK(g.relations()[0].evidence[0].source == "0-first.txt");
    }
  }
  SUBCASE("larger: kept") {
    Assembler a(*default_lexicon());
    a.add(d);
    a.adopt_source("a", "z-later.txt");
    const KnowledgeGraph g = a.finish();
    CHECK(g.relations()[0].evidence[0].source == "a.txt");
  }
}

TEST_CASE("issue 5: evidence sentences in the given text store, a document's evidence ordered by sentence text") {
  // One document supporting one relation with three sentences, written out of text order, one
  // of them twice; and a second document whose evidence claims the first one's id.
  auto doc_a = document("a", {entity(EntityType::Organization, {{"Acme Labs", "en"}}),
                              entity(EntityType::Person, {{"Jane Roe", "en"}})},
                        {relation(RelationType::Founded, 1, 0, "a", "Zed: Jane Roe founded Acme Labs."),
                         relation(RelationType::Founded, 1, 0, "a", "Acme Labs was founded by Jane Roe."),
                         relation(RelationType::Founded, 1, 0, "a", "Zed: Jane Roe founded Acme Labs."),
                         relation(RelationType::Founded, 1, 0, "a", "Mid: Roe started Acme Labs.")});
  auto doc_b = document("b", {entity(EntityType::Organization, {{"Acme Labs", "en"}}),
                              entity(EntityType::Person, {{"Jane Roe", "en"}})},
                        {relation(RelationType::Founded, 1, 0, "a", "Beta: Jane Roe's Acme Labs.")});
  const std::vector<DocExtraction> docs{doc_a, doc_b};
  const std::string expected = full_dump(assemble(docs, *default_lexicon()));
  {
    for (bool reversed : {false, true}) {
      const auto store = std::make_shared<MemoryTextStore>();
      Assembler a(*default_lexicon(), store);
      if (reversed) {
        a.add(doc_b);
        a.add(doc_a);
      } else {
        a.add(doc_a);
        a.add(doc_b);
      }
      const KnowledgeGraph g = a.finish();
      CHECK(full_dump(g) == expected);
      REQUIRE(g.relation_count() == 1);
      const Relation r = g.relation(0);
      REQUIRE(r.evidence.size() == 4);
      CHECK(r.evidence[0].sentence == "Acme Labs was founded by Jane Roe.");
      CHECK(r.evidence[1].sentence == "Beta: Jane Roe's Acme Labs.");
      CHECK(r.evidence[2].sentence == "Mid: Roe started Acme Labs.");
      CHECK(r.evidence[3].sentence == "Zed: Jane Roe founded Acme Labs.");
      CHECK(g.text_store() == store);
      // Each document's distinct sentences once: 3 of the first, 1 of the second.
      CHECK(store->bytes() == std::string("Zed: Jane Roe founded Acme Labs.Acme Labs was founded by Jane Roe."
                                          "Mid: Roe started Acme Labs.Beta: Jane Roe's Acme Labs.").size());
    }
  }
}

TEST_CASE("Assembler: one name typed apart in two documents is one entity, of the type its sightings and relations give") {
  // a company read as a person in one document: two sightings of the company, one of the person
  const auto a = document("a", {entity(EntityType::Organization, {{"Kasumi Robotics", "en"}, {"Kasumi", "en"}}),
                                entity(EntityType::Organization, {{"Moro Chips", "en"}})},
                          {relation(RelationType::Acquired, 0, 1, "a", "Kasumi Robotics bought Moro Chips.")});
  const auto b = document("b", {entity(EntityType::Person, {{"Kasumi Robotics", "en"}, {"카스미 로보틱스", "ko"}})}, {});
  const KnowledgeGraph g = fold({a, b});
  const Entity* k = g.find("kasumi-robotics");
  REQUIRE(k != nullptr);
  CHECK(k->type == EntityType::Organization);
  CHECK(g.find("kasumi-robotics-Person") == nullptr);
  CHECK(g.entities().size() == 2);
  CHECK(g.relations().size() == 1);

  // a tie in sightings: the relations decide ("developed" calls for a product), and the edge stays
  const auto c = document("c", {entity(EntityType::Organization, {{"Nuri Labs", "en"}}),
                                entity(EntityType::Product, {{"Sora-9", "en"}, {"소라-9", "ko"}})},
                          {relation(RelationType::Developed, 0, 1, "c", "Nuri Labs released Sora-9.")});
  const auto d = document("d", {entity(EntityType::Organization, {{"Sora-9 Max", "en"}, {"Sora-9", "en"}})}, {});
  const KnowledgeGraph h = fold({c, d});
  const Entity* p = h.find("sora-9");
  REQUIRE(p != nullptr);
  CHECK(p->type == EntityType::Product);
  REQUIRE(h.relations().size() == 1);
  CHECK(h.relations()[0].object == "sora-9");
}

TEST_CASE("Assembler: a one-word person name is not joined with a company of that name") {
  const auto a = document("a", {entity(EntityType::Organization, {{"Lim", "en"}})}, {});
  const auto b = document("b", {entity(EntityType::Person, {{"Lim", "en"}})}, {});
  const KnowledgeGraph g = fold({a, b});
  CHECK(g.entities().size() == 2);
}

TEST_CASE("Assembler: a name one document gives a lexicon entry names that entry in the other documents") {
  const int openai = default_lexicon()->lookup("OpenAI");
  REQUIRE(openai >= 0);
  LocalEntity known = entity(EntityType::Organization, {{"OpenAI", "en"}, {"OAI Labs", "en"}});
  known.lexicon = openai;
  const auto a = document("a", {known}, {});
  const auto b = document("b", {entity(EntityType::Person, {{"Dana Moss", "en"}}), entity(EntityType::Organization, {{"OAI Labs", "en"}})},
                          {relation(RelationType::Joined, 0, 1, "b", "Dana Moss joined OAI Labs.")});
  const KnowledgeGraph g = fold({a, b});
  CHECK(g.find("oai-labs") == nullptr);
  REQUIRE(g.relations().size() == 1);
  CHECK(g.relations()[0].object == "openai");
  // (the same documents the other way round)
  CHECK(full_dump(fold({b, a})) == full_dump(g));
}

TEST_CASE("Assembler: a version code alone names the one product whose name ends in it") {
  const auto a = document("a", {entity(EntityType::Organization, {{"Nimbus Labs", "en"}}), entity(EntityType::Product, {{"Nimbus-Q2", "en"}})},
                          {relation(RelationType::Developed, 0, 1, "a", "Nimbus Labs released Nimbus-Q2.")});
  const auto b = document("b", {entity(EntityType::Product, {{"Q2", "en"}})}, {});
  const KnowledgeGraph g = fold({a, b});
  CHECK(g.find("q2") == nullptr);
  CHECK(g.entities().size() == 2);
  // two products end in it: no telling which
  const auto c = document("c", {entity(EntityType::Product, {{"Cirro Q2", "en"}})}, {});
  const KnowledgeGraph h = fold({a, b, c});
  CHECK(h.find("q2") != nullptr);
  // a word is no version code
  const auto d = document("d", {entity(EntityType::Product, {{"Nimbus-Q2 Max", "en"}}), entity(EntityType::Product, {{"Max", "en"}})}, {});
  CHECK(fold({d}).entities().size() == 2);
}

TEST_CASE("Assembler: a lexicon name in either language with the same version after it is one product") {
  REQUIRE(default_lexicon()->lookup("Mi:dm") >= 0);
  REQUIRE(default_lexicon()->lookup("믿:음") == default_lexicon()->lookup("Mi:dm"));
  const auto a = document("a", {entity(EntityType::Product, {{"Mi:dm 3.5", "en"}})}, {});
  const auto b = document("b", {entity(EntityType::Product, {{"믿:음 3.5", "ko"}})}, {});
  const auto c = document("c", {entity(EntityType::Product, {{"믿:음 4.0", "ko"}})}, {});
  const KnowledgeGraph g = fold({a, b, c});
  CHECK(g.entities().size() == 2);
  const Entity* e = g.find("mi-dm-3-5");
  REQUIRE(e != nullptr);
  REQUIRE(e->aliases.size() == 1);
  CHECK(e->aliases[0].text == "믿:음 3.5");
}

TEST_CASE("Assembler: a Hangul name that reads like two Latin ones goes to the one most of its names fit") {
  // "츠바메" alone reads like both; "츠바메랩스" only like "Tsubame Labs"
  const auto a = document("a", {entity(EntityType::Organization, {{"Tsubame Labs", "en"}, {"Tsubame", "en"}}),
                                entity(EntityType::Organization, {{"Sarvam AI", "en"}})}, {});
  const auto b = document("b", {entity(EntityType::Organization, {{"츠바메랩스", "ko"}, {"츠바메", "ko"}})}, {});
  const KnowledgeGraph g = fold({a, b});
  CHECK(g.entities().size() == 2);
  const Entity* t = g.find("tsubame-labs");
  REQUIRE(t != nullptr);
  bool hangul = false;
  for (const Alias& al : t->aliases) hangul = hangul || al.text == "츠바메랩스";
  CHECK(hangul);
}

TEST_CASE("Assembler: a company's name with its legal form is the name without it") {
  const auto a = document("a", {entity(EntityType::Organization, {{"Kasumi Labs K.K", "en"}})}, {});
  const auto b = document("b", {entity(EntityType::Organization, {{"Kasumi Labs", "en"}, {"카스미랩스", "ko"}})}, {});
  const auto c = document("c", {entity(EntityType::Organization, {{"Sillon Intelligence SAS", "en"}}),
                                entity(EntityType::Person, {{"Ada Co", "en"}})}, {});
  const auto d = document("d", {entity(EntityType::Organization, {{"Sillon Intelligence", "en"}}),
                                entity(EntityType::Person, {{"Ada", "en"}})}, {});
  const KnowledgeGraph g = fold({a, b, c, d});
  CHECK(g.find("kasumi-labs") != nullptr);
  CHECK(g.find("sillon-intelligence") != nullptr);
  CHECK(g.find("ada-co") != nullptr);  // (a person's name keeps its words)
  CHECK(g.entities().size() == 4);
  // spelled-out forms that are only legal forms ("Private Limited", "Limited", "Incorporated"), not
  // those brands keep ("Corporation")
  const auto e = document("e", {entity(EntityType::Organization, {{"Vyomika AI Private Limited", "en"}}),
                                entity(EntityType::Organization, {{"Tarnwell Incorporated", "en"}}),
                                entity(EntityType::Organization, {{"Hoshizora Corporation", "en"}})}, {});
  const auto f = document("f", {entity(EntityType::Organization, {{"Vyomika AI", "en"}}), entity(EntityType::Organization, {{"Tarnwell", "en"}}),
                                entity(EntityType::Organization, {{"Hoshizora", "en"}})}, {});
  const KnowledgeGraph h = fold({e, f});
  CHECK(h.find("vyomika-ai") != nullptr);
  CHECK(h.find("tarnwell") != nullptr);
  CHECK(h.entities().size() == 4);
}

TEST_CASE("Assembler: a German ch is the h Korean writes in a company's name ('노르트리히트벤처스' / 'Nordlicht Ventures')") {
  const auto a = document("a", {entity(EntityType::Organization, {{"Feldlicht Ventures", "en"}})}, {});
  const auto b = document("b", {entity(EntityType::Organization, {{"펠트리히트벤처스", "ko"}})}, {});
  CHECK(fold({a, b}).entities().size() == 1);
}

TEST_CASE("Assembler: a person's two names in the other order are one person ('Zhao Minghui' / 'Minghui Zhao'), whichever comes first") {
  const auto a = document("a", {entity(EntityType::Person, {{"Zhao Minghui", "en"}})}, {});
  const auto b = document("b", {entity(EntityType::Person, {{"Minghui Zhao", "en"}})}, {});
  CHECK(fold({a, b}).entities().size() == 1);
  CHECK(full_dump(fold({b, a})) == full_dump(fold({a, b})));
  // (not three names, nor a company's two words)
  const auto c = document("c", {entity(EntityType::Person, {{"Ana Maria Lopes", "en"}})}, {});
  const auto d = document("d", {entity(EntityType::Person, {{"Lopes Maria Ana", "en"}})}, {});
  CHECK(fold({c, d}).entities().size() == 2);
  const auto e = document("e", {entity(EntityType::Organization, {{"Nova Labs", "en"}})}, {});
  const auto f = document("f", {entity(EntityType::Organization, {{"Labs Nova", "en"}})}, {});
  CHECK(fold({e, f}).entities().size() == 2);
}

TEST_CASE("Assembler: a product's version written '3.0' or 'v3' is version 3, in either script") {
  const auto a = document("a", {entity(EntityType::Product, {{"Kumo-3", "en"}})}, {});
  const auto b = document("b", {entity(EntityType::Product, {{"Kumo 3.0", "en"}})}, {});
  const auto c = document("c", {entity(EntityType::Product, {{"Kumo v3", "en"}})}, {});
  const auto d = document("d", {entity(EntityType::Product, {{"쿠모 3.0", "ko"}})}, {});
  CHECK(fold({a, b, c, d}).entities().size() == 1);
  // ("3.5" is another version)
  const auto e = document("e", {entity(EntityType::Product, {{"Kumo 3.5", "en"}})}, {});
  CHECK(fold({a, e}).entities().size() == 2);
}

TEST_CASE("Assembler: a company's abbreviated 'Co' or 'Corp' is the lexicon's 'Company' or 'Corporation'") {
  REQUIRE(default_lexicon()->lookup("Taiwan Semiconductor Manufacturing Company") >= 0);
  const auto a = document("a", {entity(EntityType::Organization, {{"Taiwan Semiconductor Manufacturing Co", "en"}})}, {});
  const auto b = document("b", {entity(EntityType::Organization, {{"TSMC", "en"}})}, {});
  const KnowledgeGraph g = fold({a, b});
  CHECK(g.entities().size() == 1);
  CHECK(g.find("tsmc") != nullptr);
}

TEST_CASE("Assembler: a Spanish company name's silent h and its z as Korean writes them ('오리손테 벤처스' / 'Horizonte Ventures')") {
  const auto a = document("a", {entity(EntityType::Organization, {{"Pampa Horizonte Ventures", "en"}})}, {});
  const auto b = document("b", {entity(EntityType::Organization, {{"오리손테 벤처스", "ko"}})}, {});
  CHECK(fold({a, b}).entities().size() == 1);
}

TEST_CASE("Assembler: a person named as a fund is without its last word ('Cedar Ridge' read as a person, 'Cedar Ridge Ventures')") {
  const auto a = document("a", {entity(EntityType::Person, {{"Cedar Ridge", "en"}})}, {});
  const auto b = document("b", {entity(EntityType::Organization, {{"Cedar Ridge Ventures", "en"}})}, {});
  const KnowledgeGraph g = fold({a, b});
  CHECK(g.entities().size() == 1);
  CHECK(full_dump(fold({b, a})) == full_dump(g));
  // (a one-word name is no fund's: "Ridge" the surname stays a person)
  const auto c = document("c", {entity(EntityType::Person, {{"Ridge", "en"}})}, {});
  const auto d = document("d", {entity(EntityType::Organization, {{"Ridge Ventures", "en"}})}, {});
  CHECK(fold({c, d}).entities().size() == 2);
}

TEST_CASE("Assembler: English th as the s Korean writes ('이선 콜드웰' / 'Ethan Caldwell', '키스 스미스' / 'Keith Smith')") {
  const auto a = document("a", {entity(EntityType::Person, {{"Ethan Caldwell", "en"}}), entity(EntityType::Person, {{"Keith Smith", "en"}})}, {});
  const auto b = document("b", {entity(EntityType::Person, {{"이선 콜드웰", "ko"}}), entity(EntityType::Person, {{"키스 스미스", "ko"}})}, {});
  CHECK(fold({a, b}).entities().size() == 2);
  // (another given name is another person: "Evan Caldwell")
  const auto c = document("c", {entity(EntityType::Person, {{"Evan Caldwell", "en"}})}, {});
  const auto d = document("d", {entity(EntityType::Person, {{"이선 콜드웰", "ko"}})}, {});
  CHECK(fold({c, d}).entities().size() == 2);
}

TEST_CASE("Assembler: accents folded in keys ('Ipê Ventures' / 'Ipe Ventures'), '상사' is a corporation, a final 'mbe' an m ('위트컴' / 'Whitcombe')") {
  const auto a = document("a", {entity(EntityType::Organization, {{"Ipê Ventures", "en"}}),
                                entity(EntityType::Organization, {{"Kawanami Corporation", "en"}}),
                                entity(EntityType::Person, {{"Daniel Holcombe", "en"}})}, {});
  const auto b = document("b", {entity(EntityType::Organization, {{"Ipe Ventures", "en"}}), entity(EntityType::Organization, {{"가와나미상사", "ko"}}),
                                entity(EntityType::Person, {{"다니엘 홀컴", "ko"}})}, {});
  CHECK(fold({a, b}).entities().size() == 3);
}

TEST_CASE("Assembler: a Hangul short form fitting a company and the Latin short form that joins it is one company ('님바라' / 'Nimbara' / 'Nimbara AI')") {
  const auto a = document("a", {entity(EntityType::Organization, {{"Nimbara AI", "en"}, {"님바라AI", "ko"}})}, {});
  const auto b = document("b", {entity(EntityType::Organization, {{"Nimbara", "en"}})}, {});
  const auto c = document("c", {entity(EntityType::Organization, {{"님바라", "ko"}})}, {});
  CHECK(fold({a, b, c}).entities().size() == 1);
  CHECK(fold({c, b, a}).entities().size() == 1);
  // (with a fund of the same first word, "Nimbara" fits two and nothing joins)
  const auto d = document("d", {entity(EntityType::Organization, {{"Nimbara Capital", "en"}})}, {});
  CHECK(fold({a, b, c, d}).entities().size() == 4);
}

TEST_CASE("Assembler: a Latin person's middle name one document leaves out ('Wanjiru Njoroge Kamau' / 'Wanjiru Kamau'), whichever comes first") {
  const auto a = document("a", {entity(EntityType::Person, {{"Wanjiru Njoroge Kamau", "en"}})}, {});
  const auto b = document("b", {entity(EntityType::Person, {{"Wanjiru Kamau", "en"}})}, {});
  CHECK(fold({a, b}).entities().size() == 1);
  CHECK(fold({b, a}).entities().size() == 1);
  // (two people of the same first and last name but different middle names stay two without the short one)
  const auto c = document("c", {entity(EntityType::Person, {{"Wanjiru Akinyi Kamau", "en"}})}, {});
  CHECK(fold({a, c}).entities().size() == 2);
  // (a word in lower case is no middle name: "Anna de Cruz")
  const auto d = document("d", {entity(EntityType::Person, {{"Anna de Cruz", "en"}})}, {});
  const auto e = document("e", {entity(EntityType::Person, {{"Anna Cruz", "en"}})}, {});
  CHECK(fold({d, e}).entities().size() == 2);
}

TEST_CASE("Assembler: a four-word Latin person without either middle word ('Mateus Henrique Ramos Costa' / 'Mateus Ramos Costa' / 'Mateus Henrique Costa')") {
  const auto a = document("a", {entity(EntityType::Person, {{"Mateus Henrique Ramos Costa", "en"}})}, {});
  const auto b = document("b", {entity(EntityType::Person, {{"Mateus Ramos Costa", "en"}})}, {});
  const auto c = document("c", {entity(EntityType::Person, {{"Mateus Henrique Costa", "en"}})}, {});
  CHECK(fold({a, b}).entities().size() == 1);
  CHECK(fold({b, a}).entities().size() == 1);
  CHECK(fold({c, a}).entities().size() == 1);
  // (another person of three of the four words: a different last word keeps them apart)
  const auto d = document("d", {entity(EntityType::Person, {{"Mateus Ramos Silva", "en"}})}, {});
  CHECK(fold({a, d}).entities().size() == 2);
}

TEST_CASE("Assembler: a Latin person's given name in its short and long forms ('Josh Kushner' / 'Joshua Kushner'), whichever comes first") {
  const auto a = document("a", {entity(EntityType::Person, {{"Joshua Kushner", "en"}})}, {});
  const auto b = document("b", {entity(EntityType::Person, {{"Josh Kushner", "en"}, {"조시 쿠슈너", "ko"}})}, {});
  CHECK(fold({a, b}).entities().size() == 1);
  CHECK(fold({b, a}).entities().size() == 1);
  // (another given name with the same surname is another person: "Jared Kushner")
  const auto c = document("c", {entity(EntityType::Person, {{"Jared Kushner", "en"}})}, {});
  CHECK(fold({a, c}).entities().size() == 2);
}

TEST_CASE("Assembler: a Latin person's umlauts and ß written out in another article ('Jürgen Weißkopf' / 'Juergen Weisskopf'), whichever comes first") {
  const auto a = document("a", {entity(EntityType::Person, {{"Jörg Häußler", "en"}})}, {});
  const auto b = document("b", {entity(EntityType::Person, {{"Joerg Haeussler", "en"}})}, {});
  CHECK(fold({a, b}).entities().size() == 1);
  CHECK(fold({b, a}).entities().size() == 1);
  // (and still the accents dropped: "Gül Aydın" / "Gul Aydin")
  const auto c = document("c", {entity(EntityType::Person, {{"Gül Aydın", "en"}})}, {});
  const auto d = document("d", {entity(EntityType::Person, {{"Gul Aydin", "en"}})}, {});
  CHECK(fold({c, d}).entities().size() == 1);
  // (another name is another person: "Joerg Hausler")
  const auto e = document("e", {entity(EntityType::Person, {{"Joerg Hausler", "en"}})}, {});
  CHECK(fold({a, e}).entities().size() == 2);
}

TEST_CASE("Assembler: a middle name left out before a surname's particles ('Katharina Maria von Hohenberg' / 'Katharina von Hohenberg')") {
  CHECK(one_person("Katharina Maria von Hohenberg", "Katharina von Hohenberg"));
  CHECK(one_person("Katharina von Hohenberg", "Katharina Maria von Hohenberg"));
  CHECK(one_person("Pieter Jan van der Berg", "Pieter van der Berg"));
  CHECK_FALSE(one_person("Katharina Maria von Hohenberg", "Katharina von Habsburg"));
  CHECK_FALSE(one_person("Katharina Maria von Hohenberg", "Maria von Hohenberg"));
}

TEST_CASE("Assembler: a company's umlauts written out in another article ('Gebäudegeist' / 'Gebaeudegeist'), whichever comes first") {
  const auto a = document("a", {entity(EntityType::Organization, {{"Gebäudegeist", "en"}})}, {});
  const auto b = document("b", {entity(EntityType::Organization, {{"Gebaeudegeist", "en"}})}, {});
  CHECK(fold({a, b}).entities().size() == 1);
  CHECK(fold({b, a}).entities().size() == 1);
  const auto c = document("c", {entity(EntityType::Organization, {{"Gebaeudegast", "en"}})}, {});
  CHECK(fold({a, c}).entities().size() == 2);
}

TEST_CASE("Assembler: a Latin person's given name one letter off in another article ('Itzhak' / 'Yitzhak', 'Sergey' / 'Sergei'), not a final a or e, not a short one, not an East Asian name") {
  CHECK(one_person("Yitzhak Shavit", "Itzhak Shavit"));
  CHECK(one_person("Sergey Dolgov", "Sergei Dolgov"));
  CHECK(one_person("Mohammed Darwish", "Mohamed Darwish"));
  CHECK_FALSE(one_person("Daniel Ferreira", "Daniela Ferreira"));
  CHECK_FALSE(one_person("Jason Ferreira", "Mason Ferreira"));
  CHECK_FALSE(one_person("Jiwon Ferreira", "Jiwoo Ferreira"));
  CHECK_FALSE(one_person("Minjun Park", "Minjin Park"));
  CHECK_FALSE(one_person("Yitzhak Shavit", "Itzhak Shamir"));
}

TEST_CASE("Assembler: a Korean name's surname in another English spelling and order ('Jang Min-hyuk' / 'Min-hyuk Chang'), a Chinese name of three words surname first or last, the Nordic letters written out") {
  CHECK(one_person("Jang Min-hyuk", "Min-hyuk Chang"));
  CHECK(one_person("Diane Da-eun Jung", "Jung Daeun"));
  CHECK(one_person("Choi Seo-yeon", "Seoyeon Choe"));
  CHECK(one_person("Tan Wei Ming", "Wei Ming Tan"));
  CHECK(one_person("Sigrid Løvås", "Sigrid Loevaas"));
  CHECK_FALSE(one_person("Jang Min-hyuk", "Min-hyuk Kang"));
  CHECK_FALSE(one_person("Jang Min-hyuk", "Jang Min-jae"));
  CHECK_FALSE(one_person("Tan Wei Ming", "Wei Ming Lee"));
}

TEST_CASE("Assembler: a one-word Hangul name typed apart from the Latin name it spells ('마윙구' a person before a job, 'Mawingu' a company, '벨라비스타' a company, 'Paolo Bellavista' a person)") {
  const auto a = document("a", {entity(EntityType::Organization, {{"Mawingu", "en"}}), entity(EntityType::Person, {{"Paolo Bellavista", "en"}})}, {});
  const auto b = document("b", {entity(EntityType::Person, {{"마윙구", "ko"}}), entity(EntityType::Organization, {{"벨라비스타", "ko"}})}, {});
  CHECK(fold({a, b}).entities().size() == 2);
  CHECK(fold({b, a}).entities().size() == 2);
  // (a short company name is no surname: fewer than four syllables)
  const auto c = document("c", {entity(EntityType::Person, {{"Ana Vega", "en"}})}, {});
  const auto d = document("d", {entity(EntityType::Organization, {{"베가", "ko"}})}, {});
  CHECK(fold({c, d}).entities().size() == 2);
}

TEST_CASE("Assembler: a German company name read the German way ('펠트가이스트' / 'Feldgeist': ei an ai, a final d a t)") {
  const auto a = document("a", {entity(EntityType::Organization, {{"Waldgeist", "en"}})}, {});
  const auto b = document("b", {entity(EntityType::Organization, {{"발트가이스트", "ko"}})}, {});
  CHECK(fold({a, b}).entities().size() == 1);
  const auto c = document("c", {entity(EntityType::Organization, {{"발트하임", "ko"}})}, {});
  CHECK(fold({a, c}).entities().size() == 2);
}

TEST_CASE("Assembler: a Yoruba given name without its 'Oluwa' ('Oluwaseun Adeyemi' / 'Seun Adeyemi'), whichever comes first") {
  const auto a = document("a", {entity(EntityType::Person, {{"Oluwatobi Bakare", "en"}})}, {});
  const auto b = document("b", {entity(EntityType::Person, {{"Tobi Bakare", "en"}})}, {});
  CHECK(fold({a, b}).entities().size() == 1);
  CHECK(fold({b, a}).entities().size() == 1);
  const auto c = document("c", {entity(EntityType::Person, {{"Tola Bakare", "en"}})}, {});
  CHECK(fold({a, c}).entities().size() == 2);
}

TEST_CASE("Assembler: a company whose Hangul and Latin names differ, once a document gave both: its Hangul head alone, its unit and its product by the Latin head") {
  const auto a = document("a", {entity(EntityType::Organization, {{"진허시스템스", "ko"}, {"Jinhe Systems", "en"}}),
                                entity(EntityType::Organization, {{"위안치즈넝", "ko"}, {"Farstart AI", "en"}, {"Yuanqi Zhineng", "en"}})}, {});
  const auto b = document("b", {entity(EntityType::Organization, {{"Jinhe Cloud", "en"}}), entity(EntityType::Product, {{"Farstart-R2", "en"}})}, {});
  const auto c = document("c", {entity(EntityType::Organization, {{"진허클라우드", "ko"}}), entity(EntityType::Product, {{"위안치-R2", "ko"}})}, {});
  CHECK(fold({a, b, c}).entities().size() == 4);  // Jinhe Systems, Farstart AI, Jinhe Cloud, Farstart-R2
  CHECK(fold({c, b, a}).entities().size() == 4);
  const auto head = document("h", {entity(EntityType::Organization, {{"진허", "ko"}})}, {});
  CHECK(fold({a, head}).entities().size() == 2);
  // (another version is another product; the head alone is either company when another one's Latin name
  // starts with the Latin head too)
  const auto d = document("d", {entity(EntityType::Product, {{"위안치-R3", "ko"}})}, {});
  CHECK(fold({a, b, d}).entities().size() == 5);
  CHECK(fold({a, b, head}).entities().size() == 5);
}

TEST_CASE("Assembler: a company joined across languages in the same pass lends its Hangul head too ('슈프레베르크' / '슈프레베르크캐피털' / 'Spreewerk Capital')") {
  const auto a = document("a", {entity(EntityType::Organization, {{"Spreewerk Capital", "en"}})}, {});
  const auto b = document("b", {entity(EntityType::Organization, {{"슈프레베르크캐피털", "ko"}})}, {});
  const auto c = document("c", {entity(EntityType::Organization, {{"슈프레베르크", "ko"}})}, {});
  CHECK(fold({a, b, c}).entities().size() == 1);
  CHECK(fold({c, b, a}).entities().size() == 1);
}

TEST_CASE("Assembler: an organisation's kind in the singular or the plural is one key ('Bomnal Investment' / 'Bomnal Investments' / '봄날인베스트먼트')") {
  const auto a = document("a", {entity(EntityType::Organization, {{"Haneul Investment", "en"}})}, {});
  const auto b = document("b", {entity(EntityType::Organization, {{"Haneul Investments", "en"}})}, {});
  const auto c = document("c", {entity(EntityType::Organization, {{"하늘인베스트먼트", "ko"}})}, {});
  CHECK(fold({a, b, c}).entities().size() == 1);
  const auto d = document("d", {entity(EntityType::Organization, {{"Haneul Capital", "en"}})}, {});
  CHECK(fold({a, d}).entities().size() == 2);
}

TEST_CASE("Assembler: an English compound's silent e ('스톤브리지' / 'Stonebridge'), and a company's head alone is the company, not its arm in a country") {
  const auto a = document("a", {entity(EntityType::Organization, {{"Bluestone Reasoning Systems", "en"}}),
                                entity(EntityType::Organization, {{"Bluestone Korea", "en"}, {"Bluestone Korea Co", "en"}})}, {});
  const auto b = document("b", {entity(EntityType::Organization, {{"블루스톤", "ko"}})}, {});
  const auto c = document("c", {entity(EntityType::Organization, {{"블루스톤코리아", "ko"}})}, {});
  CHECK(fold({a, b, c}).entities().size() == 2);
  CHECK(fold({c, b, a}).entities().size() == 2);
  // (the e read, or left out, in a name of one word too)
  const auto d = document("d", {entity(EntityType::Organization, {{"Homestar", "en"}})}, {});
  const auto e = document("e", {entity(EntityType::Organization, {{"홈스타", "ko"}})}, {});
  CHECK(fold({d, e}).entities().size() == 1);
  const auto f = document("f", {entity(EntityType::Organization, {{"호메스타", "ko"}})}, {});
  CHECK(fold({d, f}).entities().size() == 1);
  const auto g = document("g", {entity(EntityType::Organization, {{"홈브루", "ko"}})}, {});
  CHECK(fold({d, g}).entities().size() == 2);
}

TEST_CASE("Assembler: a company's name alone and with what it does and its kind ('Tallis' / 'Tallis Reasoning Systems'), a university's without 'University'") {
  const auto a = document("a", {entity(EntityType::Organization, {{"Tallis", "en"}, {"탈리스", "ko"}}),
                                entity(EntityType::Organization, {{"Carnegie Mellon", "en"}})}, {});
  const auto b = document("b", {entity(EntityType::Organization, {{"Tallis Reasoning Systems", "en"}, {"탈리스 리즈닝 시스템즈", "ko"}}),
                                entity(EntityType::Organization, {{"Carnegie Mellon University", "en"}})}, {});
  CHECK(fold({a, b}).entities().size() == 2);
  CHECK(fold({b, a}).entities().size() == 2);
  // (not two such companies: the name alone is either)
  const auto c = document("c", {entity(EntityType::Organization, {{"Tallis Speech Technologies", "en"}})}, {});
  CHECK(fold({a, b, c}).entities().size() == 4);
  // (nor a fund or a unit of another kind)
  const auto d = document("d", {entity(EntityType::Organization, {{"Orvel", "en"}})}, {});
  const auto e = document("e", {entity(EntityType::Organization, {{"Orvel Growth Fund", "en"}})}, {});
  CHECK(fold({d, e}).entities().size() == 2);
}

TEST_CASE("Assembler: a single name of one word in both scripts ('부디아르토' / 'Budiarto') is one person when nothing else fits") {
  const auto a = document("a", {entity(EntityType::Person, {{"Budiarto", "en"}})}, {});
  const auto b = document("b", {entity(EntityType::Person, {{"부디아르토", "ko"}})}, {});
  CHECK(fold({a, b}).entities().size() == 1);
  CHECK(fold({b, a}).entities().size() == 1);
  const auto d = document("d", {entity(EntityType::Person, {{"카르티니", "ko"}})}, {});
  CHECK(fold({a, d}).entities().size() == 2);
}

TEST_CASE("Assembler: a Vietnamese name of three words and the same in the Western order without its middle word ('Nguyen Minh Thu' / 'Thu Nguyen')") {
  const auto a = document("a", {entity(EntityType::Person, {{"Nguyen Minh Thu", "en"}})}, {});
  const auto b = document("b", {entity(EntityType::Person, {{"Thu Nguyen", "en"}})}, {});
  CHECK(fold({a, b}).entities().size() == 1);
  CHECK(fold({b, a}).entities().size() == 1);
  const auto c = document("c", {entity(EntityType::Person, {{"Minh Nguyen", "en"}})}, {});
  CHECK(fold({a, c}).entities().size() == 2);
}

TEST_CASE("Assembler: a Korean company name that two romanizations spell strictly joins both ('연무랩스' / 'Yeonmu Labs' / 'Yeonmoo Labs'), not names it only sounds like") {
  const auto a = document("a", {entity(EntityType::Organization, {{"Yeonmu Labs", "en"}})}, {});
  const auto b = document("b", {entity(EntityType::Organization, {{"Yeonmoo Labs", "en"}})}, {});
  const auto c = document("c", {entity(EntityType::Organization, {{"연무랩스", "ko"}})}, {});
  CHECK(fold({a, b, c}).entities().size() == 1);
  CHECK(fold({c, b, a}).entities().size() == 1);
  // (two different companies the Korean name could loosely read: left apart)
  const auto d = document("d", {entity(EntityType::Organization, {{"Yeonmu Capital", "en"}})}, {});
  CHECK(fold({a, d, c}).entities().size() == 2);
}

TEST_CASE("a Korean full name typed a person never joins an organisation whose short Latin name its sounds spell ('최유나' / 'Sony')") {
  const std::string g = inmaek::extract::testing::en::graph_of({"Sony AI hired Mina Okafor as a researcher.",
                                                                "카카오에서 AI 전략을 총괄하던 최유나 부사장이 지난 1월 사임했다."});
  CAPTURE(g);
  CHECK(g.find("(최유나)-[left]->(Kakao)") != std::string::npos);
}

TEST_CASE("Assembler: a long given name cut short in another article ('Venkat Iyer' / 'Venkataraghavan Iyer'), in either order, and usual short forms in other languages ('Itzik' / 'Yitzhak')") {
  CHECK(one_person("Venkataraghavan Iyer", "Venkat Iyer"));
  CHECK(one_person("Venkat Iyer", "Venkataraghavan Iyer"));
  CHECK(one_person("Balasubramanian Pillai", "Balasubram Pillai"));
  CHECK(one_person("Itzik Ben-Ami", "Yitzhak Ben-Ami"));
  CHECK(one_person("Dima Volkov", "Dmitry Volkov"));
  // (a short name of four letters, a given name of fewer than ten, another surname, a cut of two letters)
  CHECK_FALSE(one_person("Venk Iyer", "Venkataraghavan Iyer"));
  CHECK_FALSE(one_person("Christo Iyer", "Christoph Iyer"));
  CHECK_FALSE(one_person("Venkat Rao", "Venkataraghavan Iyer"));
  CHECK_FALSE(one_person("Venkataraghav Iyer", "Venkataraghavan Iyer"));
}

TEST_CASE("Assembler: a translated company name lends its Hangul head to the group's other companies by their kinds ('해돋이에너지(Sunrise Energy)' / '해돋이홀딩스' / 'Sunrise Holdings')") {
  const auto a = document("a", {entity(EntityType::Organization, {{"해돋이에너지", "ko"}, {"Sunrise Energy", "en"}})}, {});
  const auto b = document("b", {entity(EntityType::Organization, {{"Sunrise Holdings", "en"}})}, {});
  const auto c = document("c", {entity(EntityType::Organization, {{"해돋이홀딩스", "ko"}})}, {});
  CHECK(fold({a, b, c}).entities().size() == 2);
  CHECK(fold({c, b, a}).entities().size() == 2);
  const auto d = document("d", {entity(EntityType::Organization, {{"해돋이캐피털", "ko"}})}, {});
  CHECK(fold({a, b, d}).entities().size() == 3);
}

TEST_CASE("Assembler: a lab's name alone and with 'AI Lab' ('Cloudloom' / 'Cloudloom AI Lab') is one organisation") {
  const auto a = document("a", {entity(EntityType::Organization, {{"Cloudloom", "en"}, {"Gureumbit", "en"}})}, {});
  const auto b = document("b", {entity(EntityType::Organization, {{"Cloudloom AI Lab", "en"}, {"클라우드룸AI랩", "ko"}})}, {});
  CHECK(fold({a, b}).entities().size() == 1);
  CHECK(fold({b, a}).entities().size() == 1);
  const auto c = document("c", {entity(EntityType::Organization, {{"Cloudloom Capital", "en"}})}, {});
  CHECK(fold({a, b, c}).entities().size() == 3);
}

TEST_CASE("Assembler: a country's agency with and without its country ('U.S. Maritime Safety Board' / 'Maritime Safety Board') is one organisation") {
  const auto a = document("a", {entity(EntityType::Organization, {{"U.S. Maritime Safety Board", "en"}})}, {});
  const auto b = document("b", {entity(EntityType::Organization, {{"Maritime Safety Board", "en"}, {"MSB", "en"}})}, {});
  CHECK(fold({a, b}).entities().size() == 1);
  CHECK(fold({b, a}).entities().size() == 1);
  // (not a word that only starts like a country: "USA" is no "U.S.", and a name of one word stays apart)
  const auto c = document("c", {entity(EntityType::Organization, {{"US Steelworks", "en"}})}, {});
  const auto d = document("d", {entity(EntityType::Organization, {{"Steelworks", "en"}})}, {});
  CHECK(fold({c, d}).entities().size() == 2);
}

// An article of a person who left Orvane Systems and, with two facts, joined Frostline Labs (the shared-facts joins).
static DocExtraction left_and_joined(const std::string& id, const std::string& person, const std::string& lang, int facts) {
  std::vector<LocalRelation> rels = {relation(RelationType::Left, 0, 1, id, person + " left Orvane.")};
  if (facts > 1) rels.push_back(relation(RelationType::Joined, 0, 2, id, person + " joined Frostline Labs."));
  return document(id, {entity(EntityType::Person, {{person, lang}}), entity(EntityType::Organization, {{"Orvane Systems", "en"}}),
                       entity(EntityType::Organization, {{"Frostline Labs", "en"}})},
                  rels);
}

TEST_CASE("Assembler: a Korean name and an English given name with its surname ('곽도린' / 'Terry Kwak') are one person when two facts agree") {
  const auto article = left_and_joined;
  CHECK(fold({article("a", "곽도린", "ko", 2), article("b", "Terry Kwak", "en", 2)}).entities().size() == 3);
  CHECK(fold({article("b", "Terry Kwak", "en", 2), article("a", "곽도린", "ko", 2)}).entities().size() == 3);
  // (one fact is not enough; nor another surname; nor two people of that surname on either side)
  CHECK(fold({article("a", "곽도린", "ko", 1), article("b", "Terry Kwak", "en", 1)}).entities().size() == 4);
  CHECK(fold({article("a", "곽도린", "ko", 2), article("b", "Terry Park", "en", 2)}).entities().size() == 4);
  // (nor a Korean given name, which the readings compared already: "Min-su Kwak" is no 곽도린)
  CHECK(fold({article("a", "곽도린", "ko", 2), article("b", "Min-su Kwak", "en", 2)}).entities().size() == 4);
  CHECK(fold({article("a", "곽도린", "ko", 2), article("b", "Kwak Min-su", "en", 2)}).entities().size() == 4);
  CHECK(fold({article("a", "곽도린", "ko", 2), article("b", "Terry Kwak", "en", 2), article("c", "Jenny Kwak", "en", 2)}).entities().size() == 5);
}

TEST_CASE("Assembler: a foreign person whose given names are spelled apart ('치디나 오카포르' / 'Chidinma Okafor') is one person when the surname and two facts agree") {
  const auto article = left_and_joined;
  CHECK(fold({article("a", "치디나 오카포르", "ko", 2), article("b", "Chidinma Okafor", "en", 2)}).entities().size() == 3);
  CHECK(fold({article("b", "Chidinma Okafor", "en", 2), article("a", "치디나 오카포르", "ko", 2)}).entities().size() == 3);
  // (a soft g read as ㅈ: "지라르" / "Girard")
  CHECK(fold({article("a", "미셸 지라르", "ko", 2), article("b", "Michelle Girard", "en", 2)}).entities().size() == 3);
  // (one fact is not enough; nor another surname; nor a surname of two consonants; nor two people of that surname)
  CHECK(fold({article("a", "치디나 오카포르", "ko", 1), article("b", "Chidinma Okafor", "en", 1)}).entities().size() == 4);
  CHECK(fold({article("a", "치디나 오카포르", "ko", 2), article("b", "Chidinma Okonkwo", "en", 2)}).entities().size() == 4);
  CHECK(fold({article("a", "웨이 리", "ko", 2), article("b", "Wendy Li", "en", 2)}).entities().size() == 4);
  CHECK(fold({article("a", "치디나 오카포르", "ko", 2), article("b", "Chidinma Okafor", "en", 2), article("c", "Ngozi Okafor", "en", 2)})
            .entities()
            .size() == 5);
}

TEST_CASE("Assembler: a foreign person named by the surname alone in one article ('들로름') is the one named in full in both scripts elsewhere, when a fact agrees (both work for one company)") {
  // (one article in full, Hangul and Latin names for one person; another by the surname in another outlet's spelling)
  auto full = [](const std::string& id, const std::string& org) {
    return document(id, {entity(EntityType::Person, {{"에티엔 들로름", "ko"}, {"Étienne Delorme", "en"}}), entity(EntityType::Organization, {{org, "en"}})},
                    {relation(RelationType::WorksFor, 0, 1, id, "에티엔 들로름 CTO")});
  };
  auto surname = [](const std::string& id, const std::string& name, const std::string& org) {
    return document(id, {entity(EntityType::Person, {{name, "ko"}}), entity(EntityType::Organization, {{org, "en"}})},
                    {relation(RelationType::WorksFor, 0, 1, id, name + " CTO")});
  };
  CHECK(fold({full("a", "Veltra Orbit"), surname("b", "델로름", "Veltra Orbit")}).entities().size() == 2);
  CHECK(fold({surname("b", "델로름", "Veltra Orbit"), full("a", "Veltra Orbit")}).entities().size() == 2);
  // (not without a fact in common, nor another surname, nor a Korean full name)
  CHECK(fold({full("a", "Veltra Orbit"), surname("b", "델로름", "Orvane Systems")}).entities().size() == 4);
  CHECK(fold({full("a", "Veltra Orbit"), surname("b", "르클레르", "Veltra Orbit")}).entities().size() == 3);
  CHECK(fold({full("a", "Veltra Orbit"), surname("b", "김도윤", "Veltra Orbit")}).entities().size() == 3);
}

TEST_CASE("Assembler: a company whose Korean name translates its English one ('은하파트너스' / 'Galaxy Partners', '청운반도체' / 'Blue Cloud Semiconductor') is one when a fact agrees and the kind is the same") {
  auto round = [](const std::string& id, const std::string& fund, const std::string& lang, const std::string& startup) {
    return document(id, {entity(EntityType::Organization, {{fund, lang}}), entity(EntityType::Organization, {{startup, "en"}})},
                    {relation(RelationType::Invested, 0, 1, id, fund + " invested in " + startup + ".")});
  };
  CHECK(fold({round("a", "은하파트너스", "ko", "Verilabs"), round("b", "Galaxy Partners", "en", "Verilabs")}).entities().size() == 2);
  CHECK(fold({round("b", "Galaxy Partners", "en", "Verilabs"), round("a", "은하파트너스", "ko", "Verilabs")}).entities().size() == 2);
  // (an investment house too: "새봄인베스트먼트" / "Springwell Investment")
  CHECK(fold({round("a", "새봄인베스트먼트", "ko", "Verilabs"), round("b", "Springwell Investment", "en", "Verilabs")}).entities().size() == 2);
  // (chipmakers, brokers, food and education companies too: "청운반도체" / "Blue Cloud Semiconductor", "새싹에듀" / "Sprout
  // Education")
  CHECK(fold({round("a", "청운반도체", "ko", "Verilabs"), round("b", "Blue Cloud Semiconductor", "en", "Verilabs")}).entities().size() == 2);
  CHECK(fold({round("a", "새싹에듀", "ko", "Verilabs"), round("b", "Sprout Education", "en", "Verilabs")}).entities().size() == 2);
  CHECK(fold({round("a", "미리내텔레콤", "ko", "Verilabs"), round("b", "Milkyway Telecom", "en", "Verilabs")}).entities().size() == 2);
  CHECK(fold({round("a", "청운반도체", "ko", "Verilabs"), round("b", "Blue Cloud Education", "en", "Verilabs")}).entities().size() == 3);
  // (not of another kind, nor without a fact in common, nor two of the kind on one side)
  CHECK(fold({round("a", "은하캐피털", "ko", "Verilabs"), round("b", "Galaxy Partners", "en", "Verilabs")}).entities().size() == 3);
  // (nor a name in Korean romanisation, which reads another Korean name: "Hanbyeol Partners" is no 한빛파트너스)
  CHECK(fold({round("a", "한빛파트너스", "ko", "Verilabs"), round("b", "Hanbyeol Partners", "en", "Verilabs")}).entities().size() == 3);
  // (a name whose words the glossary does not hold: "샛별" is no word of it; those it holds join by the names alone,
  // cross_lingual_test.cpp)
  CHECK(fold({round("a", "샛별파트너스", "ko", "Verilabs"), round("b", "Venus Partners", "en", "Orvane")}).entities().size() == 4);
  CHECK(fold({round("a", "샛별파트너스", "ko", "Verilabs"), round("b", "Venus Partners", "en", "Verilabs"),
              round("c", "Comet Partners", "en", "Verilabs")})
            .entities()
            .size() == 4);
}

TEST_CASE("Assembler: a company whose Korean name translates its English one, of no shared kind ('청룡무인체계' / 'Blue Dragon Unmanned Systems'), is one when two facts agree") {
  auto unit = [](const std::string& id, const std::string& name, const std::string& lang, const std::string& parent, const std::string& product) {
    return document(id,
                    {entity(EntityType::Organization, {{name, lang}}), entity(EntityType::Organization, {{parent, "en"}}),
                     entity(EntityType::Product, {{product, "en"}})},
                    {relation(RelationType::SubsidiaryOf, 0, 1, id, name + " is a unit of " + parent + "."),
                     relation(RelationType::Developed, 0, 2, id, name + " developed " + product + ".")});
  };
  CHECK(fold({unit("a", "청룡무인체계", "ko", "Blue Dragon Group", "Muribyeol"), unit("b", "Blue Dragon Unmanned Systems", "en", "Blue Dragon Group", "Muribyeol")})
            .entities()
            .size() == 3);
  // (not on one fact, nor when another company shares both)
  CHECK(fold({unit("a", "청룡무인체계", "ko", "Blue Dragon Group", "Muribyeol"), unit("b", "Blue Dragon Unmanned Systems", "en", "Blue Dragon Group", "Hive")})
            .entities()
            .size() == 5);
  CHECK(fold({unit("a", "청룡무인체계", "ko", "Blue Dragon Group", "Muribyeol"), unit("b", "Blue Dragon Unmanned Systems", "en", "Blue Dragon Group", "Muribyeol"),
              unit("c", "Azure Drake Drones", "en", "Blue Dragon Group", "Muribyeol")})
            .entities()
            .size() == 5);
}

TEST_CASE("Assembler: a foreign person a Korean article names by one word ('아르준' for 'Arjun Mehta', '이리나' for 'Iryna Shevchuk') is that person when both founded the same company") {
  auto founder = [](const std::string& id, std::vector<Alias> names, const std::string& company) {
    return document(id, {entity(EntityType::Person, std::move(names)), entity(EntityType::Organization, {{company, "en"}})},
                    {relation(RelationType::Founded, 0, 1, id, "founded " + company + ".")});
  };
  CHECK(fold({founder("a", {{"아르준", "ko"}}, "Tessel AI"), founder("b", {{"Arjun Mehta", "en"}}, "Tessel AI")}).entities().size() == 2);
  CHECK(fold({founder("a", {{"메타", "ko"}}, "Tessel AI"), founder("b", {{"Arjun Mehta", "en"}}, "Tessel AI")}).entities().size() == 2);
  // (the full name given in both scripts elsewhere, and a given name that reads like a Korean full name)
  CHECK(fold({founder("a", {{"이리나", "ko"}}, "Kobzar AI"), founder("b", {{"Iryna Shevchuk", "en"}, {"이리나 셰우추크", "ko"}}, "Kobzar AI")})
            .entities()
            .size() == 2);
  // (not another company, nor another name, nor when two people of the name founded it)
  CHECK(fold({founder("a", {{"아르준", "ko"}}, "Tessel AI"), founder("b", {{"Arjun Mehta", "en"}}, "Orvane")}).entities().size() == 4);
  CHECK(fold({founder("a", {{"아르민", "ko"}}, "Tessel AI"), founder("b", {{"Arjun Mehta", "en"}}, "Tessel AI")}).entities().size() == 3);
  CHECK(fold({founder("a", {{"아르준", "ko"}}, "Tessel AI"), founder("b", {{"Arjun Mehta", "en"}}, "Tessel AI"),
              founder("c", {{"Arjun Rao", "en"}}, "Tessel AI")})
            .entities()
            .size() == 4);
}

TEST_CASE("Assembler: a foreign person a Korean article names by the given name alone ('칼리드' for 'Khalid Al Mansoori') is that person when both joined, left or work for the same organisation, or when nothing is told of the one word") {
  auto mover = [](const std::string& id, std::vector<Alias> names, RelationType type, const std::string& org) {
    return document(id, {entity(EntityType::Person, std::move(names)), entity(EntityType::Organization, {{org, "en"}})},
                    {relation(type, 0, 1, id, "moved to " + org + ".")});
  };
  CHECK(fold({mover("a", {{"칼리드", "ko"}}, RelationType::Joined, "Falcon Ventures"),
              mover("b", {{"Khalid Al Mansoori", "en"}}, RelationType::Joined, "Falcon Ventures")})
            .entities()
            .size() == 2);
  CHECK(fold({mover("a", {{"칼리드", "ko"}}, RelationType::WorksFor, "Falcon Ventures"),
              mover("b", {{"Khalid Al Mansoori", "en"}}, RelationType::WorksFor, "Falcon Ventures")})
            .entities()
            .size() == 2);
  // (not where the two are told of different organisations)
  CHECK(fold({mover("a", {{"칼리드", "ko"}}, RelationType::Joined, "Falcon Ventures"),
              mover("b", {{"Khalid Al Mansoori", "en"}}, RelationType::Joined, "Dune Capital")})
            .entities()
            .size() == 4);
  // (nothing told of the one word: the one full name it opens)
  const auto alone = document("a", {entity(EntityType::Person, {{"칼리드", "ko"}})}, {});
  CHECK(fold({alone, mover("b", {{"Khalid Al Mansoori", "en"}}, RelationType::Joined, "Dune Capital")}).entities().size() == 2);
  CHECK(fold({alone, mover("b", {{"Khalid Al Mansoori", "en"}}, RelationType::Joined, "Dune Capital"),
              mover("c", {{"Khalid Rahman", "en"}}, RelationType::Joined, "Dune Capital")})
            .entities()
            .size() == 4);
}

TEST_CASE("Assembler: a product's series named without a version of letters and digits ('센티널' / 'Sentinel-V3') is that product") {
  const auto a = document("a", {entity(EntityType::Product, {{"Sentinel-V3", "en"}, {"센티널-V3", "ko"}})}, {});
  const auto b = document("b", {entity(EntityType::Product, {{"센티널", "ko"}})}, {});
  CHECK(fold({a, b}).entities().size() == 1);
  // (not a word that ends in a capital and a digit: "SentinelV3" keeps its letter)
  const auto c = document("c", {entity(EntityType::Product, {{"SentinelV3", "en"}})}, {});
  CHECK(fold({c, b}).entities().size() == 2);
}

TEST_CASE("Assembler: a Spanish name without its second surname ('Lucas Herrera Quintana' / 'Lucas Herrera') and an Arabic name without one of its 'son of' links are one person") {
  auto person = [](const std::string& id, const std::string& name) {
    return document(id, {entity(EntityType::Person, {{name, "en"}})}, {});
  };
  CHECK(fold({person("a", "Lucas Herrera Quintana"), person("b", "Lucas Herrera")}).entities().size() == 1);
  CHECK(fold({person("a", "Lucas Herrera"), person("b", "Lucas Herrera Quintana")}).entities().size() == 1);
  CHECK(fold({person("a", "Faisal bin Nasser bin Khalid Al-Otaibi"), person("b", "Faisal bin Nasser Al-Otaibi")}).entities().size() == 1);
  // (not another given name, nor an East Asian name's first two words, nor another link)
  CHECK(fold({person("a", "Lucas Herrera Quintana"), person("b", "Mateo Herrera")}).entities().size() == 2);
  CHECK(fold({person("a", "Lim Wei Xiang"), person("b", "Lim Wei")}).entities().size() == 2);
  CHECK(fold({person("a", "Faisal bin Nasser bin Khalid Al-Otaibi"), person("b", "Faisal bin Omar Al-Otaibi")}).entities().size() == 2);
}

TEST_CASE("Assembler: an English given name before a Chinese name of three words ('Aaron Tan Jia Hao') is the name Korean writes without it ('탄자하오')") {
  auto person = [](const std::string& id, const std::string& name, const std::string& lang) {
    return document(id, {entity(EntityType::Person, {{name, lang}}), entity(EntityType::Organization, {{"Orvane", "en"}})},
                    {relation(RelationType::WorksFor, 0, 1, id, name + " works for Orvane.")});
  };
  CHECK(fold({person("a", "탄자하오", "ko"), person("b", "Aaron Tan Jia Hao", "en")}).entities().size() == 2);
  CHECK(fold({person("a", "탄자밍", "ko"), person("b", "Aaron Tan Jia Hao", "en")}).entities().size() == 3);
}

TEST_CASE("Assembler: a company's kind first in Spanish ('Grupo Ostrava') is its Korean name with the kind last ('오스트라바그룹'), and a company named short ('Vantara') is the one named with its field and 'Research'") {
  auto org = [](const std::string& id, const std::string& name, const std::string& lang) {
    return document(id, {entity(EntityType::Organization, {{name, lang}}), entity(EntityType::Person, {{"Ana Reis", "en"}})},
                    {relation(RelationType::WorksFor, 1, 0, id, "Ana Reis works for " + name + ".")});
  };
  CHECK(fold({org("a", "오스트라바그룹", "ko"), org("b", "Grupo Ostrava", "en")}).entities().size() == 2);
  CHECK(fold({org("a", "오스트라바그룹", "ko"), org("b", "Grupo Ventana", "en")}).entities().size() == 3);
  CHECK(fold({org("a", "Vantara", "en"), org("b", "Vantara Clinical Research", "en")}).entities().size() == 2);
  CHECK(fold({org("a", "Vantara", "en"), org("b", "Vantara AI Research", "en")}).entities().size() == 3);
}

TEST_CASE("Assembler: a person named by a given name's usual short form in English ('Nell Ashford') is the one a Korean article names by the long form ('엘리너 애시퍼드')") {
  auto person = [](const std::string& id, const std::string& name, const std::string& lang) {
    return document(id, {entity(EntityType::Person, {{name, lang}}), entity(EntityType::Organization, {{"Orvane", "en"}})},
                    {relation(RelationType::WorksFor, 0, 1, id, name + " works for Orvane.")});
  };
  CHECK(fold({person("a", "엘리너 애시퍼드", "ko"), person("b", "Nell Ashford", "en")}).entities().size() == 2);
  CHECK(fold({person("a", "마거릿 애시퍼드", "ko"), person("b", "Nell Ashford", "en")}).entities().size() == 3);
}

TEST_CASE("Assembler: an agency named without its country ('Data Protection Board', after \"South Korea's\") is the one agency so named with it ('Korea Data Protection Board')") {
  auto org = [](const std::string& id, const std::string& name) {
    return document(id, {entity(EntityType::Organization, {{name, "en"}}), entity(EntityType::Person, {{"Ana Reis", "en"}})},
                    {relation(RelationType::WorksFor, 1, 0, id, "Ana Reis works for " + name + ".")});
  };
  CHECK(fold({org("a", "Korea Data Protection Board"), org("b", "Data Protection Board")}).entities().size() == 2);
  // (not when two countries' agencies have the name)
  CHECK(fold({org("a", "Korea Data Protection Board"), org("b", "Japan Data Protection Board"), org("c", "Data Protection Board")}).entities().size() == 4);
}

TEST_CASE("Assembler: Korean names of companies read from Turkish letters ('보아지치대학교' / 'Boğaziçi University'), without an Italian kind ('베르톨리' / 'Lanificio Bertoli'), or without a group's trade ('파드마그룹' / 'Padma Apparels Group')") {
  auto org = [](const std::string& id, const std::string& name, const std::string& lang) {
    return document(id, {entity(EntityType::Organization, {{name, lang}})}, {});
  };
  CHECK(fold({org("a", "차나칼레대학교", "ko"), org("b", "\xC3\x87" "anakkale University", "en")}).entities().size() == 1);
  CHECK(fold({org("a", "베르톨리", "ko"), org("b", "Lanificio Bertoli", "en")}).entities().size() == 1);
  CHECK(fold({org("a", "파드마그룹", "ko"), org("b", "Padma Apparels Group", "en")}).entities().size() == 1);
  CHECK(fold({org("a", "파드마그룹", "ko"), org("b", "Lotus Apparels Group", "en")}).entities().size() == 2);
}

TEST_CASE("Assembler: a long Portuguese name ('João Pedro Albuquerque Vasconcelos dos Santos') is the given name with one of its surnames elsewhere ('João Vasconcelos')") {
  auto person = [](const std::string& id, const std::string& name) { return document(id, {entity(EntityType::Person, {{name, "en"}})}, {}); };
  CHECK(fold({person("a", "Jo\xC3\xA3o Pedro Albuquerque Vasconcelos dos Santos"), person("b", "Jo\xC3\xA3o Vasconcelos")}).entities().size() == 1);
  CHECK(fold({person("a", "Jo\xC3\xA3o Pedro Albuquerque Vasconcelos dos Santos"), person("b", "Jo\xC3\xA3o Moreira")}).entities().size() == 2);
}

TEST_CASE("Assembler: a club a Korean article names without its city and FC ('타이드웨이브') is the one an English article names with them ('Incheon Tidewave FC')") {
  auto org = [](const std::string& id, const std::string& name, const std::string& lang) { return document(id, {entity(EntityType::Organization, {{name, lang}})}, {}); };
  CHECK(fold({org("a", "타이드웨이브", "ko"), org("b", "Incheon Tidewave FC", "en")}).entities().size() == 1);
  CHECK(fold({org("a", "블루포인트", "ko"), org("b", "Incheon Tidewave FC", "en")}).entities().size() == 2);
}
