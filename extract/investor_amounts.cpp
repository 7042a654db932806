// Which amount of a sentence is whose: each investor's own, when the text gives them one.
#include <algorithm>
#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "extract/extractor_internal.h"

namespace inmaek::extract {
namespace {

// The text between a name and an amount opens a parenthesis and says no more than "about": "B(50억 원)",
// "B (약 50억 원)", "B ($5 million)", "B (about €3m)".
bool opens_amount(std::string_view between) {
  std::size_t i = 0;
  while (i < between.size() && between[i] == ' ') ++i;
  if (i >= between.size() || between[i] != '(') return false;
  std::string_view rest = between.substr(i + 1);
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  for (std::string_view about : {"약", "about", "around", "roughly", "some"})
    if (rest.starts_with(about)) {
      rest.remove_prefix(about.size());
      break;
    }
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  return rest.empty();
}

}  // namespace

std::map<int, int> investor_amounts(const Sentence& s, const std::string& norm, const std::vector<Found>& found) {
  std::set<int> investors;
  for (const Found& f : found)
    if (f.type == RelationType::Invested && f.subject >= 0) investors.insert(f.subject);
  if (investors.size() < 2 || s.amounts.empty()) return {};
  // the investors' mentions by name, in text order
  std::vector<const Mention*> named;
  for (const Mention& m : s.mentions)
    if (!m.pronoun && investors.count(m.entity)) named.push_back(&m);
  // amounts in parentheses right after a name
  std::map<int, int> attached;   // amount -> the investor it is in parentheses after
  for (int a = 0; a < static_cast<int>(s.amounts.size()); ++a) {
    const Span at = s.amounts[static_cast<std::size_t>(a)].span;
    for (const Mention* m : named)
      if (m->span.end <= at.begin && at.begin - m->span.end <= 12 && opens_amount(std::string_view(norm).substr(m->span.end, at.begin - m->span.end)))
        attached.emplace(a, m->entity);
  }
  if (attached.empty()) return {};
  std::map<int, int> out;
  for (int investor : investors) {
    int own = -1;
    for (const auto& [a, who] : attached)
      if (who == investor) {
        own = a;
        break;
      }
    // else the first amount after the investor's first name and before another investor's name, no one else's
    // ("A가 150억 원을 투자하며 주도했고, B(50억 원)와": 150억 원 is A's)
    const auto first = std::find_if(named.begin(), named.end(), [&](const Mention* m) { return m->entity == investor; });
    if (own < 0 && first != named.end()) {
      std::size_t until = s.span.end;
      for (auto next = first + 1; next != named.end(); ++next)
        if ((*next)->entity != investor) {
          until = (*next)->span.begin;
          break;
        }
      for (int a = 0; a < static_cast<int>(s.amounts.size()) && own < 0; ++a) {
        const Span at = s.amounts[static_cast<std::size_t>(a)].span;
        if (at.begin >= (*first)->span.end && at.end <= until && !attached.count(a)) own = a;
      }
    }
    out[investor] = own;
  }
  return out;
}

}  // namespace inmaek::extract
