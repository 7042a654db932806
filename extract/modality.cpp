#include "extract/extractor_internal.h"

#include <string_view>

#include "extract/hangul_words.h"

namespace inmaek::extract {
namespace {

// Words that make the predicate they follow unreal: negated, planned, considered, rumoured.
constexpr std::string_view kMarkers[] = {
    "계획", "예정", "검토", "추진", "협의", "논의", "협상", "가능성", "전망", "루머", "소문", "부인", "않",
    "없", "못", "아니", "고려", "하겠", "하려", "관측", "예상", "기대", "희망", "의향", "타진", "물색",
    "저울질", "설이", "설도", "설에", "수도", "방침", "목표", "준비", "예측", "말아", "거절", "무산", "철회",
    "취소", "중단", "반대", "거부", "보류", "할지", "될지", "제안"};

bool contains(std::string_view w, std::string_view m) { return w.find(m) != std::string_view::npos; }

// A future/prospective adnominal ending: the last syllable has the final consonant ㄹ (할, 될, 떠날).
bool ends_in_rieul_future(std::string_view w) {
  if (w.size() < 3) return false;
  std::size_t i = w.size() - 3;
  unsigned char b0 = static_cast<unsigned char>(w[i]);
  if (b0 < 0xEA || b0 > 0xED) return false;
  char32_t c = ((b0 & 0x0F) << 12) | ((static_cast<unsigned char>(w[i + 1]) & 0x3F) << 6) |
               (static_cast<unsigned char>(w[i + 2]) & 0x3F);
  if (c < 0xAC00 || c > 0xD7A3) return false;
  return (c - 0xAC00) % 28 == 8;
}

}  // namespace

bool is_irrealis(const Sentence& s, int trigger) {
  const int n = static_cast<int>(s.tokens.size());
  if (trigger < 0 || trigger >= n) return false;
  std::string_view tw = s.tokens[static_cast<std::size_t>(trigger)].text;
  if (ends_in_rieul_future(tw)) return true;
  for (std::string_view m : kMarkers)
    if (contains(tw, m) && m != "설이" && m != "설도" && m != "설에") return true;
  for (int k = trigger + 1; k < n && k <= trigger + 4; ++k) {
    std::string_view w = s.tokens[static_cast<std::size_t>(k)].text;
    if (s.inside[static_cast<std::size_t>(k)] >= 0) break;  // another argument: a new clause
    for (std::string_view m : kMarkers)
      if (contains(w, m)) return true;
    if (w == "것" || w == "것이라고" || w == "것으로" || w == "것이라는") continue;
    if (s.tokens[static_cast<std::size_t>(k)].comma_after) break;
    if (looks_like_predicate(w) && k > trigger + 1) break;
  }
  // "만약", "만일" before the trigger: a condition
  for (int k = 0; k < trigger; ++k) {
    std::string_view w = s.tokens[static_cast<std::size_t>(k)].text;
    if (w == "만약" || w == "만일" || w == "만약에") return true;
  }
  return false;
}

}  // namespace inmaek::extract
