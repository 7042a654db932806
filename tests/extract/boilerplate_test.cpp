#include "extract/boilerplate.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "extract/text.h"

namespace ex = inmaek::extract;

namespace {

std::vector<std::string> body(const std::string& raw) {
  const ex::Text t = ex::normalize(raw);
  std::vector<std::string> out;
  for (const ex::Span& s : ex::body_paragraphs(t)) out.emplace_back(t.slice(s));
  return out;
}

const std::string kHead = "노바랩스, 새 언어모델 공개하며 시장 진출\n";
const std::string kBody1 = "노바랩스가 새로운 언어모델을 공개했다. 회사는 내년 상용화를 목표로 한다.";
const std::string kBody2 = "업계는 이번 발표가 경쟁 구도를 바꿀 것으로 보고 있다.";

}  // namespace

TEST_CASE("body_paragraphs drops one kind of boilerplate per row") {
  struct Row {
    std::string name;
    std::string page;  // kHead + page + kBody1 + kBody2 lines
  };
  const std::vector<Row> rows = {
      {"navigation", "본문 바로가기\n전체메뉴\n로그인\n경제\n"},
      {"comment and vote widgets", "댓글 0\n·\n저장 0\n찬/반 투표\n0명이 투표했어요\n좋아요 12\n댓글 3개\n"},
      {"share buttons", "공유하기\n페이스북\n카카오톡\nURL 복사\n"},
      {"bylines", "편집: 홍길동 기자\n홍길동 기자 hong@example.com\n김영희 기자\n"},
      {"metadata", "입력 2024.06.20 10:41\n수정 2024-06-21\n발행: 2026.02.04 18:20\n"},
      {"captions", "연구소 전경. 사진=노바랩스\n(사진=연합뉴스)\n▲ 발표 중인 대표\n[사진 제공=노바랩스]\n"},
      {"summary box", "기사 3줄 요약\n- 1 모델 공개\n- 2 상용화 목표\n- 3 경쟁 심화\n"},
      {"subscription and ads", "구독\n뉴스레터 무료 구독하기\n광고\nAD\n"},
      {"english widgets", "Share\nSubscribe\nAdvertisement\nBy Jane Doe\n"},
      {"doubled caption", "무대에 선 대표이사무대에 선 대표이사\n"},
      {"tag lines", "Tags: Rastro, Product, Team, Remate\nFiled under: Funding, Sports data\n태그: 노바랩스, 언어모델\n"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.name);
    const std::string page = kHead + row.page + kBody1 + "\n" + kBody2 + "\n";
    CHECK(body(page) == std::vector<std::string>{kHead.substr(0, kHead.size() - 1), kBody1, kBody2});
  }
}

TEST_CASE("body_paragraphs: tail blocks end at the next body-like line") {
  struct Row {
    std::string name;
    std::string page;
    std::vector<std::string> expected;
  };
  const std::vector<Row> rows = {
      {"copyright then headline list",
       kHead + kBody1 + "\nCopyright © 가상일보. 무단전재 및 재배포 금지.\n- 다른 기사 제목 하나\n- 다른 기사 제목 둘\n",
       {"노바랩스, 새 언어모델 공개하며 시장 진출", kBody1}},
      {"related heading then list then body",
       kHead + kBody1 + "\n관련 기사\n다른 회사도 모델 공개\n또 다른 소식 제목\n" + kBody2 + "\n",
       {"노바랩스, 새 언어모델 공개하며 시장 진출", kBody1, kBody2}},
      {"most read", kHead + kBody1 + "\n많이 본 뉴스\n오늘의 날씨는 맑음\n",
       {"노바랩스, 새 언어모델 공개하며 시장 진출", kBody1}},
      {"contact block", kHead + kBody1 + "\n■ 제보하기\n▷ 전화 : 02-000-0000\n▷ 이메일 : tip@example.com\n",
       {"노바랩스, 새 언어모델 공개하며 시장 진출", kBody1}},
      {"english related", "Nova Labs unveils a new model\nNova Labs released a new language model on Monday.\nRelated stories\nAnother headline here\n© 2025 Example News\n",
       {"Nova Labs unveils a new model", "Nova Labs released a new language model on Monday."}},
  };
  for (const Row& row : rows) {
    CAPTURE(row.name);
    CHECK(body(row.page) == row.expected);
  }
}

TEST_CASE("body_paragraphs keeps headline and subheadings, drops what precedes the headline") {
  const std::string page =
      "닫기\n가상경제\n" + kHead + "◇ 두 번째 모델도 준비\n" + kBody1 + "\n오픈 모델의 다음 단계\n" + kBody2 + "\n반응형\n";
  CHECK(body(page) == std::vector<std::string>{"노바랩스, 새 언어모델 공개하며 시장 진출", "◇ 두 번째 모델도 준비", kBody1,
                                               "오픈 모델의 다음 단계", kBody2});
}

TEST_CASE("body_paragraphs cuts byline and dateline prefixes but keeps the line") {
  struct Row {
    std::string line;
    std::string expected;
  };
  const Row rows[] = {
      {"[서울=가상통신] 김철수 기자 = 노바랩스가 모델을 공개했다.", "노바랩스가 모델을 공개했다."},
      {"(서울=가상뉴스) 이영희 특파원= 노바랩스가 모델을 공개했다.", "노바랩스가 모델을 공개했다."},
      {"【부산=가상뉴시스】 박민수 기자 park@example.com = 노바랩스가 모델을 공개했다.", "노바랩스가 모델을 공개했다."},
      {"[서울=가상통신] 노바랩스가 모델을 공개했다.", "노바랩스가 모델을 공개했다."},
      {"SEOUL (Reuters) - Nova Labs released a model.", "Nova Labs released a model."},
      // (any agency's name, after places in capitals joined by a slash and a date)
      {"BENGALURU/TEL AVIV, March 11 (Global Tech Wire) - Nova Labs released a model.", "Nova Labs released a model."},
      {"SEOUL, June 10 (Asia Markets Wire) \u2014 Nova Labs released a model.", "Nova Labs released a model."},
      // (not a sentence's own parenthesis)
      {"Nova Labs (Seoul) - a startup - released a model.", "Nova Labs (Seoul) - a startup - released a model."},
      {"[단독] 노바랩스가 모델을 공개했다.", "[단독] 노바랩스가 모델을 공개했다."},
      {"A=B 관계를 설명하는 기자 간담회가 열렸다.", "A=B 관계를 설명하는 기자 간담회가 열렸다."},
  };
  for (const Row& row : rows) {
    CAPTURE(row.line);
    CHECK(body(kHead + row.line + "\n") ==
          std::vector<std::string>{"노바랩스, 새 언어모델 공개하며 시장 진출", row.expected});
  }
}

TEST_CASE("body_paragraphs reads a repeated body once") {
  struct Row {
    std::string name;
    std::string page;
    std::vector<std::string> expected;
  };
  const std::string s1 = "노바랩스가 새 모델을 공개했다.";
  const std::string s2 = "회사는 내년 상용화를 목표로 한다.";
  const std::string s3 = "업계는 경쟁이 치열해질 것으로 본다.";
  const std::vector<Row> rows = {
      {"identical copy", kHead + s1 + "\n" + s2 + "\n  • " + kHead + s1 + "\n" + s2 + "\n",
       {"노바랩스, 새 언어모델 공개하며 시장 진출", s1, s2}},
      {"different spacing", kHead + s1 + " " + s2 + "\n" + s1 + "  " + s2 + "\n",
       {"노바랩스, 새 언어모델 공개하며 시장 진출", s1 + " " + s2}},
      {"split differently", kHead + s1 + " " + s2 + "\n" + s3 + "\n" + s1 + "\n" + s2 + " " + s3 + "\n",
       {"노바랩스, 새 언어모델 공개하며 시장 진출", s1 + " " + s2, s3}},
      {"seen sentence at the start is cut", kHead + s1 + "\n" + s1 + " " + s3 + "\n",
       {"노바랩스, 새 언어모델 공개하며 시장 진출", s1, s3}},
      {"caption half seen later", kHead + "무대에 선 대표이사무대에 선 대표이사\n" + s1 + "\n무대에 선 대표이사\n",
       {"노바랩스, 새 언어모델 공개하며 시장 진출", s1}},
  };
  for (const Row& row : rows) {
    CAPTURE(row.name);
    CHECK(body(row.page) == row.expected);
  }
}

TEST_CASE("body_paragraphs on empty and boilerplate-only pages") {
  CHECK(body("").empty());
  CHECK(body("로그인\n댓글 0\n").empty());
}

TEST_CASE("body_paragraphs keeps the items of an announcement of appointments, drops a caption with the same mark") {
  const std::string page = kHead + "◇누리랩\n<신규 선임>\n▲최고재무책임자(CFO) 한보미\n▲상무 김도윤(전 하늘증권 이사) ▲이사 박서린\n"
                           "▲ 발표 중인 대표\n" + kBody1 + "\n";
  const std::vector<std::string> b = body(page);
  CHECK(std::find(b.begin(), b.end(), "▲최고재무책임자(CFO) 한보미") != b.end());
  CHECK(std::find(b.begin(), b.end(), "▲상무 김도윤(전 하늘증권 이사) ▲이사 박서린") != b.end());
  CHECK(std::find(b.begin(), b.end(), "▲ 발표 중인 대표") == b.end());
}

TEST_CASE("body_paragraphs keeps a panellist's profile after the mark ('▲X 대표 = sentences'), drops a notice with an equals sign") {
  const std::string profile = "▲천하윤 누리랩 대표 = 하늘전자에서 10년간 반도체 설계 엔지니어로 일하다 2023년 서울에서 누리랩을 창업했다.";
  const std::string notice = "▲박도윤(누리랩 연구원)씨 부친상 = 11일 서울의 한 병원 장례식장, 발인 13일 오전 8시";
  const std::vector<std::string> b = body(kHead + profile + "\n" + notice + "\n" + kBody1 + "\n");
  CHECK(std::find(b.begin(), b.end(), profile) != b.end());
  CHECK(std::find(b.begin(), b.end(), notice) == b.end());
}

TEST_CASE("boilerplate: a post's own byline ('Posted on DATE by X', 'Written by X') stays, a bare date line goes") {
  const std::string text = "Eleven months of Orbit\nPosted on February 22, 2026 by Ana Duarte\nPosted on February 22, 2026\nWritten by Ben Ito\n"
                           "Orbit Labs makes speech models for small shops.";
  std::string kept;
  const inmaek::extract::Text t = inmaek::extract::normalize(text);
  for (const inmaek::extract::Span& p : inmaek::extract::body_paragraphs(t)) kept += std::string(t.slice(p)) + "\n";
  CHECK(kept.find("by Ana Duarte") != std::string::npos);
  CHECK(kept.find("Written by Ben Ito") != std::string::npos);
  CHECK(kept.find("Posted on February 22, 2026\n") == std::string::npos);
}

TEST_CASE("boilerplate: a line of a site's sections between vertical bars is navigation, a headline with its site's name stays") {
  const std::string text = "Orbit Labs raises money | Grid Weekly\nData Centres | Silicon | Cloud | Power & Cooling | People\n"
                           "Orbit Labs makes speech models for small shops.";
  std::string kept;
  const inmaek::extract::Text t = inmaek::extract::normalize(text);
  for (const inmaek::extract::Span& p : inmaek::extract::body_paragraphs(t)) kept += std::string(t.slice(p)) + "\n";
  CHECK(kept.find("Power & Cooling") == std::string::npos);
  CHECK(kept.find("Orbit Labs raises money") != std::string::npos);
  CHECK(kept.find("speech models") != std::string::npos);
}
