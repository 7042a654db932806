#include "extract/hangul_words.h"

#include <algorithm>
#include <array>
#include <bitset>
#include <iterator>
#include <string>
#include <unordered_set>
#include <vector>

#include "extract/jamo.h"
#include "extract/korean_dictionary.h"
#include "extract/particles.h"
#include "extract/utf8.h"
#include "extract/word_trie.h"

namespace inmaek::extract {

std::string_view places_ko_txt();  // generated from extract/data/places_ko.txt

bool is_korean_place(std::string_view word) {
  static const std::unordered_set<std::string_view> places = [] {
    std::unordered_set<std::string_view> out;
    std::string_view text = places_ko_txt();
    while (!text.empty()) {
      const std::size_t nl = text.find('\n');
      std::string_view line = text.substr(0, nl);
      while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
      if (!line.empty() && line[0] != '#') out.insert(line);
      if (nl == std::string_view::npos) break;
      text.remove_prefix(nl + 1);
    }
    return out;
  }();
  if (places.count(word)) return true;
  constexpr std::string_view kOf = "의";
  return word.size() > kOf.size() && word.substr(word.size() - kOf.size()) == kOf && places.count(word.substr(0, word.size() - kOf.size()));
}

namespace {

constexpr std::string_view kTitles[] = {
    // longest first matters only for equal prefixes; title_prefix picks the longest match
    "최고경영자", "최고기술책임자", "최고과학자", "최고운영책임자", "최고재무책임자", "최고연구책임자",
    "최고제품책임자", "최고전략책임자", "최고정보보호책임자", "최고책임자", "수석과학자", "수석연구원",
    "최고과학책임자", "최고AI책임자", "최고인공지능책임자", "최고데이터책임자", "최고마케팅책임자", "최고인사책임자",
    "최고사업책임자", "최고보안책임자", "최고투자책임자", "최고혁신책임자", "최고디지털책임자", "최고법무책임자",
    "CAIO", "CDO", "CISO", "CBO", "CHRO", "CSAI", "CAIS", "CCO", "CXO", "CLO", "CGO", "CAO", "연구원장", "원장",
    "기술총괄", "연구총괄", "사업총괄", "최고AI과학자", "변호사", "회계사", "변리사", "전문의", "최고법률책임자",
    "공동창업자", "공동설립자", "공동대표", "대표이사", "이사회의장", "부사장", "부회장", "사장", "회장",
    "대표", "의장", "이사장", "이사", "창업자", "창업주", "설립자", "창립자", "연구원", "연구자", "과학자",
    "엔지니어", "교수", "총괄", "본부장", "센터장", "연구소장", "소장", "팀장", "실장", "부문장", "디렉터",
    "책임자", "고문", "상무", "전무", "임원", "개발자", "디자이너", "위원장", "장관", "매니저", "파트너",
    "애널리스트", "연구위원", "선임연구원", "책임연구원", "수석연구위원", "그룹장", "사무총장", "대변인",
    "이사회의장", "대표변호사", "수석부사장", "부대표", "사외이사", "리드", "박사", "심사역", "상무이사", "전무이사",
    "법인장", "지사장", "지부장", "아키텍트", "어드바이저", "자문위원",
    // (honorary and former heads: "정태섭 명예회장", "명예교수", the late founder "선대회장", "창업회장")
    "명예회장", "명예이사장", "명예교수", "명예총재", "총재", "선대회장", "창업회장",
    // (a fund's partners: "대표파트너", "매니징파트너", "제너럴파트너")
    "대표파트너", "매니징파트너", "제너럴파트너", "운용파트너", "벤처파트너",
    "CEO", "CTO", "CFO", "COO", "CSO", "CPO", "CRO", "CIO", "CMO", "VP", "SVP", "EVP", "GM",
    "President", "Chairman", "Founder", "Co-founder", "Cofounder"};

constexpr std::string_view kTitleModifiers[] = {
    "수석", "최고", "공동", "부", "총괄", "임시", "신임", "초대", "선임", "책임", "이사회", "AI", "연구", "새",
    "기술", "수석부사장", "전", "현", "前", "現", "전직", "현직", "당시", "창립", "창업", "제품", "전략",
    "사업", "글로벌", "한국", "미국", "아시아", "부문", "개발", "엔지니어링", "리서치", "총괄대표",
    // (a fund's partners and their ranks: "제너럴 파트너", "매니징 디렉터", "시니어 연구원")
    "제너럴", "매니징", "시니어", "프린시펄", "오퍼레이팅"};

constexpr std::string_view kStop[] = {
    "회사", "기업", "업체", "당시", "신임", "동료", "관계자", "한", "두", "세", "이", "그", "그녀", "해당",
    "같은", "임원", "임원인", "출신", "현재", "지난해", "올해", "최근", "이번", "또", "또한", "특히", "한편",
    "반대로", "반면", "마찬가지로", "이처럼", "그래서", "따라서",
    "이어", "그리고", "하지만", "그러나", "미국", "한국", "중국", "일본", "영국", "프랑스", "독일", "글로벌",
    "국내", "해외", "세계", "업계", "전문", "관련", "담당", "소속", "측", "최초", "첫", "유명", "인공지능",
    "기술", "연구", "개발", "사업", "전략", "제품", "마케팅", "영업", "재무", "법무", "인사", "홍보", "운영",
    "부문", "팀", "본부", "센터", "그룹", "랩", "연구소", "연구팀", "수석", "최고", "공동", "총괄", "부",
    "전", "현", "전직", "현직", "초대", "임시", "정부", "의원", "대통령", "기자", "특파원", "씨",
    "스타트업", "빅테크", "테크", "투자", "투자자", "직원", "직원들", "개발자", "엔지니어", "연구원",
    "창업자", "창업가", "기업가", "사업가", "투자가", "대표", "이사회", "前", "現", "등", "및", "새", "새로운", "신생", "모회사", "자회사", "계열사",
    "경영진", "리더", "출신인", "핵심", "주요", "전직", "역대", "차기", "후임", "전임", "현직인", "기존",
    "당사", "동사", "이곳", "본사", "지사", "법인", "내부", "외부", "다른", "또다른", "첫번째", "두번째",
    "AI", "LLM", "IT", "CEO", "CTO", "오늘", "어제", "내일", "이날", "전날", "지난", "오는", "모든",
    "여러", "많은", "일부", "각", "약", "총", "무려", "바로", "결국", "이미", "아직", "다시", "함께",
    // (trades in loanwords before a name: "애니메이터 미야사카 하루키", "프로듀서 ...")
    "애니메이터", "프로듀서", "아티스트", "컨설턴트", "애널리스트", "트레이더",
    "프로그래머", "리서처", "일러스트레이터", "원화가", "작곡가", "작가", "감독"};

constexpr std::string_view kSurnames[] = {
    "김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황", "안", "송",
    "류", "유", "전", "홍", "고", "문", "양", "손", "배", "백", "허", "남", "심", "노", "하", "곽", "성", "차",
    "주", "우", "구", "민", "진", "엄", "채", "천", "방", "현", "함", "변", "염", "추", "석", "설", "명", "위",
    // rarer surnames (from kCommonSurnames on): a full name with one must also read as a native
    // Korean name (jamo.h) and, like every full name, not be a dictionary word ("지난해", "도입")
    "육", "탁", "옥", "맹", "봉", "여", "모", "공", "예", "지", "도", "표", "길", "반", "왕", "금", "어", "용",
    "경", "편", "국", "빈", "연", "태", "피", "견", "목", "범", "엽", "온", "옹", "요", "좌", "탄", "팽", "풍",
    "필", "빙", "인", "마", "나", "라", "기"};
constexpr std::size_t kCommonSurnames = 54;  // the surnames before the rarer ones above
constexpr std::string_view kDoubleSurnames[] = {"남궁", "제갈", "선우", "독고", "황보", "사공", "서문"};

constexpr std::string_view kPredicateEndings[] = {
    "던", "했다", "한다", "된다", "됐다", "했고", "았고", "었고", "였고", "않고", "하며", "하고", "했으며", "해", "하여", "되어", "돼",
    "있다", "없다", "였다", "이다", "습니다", "니다", "겠다", "하는", "되는", "있는", "없는", "했던",
    "됐던", "할", "될", "하면서", "면서", "으며", "지만", "는데", "라며", "이라며", "다고", "라고", "했지만", "시키고", "키고",
    "보였잖아요", "잖아요", "거든요", "어요", "아요", "해요", "예요", "이에요",
    "아온", "어온", "해온", "여온", "쌓은", "받은", "맡은", "이끈", "끈", "만든", "세운", "떠난", "나온",
    "해서", "해서도", "해서는", "하여도", "해도"};

// The tables below are consulted for nearly every token; these index them once.
template <std::size_t N>
WordTrie trie_of(const std::string_view (&table)[N], WordTrie::Direction direction) {
  return WordTrie(std::vector<std::string_view>(std::begin(table), std::end(table)), direction);
}
template <std::size_t N>
std::unordered_set<std::string_view> set_of(const std::string_view (&table)[N]) {
  return std::unordered_set<std::string_view>(std::begin(table), std::end(table));
}

std::string_view last_syllable(std::string_view w) {
  if (w.empty()) return w;
  std::size_t i = w.size() - 1;
  while (i > 0 && (static_cast<unsigned char>(w[i]) & 0xC0) == 0x80) --i;
  return w.substr(i);
}

bool ends_with(std::string_view w, std::string_view s) { return w.size() >= s.size() && w.substr(w.size() - s.size()) == s; }
bool starts_with(std::string_view w, std::string_view s) { return w.size() >= s.size() && w.substr(0, s.size()) == s; }

std::size_t syllables(std::string_view w, bool* all_hangul) {
  std::size_t n = 0, i = 0;
  *all_hangul = true;
  while (i < w.size()) {
    char32_t c = decode_utf8(w, i);
    if (!is_hangul_syllable(c)) *all_hangul = false;
    ++n;
  }
  return n;
}

// Strips "(CEO)" and similar parenthesised parts and quote characters out of a suffix.
std::string strip_parens(std::string_view s) {
  std::string out;
  int depth = 0;
  for (char c : s) {
    if (c == '(' || c == '[') {
      ++depth;
      continue;
    }
    if (c == ')' || c == ']') {
      if (depth > 0) --depth;
      continue;
    }
    if (depth == 0 && c != '\'' && c != '"') out += c;
  }
  return out;
}

}  // namespace

std::string_view unit_head_title(std::string_view word) {
  const std::string_view stem = split_particle(word).stem;
  for (std::string_view h : {"랩장", "연구원장", "연구소장", "센터장", "팀장", "실장", "본부장", "부문장", "사업부장", "그룹장", "단장"})
    if (stem.size() > h.size() && stem.ends_with(h)) {
      const std::string_view unit = stem.substr(0, stem.size() - h.size());
      // (a unit written with Latin letters too: "글로벌AI센터장")
      return hangul_syllable_count(unit) >= 2 || (unit.size() >= 6 && has_hangul(unit)) ? stem : std::string_view();
    }
  return {};
}

bool is_post_word(std::string_view w) {
  return !w.empty() && (!title_prefix(w).empty() || w.ends_with("담당") || w.ends_with("총괄") || !unit_head_title(w).empty());
}

// What the word holds after title t may follow a title: nothing, a particle, parentheses ("(CCO)와"), the honorific
// of spoken address ("CTO님", "대표님은", "CEO님께서"), a past form ("였던", "이던") or a post's word ("직에서").
static bool after_title(std::string_view t, std::string_view after) {
  std::string rest = strip_parens(after);
  if (rest.starts_with("님") && (rest.size() == 3 || is_particle_suffix("님", rest.substr(3)))) rest.clear();
  return rest.empty() || is_particle_suffix(t, rest) || rest == "들" || rest == "직" || rest == "직을" || rest == "직에서" ||
         rest == "직에" || rest == "자리에서" || rest == "을지낸" || rest == "였던" || rest == "이었던" || rest == "이던" ||
         rest == "랑";  // (spoken "대표랑": with the CEO)
}

std::string_view title_prefix(std::string_view word) {
  static const WordTrie kTitleStarts = trie_of(kTitles, WordTrie::Direction::Prefix);
  std::string_view best;
  kTitleStarts.for_each_match(word, [&](std::uint32_t i) {
    const std::string_view t = kTitles[i];
    if (t.size() <= best.size() || !after_title(t, word.substr(t.size()))) return;
    // "CEO" inside a longer Latin word ("CEOs" is fine, "CEOX" is not)
    if (t.size() < word.size()) {
      unsigned char next = static_cast<unsigned char>(word[t.size()]);
      if ((next >= 'A' && next <= 'Z') || (next >= 'a' && next <= 'z' && next != 's')) return;
    }
    best = t;
  });
  // any chief officer: "최고크리에이티브책임자(CCO)와", "최고고객책임자로" (최고, a field, 책임자)
  if (best.empty() && word.starts_with("최고"))
    if (const std::size_t at = word.find("책임자"); at != std::string_view::npos && at > 6 && at <= 6 + 3 * 8 &&
                                                   after_title(word.substr(0, at + 9), word.substr(at + 9)))
      return word.substr(0, at + 9);
  // a scholar of any field: "물리학자", "경제학자", "컴퓨터과학자" (a field, then 학자)
  if (best.empty())
    if (const std::size_t at = word.find("학자"); at != std::string_view::npos && at >= 3 && at <= 3 * 5 && has_hangul(word.substr(0, at)) &&
                                                 after_title(word.substr(0, at + 6), word.substr(at + 6)))
      return word.substr(0, at + 6);
  // a director, a manager or a board member of a field, or standing: "과학디렉터인", "기술이사", "상임이사는", "사업매니저"
  // (a word of the language before the title)
  if (best.empty())
    for (std::string_view post : {"디렉터", "매니저", "이사"})
      for (std::size_t at = word.find(post); at != std::string_view::npos && at >= 6; at = word.find(post, at + 3)) {
        const std::string_view field = word.substr(0, at);
        if ((is_dictionary_word(field) || field == "상임" || field == "비상임") && after_title(word.substr(0, at + post.size()), word.substr(at + post.size())))
          return word.substr(0, at + post.size());
      }
  // a rank written onto the title: "수석심사역은", "선임매니저로" (the title with its rank)
  if (best.empty())
    for (std::string_view rank : {"수석", "선임", "책임", "시니어"})
      if (word.size() > rank.size() + 3 && word.starts_with(rank)) {
        const std::string_view inner = title_prefix(word.substr(rank.size()));
        if (!inner.empty()) return word.substr(0, rank.size() + inner.size());
      }
  return best;
}

bool is_title_modifier(std::string_view word) {
  static const std::unordered_set<std::string_view> kModifierSet = set_of(kTitleModifiers);
  if (kModifierSet.count(word)) return true;
  // a post in one word before the title: "남궁현 AI사업총괄 부사장", "글로벌사업담당 상무"
  if (word.size() > 6 && (word.ends_with("총괄") || word.ends_with("담당")) && split_particle(word).role == Role::None) return true;
  // two such words, or a department's, written as one: "사업개발 총괄", "글로벌사업 부사장", "제품마케팅 담당"
  static const std::unordered_set<std::string_view> kDepartments = {"마케팅", "영업", "재무", "법무", "인사", "홍보", "운영", "디자인",
                                                                    "데이터", "보안", "인프라", "플랫폼", "서비스", "신사업", "해외",
                                                                    "국내", "투자", "경영", "기획", "파트너십", "대외협력", "솔루션",
                                                                    // (trades and functions in loanwords: "토르비에른 할보르센 트레이딩 총괄")
                                                                    "트레이딩", "세일즈", "엔지니어링", "오퍼레이션", "리스크", "컴플라이언스",
                                                                    // ("줄리아 디스테파노 크리에이티브 디렉터")
                                                                    "크리에이티브", "테크니컬", "프로덕트", "브랜드", "콘텐츠"};
  // (a department alone too: "모코이나 인프라 총괄", "데이터 총괄")
  if (kDepartments.count(word)) return true;
  // a department's office: "삼성전자 법무실 변호사", "비서실 실장"
  if (word.size() > 3 && word.ends_with("실")) {
    const std::string_view head = word.substr(0, word.size() - 3);
    if (kDepartments.count(head) || head == "비서" || head == "전략" || head == "감사" || head == "사업") return true;
  }
  auto part = [&](std::string_view p) { return (kModifierSet.count(p) && p.size() >= 6) || kDepartments.count(p); };
  for (std::size_t cut = 6; cut + 6 <= word.size(); cut += 3)
    if (part(word.substr(0, cut)) && part(word.substr(cut))) return true;
  return is_department_unit(word);
}

bool is_department_unit(std::string_view word) {
  // an organisational unit: "시스템LSI사업부", "음성AI부문", "경영학과", "클라우드본부"
  static constexpr std::string_view kUnits[] = {"사업부", "부문", "본부", "센터", "학과", "연구팀", "사업본부", "실험실", "대학원", "학부", "연구실",
                                                "개발팀", "기술팀", "전략팀"};
  // (a team's word alone too, after what it works on: "바르샤 개발팀 연구원", the team of a model)
  for (std::string_view u : kUnits)
    if (word.ends_with(u) && (word.size() > u.size() || u.ends_with("팀"))) return true;
  return false;
}

bool is_former_marker(std::string_view w) { return w == "전" || w == "前" || w == "전직" || w == "Former" || w == "former"; }
bool is_current_marker(std::string_view w) { return w == "현" || w == "現" || w == "현직"; }

bool is_name_stopword(std::string_view word) {
  static const std::unordered_set<std::string_view> kStopSet = set_of(kStop);
  return kStopSet.count(word) != 0;
}

bool looks_like_honoured_name(std::string_view word) {
  bool hangul = false;
  if (syllables(word, &hangul) != 3 || !hangul || is_name_stopword(word) || is_dictionary_word(word)) return false;
  for (std::string_view s : kSurnames)
    if (starts_with(word, s)) return true;
  return false;
}

bool is_surname_syllable(std::string_view word) {
  // (and family names of Chinese Southeast Asia and of Vietnam as Korean papers write them: Lim, Wong, Ng, Lee, Chan)
  static constexpr std::string_view kForeign[] = {"림", "웡", "응", "리", "찬", "람", "쩐", "팜", "레", "쿠"};
  return std::find(std::begin(kSurnames), std::end(kSurnames), word) != std::end(kSurnames) ||
         std::find(std::begin(kForeign), std::end(kForeign), word) != std::end(kForeign);
}

bool opens_with_common_family_name(std::string_view word) {
  static constexpr std::string_view kCommon[] = {"김", "이", "박", "최", "정", "강", "조", "윤", "장", "임",
                                                 "한", "오", "서", "신", "권", "황", "안", "송", "전", "홍"};
  return std::any_of(std::begin(kCommon), std::end(kCommon), [&](std::string_view c) { return starts_with(word, c); });
}

bool looks_like_korean_full_name(std::string_view word) {
  bool hangul = false;
  std::size_t n = syllables(word, &hangul);
  if (!hangul || n < 2 || n > 4) return false;
  if (is_name_stopword(word)) return false;
  // a noun plus a particle or a verb ending ("경력을", "이끌던") is not a name
  static constexpr std::string_view kNotFinal[] = {"을", "를", "의", "에", "로", "과", "와", "며", "고", "던", "된",
                                                   "다", "라", "면", "서", "게", "지", "까", "요", "죠", "든", "할",
                                                   "될", "한", "는", "들", "께", "야", "여"};
  std::string_view last = last_syllable(word);
  // given names end in 서, 지, 라, 여, 한, 야 too (탁민서, 김은지): such a word is a name unless it
  // is a word plus a particle or ending ("한국서" = 한국에서, "이번지")
  static constexpr std::string_view kNameFinal[] = {"서", "지", "라", "여", "한", "야"};
  const bool name_final = std::find(std::begin(kNameFinal), std::end(kNameFinal), last) != std::end(kNameFinal) && n == 3 &&
                          !is_dictionary_word(word.substr(0, word.size() - last.size()));
  for (std::string_view x : kNotFinal)
    if (last == x && !name_final) return false;
  // a word of the language with the particle 은 or 이, which also end given names (박지은, 김영이): "모델은"
  // (unless a common family name opens it: "이수은", "정다은")
  if ((last == "은" || last == "이") && n == 3 && is_dictionary_word(word.substr(0, word.size() - last.size())) &&
      !opens_with_common_family_name(word))
    return false;
  for (std::string_view s : kDoubleSurnames)
    if (starts_with(word, s) && n >= 3) return true;
  if (n == 4) return false;
  for (std::size_t k = 0; k < std::size(kSurnames); ++k)
    if (starts_with(word, kSurnames[k]))
      // the name must read as a native one: "마르코" (르: a loanword's ㅡ) is no 마 family name, and
      // "이네스" (스) no 이 family name
      return n == 3 && !is_dictionary_word(word) && looks_like_korean_name(word);
  return false;
}

bool looks_like_predicate(std::string_view word) {
  // connective forms of verbs of leaving, whose 나 also ends given names ("CEO 자리에서 물러나 메타의 …")
  for (std::string_view v : {"물러나", "떠나", "벗어나", "빠져나"})
    if (word == v || (word.size() > v.size() && word.ends_with(v))) return true;
  static const WordTrie kEndings = trie_of(kPredicateEndings, WordTrie::Direction::Suffix);
  bool ending = false;
  kEndings.for_each_match(word, [&](std::uint32_t i) { ending = ending || word.size() > kPredicateEndings[i].size(); });
  if (ending) return true;
  std::string_view last = last_syllable(word);
  // a past tense before 다: "차렸다", "세웠다", "샀다" (a syllable ending in ㅆ, then 다)
  if (last == "다" && word.size() >= 6) {
    std::size_t at = word.size() - 6;
    const char32_t before = decode_utf8(word, at);
    if (before >= 0xAC00 && before <= 0xD7A3 && (before - 0xAC00) % 28 == 20) return true;
  }
  return last == "던" || last == "겠" || last == "며" || last == "면" || last == "겨" || last == "해" || last == "져" ||
         last == "쳐" || last == "워";
}

TypeNoun type_noun(std::string_view word) {
  static constexpr std::pair<std::string_view, TypeNoun> kNouns[] = {
      {"스타트업", TypeNoun::Organization}, {"회사", TypeNoun::Organization}, {"기업", TypeNoun::Organization},
      {"업체", TypeNoun::Organization},     {"연구소", TypeNoun::Organization}, {"연구기관", TypeNoun::Organization},
      {"개발사", TypeNoun::Organization},   {"게임사", TypeNoun::Organization}, {"배급사", TypeNoun::Organization},
      {"연구실", TypeNoun::Organization},   {"연구센터", TypeNoun::Organization},
      {"법인", TypeNoun::Organization},     {"자회사", TypeNoun::Organization}, {"계열사", TypeNoun::Organization},
      {"합작사", TypeNoun::Organization},   {"합작법인", TypeNoun::Organization},
      {"벤처캐피털", TypeNoun::Organization}, {"투자사", TypeNoun::Organization}, {"운용사", TypeNoun::Organization},
      {"펀드", TypeNoun::Organization},     {"재단", TypeNoun::Organization},   {"대학", TypeNoun::Organization},
      {"랩", TypeNoun::Organization},       {"VC", TypeNoun::Organization},     {"유니콘", TypeNoun::Organization},
      // (a university's or a company's spin-off: "동해과기원 스핀오프 '뉴로다온'")
      {"스핀오프", TypeNoun::Organization}, {"스핀아웃", TypeNoun::Organization},
      {"모델", TypeNoun::Product},          {"서비스", TypeNoun::Product},      {"챗봇", TypeNoun::Product},
      {"칩", TypeNoun::Product},            {"반도체", TypeNoun::Product},      {"앱", TypeNoun::Product},
      {"에이전트", TypeNoun::Product},      {"언어모델", TypeNoun::Product},    {"LLM", TypeNoun::Product},
      {"검색엔진", TypeNoun::Product},      {"로봇", TypeNoun::Product},        {"제품", TypeNoun::Product},
      {"솔루션", TypeNoun::Product},        {"플랫폼", TypeNoun::Product},      {"비서", TypeNoun::Product},
      {"인공지능", TypeNoun::Product},      {"AI", TypeNoun::Product},          {"GPU", TypeNoun::Product},
      {"가속기", TypeNoun::Product},        {"프로세서", TypeNoun::Product},    {"소프트웨어", TypeNoun::Product},
      {"브랜드", TypeNoun::Product},        {"기기", TypeNoun::Product},        {"안경", TypeNoun::Product},
      {"엔진", TypeNoun::Product},          {"툴", TypeNoun::Product},          {"도구", TypeNoun::Product},
      {"벤치마크", TypeNoun::Product},      {"데이터셋", TypeNoun::Product},    {"프레임워크", TypeNoun::Product},
      {"컴파일러", TypeNoun::Product},      {"운영체제", TypeNoun::Product},    {"NPU", TypeNoun::Product},
      {"시스템", TypeNoun::Product},        {"도우미", TypeNoun::Product},      {"어시스턴트", TypeNoun::Product},
      {"시리즈", TypeNoun::Product},        {"코파일럿", TypeNoun::Product},    {"상품", TypeNoun::Product},
      // (games: "오픈월드 게임 '제이드 호라이즌'", "MMORPG '애션 크라운'")
      {"게임", TypeNoun::Product},          {"MMORPG", TypeNoun::Product},     {"RPG", TypeNoun::Product},
  };
  // Every noun the loop below accepts occurs in the word followed by nothing or by a particle:
  // find those with a suffix trie, then run the loop over them only.
  static const WordTrie kNounEnds = [] {
    std::vector<std::string_view> nouns;
    for (const auto& entry : kNouns) nouns.push_back(entry.first);
    return WordTrie(nouns, WordTrie::Direction::Suffix);
  }();
  std::bitset<std::size(kNouns)> occurs;
  const auto mark = [&](std::uint32_t i) { occurs.set(i); };
  kNounEnds.for_each_match(word, mark);
  const ParticleEndings endings = particle_endings(word);
  for (std::size_t k = 0; k < endings.count; ++k)
    kNounEnds.for_each_match(word.substr(0, word.size() - std::min<std::size_t>(endings.lengths[k], word.size())), mark);
  std::string_view best;
  TypeNoun type = TypeNoun::None;
  for (std::size_t i = 0; i < std::size(kNouns); ++i) {
    if (!occurs.test(i)) continue;
    const auto& [noun, t] = kNouns[i];
    if (noun.size() <= best.size()) continue;
    if (!ends_with(word, noun)) {
      // the noun followed by a particle: "회사인", "모델은", "서비스를"
      if (!starts_with(word, noun) || word.size() == noun.size()) {
        // or a compound ending in the noun plus particle: "생성형AI모델인"
        std::size_t pos = word.rfind(noun);
        if (pos == std::string_view::npos) continue;
        std::string_view rest = word.substr(pos + noun.size());
        if (!is_particle_suffix(noun, rest)) continue;
      } else if (!is_particle_suffix(noun, word.substr(noun.size()))) {
        continue;
      }
    }
    best = noun;
    type = t;
  }
  return type;
}

bool is_org_like_word(std::string_view w) {
  // (nor a post: "AI사업총괄", "글로벌사업담당")
  if (w.size() < 6 || is_name_stopword(w) || is_common_noun(w) || looks_like_predicate(w) || !title_prefix(w).empty() ||
      is_title_modifier(w) || type_noun(w) != TypeNoun::None || w.ends_with("총괄") || w.ends_with("담당"))
    return false;
  const Role r = split_particle(w).role;
  return r == Role::None || r == Role::Copula;
}

bool is_org_kind_noun(std::string_view w) {
  static constexpr std::string_view kKinds[] = {
      "스타트업", "기업", "업체", "회사", "게임사", "헤지펀드", "투자사", "투자회사", "운용사", "자산운용사", "벤처캐피털",
      "벤처캐피탈", "VC", "액셀러레이터", "엑셀러레이터", "패밀리오피스", "사모펀드", "제약사", "바이오기업", "증권사",
      "은행", "보험사", "카드사", "통신사", "이통사", "병원", "대학병원", "대학", "연구기관", "연구소", "기관", "법무법인",
      "로펌", "컨설팅사", "자회사", "계열사", "모회사", "지주사", "법인", "유니콘", "팹리스", "파운드리", "제조사",
      "완성차업체", "플랫폼사", "출판사", "언론사", "방송사", "신문사", "건설사", "항공사", "해운사", "핀테크", "리걸테크", "에듀테크", "딥테크", "빅테크", "반도체기업", "소프트웨어기업",
      // (operators, makers and traders: "터미널 운영사", "물류사", "유통사")
      "운영사", "물류사", "유통사", "자동차회사", "배터리회사", "전자회사", "장비사", "솔루션업체"};
  for (std::string_view k : kKinds)
    if (w == k) return true;
  // "장비업체", "보안기업", "물류회사": a word of the language before the kind
  for (std::string_view k : {"업체", "기업", "회사"})
    if (w.size() >= k.size() + 6 && w.ends_with(k) && is_dictionary_word(w.substr(0, w.size() - k.size()))) return true;
  return false;
}

bool is_founding_adnominal(std::string_view w) {
  return w == "세운" || w == "설립한" || w == "창업한" || w == "차린" || w == "공동창업한";
}

bool is_release_adnominal(std::string_view w) {
  static constexpr std::string_view kForms[] = {"공개한", "출시한", "개발한", "내놓은", "선보인", "만든", "발표한",
                                                "론칭한", "런칭한", "출시된", "공개된", "개발된", "선보였던", "내놨던"};
  for (std::string_view f : kForms)
    if (w == f) return true;
  return false;
}

bool is_common_noun(std::string_view w) {
  static constexpr std::string_view kNouns[] = {
      "투자", "기술", "시장", "서비스", "인공지능", "플랫폼", "솔루션", "데이터", "반도체", "클라우드", "소프트웨어",
      "하드웨어", "컴퓨팅", "인프라", "에이전트", "로봇", "자율주행", "검색", "광고", "보안", "헬스케어", "바이오",
      "금융", "교육", "게임", "콘텐츠", "모빌리티", "커머스", "핀테크", "물류", "제조", "의료", "법률", "번역",
      "음성", "이미지", "영상", "코딩", "개발자", "사용자", "고객", "직원", "인력", "인재", "경쟁사", "경쟁자",
      "업계", "관계자", "투자자", "창업자", "대표", "전문가", "연구진", "자금", "규모", "가치", "매출", "성장",
      "계약", "협력", "인수", "합병", "상장", "출시", "개발", "연구", "생태계", "파트너", "시스템", "엔진",
      "프로젝트", "프로그램", "전략", "사업", "부문", "조직", "팀", "기업들", "스타트업들", "회사들", "모델들",
      "빅테크", "유니콘", "대기업", "중소기업", "경쟁", "라이벌", "선두", "후발", "공룡", "거인", "딥테크", "핀테크",
      "리걸테크", "에듀테크", "헬스테크", "프롭테크", "애그테크", "푸드테크", "벤처캐피털", "벤처캐피탈", "애플리케이션",
      "스크랩", "저희", "우리", "자사", "허리층", "애널리스트", "증권가", "투자업계", "학계", "산업계", "정치권"};
  // derived words: -적 (adjectival), -용 (for), -층 (layer), -계 (descent), -형 (type), -별 (by)
  for (std::string_view suffix : {"적", "용", "층", "계", "형", "별", "상"})
    if (w.size() > 3 && w.substr(w.size() - 3) == suffix) return true;
  static const std::unordered_set<std::string_view> kNounSet = set_of(kNouns);
  return kNounSet.count(w) != 0;
}

// Common Japanese surnames as Korean writes them that are also words of the language (모리 "profit",
// 아베, 이토): a name may start with them.
bool is_japanese_surname(std::string_view w) {
  // (and those that end like a Korean verb, "-다": "니시다 료가 함께 창업했다" names 니시다 료)
  static constexpr std::string_view kSurnames[] = {
      "모리", "아베", "이토", "오노", "고토", "가토", "사이토", "오타", "이시이", "구도", "마에다", "오카", "나가이", "이마이", "우치다", "오노데라",
      "요시다", "야마다", "니시다", "혼다", "시마다", "오다", "하라다", "와다", "이시다", "오카다", "마쓰다", "후쿠다", "구보타", "쓰다",
      "다나카", "스즈키", "사토", "다카하시", "와타나베", "야마모토", "나카무라", "고바야시", "야마구치", "마쓰모토", "이노우에", "기무라",
      "하야시", "시미즈", "야마자키", "이케다", "하시모토", "야마시타", "이시카와", "나카지마", "오가와", "후지타", "오카모토", "마쓰이",
      "나카가와", "나카노", "하라", "다무라", "다케우치", "가네코", "와다", "나카야마", "이시하라", "사카모토", "엔도", "아오키", "후지이",
      "니시무라", "후쿠시마", "오타니", "사쿠라이", "스가와라", "노무라", "기쿠치", "스기야마", "아라이", "미야자키", "무라카미", "곤도"};
  for (std::string_view s : kSurnames)
    if (w == s) return true;
  return false;
}

bool is_company_kind_word(std::string_view w) {
  for (std::string_view kind : {"시스템스", "시스템즈", "테크놀로지스", "테크놀로지", "랩스", "캐피털", "캐피탈", "벤처스", "파트너스",
                                "인베스트먼트", "홀딩스", "홀딩", "로보틱스", "인텔리전스", "엔터테인먼트", "게임즈", "게임스", "솔루션즈",
                                "네트웍스", "인더스트리즈", "테라퓨틱스", "파마슈티컬스", "그룹", "파이낸셜"})
    if (w == kind) return true;
  return false;
}

std::size_t group_initials(std::string_view word) {
  std::size_t latin = 0;
  while (latin < word.size() && word[latin] >= 'A' && word[latin] <= 'Z') ++latin;
  static constexpr std::string_view kGroups[] = {"SK", "LG", "CJ", "GS", "LS", "KT", "HD", "KB", "NH",
                                                 "DB", "HL", "BGF", "OCI", "DL", "SPC", "LX", "KG", "HS"};
  const bool group = latin < word.size() && std::find(std::begin(kGroups), std::end(kGroups), word.substr(0, latin)) != std::end(kGroups);
  return group ? latin : 0;
}

bool looks_like_org_name(std::string_view word) {
  static constexpr std::string_view kSuffixes[] = {
      "AI", "랩스", "랩", "연구소", "전자", "캐피털", "캐피탈", "벤처스", "파트너스", "테크", "테크놀로지",
      "홀딩스", "로보틱스", "다이내믹스", "다이나믹스", "시스템즈", "네트웍스", "컴퍼니", "인베스트먼트", "Labs", "Inc",
      "Capital", "Ventures", "Technologies", "Robotics", "Systems", "소프트", "바이오", "에너지", "반도체", "모빌리티",
      "테크놀로지스", "에이아이", "시스템스",
      // ("누리텍 CTO 박지훈": a short form of 테크, and works)
      "텍", "웍스"};
  if (starts_with(word, "(주)") || starts_with(word, "㈜")) return word.size() > 6;
  // "CJ올리브영", "GS리테일", "LG생활건강": a Korean group's Latin initials before a Hangul name are one
  // of the group's companies
  // (not a post at one: "KB국민은행장", the bank's head)
  if (const std::size_t initials = group_initials(word); initials > 0) {
    bool all_hangul = false;
    const std::string_view rest = word.substr(initials);
    const std::size_t n = syllables(rest, &all_hangul);
    const bool post =
        ends_with(rest, "장") || ends_with(rest, "대표") || ends_with(rest, "이사") || ends_with(rest, "상무") || ends_with(rest, "전무");
    if (all_hangul && n >= 2 && n * 3 == rest.size() && !post) return true;
  }
  // "한빛AI연구원" (an AI institute, not a researcher): a name before AI연구원
  if (ends_with(word, "AI연구원") && word.size() >= std::string_view("AI연구원").size() + 6) return true;
  // Industry words that end company names when the head is no ordinary word: "세광제약",
  // "새빛대학교병원", "현진그룹", "KT클라우드", "미래에셋벤처투자" (not "대학병원", "산업은행").
  static constexpr std::string_view kIndustry[] = {
      "제약", "병원", "그룹", "은행", "증권", "투자증권", "클라우드", "게임즈", "게임스", "엔터프라이즈", "금융", "금융그룹",
      "생명", "화학", "통신", "텔레콤", "자산운용", "벤처투자", "인베스트", "엔터테인먼트", "일렉트릭", "모터스", "헬스케어",
      "중공업", "건설", "물산", "상사", "홀딩스", "협회", "학회", "재단", "위원회", "공사", "공단", "대학교", "과학기술원",
      "로보틱스", "솔루션즈", "네트웍스", "커뮤니케이션즈", "인터랙티브", "스튜디오", "랩", "물류", "닷컴", "페이", "뱅크",
      "코리아", "재팬", "펀드",  // ("사바나프런티어펀드"; not "사모펀드", "모태펀드": the head is a word)
      // (agencies and media: "대양기획", as 제일기획 is named)
      "기획", "미디어", "애드",
      // (labels and studios: "노바레코즈", "문라이즈뮤직", "한빛픽처스")
      "레코즈", "레코드", "뮤직", "픽처스", "필름스",
      // (universities named short: "델프트공대", "아헨공대", "칭화대학")
      "공대", "공과대", "공과대학", "대학"};
  for (std::string_view s : kIndustry) {
    if (!ends_with(word, s) || word.size() <= s.size()) continue;
    const std::string_view head = word.substr(0, word.size() - s.size());
    bool hangul = false;
    const std::size_t n = syllables(head, &hangul);
    if (hangul && (n < 2 || is_dictionary_word(head) || is_common_noun(head) || is_name_stopword(head))) break;
    if (!hangul && (head.size() < 2 || head == "AI")) break;  // "AI랩": a unit, no name
    if (head.find_first_of(" \"'()") != std::string_view::npos) break;
    return true;
  }
  if (starts_with(word, "주)")) return word.size() > 7;  // "(주)" after tokenize() stripped the parenthesis
  // the first suffix in table order that ends the word (and is shorter than it)
  static const WordTrie kSuffixEnds = trie_of(kSuffixes, WordTrie::Direction::Suffix);
  std::size_t first = std::size(kSuffixes);
  kSuffixEnds.for_each_match(word, [&](std::uint32_t i) {
    if (word.size() > kSuffixes[i].size()) first = std::min<std::size_t>(first, i);
  });
  if (first < std::size(kSuffixes)) {
    const std::string_view s = kSuffixes[first];
    std::string_view head = word.substr(0, word.size() - s.size());
    if (is_name_stopword(head) || head == "인공지능" || head == "생성형" || head == "생성" || head == "오픈소스" ||
        head == "국내" || head == "해외" || head == "글로벌" || head == "중국" || head == "미국" || head == "한국" ||
        head == "자체" || head == "부설" || head == "기업" || head == "산하" || head == "첨단" || head == "차세대" ||
        head == "피지컬" || head == "에이전트" || head == "온디바이스" || head == "소버린" || head == "범용" ||
        head == "AI" || head == "대화형" || head == "의료" || head == "금융" || head == "공공" || head == "책임" ||
        head == "안전" || head == "인간" || head == "초거대" || head == "멀티모달" || head == "에지" || head == "엣지")
      return false;
    // "음성AI", "법률AI", "로봇AI": a field of AI, not a company ("퓨리오사AI" has a name for a head)
    if (s == "AI" && is_common_noun(head)) return false;
    bool hangul = false;
    syllables(head, &hangul);
    // "...AI" needs a name-like head of at least two characters
    return head.size() >= 2;
  }
  return false;
}

}  // namespace inmaek::extract
