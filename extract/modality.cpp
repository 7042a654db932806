#include "extract/extractor_internal.h"

#include <string_view>

#include "extract/hangul_words.h"
#include "extract/utf8.h"

namespace inmaek::extract {
namespace {

// Words that make the predicate they follow unreal: negated, planned, considered, rumoured.
constexpr std::string_view kMarkers[] = {
    "계획", "예정", "검토", "추진", "협의", "논의", "협상", "가능성", "전망", "루머", "소문", "부인", "않",
    "없", "못", "아니", "고려", "하겠", "하려", "관측", "예상", "기대", "희망", "의향", "타진", "물색",
    "저울질", "설이", "설도", "설에", "수도", "방침", "목표", "준비", "예측", "말아", "거절", "무산", "철회",
    "취소", "중단", "반대", "거부", "보류", "할지", "될지", "제안",
    // hearsay: "인수한다는 이야기가 돌았다", "합류했다는 보도가 나왔으나"
    "이야기가", "이야기도", "얘기가", "얘기도", "보도가", "보도도", "풍문", "불발", "결렬"};

bool contains(std::string_view w, std::string_view m) { return w.find(m) != std::string_view::npos; }

// A future/prospective adnominal ending: "설립할", "합류될", "떠날", "옮길" (not the object particle 을/를).
bool ends_in_rieul_future(std::string_view w) {
  static constexpr std::string_view kFuture[] = {"할", "될", "날", "갈", "올", "길", "릴", "킬", "둘", "들", "줄", "볼"};
  if (w.size() < 6) return false;  // at least two syllables
  std::string_view last = w.substr(w.size() - 3);
  for (std::string_view f : kFuture)
    if (last == f) return true;
  return false;
}

// The plain present of a verb ("떠난다", "합류한다", "맡는다"; "떠난다고" reported), which Korean news uses
// for what is scheduled as well as for headlines.
bool plain_present(std::string_view w) {
  while (!w.empty() && (w.back() == '.' || w.back() == ',')) w.remove_suffix(1);
  for (std::string_view e : {"고", "며"})
    if (w.size() > e.size() + 3 && w.substr(w.size() - e.size()) == e) {
      w.remove_suffix(e.size());
      break;
    }
  if (w.size() < 6 || w.substr(w.size() - 3) != "다") return false;
  const std::u32string before = to_u32(w.substr(w.size() - 6, 3));
  if (before.size() != 1 || before[0] < 0xAC00 || before[0] > 0xD7A3) return false;
  return before[0] == U'는' || (before[0] - 0xAC00) % 28 == 4;  // final ㄴ
}

// A time still to come: "이달 말", "다음 달", "내달", "내년 초", "연내", "오는 3월", "조만간".
bool future_time(const Sentence& s) {
  const auto& t = s.tokens;
  for (std::size_t i = 0; i < t.size(); ++i) {
    const std::string_view w = t[i].text;
    for (std::string_view f : {"내달", "내년", "다음달", "연내", "조만간", "내주"})
      if (w.rfind(f, 0) == 0) return true;
    if (i + 1 < t.size() && (w == "다음" || w == "오는" || w == "이달" || w == "이번") &&
        (t[i + 1].text.rfind("달", 0) == 0 || t[i + 1].text.rfind("주", 0) == 0 || t[i + 1].text.rfind("말", 0) == 0 ||
         (w == "오는" && !t[i + 1].text.empty() && t[i + 1].text[0] >= '0' && t[i + 1].text[0] <= '9')))
      return true;
  }
  return false;
}

}  // namespace

bool is_irrealis(const Sentence& s, int trigger) {
  const int n = static_cast<int>(s.tokens.size());
  if (trigger < 0 || trigger >= n) return false;
  std::string_view tw = s.tokens[static_cast<std::size_t>(trigger)].text;
  if (ends_in_rieul_future(tw)) return true;
  // "이달 말 회사를 떠난다": the plain present with a time still to come is a schedule
  if (plain_present(tw) && future_time(s)) return true;
  // "내년 일본 법인을 세우고 보스턴에도 연구소를 열 계획이다": a verb joined by -고/-며 to a plan that ends the
  // sentence is part of the plan
  // (not what is under way: "개발하고 있으며, … 공개할 계획이다")
  if (tw.size() > 3 && (tw.ends_with("고") || tw.ends_with("며")) && trigger + 2 < n &&
      !s.tokens[static_cast<std::size_t>(trigger + 1)].text.starts_with("있")) {
    const std::string_view last = s.tokens.back().text;
    for (std::string_view plan : {"계획", "예정", "방침"})
      if (last.starts_with(plan)) return true;
  }
  // an attempt or intention: "사들이려", "인수하려고", "합류하려던"; a decision not yet carried out:
  // "인수하기로 합의했다"
  for (std::string_view e : {"려", "려고", "려는", "려던", "려다", "기로"})
    if (tw.size() > e.size() && tw.substr(tw.size() - e.size()) == e) return true;
  // a yes/no question: "인수한 건가", "합류할까"
  {
    std::string_view last = s.tokens.back().text;
    for (std::string_view e : {"건가", "는가", "을까", "할까", "될까", "인가", "나요", "까요"})
      if (last.size() >= e.size() && last.substr(last.size() - e.size()) == e) return true;
  }
  for (std::string_view m : kMarkers)
    if (contains(tw, m) && m != "설이" && m != "설도" && m != "설에") return true;
  // "회사를 떠날 것이라는 관측도 나왔지만": what "came out" was a guess, the predicate's subject a marker
  if (trigger > 0) {
    const std::string_view prev = s.tokens[static_cast<std::size_t>(trigger - 1)].text;
    const Role r = split_particle(prev).role;
    if (r == Role::Subject || r == Role::Also || r == Role::Topic)
      for (std::string_view m : {"관측", "전망", "예상", "보도", "이야기", "얘기", "소문", "루머", "분석", "추측"})
        if (prev.rfind(m, 0) == 0) return true;
  }
  // a rumour named by its event: "퇴사설을 부인했다", "인수설이 돌았다"
  for (std::string_view e : {"퇴사설", "인수설", "합류설", "이적설", "영입설", "매각설", "투자설", "결별설", "이직설", "사임설", "해임설", "경질설"})
    if (tw.rfind(e, 0) == 0) return true;
  for (int k = trigger + 1; k < n && k <= trigger + 4; ++k) {
    std::string_view w = s.tokens[static_cast<std::size_t>(k)].text;
    if (s.inside[static_cast<std::size_t>(k)] >= 0) break;  // another argument: a new clause
    for (std::string_view m : kMarkers)
      if (contains(w, m)) return true;
    if (w == "것" || w == "것이라고" || w == "것으로" || w == "것이라는") continue;
    if (s.tokens[static_cast<std::size_t>(k)].comma_after) break;
    if (looks_like_predicate(w) && k > trigger + 1) break;
  }
  // "X가 트위치를 떠나 Y로 옮기는 것 아니냐는 질문에": a question or a suspicion ("아니냐는", "아니냐고") the verb's clause
  // runs into, before the sentence's own predicate
  for (int k = trigger + 1; k < n; ++k) {
    std::string_view w = s.tokens[static_cast<std::size_t>(k)].text;
    if (w.starts_with("아니냐") || w.find("아니냐는") != std::string_view::npos || w.find("아니냐고") != std::string_view::npos) return true;
    while (!w.empty() && (w.back() == '.' || w.back() == ',')) w.remove_suffix(1);
    if (w.ends_with("다") && looks_like_predicate(w)) break;
  }
  // "만약", "만일" before the trigger: a condition
  for (int k = 0; k < trigger; ++k) {
    std::string_view w = s.tokens[static_cast<std::size_t>(k)].text;
    if (w == "만약" || w == "만일" || w == "만약에") return true;
  }
  return false;
}

}  // namespace inmaek::extract
