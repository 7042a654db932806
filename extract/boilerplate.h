#pragma once
// Picks the article body out of a web page's text.
#include <vector>

#include "extract/span.h"

namespace inmaek::extract {

struct Text;

// The lines of text.norm that are article body, in page order, as trimmed spans into norm.
// Each non-empty line is a paragraph. Kept: the headline (first substantial line, at least 8
// non-space characters), subheadings and body lines. Dropped:
//  - navigation and widget lines ("본문 바로가기", "전체메뉴", "댓글 0", "좋아요", "공유하기",
//    "0명이 투표했어요", "Share", "Advertisement"), lines of at most 4 characters after the
//    headline, lines without letters, and anything before the headline;
//  - publication metadata ("입력 2024.06.20 10:41", "Updated: ...");
//  - bylines and contact lines ("편집: 홍길동 기자", "홍길동 기자 hong@x.com", "By Jane Doe",
//    "Reporting by ..."); a byline or dateline prefix of a body line ("[서울=뉴스1] 김철수
//    기자 =", "SEOUL (Reuters) -") is cut off and the rest of the line kept;
//  - photo captions ("사진=", "/사진=", "[사진 제공=...]", "▲ ...", a caption printed twice);
//  - summary boxes ("기사 3줄 요약" and the bullet lines after it);
//  - copyright lines, "관련 기사"/"많이 본 뉴스"/"Related stories" style headings, e-mail
//    contact lines and "제보하기"/"구독" blocks, plus the non-body lines after them (up to the
//    next line that looks like body text: long and ending in a sentence mark);
//  - repeated content: a paragraph whose text (ignoring spaces and bullets) was already seen,
//    or all of whose sentences were already seen; leading already-seen sentences of a
//    paragraph are cut off.
// The rules are tables at the top of boilerplate.cpp. Linear in the text size.
std::vector<Span> body_paragraphs(const Text& text);

}  // namespace inmaek::extract
