#include "extract/lexicon.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "graph/error.h"
#include "extract/utf8.h"

namespace inmaek::extract {
namespace {

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  for (;;) {
    std::size_t p = s.find(sep, start);
    out.push_back(s.substr(start, p == std::string_view::npos ? std::string_view::npos : p - start));
    if (p == std::string_view::npos) break;
    start = p + 1;
  }
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool valid_qid(std::string_view q) {
  if (q.size() < 2 || q[0] != 'Q') return false;
  return std::all_of(q.begin() + 1, q.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

std::string fold_case(std::string_view s) {
  std::string out(s);
  for (std::size_t i = 0; i < out.size(); ++i) {
    const auto c = static_cast<unsigned char>(out[i]);
    if (c >= 'A' && c <= 'Z') {
      out[i] = static_cast<char>(c - 'A' + 'a');
      continue;
    }
    if (i + 1 >= out.size()) break;
    const auto d = static_cast<unsigned char>(out[i + 1]);
    // Latin-1 capitals (U+00C0-U+00DE but the sign U+00D7): "TOMÁS" = "tomás"; one byte changes
    if (c == 0xC3 && d >= 0x80 && d <= 0x9E && d != 0x97) out[i + 1] = static_cast<char>(d + 0x20), ++i;
    // Latin Extended-A pairs (U+0100-U+0137, U+014A-U+0177: capital even, small odd; U+0139-U+0148: capital
    // odd): "ŁUKASZ", "ŞAHIN", "ČAPEK"
    else if (c == 0xC4 || c == 0xC5) {
      const unsigned cp = ((c & 0x1Fu) << 6) | (d & 0x3Fu);
      const bool capital = (cp <= 0x137 && cp % 2 == 0) || (cp >= 0x14A && cp <= 0x177 && cp % 2 == 0) ||
                           (cp >= 0x139 && cp <= 0x148 && cp % 2 == 1);
      if (capital && (d & 0x3F) != 0x3F) out[i + 1] = static_cast<char>(d + 1);  // (never across a lead byte)
      ++i;
    }
  }
  return out;
}

std::string name_key(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t start = i;
    char32_t c = decode_utf8(s, i);
    if (c == ' ' || c == '.' || c == '-' || c == 0xB7 || c == 0x2027 || c == 0x30FB || c == '\'' || c == ',' ||
        c == 0x2019)
      continue;
    if (c >= 'A' && c <= 'Z') {
      out += static_cast<char>(c - 'A' + 'a');
    } else {
      out.append(s.substr(start, i - start));
    }
  }
  return out;
}

std::string plain_version(std::string_view s) {
  auto digit = [&](std::size_t i) { return i < s.size() && s[i] >= '0' && s[i] <= '9'; };
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    // "v3" at a word's start: the version 3
    if (s[i] == 'v' && digit(i + 1) && (i == 0 || s[i - 1] == ' ' || s[i - 1] == '-')) continue;
    // "3.0", "2.0.0": no minor version
    if (s[i] == '.' && i > 0 && digit(i - 1) && i + 1 < s.size() && s[i + 1] == '0') {
      std::size_t j = i;
      while (j + 1 < s.size() && s[j] == '.' && s[j + 1] == '0' && !digit(j + 2)) j += 2;
      if (j > i && (j == s.size() || s[j] != '.')) {
        i = j - 1;
        continue;
      }
    }
    out += s[i];
  }
  return out;
}

void LexiconBuilder::add(LexiconEntry e) {
  for (auto& existing : entries_) {
    if (existing.canonical == e.canonical) {
      for (auto& n : e.names)
        if (std::find(existing.names.begin(), existing.names.end(), n) == existing.names.end())
          existing.names.push_back(n);
      if (existing.wikidata.empty()) existing.wikidata = e.wikidata;
      return;
    }
  }
  entries_.push_back(std::move(e));
}

void LexiconBuilder::add_tsv(std::string_view content, std::string_view source) {
  std::size_t line_no = 0;
  std::size_t pos = 0;
  while (pos <= content.size()) {
    std::size_t nl = content.find('\n', pos);
    std::string_view line = content.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? content.size() + 1 : nl + 1;
    ++line_no;
    auto where = [&] { return std::string(source) + ":" + std::to_string(line_no) + ": "; };
    if (!is_valid_utf8(line)) throw ParseError(where() + "invalid UTF-8");
    if (trim(line).empty() || trim(line).front() == '#') continue;
    auto cols = split(line, '\t');
    if (cols.size() != 4)
      throw ParseError(where() + "expected 4 tab-separated columns (canonical, type, wikidata, names), found " +
                       std::to_string(cols.size()));
    LexiconEntry e;
    e.canonical = std::string(trim(cols[0]));
    if (e.canonical.empty()) throw ParseError(where() + "empty canonical name");
    auto type = parse_entity_type(trim(cols[1]));
    if (!type) throw ParseError(where() + "unknown entity type \"" + std::string(trim(cols[1])) +
                                "\" (Person, Organization or Product)");
    e.type = *type;
    e.wikidata = std::string(trim(cols[2]));
    if (!e.wikidata.empty() && !valid_qid(e.wikidata))
      throw ParseError(where() + "bad Wikidata id \"" + e.wikidata + "\" (expected Q followed by digits)");
    e.names.push_back({e.canonical, ""});
    for (std::string_view raw : split(cols[3], '|')) {
      raw = trim(raw);
      if (raw.empty()) continue;
      Alias a;
      std::size_t at = raw.rfind('@');
      if (at != std::string_view::npos && (raw.substr(at) == "@ko" || raw.substr(at) == "@en")) {
        a.text = std::string(trim(raw.substr(0, at)));
        a.lang = std::string(raw.substr(at + 1));
      } else {
        a.text = std::string(raw);
      }
      if (a.text.empty()) throw ParseError(where() + "empty name");
      if (a.text == e.canonical) {
        if (e.names.front().lang.empty()) e.names.front().lang = a.lang;
        continue;
      }
      e.names.push_back(std::move(a));
    }
    add(std::move(e));
  }
}

std::shared_ptr<const Lexicon> LexiconBuilder::freeze() {
  auto lex = std::make_shared<Lexicon>();
  lex->entries_ = std::move(entries_);
  entries_.clear();
  std::map<std::string, std::uint32_t> seen_patterns;
  // Organisations' names written as one word, for the names that start with one of them
  std::set<std::string, std::less<>> org_words;
  for (const LexiconEntry& e : lex->entries_)
    if (e.type == EntityType::Organization)
      for (const Alias& a : e.names)
        if (a.text.find(' ') == std::string::npos && has_hangul(a.text)) org_words.insert(fold_case(a.text));
  // Organisations by their Latin names, for the products named after their makers
  std::map<std::string, std::uint32_t, std::less<>> org_by_latin;
  for (std::uint32_t i = 0; i < lex->entries_.size(); ++i)
    if (lex->entries_[i].type == EntityType::Organization)
      for (const Alias& a : lex->entries_[i].names)
        if (!has_hangul(a.text)) org_by_latin.emplace(fold_case(a.text), i);
  for (std::uint32_t i = 0; i < lex->entries_.size(); ++i) {
    // "마이크로소프트 애저" for "Microsoft Azure": a product whose English name is its maker's and its own
    // is named so in Korean too, the maker's Korean name before the product's
    if (const LexiconEntry& e = lex->entries_[i]; e.type == EntityType::Product)
      for (const Alias& a : e.names) {
        const std::size_t sp = a.text.find(' ');
        if (has_hangul(a.text) || sp == std::string::npos) continue;
        const auto maker = org_by_latin.find(fold_case(std::string_view(a.text).substr(0, sp)));
        const std::string own = fold_case(std::string_view(a.text).substr(sp + 1));
        if (maker == org_by_latin.end() ||
            std::none_of(e.names.begin(), e.names.end(), [&](const Alias& b) { return fold_case(b.text) == own; }))
          continue;
        for (const Alias& ko_maker : lex->entries_[maker->second].names)
          for (const Alias& ko_own : e.names) {
            if (!has_hangul(ko_maker.text) || !has_hangul(ko_own.text) || ko_own.text.find(' ') != std::string::npos) continue;
            const std::string v = fold_case(ko_maker.text + " " + ko_own.text);
            if (seen_patterns.count(v)) continue;
            seen_patterns.emplace(v, i);
            lex->automaton_.add(v, static_cast<std::uint32_t>(lex->pattern_entry_.size()));
            lex->pattern_entry_.push_back(i);
          }
      }
    for (const Alias& a : lex->entries_[i].names) {
      lex->keys_.emplace_back(name_key(a.text), i);
      std::string p = fold_case(a.text);
      std::vector<std::string> variants = {p, {}, {}};
      // "딥 마인드" also matches "딥마인드".
      if (p.find(' ') != std::string::npos) {
        for (char c : p)
          if (c != ' ') variants[1] += c;
      }
      // "네이버 클라우드" also matches "네이버클라우드": a group's name and the rest written apart (the rest
      // two Hangul syllables or more)
      if (lex->entries_[i].type == EntityType::Organization && p.find(' ') == std::string::npos && has_hangul(p))
        for (std::size_t cut = 3; cut + 6 <= p.size(); ++cut)
          if (org_words.count(std::string_view(p).substr(0, cut)) && hangul_syllable_count(std::string_view(p).substr(cut)) >= 2 &&
              hangul_syllable_count(std::string_view(p).substr(cut)) * 3 == p.size() - cut) {
            variants[2] = p.substr(0, cut) + " " + p.substr(cut);
            break;
          }
      // "라이트스피드 벤처 파트너스" also matches "라이트스피드벤처파트너스": the words of a firm's kind it ends in
      // written apart, each or some (after a head of two syllables or more)
      if (lex->entries_[i].type == EntityType::Organization && p.find(' ') == std::string::npos && has_hangul(p)) {
        std::vector<std::size_t> cuts;  // where kind words start, last first
        std::size_t end = p.size();
        for (bool more = true; more;) {
          more = false;
          for (std::string_view kind : {"파트너스", "벤처스", "벤처", "캐피털", "캐피탈", "인베스트먼트", "자산운용", "투자", "랩스", "홀딩스",
                                        "테크놀로지스", "로보틱스", "시스템즈", "그룹", "바이오", "에너지", "증권"})
            if (end > kind.size() && std::string_view(p).substr(0, end).ends_with(kind) && hangul_syllable_count(std::string_view(p).substr(0, end - kind.size())) >= 2) {
              end -= kind.size();
              cuts.push_back(end);
              more = cuts.size() < 3;
              break;
            }
        }
        for (std::size_t mask = 1; mask < (std::size_t{1} << cuts.size()); ++mask) {
          std::string v = p;
          for (std::size_t k = 0; k < cuts.size(); ++k)  // (last first: earlier cuts keep their offsets)
            if (mask & (std::size_t{1} << k)) v.insert(cuts[k], " ");
          variants.push_back(std::move(v));
        }
      }
      for (const std::string& v : variants) {
        if (v.empty() || seen_patterns.count(v)) continue;
        seen_patterns.emplace(v, i);
        lex->automaton_.add(v, static_cast<std::uint32_t>(lex->pattern_entry_.size()));
        lex->pattern_entry_.push_back(i);
      }
    }
  }
  std::sort(lex->keys_.begin(), lex->keys_.end());
  lex->keys_.erase(std::unique(lex->keys_.begin(), lex->keys_.end(),
                               [](const auto& a, const auto& b) { return a.first == b.first; }),
                   lex->keys_.end());
  lex->automaton_.freeze();
  return lex;
}

std::vector<LexiconHit> Lexicon::find(std::string_view lowered) const {
  std::vector<AhoCorasick::Hit> hits = automaton_.find_all(lowered);
  std::sort(hits.begin(), hits.end(), [](const auto& a, const auto& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  std::vector<LexiconHit> out;
  out.reserve(hits.size());
  for (const auto& h : hits) out.push_back({h.begin, h.end, pattern_entry_[h.pattern]});
  return out;
}

int Lexicon::lookup(std::string_view name) const {
  std::string key = name_key(name);
  auto it = std::lower_bound(keys_.begin(), keys_.end(), std::make_pair(key, std::uint32_t{0}));
  if (it == keys_.end() || it->first != key) return -1;
  return static_cast<int>(it->second);
}

}  // namespace inmaek::extract
