// inmaek_corpus_gen: a deterministic synthetic corpus of Korean AI-industry news articles.
//
//   inmaek_corpus_gen --articles N --out DIR [--seed S] [--threads T] [--lexicon FILE]
//
// Writes N articles (~5 KB each) as DIR/NNNN/NNNNNNN.txt, 1,000 per folder, streaming (one
// article in memory per thread). Each article has site boilerplate (menus, byline, share
// buttons, related links, copyright), a headline and 20-40 body sentences: relation sentences
// of all nine types in varied forms (particles by batchim, passives, appositions, pronouns,
// negations and plans), dates ("2021년", "지난해 11월"), amounts ("10억 달러", "1200억원") and
// filler. About half the names come from the lexicon (built in, or --lexicon) with their
// spelling variants; the rest are invented from syllable pools and recur across articles.
// The output depends only on (N, seed, lexicon): article i is generated from its own PRNG
// stream, so any --threads gives the same files. Writes DIR/.complete (article count, bytes)
// last, so a half-written corpus is never mistaken for a finished one.
#include <algorithm>
#include <atomic>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <mutex>
#include <sstream>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "extract/lexicon.h"
#include "tools/bench/korean_internal.h"

namespace fs = std::filesystem;
using inmaek::bench::Rng;

namespace inmaek::bench {
namespace {

struct Name {
  std::vector<std::string> forms;  // spelling variants; forms[0] is the full form
  std::string english;             // Latin name, sometimes written in parentheses
};

struct Pools {
  std::vector<Name> people, orgs, products;  // lexicon first, then invented
  std::size_t lex_people = 0, lex_orgs = 0, lex_products = 0;
};

// ---- invented names -------------------------------------------------------------------------

constexpr const char* kSurnames[] = {"김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오",
                                      "서", "신", "권", "황", "안", "송", "류", "홍", "전", "고", "문", "손"};
constexpr const char* kGivenSyl[] = {"민", "서", "지", "현", "준", "우", "도", "하", "윤", "수", "예", "주",
                                      "은", "재", "승", "태", "경", "영", "진", "호", "나", "린", "훈", "혜"};
constexpr const char* kForeignGiven[] = {"레이철", "마커스", "소피", "다니엘", "에밀리", "토마스", "한나", "루카스",
                                          "클레어", "니콜라스", "올리비아", "라이언", "이사벨", "조너선", "카밀라", "데이비드",
                                          "그레이스", "사무엘", "엘레나", "벤저민", "아리아", "맥스", "노라", "레오"};
constexpr const char* kForeignFamily[] = {"하트먼", "벨로", "오코너", "라르센", "피셔", "모레노", "챈", "쿠퍼",
                                           "베넷", "로시", "카터", "노박", "헤이스", "바르가스", "린드", "애벗",
                                           "퀸", "브래디", "소렌슨", "마르티네스", "웰치", "하비", "톨버트", "에이버리"};
constexpr const char* kOrgSyl[] = {"노바", "큐브", "하이퍼", "리프", "스텔라", "게이트", "코어", "브릿지", "딥",
                                    "소울", "네오", "웨이브", "퀀텀", "젠", "마인드", "루멘", "옵티", "플럭스",
                                    "아크", "엘리", "시냅스", "벡터", "오르빗", "테라", "픽셀", "모션", "루프"};
constexpr const char* kOrgSuffix[] = {"",       "",       "",   "랩스", "테크",   "AI",     "로보틱스",
                                       "벤처스", "파트너스", "캐피털", "바이오", "시스템즈", "인더스트리"};
constexpr const char* kProductSyl[] = {"오로라", "아틀라스", "헤론", "미라지", "솔라", "카이로", "베가", "루나",
                                        "제피르", "오닉스", "이카루스", "노바", "피닉스", "타이탄", "에코", "아리엘"};

std::string invent_korean_person(Rng& r) {
  return std::string(r.pick(kSurnames)) + r.pick(kGivenSyl) + r.pick(kGivenSyl);
}

std::string invent_foreign_person(Rng& r) { return std::string(r.pick(kForeignGiven)) + " " + r.pick(kForeignFamily); }

std::string invent_org(Rng& r) {
  std::string s = std::string(r.pick(kOrgSyl)) + r.pick(kOrgSyl);
  const char* suf = r.pick(kOrgSuffix);
  if (*suf) s += (r.chance(0.3) ? " " : "") + std::string(suf);
  return s;
}

std::string invent_product(Rng& r) {
  std::string s = r.pick(kProductSyl);
  if (r.chance(0.6)) s += "-" + std::to_string(r.range(1, 5));
  return s;
}

// ---- lexicon names --------------------------------------------------------------------------

void add_lexicon(Pools& p, const extract::Lexicon& lex) {
  for (const extract::LexiconEntry& e : lex.entries()) {
    Name n;
    for (const Alias& a : e.names)
      if (a.lang == "ko") n.forms.push_back(a.text);
      else if (n.english.empty() && a.lang == "en") n.english = a.text;
    if (n.english.empty()) n.english = e.canonical;
    if (n.forms.empty()) n.forms.push_back(e.canonical);
    // the longest Korean form first: that is the full name an article introduces
    std::stable_sort(n.forms.begin(), n.forms.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
    switch (e.type) {
      case EntityType::Person: p.people.push_back(std::move(n)); break;
      case EntityType::Organization: p.orgs.push_back(std::move(n)); break;
      case EntityType::Product: p.products.push_back(std::move(n)); break;
    }
  }
  p.lex_people = p.people.size();
  p.lex_orgs = p.orgs.size();
  p.lex_products = p.products.size();
}

void add_invented(Pools& p, std::uint64_t seed, std::size_t articles) {
  Rng r(seed ^ 0x9e3779b97f4a7c15ULL);
  // Distinct entities grow with the corpus, sublinearly, as in real news.
  const std::size_t people = 300 + articles / 8, orgs = 200 + articles / 16, products = 100 + articles / 40;
  for (std::size_t i = 0; i < people; ++i) {
    Name n;
    n.forms.push_back(r.chance(0.6) ? invent_korean_person(r) : invent_foreign_person(r));
    p.people.push_back(std::move(n));
  }
  for (std::size_t i = 0; i < orgs; ++i) {
    Name n;
    n.forms.push_back(invent_org(r));
    p.orgs.push_back(std::move(n));
  }
  for (std::size_t i = 0; i < products; ++i) {
    Name n;
    n.forms.push_back(invent_product(r));
    p.products.push_back(std::move(n));
  }
}

// ---- one article ----------------------------------------------------------------------------

constexpr const char* kTitles[] = {"대표", "CEO", "최고기술책임자(CTO)", "부사장", "수석연구원", "최고과학자",
                                    "이사", "연구소장", "최고운영책임자(COO)", "팀장", "상무", "전무"};
constexpr const char* kSites[] = {"한누리경제", "매일테크경제", "이슈픽 IT", "디지털인사이트", "코리아AI타임스", "테크온뉴스"};
constexpr const char* kSections[] = {"경제", "산업", "IT·과학", "국제", "오피니언", "포토", "스포츠", "문화"};
constexpr const char* kReporters[] = {"오태경", "장하린", "배윤슬", "김도윤", "한지우", "서민재", "윤가람", "정예린"};
constexpr const char* kCurrencies[] = {"억 달러", "억원", "만 달러", "조원", "억 유로"};
constexpr const char* kLeads[] = {"업계에 따르면 ", "회사 측에 따르면 ", "이날 발표에 따르면 ", "블룸버그 보도에 따르면 ",
                                   "복수의 관계자에 따르면 "};
constexpr const char* kFiller[] = {
    "업계에서는 생성형 AI 시장의 경쟁이 한층 치열해질 것으로 보고 있다.",
    "이번 발표는 최근 반도체 공급 부족이 이어지는 가운데 나왔다.",
    "시장조사업체들은 내년 AI 반도체 수요가 두 배 가까이 늘 것으로 전망했다.",
    "국내 금융권과 공공기관도 자체 언어모델 도입을 서두르고 있다.",
    "다만 규제 당국은 데이터 보호와 저작권 문제를 면밀히 살펴보겠다는 입장이다.",
    "전문가들은 인재 확보 경쟁이 당분간 이어질 것이라고 내다봤다.",
    "회사 측은 구체적인 계약 조건을 공개하지 않았다.",
    "한편 이날 코스닥 시장에서 AI 관련주는 일제히 강세를 보였다.",
    "해외 빅테크 기업들의 데이터센터 투자도 빠르게 늘고 있다.",
    "관계자는 \"아직 확정된 것은 없다\"며 말을 아꼈다.",
    "이 같은 흐름은 올해 하반기에도 계속될 것으로 보인다.",
    "온디바이스 AI와 경량 모델에 대한 관심도 커지는 추세다.",
    "일각에서는 기업가치가 지나치게 부풀려졌다는 지적도 나온다.",
    "정부는 AI 반도체와 데이터센터 지원 예산을 확대하기로 했다.",
};

class Writer {
 public:
  Writer(const Pools& p, Rng& r) : p_(p), r_(r) {}

  std::string article(std::size_t index) {
    out_.clear();
    const int year = 2019 + static_cast<int>(r_.below(7));
    const int month = r_.range(1, 12), day = r_.range(1, 28);
    const char* site = r_.pick(kSites);
    const char* reporter = r_.pick(kReporters);
    // Header boilerplate.
    out_ += site;
    out_ += "\n";
    for (int i = 0; i < 6; ++i) (out_ += r_.pick(kSections)) += i < 5 ? " | " : "\n";
    out_ += "로그인 회원가입 구독신청\n";
    out_ += std::string(site) + " > IT·과학 > 인공지능\n\n";
    headline_ = true;
    cast();
    out_ += sentence_text(relation_sentence()) + "\n";
    headline_ = false;
    out_ += std::string(r_.pick(kFiller)) + "\n\n";  // sub-headline
    char buf[160];
    std::snprintf(buf, sizeof buf, "입력 %d.%02d.%02d %02d:%02d | 수정 %d.%02d.%02d %02d:%02d\n", year, month, day,
                  r_.range(6, 20), r_.range(0, 59), year, month, day, r_.range(12, 23), r_.range(0, 59));
    out_ += buf;
    out_ += std::string(reporter) + " 기자\n글자크기 가 가 가 | 인쇄\n\n";
    out_ += fill("{P} {O} {T|이} 서울 강남구 본사에서 회사의 전략을 설명하고 있다. 사진={O} 제공", person(), org(), nullptr,
                 nullptr) + "\n\n";
    // Body: 20-40 sentences in paragraphs of 2-5.
    const int sentences = r_.range(20, 40);
    int in_para = 0, para_len = r_.range(2, 5);
    for (int i = 0; i < sentences; ++i) {
      if (i % 9 == 0) cast();  // new people and companies now and then
      std::string s;
      const double u = r_.uniform();
      if (u < 0.55) s = r_.chance(0.25) ? std::string(r_.pick(kLeads)) + relation_sentence() : relation_sentence();
      else if (u < 0.68) s = pronoun_sentence();
      else if (u < 0.80) s = quote_sentence();
      else s = filler_sentence();
      if (in_para) out_ += " ";
      out_ += s;
      if (++in_para == para_len) {
        out_ += "\n\n";
        in_para = 0;
        para_len = r_.range(2, 5);
      }
    }
    if (in_para) out_ += "\n\n";
    // Footer boilerplate.
    std::snprintf(buf, sizeof buf, "%s 기자 reporter%zu@%s.example.com\n\n", reporter, index % 97, "news");
    out_ += buf;
    out_ += "이 기사를 추천합니다 👍 " + std::to_string(r_.below(50)) + "\n";
    out_ += "공유하기 페이스북 트위터 카카오톡 URL복사\n\n관련기사\n";
    for (int i = 0; i < 4; ++i) out_ += "· " + std::string(r_.pick(kFiller)) + "\n";
    out_ += "\nCopyright ⓒ " + std::string(site) + " All rights reserved. 무단전재 및 재배포 금지\n\n많이 본 뉴스\n";
    out_ += "1 반도체 수출 석 달 연속 증가\n2 서울 아파트 전셋값 다시 오름세\n3 원·달러 환율 1450원대 마감\n"
            "4 주말 전국 대체로 맑고 일교차 커\n5 프로야구 개막전 매진 행렬\n\n"
            "회사소개 | 광고문의 | 제휴문의 | 개인정보처리방침 | 청소년보호정책 | 고충처리인\n";
    return out_;
  }

 private:
  const Pools& p_;
  Rng& r_;
  std::string out_;
  bool headline_ = false;
  // The article's cast: who the sentences are about (names recur inside an article).
  std::vector<const Name*> people_, orgs_, products_;
  std::vector<bool> introduced_;
  const Name* last_person_ = nullptr;
  const Name* last_org_ = nullptr;

  // Zipf-like choice: popular names come back often, half from the lexicon.
  const Name* choose(const std::vector<Name>& pool, std::size_t lex) {
    const bool from_lex = lex > 0 && (lex == pool.size() || r_.chance(0.5));
    const std::size_t lo = from_lex ? 0 : lex, n = from_lex ? lex : pool.size() - lex;
    const double u = r_.uniform();
    return &pool[lo + std::min(n - 1, static_cast<std::size_t>(u * u * static_cast<double>(n)))];
  }

  void cast() {
    people_.clear();
    orgs_.clear();
    products_.clear();
    for (int i = 0; i < 4; ++i) people_.push_back(choose(p_.people, p_.lex_people));
    for (int i = 0; i < 4; ++i) orgs_.push_back(choose(p_.orgs, p_.lex_orgs));
    for (int i = 0; i < 2; ++i) products_.push_back(choose(p_.products, p_.lex_products));
  }

  // A surface form: the full form the first time, then variants or the surname.
  std::string form(const Name* n) {
    if (n->forms.size() > 1 && r_.chance(0.4)) return n->forms[r_.below(n->forms.size())];
    if (!n->english.empty() && r_.chance(0.05)) return n->english;
    std::string f = n->forms[0];
    if (!n->english.empty() && r_.chance(0.08)) f += "(" + n->english + ")";
    return f;
  }

  const Name* person() { return last_person_ = people_[r_.below(people_.size())]; }
  const Name* org(const Name* other = nullptr) {
    const Name* o;
    do o = orgs_[r_.below(orgs_.size())];
    while (o == other && orgs_.size() > 1 && !r_.chance(0.01));
    return last_org_ = o;
  }
  const Name* product() { return products_[r_.below(products_.size())]; }

  std::string date() {
    switch (r_.below(8)) {
      case 0: return "지난해";
      case 1: return "올해 " + std::to_string(r_.range(1, 12)) + "월";
      case 2: return "지난해 " + std::to_string(r_.range(1, 12)) + "월";
      case 3: return std::to_string(r_.range(2010, 2025)) + "년 " + std::to_string(r_.range(1, 12)) + "월";
      case 4: return std::to_string(r_.range(1, 28)) + "일";
      default: return std::to_string(r_.range(2008, 2025)) + "년";
    }
  }

  std::string amount() {
    const char* cur = r_.pick(kCurrencies);
    std::string n = std::to_string(r_.range(1, 99) * (r_.chance(0.5) ? 10 : 1));
    if (std::string_view(cur) == "조원") n = std::to_string(r_.range(1, 9)) + "조" + std::to_string(r_.range(1, 9)) + "000억원";
    else n += cur;
    return r_.chance(0.2) ? "약 " + n : n;
  }

  std::string title() { return r_.pick(kTitles); }

  std::string sentence_text(std::string s) {
    if (headline_ && !s.empty() && s.back() == '.') s.pop_back();  // headlines end without a period
    return s;
  }

  // {P} person, {O}/{Q} organisations, {X} product, {D} date, {A} amount, {T} title;
  // a particle after '|' is attached with the right allomorph: {P|은} -> 김민수는.
  std::string fill(std::string_view tmpl, const Name* P, const Name* O, const Name* Q, const Name* X) {
    std::string s;
    for (std::size_t i = 0; i < tmpl.size();) {
      if (tmpl[i] != '{') {
        s += tmpl[i++];
        continue;
      }
      std::size_t close = tmpl.find('}', i);
      std::string_view slot = tmpl.substr(i + 1, close - i - 1);
      i = close + 1;
      std::string_view particle;
      if (std::size_t bar = slot.find('|'); bar != std::string_view::npos) {
        particle = slot.substr(bar + 1);
        slot = slot.substr(0, bar);
      }
      std::string word;
      switch (slot[0]) {
        case 'P': word = form(P); break;
        case 'O': word = form(O); break;
        case 'Q': word = form(Q); break;
        case 'X': word = r_.chance(0.5) ? "'" + form(X) + "'" : form(X); break;
        case 'D': word = date(); break;
        case 'A': word = amount(); break;
        case 'T': word = title(); break;
      }
      s += word;
      if (!particle.empty()) s += attach_particle(word, particle);
    }
    return s;
  }

  std::string relation_sentence() {
    static constexpr const char* kFounded[] = {
        "{P|은} {D} {O|을} 설립했다.",
        "{O|은} {D} {P|이} 세운 인공지능 스타트업이다.",
        "{O} 창업자인 {P|은} 이날 기자간담회에서 새 전략을 발표했다.",
        "{O|은} {P|와} 동료 연구자들이 {D} 공동 창업한 회사다.",
        "{P|은} {D} 독립해 {O|을} 창업할 계획이라고 밝혔다.",
        "{P} {O} 공동 창업자 겸 CEO는 \"규모보다 효율이 중요하다\"고 말했다.",
    };
    static constexpr const char* kLeft[] = {
        "{P|은} {D} {O|을} 떠났다.",
        "{O|에서} {T|을} 지낸 {P|은} 최근 새 회사를 차렸다.",
        "{P|은} {D} {O|에서} 퇴사했다.",
        "{P|은} {O|을} 떠나지 않겠다고 밝혔다.",
        "{O} 출신 {P|은} 업계에서 손꼽히는 연구자다.",
    };
    static constexpr const char* kJoined[] = {
        "{P|은} {D} {O|에} 합류했다.",
        "{O|은} {P|을} 새 {T|으로} 영입했다.",
        "{P|은} {Q|을} 거쳐 {D} {O|에} 합류했다.",
        "{O|은} {P|을} {T|으로} 영입할 예정이다.",
        "{D} {O|에} 입사한 {P|은} 현재 연구 조직을 이끌고 있다.",
    };
    static constexpr const char* kInvested[] = {
        "{O|은} {Q|에} {A|을} 투자했다.",
        "{Q|은} {O|으로부터} {A} 규모의 투자를 유치했다.",
        "{O|이} 주도한 이번 시리즈B 라운드에서 {Q|은} {A|을} 조달했다.",
        "{O|은} {Q|에} 투자하지 않았다고 해명했다.",
        "{Q|은} {D} {O} 등으로부터 {A|을} 유치했다.",
    };
    static constexpr const char* kDeveloped[] = {
        "{O|은} {D} {X|을} 공개했다.",
        "{X|은} {O|이} 개발한 대규모 언어모델이다.",
        "{O|이} 내놓은 {X|은} 출시 한 달 만에 이용자 100만명을 넘었다.",
        "{O|은} 내년 {X|을} 출시할 계획이다.",
        "{X|은} {O|에} 의해 개발됐다.",
    };
    static constexpr const char* kWorksFor[] = {
        "{O} {T} {P|은} \"시장이 빠르게 바뀌고 있다\"고 말했다.",
        "{P} {O} {T|은} 이날 새 로드맵을 소개했다.",
        "{O|의} {T|인} {P|은} 연구 조직을 총괄한다.",
        "{P|은} 현재 {O|에서} 연구원으로 일하고 있다.",
    };
    static constexpr const char* kAcquired[] = {
        "{O|은} {D} {Q|을} {A|에} 인수했다.",
        "{Q|은} {D} {O|에} 인수됐다.",
        "{O|이} {Q|을} 인수한다는 소문은 사실이 아닌 것으로 확인됐다.",
        "{O|은} {A|을} 들여 {Q|을} 인수하기로 했다.",
    };
    static constexpr const char* kSubsidiary[] = {
        "{Q|은} {O|의} 자회사다.",
        "{O|은} 자회사 {Q|을} 통해 일본 시장에 진출했다.",
        "{O|의} 한국 법인 {Q|은} {D} 서울에 문을 열었다.",
        "{Q|은} {O} 산하 연구소로 출발했다.",
    };
    static constexpr const char* kPartnered[] = {
        "{O|은} {Q|와} 전략적 파트너십을 맺었다.",
        "{O|와} {Q|은} {D} 업무협약(MOU)을 체결했다.",
        "{O|은} {Q|와} 손잡고 온디바이스 AI 개발에 나선다.",
        "{O|은} {Q|와} 협력할 계획은 없다고 선을 그었다.",
    };
    const Name* P = person();
    const Name* O = org();
    const Name* Q = org(O);
    const Name* X = product();
    switch (r_.below(9)) {
      case 0: return fill(r_.pick(kFounded), P, O, Q, X);
      case 1: return fill(r_.pick(kLeft), P, O, Q, X);
      case 2: return fill(r_.pick(kJoined), P, O, Q, X);
      case 3: return fill(r_.pick(kInvested), P, O, Q, X);
      case 4: return fill(r_.pick(kDeveloped), P, O, Q, X);
      case 5: return fill(r_.pick(kWorksFor), P, O, Q, X);
      case 6: return fill(r_.pick(kAcquired), P, O, Q, X);
      case 7: return fill(r_.pick(kSubsidiary), P, O, Q, X);
      default: return fill(r_.pick(kPartnered), P, O, Q, X);
    }
  }

  std::string pronoun_sentence() {
    static constexpr const char* kHe[] = {
        "그는 {D} {O|에} 합류했다.",
        "그는 {D} {O|을} 떠나 새 회사를 차렸다.",
        "그녀는 {O|에서} {T|을} 맡고 있다.",
        "이 회사는 {D} {X|을} 선보였다.",
        "동사는 {Q|에} {A|을} 투자했다.",
        "회사는 {Q|와} 협력해 데이터센터를 짓기로 했다.",
    };
    const Name* P = last_person_ ? last_person_ : person();
    const Name* O = org();
    return fill(r_.pick(kHe), P, O, org(O), product());
  }

  std::string quote_sentence() {
    static constexpr const char* kQuotes[] = {
        "{Q} {P} 연구원은 \"수요가 공급을 앞지르고 있다\"고 분석했다.",
        "{P} {T|은} \"연내 일본어 버전을 내놓겠다\"고 말했다.",
        "\"모델을 무작정 키우기보다 효율을 높이겠다\"고 {P|은} 강조했다.",
        "{Q|의} {P} 파트너는 \"팀의 실행력이 드물게 뛰어나다\"고 평가했다.",
    };
    const Name* O = org();
    return fill(r_.pick(kQuotes), person(), O, org(O), product());
  }

  std::string filler_sentence() {
    std::string s = r_.pick(kFiller);
    if (r_.chance(0.3)) s = date() + " 기준으로 " + s;
    if (r_.chance(0.2)) s = "시장 규모는 " + amount() + "에 이를 전망이다. " + s;
    return s;
  }
};

struct Options {
  std::size_t articles = 10000;
  std::string out;
  std::uint64_t seed = 1;
  unsigned threads = 0;
  std::string lexicon;
};

Options parse(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) throw std::runtime_error(a + ": missing value");
      return argv[++i];
    };
    if (a == "--articles" || a == "-n") o.articles = std::stoull(value());
    else if (a == "--out" || a == "-o") o.out = value();
    else if (a == "--seed") o.seed = std::stoull(value());
    else if (a == "--threads") o.threads = static_cast<unsigned>(std::stoul(value()));
    else if (a == "--lexicon") o.lexicon = value();
    else if (a == "--help" || a == "-h") {
      std::cout << "usage: inmaek_corpus_gen --articles N --out DIR [--seed S] [--threads T] [--lexicon FILE]\n";
      std::exit(0);
    } else throw std::runtime_error("unknown option \"" + a + "\"");
  }
  if (o.out.empty()) throw std::runtime_error("--out DIR is required");
  return o;
}

int run(int argc, char** argv) {
  const Options o = parse(argc, argv);
  extract::LexiconBuilder b;
  if (o.lexicon.empty()) {
    b.add_tsv(extract::default_lexicon_tsv(), "lexicon.tsv (built in)");
  } else {
    std::ifstream in(o.lexicon, std::ios::binary);
    if (!in) throw std::runtime_error(o.lexicon + ": cannot read");
    std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    b.add_tsv(content, o.lexicon);
  }
  Pools pools;
  add_lexicon(pools, *b.freeze());
  add_invented(pools, o.seed, o.articles);

  fs::create_directories(o.out);
  fs::remove(fs::path(o.out) / ".complete");
  const unsigned threads = o.threads ? o.threads : std::max(1u, std::thread::hardware_concurrency());
  std::atomic<std::size_t> next{0};
  std::atomic<std::uint64_t> bytes{0};
  auto write_articles = [&] {
    std::string last_dir;
    for (std::size_t i = next++; i < o.articles; i = next++) {
      Rng r(mix(o.seed, i));
      Writer w(pools, r);
      const std::string text = w.article(i);
      char dir[32], file[32];
      std::snprintf(dir, sizeof dir, "%04zu", i / 1000);
      std::snprintf(file, sizeof file, "%07zu.txt", i);
      const fs::path d = fs::path(o.out) / dir;
      if (d.string() != last_dir) {
        fs::create_directories(d);
        last_dir = d.string();
      }
      std::FILE* f = std::fopen((d / file).c_str(), "wb");
      if (!f || std::fwrite(text.data(), 1, text.size(), f) != text.size() || std::fclose(f) != 0)
        throw std::runtime_error((d / file).string() + ": cannot write");
      bytes += text.size();
    }
  };
  std::string error;
  std::mutex error_mutex;
  auto worker = [&] {
    try {
      write_articles();
    } catch (const std::exception& e) {
      std::lock_guard lock(error_mutex);
      error = e.what();
      next = o.articles;
    }
  };
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(worker);
  worker();
  for (auto& t : pool) t.join();
  if (!error.empty()) throw std::runtime_error(error);
  std::ofstream(fs::path(o.out) / ".complete") << o.articles << " " << bytes.load() << "\n";
  std::cerr << "inmaek_corpus_gen: " << o.articles << " articles, " << bytes.load() << " bytes in " << o.out << "\n";
  return 0;
}
}  // namespace
}  // namespace inmaek::bench

int main(int argc, char** argv) {
  try {
    return inmaek::bench::run(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << "inmaek_corpus_gen: " << e.what() << "\n";
    return 2;
  }
}
