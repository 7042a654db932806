#include "extract/sentences.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract/text.h"

namespace ex = inmaek::extract;

namespace {

std::vector<std::string> split(const std::string& raw) {
  const ex::Text t = ex::normalize(raw);
  std::vector<std::string> out;
  for (const ex::Span& s : ex::split_sentences(t, {0, t.norm.size()})) out.emplace_back(t.slice(s));
  return out;
}

}  // namespace

TEST_CASE("split_sentences") {
  struct Row {
    std::string text;
    std::vector<std::string> sentences;
  };
  const std::vector<Row> rows = {
      {"노바랩스가 문을 열었다. 직원은 열 명이다.", {"노바랩스가 문을 열었다.", "직원은 열 명이다."}},
      {"투자를 받았습니다. 그렇죠? 정말요! 네.", {"투자를 받았습니다.", "그렇죠?", "정말요!", "네."}},
      {"회사를 떠났습니다.내부 갈등 때문입니다.", {"회사를 떠났습니다.", "내부 갈등 때문입니다."}},
      {"  앞뒤 공백은 잘린다.   다음 문장.  ", {"앞뒤 공백은 잘린다.", "다음 문장."}},
      {"제목에는 마침표가 없다", {"제목에는 마침표가 없다"}},
      // quotations
      {"그는 \"우리는 준비됐다. 곧 출시한다.\"라고 말했다. 다음 문장이다.",
       {"그는 \"우리는 준비됐다. 곧 출시한다.\"라고 말했다.", "다음 문장이다."}},
      {"대표는 \u201C늦지 않았다.\u201D고 밝혔다. 끝이다.", {"대표는 \"늦지 않았다.\"고 밝혔다.", "끝이다."}},
      {"그는 '끝났다.'며 웃었다. 끝.", {"그는 '끝났다.'며 웃었다.", "끝."}},
      {"\"준비됐다.\" 그가 말했다.", {"\"준비됐다.\"", "그가 말했다."}},
      {"\"정말인가?\"는 질문이 나왔다.", {"\"정말인가?\"는 질문이 나왔다."}},
      {"따옴표 \"하나만 있다. 그래도 나눈다.", {"따옴표 \"하나만 있다.", "그래도 나눈다."}},
      // a quotation that is the whole line (an interview's answer): its Korean sentences are split
      {"\"2019년 입사했다. 2022년 옮겼다. 좋은 회사다.\"\n―다음 질문은.",
       {"\"2019년 입사했다.", "2022년 옮겼다.", "좋은 회사다.\"", "―다음 질문은."}},
      {"\"입사했다. 옮겼다.\"라고 말했다.", {"\"입사했다. 옮겼다.\"라고 말했다."}},
      // parentheses
      {"모델(버전 2. 개선판)을 냈다. 끝.", {"모델(버전 2. 개선판)을 냈다.", "끝."}},
      // numbers
      {"성장률은 2.5배, 점유율은 10.3%다. 매출은 1,000억 원이다.",
       {"성장률은 2.5배, 점유율은 10.3%다.", "매출은 1,000억 원이다."}},
      {"Revenue rose 4.5% in 2023. It was a record.", {"Revenue rose 4.5% in 2023.", "It was a record."}},
      {"1. 첫째 항목이다. 둘째다.", {"1. 첫째 항목이다.", "둘째다."}},
      // abbreviations and initials
      {"Mr. Kim met Dr. Lee at Nova Inc. in the U.S. yesterday. They talked.",
       {"Mr. Kim met Dr. Lee at Nova Inc. in the U.S. yesterday.", "They talked."}},
      {"It opened on Jan. 5 vs. rivals, e.g. Acme Corp. and Beta Co. Ltd. today. Done.",
       {"It opened on Jan. 5 vs. rivals, e.g. Acme Corp. and Beta Co. Ltd. today.", "Done."}},
      {"J. R. Smith joined. He left.", {"J. R. Smith joined.", "He left."}},
      // a funding round's letter ends the sentence
      {"It took part in a $221 million Series B. The chipmaker grew.", {"It took part in a $221 million Series B.", "The chipmaker grew."}},
      // ellipsis
      {"AI 전쟁\u2026대항마 검토", {"AI 전쟁\u2026대항마 검토"}},
      {"빌라더니...여당 주도로 통과", {"빌라더니...여당 주도로 통과"}},
      {"기다렸다... 그리고 떠났다.", {"기다렸다...", "그리고 떠났다."}},
      {"We waited... Then it came.", {"We waited...", "Then it came."}},
      {"and so on... and on.", {"and so on... and on."}},
      // other marks, newlines
      {"第一句。第二句。", {"第一句。", "第二句。"}},
      {"첫 줄\n둘째 줄.", {"첫 줄", "둘째 줄."}},
      {"What?! Really.", {"What?!", "Really."}},
      {"Version 2.0.1 shipped.", {"Version 2.0.1 shipped."}},
      {"", {}},
  };
  for (const Row& row : rows) {
    CAPTURE(row.text);
    CHECK(split(row.text) == row.sentences);
  }
}

TEST_CASE("split_sentences stays inside the paragraph span") {
  const ex::Text t = ex::normalize("머리말. 본문 하나. 본문 둘. 꼬리말.");
  const std::size_t b = t.norm.find("본문 하나");
  const std::size_t e = t.norm.find(" 꼬리말");
  std::vector<std::string> got;
  for (const ex::Span& s : ex::split_sentences(t, {b, e})) {
    CHECK(s.begin >= b);
    CHECK(s.end <= e);
    got.emplace_back(t.slice(s));
  }
  CHECK(got == std::vector<std::string>{"본문 하나.", "본문 둘."});
}

TEST_CASE("split_sentences: an initial or an abbreviation closing a parenthesis ends no sentence") {
  CHECK(split("누리랩스가 내놓은 '누리봇(N.)' 사업을 이끈 민서준 부사장은 승진했다. 다음 문장이다.").size() == 2);
  CHECK(split("Nuriwave (Corp.) raised money. Next sentence.").size() == 2);
  CHECK(split("그는 떠났다(사진.) 다음 문장이다.").size() == 2);  // (a Korean word before the mark ends one)
}

TEST_CASE("split_sentences: a foreign legal form ends a sentence unless a word in lower case follows") {
  CHECK(split("Verdant Compute B.V. was founded in 2019. It makes chips.") ==
        std::vector<std::string>{"Verdant Compute B.V. was founded in 2019.", "It makes chips."});
  CHECK(split("The group set up Orbisant Japan K.K. The unit sells software.") ==
        std::vector<std::string>{"The group set up Orbisant Japan K.K.", "The unit sells software."});
  // (closing a parenthesis too: the brand's legal name, then the sentence goes on)
  CHECK(split("Corvane AI (Corvane Neural Systems Ltd.) was founded in Berlin. It makes models.") ==
        std::vector<std::string>{"Corvane AI (Corvane Neural Systems Ltd.) was founded in Berlin.", "It makes models."});
  CHECK(split("The deal went to Corvane (Corvane Neural Systems Ltd.) Its rivals lost.").size() == 2);
}

TEST_CASE("split_sentences: an interview's speaker label at a line's start is a sentence of its own") {
  CHECK(split("사회자: 최근 소식이 있었죠.\n윤서진: 모리타 료 박사가 합류했습니다.") ==
        std::vector<std::string>{"사회자:", "최근 소식이 있었죠.", "윤서진:", "모리타 료 박사가 합류했습니다."});
  // (not a colon inside a line, nor a Latin label, nor a time)
  CHECK(split("발표 시각은 오전 10:30이다.") == std::vector<std::string>{"발표 시각은 오전 10:30이다."});
  CHECK(split("MODERATOR: Welcome back.") == std::vector<std::string>{"MODERATOR: Welcome back."});
  CHECK(split("그가 말했다: 준비됐다.") == std::vector<std::string>{"그가 말했다: 준비됐다."});
  // a part in parentheses: the speaker's company or part in the talk
  CHECK(split("윤서진(봉우랩스): 저희가 합류했습니다.\n민지호(사회): 좋습니다.") ==
        std::vector<std::string>{"윤서진(봉우랩스):", "저희가 합류했습니다.", "민지호(사회):", "좋습니다."});
  CHECK(split("봉우랩스(대표 윤서진)는 성장했다.") == std::vector<std::string>{"봉우랩스(대표 윤서진)는 성장했다."});
  // (a name alone may end like a verb: 카스티요)
  CHECK(split("카스티요: 사실이 아닙니다.") == std::vector<std::string>{"카스티요:", "사실이 아닙니다."});
}

TEST_CASE("split_sentences: dotted initials of any script before a word in lower case end no sentence ('S.A. de C.V.) said', 'A.Ş. on the paperwork')") {
  CHECK(split("Kappa Compute (legally Kappa Cómputo S.A. de C.V.) said it had bought Lince. Next sentence.").size() == 2);
  CHECK(split("She co-founded Mavi AI — Mavi Yapay Zeka A.Ş. on the paperwork — in 2022. Next sentence.").size() == 2);
  CHECK(split("The deal went to Kappa (Kappa Cómputo S.A. de C.V.) Its rivals lost.").size() == 2);
}

TEST_CASE("split_sentences: a company's legal form before a capitalised word and a word in lower case ends the sentence, unless the word is a title") {
  CHECK(split("It is controlled by Doosan Corp. Actuators account for half the cost.").size() == 2);
  CHECK(split("Apple Inc. Chief executive Tim Cook said nothing.").size() == 1);
  CHECK(split("Acme Corp. said it hired Jane Roe.").size() == 1);
  CHECK(split("Nvidia Corp. CEO Jensen Huang spoke.").size() == 1);
}

TEST_CASE("split_sentences: a company's legal form before a word that opens sentences ends the sentence ('Corp. An SK Telecom spokesperson')") {
  CHECK(split("It formed the venture with Hanbit Power Corp. An SK Telecom spokesperson declined to comment.").size() == 2);
  CHECK(split("Orvane sold the unit to Keller Inc. The buyer paid cash.").size() == 2);
  CHECK(split("Keller Inc. Orvane Labs said.").size() == 1);
}

TEST_CASE("split_sentences: a letter after an ampersand is no initial ('for R&D. Venkat Iyer ...' is two sentences)") {
  CHECK(split("She is the vice president for R&D. Venkat Iyer joined her team.").size() == 2);
  CHECK(split("The deal with AT&T. Mara Voss signed it.").size() == 2);
  CHECK(split("It was signed by John D. Rockefeller in person.").size() == 1);
}
