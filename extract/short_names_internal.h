#pragma once
// The short forms by which a document goes on naming what it named in full: a company without the
// kind its name ends in ("링쉬" for "링쉬테크놀로지", "Ajala" for "Ajala AI"), a person the lexicon knows
// by the surname, an English first name alone. Each adds (surface, entity) pairs to the document's
// names, which the extractor then finds in every sentence.
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/doc_state_internal.h"
#include "extract/lexicon.h"

namespace inmaek::extract {

using DocNames = std::vector<std::pair<std::string, int>>;  // surface -> local entity

// Surnames that Chinese, Korean and Singaporean names put first in English ("Zhao Jiahui", "Park Ji-won");
// not those that are English words too ("He", "Song", "Moon").
bool is_east_asian_surname(std::string_view w);
// An East Asian surname, or a Korean one that is also an English word ("Do", "So", "An", "Ma", "Na",
// "Go", "Jo"): before a given name of two syllables joined by a hyphen ("Do Jae-hyun") it is a surname.
bool is_korean_surname_before_given(std::string_view w);

// Companies the document named with their kind, by their first word(s) alone.
// (`shape_only`: entities typed only by the shape of their names, which a company's short name may take over)
void add_company_short_names(bool english, const DocState& st, const Lexicon& lexicon, DocNames& doc_names, const std::set<int>& shape_only = {});

// People the lexicon knows, by their surname, once the full name was seen in the document.
void add_lexicon_surnames(const DocState& st, DocNames& doc_names);

// English: a person's first name alone, when no other name of the document has it; returns those names.
// (`shape_only`: people typed so only by the shape of their names)
std::set<std::string, std::less<>> add_english_first_names(const DocState& st, const Lexicon& lexicon, const std::set<int>& shape_only,
                                                           DocNames& doc_names);

// Latin names: a person found under the first or the last words (two or more) of one longer name of the
// document is that person ("Da Silva Matos" for "João Pedro da Silva Matos").
void join_latin_name_parts(const DocState& st, DocNames& doc_names);

}  // namespace inmaek::extract
