#include "extract/boilerplate.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>
#include <unordered_set>

#include "extract/hangul_words.h"
#include "extract/scan_internal.h"
#include "extract/sentences.h"
#include "extract/text.h"

namespace inmaek::extract {
namespace {

using namespace std::string_view_literals;

// ---- Rule tables ---------------------------------------------------------------------------

// Whole lines (after bullets and a trailing count such as "0", "0개" are stripped; ASCII is
// compared case-insensitively) that are navigation, widgets or buttons.
constexpr std::array kWidgetLines = {
    "본문 바로가기"sv, "전체메뉴"sv, "전체 메뉴"sv, "메뉴"sv, "로그인"sv, "로그아웃"sv, "회원가입"sv,
    "검색"sv, "닫기"sv, "홈"sv, "뉴스"sv, "경제"sv, "정치"sv, "사회"sv, "국제"sv, "문화"sv, "연예"sv,
    "스포츠"sv, "오피니언"sv, "구독"sv, "구독하기"sv, "좋아요"sv, "싫어요"sv, "저장"sv, "공유"sv,
    "공유하기"sv, "스크랩"sv, "인쇄"sv, "댓글"sv, "댓글쓰기"sv, "추천"sv, "기사제보"sv, "제보"sv,
    "광고"sv, "페이스북"sv, "카카오톡"sv, "카카오스토리"sv, "트위터"sv, "네이버밴드"sv, "밴드"sv,
    "URL 복사"sv, "URL복사"sv, "링크 복사"sv, "링크복사"sv, "글자크기"sv, "글씨크기"sv, "이전"sv,
    "다음"sv, "목록"sv, "맨위로"sv, "반응형"sv, "더보기"sv, "기사 더보기"sv, "프린트"sv,
    "ad"sv, "advertisement"sv, "sponsored"sv, "share"sv, "share this"sv, "share this article"sv,
    "subscribe"sv, "sign in"sv, "log in"sv, "sign up"sv, "menu"sv, "search"sv, "skip to content"sv,
    "skip to main content"sv, "follow"sv, "comments"sv, "comment"sv, "print"sv, "email"sv,
    "facebook"sv, "twitter"sv, "linkedin"sv, "copy link"sv, "top"sv, "home"sv, "read more"sv,
};

// Short lines (at most kShortWidget characters) containing one of these are widgets.
constexpr std::size_t kShortWidget = 30;
constexpr std::array kWidgetPhrases = {
    "바로가기"sv, "투표했"sv, "URL 복사"sv, "링크 복사"sv, "공유하기"sv, "기사제보"sv, "구독하기"sv,
    "구독해주세요"sv, "구독해 주세요"sv, "뉴스레터"sv, "확대보기"sv, "읽어주기"sv, "좋으셨다면"sv,
    "의견을 남겨"sv, "브라우저에서만"sv, "무료 구독"sv, "채널 추가"sv, "앱 다운로드"sv,
    "Sign up for"sv, "newsletter"sv, "Newsletter"sv, "Click here"sv, "Read more"sv,
    "Follow us"sv,
};

// Lines starting with one of these (after bullets) are widgets, whatever their length.
// (and a post's tag lines: "Tags: Rastro, Product, Team" is no sentence, its words no names)
constexpr std::array kWidgetPrefixes = {"총 투표수"sv, "찬/반"sv, "찬반 투표"sv, "댓글 "sv,   "Tags:"sv, "TAGS:"sv,
                                        "Topics:"sv,  "Filed under:"sv, "Filed Under:"sv, "태그:"sv};

// Captions: a line (at most kCaptionMax characters) containing one of these, or starting with ▲/△.
constexpr std::size_t kCaptionMax = 120;
constexpr std::array kCaptionMarks = {
    "사진="sv, "사진 ="sv, "사진제공"sv, "사진 제공"sv, "/사진"sv, "이미지="sv, "그래픽="sv,
    "자료사진"sv, "[사진"sv, "(사진"sv, "Photo:"sv, "(Photo"sv, "Image:"sv, "Getty Images"sv,
    "/ Reuters"sv, "/ AP"sv, "/ AFP"sv,
};

// Copyright lines (at most kCopyrightMax characters); everything after them is tail.
constexpr std::size_t kCopyrightMax = 160;
constexpr std::array kCopyrightMarks = {
    "\u24D2"sv /* ⓒ */, "\u00A9"sv /* © */, "Copyright"sv, "COPYRIGHT"sv, "copyright"sv,
    "무단전재"sv, "무단 전재"sv, "무단복제"sv, "재배포 금지"sv, "재배포금지"sv, "All rights reserved"sv,
    "All Rights Reserved"sv, "ALL RIGHTS RESERVED"sv,
};

// Headings of lists of other stories, and of contact/subscription blocks; the non-body lines
// after them are dropped too. Compared like kWidgetLines.
constexpr std::array kTailHeadings = {
    "관련 기사"sv, "관련기사"sv, "관련 뉴스"sv, "관련뉴스"sv, "최신 기사"sv, "최신기사"sv,
    "최신 뉴스"sv, "많이 본 뉴스"sv, "많이 본 기사"sv, "많이본 뉴스"sv, "많이본뉴스"sv,
    "인기 기사"sv, "인기기사"sv, "인기 뉴스"sv, "주요 뉴스"sv, "주요뉴스"sv, "주요 기사"sv,
    "추천 기사"sv, "추천기사"sv, "실시간 인기"sv, "오늘의 핫 클릭"sv, "포토뉴스"sv,
    "이 시각 주요뉴스"sv, "제보하기"sv, "기사 제보"sv, "related stories"sv, "related articles"sv,
    "related"sv, "more stories"sv, "more from"sv, "most read"sv, "most popular"sv, "trending"sv,
    "recommended"sv, "you may also like"sv, "latest news"sv,
};

// Summary boxes: a short line containing one of these starts a run of bullet lines.
constexpr std::array kSummaryHeadings = {"줄 요약"sv, "줄요약"sv, "AI 요약"sv, "핵심 요약"sv,
                                         "Key points"sv, "Summary"sv};

// Publication metadata: a line starting with one of these, followed by a digit soon after.
constexpr std::array kDateLabels = {
    "입력"sv, "발행"sv, "수정"sv, "등록"sv, "승인"sv, "게재"sv, "송고"sv, "업데이트"sv, "기사입력"sv,
    "최초입력"sv, "최초 입력"sv, "최종수정"sv, "최종 수정"sv, "Published"sv, "Updated"sv,
    "Posted"sv, "Last updated"sv,
};

// Byline lines: starting with one of these (at most kBylineMax characters).
constexpr std::size_t kBylineMax = 80;
constexpr std::array kBylinePrefixes = {
    "편집:"sv, "편집 :"sv, "글:"sv, "글 :"sv, "기자:"sv, "작성자"sv, "취재:"sv, "정리:"sv,
    "영상:"sv, "이메일"sv, "E-mail"sv, "e-mail"sv, "Email:"sv, "Editor:"sv, "Reporting by"sv,
    "(Reporting by"sv, "Writing by"sv, "Editing by"sv, "Written by"sv, "Additional reporting"sv,
};
// Short lines (at most kBylineTitleMax characters) ending in these are bylines.
constexpr std::size_t kBylineTitleMax = 40;
constexpr std::array kBylineTitles = {"기자"sv, "특파원"sv, "객원기자"sv, "기자입니다"sv};

// Agency datelines cut from the front of English body lines: "SEOUL (Reuters) - ...".
constexpr std::array kAgencies = {"(Reuters)"sv, "(AP)"sv, "(AFP)"sv, "(Bloomberg)"sv,
                                  "(Yonhap)"sv, "(CNN)"sv, "(UPI)"sv, "(Xinhua)"sv};

// Bullets and markers ignored at the start of a line when matching and de-duplicating.
bool is_marker(char32_t c) {
  switch (c) {
    case '-': case '*': case '>': case 0x2022: case 0xB7: case 0x25B6: case 0x25B7: case 0x25A0:
    case 0x25A1: case 0x25C6: case 0x25C7: case 0x25CB: case 0x25CF: case 0x261E: case 0x203B:
    case 0x2192: case 0x25BA: case 0x25B8: case 0x2023: case 0x2219: case 0x30FB:
      return true;
    default:
      return false;
  }
}

constexpr std::size_t kHeadlineMin = 8;     // non-space characters of the first kept line
constexpr std::size_t kTinyLine = 4;        // non-space characters: shorter lines are navigation
constexpr std::size_t kBodyLikeMin = 25;    // characters of a line that ends a tail block
constexpr std::size_t kDedupeMin = 12;      // bytes of a sentence key worth de-duplicating

// ---- Helpers -------------------------------------------------------------------------------

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (lower(a[i]) != lower(b[i])) return false;
  return true;
}

template <std::size_t N>
bool in_table(std::string_view s, const std::array<std::string_view, N>& t) {
  return std::any_of(t.begin(), t.end(), [&](std::string_view p) { return iequals(s, p); });
}
template <std::size_t N>
bool contains_any(std::string_view s, const std::array<std::string_view, N>& t) {
  return std::any_of(t.begin(), t.end(), [&](std::string_view p) { return s.find(p) != s.npos; });
}
template <std::size_t N>
bool starts_any(std::string_view s, const std::array<std::string_view, N>& t) {
  return std::any_of(t.begin(), t.end(), [&](std::string_view p) { return s.starts_with(p); });
}
template <std::size_t N>
bool ends_any(std::string_view s, const std::array<std::string_view, N>& t) {
  return std::any_of(t.begin(), t.end(), [&](std::string_view p) { return s.ends_with(p); });
}

// s without leading bullets/markers and spaces.
std::string_view strip_markers(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    char32_t c = scan::at(s, i);
    if (!is_marker(c) && !scan::is_space(c)) break;
    i += scan::len_at(s, i);
  }
  return s.substr(i);
}

// s without a trailing count ("댓글 0개" -> "댓글", "저장 0" -> "저장").
std::string_view strip_count(std::string_view s) {
  std::string_view t = s;
  if (t.ends_with("개")) t.remove_suffix(3);
  std::size_t n = t.size();
  while (n > 0 && ((t[n - 1] >= '0' && t[n - 1] <= '9') || t[n - 1] == ',' || t[n - 1] == ' ')) --n;
  if (n == t.size() || n == 0) return s;
  return t.substr(0, n);
}

std::size_t non_space_cps(std::string_view s) {
  std::size_t n = 0;
  for (char ch : s) n += (static_cast<unsigned char>(ch) & 0xC0) != 0x80 && ch != ' ' && ch != '\t';
  return n;
}

bool has_letter(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); i += scan::len_at(s, i))
    if (scan::is_letter(scan::at(s, i))) return true;
  return false;
}

bool has_email(std::string_view s) {
  std::size_t at = s.find('@');
  return at != s.npos && at > 0 && scan::is_alnum(static_cast<unsigned char>(s[at - 1])) &&
         s.find('.', at) != s.npos;
}

// Ends with a sentence mark (optionally followed by closing quotes/brackets).
bool ends_sentence(std::string_view s) {
  while (!s.empty() && (s.back() == '"' || s.back() == '\'' || s.back() == ')')) s.remove_suffix(1);
  return s.ends_with(".") || s.ends_with("!") || s.ends_with("?") || s.ends_with("\u3002") ||
         s.ends_with("\u2026");
}

// Long, unbulleted and ending like a sentence: the kind of line that ends a tail block.
bool body_like(std::string_view line) {
  return !line.empty() && !is_marker(scan::at(line, 0)) && scan::count_cps(line) >= kBodyLikeMin &&
         ends_sentence(line);
}

// "X X" or "XX": a caption printed twice (alt text plus caption). Returns X, or empty.
std::string_view doubled_half(std::string_view s) {
  if (s.size() < 8) return {};
  std::size_t h = s.size() / 2;
  if (s.size() % 2 == 0 && s.substr(0, h) == s.substr(h)) return s.substr(0, h);
  if (s.size() % 2 == 1 && s[h] == ' ' && s.substr(0, h) == s.substr(h + 1)) return s.substr(0, h);
  return {};
}

bool is_date_line(std::string_view core) {
  if (!starts_any(core, kDateLabels)) return false;
  if (scan::count_cps(core) > 80) return false;
  for (std::size_t i = 0; i < core.size() && i < 40; ++i)
    if (core[i] >= '0' && core[i] <= '9') return true;
  return false;
}

// Offset within line where the body starts after a byline/dateline prefix, 0 if none.
std::size_t byline_prefix_end(std::string_view line) {
  std::size_t pos = 0;
  // [서울=뉴스1], (서울=연합뉴스), 【서울=뉴시스】
  if (scan::starts_at(line, 0, "[") || scan::starts_at(line, 0, "(") || scan::starts_at(line, 0, "\u3010")) {
    std::size_t close = line.find_first_of("])", 1);
    std::size_t close2 = line.find("\u3011");
    if (close2 != line.npos && (close == line.npos || close2 < close)) close = close2 + 2;
    if (close != line.npos && close < 60 && line.substr(0, close).find('=') != line.npos) {
      pos = close + 1;
      while (pos < line.size() && line[pos] == ' ') ++pos;
    }
  }
  // 김철수 기자 = / 김철수 특파원= / 김철수 기자 kim@x.com =
  const std::string_view rest = line.substr(pos);
  const std::size_t eq = rest.find('=');
  if (eq != rest.npos && eq < 80) {
    std::string_view head = rest.substr(0, eq);
    while (!head.empty() && head.back() == ' ') head.remove_suffix(1);
    if (has_email(head)) head = head.substr(0, head.rfind(' ') == head.npos ? 0 : head.rfind(' '));
    while (!head.empty() && head.back() == ' ') head.remove_suffix(1);
    if (ends_any(head, kBylineTitles) && scan::count_cps(head) <= 20) {
      pos += eq + 1;
      while (pos < line.size() && line[pos] == ' ') ++pos;
    }
  }
  // "BENGALURU/TEL AVIV, March 11 (Global Tech Wire) - ": any agency's name in parentheses after a dateline in
  // capitals (places joined by a slash too), then a dash
  {
    std::size_t p = pos, caps = 0;
    while (p < line.size() && ((line[p] >= 'A' && line[p] <= 'Z') || line[p] == ' ' || line[p] == '/' || line[p] == '.' || line[p] == '-' ||
                               line[p] == '\'' || static_cast<unsigned char>(line[p]) >= 0x80)) {
      if (line[p] >= 'A' && line[p] <= 'Z') ++caps;
      ++p;
    }
    const std::size_t open = p < line.size() && line[p] == ',' ? line.find('(', p) : (p < line.size() && line[p] == '(' ? p : line.npos);
    const std::size_t close = open == line.npos ? line.npos : line.find(')', open);
    if (caps >= 3 && open != line.npos && open - p <= 20 && close != line.npos && close - open <= 40) {
      std::size_t q = close + 1;
      while (q < line.size() && line[q] == ' ') ++q;
      for (std::string_view dash : {"-"sv, "\u2014"sv, "\u2013"sv})
        if (scan::starts_at(line, q, dash)) {
          q += dash.size();
          while (q < line.size() && line[q] == ' ') ++q;
          return q;
        }
    }
  }
  // SEOUL (Reuters) - / WASHINGTON, May 2 (AP) —
  for (std::string_view agency : kAgencies) {
    std::size_t a = line.find(agency, pos);
    if (a == line.npos || a - pos > 80) continue;
    std::size_t p = a + agency.size();
    while (p < line.size() && line[p] == ' ') ++p;
    for (std::string_view dash : {"-"sv, "\u2014"sv, "\u2013"sv}) {
      if (scan::starts_at(line, p, dash)) {
        p += dash.size();
        while (p < line.size() && line[p] == ' ') ++p;
        return p;
      }
    }
  }
  return pos;
}

// "Data Centres | Silicon | Cloud | Power & Cooling | People": a site's sections, four or more short
// ones (up to four words each) between vertical bars.
bool is_menu_line(std::string_view s) {
  std::size_t parts = 0;
  for (std::size_t b = 0; b <= s.size();) {
    const std::size_t e = std::min(s.find('|', b), s.size());
    std::size_t words = 0;
    bool in_word = false;
    for (std::size_t i = b; i < e; ++i) {
      const bool space = s[i] == ' ' || s[i] == '\t';
      if (!space && !in_word) ++words;
      in_word = !space;
    }
    if (words == 0 || words > 4) return false;
    ++parts;
    b = e + 1;
  }
  return parts >= 4;
}

// 64-bit FNV-1a over s, skipping spaces and leading markers (the de-duplication key).
std::uint64_t key_of(std::string_view s) {
  s = strip_markers(s);
  std::uint64_t h = 1469598103934665603ull;
  for (char ch : s) {
    if (ch == ' ' || ch == '\t') continue;
    h ^= static_cast<unsigned char>(ch);
    h *= 1099511628211ull;
  }
  return h;
}

std::size_t key_bytes(std::string_view s) {
  return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) { return c != ' '; }));
}

enum class Mode { Normal, Tail, Summary };

bool is_listing_item(std::string_view line, std::size_t cps) {
  if (line.find("\u25B2", 3) != std::string_view::npos) return true;
  if (cps > 40 || line.find("사진") != std::string_view::npos) return false;
  // its last word a Korean full name ("▲상무 김민수(전 X 이사)"), or its first a title ("▲최고제품책임자(CPO)
  // 마리아 곤살레스"); a caption describes ("▲ 발표 중인 대표")
  std::string_view rest = line.substr(3);
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  const std::string_view first = rest.substr(0, std::min(rest.find(' '), rest.find('(')));
  std::string_view last = rest.substr(0, rest.find('('));
  while (!last.empty() && last.back() == ' ') last.remove_suffix(1);
  if (const std::size_t sp = last.rfind(' '); sp != std::string_view::npos) last.remove_prefix(sp + 1);
  // (or its second: "▲AI CTO 라일라 하산"; a post ending in 담당: "▲글로벌AI파트너십담당 노다 아키라")
  const std::size_t sp1 = rest.find(' ');
  const std::string_view second = sp1 == std::string_view::npos ? std::string_view() : rest.substr(sp1 + 1, rest.find(' ', sp1 + 1) - sp1 - 1);
  const bool more_after_second = sp1 != std::string_view::npos && rest.find(' ', sp1 + 1) != std::string_view::npos;
  return looks_like_korean_full_name(last) || (is_post_word(first) && sp1 != std::string_view::npos) ||
         (!second.empty() && !title_prefix(second).empty() && more_after_second);
}

// "▲린웨이팅(林韋廷) 위산컴퓨트 대표 = TSMC에서 15년간 …": a panellist's name and post, an equals sign, then
// sentences about the person (a caption is shorter and has no equals sign after a name; a notice has no
// sentences)
bool is_profile_item(std::string_view line, std::size_t cps) {
  const std::size_t eq = line.find('=');
  // (sentences, not a notice: "▲김도현씨 장모상 = 11일 분당서울대병원 장례식장, 발인 13일")
  const std::size_t end = line.find("다.");
  return cps > 60 && eq != std::string_view::npos && eq < 90 && line.substr(0, eq).find("사진") == std::string_view::npos &&
         line.find(' ') < eq && end != std::string_view::npos && end > eq;
}

}  // namespace

std::vector<Span> body_paragraphs(const Text& text) {
  const std::string_view s = text.norm;
  std::vector<Span> out;
  std::unordered_set<std::uint64_t> seen_lines, seen_sentences;
  Mode mode = Mode::Normal;
  bool have_headline = false;

  std::size_t line_begin = 0;
  while (line_begin <= s.size()) {
    std::size_t line_end = s.find('\n', line_begin);
    if (line_end == s.npos) line_end = s.size();
    const Span span = scan::trim(s, {line_begin, line_end});
    line_begin = line_end + 1;
    if (span.empty()) continue;
    const std::string_view line = text.slice(span);
    const std::string_view core = strip_markers(line);
    const std::string_view bare = strip_count(core);
    const std::size_t cps = scan::count_cps(core);

    if (mode == Mode::Summary) {
      if (core.size() != line.size() || (!line.empty() && line[0] >= '0' && line[0] <= '9')) continue;
      mode = Mode::Normal;
    }
    // Rules that drop a line, some of them starting a block that is dropped with it.
    if (!has_letter(core)) continue;
    // (not an item of an announcement of appointments: "▲AI CIC장 표세라", "▲상무 김민수 ▲이사 박하린",
    // short and without a predicate, or several items on one line)
    // (nor a panellist's profile: "▲린웨이팅 위산컴퓨트 대표 = TSMC에서 …", longer than any caption)
    if ((scan::starts_at(line, 0, "\u25B2") || scan::starts_at(line, 0, "\u25B3")) && !is_listing_item(line, cps) && !is_profile_item(line, cps))
      continue;
    if (cps <= kCaptionMax && contains_any(line, kCaptionMarks)) continue;
    if (std::string_view half = doubled_half(line); !half.empty()) {
      seen_lines.insert(key_of(half));
      continue;
    }
    if (cps <= kCopyrightMax && contains_any(line, kCopyrightMarks)) {
      mode = Mode::Tail;
      continue;
    }
    if (in_table(bare, kTailHeadings)) {
      mode = Mode::Tail;
      continue;
    }
    if (cps <= kShortWidget && contains_any(core, kSummaryHeadings)) {
      mode = Mode::Summary;
      continue;
    }
    // (a post's own byline stays, "Posted on May 2, 2026 by Ana Duarte", "Written by X": it names the
    // author, the "I" of the post)
    const bool post_byline = (core.starts_with("Posted") || core.starts_with("Written by")) && core.find(" by ") != std::string_view::npos;
    if (is_date_line(core) && !post_byline) continue;
    if (cps <= kBylineMax && starts_any(core, kBylinePrefixes) && !post_byline) {
      if (has_email(core)) mode = Mode::Tail;
      continue;
    }
    if (cps <= kBylineMax && core.starts_with("By ") && core.size() > 3 &&
        scan::is_upper(static_cast<unsigned char>(core[3])) && !ends_sentence(core))
      continue;
    if (cps <= kBylineTitleMax && (ends_any(strip_count(core), kBylineTitles) || has_email(core))) continue;
    // ("◇카카오": an announcement's heading names the organisation, not a share button)
    const bool heading_mark = scan::starts_at(line, 0, "\u25C7") || scan::starts_at(line, 0, "\u25C6");
    if (!heading_mark && (in_table(bare, kWidgetLines) || starts_any(core, kWidgetPrefixes))) continue;
    if (cps <= kShortWidget && contains_any(core, kWidgetPhrases)) continue;
    if (is_menu_line(core)) continue;

    const std::uint64_t key = key_of(line);
    if (!have_headline) {
      // Navigation before the headline.
      seen_lines.insert(key);
      if (non_space_cps(core) < kHeadlineMin) continue;
    } else if (non_space_cps(core) <= kTinyLine && !heading_mark) {
      continue;
    }
    if (mode == Mode::Tail) {
      if (!body_like(line)) continue;
      mode = Mode::Normal;
    }
    if (!seen_lines.insert(key).second && have_headline) continue;

    Span body = span;
    body.begin += byline_prefix_end(line);
    body = scan::trim(s, body);
    if (body.empty()) continue;

    // Sentence-level de-duplication: drop leading sentences seen before, and the paragraph
    // when all its sentences (long enough to judge) were seen.
    const std::vector<Span> sents = split_sentences(text, body);
    bool any_long = false, any_fresh = false, leading = true;
    for (std::size_t k = 0; k < sents.size(); ++k) {
      const std::string_view st = text.slice(sents[k]);
      // (a speaker's label, "카스티요:", repeats by nature)
      if (key_bytes(st) < kDedupeMin || st.back() == ':') continue;
      any_long = true;
      const bool fresh = seen_sentences.insert(key_of(st)).second;
      any_fresh = any_fresh || fresh;
      if (fresh) leading = false;
      else if (leading) body.begin = k + 1 < sents.size() ? sents[k + 1].begin : body.end;
    }
    if (any_long && !any_fresh) continue;
    if (body.empty()) continue;
    have_headline = true;
    out.push_back(body);
  }
  return out;
}

}  // namespace inmaek::extract
