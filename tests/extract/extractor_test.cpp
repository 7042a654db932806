#include "extract/extractor.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "extract/assemble.h"
#include "extract/lexicon.h"
#include "extract_test_util.h"
#include "english_rows.h"
#include "korean_rows.h"

using namespace inmaek;
using namespace inmaek::extract;

namespace {

using testing::default_lexicon;
using testing::ko::check_rows;
using testing::ko::graph_of;
using testing::ko::Row;

}  // namespace

TEST_CASE("founded: active, adnominal, co-founder lists and the founder noun") {
  check_rows({
      {"샘 올트먼, 그렉 브록만과 일리야 수츠케버가 2015년 오픈AI를 공동 설립했다.",
       {"(Sam Altman)-[founded]->(OpenAI)", "(Greg Brockman)-[founded]->(OpenAI)", "(Ilya Sutskever)-[founded]->(OpenAI)"},
       {}},
      {"다리오 아모데이가 설립한 앤트로픽은 클로드를 만들었다.",
       {"(Dario Amodei)-[founded]->(Anthropic)", "(Anthropic)-[developed]->(Claude)"},
       {}},
      {"앤트로픽 공동 창업자 다리오 아모데이는 안전을 강조했다.", {"(Dario Amodei)-[founded]->(Anthropic)"}, {}},
  });
}

TEST_CASE("left and joined: one event gives two relations, pronouns resolve") {
  check_rows({
      {"존 슐먼은 오픈AI를 떠나 앤트로픽에 합류했다.",
       {"(John Schulman)-[left]->(OpenAI)", "(John Schulman)-[joined]->(Anthropic)"},
       {}},
      {"앤트로픽은 오픈AI 출신 인재들을 모으고 있다. 이 회사는 아마존으로부터 투자를 받았다.",
       {"(Amazon)-[invested]->(Anthropic)"},
       {"(Amazon)-[invested]->(OpenAI)"}},
      {"일리야 수츠케버는 오픈AI의 공동 창업자다. 그는 지난해 회사를 떠났다.",
       {"(Ilya Sutskever)-[founded]->(OpenAI)", "(Ilya Sutskever)-[left]->(OpenAI)"},
       {}},
  });
}

TEST_CASE("invested: received-investment passive with the investor in the source case") {
  check_rows({
      {"앤트로픽은 아마존으로부터 40억 달러의 투자를 받았다.", {"(Amazon)-[invested]->(Anthropic)"}, {}},
      {"마이크로소프트는 오픈AI에 100억 달러를 투자했다.", {"(Microsoft)-[invested]->(OpenAI)"}, {}},
  });
}

TEST_CASE("negation, plans and rumours are not facts") {
  check_rows({
      {"메타는 퍼플렉시티 인수를 검토하고 있다.", {}, {"(Meta)-[acquired]->(Perplexity)"}},
      {"애플은 미스트랄AI에 투자할 계획이라고 밝혔다.", {}, {"(Apple)-[invested]->(Mistral AI)"}},
      {"구글은 앤트로픽에 투자하지 않았다.", {}, {"(Google)-[invested]->(Anthropic)"}},
  });
}

TEST_CASE("appositions give works_for with role, and former titles give left") {
  check_rows({
      {"사티아 나델라 마이크로소프트 최고경영자(CEO)는 이날 발표했다.", {"(Satya Nadella)-[works_for]->(Microsoft)"}, {}},
      {"에밋 시어 전 트위치 CEO가 임시 대표를 맡았다.", {"(Emmett Shear)-[left]->(Twitch)"}, {"(Emmett Shear)-[works_for]->(Twitch)"}},
  });
}

TEST_CASE("developed, subsidiary_of, acquired and partnered_with") {
  check_rows({
      {"구글이 개발한 제미나이는 빠르게 성장했다.", {"(Google)-[developed]->(Gemini)"}, {}},
      {"딥마인드는 구글의 자회사다.", {"(DeepMind)-[subsidiary_of]->(Google)"}, {}},
      {"오픈AI는 마이크로소프트와 전략적 파트너십을 맺었다.", {"(Microsoft)-[partnered_with]->(OpenAI)"}, {}},
  });
}

TEST_CASE("open-world names: a person next to a title and a quoted startup") {
  const std::string g = graph_of({"박서준 대표는 2023년 스타트업 '루미넥스'를 설립했다. 루미넥스는 모델 '오로라'를 공개했다."});
  CAPTURE(g);
  CHECK(g.find("(박서준)-[founded]->(루미넥스)") != std::string::npos);
  CHECK(g.find("(루미넥스)-[developed]->(오로라)") != std::string::npos);
}

TEST_CASE("a surname later in the document is the person named earlier") {
  const std::string g = graph_of({"제이슨 파크 부사장은 노바랩스 출신이다. 파크는 최근 네이버에 합류했다."});
  CAPTURE(g);
  CHECK(g.find("(제이슨 파크)-[joined]->(Naver)") != std::string::npos);
}

TEST_CASE("transliteration variants across documents are one node") {
  const std::string g = graph_of({"샘 알트먼 오픈AI CEO가 말했다.", "샘 올트먼 오픈AI CEO는 밝혔다."});
  CHECK(g == "(Sam Altman)-[works_for]->(OpenAI)\n");
}

TEST_CASE("founded: the topic is the company when the verb has no object") {
  check_rows({
      {"노바랩스는 김민수 대표와 이서연 최고기술책임자(CTO)가 2021년 공동 설립했다.",
       {"(김민수)-[founded]->(노바랩스)", "(이서연)-[founded]->(노바랩스)", "(김민수)-[works_for]->(노바랩스)"},
       {}},
  });
}

TEST_CASE("invested: funding rounds, money put in, named investors") {
  check_rows({
      {"노바랩스는 1200억원을 유치했다. 스텔라게이트 파트너스가 주도하고 카카오벤처스, 소나무벤처스 등이 참여했다.",
       {"(스텔라게이트 파트너스)-[invested]->(노바랩스)", "(Kakao Ventures)-[invested]->(노바랩스)",
        "(소나무벤처스)-[invested]->(노바랩스)"},
       {"(스텔라게이트 파트너스)-[invested]->(Kakao Ventures)"}},
      {"SK텔레콤은 지난해 앤트로픽에 1억달러를 넣었다.", {"(SK Telecom)-[invested]->(Anthropic)"}, {}},
      {"인플렉션은 MS, 엔비디아, 빌 게이츠 등으로부터 13억 달러를 끌어모았다.",
       {"(Microsoft)-[invested]->(Inflection AI)", "(Nvidia)-[invested]->(Inflection AI)", "(Bill Gates)-[invested]->(Inflection AI)"},
       {}},
  });
}

TEST_CASE("left: alumni, and a move followed by another move") {
  check_rows({
      {"오픈AI 연구원 출신 엘레나 브루스케티는 새 회사를 세웠다.", {"(엘레나 브루스케티)-[left]->(OpenAI)"}, {}},
      {"이고르 바부슈킨은 2020년 오픈AI로 이직했다가 지난해 딥마인드로 옮겼다.",
       {"(Igor Babuschkin)-[left]->(OpenAI)", "(Igor Babuschkin)-[joined]->(OpenAI)", "(Igor Babuschkin)-[joined]->(DeepMind)"},
       {"(Igor Babuschkin)-[left]->(DeepMind)"}},
  });
}

TEST_CASE("developed through 자사, subsidiaries in parentheses, partnership pairs") {
  check_rows({
      {"삼성전자는 자사 생성형 AI 모델 '가우스'를 선보였다.", {"(Samsung Electronics)-[developed]->(Samsung Gauss)"}, {}},
      {"알파벳(구글 모회사)의 자회사인 딥마인드는 성장했다.",
       {"(Google)-[subsidiary_of]->(Alphabet)", "(DeepMind)-[subsidiary_of]->(Alphabet)"},
       {"(Alphabet)-[subsidiary_of]->(DeepMind)"}},
      {"카카오와 오픈AI가 전략적 제휴를 맺었다.", {"(Kakao)-[partnered_with]->(OpenAI)"}, {}},
  });
}

TEST_CASE("a one-syllable surname before a title is the person named in full, never a new node") {
  const std::string g = graph_of({"권도훈 대표는 노바랩스를 세웠다. 권 대표는 최근 네이버를 떠났다. 하 이사는 말했다."});
  CAPTURE(g);
  CHECK(g.find("(권도훈)-[left]->(Naver)") != std::string::npos);
  CHECK(g.find("(하)") == std::string::npos);
}

TEST_CASE("open-world people: Latin form in parentheses, 씨, and a name after a career verb") {
  const std::string g = graph_of({"세이지랩스는 프리야 라마찬드란(Priya Ramachandran)이 2022년 설립했다. "
                                  "업스테이지에서 리서치 엔지니어로 일했던 윤채원 씨는 회사를 나와 노바랩스에 합류했다. "
                                  "LG AI연구원에서 연구위원을 지낸 남궁윤호는 노바랩스에 합류했다."});
  CAPTURE(g);
  CHECK(g.find("(Priya Ramachandran)-[founded]->(세이지랩스)") != std::string::npos);
  CHECK(g.find("(윤채원)-[left]->(Upstage)") != std::string::npos);
  CHECK(g.find("(윤채원)-[joined]->(노바랩스)") != std::string::npos);
  CHECK(g.find("(남궁윤호)-[joined]->(노바랩스)") != std::string::npos);
}

TEST_CASE("co-founders around a relative clause, unit words in appositions, CamelCase brands") {
  check_rows({
      {"세이지랩스는 카카오브레인 출신 한도윤과 AWS에서 엔지니어로 일했던 프리야 라마찬드란(Priya Ramachandran)이 "
       "2022년 공동 설립한 회사다.",
       {"(한도윤)-[founded]->(세이지랩스)", "(Priya Ramachandran)-[founded]->(세이지랩스)", "(한도윤)-[left]->(Kakao Brain)"},
       {}},
      {"임현우 삼성전자 시스템LSI사업부 부사장은 말했다.", {"(임현우)-[works_for]->(Samsung Electronics)"}, {}},
      {"LumenScale CEO 토마스 에크룬드(Tomas Eklund)는 말했다.", {"(Tomas Eklund)-[works_for]->(LumenScale)"}, {}},
      {"스틸브룩 파트너스의 리나 오카다 파트너는 말했다.", {"(리나 오카다)-[works_for]->(스틸브룩 파트너스)"}, {}},
      {"세이지랩스는 노바랩스에 인수됐다. 대니얼 레비가 사장을 맡는다.", {"(Daniel Levy)-[works_for]->(세이지랩스)", "(노바랩스)-[acquired]->(세이지랩스)"}, {}},
  });
}

TEST_CASE("a Korean full name is one node across documents, a bare surname is not joined") {
  const std::string g = graph_of({"김민수 노바랩스 대표는 말했다.", "김민수 노바랩스 대표가 밝혔다."});
  CHECK(g == "(김민수)-[works_for]->(노바랩스)\n");
}

TEST_CASE("a discovered name that covers a lexicon name replaces it") {
  check_rows({
      {"앤트로픽은 AI 에이전트 서비스 '클로드 코워크'를 공개했다.",
       {"(Anthropic)-[developed]->(클로드 코워크)"},
       {"(Anthropic)-[developed]->(Claude)"}},
  });
}

TEST_CASE("a subject inside a relative clause is not the subject of the main verb") {
  check_rows({
      {"도담랩은 카카오 출신 하윤서 대표가 2022년 세운 회사로, 통역 앱 '도담 번역기'를 만들었다.",
       {"(하윤서)-[founded]->(도담랩)", "(도담랩)-[developed]->(도담 번역기)"},
       {"(하윤서)-[developed]->(도담 번역기)"}},
      {"마이크로소프트가 인플렉션AI를 이끌던 무스타파 술레이만을 영입했다.",
       {"(Mustafa Suleyman)-[joined]->(Microsoft)", "(Mustafa Suleyman)-[left]->(Inflection AI)"},
       {}},
      {"메타가 지난 4월 내놓은 모델 '라마 5'가 혹평을 받았다.", {"(Meta)-[developed]->(라마 5)"}, {}},
  });
}

TEST_CASE("left: several organisations passed through, 마저, headlines, names ending like a particle") {
  check_rows({
      {"무라티는 테슬라와 구글을 거쳐 오픈AI에 합류했다.",
       {"(Mira Murati)-[left]->(Tesla)", "(Mira Murati)-[left]->(Google)", "(Mira Murati)-[joined]->(OpenAI)"},
       {}},
      {"무스타파 술레이만은 2022년에는 구글마저 그만뒀다.", {"(Mustafa Suleyman)-[left]->(Google)"}, {}},
      {"박지훈 소장, 네이버 떠나", {"(박지훈)-[left]->(Naver)"}, {}},
  });
  const std::string g = graph_of({"하이퍼리프 랩스는 구글 딥마인드 출신 레베카 홀츠만 CEO가 2023년 창업한 회사다."});
  CAPTURE(g);
  CHECK(g.find("(레베카 홀츠만)-[founded]->(하이퍼리프 랩스)") != std::string::npos);
  CHECK(g.find("(레베카 홀츠)") == std::string::npos);
}

TEST_CASE("organisations found from the slots of their verbs and from genitives before titles") {
  check_rows({
      {"큐브릭스는 지난 13일 멀티모달 모델 '큐브-M'을 공개했다.", {"(큐브릭스)-[developed]->(큐브-M)"}, {}},
      {"아르고모빌리티가 물류로봇 스타트업 휠라인을 사들였다.", {"(아르고모빌리티)-[acquired]->(휠라인)"}, {}},
      {"코어비전의 공동 창업자 채하람은 말했다.", {"(채하람)-[founded]->(코어비전)"}, {}},
  });
}

TEST_CASE("entities that share a name get short, distinct ids whatever the order of documents") {
  Extractor x(default_lexicon());
  auto build = [&](bool reversed) {
    std::vector<DocExtraction> docs;
    for (int i = 0; i < 4; ++i) {
      Document d;
      d.text = "트워렉 부사장은 말했다. " + std::to_string(i);
      d.source = "d" + std::to_string(i);
      docs.push_back(x.extract(d));
    }
    if (reversed) std::reverse(docs.begin(), docs.end());
    std::vector<std::string> ids;
    const KnowledgeGraph g = assemble(std::move(docs), *default_lexicon());
    for (const Entity* e : g.entities()) ids.push_back(e->id);
    return ids;
  };
  const std::vector<std::string> ids = build(false);
  const std::vector<std::string> reversed_ids = build(true);
  std::string joined, joined_reversed;
  for (const std::string& id : ids) joined += id + " ";
  for (const std::string& id : reversed_ids) joined_reversed += id + " ";
  CAPTURE(joined);
  CAPTURE(joined_reversed);
  CHECK(ids == reversed_ids);
  REQUIRE(ids.size() == 4);
  for (const std::string& id : ids) CHECK(id.size() <= 30);
}

TEST_CASE("partnerships: 업무협약 and the partner found from the comitative slot") {
  check_rows({
      {"페이블랩스는 그린웨이브물류와 업무협약을 맺었다.", {"(그린웨이브물류)-[partnered_with]->(페이블랩스)"}, {}},
  });
}

TEST_CASE("repetition-based discovery: an unknown word used again and again as an argument is a name") {
  const std::string g = graph_of({"클레오닉스는 물류 창고의 데이터를 분석한다. 업계에서 클레오닉스의 경쟁자는 많지 않다. "
                                  "김도윤 대표가 이끄는 클레오닉스는 올해 흑자를 냈다."});
  CAPTURE(g);
  CHECK(g.find("(김도윤)-[works_for]->(클레오닉스)\n") != std::string::npos);
  // ordinary words used as often are no names: a dictionary word, a compound, a verb stem
  const std::string h = graph_of({"데이터센터는 전력을 많이 쓴다. 데이터센터의 수요가 늘었다. 정부는 데이터센터를 지원한다. "
                                  "병원은 환자가 많다. 병원의 대기가 길다."});
  CAPTURE(h);
  CHECK(h.find("데이터센터") == std::string::npos);
  CHECK(h.find("(병원)") == std::string::npos);
}

TEST_CASE("heads and leaders: (대표 X), X 대표가 이끄는 Y, X 대표가 세운 Y, passive appointments") {
  check_rows({
      {"누리랩스(대표 정하윤)는 새 서비스를 출시했다.", {"(정하윤)-[works_for]->(누리랩스)"}, {}},
      {"정하윤 대표가 2021년 세운 누리랩스는 직원이 40명이다.",
       {"(정하윤)-[founded]->(누리랩스)", "(정하윤)-[works_for]->(누리랩스)"}, {}},
      {"누리랩스 초대 대표에는 민서준 전무가 선임됐다.", {"(민서준)-[joined]->(누리랩스)", "(민서준)-[works_for]->(누리랩스)"}, {}},
      {"누리랩스 초대 대표에 민서준 전무가 선임될 예정이다.", {}, {"(민서준)-[joined]->(누리랩스)"}},
  });
}

TEST_CASE("rarer surnames, 박사, careers in relative clauses and descriptors after 출신") {
  check_rows({
      {"탁서연 누리랩스 최고기술책임자(CTO)는 이날 말했다.", {"(탁서연)-[works_for]->(누리랩스)"}, {}},
      // given names ending like a particle (서, 지), unless the rest is a word ("미국서" = 미국에서)
      {"[인물 포커스] 최윤서 누리랩스 대표 \"작게 시작하라\"", {"(최윤서)-[works_for]->(누리랩스)"}, {"(포커스 최윤서)-[works_for]->(누리랩스)"}},
      {"한빛전자에서 반도체 설계를 하던 육지환 박사는 누리랩스에 합류했다.",
       {"(육지환)-[left]->(한빛전자)", "(육지환)-[joined]->(누리랩스)"}, {}},
      {"카카오 출신 음성 연구자 공태윤 대표는 회사를 키웠다.", {"(공태윤)-[left]->(Kakao)"}, {}},
      // a foreign first name that starts like a rare surname stays one person with the surname
      {"마르코 빌라 한빛증권 애널리스트는 이날 이렇게 밝혔다.", {"(마르코 빌라)-[works_for]->(한빛증권)"}, {}},
  });
}

TEST_CASE("groups, parents, both parties and funding rounds") {
  check_rows({
      {"윤하늘과 윤가람 남매는 2020년 누리랩스를 공동 창업했다.",
       {"(윤하늘)-[founded]->(누리랩스)", "(윤가람)-[founded]->(누리랩스)"}, {}},
      {"한누리그룹 계열 자율주행 기업 누리모빌리티는 물류 로봇을 만든다.", {"(누리모빌리티)-[subsidiary_of]->(한누리그룹)"}, {}},
      {"누리랩스와 한결로보틱스가 이날 서울에서 만났다. 양사는 공동 연구를 위한 업무협약을 맺었다.",
       {"(누리랩스)-[partnered_with]->(한결로보틱스)"}, {}},
      // (not two of a list of parties named in between: the two companies are the round's leader and the company funded)
      {"누리랩스는 시리즈B 투자를 유치했다. 이번 라운드는 한결로보틱스가 주도했다. 가온파트너스, 별빛캐피털, 카카오벤처스 등 기존 투자자들도 참여했다. "
       "양사는 별도로 업무협약을 맺었다.",
       {"(누리랩스)-[partnered_with]->(한결로보틱스)"}, {"(Kakao Ventures)-[partnered_with]", "(별빛캐피털)-[partnered_with]"}},
      {"누리랩스는 300억원 규모의 시리즈A 투자를 유치했다. 이번 라운드는 한빛벤처스가 이끌었다.",
       {"(한빛벤처스)-[invested]->(누리랩스)"}, {}},
      {"누리랩스는 시리즈A 투자를 유치했다. 한빛벤처스와 기존 주주인 한결인베스트먼트도 이번 라운드에 참여했다.",
       {"(한빛벤처스)-[invested]->(누리랩스)", "(한결인베스트먼트)-[invested]->(누리랩스)"}, {}},
  });
}

TEST_CASE("headline ellipses split words, a regional branch is not its parent") {
  const std::string g = graph_of({"누리랩스, 300억원 유치…한빛벤처스 주도\n누리랩스는 도쿄에 자회사 '누리랩스 재팬'을 세웠다. 누리랩스는 직원을 늘렸다."});
  CAPTURE(g);
  CHECK(g.find("유치…") == std::string::npos);
  CHECK(g.find("(누리랩스 재팬)-[subsidiary_of]->(누리랩스)\n") != std::string::npos);
}

TEST_CASE("passive sales, middle-dot lists, 자회사이자, and objects inside relative clauses") {
  check_rows({
      {"누리랩스는 지난해 데이터 기업 한빛로보틱스에 약 2억 달러에 팔렸다.", {"(한빛로보틱스)-[acquired]->(누리랩스)"}, {"(누리랩스)-[acquired]->(한빛로보틱스)"}},
      {"누리랩스는 정하윤·민서준 공동대표가 2021년 창업했다.",
       {"(정하윤)-[founded]->(누리랩스)", "(민서준)-[founded]->(누리랩스)"}, {}},
      {"누리랩스는 이번 거래로 한빛로보틱스의 자회사이자 한누리그룹의 손자회사가 됐다.",
       {"(누리랩스)-[subsidiary_of]->(한빛로보틱스)"},
       {"(한누리그룹)-[subsidiary_of]->(한빛로보틱스)", "(누리랩스)-[subsidiary_of]->(한누리그룹)"}},
      {"누리랩스는 한빛전자와 AMD를 거친 정하윤 대표가 2017년 창업했다.",
       {"(정하윤)-[founded]->(누리랩스)", "(정하윤)-[left]->(한빛전자)", "(정하윤)-[left]->(AMD)"}, {"(정하윤)-[founded]->(AMD)"}},
      {"카카오 계열 벤처캐피털(VC)인 카카오벤처스도 이번 라운드에 참여했다.", {"(Kakao Ventures)-[subsidiary_of]->(Kakao)"}, {}},
  });
}

TEST_CASE("an apposition holds whatever the clause forecasts, a designated title does not") {
  check_rows({
      {"박세린 한빛증권 연구원은 \"시장이 커질 것\"이라고 전망했다.", {"(박세린)-[works_for]->(한빛증권)"}, {}},
      {"정하윤 누리랩스 차기 대표 내정자는 이날 취재진을 만났다.", {}, {"(정하윤)-[works_for]->(누리랩스)"}},
  });
}

TEST_CASE("round participants invest in the company that raised, not in the round's lead, quotes hold their own verbs") {
  check_rows({
      {"누리랩스는 450억원 규모의 시리즈B 투자를 유치했다. 이번 라운드는 한빛벤처스가 주도했다. "
       "한결인베스트먼트도 후속 투자에 참여했다.",
       {"(한빛벤처스)-[invested]->(누리랩스)", "(한결인베스트먼트)-[invested]->(누리랩스)"},
       {"(한결인베스트먼트)-[invested]->(한빛벤처스)"}},
      {"누리랩스는 시리즈A 투자를 유치했다. 한빛증권의 박세린 대표는 \"창업자가 투자자로 변신하는 일은 흔하다\"고 말했다.",
       {}, {"(박세린)-[invested]->(누리랩스)"}},
  });
}

TEST_CASE("joining as a title: the organisation before a title in the goal case") {
  check_rows({
      {"채하람 박사는 지난달 코어비전 최고기술책임자(CTO)로 복귀했다.",
       {"(채하람)-[joined]->(코어비전)", "(채하람)-[works_for]->(코어비전)"}, {"(코어비전)-[works_for]->(코어비전)"}},
      {"피터 응우옌 수석 엔지니어는 뉴로웨이브의 최고기술책임자(CTO)로 자리를 옮겼다.",
       {"(피터 응우옌)-[joined]->(뉴로웨이브)", "(피터 응우옌)-[works_for]->(뉴로웨이브)"}, {}},
      {"인수 직후 노브리지 부사장으로 합류했던 예서린 대표는 올해 회사를 떠났다.",
       {"(예서린)-[joined]->(노브리지)", "(예서린)-[left]->(노브리지)"}, {"(직후 노브리지)-[works_for]->(노브리지)"}},
  });
}

TEST_CASE("quoted products: owned by an organisation, or after a system noun, a person's quoted thing is no product of theirs") {
  check_rows({
      {"누리랩스의 '솔바람(Solbaram)'은 빠르게 성장했다.", {"(누리랩스)-[developed]->(Solbaram)"}, {}},
      {"누리랩스는 냉각 시스템 '아이스볼트'를 공개했다.", {"(누리랩스)-[developed]->(아이스볼트)"}, {}},
      {"오픈AI, 조니 아이브의 'io' 인수", {}, {"(Jony Ive)-[developed]->(io)"}},
  });
}

TEST_CASE("headline joiners (·, –, /) split names, a group named without 그룹 is the group") {
  const std::string g = graph_of({"누리랩스–한결로보틱스 맞손\n누리랩스는 한결로보틱스와 업무협약을 맺었다. 한빛금융그룹은 누리랩스에 투자했다. "
                                  "한빛금융 관계자는 만족했다. 정하윤/누리랩스 대표는 웃었다."});
  CAPTURE(g);
  CHECK(g.find("–") == std::string::npos);
  CHECK(g.find("/누리랩스") == std::string::npos);
  CHECK(g.find("(한빛금융그룹)-[invested]->(누리랩스)\n") != std::string::npos);
  CHECK(g.find("(한빛금융)") == std::string::npos);
}

TEST_CASE("회사/기업 refer to the company in focus, never to a university, and fall back to the document's company") {
  check_rows({
      {"정하윤 누리랩스 대표는 이렇게 말했다. 누리랩스는 2021년 설립됐다. 공동 창업자는 메타 출신 민서준 CTO다. "
       "그는 KAIST 교수직을 내려놓고 합류했다. 회사는 지난달 로봇 모델 '누리봇'을 공개했다.",
       {"(누리랩스)-[developed]->(누리봇)"}, {"(Meta)-[developed]->(누리봇)", "(KAIST)-[developed]->(누리봇)"}},
  });
}

TEST_CASE("broadcast captions: name/organisation title") {
  check_rows({
      {"[민서준/누리랩스 연구원 : 좋은 동료가 있는 곳으로 갑니다.]", {"(민서준)-[works_for]->(누리랩스)"}, {}},
      {"[최윤서/서울대 AI대학원 교수 : 인재가 떠나고 있습니다.]", {"(최윤서)-[works_for]->(Seoul National University)"}, {}},
  });
}

TEST_CASE("founders: descriptor nouns before the generic head, and 'co-founders are' lists") {
  check_rows({
      {"누리랩스는 2020년 정하윤 대표와 봉우석 CTO가 공동 설립한 업무 자동화 전문 기업이다.",
       {"(정하윤)-[founded]->(누리랩스)", "(봉우석)-[founded]->(누리랩스)"}, {}},
      {"누리랩스는 지난해 흑자를 냈다. 공동 창업자로는 메타 출신 민서준 CTO와 윤채원 CSO가 이름을 올렸다.",
       {"(민서준)-[founded]->(누리랩스)", "(윤채원)-[founded]->(누리랩스)", "(민서준)-[left]->(Meta)"}, {}},
  });
}

TEST_CASE("foreign names: the given name before a person found by the last word") {
  check_rows({
      {"니시무라 하루카 누리랩스 대표는 \"성능이 결정적이었다\"고 말했다.", {"(니시무라 하루카)-[works_for]->(누리랩스)"},
       {"(하루카)-[works_for]->(누리랩스)"}},
      // an adverb opening the sentence is no given name
      {"과연 트워렉은 누리랩스에 합류했다.", {}, {"(과연 트워렉)-[joined]->(누리랩스)"}},
  });
}

TEST_CASE("quoted products: a parenthesis holding a score or a note is no other name, a Latin one or Chinese characters are") {
  Extractor x(default_lexicon());
  Document d;
  d.text = "입력 2025.03.10 09:00\n누리랩스는 AI 모델 '솔바람'(Solbaram)을 공개했다. 이 모델은 '한결-7'(71.5점)과 '류광'(流光)을 앞섰다. "
           "한결-7은 봉우랩스가 개발했다. 류광은 봉우랩스가 만들었다.";
  d.source = "doc.txt";
  std::vector<DocExtraction> docs;
  docs.push_back(x.extract(d));
  const KnowledgeGraph g = assemble(std::move(docs), *default_lexicon());
  std::string names;
  for (const Entity* e : g.entities()) {
    names += e->name + ":";
    for (const Alias& a : e->aliases) names += " " + a.text;
    names += "\n";
  }
  CAPTURE(names);
  CHECK(names.find("71.5") == std::string::npos);
  CHECK(names.find("Solbaram") != std::string::npos);
  CHECK(names.find("流光") != std::string::npos);
}

TEST_CASE("an abbreviation in parentheses after a known organisation names it in the document, not a person after it") {
  check_rows({
      {"싱킹 머신즈 랩(TML)의 연구원이던 엘리자 모건이 지난달 TML을 떠나 누리랩스에 합류했다.",
       {"(엘리자 모건)-[left]->(Thinking Machines Lab)", "(엘리자 모건)-[joined]->(누리랩스)"}, {}},
  });
  CHECK(testing::en::graph_of({"Thinking Machines Lab (TML) hired Dana Moss in May. Moss left TML in October."})
            .find("(Dana Moss)-[left]->(Thinking Machines Lab)\n") != std::string::npos);
  // "모건(TML)" in a list of who left where: TML is where, not another name of the person
  Extractor x(default_lexicon());
  Document d;
  d.text = "입력 2025.03.10 09:00\n싱킹 머신즈 랩의 공동창업자인 엘리자 모건이 지난달 회사를 떠났다.\n\n- 떠난 사람: 모건(TML), 르쿤(메타)\n";
  d.source = "a.txt";
  const DocExtraction e = x.extract(d);
  bool found = false;
  for (const LocalEntity& ent : e.entities)
    if (ent.name == "엘리자 모건") {
      found = true;
      for (const Alias& a : ent.names) CHECK(a.text != "TML");
    }
  CHECK(found);
}

TEST_CASE("interviews asking on lines opened by a hyphen: what the answers say the company did is the interviewee's company's") {
  const char* text =
      "[인터뷰] 윤서진 가온웍스 대표 \"작은 모델이 이긴다\"\n\n"
      "도쿄의 AI 스타트업 가온웍스는 음성 모델을 만든다. 2024년 4월 윤서진 대표와 모리타 겐지 최고기술책임자(CTO)가 함께 세웠다.\n\n"
      "- 창업 전에는 어떤 일을 했나.\n\n"
      "\"한빛전자에서 6년간 음성 연구를 했습니다.\"\n\n"
      "- 투자 유치는 어땠나.\n\n"
      "\"시리즈A는 봄날벤처스가 주도했고, 파도캐피털이 참여했어요. 지난해에는 음성 모델 '소리결-2'를 내놓았습니다.\"\n\n"
      "- 한국 사업은 어떻게 되고 있나.\n\n"
      "\"서울 지사를 열었고, 지사장으로 한빛전자 출신인 권도현 씨를 영입했습니다.\"\n";
  check_rows({{text,
               {"(윤서진)-[founded]->(가온웍스)", "(모리타 겐지)-[founded]->(가온웍스)", "(봄날벤처스)-[invested]->(가온웍스)",
                "(파도캐피털)-[invested]->(가온웍스)", "(권도현)-[joined]->(가온웍스)", "(가온웍스)-[developed]->(소리결-2)"},
               {"(윤서진)-[developed]->(소리결-2)"}}});
}

TEST_CASE("a company named without the kind of company written onto its name is that company, a fund's word is no such kind") {
  Extractor x(default_lexicon());
  auto names_of = [&](const std::string& text) {
    Document d;
    d.text = "입력 2025.03.10 09:00\n" + text;
    d.source = "a.txt";
    std::vector<std::string> out;
    for (const LocalEntity& e : x.extract(d).entities)
      if (e.type == EntityType::Organization) {
        std::string all;
        for (const Alias& a : e.names) all += a.text + "|";
        out.push_back(all);
      }
    return out;
  };
  const auto one = names_of("가람랩스는 도쿄의 AI 스타트업이다. 한빛소프트가 가람 인수를 타진했다는 보도가 나왔다. 가람은 지난해 모델을 공개했다.");
  CHECK(std::count_if(one.begin(), one.end(), [](const std::string& n) { return n.find("가람랩스|") != std::string::npos && n.find("가람|") != std::string::npos; }) == 1);
  const auto two = names_of("가람벤처스는 지난달 한빛소프트에 투자했다. 가람은 지난해 모델을 공개했다.");
  CHECK(std::none_of(two.begin(), two.end(), [](const std::string& n) { return n.find("가람벤처스|") != std::string::npos && n.find("가람|") != std::string::npos; }));
}

TEST_CASE("a person's other name in parentheses after a label or by the surname, a company's Latin name after its Chinese characters") {
  // (Korean and English documents of the same people and companies: one node each)
  const std::string g = graph_of({"재미교포 2세인 김하준(미국명 네이선 김) 누리텍 대표는 구글 출신이다. 그는 지난해 레이첼 송(한국명 송지유) CTO를 영입했다.\n\n"
                                  "- 레이첼 송(송지유) 누리텍 최고기술책임자(CTO)\n\n송 CTO는 메타를 떠나 누리텍에 합류했다.\n\n"
                                  "중국 스타트업 위안치즈넝(远启智能·영문명 Farstart AI)이 3억 달러를 유치했다. 대만 진허시스템스(金河系統·Jinhe Systems)도 투자했다.",
                                  "Nathan Kim, CEO of Nuritech, said Rachel Song joined from Meta. Farstart AI raised $300 million. Jinhe Systems invested."});
  CAPTURE(g);
  CHECK(g.find("(Nathan Kim)-[works_for]->(Nuritech)") != std::string::npos);
  CHECK(g.find("(Rachel Song)-[left]->(Meta)") != std::string::npos);
  for (std::string_view split : {"(김하준)", "(송지유)", "(누리텍)", "(위안치즈넝)", "(진허시스템스)"}) CHECK(g.find(split) == std::string::npos);
}

TEST_CASE("a person named after a company of the document's first word is that company's person ('진허 차이위팅 회장')") {
  const std::string g = graph_of({"대만 진허시스템스는 서버 업체다. 진허 차이위팅 회장은 2011년 삼성전자를 나와 진허를 세웠다."});
  CAPTURE(g);
  CHECK(g.find("(차이위팅)-[left]->(Samsung Electronics)") != std::string::npos);
  CHECK(g.find("(차이위팅)-[founded]->(진허시스템스)") != std::string::npos);
  CHECK(g.find("(진허 차이위팅)") == std::string::npos);
}

TEST_CASE("a company found by its head alone beside its name with the kind is that company ('진허' / '진허시스템스')") {
  const std::string g = graph_of({"대만 진허시스템스는 서버 업체다. 차이위팅 회장은 2011년 삼성전자를 나와 스타트업 진허를 세웠다."});
  CAPTURE(g);
  CHECK(g.find("(차이위팅)-[founded]->(진허시스템스)") != std::string::npos);
  CHECK(g.find("(진허)") == std::string::npos);
}

TEST_CASE("mixed corpus: a Korean person's English name ('조 대표는 … '대니얼 조(Daniel Cho)'라는 영어 이름을 쓴다', ''토니 정'으로 불린다') joins the English articles' person") {
  using inmaek::extract::testing::en::graph_of;
  const std::string g = graph_of({"소리봇은 조현석 대표가 세운 회사다. 조 대표는 미국에서는 '대니얼 조(Daniel Cho)'라는 영어 이름을 쓴다.\n\n"
                                  "정미루 전 팀장은 이달 구글 딥마인드에 합류했다. 영어권에서는 '토니 정(Tony Jung)'으로 불린다.",
                                  "Daniel Cho left Naver in 2020. Tony Jung joined Kestrel Speech last year."});
  CAPTURE(g);
  CHECK(g.find("(조현석)-[founded]->(소리봇)") == std::string::npos);  // (one node, shown by its Latin name)
  CHECK(g.find("(Daniel Cho)-[founded]->(소리봇)") != std::string::npos);
  CHECK(g.find("(Daniel Cho)-[left]->(Naver)") != std::string::npos);
  CHECK(g.find("(Tony Jung)-[joined]->(DeepMind)") != std::string::npos);
  CHECK(g.find("(Tony Jung)-[joined]->(Kestrel Speech)") != std::string::npos);
}

TEST_CASE("english: a Korean name after a dash, written surname first ('Grace Seo - Seo Ji-hye on her business card -'), is the same person, not a list's next name") {
  using inmaek::extract::testing::en::graph_of;
  using inmaek::extract::testing::en::subject_of;
  const std::string g = graph_of({"Founder Grace Seo - Seo Ji-hye on her Korean business card - spent seven years at a chipmaker.\n\n"
                                  "Seo Ji-hye founded Hanul Drive in 2023.",
                                  "Grace Seo left Samsung in 2023.",
                                  "Speakers: Jiwon Kim \u2014 Minsu Kim. Minsu Kim joined Hanul Drive in 2024. Jiwon Kim left Kakao in 2022."});
  CAPTURE(g);
  CHECK(subject_of(g, ")-[left]->(Samsung") == subject_of(g, ")-[founded]->(Hanul Drive)"));
  CHECK(!subject_of(g, ")-[founded]->(Hanul Drive)").empty());
  CHECK(subject_of(g, ")-[left]->(Kakao)") != subject_of(g, ")-[joined]->(Hanul Drive)"));
}

TEST_CASE("english: a person's other name ('Daniel Cho, whose Korean name is Cho Hyun-seok', 'Sarah Han (Han Mi-rae)') is one person") {
  using inmaek::extract::testing::en::graph_of;
  const std::string g = graph_of({"Soribot was founded by Daniel Cho, whose Korean name is Cho Hyun-seok. Cho Hyun-seok left Naver in 2020.\n\n"
                                  "Its CTO is Sarah Han (Han Mi-rae). Han Mi-rae joined Soribot in 2021.",
                                  "Sarah Han left Kakao Brain in 2020."});
  CAPTURE(g);
  using inmaek::extract::testing::en::subject_of;
  CHECK(subject_of(g, ")-[founded]->(Soribot)") == subject_of(g, ")-[left]->(Naver)"));
  CHECK(!subject_of(g, ")-[founded]->(Soribot)").empty());
  CHECK(subject_of(g, ")-[joined]->(Soribot)") == subject_of(g, ")-[left]->(Kakao Brain)"));
  CHECK(!subject_of(g, ")-[joined]->(Soribot)").empty());
}
