#pragma once
// Money amounts in Korean and English text.
#include <vector>

#include "extract/span.h"
#include "graph/relation.h"

namespace inmaek::extract {

struct Text;

// An amount of money: span into Text::norm and the Amount (text = the normalised span text).
struct AmountMention {
  Span span;
  inmaek::Amount amount;
};

// Amounts in text.norm[sentence], in order, not overlapping. A currency is required.
// Korean: digits (with , and .) and units 조/억/만 with 천/백/십 inside a group, groups
// separated by optional spaces, then an optional space and a currency word:
//   10억 달러 -> 1e9 USD, 1조4천억 원 -> 1.4e12 KRW, 2억5000만 달러, 1.5억 달러, 5000원.
//   수십억 달러 / 수조 원 (수 + unit): value 0 (unknown), text kept.
// English: an optional symbol or code ($, US$, €, £, ₩, ¥, USD, EUR ...), a number and an
// optional scale (trillion, billion, million, thousand, tn, bn, b, B, mn, m, M, k, K), then an
// optional currency word (dollars, euros, pounds, yen, won, yuan): $4 billion, $4bn, €2bn,
// 2 billion euros, £100m, $10B, US$2.5 billion.
// Currencies: 달러/$/USD -> USD, 원/₩/KRW -> KRW, 유로/€/EUR -> EUR, 엔/円/¥/JPY -> JPY,
// 위안/CNY/RMB -> CNY, 파운드/£/GBP -> GBP. 원 and 엔 only count right after a number, and not
// when they start another word (원칙, 엔비디아).
std::vector<AmountMention> find_amounts(const Text& text, Span sentence);

}  // namespace inmaek::extract
