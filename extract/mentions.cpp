// Mentions in a sentence: a name placed on its tokens with its particle and role, and Korean
// pronouns and nominal references resolved to entities.
#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "extract/doc_state_internal.h"
#include "extract/english_words.h"
#include "extract/hangul_words.h"
#include "extract/particles.h"
#include "extract/utf8.h"

namespace inmaek::extract {
namespace {

bool is_latin_word_char(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

// Index of the token whose span contains byte `pos`, or -1.
int token_at(const std::vector<Token>& toks, std::size_t pos) {
  for (std::size_t i = 0; i < toks.size(); ++i)
    if (pos >= toks[i].span.begin && pos < toks[i].span.end) return static_cast<int>(i);
  return -1;
}

}  // namespace

std::string clean_suffix(std::string_view s) {
  std::string out;
  int depth = 0;
  for (char c : s) {
    if (c == '(' || c == '[') { ++depth; continue; }
    if (c == ')' || c == ']') { if (depth) --depth; continue; }
    if (depth == 0 && c != '\'' && c != '"') out += c;
  }
  return out;
}

bool place_mention(const std::string& norm, const Sentence& s, std::size_t b, std::size_t e, Mention& m) {
  const int first = token_at(s.tokens, b);
  const int last = token_at(s.tokens, e - 1);
  if (first < 0 || last < 0) return false;
  const Token& ft = s.tokens[static_cast<std::size_t>(first)];
  const Token& lt = s.tokens[static_cast<std::size_t>(last)];
  if (b != ft.span.begin) {
    // allow a name right after an opening quote or parenthesis inside the word
    char prev = norm[b - 1];
    const bool middle_dot = b >= 2 && static_cast<unsigned char>(norm[b - 2]) == 0xC2 && static_cast<unsigned char>(prev) == 0xB7;
    // "페이블AI–그린웨이브물류", "올트먼/오픈AI": a dash or a slash joins two names in headlines and captions
    const bool dash = b >= 3 && norm.compare(b - 3, 2, "\xE2\x80") == 0 &&
                      (static_cast<unsigned char>(prev) == 0x93 || static_cast<unsigned char>(prev) == 0x94);
    // "the ex-Anthropic researcher": a name after "ex-" at the start of its word
    const bool ex = b == ft.span.begin + 3 && (norm.compare(ft.span.begin, 3, "ex-") == 0 || norm.compare(ft.span.begin, 3, "Ex-") == 0);
    // "㈜LG", "(주)카카오": a company after the mark of a Korean joint-stock company
    const bool corp = (b >= 3 && norm.compare(b - 3, 3, "\u321C") == 0) || (b >= 5 && norm.compare(b - 5, 5, "(\uC8FC)") == 0);
    if (prev != '\'' && prev != '"' && prev != '(' && prev != '[' && prev != '/' && !middle_dot && !dash && !ex && !corp) return false;
  }
  std::string_view name(norm.data() + b, e - b);
  // "Ms. Tsao": an honorific, not the lexicon's MS (Microsoft in Korean text)
  // ("Ms Odhiambo" too, without the full stop, as British papers write it)
  // (title case: "MS" in capitals is the lexicon's Microsoft)
  if (name.size() >= 2 && name[1] >= 'a' && name[1] <= 'z' && en::honorific_gender(name) != 0 && e < norm.size() &&
      (norm[e] == '.' || (norm[e] == ' ' && e + 1 < norm.size() && norm[e + 1] >= 'A' && norm[e + 1] <= 'Z')))
    return false;
  std::string_view rest(norm.data() + e, lt.span.end - e);
  int last_token = last;
  if (rest.size() > 1 && rest[0] == '(' && rest.find(')') == std::string_view::npos && !lt.close_after) {
    // "라마찬드란(Priya Ramachandran)이": the parenthesis closes a few words later; the particle after
    // it belongs to the name, and so do the words ("메디온헬스케어(대표 황보다은)는": only the particle,
    // the words inside are other names)
    // ("루미셀랩스(법인명 (주)한빛전지연구소)는": a parenthesis inside it closes first; "노팔 컴퓨트(법인명 Nopal
    // Cómputo S.A. de C.V.)가": up to seven words on)
    const bool latin_name = rest[1] >= 'A' && rest[1] <= 'Z';
    int depth = 1;
    for (int k = last + 1; k < static_cast<int>(s.tokens.size()) && k <= last + 7 && depth > 0; ++k) {
      std::string_view w = s.tokens[static_cast<std::size_t>(k)].text;
      std::size_t close = std::string_view::npos;
      // (the word "(주)한빛…" lost its opening parenthesis to tokenize())
      for (std::size_t i = w.starts_with("주)") ? 4 : 0; i < w.size() && close == std::string_view::npos; ++i)
        if (w[i] == '(') ++depth;
        else if (w[i] == ')' && --depth == 0) close = i;
      // "(Priya Ramachandran) 대표": the parenthesis closing the word was cut off with the punctuation
      if (close == std::string_view::npos && depth == 1 && s.tokens[static_cast<std::size_t>(k)].close_after) close = w.size(), depth = 0;
      if (close == std::string_view::npos) continue;
      rest = w.substr(std::min(close + 1, w.size()));
      if (latin_name) last_token = k;
    }
  }
  // the mention over the name's own tokens, in the role given
  auto whole = [&](Role role) {
    m.span = {b, e};
    m.first = first;
    m.last = last;
    m.role = role;
    return true;
  };
  // ("rent GB300s": a chip's code in the plural names the chip)
  if ((rest == "s" || rest == "s'") && name.size() >= 3 && name.back() >= '0' && name.back() <= '9')
    return whole(rest == "s'" ? Role::Genitive : Role::None);
  if (!rest.empty() && is_latin_word_char(static_cast<unsigned char>(rest[0])) && is_latin_word_char(static_cast<unsigned char>(name.back())))
    return false;
  // "SoftBank-backed", "Hyundai-owned": the name modifies what follows, as a possessor does
  if (rest == "'s" || rest == "'" || rest == "-backed" || rest == "-owned" || rest == "-funded" || rest == "-controlled")  // English possessive: "OpenAI's"
    return whole(Role::Genitive);
  // ("Wrzos Labs' engine", "Riot Games' League of Legends": a plural's possessive, whose apostrophe tokenize() left outside
  // the word)
  if (rest.empty() && name.size() >= 3 && name.back() == 's' && e + 1 < norm.size() && (norm[e] == '\'' || norm.compare(e, 3, "\xE2\x80\x99") == 0)) {
    const std::size_t after = norm[e] == '\'' ? e + 1 : e + 3;
    if (after >= norm.size() || norm[after] == ' ') return whole(Role::Genitive);
  }
  // "(대표 도상현)는": the name closes a parenthesis (the particle after it belongs to the word before the
  // parenthesis), or "석준영·옥다은": a middle dot joins it to the next name
  if (!rest.empty() && (rest[0] == ')' || rest[0] == '/' || rest.substr(0, 2) == "\xC2\xB7" || rest.substr(0, 3) == "\xE2\x80\x93" ||
                        rest.substr(0, 3) == "\xE2\x80\x94"))
    return whole(Role::None);
  std::string suffix = clean_suffix(rest);
  if (!rest.empty() && rest[0] == '-') return false;
  if (!is_particle_suffix(name, suffix)) {
    // "오픈AI측은", "구글코리아" are not mentions of the bare name
    return false;
  }
  m.span = {b, e};
  m.first = first;
  m.last = last_token;
  m.role = particle_role(name, suffix);
  return true;
}

namespace {

// A verb of founding ("창업했다", "설립한", "세웠다", "차렸다").
bool founding_verb(std::string_view w) {
  for (std::string_view v : {"창업", "설립", "세우", "세웠", "차리", "차렸", "차려"})
    if (w.rfind(v, 0) == 0) return true;
  return false;
}

// Words before "회사"/"기업" that make it some other company than the one in focus.
bool is_other_company_modifier(std::string_view w) {
  static constexpr std::string_view kWords[] = {"새", "다른", "또다른", "신생", "여러", "한", "두", "세", "경쟁",
                                                "라이벌", "해외", "국내", "미국", "중국", "일본", "유럽", "한국",
                                                "많은", "일부", "각", "모든", "대형", "주요", "관련", "상장",
                                                // ordinals: "두 번째 회사는", "첫 회사를"
                                                "번째", "첫", "처음", "마지막"};
  for (std::string_view k : kWords)
    if (w == k) return true;
  // adjectives: 새로운, 작은, 유망한, 젊은
  // (and relative clauses: "다니던 회사를" is the company someone worked at, not the one in focus)
  return w.size() >= 6 && (w.substr(w.size() - 3) == "운" || w.substr(w.size() - 3) == "은" || w.substr(w.size() - 3) == "한" ||
                           w.substr(w.size() - 3) == "던");
}

// The person a transcript's speaker label names ("변상아(SK텔레콤):", "보드로:", split off as a
// sentence of its own), or -1.
int speaker_label(const Sentence& s, const DocState& st, std::string_view text) {
  if (text.size() < 2 || text.back() != ':' || s.tokens.size() > 5 || s.mentions.empty()) return -1;
  const Mention& m = s.mentions.front();
  if (m.first != 0 || m.pronoun || st.entities[static_cast<std::size_t>(m.entity)].type != EntityType::Person) return -1;
  return m.entity;
}

// "4. 마루랩스 근황" ... "- 2025년 12월: MS 리서치 출신 X를 최고과학자로 영입": the lines of a
// timeline (a list mark, a date, a colon) without a subject of their own tell of the organisation
// named last before the timeline began.
void timeline_topic(Sentence& s, DocState& st) {
  const auto& t = s.tokens;
  std::size_t y = t.size() >= 3 && t[0].text == "-" ? 1 : 0;
  const std::string_view year = y < t.size() ? t[y].text : std::string_view();
  const bool line = y == 1 && year.size() >= 7 && year[0] >= '1' && year[0] <= '2' && year.find("년") == 4;
  bool colon = false;
  for (std::size_t k = y; line && k < t.size() && k <= y + 2 && !colon; ++k)
    colon = *(t[k].text.data() + t[k].text.size()) == ':';
  if (!line || !colon) {
    st.timeline_org = -1;
    return;
  }
  if (st.timeline_org < 0) st.timeline_org = st.last_mentioned(EntityType::Organization, -1);
  if (st.timeline_org < 0) return;
  for (const Mention& m : s.mentions)
    if (m.role == Role::Subject || m.role == Role::Topic) return;
  Mention m;
  m.span = t[y].span;
  m.first = m.last = static_cast<int>(y);
  m.entity = st.timeline_org;
  m.role = Role::Topic;
  m.pronoun = true;
  s.mentions.push_back(m);
}

}  // namespace

// An interview's answers: "A." opens what the person interviewed says (a topic for the sentence),
// "제가"/"저는" is that person and "저희" that person's company. The person interviewed is the one
// the document named most before its first question ("Q.").
void interview_references(Sentence& s, DocState& st) {
  const auto& t = s.tokens;
  if (t.empty()) return;
  // what stands before the first word on its line: "―" opens a question in Korean interviews, a
  // quotation mark an answer ("―왜 서울인가." / "\"한국에는 ...")
  const char* base = t[0].text.data() - t[0].span.begin;
  std::size_t b = t[0].span.begin;
  while (b > 0 && (base[b - 1] == ' ' || base[b - 1] == '"' || base[b - 1] == '\t')) --b;
  // (a panel's label mark: "▶코발렌코=")
  const bool label_mark = b >= 3 && (std::string_view(base + b - 3, 3) == "▶" || std::string_view(base + b - 3, 3) == "◆" ||
                                     std::string_view(base + b - 3, 3) == "◇" || std::string_view(base + b - 3, 3) == "■");
  if (label_mark) b -= 3;
  bool dash = b >= 3 && (std::string_view(base + b - 3, 3) == "―" || std::string_view(base + b - 3, 3) == "—");
  if (dash) b -= 3;
  // (or a hyphen, a word of its own, in a document that asks its questions so: DocState::hyphen_questions)
  if (!dash && st.hyphen_questions && t.size() >= 2 && t[0].text == "-") {
    dash = true;
    b = t[0].span.begin;
  }
  while (b > 0 && base[b - 1] == ' ') --b;
  const bool line_start = b == 0 || base[b - 1] == '\n';
  if (t[0].text == "Q." || t[0].text == "Q:" || t[0].text == "Q" ||  // the tokenizer drops the full stop
      (dash && line_start && t.size() <= 12 && has_hangul(t[t[0].text == "-" ? 1 : 0].text))) {
    if (!st.interview) st.interviewee = st.main_entity(EntityType::Person);
    st.interview = true;
    st.in_answer = false;
    return;
  }
  // a transcript's speaker label, "변상아(SK텔레콤):" or "보드로:": the person labelled speaks from
  // here (for the company in the parentheses, unless the document said another)
  if (const int speaker = speaker_label(s, st, std::string_view(base + s.span.begin, s.span.size())); speaker >= 0) {
    const std::string_view label(base + s.span.begin, s.span.size());
    for (std::string_view part : {"(사회", "(진행", "(모더레이터", "(좌장"})
      if (label.find(part) != std::string_view::npos) st.moderator = speaker;
    st.interview = st.transcript = true;
    st.in_answer = speaker != st.moderator;  // (the moderator asks)
    st.interviewee = speaker;
    for (const Mention& m : s.mentions)
      if (st.entities[static_cast<std::size_t>(m.entity)].type == EntityType::Organization) st.person_org.emplace(speaker, m.entity);
    return;
  }
  // "▶코발렌코=코브자르AI는 …", "◆사회자=…", "보드로: 저희는 …": a panel's label opening the line, then what
  // the person labelled says (the moderator asks)
  if (line_start) {
    const auto labelled = [&](std::size_t last) {
      const char after = *(t[last].text.data() + t[last].text.size());
      return after == '=' || (after == ':' && last + 1 < t.size());
    };
    if ((t[0].text == "사회자" || t[0].text == "사회" || t[0].text == "진행자" || t[0].text == "좌장") && labelled(0)) {
      st.interview = st.transcript = true;
      st.in_answer = false;
      return;
    }
    for (const Mention& m : s.mentions)
      if (m.first == 0 && !m.pronoun && st.entities[static_cast<std::size_t>(m.entity)].type == EntityType::Person &&
          labelled(static_cast<std::size_t>(m.last))) {
        st.interview = st.transcript = true;
        st.in_answer = m.entity != st.moderator;
        st.interviewee = m.entity;
        break;
      }
  }
  if (!st.interview || st.interviewee < 0) return;
  if (line_start && !st.transcript) st.in_answer = t[0].open_before;
  auto add = [&](std::size_t i, int ent, Role role) {
    Mention m;
    m.span = t[i].span;
    m.first = m.last = static_cast<int>(i);
    m.entity = ent;
    m.role = role;
    m.pronoun = true;
    s.mentions.push_back(m);
    s.inside[i] = s.mention_at[i] = static_cast<int>(s.mentions.size() - 1);
  };
  const auto company = st.person_org.find(st.interviewee);
  const int org = company != st.person_org.end() ? company->second : st.main_entity(EntityType::Organization);
  if ((t[0].text == "A." || t[0].text == "A:" || t[0].text == "A") && s.inside[0] < 0) {
    // hiring is done by the company the person interviewed speaks for ("X 님을 총괄로 모셔왔습니다")
    bool hiring = false;
    for (const Token& w : t)
      hiring = hiring || w.text.rfind("모셔", 0) == 0 || w.text.rfind("모셨", 0) == 0 || w.text.rfind("영입", 0) == 0 ||
               w.text.rfind("채용", 0) == 0;
    if (!hiring || org >= 0) add(0, hiring ? org : st.interviewee, Role::Topic);
  }
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (s.inside[i] >= 0) continue;
    const ParticleSplit p = split_particle(t[i].text);
    if (p.role == Role::None && t[i].text != "저희" && t[i].text != "우리") continue;
    // (in a quoted answer the plain forms too: "나는 보상 설계를 맡는다", "우리 같은 작은 회사")
    if (p.stem == "저" || (p.stem == "제" && p.role == Role::Subject) ||
        // (not "나와", the verb: "바이트댄스를 나와 창업했다")
        (st.in_answer && ((p.stem == "나" && p.role != Role::Comitative) || (p.stem == "내" && p.role == Role::Subject))))
      add(i, st.interviewee, p.role);
    else if ((p.stem == "저희" || (st.in_answer && p.stem == "우리")) && org >= 0)
      add(i, org, p.role);
  }
  // a quoted answer's sentence without a subject of its own is the interviewee's ("2021년 오픈AI로 옮겼다"),
  // unless the sentence before told of another person
  if (st.in_answer && !st.other_person_before) {
    // (a subject with 도, "카브야 캐피털도 참여했다", or a name whose title carries the case, "사토 유이
    // 박사가 합류했다", is the sentence's own)
    for (const Mention& m : s.mentions) {
      if (m.role == Role::Subject || m.role == Role::Topic || m.role == Role::Also) return;
      if (m.role == Role::None && (title_case_after(s, m) == Role::Subject || title_case_after(s, m) == Role::Topic)) return;
    }
    // (nor one whose subject is the company itself: "동사는 2023년 자회사를 세웠다", "회사는")
    for (std::size_t i = 0; i < t.size(); ++i) {
      const ParticleSplit p = split_particle(t[i].text);
      if ((p.role == Role::Subject || p.role == Role::Topic) &&
          (p.stem == "동사" || p.stem == "당사" || p.stem == "회사" || p.stem == "기업" || p.stem == "이곳" || p.stem == "저희" ||
           p.stem == "우리" || p.stem == "그" || p.stem == "그녀" || p.stem == "그들" || p.stem == "이들"))
        return;
      // (nor one whose subject is a name no rule found: "▶모리카와=구로가네는 … 검토하고 있다")
      if ((p.role == Role::Subject || p.role == Role::Topic) && s.inside[i] < 0 && is_unknown_word(p.stem)) return;
      // (nor one whose subject is other people: "연구원 두 분이 저희 팀에 합류했어요", "엔지니어들이")
      if (p.role == Role::Subject &&
          (p.stem == "분" || p.stem == "명" || p.stem.ends_with("들") || !title_prefix(p.stem).empty() || p.stem == "사람" || p.stem == "직원"))
        return;
    }
    for (std::size_t i = 0; i < t.size(); ++i)
      if (s.inside[i] < 0) {
        add(i, st.interviewee, Role::Topic);
        break;
      }
  }
}

void find_pronouns(Sentence& s, DocState& st) {
  const auto& t = s.tokens;
  interview_references(s, st);
  // "픽셀로어 이사회는", "X의 이사회가": a company acting through its board is the subject or topic
  for (Mention& m : s.mentions) {
    const std::size_t next = static_cast<std::size_t>(m.last) + 1;
    if (m.pronoun || (m.role != Role::None && m.role != Role::Genitive) || next >= t.size() ||
        st.entities[static_cast<std::size_t>(m.entity)].type != EntityType::Organization)
      continue;
    const ParticleSplit ps = split_particle(t[next].text);
    if (ps.stem == "이사회" && (ps.role == Role::Topic || ps.role == Role::Subject)) m.role = ps.role;
  }
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (s.inside[i] >= 0) continue;
    ParticleSplit p = split_particle(t[i].text);
    EntityType type;
    std::size_t first = i;
    if ((p.stem == "그" || p.stem == "그녀") && p.role != Role::None) {
      type = EntityType::Person;
    } else if (p.stem == "이곳" || p.stem == "동사" || p.stem == "당사" || p.stem == "이곳은") {
      type = EntityType::Organization;
    } else if ((p.stem == "회사" || p.stem == "기업" || p.stem == "스타트업" || p.stem == "업체") && p.role != Role::None &&
               // ("이 회사의 NPU '레니게이드'": with the demonstrative the genitive refers too)
               (p.role != Role::Genitive || (i > 0 && (t[i - 1].text == "이" || t[i - 1].text == "해당")))) {
      if (i > 0 && (t[i - 1].text == "이" || t[i - 1].text == "해당" || t[i - 1].text == "같은" || t[i - 1].text == "그"))
        first = i - 1;
      else if (!(p.role == Role::Topic || p.role == Role::Subject || p.role == Role::Object))
        continue;
      else if (i > 0 && s.mention_at[i - 1] < 0 && is_other_company_modifier(t[i - 1].text))
        continue;  // "새 회사를", "다른 기업이", "새로운 스타트업을": a modifier makes it another company
      else if (i > 0 && s.mention_at[i - 1] < 0 &&
               (t[i - 1].text.ends_with("개") || t[i - 1].text.ends_with("곳") || t[i - 1].text == "여러" || t[i - 1].text == "많은" ||
                t[i - 1].text == "모든"))
        continue;  // "40여개 기업이", "여러 기업이": companies counted are no company in focus
      else if (p.stem != "회사" && i > 0 && s.mention_at[i - 1] < 0 && split_particle(t[i - 1].text).role == Role::None &&
               !t[i - 1].comma_after && t[i - 1].text.find_first_of("0123456789") == std::string_view::npos &&
               !looks_like_predicate(t[i - 1].text) && (t[i - 1].text.back() == ')' || is_descriptor_noun(t[i - 1].text)) &&
               t[i - 1].text != "지난해" && t[i - 1].text != "올해" && t[i - 1].text != "최근" && t[i - 1].text != "당시")
        continue;  // "로봇용 인공지능(AI) 스타트업을", "의료 AI 기업이": a described company is some company
      type = EntityType::Organization;
    } else {
      continue;
    }
    // "스타트업을 창업했다": what is founded is new, no company named before ("함께 회사를 차렸던 X" may
    // look back at the company in focus)
    if (type == EntityType::Organization && p.role == Role::Object && p.stem != "회사" && i + 1 < t.size()) {
      if (founding_verb(t[i + 1].text)) continue;
    }
    int ent = -1;
    const bool company = p.stem == "회사" || p.stem == "기업" || p.stem == "스타트업" || p.stem == "업체" || p.stem == "동사" ||
                         p.stem == "당사";
    // (not a former employer: "메타 출신인 A와 함께 회사를 세웠다", "구글 딥마인드 연구원 출신으로")
    // (or past the words of a field and a post: "네이버 검색 엔지니어 출신 강태오 대표가 세운 회사로")
    auto alumni_of = [&](const Mention& m) {
      for (int k = m.last + 1; k < static_cast<int>(t.size()) && k <= m.last + 4; ++k) {
        if (t[static_cast<std::size_t>(k)].text.rfind("출신", 0) == 0) return true;
        if (s.inside[static_cast<std::size_t>(k)] >= 0 || split_particle(t[static_cast<std::size_t>(k)].text).role != Role::None) break;
      }
      return false;
    };
    // "AWS에서 9년 일하다 나와서 이 회사를 차렸습니다": the company founded is none named before it in
    // the sentence (the one left, its parent)
    // ("함께 회사를 공동 창업했다": past an adverb of the founding)
    std::size_t verb_at = i + 1;
    if (verb_at + 1 < t.size() && (t[verb_at].text == "공동" || t[verb_at].text == "함께" || t[verb_at].text == "새로")) ++verb_at;
    // ("바이트댄스를 떠난 X가 지난해 설립한 이 회사는": a company the founding adnominal describes is none the
    // founder's clause names)
    const bool founding = (verb_at < t.size() && founding_verb(t[verb_at].text)) ||
                          (company && first + 1 == i && first > 0 && is_founding_adnominal(t[first - 1].text)) ||
                          // ("누르홀딩이 아부다비에 세운 이곳은": likewise)
                          ((p.stem == "이곳" || p.stem == "이곳은") && i > 0 && is_founding_adnominal(t[i - 1].text));
    // ("대통령실 수석으로 발탁돼 회사를 떠났다": the company left is not the one whose post the person takes)
    bool leaving = false;
    if (i + 1 < t.size() && p.role == Role::Object)
      for (std::string_view v : {"떠나", "떠났", "그만두", "그만뒀", "나와", "나왔", "퇴사"}) leaving = leaving || t[i + 1].text.rfind(v, 0) == 0;
    auto new_post_at = [&](const Mention& m) {
      if (!leaving || m.last + 1 >= static_cast<int>(first)) return false;
      const std::string_view next = t[static_cast<std::size_t>(m.last + 1)].text;
      const ParticleSplit ps = split_particle(next);
      if (!(ps.role == Role::Goal && (!title_prefix(next).empty() || !unit_head_title(next).empty() || ps.stem.ends_with("수석") ||
                                      ps.stem.ends_with("장관"))))
        return false;
      // (appointed to it now: not "부사장으로 합류했던 X는 회사를 떠났다", the company joined once and left)
      if (m.last + 2 >= static_cast<int>(first)) return false;
      const std::string_view verb = t[static_cast<std::size_t>(m.last + 2)].text;
      for (std::string_view v : {"발탁", "임명", "선임", "내정", "취임"})
        if (verb.rfind(v, 0) == 0 && verb.find("했던") == std::string_view::npos && verb.find("됐던") == std::string_view::npos) return true;
      return false;
    };
    // (not the sentence's own subject for what it acts on: "스텔라엔터는 이 회사에 투자한 바 있다" is
    // another company, not itself)
    // (the topic being the one acting: no other subject between, "xAI는 … 여러 명이 회사를 떠난")
    bool acted_on = company && !leaving && first + 1 == i && (p.role == Role::Object || p.role == Role::Goal || p.role == Role::Comitative);
    for (std::size_t k = 0; acted_on && k < first; ++k)
      if (s.inside[k] < 0 && split_particle(t[k].text).role == Role::Subject) acted_on = false;
    for (const Mention& prior : s.mentions)  // an antecedent earlier in the same sentence comes first
      if (!prior.pronoun && prior.last < static_cast<int>(first) && st.entities[static_cast<std::size_t>(prior.entity)].type == type &&
          !(company && DocState::is_institution(st.entities[static_cast<std::size_t>(prior.entity)])) &&
          // (but "소니 출신으로, 이 회사의 로봇 강아지 '아이보' 개발에 참여했다": what "this company's" names is the one left)
          !(alumni_of(prior) && p.role != Role::Genitive) && !founding && !new_post_at(prior) &&
          !(acted_on && (prior.role == Role::Topic || prior.role == Role::Subject)))
        ent = prior.entity;
    // (what the topic acts on is the company the document is about, else the one named last: "새봄벤처스는
    // 시드 단계부터 이 회사에 투자해 왔다")
    if (ent < 0 && acted_on)
      for (const Mention& prior : s.mentions)
        if (!prior.pronoun && prior.last < static_cast<int>(first) && (prior.role == Role::Topic || prior.role == Role::Subject) &&
            st.entities[static_cast<std::size_t>(prior.entity)].type == type) {
          const int self = prior.entity, main = st.main_entity(type);
          ent = main >= 0 && main != self ? main
                                          : st.last_mentioned_if(type, [&](int e) { return e != self && !DocState::is_institution(st.entities[static_cast<std::size_t>(e)]); });
          break;
        }
    const bool in_sentence = ent >= 0;
    // (and in an interview, the company founded is the one the person speaking speaks for)
    if (ent < 0 && founding && st.interview && st.interviewee >= 0)
      if (const auto it = st.person_org.find(st.interviewee); it != st.person_org.end()) ent = it->second;
    // ("… 2021년 앤트로픽에 합류했다. … 맡았고, 지난해 초 회사를 나왔다": the company left is the one the
    // previous sentence told the person joined)
    // (the same person: no one else named before it)
    auto joiner_only = [&] {
      return std::all_of(s.mentions.begin(), s.mentions.end(), [&](const Mention& m) {
        return m.last >= static_cast<int>(first) || st.entities[static_cast<std::size_t>(m.entity)].type != EntityType::Person ||
               m.entity == st.previous_joiner;
      });
    };
    if (ent < 0 && company && leaving && first == i && st.previous_joined >= 0 &&
        st.entities[static_cast<std::size_t>(st.previous_joined)].type == EntityType::Organization && joiner_only())
      ent = st.previous_joined;
    // (the company the previous sentence was about, named there alone: "한싱즈넝이 눈에 띈다. … 이 회사는")
    if (ent < 0 && company && first + 1 == i && st.previous_sole_org >= 0 &&
        st.entities[static_cast<std::size_t>(st.previous_sole_org)].type == EntityType::Organization)
      ent = st.previous_sole_org;
    // ("… '싱킹 머신즈 랩'을 설립했다. 이 회사는 …": the company the previous sentence told the founding of)
    if (ent < 0 && company && st.previous_founded >= 0 &&
        st.entities[static_cast<std::size_t>(st.previous_founded)].type == EntityType::Organization)
      ent = st.previous_founded;
    // (right after a section's heading, the company the document is about)
    if (ent < 0 && company && st.after_heading && !founding) ent = st.main_entity(EntityType::Organization);
    // ("… 라훌 메타가 채웠다. 그는 …": the one person the previous sentence had for its subject)
    if (ent < 0 && type == EntityType::Person && st.previous_sole_person >= 0 &&
        st.entities[static_cast<std::size_t>(st.previous_sole_person)].type == EntityType::Person)
      ent = st.previous_sole_person;
    if (ent < 0) ent = st.most_recent(type, company);
    // ("폰도 케찰 벤처스는 … 펀드다. … 설립된 이 회사는": a company told founded, or a startup, is no fund named
    // before it when the document is about a company that is none; a company alone may be the fund: "이 회사의 X 파트너")
    const bool told_founded = founding || (first > 0 && (t[first - 1].text == "설립된" || t[first - 1].text == "창업된" || t[first - 1].text == "세워진"));
    if (company && (told_founded || p.stem == "스타트업") && !in_sentence && ent >= 0 &&
        DocState::is_investor_named(st.entities[static_cast<std::size_t>(ent)])) {
      // (the company the document is about, else the one named last that is no fund)
      const auto no_fund = [&](int e) {
        return !DocState::is_investor_named(st.entities[static_cast<std::size_t>(e)]) && !DocState::is_institution(st.entities[static_cast<std::size_t>(e)]);
      };
      const int main = st.main_entity(EntityType::Organization);
      const int other = main >= 0 && no_fund(main) ? main : st.last_mentioned_if(EntityType::Organization, no_fund);
      if (other >= 0) ent = other;
    }
    // "그녀" ("she") names a person a "그녀" named before rather than one it never named, unless the sentence or
    // the one before it has that other person alone ("… 서 대표 … 그녀는 …  마커스 휫필드가 세운 회사로 … 그녀는")
    if (p.stem == "그녀" && ent >= 0 && !in_sentence && ent != st.previous_sole_person && !st.gender.count(ent)) {
      const int she = st.last_mentioned_if(EntityType::Person, [&](int e) {
        const auto it = st.gender.find(e);
        return it != st.gender.end() && it->second == 'f';
      });
      if (she >= 0) ent = she;
    }
    if (p.stem == "그녀" && ent >= 0) st.gender.emplace(ent, 'f');
    // (nor, when founded, a company the sentence named before it: the one the founder left)
    auto named_before = [&](int e) {
      for (const Mention& prior : s.mentions)
        if (prior.entity == e && prior.last < static_cast<int>(first)) return true;
      return false;
    };
    if (ent >= 0 && founding && company && p.role == Role::Object && named_before(ent))
      ent = st.last_mentioned_if(type, [&](int e) { return !DocState::is_institution(st.entities[static_cast<std::size_t>(e)]) && !named_before(e); });
    if (ent < 0) continue;
    Mention m;
    m.span = {t[first].span.begin, t[i].span.begin + p.stem.size()};
    m.first = static_cast<int>(first);
    m.last = static_cast<int>(i);
    m.entity = ent;
    m.role = p.role;
    m.pronoun = true;
    s.mentions.push_back(m);
    s.mention_at[i] = static_cast<int>(s.mentions.size() - 1);
    for (std::size_t k = first; k <= i; ++k) s.inside[k] = static_cast<int>(s.mentions.size() - 1);
  }
  timeline_topic(s, st);
  index_mentions(s);
}

Role title_case_after(const Sentence& s, const Mention& m) {
  std::size_t k = static_cast<std::size_t>(m.last) + 1;
  if (k < s.tokens.size() && s.inside[k] < 0 && (is_former_marker(s.tokens[k].text) || is_current_marker(s.tokens[k].text))) ++k;
  if (k >= s.tokens.size() || s.inside[k] >= 0) return Role::None;
  const std::string_view w = s.tokens[k].text;
  std::string_view title = title_prefix(w);
  if (title.empty()) title = unit_head_title(w);
  if (title.empty()) return Role::None;
  std::string rest(w.substr(title.size()));  // (past a gloss in parentheses: "최고기술책임자(CTO)가")
  for (std::size_t open = rest.find('('); open != std::string::npos; open = rest.find('(')) {
    const std::size_t close = rest.find(')', open);
    rest.erase(open, close == std::string::npos ? std::string::npos : close - open + 1);
  }
  if (rest.empty() && s.tokens[k].equals_after) return Role::Topic;  // ("X 대표 = …": a profile's topic)
  return particle_role(title, rest);
}

void index_mentions(Sentence& s) {
  std::sort(s.mentions.begin(), s.mentions.end(), [](const Mention& a, const Mention& b) { return a.span.begin < b.span.begin; });
  std::fill(s.mention_at.begin(), s.mention_at.end(), -1);
  std::fill(s.inside.begin(), s.inside.end(), -1);
  for (std::size_t m = 0; m < s.mentions.size(); ++m) {
    s.mention_at[static_cast<std::size_t>(s.mentions[m].last)] = static_cast<int>(m);
    for (int k = s.mentions[m].first; k <= s.mentions[m].last; ++k) s.inside[static_cast<std::size_t>(k)] = static_cast<int>(m);
  }
}

}  // namespace inmaek::extract
