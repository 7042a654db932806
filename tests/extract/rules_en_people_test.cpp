// English people rules (extract/rules_en_people.cpp and the people branches of rules_en_verbs.cpp):
// heads of companies, joining without an object, joining "us".
#include <doctest/doctest.h>

#include "english_rows.h"

using inmaek::extract::testing::en::check_rows;

TEST_CASE("english people: 'X runs the company as chief executive'") {
  check_rows({
      {"Faltwerk AI was founded in Munich. Jonas Brandt runs the company as chief executive.",
       {"(Jonas Brandt)-[works_for]->(Faltwerk AI)"}, {}},
      {"Jonas Brandt runs Faltwerk AI with two partners.", {"(Jonas Brandt)-[works_for]->(Faltwerk AI)"}, {}},
  });
}

TEST_CASE("english people: 'joined' with no object joins the organisation in focus or of the title") {
  check_rows({
      {"Faltwerk AI raised $40 million. Amélie Roussin, who joined last year as chief technology officer, leads a "
       "team of 60.",
       {"(Amélie Roussin)-[joined]->(Faltwerk AI)", "(Amélie Roussin)-[works_for]->(Faltwerk AI)"}, {}},
      {"Faltwerk AI was founded in 2019. Its chief technology officer, Meera Pillai, joined in 2021 after a decade in "
       "academia.",
       {"(Meera Pillai)-[joined]->(Faltwerk AI)", "(Meera Pillai)-[works_for]->(Faltwerk AI)"}, {}},
      {"Faltwerk AI raised money. Dora Ekberg joined us from Meta in May as head of sales.",
       {"(Dora Ekberg)-[joined]->(Faltwerk AI)", "(Dora Ekberg)-[works_for]->(Faltwerk AI)", "(Dora Ekberg)-[left]->(Meta)"}, {}},
      // a plan is no move
      {"Faltwerk AI raised money. Dora Ekberg is expected to join as head of sales next year.", {},
       {"(Dora Ekberg)-[joined]->(Faltwerk AI)"}},
  });
}

TEST_CASE("english people: 'the company' after a company announcing is that company") {
  check_rows({
      {"Pixelhaus and Corvane Systems signed a deal. Corvane Systems builds chips for phones. Pixelhaus makes cameras "
       "and Pixelhaus sells them. Corvane also announced that Felipe Arantes has joined the company as chief revenue "
       "officer.",
       {"(Felipe Arantes)-[joined]->(Corvane Systems)"}, {"(Felipe Arantes)-[joined]->(Pixelhaus)"}},
  });
}

TEST_CASE("english companies: 'is a wholly owned subsidiary of Y' far from its subject") {
  check_rows({
      {"Corvane Systems is headquartered in San Jose, with research centres in Seoul and Bengaluru, and is a wholly "
       "owned subsidiary of Halden Holdings.",
       {"(Corvane Systems)-[subsidiary_of]->(Halden Holdings)"}, {}},
      // another organisation between: not the subject's parent
      {"Corvane Systems acquired Brightloop and a unit of Halden Holdings last year.", {},
       {"(Corvane Systems)-[subsidiary_of]->(Halden Holdings)"}},
  });
}
