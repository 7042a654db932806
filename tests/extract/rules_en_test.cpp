// English extraction (issue 6): each rule family end to end, through Extractor and assemble().
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract/assemble.h"
#include "extract/extractor.h"
#include "extract/extractor_internal.h"
#include "extract/lexicon.h"
#include "english_rows.h"
#include "extract_test_util.h"

using namespace inmaek;
using namespace inmaek::extract;

using testing::en::assembled;
using testing::en::check_rows;
using testing::en::graph_of;
using testing::en::Row;
using testing::en::together;

TEST_CASE("english: language detection by Hangul share") {
  struct L {
    std::string text, lang;
  };
  const std::vector<L> rows = {
      {"Anthropic raised $4 billion from Amazon.", "en"},
      {"오픈AI는 2015년 설립됐다.", "ko"},
      {"오픈AI(OpenAI)는 챗GPT(ChatGPT)를 출시했다.", "ko"},
      {"Samsung partnered with Naver (네이버) on chips for data centres in Korea.", "en"},
  };
  for (const L& r : rows) {
    CAPTURE(r.text);
    CHECK(detect_language(r.text) == r.lang);
  }
}

TEST_CASE("english: active verbs") {
  check_rows({
      {"Marta Kowalski founded Brindle Labs in 2019.", {"(Marta Kowalski)-[founded]->(Brindle Labs)"}, {}},
      {"Marta Kowalski and Jonas Berg co-founded Brindle Labs.",
       {"(Marta Kowalski)-[founded]->(Brindle Labs)", "(Jonas Berg)-[founded]->(Brindle Labs)"}, {}},
      {"Jonas Berg co-founded Brindle Labs with Marta Kowalski.", {"(Marta Kowalski)-[founded]->(Brindle Labs)"}, {}},
      {"Marta Kowalski, a senior engineer, left Brindle Labs in May.", {"(Marta Kowalski)-[left]->(Brindle Labs)"}, {}},
      {"Marta Kowalski resigned from Brindle Labs last year.", {"(Marta Kowalski)-[left]->(Brindle Labs)"}, {}},
      {"Marta Kowalski joined Brindle Labs as chief technology officer.",
       {"(Marta Kowalski)-[joined]->(Brindle Labs)", "(Marta Kowalski)-[works_for]->(Brindle Labs)"}, {}},
      {"Marta Kowalski returned to Brindle Labs in 2024.", {"(Marta Kowalski)-[joined]->(Brindle Labs)"}, {}},
      {"Marta Kowalski, who joined from Corvane AI in June, runs the safety team.",
       {"(Marta Kowalski)-[left]->(Corvane AI)"}, {"(Marta Kowalski)-[joined]->(Corvane AI)"}},
      {"Tidewater Capital invested $50 million in Brindle Labs.", {"(Tidewater Capital)-[invested]->(Brindle Labs)"}, {}},
      {"Brindle Labs released a chatbot called Wren.", {"(Brindle Labs)-[developed]->(Wren)"}, {}},
      {"Brindle Labs acquired Corvane AI for $90 million.", {"(Brindle Labs)-[acquired]->(Corvane AI)"}, {}},
      {"Brindle Labs partnered with Corvane AI on speech models.", {"(Brindle Labs)-[partnered_with]->(Corvane AI)"}, {}},
      {"Brindle Labs previously worked with Corvane AI, and Marta Kowalski previously worked at Corvane AI.",
       {"(Marta Kowalski)-[left]->(Corvane AI)"}, {}},
  });
}

TEST_CASE("english: passive voice and reduced relatives") {
  check_rows({
      {"Brindle Labs was founded in 2019 by Marta Kowalski.", {"(Marta Kowalski)-[founded]->(Brindle Labs)"}, {}},
      {"Brindle Labs, the Oslo startup founded by Marta Kowalski and Jonas Berg, is growing.",
       {"(Marta Kowalski)-[founded]->(Brindle Labs)", "(Jonas Berg)-[founded]->(Brindle Labs)"}, {}},
      {"Marta Kowalski was hired by Brindle Labs last year.", {"(Marta Kowalski)-[joined]->(Brindle Labs)"}, {}},
      {"Corvane AI was acquired by Brindle Labs.", {"(Brindle Labs)-[acquired]->(Corvane AI)"}, {}},
      {"Corvane AI, the speech startup backed by Tidewater Capital, has released a model called Heron.",
       {"(Tidewater Capital)-[invested]->(Corvane AI)", "(Corvane AI)-[developed]->(Heron)"},
       {"(Tidewater Capital)-[developed]->(Heron)"}},
      {"Heron, developed by Corvane AI, reads contracts.", {"(Corvane AI)-[developed]->(Heron)"}, {}},
      {"Corvane AI, which Brindle Labs acquired in 2023, makes chips.", {"(Brindle Labs)-[acquired]->(Corvane AI)"}, {}},
  });
}

TEST_CASE("english: organisation hires person (agent is the company)") {
  check_rows({
      {"Brindle Labs has hired Marta Kowalski, the co-founder of Corvane AI, to lead research.",
       {"(Marta Kowalski)-[joined]->(Brindle Labs)", "(Marta Kowalski)-[founded]->(Corvane AI)"},
       {"(Brindle Labs)-[joined]->(Marta Kowalski)"}},
  });
}

TEST_CASE("english: funding rounds") {
  check_rows({
      {"Brindle Labs raised $30 million from Tidewater Capital and Sorrel Ventures.",
       {"(Tidewater Capital)-[invested]->(Brindle Labs)", "(Sorrel Ventures)-[invested]->(Brindle Labs)"}, {}},
      {"Brindle Labs raised $30 million in a round led by Tidewater Capital, with participation from Sorrel Ventures.",
       {"(Tidewater Capital)-[invested]->(Brindle Labs)", "(Sorrel Ventures)-[invested]->(Brindle Labs)"}, {}},
      {"Tidewater Capital led Brindle Labs's $30 million round.", {"(Tidewater Capital)-[invested]->(Brindle Labs)"}, {}},
      // people and organisations in one list, an organisation's apposition, "existing backer"
      {"Brindle Labs raised $30 million in a round led by Tidewater Capital with participation from Sorrel Ventures, "
       "Heron Group's venture arm, as well as Marta Kowalski and existing backer Quarry Partners.",
       {"(Sorrel Ventures)-[invested]->(Brindle Labs)", "(Marta Kowalski)-[invested]->(Brindle Labs)",
        "(Quarry Partners)-[invested]->(Brindle Labs)", "(Sorrel Ventures)-[subsidiary_of]->(Heron Group)"}, {}},
      {"Brindle Labs has raised $58 million from Tidewater Capital, Marta Kowalski and Quarry Partners.",
       {"(Marta Kowalski)-[invested]->(Brindle Labs)", "(Quarry Partners)-[invested]->(Brindle Labs)"}, {}},
      // names with joiners and particles, institution names starting with an ordinary word, acronyms in a round
      {"Brindle Labs raised $9 million from Hartwell & Stone and Tidewater Capital.",
       {"(Hartwell & Stone)-[invested]->(Brindle Labs)"}, {}},
      {"Tobias Wren left the Technology Innovation Institute in 2021.",
       {"(Tobias Wren)-[left]->(Technology Innovation Institute)"}, {}},
      {"Brindle Labs raised $9 million. Sequoia Capital, GV and existing backer Tidewater Capital also participated in the round.",
       {"(GV)-[invested]->(Brindle Labs)"}, {}},
      {"Corvane AI builds robots. Heron Labs, which backed the company in 2021, led an $8 million seed round in 2023 "
       "alongside Ilse Moreau.",
       {"(Heron Labs)-[invested]->(Corvane AI)", "(Ilse Moreau)-[invested]->(Corvane AI)"}, {}},
      {"Corvane AI raised $9 million. Other angels in the round include Ilse Moreau, co-founder of the Lisbon-based payments "
       "company Quillpay.",
       {"(Ilse Moreau)-[invested]->(Corvane AI)", "(Ilse Moreau)-[founded]->(Quillpay)"}, {}},
      {"Tidewater Capital, an Oslo-based hedge fund, was one of Corvane AI's earliest investors.",
       {"(Tidewater Capital)-[invested]->(Corvane AI)"}, {}},
      {"Ilse Moreau worked as a data scientist at the Royal Bank of Canada before 2020.",
       {"(Ilse Moreau)-[works_for]->(Royal Bank of Canada)"}, {}},
      {"Tobias Wren left the Max Planck Institute for Intelligent Systems in 2021.",
       {"(Tobias Wren)-[left]->(Max Planck Institute for Intelligent Systems)"}, {}},
      {"Corvane AI builds robots. It was set up last year by Ilse Moreau, Tobias Wren and Anna Bellotti.",
       {"(Ilse Moreau)-[founded]->(Corvane AI)", "(Anna Bellotti)-[founded]->(Corvane AI)"}, {}},
      {"Corvane AI raised $9 million. Existing investors Tidewater Capital, Sorrel Ventures and Quarry Partners also took part.",
       {"(Tidewater Capital)-[invested]->(Corvane AI)", "(Quarry Partners)-[invested]->(Corvane AI)"}, {}},
      {"Corvane AI, the Heronmart-owned marketplace, hired Ilse Moreau.", {"(Corvane AI)-[subsidiary_of]->(Heronmart)"}, {}},
      {"Quillpay founder Ilse Moreau sold the company in 2020.", {"(Ilse Moreau)-[founded]->(Quillpay)"}, {}},
      {"Ilse Moreau, who headed Heron Group's foundation models team, left.", {}, {"-[developed]->(Ilse Moreau)"}},
      // a title before the name decides: a person, whatever the clause after the comma says
      {"Founded in 2021 by CEO Ilse Moreau and CTO Tobias Wren, the startup says its models are small.",
       {}, {"(Tobias Wren)-[invested]", "-[works_for]->(Tobias Wren)"}},
      {"Corvane AI was founded by Ilse Moreau, a former product director at Heron Group, and Tobias Wren.",
       {"(Ilse Moreau)-[founded]->(Corvane AI)", "(Ilse Moreau)-[left]->(Heron Group)"}, {}},
      // an investor short of its suffix in another sentence is the same fund
      {"Corvane AI raised $22 million from Quarry Arc Capital. Quarry Arc led the startup's Series A in 2023.",
       {"(Quarry Arc Capital)-[invested]->(Corvane AI)"}, {"(Quarry Arc)-["}},
      {"Heron Group grew by snapping up Lisbon route firm Corvane AI in 2021.", {"(Heron Group)-[acquired]->(Corvane AI)"}, {}},
      {"Corvane AI raised $12 million in a seed round co-led by Tidewater Capital and angel Ilse Moreau, alongside new investor "
       "Sorrel Ventures.",
       {"(Tidewater Capital)-[invested]->(Corvane AI)", "(Ilse Moreau)-[invested]->(Corvane AI)",
        "(Sorrel Ventures)-[invested]->(Corvane AI)"}, {}},
      {"Tidewater Capital also backs Corvane AI.", {"(Tidewater Capital)-[invested]->(Corvane AI)"}, {}},
      {"Quillpay, a payments startup that was bought by Heron Group in 2019, grew.", {"(Heron Group)-[acquired]->(Quillpay)"}, {}},
      {"Corvane AI, whose chief executive Ilse Moreau spoke on Monday, grew.", {"(Ilse Moreau)-[works_for]->(Corvane AI)"}, {}},
      {"Corvane AI sells Kestrel Hub, its platform for developers.", {"(Corvane AI)-[developed]->(Kestrel Hub)"}, {}},
      {"Ilse Moreau, a former scientist at the Lisbon-based Heron Institute of Computing, joined Corvane AI.",
       {"(Ilse Moreau)-[left]->(Heron Institute of Computing)"}, {}},
      {"Corvane AI builds robots. Ilse Moreau becomes Corvane AI's head of evaluation.", {"(Ilse Moreau)-[joined]->(Corvane AI)"}, {}},
      {"Former Tidewater principal Ilse Moreau joined Corvane AI.", {"(Ilse Moreau)-[left]->(Tidewater)"}, {}},
      {"Quarry Holdings runs data centers. Quarry is a subsidiary of the Raghavan Industries conglomerate.",
       {"(Quarry Holdings)-[subsidiary_of]->(Raghavan Industries)"}, {}},
      {"Hollis Street Capital invests. Hollis Street is the corporate venture arm of insurer Granite Mutual.",
       {"(Hollis Street Capital)-[subsidiary_of]->(Granite Mutual)"}, {"(Hollis Street)-["}},
      {"Corvane AI grew fast since Ilse Moreau took over as CEO in 2022.",
       {"(Ilse Moreau)-[joined]->(Corvane AI)", "(Ilse Moreau)-[works_for]->(Corvane AI)"}, {}},
      // a company's own post: "joins as", "joins us from Y as"
      {"Corvane AI ships robots. Corvane AI hires. Ilse Moreau joins us from Heron Group as chief operating officer.",
       {"(Ilse Moreau)-[joined]->(Corvane AI)", "(Ilse Moreau)-[left]->(Heron Group)", "(Ilse Moreau)-[works_for]->(Corvane AI)"}, {}},
      {"Corvane AI ships robots. Tobias Wren joins as VP of customer success.", {"(Tobias Wren)-[joined]->(Corvane AI)"}, {}},
      {"Heron Group has been owned since 2022 by the private-equity firm Tidewater Equity.",
       {"(Heron Group)-[subsidiary_of]->(Tidewater Equity)"}, {}},
      {"Ilse Moreau left Heron Group and went on to co-found Corvane AI.", {"(Ilse Moreau)-[founded]->(Corvane AI)"}, {}},
      {"Corvane AI builds robots. The company's early money came from Tidewater Capital and Sorrel Ventures.",
       {"(Tidewater Capital)-[invested]->(Corvane AI)", "(Sorrel Ventures)-[invested]->(Corvane AI)"}, {}},
      {"In 2024 Corvane AI opened a Tokyo subsidiary, Corvane Nippon Labs.", {"(Corvane Nippon Labs)-[subsidiary_of]->(Corvane AI)"}, {}},
      {"Corvane AI might open a Tokyo subsidiary, Corvane Nippon Labs.", {}, {"(Corvane Nippon Labs)-[subsidiary_of]->(Corvane AI)"}},
      // "the model": the product named just before
      {"The headliner was Wrenfield-5. Corvane AI released the model on Thursday.", {"(Corvane AI)-[developed]->(Wrenfield-5)"}, {}},
      {"Corvane AI released the model family of Heron Group on Thursday.", {}, {"(Corvane AI)-[developed]->"}},
      // participants in a round: the company said to raise money, not the last sentence's subject
      {"Corvane AI raised $9 million. Heron Group supplies its chips. Existing investors Tidewater Capital and Sorrel "
       "Ventures also took part.",
       {"(Tidewater Capital)-[invested]->(Corvane AI)"}, {"(Tidewater Capital)-[invested]->(Heron Group)"}},
      // names that start with a capital letter with a diacritic
      {"Corvane AI hired Lars Øverby, formerly head of speech at Brindle Labs, as vice president of research.",
       {"(Lars Øverby)-[joined]->(Corvane AI)", "(Lars Øverby)-[left]->(Brindle Labs)"}, {}},
      {"Émilie Tremblay founded Corvane AI in 2020.", {"(Émilie Tremblay)-[founded]->(Corvane AI)"}, {}},
      // investors named after a raise without a verb of their own
      {"Corvane AI raised $15 million. Heron Labs led; Tidewater Capital and Sorrel Ventures joined.",
       {"(Heron Labs)-[invested]->(Corvane AI)", "(Tidewater Capital)-[invested]->(Corvane AI)",
        "(Sorrel Ventures)-[invested]->(Corvane AI)"},
       {"(Sorrel Ventures)-[joined]->(Corvane AI)"}},
      {"Wrenfield, Corvane AI's flagship model, is free.", {"(Corvane AI)-[developed]->(Wrenfield)"}, {}},
      {"Corvane AI builds robots. Ilse Moreau has become CTO of Corvane AI.",
       {"(Ilse Moreau)-[joined]->(Corvane AI)", "(Ilse Moreau)-[works_for]->(Corvane AI)"}, {}},
      {"Heron Digital said it had completed its acquisition of Lisbon-based Corvane AI for $640 million.",
       {"(Heron Digital)-[acquired]->(Corvane AI)"}, {}},
      {"Corvane AI is a unit of the Lisbon-based utility Heron Energy.", {"(Corvane AI)-[subsidiary_of]->(Heron Energy)"}, {}},
      // organisations by their verbs and relative pronouns, code-like names described as funds
      {"Heron Tide acquired Corvane AI in 2023.", {"(Heron Tide)-[acquired]->(Corvane AI)"}, {}},
      {"Corvane Atlas, which Heron Group bought in 2023, makes robots.", {"(Heron Group)-[acquired]->(Corvane Atlas)"}, {}},
      {"Q77, Heron Group's venture fund, led the round for Corvane AI.", {"(Q77)-[subsidiary_of]->(Heron Group)"}, {}},
      // one-word investors: after "-based", after a place's possessive, inside a list
      {"Corvane AI came out of stealth with $18 million from Paris-based Quillmere and Tidewater Capital.",
       {"(Quillmere)-[invested]->(Corvane AI)"}, {}},
      {"Corvane AI raised $45 million from investors including Lisbon's Quillmere, Pitanga and Tidewater Capital.",
       {"(Quillmere)-[invested]->(Corvane AI)", "(Pitanga)-[invested]->(Corvane AI)"}, {}},
      {"Corvane AI released Kiln One, a home robot.", {"(Corvane AI)-[developed]->(Kiln One)"}, {}},
      {"Corvane AI, the Korean developer of the Wrenfield large language models, hired Ilse Moreau.",
       {"(Corvane AI)-[developed]->(Wrenfield)"}, {}},
      // a lexicon company followed by a fund's name is a fund of its own; nationalities are no names
      {"Brindle Labs raised $9 million from Amazon Climate Fund.", {"(Amazon Climate Fund)-[invested]->(Brindle Labs)"},
       {"(Amazon)-[invested]->(Brindle Labs)"}},
      {"Brindle Labs raised $9 million in a round led by Dutch chipmaker ASML.", {"(ASML)-[invested]->(Brindle Labs)"},
       {"(Dutch)-[invested]->(Brindle Labs)"}},
      {"Tidewater Capital, which is also one of Brindle Labs's investors, said nothing.",
       {"(Tidewater Capital)-[invested]->(Brindle Labs)"}, {}},
      {"Heron Group wants to lean less on Corvane AI, in which it has invested $13 million.",
       {"(Heron Group)-[invested]->(Corvane AI)"}, {}},
      // a predicate coordinated after the agents shares the sentence's subject
      {"Corvane AI was co-founded by Ilse Moreau and Tobias Wren, and is backed by Brindle Labs.",
       {"(Brindle Labs)-[invested]->(Corvane AI)"}, {"(Brindle Labs)-[invested]->(Tobias Wren)"}},
  });
}

TEST_CASE("english: appositions, titles and copulas") {
  check_rows({
      {"Former Corvane AI researcher Marta Kowalski spoke on Monday.", {"(Marta Kowalski)-[left]->(Corvane AI)"}, {}},
      {"Marta Kowalski, a former Corvane AI engineer, spoke on Monday.", {"(Marta Kowalski)-[left]->(Corvane AI)"}, {}},
      {"Marta Kowalski, the chief scientist of Corvane AI, spoke on Monday.",
       {"(Marta Kowalski)-[works_for]->(Corvane AI)"}, {"(Marta Kowalski)-[left]->(Corvane AI)"}},
      {"Corvane AI's CEO, Marta Kowalski, spoke on Monday.", {"(Marta Kowalski)-[works_for]->(Corvane AI)"}, {}},
      {"Corvane AI co-founder Marta Kowalski spoke on Monday.", {"(Marta Kowalski)-[founded]->(Corvane AI)"}, {}},
      {"Marta Kowalski is Corvane AI's chief executive.", {"(Marta Kowalski)-[works_for]->(Corvane AI)"}, {}},
      {"Marta Kowalski and Jonas Berg, two former Corvane AI scientists, spoke.",
       {"(Marta Kowalski)-[left]->(Corvane AI)", "(Jonas Berg)-[left]->(Corvane AI)"}, {}},
  });
}

TEST_CASE("english: subsidiaries and possessive products") {
  check_rows({
      {"Corvane AI, a unit of Brindle Group, makes chips.", {"(Corvane AI)-[subsidiary_of]->(Brindle Group)"}, {}},
      {"Corvane AI, Brindle Group's venture arm, makes chips.", {"(Corvane AI)-[subsidiary_of]->(Brindle Group)"}, {}},
      {"Corvane AI's parent company Brindle Group said nothing.", {"(Corvane AI)-[subsidiary_of]->(Brindle Group)"}, {}},
      {"Corvane AI's model Heron is free.", {"(Corvane AI)-[developed]->(Heron)"}, {}},
      {"OpenAI's ChatGPT is popular.", {"(OpenAI)-[developed]->(ChatGPT)"}, {}},
      {"Corvane AI is backed by Heron Group's Orbit Ventures.", {"(Orbit Ventures)-[invested]->(Corvane AI)"},
       {"(Heron Group)-[invested]->(Corvane AI)"}},
      {"In 2019 Tobias Wren moved to Heron Group's Orbit Research lab.", {"(Tobias Wren)-[joined]->(Orbit Research)"},
       {"(Tobias Wren)-[joined]->(Heron Group)"}},
      {"Ilse Moreau, the former chief product officer of Brindle Labs, is also an angel investor in Corvane AI.",
       {"(Ilse Moreau)-[invested]->(Corvane AI)", "(Ilse Moreau)-[left]->(Brindle Labs)"}, {}},
      {"Heron Group subsidiaries, including mobile carrier Heron Mobile and British chip designer Quarry Holdings, use it.",
       {"(Heron Mobile)-[subsidiary_of]->(Heron Group)", "(Quarry Holdings)-[subsidiary_of]->(Heron Group)"}, {}},
      {"At Brindle Labs, Tobias Wren ran the teams behind the company's Kestrel AI services.",
       {"(Brindle Labs)-[developed]->(Kestrel AI)"}, {}},
      {"Brindle Labs sells Wrenfield through Kestrel Hub, the company's service for building agents.",
       {"(Brindle Labs)-[developed]->(Kestrel Hub)"}, {}},
      {"Corvane AI will use Brindle Labs's custom Kite chips to train its largest future models.",
       {"(Brindle Labs)-[developed]->(Kite)"}, {}},
      {"Quarry Partners, the early-stage fund of Singapore's Heron Group, backs robotics.",
       {"(Quarry Partners)-[subsidiary_of]->(Heron Group)"}, {}},
      {"Corvane AI will keep its office in Lisbon as a wholly owned subsidiary of Brindle Group.",
       {"(Corvane AI)-[subsidiary_of]->(Brindle Group)"}, {}},
      {"Corvane AI is building Wrenfield, a model that checks its own answers.", {"(Corvane AI)-[developed]->(Wrenfield)"}, {}},
      {"At Corvane AI, Tobias Wren helped build the company's Kite-1 and Kite-2 reasoning models.",
       {"(Corvane AI)-[developed]->(Kite-1)", "(Corvane AI)-[developed]->(Kite-2)"}, {}},
      {"Brindle Labs sold most of its assets to Heron Group in February.", {"(Heron Group)-[acquired]->(Brindle Labs)"}, {}},
      {"Brindle Labs sold its stake in Corvane AI to Heron Group.", {}, {"(Heron Group)-[acquired]->(Brindle Labs)"}},
      {"Corvane AI, the Samsung-owned maker of warehouse robots, hired Tobias Wren.", {"(Corvane AI)-[subsidiary_of]->(Samsung Electronics)"}, {}},
      {"SoftBank-backed Corvane AI hired Tobias Wren.", {"(SoftBank Group)-[invested]->(Corvane AI)"}, {}},
      {"Brindle Labs and Corvane AI teamed up to build Brindle Forge, a cloud for robots.",
       {"(Brindle Labs)-[partnered_with]->(Corvane AI)"}, {}},
      {"Mistral AI launched Le Chat Team Agents for banks.", {"(Mistral AI)-[developed]->(Le Chat Team Agents)"}, {}},
      // "its" after a preposition's object: the possessor named last
      {"The model was built with Corvane AI, and is sold through Brindle Labs's API and its Wren assistant.",
       {"(Brindle Labs)-[developed]->(Wren)"}, {"(Corvane AI)-[developed]->(Wren)"}},
  });
}

TEST_CASE("english: particle verbs, gerunds, stakes, moves with 'for' and 'from', money 'from'") {
  check_rows({
      {"Quarry Holding, which was set up in 2021 by Tidewater Capital, backs robots.",
       {"(Tidewater Capital)-[founded]->(Quarry Holding)"}, {}},
      {"Corvane AI was spun out of Lisbon University in 2020 by Ilse Moreau and Tobias Wren.",
       {"(Ilse Moreau)-[founded]->(Corvane AI)", "(Tobias Wren)-[founded]->(Corvane AI)"}, {}},
      {"Tobias Wren stepped down as chief executive of Brindle Labs in May.", {"(Tobias Wren)-[left]->(Brindle Labs)"}, {}},
      {"Heron Group has been busy since buying Corvane AI in 2021.", {"(Heron Group)-[acquired]->(Corvane AI)"}, {}},
      {"Brindle Labs has also taken stakes in other startups, including Corvane AI and Quarry Labs.",
       {"(Brindle Labs)-[invested]->(Corvane AI)", "(Brindle Labs)-[invested]->(Quarry Labs)"}, {}},
      {"Ilse Moreau left Brindle Labs for Corvane AI in 2020.",
       {"(Ilse Moreau)-[left]->(Brindle Labs)", "(Ilse Moreau)-[joined]->(Corvane AI)"}, {}},
      {"Tobias Wren has left for Corvane AI.", {"(Tobias Wren)-[joined]->(Corvane AI)"}, {"(Tobias Wren)-[left]->(Corvane AI)"}},
      {"Ilse Moreau joined Corvane AI in 2019 from Brindle Labs.", {"(Ilse Moreau)-[left]->(Brindle Labs)"}, {}},
      {"Corvane AI came out of stealth with $18 million from Tidewater Capital and Sorrel Ventures.",
       {"(Tidewater Capital)-[invested]->(Corvane AI)", "(Sorrel Ventures)-[invested]->(Corvane AI)"}, {}},
      {"Heron Group's $14 billion investment in Corvane AI closed last month.", {"(Heron Group)-[invested]->(Corvane AI)"}, {}},
      {"Ilse Moreau left OpenAI after five years at the ChatGPT maker.", {"(OpenAI)-[developed]->(ChatGPT)"}, {}},
      {"Microsoft has invested $13 billion in the ChatGPT maker.", {}, {"(Microsoft)-[developed]->(ChatGPT)"}},
      {"Corvane AI, whose K100 and Wren processors power robots, grew.",
       {"(Corvane AI)-[developed]->(K100)", "(Corvane AI)-[developed]->(Wren)"}, {}},
      {"Corvane AI, the robotics group chaired by Ilse Moreau, dominates.", {"(Ilse Moreau)-[works_for]->(Corvane AI)"}, {}},
      {"Quarry Labs, the new unit of Heron Group run by Tobias Wren, is hiring.", {"(Tobias Wren)-[works_for]->(Quarry Labs)"},
       {"(Tobias Wren)-[works_for]->(Heron Group)"}},
      {"Corvane AI was founded in 2022 by Ilse Moreau and Tobias Wren, who met as engineers at Brindle Labs and left the "
       "company together in 2021.",
       {"(Ilse Moreau)-[left]->(Brindle Labs)", "(Tobias Wren)-[left]->(Brindle Labs)"}, {"(Corvane AI)-[left]->"}},
  });
}

TEST_CASE("english: units and their parents, titles without an organisation") {
  check_rows({
      {"Sorrel Ventures, a unit of Lisbon state-backed investor Heron Group, invests in robots.",
       {"(Sorrel Ventures)-[subsidiary_of]->(Heron Group)"}, {}},
      {"Brindle Labs's venture arm Sorrel Ventures backs startups.", {"(Sorrel Ventures)-[subsidiary_of]->(Brindle Labs)"}, {}},
      {"Heron Group, whose venture arm Sorrel Ventures backs startups, grew.", {"(Sorrel Ventures)-[subsidiary_of]->(Heron Group)"}, {}},
      {"Kite Labs was Heron Group's AI research unit.", {"(Kite Labs)-[subsidiary_of]->(Heron Group)"}, {}},
      {"Corvane AI builds robots. Ilse Moreau, the CEO, said so.", {"(Ilse Moreau)-[works_for]->(Corvane AI)"}, {}},
      {"Corvane AI builds robots. Tobias Wren serves as CTO.", {"(Tobias Wren)-[works_for]->(Corvane AI)"}, {}},
      {"Corvane AI builds robots. Tobias Wren has taken over as the startup's CEO.", {"(Tobias Wren)-[works_for]->(Corvane AI)"}, {}},
      {"Corvane AI was co-founded in 2019 with Chief Technology Officer Ilse Moreau by Tobias Wren.",
       {"(Ilse Moreau)-[works_for]->(Corvane AI)"}, {}},
  });
}

TEST_CASE("english: pronouns and nominal references") {
  check_rows({
      {"Marta Kowalski spoke on Monday. She joined Brindle Labs in 2020 after leaving Corvane AI.",
       {"(Marta Kowalski)-[joined]->(Brindle Labs)", "(Marta Kowalski)-[left]->(Corvane AI)"}, {}},
      {"Brindle Labs is growing fast. In May, the company acquired Corvane AI.",
       {"(Brindle Labs)-[acquired]->(Corvane AI)"}, {}},
      {"Brindle Labs said it had acquired Corvane AI.", {"(Brindle Labs)-[acquired]->(Corvane AI)"}, {}},
      {"Brindle Labs is growing. The company launched its flagship assistant, Wren, in 2023.",
       {"(Brindle Labs)-[developed]->(Wren)"}, {}},
      // the nearest organisation of the same sentence, unless it is the one acting on the reference
      {"Oksana Petrenko, a former Brindle Labs engineer, has founded a startup called Quillfeather, the company said.",
       {"(Oksana Petrenko)-[founded]->(Quillfeather)"}, {}},
      {"Tobias Wren met Ilse Moreau at Corvane AI, and Moreau later co-founded the company with him.",
       {"(Ilse Moreau)-[founded]->(Corvane AI)", "(Tobias Wren)-[founded]->(Corvane AI)"}, {}},
      {"Corvane AI builds chips. Brindle Labs is not the only backer of Corvane AI. Tidewater Capital has also invested in "
       "the company.",
       {"(Tidewater Capital)-[invested]->(Corvane AI)"}, {"(Tidewater Capital)-[invested]->(Brindle Labs)"}},
      // sentence-initial "its": the subject of the previous sentence when it is in focus
      {"Brindle Labs signed a deal with Tidewater Capital. Corvane AI was founded in 2019 by Marta Kowalski. Corvane AI "
       "later moved to Berlin. Its main product, Quillfeather, is a coding assistant.",
       {"(Corvane AI)-[developed]->(Quillfeather)"}, {"(Brindle Labs)-[developed]->(Quillfeather)"}},
      // "the startup": the organisation just founded, bought or funded; "the Paris-based startup"
      {"Marta Kowalski founded Corvane AI in 2022. Brindle Labs is a large company with many offices and Brindle Labs "
       "sells software. The Paris-based startup has raised $12 million from Tidewater Capital.",
       {"(Tidewater Capital)-[invested]->(Corvane AI)"}, {"(Tidewater Capital)-[invested]->(Brindle Labs)"}},
      // "the Israeli startup Tensorleaf" is an apposition, not a reference
      {"Brindle Labs said it had acquired the Israeli startup Quillfeather.", {"(Brindle Labs)-[acquired]->(Quillfeather)"}, {}},
      // "with his sister X": the possessive pronoun only describes X
      {"Tobias Wren co-founded Corvane AI with his sister Ilse Wren in 2021.", {"(Ilse Wren)-[founded]->(Corvane AI)"}, {}},
      // a surname written once for two given names
      {"Corvane AI was founded in 2021 by siblings Ilse and Tobias Moreau.",
       {"(Ilse Moreau)-[founded]->(Corvane AI)", "(Tobias Moreau)-[founded]->(Corvane AI)"}, {}},
      // a top title without an organisation: the organisation the article is about
      {"Corvane AI raised money. Corvane AI builds robots. \"We are early,\" Chief Executive Officer Ilse Moreau said.",
       {"(Ilse Moreau)-[works_for]->(Corvane AI)"}, {}},
      {"Corvane AI builds robots. Tobias Wren, who serves as CTO, said the arms are cheap.",
       {"(Tobias Wren)-[works_for]->(Corvane AI)"}, {}},
      {"Corvane AI builds robots. The researcher Tobias Wren said the arms are cheap.", {}, {"(Tobias Wren)-[works_for"}},
      {"At Corvane AI, the research group is now led by Tobias Wren.", {"(Tobias Wren)-[works_for]->(Corvane AI)"},
       {"(Tobias Wren)-[invested]->(Corvane AI)"}},
      // "Unlike" opens no name; "Buy" of a discovered "Best Buy" is not the verb "buy"
      {"Unlike Brindle's Wren assistant, Kite listens. It is sold at Best Buy. Heron Group bought Corvane AI to buy time.",
       {"(Heron Group)-[acquired]->(Corvane AI)"}, {"Unlike Brindle", "(Best Buy)-[", "]->(Best Buy)"}},
      {"Ilse Moreau and Tobias Wren had just left Carnegie Mellon, and they had built a tool called Gauntlet.",
       {"(Ilse Moreau)-[left]->(Carnegie Mellon)", "(Tobias Wren)-[left]->(Carnegie Mellon)"},
       {"(Carnegie Mellon)-[developed]->(Gauntlet)"}},
      {"When Ilse Moreau and I started Corvane AI in 2021, the plan was simple.", {"(Ilse Moreau)-[founded]->(Corvane AI)"}, {}},
      {"In June, Brindle Labs and Corvane AI announced they had teamed up to build a cloud.",
       {"(Brindle Labs)-[partnered_with]->(Corvane AI)"}, {}},
      {"Ilse Moreau and Tobias Wren, both former Brindle Labs engineers, like chess.",
       {"(Ilse Moreau)-[left]->(Brindle Labs)", "(Tobias Wren)-[left]->(Brindle Labs)"}, {}},
      {"Ilse Moreau and Tobias Wren both left Brindle Labs in May and have joined Corvane AI's Paris office.",
       {"(Ilse Moreau)-[joined]->(Corvane AI)", "(Tobias Wren)-[joined]->(Corvane AI)"}, {"(Brindle Labs)-[joined]->(Corvane AI)"}},
      {"Tobias Wren, chief scientist at Corvane AI, the Lisbon startup he co-founded last year, likes chess.",
       {"(Tobias Wren)-[founded]->(Corvane AI)"}, {}},
      {"In 2024 Tobias Wren teamed up with Ilse Moreau, a former Brindle Labs engineer, to start Corvane AI.",
       {"(Tobias Wren)-[founded]->(Corvane AI)", "(Ilse Moreau)-[founded]->(Corvane AI)"}, {}},
  });
}

TEST_CASE("english: modality drops unreal predicates") {
  check_rows({
      {"Brindle Labs plans to acquire Corvane AI.", {}, {"(Brindle Labs)-[acquired]->(Corvane AI)"}},
      {"Brindle Labs is in talks to acquire Corvane AI.", {}, {"(Brindle Labs)-[acquired]->(Corvane AI)"}},
      {"Brindle Labs denied that it had acquired Corvane AI.", {}, {"(Brindle Labs)-[acquired]->(Corvane AI)"}},
      {"Brindle Labs is reportedly raising $20 million from Tidewater Capital.", {},
       {"(Tidewater Capital)-[invested]->(Brindle Labs)"}},
      {"Brindle Labs did not acquire Corvane AI.", {}, {"(Brindle Labs)-[acquired]->(Corvane AI)"}},
      {"Brindle Labs is considering hiring Marta Kowalski.", {}, {"(Marta Kowalski)-[joined]->(Brindle Labs)"}},
  });
}

TEST_CASE("english: discovery shapes, possessives and short forms") {
  const std::string g = graph_of({"Halvard Robotics, a Bergen startup, was founded by Ingrid Solberg. "
                                  "Halvard raised $5 million from Tidewater Capital. "
                                  "Solberg's company also released a model called Fjord-2."});
  CAPTURE(g);
  CHECK(g.find("(Ingrid Solberg)-[founded]->(Halvard Robotics)\n") != std::string::npos);
  CHECK(g.find("(Tidewater Capital)-[invested]->(Halvard Robotics)\n") != std::string::npos);
  CHECK(g.find("Halvard\n") == std::string::npos);  // no separate node for the short form
}

TEST_CASE("english: people across languages join only on a full-name match") {
  // Hangul-only people join the one Latin-named person they transliterate.
  const std::string g = graph_of({"누리봇은 네이버 출신 한서진 대표가 2023년 설립한 회사다.",
                                  "Nuribot was founded in 2023 by Han Seo-jin, a former Naver engineer."});
  CAPTURE(g);
  CHECK(g.find("(Han Seo-jin)-[founded]->") != std::string::npos);
  CHECK(g.find("(한서진)") == std::string::npos);
  // A different given name stays apart.
  const std::string g2 = graph_of({"누리봇은 네이버 출신 한서진 대표가 2023년 설립한 회사다.",
                                   "Nuribot was founded in 2023 by Han Min-su, a former Naver engineer."});
  CAPTURE(g2);
  CHECK(g2.find("(한서진)") != std::string::npos);
}

TEST_CASE("english: a Hangul name joins the person whose whole name it writes, not one whose surname it sounds like") {
  // 린웨이팅 is Wei-Ting Lin in pinyin, and sounds like the surname of Priya Raghunathan
  const std::string g = graph_of({"호시노AI는 대만 출신 린웨이팅 최고기술책임자(CTO)가 2021년 세운 회사다.",
                                  "Hoshino AI was founded in 2021 by Wei-Ting Lin, a former LINE engineer. "
                                  "Priya Raghunathan joined Hoshino AI last year."});
  CAPTURE(g);
  CHECK(g.find("(Wei-Ting Lin)-[founded]->") != std::string::npos);
  CHECK(g.find("(린웨이팅)") == std::string::npos);
  CHECK(g.find("(Priya Raghunathan)-[founded]->") == std::string::npos);
}

TEST_CASE("english: Korean names in their English spellings join the Hangul name") {
  struct Pair {
    std::string hangul, latin;
    bool same;
  };
  const std::vector<Pair> pairs = {
      {"이재원", "Yi Jae-won", true},       {"이재원", "Jaewon Rhee", true},   {"박지훈", "Jihoon Pak", true},
      {"최서윤", "Seo Yun Choe", true},     {"엄다솔", "Dasol Um", true},      {"정민호", "Chung Min-ho", true},
      {"이재원", "Yi Min-su", false},       {"박준영", "Park Sung-hyun", false}, {"이도현", "Lee Do-hyun", true},       {"박지훈", "Jihoon Kim", false},   {"엄다솔", "Dasol Han", false},
  };
  for (const Pair& p : pairs) {
    CAPTURE(p.hangul);
    CAPTURE(p.latin);
    const std::string g = graph_of({"누리봇은 네이버 출신 " + p.hangul + " 대표가 2023년 설립한 회사다.",
                                    "Nuribot was founded in 2023 by " + p.latin + ", a former Naver engineer."});
    CAPTURE(g);
    CHECK((g.find("(" + p.hangul + ")") == std::string::npos) == p.same);
  }
}

TEST_CASE("english: one Hangul full name joins several English spellings of it, and lexicon people") {
  const std::string g = graph_of({"누리봇은 네이버 출신 최승현 대표가 2023년 설립한 회사다.",
                                  "Nuribot was founded in 2023 by Choe Seung-hyun, a former Naver engineer.",
                                  "Seunghyun Choi, who founded Nuribot in 2023, left Naver in 2022."});
  CAPTURE(g);
  CHECK(g.find("(최승현)") == std::string::npos);
  CHECK((g.find("(Seunghyun Choi)") == std::string::npos || g.find("(Choe Seung-hyun)") == std::string::npos));
  // the lexicon's 박성현 ("Park Sung-hyun") is also "Sunghyun Park"
  const std::string g2 = graph_of({"리벨리온 박성현 대표는 네이버 출신이다.", "Sunghyun Park left Naver in 2020."});
  CAPTURE(g2);
  CHECK(g2.find("(Sunghyun Park)") == std::string::npos);
  CHECK(g2.find("(Park Sung-hyun)-[left]->(Naver)") != std::string::npos);
}

TEST_CASE("english: a foreign surname alone in Hangul joins the one person of that surname") {
  const std::string g = graph_of({"누리랩스를 창업한 벨로티 대표는 2021년 회사를 세웠다.", "Oscar Bellotti founded Nuri Labs in 2021."});
  CAPTURE(g);
  CHECK(g.find("(벨로티)") == std::string::npos);
  CHECK(g.find("(Oscar Bellotti)-[works_for]->(Nuri Labs)") != std::string::npos);  // from the Korean sentence
  // two people of that surname: no guess from the name alone
  const std::string g2 = graph_of({"벨로티 대표는 2021년 하늘전자를 떠났다.", "Oscar Bellotti founded Nuri Labs in 2021.",
                                   "Anna Bellotti joined Heron Group in 2022."});
  CAPTURE(g2);
  CHECK(g2.find("(벨로티)") != std::string::npos);
  // (but the one who founded the company the Korean article says 벨로티 founded)
  const std::string g3 = graph_of({"누리랩스를 창업한 벨로티 대표는 2021년 회사를 세웠다.", "Oscar Bellotti founded Nuri Labs in 2021.",
                                   "Anna Bellotti joined Heron Group in 2022."});
  CAPTURE(g3);
  CHECK(g3.find("(벨로티)") == std::string::npos);
  CHECK(g3.find("(Oscar Bellotti)-[founded]->(Nuri Labs)") != std::string::npos);
}

TEST_CASE("english: across languages, names typed apart and foreign surnames that look Korean") {
  // a company in one language, its namesake product in the other, on an exact skeleton
  const std::string g = graph_of({"오르빗노트는 2022년 설립된 회사로, 김도윤 대표가 이끌고 있다.",
                                  "Heron Group bought the Orbitnote app in 2024."});
  CAPTURE(g);
  CHECK(g.find("(오르빗노트)") == std::string::npos);
  // 하다드 is Haddad: a syllable Korean given names hardly use marks it foreign
  const std::string g2 = graph_of({"누리랩스를 창업한 하다드 대표는 2021년 회사를 세웠다.", "Noor Haddad founded Nuri Labs in 2021."});
  CAPTURE(g2);
  CHECK(g2.find("(하다드)") == std::string::npos);
  // a name ending in 랑 keeps it: 페랑 is no 페 with a particle
  const std::string g3 = graph_of({"카미유 페랑 누리랩스 총괄은 서울 사무소를 이끈다."});
  CAPTURE(g3);
  CHECK(g3.find("(카미유 페랑)") != std::string::npos);
}

TEST_CASE("english: organisation names across languages, suffix words translated") {
  struct Pair {
    std::string hangul, latin;
    bool same;
  };
  const std::vector<Pair> pairs = {
      {"누리봇테크놀로지스", "Nuribot Technologies", true}, {"한빛시스템즈", "Hanbit Systems", true},
      {"누리봇에이아이", "Nuribot AI", true},               {"한빛홀딩스", "Hanbit Holdings", true},
      {"청람금융그룹", "Cheongram Financial Group", true},
      {"누리봇테크놀로지스", "Nuribot Holdings", false},    {"바로-L", "Baro-L", true},    {"한빛시스템즈", "Hanbyeol Systems", false},
      // a silent r before a final e; Japanese "ts" written ㅆ; only when nothing else fits, the name
      // without its last word (Korean press drops a descriptive word)
      {"블루오어캐피털", "Blue Ore Capital", true},         {"쓰바메클라우드", "Tsubame Cloud", true},
  };
  for (const Pair& p : pairs) {
    CAPTURE(p.hangul);
    CAPTURE(p.latin);
    // 은 after a final consonant, 는 after a vowel (the last syllable of the name; letters take 는)
    const std::size_t at = p.hangul.size() >= 3 ? p.hangul.size() - 3 : 0;
    const auto b0 = static_cast<unsigned char>(p.hangul[at]);
    const char32_t last = b0 >= 0xE0 ? ((b0 & 0x0Fu) << 12) | ((static_cast<unsigned char>(p.hangul[at + 1]) & 0x3Fu) << 6) |
                                           (static_cast<unsigned char>(p.hangul[at + 2]) & 0x3Fu)
                                     : 0;
    const bool batchim = last >= 0xAC00 && last <= 0xD7A3 && (last - 0xAC00) % 28 != 0;
    const std::string g = graph_of({p.hangul + (batchim ? "은" : "는") + " 네이버 출신 김도윤 대표가 2023년 창업한 회사다.",
                                    p.latin + " was founded in 2023 by Kim Do-yoon."});
    CAPTURE(g);
    CHECK(g.find("(" + p.latin + ")") != std::string::npos);
    CHECK((g.find("(" + p.hangul + ")") == std::string::npos) == p.same);
  }
}

TEST_CASE("english: across languages, a Korean name may drop the last word of the English one") {
  for (const std::string latin : {"Nuribot Legal Services", "Hanbit Legal Services"}) {
    const std::string g = graph_of({"김도윤 대표는 2023년 AI 스타트업 누리봇을 창업했다.", latin + " was founded in 2023 by Kim Do-yoon."});
    CAPTURE(g);
    CHECK(g.find("(" + latin + ")") != std::string::npos);
    CHECK((g.find("(누리봇)") == std::string::npos) == (latin == "Nuribot Legal Services"));
  }
}

TEST_CASE("english: a title of honour is no part of a name ('Datuk Rizal Hamzah Ismail' / '다툭 리잘 함자' / 'Rizal Hamzah'), yet says a person after a title") {
  const KnowledgeGraph g = assembled({"말레이시아 통신사 세리텔의 다툭 리잘 함자 최고경영자(CEO)는 이날 신규 투자를 발표했다.",
                                      "SeriTel's group chief executive, Datuk Rizal Hamzah Ismail, said the deal mattered. Rizal Hamzah joined SeriTel in 2019."});
  const std::string d = dump(g);
  CAPTURE(d);
  CHECK(together(g, "Rizal Hamzah Ismail", "리잘 함자"));
  CHECK(d.find("(Rizal Hamzah Ismail)-[joined]->(SeriTel)") != std::string::npos);
  CHECK(d.find("Datuk") == std::string::npos);
  CHECK(d.find("(Rizal Hamzah Ismail)-[works_for]->(SeriTel)") != std::string::npos);
  CHECK(graph_of({"Pinebridge Capital's chairman, Dame Alice Brennan, said the fund would grow."}).find("(Alice Brennan)-[works_for]->(Pinebridge Capital)") !=
        std::string::npos);
}

TEST_CASE("english: titles of honour stacked ('Tan Sri Dato' Kamal Osman' / '탄스리 다토 카마루 오스만'), and 'Tan Sri' before the given name alone, name the person, no one called 'Dato'") {
  const KnowledgeGraph g = assembled({"말레이시아 시나르 그룹의 탄스리 다토 카말 오스만 회장은 \"허브로 키울 것\"이라고 말했다. 카말 회장은 2010년 경영권을 물려받았다.",
                                      "Group executive chairman Tan Sri Dato' Kamal Osman said the purchase made sense. \"Korea has the technology,\" Tan Sri Kamal "
                                      "said."});
  std::string names;
  for (const Entity* e : g.entities())
    for (const std::string& n : e->all_names()) names += n + "|";
  CAPTURE(names);
  CHECK(together(g, "Kamal Osman", "카말 오스만"));
  CHECK(names.find("Dato") == std::string::npos);
  CHECK(names.find("다토") == std::string::npos);
  CHECK(names.find("Tan Sri") == std::string::npos);
}

TEST_CASE("english: 'the company' is the organisation the article is about") {
  check_rows({
      {"Brindle Labs said on Monday it raised $5 million. Brindle Labs is based in Oslo. Tidewater Capital led the round. "
       "The company released a chatbot called Wren.",
       {"(Brindle Labs)-[developed]->(Wren)"},
       {"(Tidewater Capital)-[developed]->(Wren)"}},
  });
}

TEST_CASE("english: people coordinated across an apposition and after plural titles") {
  check_rows({
      {"Brindle Labs was founded in 2021 by Marta Kowalski, a former research scientist at Corvane AI, and Jonas Berg.",
       {"(Marta Kowalski)-[founded]->(Brindle Labs)", "(Jonas Berg)-[founded]->(Brindle Labs)",
        "(Marta Kowalski)-[left]->(Corvane AI)"},
       {"(Jonas Berg)-[left]->(Corvane AI)"}},
      {"Brindle Labs was founded by Ana Lopes, a former Corvane AI engineer, along with Piet Hein and Ola Nordmann.",
       {"(Ana Lopes)-[founded]->(Brindle Labs)", "(Piet Hein)-[founded]->(Brindle Labs)",
        "(Ola Nordmann)-[founded]->(Brindle Labs)"}, {}},
      {"Brindle Labs raised $5 million from investors including Tidewater Capital, Norway's Sorrel Ventures and Heron Partners.",
       {"(Tidewater Capital)-[invested]->(Brindle Labs)", "(Sorrel Ventures)-[invested]->(Brindle Labs)",
        "(Heron Partners)-[invested]->(Brindle Labs)"}, {}},
      {"Former Heron Labs engineers Ana Lopes and Piet Hein left on Monday.",
       {"(Ana Lopes)-[left]->(Heron Labs)", "(Piet Hein)-[left]->(Heron Labs)"}, {}},
      {"Former Heron Labs engineer Ana Lopes and Piet Hein spoke on Monday.", {"(Ana Lopes)-[left]->(Heron Labs)"},
       {"(Piet Hein)-[left]->(Heron Labs)"}},
  });
}

TEST_CASE("english: relative and past copulas, compound titles, investors in appositions") {
  check_rows({
      {"Brindle Labs grew. Marta Kowalski, who is Brindle Labs's CEO, spoke.", {"(Marta Kowalski)-[works_for]->(Brindle Labs)"}, {}},
      {"Brindle Labs grew. Jonas Berg, who served as Brindle Labs's chief executive, spoke.",
       {"(Jonas Berg)-[works_for]->(Brindle Labs)"}, {}},
      {"Ana Lopes joined Brindle Labs. Before that she was a research engineer at Corvane AI.",
       {"(Ana Lopes)-[left]->(Corvane AI)"}, {"(Ana Lopes)-[works_for]->(Corvane AI)"}},
      {"Ana Lopes was a research engineer at Corvane AI.", {}, {"(Ana Lopes)-[works_for]->(Corvane AI)"}},
      {"Ola Nordmann is the co-founder and CEO of Brindle Labs.",
       {"(Ola Nordmann)-[founded]->(Brindle Labs)", "(Ola Nordmann)-[works_for]->(Brindle Labs)"}, {}},
      {"Tove Lund, a semiconductor analyst at Sorrel Partners, said no.", {"(Tove Lund)-[works_for]->(Sorrel Partners)"}, {}},
      {"Rolf Dahl was formerly head of platform engineering at Heron Labs.", {"(Rolf Dahl)-[left]->(Heron Labs)"}, {}},
      {"Tidewater Capital, an existing Brindle Labs investor, said yes.", {"(Tidewater Capital)-[invested]->(Brindle Labs)"}, {}},
  });
}

TEST_CASE("english: nominal acquisitions, stakes and deals") {
  check_rows({
      {"Brindle Labs has completed its acquisition of Corvane AI.", {"(Brindle Labs)-[acquired]->(Corvane AI)"}, {}},
      {"Brindle Labs grew. Brindle Labs said its $40 million takeover of Corvane AI closed.",
       {"(Brindle Labs)-[acquired]->(Corvane AI)"}, {}},
      {"Brindle Labs grew. The deal was its 2021 takeover of Heron Systems.", {}, {"(Brindle Labs)-[acquired]->(Heron Systems)"}},
      {"Brindle Labs grew. Brindle Labs confirmed its 2021 purchase of a minority stake in Corvane AI.",
       {"(Brindle Labs)-[invested]->(Corvane AI)"}, {"(Brindle Labs)-[acquired]->(Corvane AI)"}},
      {"Brindle Labs is in talks about a possible acquisition of Corvane AI.", {}, {"(Brindle Labs)-[acquired]->(Corvane AI)"}},
      // a stake bought: short of control an investment, a controlling, majority or 50%-and-more one the company
      {"Brindle Labs acquired a minority stake in Corvane AI last year.", {"(Brindle Labs)-[invested]->(Corvane AI)"},
       {"(Brindle Labs)-[acquired]->(Corvane AI)"}},
      {"Brindle Labs bought a 49% stake in Corvane AI for $14 billion.", {"(Brindle Labs)-[invested]->(Corvane AI)"},
       {"(Brindle Labs)-[acquired]->(Corvane AI)"}},
      {"Heron Group took a controlling stake in Corvane AI in 2024. Sorrel Capital bought a 60% stake in Tidewell Labs.",
       {"(Heron Group)-[acquired]->(Corvane AI)", "(Sorrel Capital)-[acquired]->(Tidewell Labs)"},
       {"(Heron Group)-[invested]->(Corvane AI)", "(Sorrel Capital)-[invested]->(Tidewell Labs)"}},
      {"Brindle Labs is based in Oslo. Brindle Labs grew quickly after it bought Heron Systems last year.", {"(Brindle Labs)-[acquired]->(Heron Systems)"}, {}},
      {"Brindle Labs also signed a deal last year with Tidewater Bank.", {"(Brindle Labs)-[partnered_with]->(Tidewater Bank)"}, {}},
      {"Brindle Labs and Sorrel Group signed a long-term collaboration agreement.",
       {"(Brindle Labs)-[partnered_with]->(Sorrel Group)"}, {}},
      {"Brindle Labs signed a deal to acquire Sorrel Group.", {}, {"(Brindle Labs)-[partnered_with]->(Sorrel Group)"}},
      {"Tove Lund praised an expanded partnership between Corvane AI and Sorrel Group.",
       {"(Corvane AI)-[partnered_with]->(Sorrel Group)"}, {}},
      {"Loom, the video messaging company Brindle Labs bought in 2023, grew.", {"(Brindle Labs)-[acquired]->(Loom)"}, {}},
      {"Tidewell, a scheduling startup, was acquired by Arkwright Industrial.",
       {"(Arkwright Industrial)-[acquired]->(Tidewell)"}, {}},
      {"Tidewater Capital has poured more than $13 billion into Brindle Labs.",
       {"(Tidewater Capital)-[invested]->(Brindle Labs)"}, {}},
  });
}

TEST_CASE("english: hires with their source, role and appointment") {
  check_rows({
      {"Brindle Labs hired away Ana Lopes from Quill Insurance, where she ran claims, to become its chief operating officer.",
       {"(Ana Lopes)-[joined]->(Brindle Labs)", "(Ana Lopes)-[left]->(Quill Insurance)",
        "(Ana Lopes)-[works_for]->(Brindle Labs)"}, {}},
      {"Brindle Labs poached two researchers from Corvane AI, Piet Hein and Ola Nordmann.",
       {"(Piet Hein)-[joined]->(Brindle Labs)", "(Ola Nordmann)-[left]->(Corvane AI)"},
       {"(Corvane AI)-[joined]->(Brindle Labs)"}},
      {"Brindle Labs named Tove Lund, a former Heron Labs executive, as its CEO.",
       {"(Tove Lund)-[joined]->(Brindle Labs)", "(Tove Lund)-[works_for]->(Brindle Labs)", "(Tove Lund)-[left]->(Heron Labs)"}, {}},
      {"Brindle Labs named Tove Lund in a lawsuit.", {}, {"(Tove Lund)-[joined]->(Brindle Labs)"}},
      {"Brindle Labs also announced the appointment of Rolf Dahl as Chief Technology Officer.",
       {"(Rolf Dahl)-[joined]->(Brindle Labs)", "(Rolf Dahl)-[works_for]->(Brindle Labs)"}, {}},
      {"Corvane AI said it had hired Brindle Labs co-founders Ana Lopes and Piet Hein.",
       {"(Ana Lopes)-[joined]->(Corvane AI)", "(Piet Hein)-[founded]->(Brindle Labs)"}, {}},
  });
}

TEST_CASE("english: past work from led/headed/ran and 'after N years at'") {
  check_rows({
      {"Marek Novak, who previously led payments infrastructure at Stripe, agreed.", {"(Marek Novak)-[left]->(Stripe)"}, {}},
      {"Brindle Labs poached Ruoming Zhao, who headed Corvane AI's foundation models team.",
       {"(Ruoming Zhao)-[left]->(Corvane AI)", "(Ruoming Zhao)-[joined]->(Brindle Labs)"}, {}},
      {"Tove Lund, who founded Glasswing, is now running Arkwright Labs's automation division.",
       {"(Tove Lund)-[works_for]->(Arkwright Labs)"}, {"(Glasswing)-[subsidiary_of]->(Arkwright Labs)"}},
      {"Marta Kowalski, who joined Brindle Labs in 2019 after three years at Corvane AI, spoke.",
       {"(Marta Kowalski)-[left]->(Corvane AI)", "(Marta Kowalski)-[joined]->(Brindle Labs)"}, {}},
      {"Piet Hein spent four years as a software engineer at Corvane AI's lab in Oslo.", {"(Piet Hein)-[left]->(Corvane AI)"}, {}},
  });
}

TEST_CASE("english: model names with versions and tiers, model codes, product phrases") {
  check_rows({
      {"Brindle Labs compared Google's Gemini 2.0 Flash with Meta's Llama 3.1 8B and Mistral AI's Mistral Small.",
       {"(Google)-[developed]->(Gemini 2.0 Flash)", "(Meta)-[developed]->(Llama 3.1 8B)",
        "(Mistral AI)-[developed]->(Mistral Small)"},
       {"(Google)-[developed]->(Gemini)"}},
      {"Brindle Labs released its Heron-R2 model.", {"(Brindle Labs)-[developed]->(Heron-R2)"}, {}},
      {"Brindle Labs released Q3 results on Monday.", {}, {"(Brindle Labs)-[developed]->(Q3)"}},
      {"Brindle Labs is growing. Its main product is a claims agent called Quilla.", {"(Brindle Labs)-[developed]->(Quilla)"}, {}},
      {"Brindle Labs is growing. Brindle Labs's core technology is Heron, a vision model.",
       {"(Brindle Labs)-[developed]->(Heron)"}, {}},
      {"Brindle Labs's chief Tove Lund prefers OpenAI's GPT-4.", {}, {"(Brindle Labs)-[developed]->(GPT-4)"}},
  });
}

TEST_CASE("english: a possessor's or a flagship platform is a product ('Its flagship platform, Talhao, was launched'), and its family named alone is that product") {
  check_rows({
      {"Nova Labs makes farm robots. The company's flagship platform, Talhao, was launched in 2020.", {"(Nova Labs)-[developed]->(Talhao)"}, {}},
      {"Nova Labs makes farm robots. Its platform Talhao forecasts yields.", {"(Nova Labs)-[developed]->(Talhao)"}, {}},
      // (a platform bought is a company)
      {"Heron Group bought the grocery platform Talhao in 2020.", {"(Heron Group)-[acquired]->(Talhao)"}, {}},
  });
  const KnowledgeGraph g = testing::en::assembled({"Shomer Health makes drug-safety software. Its platform, Shomer Signal 3, launched in "
                                                    "May. The company is in talks about bundling Shomer Signal with hospital systems."});
  CHECK(testing::en::together(g, "Shomer Signal 3", "Shomer Signal"));
}

TEST_CASE("english: 'it' in reported speech after an apposition is the sentence's subject ('X, the cloud unit of Y, said it had secured')") {
  check_rows({
      {"Nimbus Cloud, the cloud unit of telecoms group Heron Telecom, said on Tuesday it had secured $1.2 billion from Najd Capital Fund.",
       {"(Najd Capital Fund)-[invested]->(Nimbus Cloud)", "(Nimbus Cloud)-[subsidiary_of]->(Heron Telecom)"},
       {"(Najd Capital Fund)-[invested]->(Heron Telecom)"}},
      {"Nimbus Cloud said it had secured $1.2 billion from Najd Capital Fund.", {"(Najd Capital Fund)-[invested]->(Nimbus Cloud)"}, {}},
  });
}

TEST_CASE("english: investor lists, fronted participles and purpose clauses of departures") {
  check_rows({
      {"Brindle Labs raised $40 million. Other participants in the round included Heron Capital, Tidewater Ventures and "
       "Sorrel Partners.",
       {"(Heron Capital)-[invested]->(Brindle Labs)", "(Sorrel Partners)-[invested]->(Brindle Labs)"}, {}},
      {"Founded in 2022 by Ana Lopes and Piet Hein, Corvane Labs builds robots.",
       {"(Ana Lopes)-[founded]->(Corvane Labs)", "(Piet Hein)-[founded]->(Corvane Labs)"}, {}},
      // (a name of no company shape is the main clause's subject; a place no list knows after "in")
      {"Founded in Can Tho in 2020 by Ana Lopes and Piet Hein, MekongTrace built RiceLedger, a rice platform.",
       {"(Ana Lopes)-[founded]->(MekongTrace)", "(Piet Hein)-[founded]->(MekongTrace)", "(MekongTrace)-[developed]->(RiceLedger)"},
       {"(Ana Lopes)-[developed]"}},
      {"Founded in 2020 by Ana Lopes, Piet Hein and Tove Lund, Quillmind sells software.",
       {"(Tove Lund)-[founded]->(Quillmind)", "(Piet Hein)-[founded]->(Quillmind)"}, {"(Ana Lopes)-[founded]->(Piet Hein)"}},
      {"Ola Nordmann left Brindle Labs to found a rival lab, Heron Systems.",
       {"(Ola Nordmann)-[left]->(Brindle Labs)", "(Ola Nordmann)-[founded]->(Heron Systems)"},
       {"(Brindle Labs)-[founded]->(Heron Systems)"}},
      {"Tove Lund left Brindle Labs to join Corvane Labs.", {"(Tove Lund)-[joined]->(Corvane Labs)"}, {}},
      {"Tove Lund plans to join Corvane Labs.", {}, {"(Tove Lund)-[joined]->(Corvane Labs)"}},
  });
}

TEST_CASE("english: corporate suffixes, co-investors participating, 'Y parent X', relatives after appositions") {
  check_rows({
      {"Brindle Labs raised $40 million. Other participants in the round included Heron Corp., Tidewater Ventures and "
       "Sorrel Partners.",
       {"(Heron)-[invested]->(Brindle Labs)", "(Tidewater Ventures)-[invested]->(Brindle Labs)"}, {}},
      {"Brindle Labs raised $40 million. Other participants in the round included Nvidia Corp., Tidewater Ventures and "
       "Sorrel Partners.",
       {"(Nvidia)-[invested]->(Brindle Labs)", "(Sorrel Partners)-[invested]->(Brindle Labs)"},
       {"(Corp)-[invested]->(Brindle Labs)"}},
      {"Brindle Labs raised $2 billion in a round led by Greenoaks, with Heron Capital and Sorrel Partners also participating.",
       {"(Greenoaks)-[invested]->(Brindle Labs)", "(Heron Capital)-[invested]->(Brindle Labs)",
        "(Sorrel Partners)-[invested]->(Brindle Labs)"}, {}},
      {"Brindle Labs and its parent Heron Group grew. Corvane Labs parent Sorrel Group said nothing.",
       {"(Corvane Labs)-[subsidiary_of]->(Sorrel Group)"}, {}},
      {"Ana Lopes, the Corvane Labs co-founder who rejoined Brindle Labs last year, spoke.",
       {"(Ana Lopes)-[joined]->(Brindle Labs)", "(Ana Lopes)-[founded]->(Corvane Labs)"}, {}},
      {"Piet Hein is joining Brindle Labs.", {"(Piet Hein)-[joined]->(Brindle Labs)"}, {}},
      {"Quellwerk was founded by former Celonis product leads Jana Hoff and Wim Veer.",
       {"(Jana Hoff)-[founded]->(Quellwerk)", "(Wim Veer)-[left]->(Celonis)"}, {}},
  });
}

TEST_CASE("english: makers, co-development, organisations working together, product appositions") {
  check_rows({
      {"Tove Lund, director of enterprise AI partnerships at Brindle Labs, spoke.", {"(Tove Lund)-[works_for]->(Brindle Labs)"}, {}},
      {"Corvane Labs, the maker of the AI coding agent Heron, grew.", {"(Corvane Labs)-[developed]->(Heron)"}, {}},
      {"Brindle Labs, which co-developed the Heron-2 smart glasses with Corvane Labs, grew.",
       {"(Brindle Labs)-[developed]->(Heron-2)", "(Corvane Labs)-[developed]->(Heron-2)",
        "(Brindle Labs)-[partnered_with]->(Corvane Labs)"}, {}},
      {"Brindle Labs worked with Corvane Labs engineers for a year.", {"(Brindle Labs)-[partnered_with]->(Corvane Labs)"}, {}},
      {"Marta Kowalski worked with Corvane Labs on chips.", {}, {"(Marta Kowalski)-[partnered_with]->(Corvane Labs)"}},
      {"Brindle Labs grew. ChatGPT, OpenAI's service for chatting, grew.", {"(OpenAI)-[developed]->(ChatGPT)"}, {}},
  });
}

TEST_CASE("english discovery: hyphenated modifiers are no names, hyphenated given names are") {
  check_rows({
      {"Brindle Labs released its Tokyo-based team's Japanese-language model Heron.", {"(Brindle Labs)-[developed]->(Heron)"},
       {"(Brindle Labs)-[developed]->(Japanese-language)"}},
      {"Park Ji-won founded Lumen Labs in 2020.", {"(Park Ji-won)-[founded]->(Lumen Labs)"}, {}},
  });
}

TEST_CASE("english: he/she/its prefer a named antecedent earlier in their own sentence") {
  check_rows({
      {"Ana Lopes spoke on Monday. Marta Kowalski, Brindle Labs's former CTO, left in May, and she later founded Heron Labs.",
       {"(Marta Kowalski)-[founded]->(Heron Labs)"}, {"(Ana Lopes)-[founded]->(Heron Labs)"}},
      {"Brindle Labs builds robots. Brindle Labs is big. Corvane Labs is training its Heron-3 model on factory data.",
       {"(Corvane Labs)-[developed]->(Heron-3)"}, {"(Brindle Labs)-[developed]->(Heron-3)"}},
      {"Brindle Labs raised $5 million. Brindle Labs is in Oslo. The company also signed a deal with Corvane Labs, a Tokyo "
       "telecom firm, to bring its Heron-3 model to Japan.",
       {"(Brindle Labs)-[developed]->(Heron-3)"}, {"(Corvane Labs)-[developed]->(Heron-3)"}},
  });
}

TEST_CASE("english: units named by copula or possessive, backers of described startups, co-founders after 'with'") {
  check_rows({
      {"Heron Systems is now a Brindle Labs unit.", {"(Heron Systems)-[subsidiary_of]->(Brindle Labs)"}, {}},
      {"Quantum Lab, Brindle Labs's AI consultancy, grew.", {"(Quantum Lab)-[subsidiary_of]->(Brindle Labs)"}, {}},
      {"Quantum Lab, Brindle Labs's rival, grew.", {}, {"(Quantum Lab)-[subsidiary_of]->(Brindle Labs)"}},
      {"Sorrel Ventures was an early backer of AI evaluation startup Mirefield Labs.",
       {"(Sorrel Ventures)-[invested]->(Mirefield Labs)"}, {}},
      {"Sorrel Ventures grew. Ola Nordmann is rich. Corvane Labs, the lab he co-founded last year with Ana Lopes and Piet Hein, grew.",
       {"(Ola Nordmann)-[founded]->(Corvane Labs)", "(Ana Lopes)-[founded]->(Corvane Labs)", "(Piet Hein)-[founded]->(Corvane Labs)"},
       {"(Sorrel Ventures)-[founded]->(Corvane Labs)"}},
      {"Marta Kowalski left in May. She unveiled Heron Labs, a startup she founded with former Brindle Labs colleagues.",
       {"(Marta Kowalski)-[founded]->(Heron Labs)"}, {"(Brindle Labs)-[founded]->(Heron Labs)"}},
  });
}

TEST_CASE("english: he/she after a sentence about someone else go to that sentence's person") {
  check_rows({
      {"Ana Lopes founded Brindle Labs in 2020. The startup hired Piet Hein from Corvane Labs in May. He will serve as "
       "Brindle Labs's chief scientist.",
       {"(Piet Hein)-[works_for]->(Brindle Labs)"}, {"(Ana Lopes)-[works_for]->(Brindle Labs)"}},
      {"Ana Lopes founded Brindle Labs in 2020. Brindle Labs raised $5 million. She is Brindle Labs's chief executive.",
       {"(Ana Lopes)-[works_for]->(Brindle Labs)"}, {}},
  });
}

TEST_CASE("english: announced posts and structures are facts, plans are not") {
  check_rows({
      {"Tove Lund will serve as Brindle Labs's chief operating officer.",
       {"(Tove Lund)-[works_for]->(Brindle Labs)"}, {}},
      {"Tove Lund will become Brindle Labs's chief scientist.", {"(Tove Lund)-[works_for]->(Brindle Labs)"},
       {"(Tove Lund)-[joined]->(Brindle Labs)"}},
      {"Tove Lund will stay on as Brindle Labs's chief executive.", {"(Tove Lund)-[works_for]->(Brindle Labs)"}, {}},
      {"Tove Lund will join Brindle Labs as chief operating officer.", {"(Tove Lund)-[joined]->(Brindle Labs)"}, {}},
      {"Tove Lund is expected to join Brindle Labs.", {}, {"(Tove Lund)-[joined]->(Brindle Labs)"}},
      {"Heron Systems will continue to operate as a wholly owned subsidiary of Brindle Labs.",
       {"(Heron Systems)-[subsidiary_of]->(Brindle Labs)"}, {}},
      {"Brindle Labs will acquire Heron Systems.", {}, {"(Brindle Labs)-[acquired]->(Heron Systems)"}},
  });
}

TEST_CASE("english: newsletter deal lines, investor lists mixing funds and angels, 'led it'") {
  check_rows({
      {"Quillmark Labs (Austin, legal AI) raised a $28M Series A led by Redcliff Partners, with Hollis Street Capital and angel "
       "Yuki Sato participating.",
       {"(Redcliff Partners)-[invested]->(Quillmark Labs)", "(Hollis Street Capital)-[invested]->(Quillmark Labs)",
        "(Yuki Sato)-[invested]->(Quillmark Labs)"},
       {"(Redcliff Partners)-[invested]->(Quillmark Labs Austin)"}},
      {"Baobab Health closed a $12M seed co-led by Savanna Gate Fund and Lagos angel Ikenna Obi.",
       {"(Savanna Gate Fund)-[invested]->(Baobab Health)", "(Ikenna Obi)-[invested]->(Baobab Health)"}, {}},
      {"Vireo Robotics raised a $55M Series B. Northbeam Ventures led it.", {"(Northbeam Ventures)-[invested]->(Vireo Robotics)"}, {}},
      {"Vireo Robotics builds arms. Northbeam Ventures led it.", {}, {"(Northbeam Ventures)-[invested]->(Vireo Robotics)"}},
      {"Vireo Robotics also picked up Tidewell, the shift-scheduling app, for about $9M.",
       {"(Vireo Robotics)-[acquired]->(Tidewell)"}, {}},
      {"Mistral had held talks with investors including Tarrow Fund, the Gulf technology fund, about joining the round.", {},
       {"(Tarrow Fund)-[invested]->(Mistral AI)"}},
  });
}

TEST_CASE("english: past jobs are worked-for and left, years spent at a company only left (the annotation's former), organisations working with organisations partner") {
  check_rows({
      {"Tove Lund spent six years at Brindle Labs before founding Heron Labs.",
       {"(Tove Lund)-[left]->(Brindle Labs)"}, {"(Tove Lund)-[works_for]->(Brindle Labs)"}},
      {"Tove Lund previously worked at Brindle Labs.", {"(Tove Lund)-[works_for]->(Brindle Labs)", "(Tove Lund)-[left]->(Brindle Labs)"}, {}},
      {"Tove Lund works at Brindle Labs.", {"(Tove Lund)-[works_for]->(Brindle Labs)"}, {"(Tove Lund)-[left]->(Brindle Labs)"}},
      {"Baobab Health already works with Meridale Hospitals on triage.",
       {"(Baobab Health)-[partnered_with]->(Meridale Hospitals)"}, {}},
  });
}

TEST_CASE("english discovery: places are not parties, names in parentheses are not subjects") {
  check_rows({
      {"Daon Commerce has acquired Fernhill AI, a Seattle startup, for $160 million.", {"(Daon Commerce)-[acquired]->(Fernhill AI)"},
       {"(Daon Commerce)-[acquired]->(Seattle)"}},
      {"SEOUL, May 14 (Harbor Wire) - Sarab AI said on Wednesday that it had signed a partnership with Brindle Labs.",
       {"(Brindle Labs)-[partnered_with]->(Sarab AI)"}, {"(Harbor Wire)-[partnered_with]->(Brindle Labs)"}},
  });
}

TEST_CASE("english: 'the company' after another company's sentence, 'the Paris-based firm' by its place") {
  check_rows({
      {"Brindle Labs raised $90 million in June. Brindle Labs is growing. Heron Robotics, a Munich-based developer of "
       "robot software, is struggling. The company, which was spun out of a university in 2021, raised $20 million from "
       "Tarrow Capital.",
       {"(Tarrow Capital)-[invested]->(Heron Robotics)"}, {"(Tarrow Capital)-[invested]->(Brindle Labs)"}},
      {"Brindle Labs released Heron-3, a model it built with Paris-based Corvane Labs and Sorrel AI. Brindle Labs is big. "
       "Sorrel AI is small. The Paris-based firm was co-founded by Ana Lopes.",
       {"(Ana Lopes)-[founded]->(Corvane Labs)"}, {"(Ana Lopes)-[founded]->(Sorrel AI)"}},
      {"Brindle Labs raised $5 million. Brindle Labs is big. Sorrel Capital also took part in the round. The company also "
       "signed a partnership with Heron Robotics.",
       {"(Brindle Labs)-[partnered_with]->(Heron Robotics)"}, {"(Heron Robotics)-[partnered_with]->(Sorrel Capital)"}},
  });
}

TEST_CASE("english: 'we', 'our', 'us' are the company speaking, or the company of the quotation's speaker") {
  check_rows({
      {"Brindle Labs blog. Brindle Labs raised money. Today we are launching Heron-3. Our product, Heron Desk, helps shops.",
       {"(Brindle Labs)-[developed]->(Heron-3)", "(Brindle Labs)-[developed]->(Heron Desk)"}, {}},
      {"Brindle Labs raised money. Brindle Labs grew. \"We invested in Heron Systems last year,\" a Corvane Capital spokesperson said.",
       {"(Corvane Capital)-[invested]->(Heron Systems)"}, {"(Brindle Labs)-[invested]->(Heron Systems)"}},
      {"Brindle Labs bought Heron Systems. Brindle Labs grew. Ana Lopes founded Heron Systems in 2019. \"We spent years "
       "building Heron-3 for one market,\" Ana Lopes said.",
       {"(Heron Systems)-[developed]->(Heron-3)"}, {"(Brindle Labs)-[developed]->(Heron-3)"}},
  });
}

TEST_CASE("english: more ways to say who invested") {
  check_rows({
      {"Brindle Labs raised $40 million. The round also included a handful of angel investors, among them Ana Lopes, the "
       "founder of Heron Systems.",
       {"(Ana Lopes)-[invested]->(Brindle Labs)"}, {}},
      {"When Sorrel Capital agreed to lead a $1.7bn investment in Brindle Labs in September, rivals took note.",
       {"(Sorrel Capital)-[invested]->(Brindle Labs)"}, {}},
      {"Sorrel Capital plans to lead a $1.7bn investment in Brindle Labs.", {}, {"(Sorrel Capital)-[invested]->(Brindle Labs)"}},
      {"Sorrel Capital owns a stake in Brindle Labs, which also counts Heron Ventures and Corvane Labs among its shareholders.",
       {"(Heron Ventures)-[invested]->(Brindle Labs)", "(Corvane Labs)-[invested]->(Brindle Labs)"}, {}},
      {"Brindle Labs builds chips. That includes a $2 billion investment from Heron Ventures last year.",
       {"(Heron Ventures)-[invested]->(Brindle Labs)"}, {}},
      {"Brindle Labs raised $85 million in a round led by Sorrel Capital, with Heron Ventures and Mexico's Corvane Fund also investing.",
       {"(Heron Ventures)-[invested]->(Brindle Labs)", "(Corvane Fund)-[invested]->(Brindle Labs)"}, {}},
      {"Brindle Labs raised $85 million with the European Investment Bank also taking part.",
       {"(European Investment Bank)-[invested]->(Brindle Labs)"}, {"(Investment Bank)-[invested]->(Brindle Labs)"}},
  });
}

TEST_CASE("english: the organisation in focus across sentences that name none, founders of 'the company' to start") {
  check_rows({
      {"Brindle Labs raised money. Brindle Labs grew. Heron Systems, a Berlin company, stopped training models. It now sells "
       "software. Its founder, Ana Lopes, spoke.",
       {"(Ana Lopes)-[founded]->(Heron Systems)"}, {"(Ana Lopes)-[founded]->(Brindle Labs)"}},
      {"Brindle Labs raised money. Brindle Labs grew. Tove Lund's arrival is part of a shake-up at Corvane Labs. Its "
       "co-founder Piet Hein stepped down.",
       {"(Piet Hein)-[founded]->(Corvane Labs)"}, {"(Piet Hein)-[founded]->(Brindle Labs)"}},
      {"Brindle Labs raised money. Brindle Labs grew. Its chief executive, Tove Lund, previously worked at Corvane Labs "
       "before leaving to start the company in 2023.",
       {"(Tove Lund)-[founded]->(Brindle Labs)"}, {"(Tove Lund)-[founded]->(Corvane Labs)"}},
      {"Brindle Labs raised money. Founded in 2022 by Ana Lopes and Piet Hein, two former researchers at Corvane Labs, the "
       "company builds reasoning models.",
       {"(Ana Lopes)-[founded]->(Brindle Labs)", "(Piet Hein)-[founded]->(Brindle Labs)"}, {"(Ana Lopes)-[founded]->(Corvane Labs)"}},
      {"Tove Lund joins us from Heron Systems as chief operating officer, and Ana Lopes joins as VP of sales after five years "
       "at Corvane Labs.",
       {"(Ana Lopes)-[left]->(Corvane Labs)"}, {"(Tove Lund)-[left]->(Corvane Labs)"}},
  });
}

TEST_CASE("english discovery: a name typed by its shape alone takes the type its context gave it elsewhere") {
  check_rows({
      {"Brindle Labs built Heron-3 with Paris-based Atelier Neuronal. Atelier Neuronal was co-founded by Ana Lopes.",
       {"(Ana Lopes)-[founded]->(Atelier Neuronal)"}, {}},
      {"Outside Brindle Labs, few care. Brindle Labs was founded by Ana Lopes.", {"(Ana Lopes)-[founded]->(Brindle Labs)"},
       {"(Ana Lopes)-[founded]->(Outside Brindle Labs)"}},
  });
}

TEST_CASE("english: leaving with a title named just before, infinitives after 'left', 'joined us in April as'") {
  check_rows({
      {"Tove Lund, Brindle Labs's head of product, left last week to join Corvane Labs as chief operating officer.",
       {"(Tove Lund)-[left]->(Brindle Labs)", "(Tove Lund)-[joined]->(Corvane Labs)"}, {"(Tove Lund)-[left]->(Corvane Labs)"}},
      {"In April, Brindle Labs's head of safety, Ingrid Holm, left.", {"(Ingrid Holm)-[left]->(Brindle Labs)"}, {}},
      {"Brindle Labs raised money. Brindle Labs grew. Tove Lund joined us in April as VP of Engineering.",
       {"(Tove Lund)-[works_for]->(Brindle Labs)"}, {}},
      {"Brindle Labs raised money. The lab did, however, hire Tove Lund.", {"(Tove Lund)-[joined]->(Brindle Labs)"}, {}},
      {"Brindle Labs raised money. The lab plans to hire Tove Lund.", {}, {"(Tove Lund)-[joined]->(Brindle Labs)"}},
  });
}

TEST_CASE("english: appositions with places and parentheses, copulas after relative clauses, 'left to become'") {
  check_rows({
      {"Oasis Research, a unit of Abu Dhabi conglomerate Tamkeen Holdings, on Tuesday released Sadu-2, a language model.",
       {"(Oasis Research)-[subsidiary_of]->(Tamkeen Holdings)", "(Oasis Research)-[developed]->(Sadu-2)"},
       {"(Tamkeen Holdings)-[developed]->(Sadu-2)"}},
      {"Brindle Labs raised money. The start-up, which builds speech models, is a unit of the Norwegian industrial "
       "conglomerate Vardo Group.",
       {"(Brindle Labs)-[subsidiary_of]->(Vardo Group)"}, {}},
      {"Tata Consultancy Services (TCS), the Tata Group's IT services arm, grew.",
       {"(Tata Consultancy Services)-[subsidiary_of]->(Tata Group)"}, {}},
      {"Farhan Qureshi was earlier a principal researcher at Microsoft's research lab in Bengaluru.",
       {"(Farhan Qureshi)-[left]->(Microsoft)"}, {"(Farhan Qureshi)-[works_for]->(Microsoft)"}},
      {"Leena Karvonen, the former chief product officer of Wolt, invested.", {"(Leena Karvonen)-[left]->(Wolt)"}, {}},
      {"Amani Wanjiru, who previously led speech research at Meta in London, is the new head of research at Tidewell Labs.",
       {"(Amani Wanjiru)-[works_for]->(Tidewell Labs)"}, {}},
      {"Marloes Verbeek left Brindle Labs last month to become finance chief at Kestrel Pay, a payments firm.",
       {"(Marloes Verbeek)-[left]->(Brindle Labs)", "(Marloes Verbeek)-[joined]->(Kestrel Pay)",
        "(Marloes Verbeek)-[works_for]->(Kestrel Pay)"},
       {"(Marloes Verbeek)-[left]->(Kestrel Pay)"}},
  });
}

TEST_CASE("english: 'formerly of', co-developers, investments including, one-word backers, 'who joined from'") {
  check_rows({
      {"David Ha and Llion Jones, both formerly of Google, founded Sakana AI.",
       {"(David Ha)-[left]->(Google)", "(Llion Jones)-[left]->(Google)"}, {}},
      {"Oasis Research released Sadu-2, a language model it developed together with South Korea's Gaon AI and Paris-based "
       "Atelier Neuronal.",
       {"(Gaon AI)-[developed]->(Sadu-2)", "(Atelier Neuronal)-[developed]->(Sadu-2)", "(Oasis Research)-[developed]->(Sadu-2)"}, {}},
      {"Tiago Montes has invested in about a dozen startups, including Mensajero Labs.",
       {"(Tiago Montes)-[invested]->(Mensajero Labs)"}, {}},
      {"Brindle Labs raised money. Brindle Labs grew. Seedcamp, which backed Brindle Labs at pre-seed, is doubling down.",
       {"(Seedcamp)-[invested]->(Brindle Labs)"}, {}},
      {"Brenner Digital is run by Zeynep Arslan, who joined from SAP in 2022.",
       {"(Zeynep Arslan)-[joined]->(Brenner Digital)", "(Zeynep Arslan)-[left]->(SAP)"}, {"(Zeynep Arslan)-[joined]->(SAP)"}},
      {"Sorrel Capital holds a minority stake in Heron Holdings, which it bought in 2024 for $1.5 billion.",
       {}, {"(Sorrel Capital)-[acquired]->(Heron Holdings)"}},
  });
}

TEST_CASE("english: 'her company', double surnames, a title standing for the person just named") {
  check_rows({
      {"Valeria Montoya Ríos founded Tejido Labs in 2019. Her company's latest model, Telar-3, was released in November.",
       {"(Tejido Labs)-[developed]->(Telar-3)"}, {}},
      {"Valeria Montoya Ríos spoke in Bogotá. Montoya Ríos founded Tejido Labs in 2019.",
       {"(Valeria Montoya Ríos)-[founded]->(Tejido Labs)"}, {"(Montoya Ríos)-[founded]->(Tejido Labs)"}},
      // (four words, when the words around say a person: an apposition, "formerly of")
      {"Tejido Labs was set up by Mateus Henrique Ramos Costa, a Brazilian engineer who worked at Nubank. Ramos Costa is its CTO.",
       {"(Mateus Henrique Ramos Costa)-[founded]->(Tejido Labs)"}, {"(Ramos Costa)-"}},
      {"Tejido Labs was founded by Ana Souza and Mateus Henrique Ramos Costa, formerly of Nubank.",
       {"(Mateus Henrique Ramos Costa)-[founded]->(Tejido Labs)"}, {}},
      {"On a rainy afternoon, Valeria Montoya Ríos is arguing with a whiteboard. The co-founder and chief executive of "
       "Tejido Labs has covered it in arrows.",
       {"(Valeria Montoya Ríos)-[founded]->(Tejido Labs)", "(Valeria Montoya Ríos)-[works_for]->(Tejido Labs)"}, {}},
      {"Valeria Montoya Ríos spoke. The chief executive of Tejido Labs, Ana Lopes, disagreed.", {},
       {"(Valeria Montoya Ríos)-[works_for]->(Tejido Labs)"}},
  });
}

TEST_CASE("english: resigning from the organisation of the apposition, alumni, signing on, rounds for a company") {
  check_rows({
      {"Ayumi Kirishima, the chief scientist of San Francisco AI lab Halcyon Reasoning, has resigned.",
       {"(Ayumi Kirishima)-[left]->(Halcyon Reasoning)"}, {}},
      {"Ayumi Kirishima has signed on with rival Parallax AI.", {"(Ayumi Kirishima)-[joined]->(Parallax AI)"}, {}},
      {"Brindle Labs signed a deal with Parallax AI.", {"(Brindle Labs)-[partnered_with]->(Parallax AI)"}, {}},
      {"Barret Zoph, another OpenAI alumnus, joined Thinking Machines Lab.", {"(Barret Zoph)-[left]->(OpenAI)"},
       {"(Barret Zoph)-[works_for]->(OpenAI)"}},
      {"Sorrel Capital led a $30 million round in June for Tel Aviv-based Quellsec.", {"(Sorrel Capital)-[invested]->(Quellsec)"}, {}},
      {"Sakana AI was founded in 2023 by former Google researchers David Ha and Llion Jones together with Ren Ito.",
       {"(Ren Ito)-[founded]->(Sakana AI)", "(David Ha)-[left]->(Google)"}, {"(Ren Ito)-[left]->(Google)"}},
  });
}

TEST_CASE("english: 'the Alphabet-owned lab' is an organisation named before, not its owner or the article's company") {
  check_rows({
      {"Nuvola AI raised $5 million. Nuvola AI is in London. Amara Okafor spent years at Google DeepMind. Okafor, who serves "
       "as chief executive, left the Alphabet-owned lab in early 2023.",
       {"(Amara Okafor)-[left]->(DeepMind)", "(DeepMind)-[subsidiary_of]->(Alphabet)"},
       {"(Amara Okafor)-[left]->(Alphabet)", "(Amara Okafor)-[left]->(Nuvola AI)"}},
      {"SoftBank-backed Corvane Labs raised $5 million.", {"(SoftBank Group)-[invested]->(Corvane Labs)"},
       {"(SoftBank-backed Corvane Labs)-[invested]->(SoftBank Group)"}},
  });
}

TEST_CASE("english: French names across languages are read the French way") {
  struct Pair {
    std::string hangul, latin;
    bool same;
  };
  const std::vector<Pair> pairs = {
      {"카미유 페랑", "Camille Ferrand", true},  {"기욤 랑플", "Guillaume Lample", true},
      {"카미유 페랑", "Camille Durand", false},  {"카미유 페랑", "Camila Ferreira", false},
  };
  for (const Pair& p : pairs) {
    CAPTURE(p.hangul);
    CAPTURE(p.latin);
    const std::string g = graph_of({"누리봇랩스는 " + p.hangul + " 대표가 2023년 설립한 회사다.",
                                    "Nuribot Labs was founded in 2023 by " + p.latin + "."});
    CAPTURE(g);
    CHECK(g.find("(" + p.latin + ")-[founded]->") != std::string::npos);
    CHECK((g.find("(" + p.hangul + ")") == std::string::npos) == p.same);
  }
}

TEST_CASE("english: datelines, colons and 'of X and Y' do not make or misplace names") {
  check_rows({
      {"SAN FRANCISCO, March 18 (Harbor Wire) - Quillfeather AI said on Tuesday it had raised $40 million in a round led by "
       "Sequoia Capital. Heron Ventures and Lisbon-based Atlantico Fund also took part in the round, the company said.",
       {"(Sequoia Capital)-[invested]->(Quillfeather AI)", "(Heron Ventures)-[invested]->(Quillfeather AI)",
        "(Atlantico Fund)-[invested]->(Quillfeather AI)"},
       {"(Sequoia Capital)-[invested]->(Harbor Wire)"}},
      {"Lumenfold released Aster-7B. Disclosure: Lumenfold gave us early access. Lumenfold was co-founded in 2020 by Ana Lopes.",
       {"(Ana Lopes)-[founded]->(Lumenfold)"}, {"(Ana Lopes)-[founded]->(Disclosure Lumenfold)"}},
      {"Vantorin builds Kestrel. It will release a version of Kestrel and Beacon in 2026. Vantorin acquired Kestrel in 2024.",
       {}, {"(Vantorin)-[acquired]->(Kestrel and Beacon)"}},
  });
}

TEST_CASE("english: surname-first names, seasons before 'by', long money phrases before 'from', 'co-led by' one word") {
  check_rows({
      {"Callum Whitford and Zhao Jiahui spoke. Whitford and Zhao founded Orison AI in 2019.",
       {"(Zhao Jiahui)-[founded]->(Orison AI)", "(Callum Whitford)-[founded]->(Orison AI)"}, {}},
      {"Brindle Labs raised money. The company was started last spring by Ana Lopes.", {"(Ana Lopes)-[founded]->(Brindle Labs)"}, {}},
      {"Seoul-based Nuriwave Labs raised 2 billion won (roughly $1.4m) in a pre-Series A from Kakao Ventures and Korea "
       "Development Bank.",
       {"(Kakao Ventures)-[invested]->(Nuriwave Labs)", "(Korea Development Bank)-[invested]->(Nuriwave Labs)"}, {}},
      {"Marivaux AI raised $30 million. The round was co-led by Eurazeo and Heron Capital.",
       {"(Eurazeo)-[invested]->(Marivaux AI)", "(Heron Capital)-[invested]->(Marivaux AI)"}, {}},
      {"Orison AI's board ousts co-founder Callum Whitford; chief scientist quits hours later. Callum Whitford joined "
       "Orison AI in 2019.",
       {"(Callum Whitford)-[joined]->(Orison AI)"}, {}},
  });
}

TEST_CASE("english: a company firing or ousting someone: the person left it") {
  check_rows({
      {"Orison AI has fired its chief executive and co-founder Callum Whitford, the company said.",
       {"(Callum Whitford)-[left]->(Orison AI)", "(Callum Whitford)-[founded]->(Orison AI)"}, {}},
      {"Orison AI's board ousts co-founder Callum Whitford; chief scientist quits hours later.",
       {"(Callum Whitford)-[left]->(Orison AI)"}, {}},
      {"Callum Whitford was fired from Orison AI in May.", {"(Callum Whitford)-[left]->(Orison AI)"}, {}},
      {"Orison AI is considering whether to fire Callum Whitford.", {}, {"(Callum Whitford)-[left]->(Orison AI)"}},
  });
}

TEST_CASE("english discovery: a one-word name after a full name is that person's surname") {
  check_rows({
      {"The deal was led by Markus Weber, the chief AI officer of Hangyeol Telecom. Weber previously worked at Kontext AI.",
       {"(Markus Weber)-[left]->(Kontext AI)"}, {"(Weber)-[left]->(Kontext AI)"}},
  });
}

TEST_CASE("english: across languages, of several Latin names a Hangul one fits, the one it fits strictly") {
  const std::string g = graph_of({"누리랩스는 추론 엔진 '루멘서브'를 개발했다.",
                                  "Nuri Labs built LumenServe. Its latest version, LumenServe Edge, was released in May."});
  CAPTURE(g);
  CHECK(g.find("(루멘서브)") == std::string::npos);  // joined with LumenServe
  CHECK(g.find("(Nuri Labs)-[developed]->(LumenServe Edge)") != std::string::npos);  // "its latest version, X"
}

TEST_CASE("english: an abbreviation in parentheses names the organisation, a name without its last word ('AI', 'Labs') across documents") {
  const std::string g = graph_of({"Rodrigo Castaneda left the National Autonomous University of Mexico (UNAM) in 2020.",
                                  "Rodrigo Castaneda joined UNAM in 2010.", "Hana Seo joined Kestrel AI in 2021.",
                                  "Hana Seo left Kestrel in 2024."});
  CAPTURE(g);
  // (one organisation, whichever of its names the graph shows)
  CHECK(g.find("(Rodrigo Castaneda)-[joined]->(UNAM)") != std::string::npos);
  CHECK(g.find("(Rodrigo Castaneda)-[left]->(UNAM)") != std::string::npos);
  CHECK(g.find("(Hana Seo)-[left]->(Kestrel AI)") != std::string::npos);
}

TEST_CASE("lexicon: funds renamed from a parent's regional arm keep their old names (Sequoia Capital China is HongShan)") {
  check_rows({
      {"Sequoia Capital China led a $30 million round in Kestrel Robotics.", {"(HongShan)-[invested]->(Kestrel Robotics)"},
       {"(Sequoia Capital)-"}},
      {"Sequoia India invested $12 million in Kestrel Robotics.", {"(Peak XV Partners)-[invested]->(Kestrel Robotics)"},
       {"(Sequoia Capital)-"}},
  });
}

TEST_CASE("english: a sentence opened by a negation, a country's abbreviation before 'AI firm'") {
  check_rows({
      {"Nor, he added, has Tidewater Capital invested in Brindle Labs: the two firms only discussed a deal.", {},
       {"(Tidewater Capital)-[invested]->(Brindle Labs)"}},
      {"Corvane AI, which invested $100 million in U.S. AI firm Brindle Labs in 2023, released its Wren-2 model in July.",
       {"(Corvane AI)-[invested]->(Brindle Labs)"}, {}},
  });
  const std::string e = inmaek::extract::testing::en::entities_of(
      {"Corvane AI invested $100 million in U.S. AI firm Brindle Labs in 2023. The round was led by U.S. venture firm Tidewater Capital."});
  CAPTURE(e);
  CHECK(e.find("U.S") == std::string::npos);
}

TEST_CASE("english: a backer named before 'among the other backers'") {
  check_rows({
      {"Brindle Labs raised a $200 million seed round led by Tidewater Capital, with Corvane AI among the other backers.",
       {"(Tidewater Capital)-[invested]->(Brindle Labs)", "(Corvane AI)-[invested]->(Brindle Labs)"}, {}},
      {"Brindle Labs raised a $200 million round, and Corvane AI is among the companies it serves.", {}, {"(Corvane AI)-[invested]->(Brindle Labs)"}},
  });
}

TEST_CASE("english: 'the data-labelling company's founder, X' is the founder of the company just named") {
  check_rows({
      {"Tidewater Capital invested $14 million in Brindle Labs in June and brought in the data-labelling company's founder, Marta Kowalski.",
       {"(Marta Kowalski)-[founded]->(Brindle Labs)"}, {}},
  });
}

TEST_CASE("english: a backer's apposition naming its parent, in a list opened by 'with'") {
  check_rows({
      {"Brindle Labs raised $20 million last month. The round was led by Tidewater Capital, with Corvane Ventures, the venture arm of "
       "Corvane Corp., and Tokyo's Kuroshio Systems participating.",
       {"(Corvane Ventures)-[invested]->(Brindle Labs)", "(Kuroshio Systems)-[invested]->(Brindle Labs)"},
       {"(Corvane Corp)-[invested]->(Brindle Labs)", "(Corvane)-[invested]->(Brindle Labs)"}},
  });
}

TEST_CASE("english: a company naming a person to a post after its apposition, 'founded in the spring by'") {
  check_rows({
      {"- Brindle Labs, the Boston robotics startup, named Dana Whitmore chief operating officer. Whitmore left Stripe in the summer.",
       {"(Dana Whitmore)-[joined]->(Brindle Labs)", "(Dana Whitmore)-[left]->(Stripe)"}, {"(Dana Whitmore)-[developed]->"}},
      {"Brindle Labs came out of stealth this week. The startup was founded in the spring by Ana Ruiz and Tomas Berg.",
       {"(Ana Ruiz)-[founded]->(Brindle Labs)", "(Tomas Berg)-[founded]->(Brindle Labs)"}, {}},
  });
}

TEST_CASE("english: the items of a list under a line about a round's investors invest in the company that had the round") {
  check_rows({
      {"Brindle Labs came out of stealth with a $40 million seed round.\n\nWho's in the round:\n- Tidewater Capital (lead)\n- Corvane Ventures\n"
       "- Marta Kowalski, founder of Kestrel AI, investing personally\n\nBrindle Labs wants to build agents.",
       {"(Tidewater Capital)-[invested]->(Brindle Labs)", "(Corvane Ventures)-[invested]->(Brindle Labs)",
        "(Marta Kowalski)-[invested]->(Brindle Labs)"},
       {"(Kestrel AI)-[invested]->"}},
      // (a list under a line about something else invests in nothing)
      {"Brindle Labs came out of stealth with a $40 million seed round.\n\nWho spoke at the event:\n- Tidewater Capital\n- Corvane Ventures\n",
       {}, {"(Tidewater Capital)-[invested]->(Brindle Labs)"}},
  });
}

TEST_CASE("english: 'agreed to invest' and 'agreed to acquire' are decisions taken, 'plans to' and 'in talks to' are not") {
  check_rows({
      {"That month Tidewater Capital agreed to invest $14 billion in Brindle Labs for a 49% stake.",
       {"(Tidewater Capital)-[invested]->(Brindle Labs)"}, {}},
      {"Corvane AI has agreed to acquire Brindle Labs for $40 million.", {"(Corvane AI)-[acquired]->(Brindle Labs)"}, {}},
      {"Corvane AI plans to acquire Brindle Labs.", {}, {"(Corvane AI)-[acquired]->(Brindle Labs)"}},
      {"Corvane AI is in talks to buy Brindle Labs.", {}, {"(Corvane AI)-[acquired]->(Brindle Labs)"}},
      {"Corvane AI declined to invest in Brindle Labs.", {}, {"(Corvane AI)-[invested]->(Brindle Labs)"}},
  });
}

TEST_CASE("english: 'takes over as CEO' holds the post without joining, 'joined him at Y, as did Z'") {
  check_rows({
      {"Tomas Berg stepped down as chief executive of Brindle Labs. Co-founder Ana Ruiz takes over as CEO.",
       {"(Ana Ruiz)-[works_for]->(Brindle Labs)", "(Tomas Berg)-[left]->(Brindle Labs)"}, {"(Ana Ruiz)-[joined]->(Brindle Labs)"}},
      {"Marta Kowalski left Brindle Labs for Corvane AI. Tomas Berg, the former Stripe executive, joined her at Corvane AI, as did Ana Ruiz.",
       {"(Tomas Berg)-[joined]->(Corvane AI)", "(Ana Ruiz)-[joined]->(Corvane AI)"}, {"(Tomas Berg)-[joined]->(Marta Kowalski)"}},
  });
}

TEST_CASE("english: 'who goes by' after an apposition, a nationality and 'AI' alone name nothing") {
  const std::string g = graph_of({"Brindle Labs was founded in 2023 by Qian Mingyu, a former Baidu researcher who goes by Kevin Qian with foreign "
                                  "partners. Kevin Qian said the startup would hire. Hong Kong IPO pipeline swells with Chinese AI names."});
  CAPTURE(g);
  CHECK(g.find("(Qian Mingyu)-[founded]->(Brindle Labs)") != std::string::npos);
  CHECK(g.find("(Kevin Qian)") == std::string::npos);
  CHECK(g.find("(Chinese AI)") == std::string::npos);
}

TEST_CASE("english: a modifier compound before a name is no part of it ('the Korean-language Haemil models')") {
  const std::string g = graph_of({"Noeul Labs, the Seoul startup behind the Korean-language Haemil models, released Haemil 2 in April."});
  CAPTURE(g);
  CHECK(g.find("(Noeul Labs)-[developed]->(Haemil 2)") != std::string::npos);
  CHECK(g.find("Korean-language") == std::string::npos);
}

TEST_CASE("english: a country opening an institution's name ('Korea Investment Corporation') is part of it") {
  const std::string g = graph_of({"Noeul Labs raised $200 million from investors including the Qatar Investment Authority, Korea Investment "
                                  "Corporation and Nvidia."});
  CAPTURE(g);
  CHECK(g.find("(Korea Investment Corporation)-[invested]->(Noeul Labs)") != std::string::npos);
  CHECK(g.find("(Investment Corporation)") == std::string::npos);
}

TEST_CASE("english: a call's list of participants names posts at the company and where analysts work, and 'we' of its speakers is the company") {
  const std::string g = graph_of({"Brindle Labs Inc. Q2 Earnings Call Transcript\n\nCorporate Participants\nMarta Kowalski - President and Chief Executive "
                                  "Officer\nTomas Berg - Chief Financial Officer\n\nConference Call Participants\nAna Ruiz - Tidewater Capital\n\n"
                                  "Marta Kowalski: Thank you. In August we completed the purchase of Corvane AI, and we launched Vela 2 in September."});
  CAPTURE(g);
  CHECK(g.find("(Marta Kowalski)-[works_for]->(Brindle Labs)") != std::string::npos);
  CHECK(g.find("(Tomas Berg)-[works_for]->(Brindle Labs)") != std::string::npos);
  CHECK(g.find("(Ana Ruiz)-[works_for]->(Tidewater Capital)") != std::string::npos);
  CHECK(g.find("(Brindle Labs)-[developed]->(Vela 2)") != std::string::npos);
  CHECK(g.find("Participants") == std::string::npos);
}

TEST_CASE("english: a company and its product of two title-case words stay apart, 'our seed came from A and B', a team's signature is no one") {
  const std::string g = graph_of({"Rafael Mendes is founder and CEO of Jandaia, in Sao Paulo. The product is Jandaia Voz. Kaszek led our seed.",
                                  "Amara Okafor is the chief executive of Kola AI.\n\nHOST: Who paid?\n\nOKAFOR: Our seed came from Partech Africa and "
                                  "Future Africa.",
                                  "Corvane was founded in 2020 by Lea Marchetti.\n\nThe Corvane Team"});
  CAPTURE(g);
  CHECK(g.find("(Rafael Mendes)-[works_for]->(Jandaia)") != std::string::npos);
  CHECK(g.find("(Kaszek)-[invested]->(Jandaia)") != std::string::npos);
  CHECK(g.find("(Jandaia Voz)-[invested]") == std::string::npos);
  CHECK(g.find("(Partech Africa)-[invested]->") != std::string::npos);
  CHECK(g.find("(Future Africa)-[invested]->") != std::string::npos);
  CHECK(g.find("(Corvane Team)") == std::string::npos);
}

TEST_CASE("english: a word a month's abbreviation spells opens a fund's name ('Brazil's Mar Azul Capital')") {
  const std::string g = graph_of({"Sinara AI raised $20 million. Sinara AI's earlier backers include Brazil's Mar Azul Capital, which led its seed round "
                                  "in 2023."});
  CAPTURE(g);
  CHECK(g.find("(Mar Azul Capital)-[invested]->") != std::string::npos);
  CHECK(g.find("(Azul Capital)") == std::string::npos);
}

TEST_CASE("english: a panel's labels by first name in capitals are the panelists named in full ('ADAEZE:' after 'Adaeze Okafor')") {
  const std::string g = graph_of({"Panelists:\n- Ngozi Eze, founder and CEO, Kola Labs (Lagos)\n- Ana Ruiz, partner, Tidewater Capital\n\n"
                                  "ANA: Thank you.\n\nNGOZI: Right. I was an engineer at Flutterwave for five years. I quit in 2021."});
  CAPTURE(g);
  CHECK(g.find("(Ngozi Eze)-[left]->(Flutterwave)") != std::string::npos);
  CHECK(g.find("(Ana Ruiz)-[left]->(Flutterwave)") == std::string::npos);
  CHECK(g.find("(Ngozi)") == std::string::npos);
}

TEST_CASE("english: a panel's label by a hyphenated first name joins the panelist whatever its case ('SU-MIN:' after 'Su-min Cho')") {
  const std::string g = graph_of({"Panelists:\n- Su-min Cho, co-founder and CEO, Narae Labs (Busan)\n- Ana Ruiz, partner, Tidewater Capital\n\n"
                                  "ANA: Su-min, you go first.\n\nSU-MIN: Sure. I was a researcher at Naver for four years. I left in 2022."});
  CAPTURE(g);
  CHECK(g.find("(Su-min Cho)-[left]->(Naver)") != std::string::npos);
  CHECK(g.find("(Su-Min)") == std::string::npos);
  CHECK(g.find("(Su-min)") == std::string::npos);
}

TEST_CASE("english: a product's noun that ends a sentence inside a quotation does not type the name that opens the next ('the model. Ilana pitched')") {
  const std::string e = testing::en::entities_of({"Ilana Peretz founded Coralline AI in 2023. \"Most founders pitch you the model. Ilana pitched me the on-call rotation,\" "
                                     "says an investor."});
  CAPTURE(e);
  CHECK(e.find("Ilana (Product)") == std::string::npos);
  // (a product's noun just before a name still types it: "the model Ilana")
  const std::string model = testing::en::entities_of({"Coralline AI released the model Lumen last year."});
  CAPTURE(model);
  CHECK(model.find("Lumen (Product)") != std::string::npos);
}

TEST_CASE("english: a short subhead in capitals ('INVESTORS CASH OUT', 'WATCHING THE MACHINES') names no one") {
  const std::string e = testing::en::entities_of({"Oracle agreed to buy Quarrystone Data.\n\nINVESTORS CASH OUT\n\nRohan Mehta founded Quarrystone Data in 2019.\n\n"
                                                  "WATCHING THE MACHINES\n\nMehta said more."});
  CAPTURE(e);
  CHECK(e.find("CASH") == std::string::npos);
  CHECK(e.find("MACHINES") == std::string::npos);
  CHECK(e.find("Rohan Mehta (Person)") != std::string::npos);
  // (but a body's name a filing heads with is one)
  const std::string filing = testing::en::entities_of({"UNITED STATES\nSECURITIES AND EXCHANGE COMMISSION\nWashington, D.C. 20549\n\nFORM 8-K\n\n"
                                                       "Corvane Systems Inc. said it had agreed to buy Telwise."});
  CAPTURE(filing);
  CHECK(filing.find("SECURITIES AND EXCHANGE COMMISSION (Organization)") != std::string::npos);
}

TEST_CASE("english: a single name in an apposition a post opens ('Darmawan, chief executive of PT Angkasa'), after a post in lower case ('professor Darmawan, who'), before a fund's managing partner") {
  const std::string e = testing::en::entities_of(
      {"Sawah Data was founded by former Institut Teknologi Bandung professor Wicaksono, who runs it.",
       "Hartono, chief executive of PT Sawah Data, presented the service.",
       "\"We like it,\" said Kusumo, Merapi Capital's managing partner."});
  CAPTURE(e);
  CHECK(e.find("Wicaksono (Person)") != std::string::npos);
  CHECK(e.find("Hartono (Person)") != std::string::npos);
  CHECK(e.find("Kusumo (Person)") != std::string::npos);
  // (not a company with a post's words after it that name no one)
  const std::string company = testing::en::entities_of({"Brindle, head of the pack in the survey, won again."});
  CAPTURE(company);
  CHECK(company.find("Brindle (Person)") == std::string::npos);
}

TEST_CASE("english: a product's last word that opens sentences too ('Padi Watch') stays in the name") {
  const std::string e = testing::en::entities_of({"Sawah Data has launched Padi Watch, a rice-crop monitoring service. Padi Watch is its first product."});
  CAPTURE(e);
  CHECK(e.find("Padi Watch (Product)") != std::string::npos);
}

TEST_CASE("english: a photo's caption names people in full though its words are capitalised ('[Photo: Sawah Data CEO Ratna Wulandari and Faisal bin Nasser Al-Harbi of the Najd Fund in Seoul]')") {
  const std::string e = testing::en::entities_of({"Sawah Data signed a deal with the Najd Future Energy Fund.\n\n[Photo: Sawah Data Technologies CEO Ratna Wulandari and "
                                                  "Faisal bin Nasser Al-Harbi of the Najd Future Energy Fund in Seoul. Photo Courtesy of Sawah Data Technologies]\n\n"
                                                  "\"It is a start,\" said Al-Harbi, the Najd Future Energy Fund's managing partner."});
  CAPTURE(e);
  CHECK(e.find("Ratna Wulandari (Person)") != std::string::npos);
  CHECK(e.find("Faisal bin Nasser Al-Harbi (Person)") != std::string::npos);
  CHECK(e.find("\nAl-Harbi (Person)") == std::string::npos);
  // (and the headline that looks like one is still skipped)
  const std::string headline = testing::en::entities_of({"Photo Finish For Sawah Data As Rivals Circle The Market\n\nSawah Data raised $5 million."});
  CAPTURE(headline);
  CHECK(headline.find("Photo Finish") == std::string::npos);
}

TEST_CASE("english: a one-word name after a person's post in lower case before a company's verb ('data chief Prasetyo raises $4.5m') is a person") {
  const std::string e = testing::en::entities_of({"Ex-Tokopedia data chief Prasetyo raises $4.5m for farm-AI start-up Tanilab. Tanilab was founded by Prasetyo."});
  CAPTURE(e);
  CHECK(e.find("Prasetyo (Person)") != std::string::npos);
  CHECK(e.find("Prasetyo (Organization)") == std::string::npos);
}

TEST_CASE("english: in a caption, a place after 'in' ('office in Tanjong Pagar', 'in San Francisco's Mission District') is no person, a sentence's end inside it ends a name ('in Cork. Trollvik Energy/Handout'), a product-fitted thing no product") {
  const std::string e = testing::en::entities_of(
      {"Kestrel Credit AI hired Farhan Qureshi.\n\n[Photo: Wei Ling Tan, left, and Farhan Qureshi at Kestrel's office in Tanjong Pagar. Credit: Ong Kai Xin]",
       "Tessellate hired Mateo Albornoz.\n\n[Image: Tessellate co-founders Priya Raghunathan (left) and Mateo Albornoz at the company's office in San "
       "Francisco's Mission District. Image Credits: Tessellate]",
       "Lasair Energy signed with Trollvik Energy.\n\n[Picture: Trollvik Energy chief executive Ingrid Solheim-Bakke, right, with Lasair Energy founder "
       "Aoife Brennan at Lasair's offices in Cork. Trollvik Energy/Handout]",
       "Lumeway released Wayfarer-2 last year. Executives posed with a Wayfarer-2-equipped test car."});
  CAPTURE(e);
  CHECK(e.find("Tanjong Pagar (Person)") == std::string::npos);
  CHECK(e.find("Mission District (Person)") == std::string::npos);
  CHECK(e.find("Cork Trollvik") == std::string::npos);
  CHECK(e.find("Wayfarer-2-equipped") == std::string::npos);
  CHECK(e.find("Ingrid Solheim-Bakke (Person)") != std::string::npos);
  // (a person after "in" is still one where the words say so: "invested in Wei Ling Tan", "brought in Emily Tanaka-Ross, an executive")
  const std::string brought = testing::en::entities_of({"Shirakaba AI grew. In August the company brought in Emily Tanaka-Ross, an operations executive."});
  CAPTURE(brought);
  CHECK(brought.find("Emily Tanaka-Ross (Person)") != std::string::npos);
  const std::string invested = testing::en::entities_of({"Tideline Ventures invested in Wei Ling Tan, the founder of Kestrel Credit AI."});
  CAPTURE(invested);
  CHECK(invested.find("Wei Ling Tan (Person)") != std::string::npos);
}

TEST_CASE("english: a single name before 'a partner at' a firm or 'a former product manager at' one is a person") {
  const std::string e = testing::en::entities_of({"Sawah Data raised money. \"It is good,\" said Wibisono, a partner at GDC Ventures.",
                                                  "The startup was founded in 2021 by Lestari, a former product manager at Gojek."});
  CAPTURE(e);
  CHECK(e.find("Wibisono (Person)") != std::string::npos);
  CHECK(e.find("Lestari (Person)") != std::string::npos);
}

TEST_CASE("english: 'Great' opens a company's name before its kind ('Great Ocean Holdings'), 'Both' opens none ('Both Alpenfold and Nitzan AI')") {
  const std::string e = testing::en::entities_of({"The deal was signed with Great Ocean Holdings, the Busan shipping group. Great work, he said.",
                                                  "Alpenfold raised money. Both Alpenfold and Nitzan AI have ties to the group."});
  CAPTURE(e);
  CHECK(e.find("Great Ocean Holdings (Organization)") != std::string::npos);
  CHECK(e.find("Both") == std::string::npos);
  CHECK(e.find("Great work") == std::string::npos);
}

TEST_CASE("english: a product the lexicon knows opening a firm's name ('Azure Dragon Games'), a nationality and a studio before a past employer ('formerly a director at Polish studio Zuraw Interactive'), a plural's possessive before a product's description ('Wrzos Labs' real-time facial synthesis engine')") {
  check_rows({{"Azure Dragon Games bought the esports team in 2020.", {}, {"(Azure)-[acquired]->"}},
              {"Wrzos Labs was founded in 2019 by Lukasz Wroblewski, formerly a motion-capture director at Polish studio Zuraw Interactive.",
               {"(Lukasz Wroblewski)-[left]->(Zuraw Interactive)"}, {}},
              {"Arena Viva was co-founded by Rafael Monteiro, a former performance analyst at Brazilian esports club Onca Gaming.",
               {"(Rafael Monteiro)-[left]->(Onca Gaming)"}, {}},
              {"SEA is driven by Wrzos Motion, Wrzos Labs' real-time facial synthesis engine.", {"(Wrzos Labs)-[developed]->(Wrzos Motion)"}, {}}});
  const std::string e = testing::en::entities_of({"Azure Dragon Games bought the esports team in 2020. Microsoft's Azure grew."});
  CAPTURE(e);
  CHECK(e.find("Azure Dragon Games (Organization)") != std::string::npos);
  CHECK(e.find("\nDragon Games (Organization)") == std::string::npos);
  CHECK(e.find("Azure (Product)") != std::string::npos);
}

TEST_CASE("english: 'also invested in the round' is the round just told, a place of several words after 'in' ('San Salvador de Jujuy') is no name and keeps the passive's agent, and a less common nationality before 'AI startup' ('a Hungarian AI startup') is no company") {
  check_rows({{"Quillon raised $31 million in a round led by Harimau Capital. Newspring Investment, a Seoul venture firm, and Truwell "
               "Mobility, the Korean auto-parts group, also invested in the round.",
               {"(Newspring Investment)-[invested]->(Quillon)", "(Truwell Mobility)-[invested]->(Quillon)"}, {}},
              {"Salar Nexo was founded in 2020 in San Salvador de Jujuy by María Sol Benítez, a former mining engineer.",
               {"(María Sol Benítez)-[founded]->(Salar Nexo)"}, {"(Salar Nexo)-[founded]->(Salvador de Jujuy)"}}});
  const std::string e = inmaek::extract::testing::en::entities_of(
      {"Last November Truwell Mobility invested €20m in Kekfeny Labs, a Hungarian AI startup, and a Filipino AI firm."});
  CAPTURE(e);
  CHECK(e.find("Hungarian AI") == std::string::npos);
  CHECK(e.find("Filipino AI") == std::string::npos);
  CHECK(e.find("Kekfeny Labs (Organization)") != std::string::npos);
}

TEST_CASE("english: a person who joined after years or a decade at a company ('after more than a decade at the Ghana Cocoa Board', 'after nearly two decades at') left it, and holds no post there now") {
  check_rows({{"Kofi Mensah joined Nkosuo after nearly two decades at Unilever. Ama Boateng joined Nkosuo after three years at the Volta "
               "Analytics Group.",
               {"(Kofi Mensah)-[left]->(Unilever)", "(Ama Boateng)-[left]->(Volta Analytics Group)", "(Kofi Mensah)-[joined]->(Nkosuo)"},
               {"(Kofi Mensah)-[works_for]->(Unilever)", "(Ama Boateng)-[works_for]->(Volta Analytics Group)"}}});
}

TEST_CASE("english: years with a company, or years as a post at it ('after nine years with X', 'after a decade as a producer at X'), are a company left") {
  check_rows({{"Ines Duarte joined Golvista after nine years with Tecnodados. Rory Byrne joined Golvista after more than a decade as a "
               "senior producer at Clonmore Media.",
               {"(Ines Duarte)-[left]->(Tecnodados)", "(Rory Byrne)-[left]->(Clonmore Media)", "(Rory Byrne)-[joined]->(Golvista)"},
               {"(Ines Duarte)-[works_for]->(Tecnodados)", "(Rory Byrne)-[works_for]->(Clonmore Media)"}}});
}

TEST_CASE("english: a one-word name after 'formerly of' is the organisation the person left ('hired X, formerly of Statzone, as CTO')") {
  check_rows({{"Golvista hired Aoife Nolan, formerly of Statzone, as its chief technology officer.",
               {"(Aoife Nolan)-[left]->(Statzone)", "(Aoife Nolan)-[joined]->(Golvista)"}, {}}});
}

TEST_CASE("english: an academic field before a former post ('a former computer engineering lecturer at X') still makes it a post the person left") {
  check_rows({{"Owusu Mensah is a former computer engineering lecturer at the Volta University of Technology. Ama Boateng is a former "
               "chemistry professor at Kumasi Polytechnic.",
               {"(Owusu Mensah)-[left]->(Volta University of Technology)", "(Ama Boateng)-[left]->(Kumasi Polytechnic)"}, {}}});
}

TEST_CASE("english: an amount put into the round just told ('put a further $1 million into the round', 'put in ¥1.5 billion') is an investment in the company that raised it") {
  check_rows({{"Nkosuo raised $5 million in a seed round led by Growmate. Koolhaven Food Partners, the Dutch food fund that is Growmate's "
               "largest shareholder, put a further $1 million into the round. Japan's Kawase Fund put in ¥1.5 billion.",
               {"(Koolhaven Food Partners)-[invested]->(Nkosuo)", "(Kawase Fund)-[invested]->(Nkosuo)"}, {}}});
}

TEST_CASE("english: money chipped in, or contributed to the round, is an investment in the company that raised it ('Kumo Capital chipped in $1 million'), and money contributed to a company named is one in that company") {
  check_rows({{"Nkosuo raised $5 million in a seed round led by Growmate. Kumo Capital chipped in $1 million. Orvik Ventures contributed "
               "$2 million to the round.",
               {"(Kumo Capital)-[invested]->(Nkosuo)", "(Orvik Ventures)-[invested]->(Nkosuo)"}, {}},
              {"Nkosuo raised $5 million in a seed round led by Growmate. Orvik Ventures contributed $2 million to Tessellate Labs.",
               {"(Orvik Ventures)-[invested]->(Tessellate Labs)"}, {"(Orvik Ventures)-[invested]->(Nkosuo)"}}});
}

TEST_CASE("english money: a name that leaves stealth is a company, and a company's noun owns the round 'led by' X") {
  check_rows({
      {"Quorra Logic emerged from stealth on Tuesday with $18 million in seed funding led by Ofek Partners.",
       {"(Ofek Partners)-[invested]->(Quorra Logic)"}, {}},
      {"Tovi Sela came out of stealth on Monday with a $15 million seed round led by Gwangan Capital.",
       {"(Gwangan Capital)-[invested]->(Tovi Sela)"}, {}},
      {"Quorra Logic is a quantum software company in Haifa. Noa Katz left Microsoft in May, where she led a quantum team. The "
       "startup, which was founded last month by Katz, emerged from stealth with $18 million in seed funding led by Ofek Partners.",
       {"(Ofek Partners)-[invested]->(Quorra Logic)"}, {"(Ofek Partners)-[invested]->(Microsoft)"}},
  });
}

TEST_CASE("english: a passive with no agent takes no object ('shortly after it was founded, having spent nine years at Microsoft'), nor what a product was built on") {
  check_rows({
      {"Mira Tan founded Nexor in 2023. Dev Rao joined the start-up in 2023, shortly after it was founded, having spent nine years at Microsoft.",
       {"(Mira Tan)-[founded]->(Nexor)"}, {"(Nexor)-[founded]->(Microsoft)"}},
      {"Kestrel's assistant Wren was built on Llama, which Meta released.", {}, {"(Wren)-[developed]->(Llama)", "(Kestrel)-[developed]->(Llama)"}},
  });
}
