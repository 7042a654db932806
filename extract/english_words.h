#pragma once
// English word lists shared by discovery, pronouns and relation rules (issue 6). All lookups take
// the word as written; comparisons are ASCII case-insensitive unless noted.
#include <initializer_list>
#include <string>
#include <string_view>

namespace inmaek::extract::en {

// ASCII lower-case copy.
std::string lower(std::string_view w);

// Whether w, lower-cased, is one of the (lower-case) words of the list.
bool is_any(std::string_view w, std::initializer_list<std::string_view> list);
// A company's legal form after its name: Corp., Inc., Ltd., PLC, LLC, NV, AG, SA, SE (lower case).
// A fund by its name: "Byeolbit Capital", "Northzone Ventures", "Kamo River Fund".
bool looks_like_fund_name(std::string_view name);
bool is_corporate_suffix(std::string_view w);
// An honorific before a name ("Mr", "Ms.", "Mrs", "Dr", "Mx", "Prof", titles of honour "Sir", "Dame", "Datuk"; either case): 'm', 'f', or 'x'
// when it tells no gender; 0 when w is none.
char honorific_gender(std::string_view w);

// The word without a trailing possessive "'s" or "'" ("OpenAI's" -> "OpenAI").
std::string_view strip_possessive(std::string_view w);

// Job titles and role words that describe a person: CEO, co-founder, chief, scientist,
// researcher, engineer, president, officer, head, director, founder, executive, ...
bool is_title_word(std::string_view w);
// A newsroom's post ("reporter", "editor"): a byline's, "Tamar Levin, Reporter", names no post at the company written about.
bool is_newsroom_title(std::string_view w);
// A capitalised word shaped like a nationality ("Irish", "Nigerian", "Japanese", "Mexican", "Korean", "Dutch").
bool is_nationality_word(std::string_view w);
// The country a lower-case nationality word names ("chilean" -> "chile", "south korean"'s "korean" ->
// "korea"), so that "the Chilean bank" finds "Chile's Banco Austral"; other words as they are.
std::string country_of(std::string_view w);
// "maker", "developer's", "creator", "owner": what "the ChatGPT maker" calls the organisation that
// made a product (lower case; a possessive ending is allowed).
bool is_maker_noun(std::string_view w);
// Modifiers that may sit inside a title: senior, research, technology, AI, product, of, and ...
bool is_title_filler(std::string_view w);
// "founder", "co-founder", "cofounder", "founders", "co-founders".
bool is_founder_word(std::string_view w);
// A legal form written after a company's name, in lower case ("co", "ltd", "gmbh", "k.k", "limited").
bool is_legal_form_word(std::string_view w);
// "former", "ex", "onetime", "previously".
bool is_former_word(std::string_view w);

// Last words that make a capitalised sequence an organisation: Inc., Labs, AI, Capital, Ventures ...
bool is_org_suffix(std::string_view w);
// Nouns that announce an organisation name next to them: startup, company, firm, lab, rival ...
bool is_org_noun(std::string_view w);
// Nouns that announce a product name: model, chatbot, assistant, tool, app, agent, service ...
bool is_product_noun(std::string_view w);
// The noun of an institution named after someone in the possessive ("St. Brigid's Hospital", "King's College"):
// hospital, college, university, school, infirmary, clinic, cathedral, church, academy (either case).
bool is_possessive_institution_noun(std::string_view w);
// A name and the age a Korean article gives after a middle dot ("Daniel Choi·43"): the name alone;
// anything else unchanged.
std::string_view without_age(std::string_view w);
// Capitalised words that are not names (function words, months, days, places, nationalities,
// page furniture such as Share or Subscribe).
bool is_stop_word(std::string_view w);
// A country, region, US state or city (extract/data/places_en.txt), as written: "Seattle", "South Korea".
bool is_place(std::string_view name);
// Determiners and adjectives that may stand between a preposition and its noun phrase.
bool is_determiner(std::string_view w);
// A number written as a word, one to ten, any case ("Three Seas Trading", "hedge fund Two Sigma").
bool is_number_word(std::string_view w);
// Adjectives of a post between its company and its title: "Kestrel's remaining co-founder", "its other co-founder".
bool is_post_adjective(std::string_view w);
// A generational suffix after a person's name: "Jr", "Sr", "II", "III", "IV".
bool is_name_suffix(std::string_view w);
// A person's name without its generational suffix: "Marcus J. Whitlow" for "Marcus J. Whitlow Jr.",
// "Jonathan Abernathy" for "Jonathan Abernathy III" (the name itself when it has none).
std::string without_name_suffix(std::string_view name);
// A person's name without its middle initials and suffix: "Dana Morrow" for "Dana K. Morrow", "Marcus
// Whitlow" for "Marcus J. Whitlow Jr." (the name itself when it has none).
std::string without_initials(std::string_view name);

}  // namespace inmaek::extract::en
