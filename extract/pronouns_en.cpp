// English pronouns and nominal references, and the grammatical role of English mentions.
#include <cctype>
#include <string>

#include "extract/english_words.h"
#include "extract/extractor_internal.h"

namespace inmaek::extract {

// The nouns "the ..." refers to an organisation with: "the company", "the startup", "the chipmaker".
static bool is_reference_noun(const std::string& noun) {
  const bool maker = noun.size() > 5 && noun.compare(noun.size() - 5, 5, "maker") == 0;  // chipmaker, carmaker
  return noun == "company" || noun == "startup" || noun == "start-up" || noun == "firm" || noun == "lab" || noun == "group" ||
         noun == "giant" || noun == "conglomerate" || noun == "institute" || noun == "venture" || noun == "outfit" ||
         noun == "unicorn" || noun == "lender" || noun == "nonprofit" || noun == "carrier" || noun == "telco" ||
         noun == "insurer" || noun == "retailer" || noun == "operator" || noun == "university" || noun == "foundation" ||
         noun == "academy" || noun == "bank" || noun == "agency" || noun == "fintech" || noun == "insurtech" ||
         noun == "healthtech" || noun == "edtech" || noun == "fund" || maker;
}

std::optional<PronounHit> english_pronoun(const Sentence& s, int i) {
  const int n = static_cast<int>(s.tokens.size());
  const std::string w = en::lower(s.tokens[static_cast<std::size_t>(i)].text);
  auto word = [&](int k) { return k >= 0 && k < n ? en::lower(s.tokens[static_cast<std::size_t>(k)].text) : std::string(); };
  PronounHit h;
  h.first = h.last = i;
  // (and their contractions: "He's joined by ...", "She'd spent a decade at Google")
  if (w == "he" || w == "she" || w == "he's" || w == "she's" || w == "he'd" || w == "she'd" || w == "he'll" || w == "she'll") {
    h.type = EntityType::Person;
    h.role = Role::Subject;
    return h;
  }
  // "I joined Google in 2015", "Tiago and I co-founded it", "my co-founder": the one speaking or writing
  if (s.tokens[static_cast<std::size_t>(i)].text == "I" || w == "i'm" || w == "i've" || w == "i'd" || w == "me" || w == "my") {
    h.type = EntityType::Person;
    h.role = w == "me" ? Role::Object : w == "my" ? Role::Genitive : Role::Subject;
    h.narrator = true;
    return h;
  }
  if (w == "him") {
    h.type = EntityType::Person;
    h.role = Role::Object;
    return h;
  }
  // "The co-founder and chief executive of Tejido Labs has covered it in arrows": at the start of a
  // sentence, a title of an organisation with no name after it is the person just written about
  if (w == "the" && i == 0 && n > 4 && en::is_title_word(word(1))) {
    int k = 1;
    while (k < n && k < 7 && s.inside[static_cast<std::size_t>(k)] < 0 &&
           (en::is_title_word(word(k)) || (en::is_title_filler(word(k)) && word(k) != "of")))
      ++k;
    if (k + 1 < n && word(k) == "of" && s.inside[static_cast<std::size_t>(k + 1)] >= 0) {
      const int m = s.inside[static_cast<std::size_t>(k + 1)];
      const int after = s.mentions[static_cast<std::size_t>(m)].last + 1;
      const std::string_view t = after < n ? s.tokens[static_cast<std::size_t>(after)].text : std::string_view();
      if (!s.tokens[static_cast<std::size_t>(after - 1)].comma_after && !t.empty() && t[0] >= 'a' && t[0] <= 'z') {
        h.type = EntityType::Person;
        h.role = Role::Subject;
        return h;
      }
    }
  }
  // "Her company's latest model", "his startup": the company the person founded or works for
  if ((w == "his" || w == "her" || w == "their") && i + 1 < n) {
    const std::string next = word(i + 1);
    const std::string noun = std::string(en::strip_possessive(next));
    if (noun == "company" || noun == "startup" || noun == "start-up" || noun == "firm" || noun == "lab") {
      h.last = i + 1;
      h.type = EntityType::Organization;
      h.role = noun.size() != next.size() ? Role::Genitive : Role::None;
      h.persons_company = true;
      return h;
    }
  }
  // "Her head of risk, Choi Min-jae, …", "his CTO, X": a title the person's company gives, before a comma and a name
  // (not a co-founder: the person's fellow founder of a company the text may not have named)
  if ((w == "his" || w == "her") && i + 2 < n && en::is_title_word(word(i + 1)) &&
      !en::is_any(word(i + 1), {"co-founder", "cofounder", "founder", "co-founders", "founders"})) {
    int k = i + 1;
    while (k < n && k <= i + 4 && !s.tokens[static_cast<std::size_t>(k)].comma_after && s.inside[static_cast<std::size_t>(k)] < 0) ++k;
    if (k < n && k <= i + 4 && s.tokens[static_cast<std::size_t>(k)].comma_after && k + 1 < n && s.inside[static_cast<std::size_t>(k + 1)] >= 0 &&
        s.mentions[static_cast<std::size_t>(s.inside[static_cast<std::size_t>(k + 1)])].first == k + 1) {
      h.type = EntityType::Organization;
      h.role = Role::Genitive;
      h.persons_company = true;
      return h;
    }
  }
  // "Their first model, Tala-1": a product of theirs is a company's (the founders' company)
  if (w == "their") {
    for (int k = i + 1; k < n && k <= i + 3 && s.inside[static_cast<std::size_t>(k)] < 0; ++k) {
      if (en::is_title_word(word(k))) break;
      if (word(k) == "model" || word(k) == "models" || word(k) == "product" || word(k) == "chatbot" || word(k) == "assistant") {
        h.type = EntityType::Organization;
        h.role = Role::Genitive;
        h.persons_company = true;  // (the company of the people just named, if the text told it)
        return h;
      }
    }
  }
  if (w == "his" || w == "her") {
    h.type = EntityType::Person;
    h.role = Role::Genitive;
    return h;
  }
  // "we", "our", "us" in a company's own post (or its people's quotes): the company
  // (not the country: "a big US lab")
  // (not a newsroom's "we": "the deals we cover here", "as we reported in May", "we've covered")
  if ((w == "we" || w == "we've") && i + 1 < n &&
      en::is_any(word(i + 1), {"cover", "covered", "report", "reported", "wrote", "write", "noted", "flagged", "profiled", "revealed",
                               "track", "tracked", "hear", "heard", "understand", "asked", "interviewed", "spoke"}))
    return std::nullopt;
  if (w == "we" || w == "our" || (w == "us" && s.tokens[static_cast<std::size_t>(i)].text != "US") || w == "we're" || w == "we've") {
    h.type = EntityType::Organization;
    h.role = w == "our" ? Role::Genitive : w == "us" ? Role::Object : Role::Subject;
    h.first_person = true;
    return h;
  }
  if (w == "its") {
    h.type = EntityType::Organization;
    h.role = Role::Genitive;
    return h;
  }
  // "it" only in reported speech: "Nvidia said it had acquired ...", "said Tuesday it had secured",
  // "said on Monday that it"
  int said = i - 1;
  while (said >= 1 && said >= i - 4 &&
         en::is_any(word(said), {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
                                 "yesterday", "on", "that", "last", "this", "week", "month", "earlier"}))
    --said;
  if (w == "it" && (word(said) == "said" || word(said) == "says" || word(said) == "announced" ||
                    word(said) == "confirmed" || word(said) == "added")) {
    h.type = EntityType::Organization;
    h.role = Role::Subject;
    return h;
  }
  // "it" as the object of a founding verb: "My co-founder and I started it in 2019" (the company)
  if (w == "it" && (word(i - 1) == "founded" || word(i - 1) == "co-founded" || word(i - 1) == "cofounded" ||
                    word(i - 1) == "started" || word(i - 1) == "incorporated" || word(i - 1) == "established" ||
                    // (or of leaving and joining: "co-founded Tamarind AI in 2021 and left it in 2024")
                    ((word(i - 1) == "left" || word(i - 1) == "quit" || word(i - 1) == "rejoined") &&
                     !s.tokens[static_cast<std::size_t>(i - 1)].comma_after))) {
    h.type = EntityType::Organization;
    h.role = Role::Object;
    return h;
  }
  // "It has a commercial partnership with Airtel Africa": a partnership it holds
  if (w == "it" && i + 3 < n && (word(i + 1) == "has" || word(i + 1) == "had") && (word(i + 2) == "a" || word(i + 2) == "an"))
    for (int k = i + 3; k < n && k <= i + 6 && s.inside[static_cast<std::size_t>(k)] < 0; ++k)
      if (en::is_any(word(k), {"partnership", "collaboration", "alliance", "agreement"}) && k + 1 < n && word(k + 1) == "with") {
        h.type = EntityType::Organization;
        h.role = Role::Subject;
        return h;
      }
  // "it" as the subject of a relation verb: "after it bought Run:ai", "it has teamed up with Y"
  if (w == "it") {
    int k = i + 1;
    while (k < n && k <= i + 4 &&
           (word(k) == "has" || word(k) == "had" || word(k) == "also" || word(k) == "recently" || word(k) == "then" ||
            word(k) == "quietly" || word(k) == "later" || word(k) == "already" || word(k) == "was" || word(k) == "is" ||
            word(k) == "been" || word(k) == "previously" || word(k) == "earlier" || word(k) == "first" || word(k) == "just"))
      ++k;
    // "It was set up last year by A, B and C", "the year it was founded by X": passives too
    static constexpr std::string_view kVerbs[] = {"bought", "acquired", "raised", "signed", "launched", "released",
                                                  "hired", "invested", "teamed", "partnered", "founded", "unveiled",
                                                  "acquires", "buys", "raises", "signs", "launches", "releases",
                                                  "hires", "poached", "struck", "closed", "completed", "set", "backed",
                                                  "started", "spun", "co-founded", "established", "owned", "created",
                                                  "developed", "built", "trained", "co-developed", "designed", "makes",
                                                  "develops", "builds", "trains", "sells", "runs", "operates", "announced",
                                                  "roped", "brought",
                                                  // ("a layout model it calls Compasso")
                                                  "calls", "dubs", "dubbed"};
    const std::string v = word(k);
    for (std::string_view x : kVerbs)
      if (v == x) {
        h.type = EntityType::Organization;
        h.role = Role::Subject;
        return h;
      }
  }
  // "GPT-5 was the headliner. OpenAI released the model on Thursday": a product named just before
  if (w == "the" && i + 1 < n && s.inside[static_cast<std::size_t>(i + 1)] < 0) {
    const std::string noun = word(i + 1);
    // (not one a relative clause defines: "We're building the model that Korean banks can run")
    if ((noun == "model" || noun == "chatbot" || noun == "assistant") &&
        (i + 2 >= n || (s.inside[static_cast<std::size_t>(i + 2)] < 0 && !en::is_product_noun(word(i + 2)) && word(i + 2) != "of" &&
                        word(i + 2) != "that" && word(i + 2) != "which"))) {
      h.last = i + 1;
      h.type = EntityType::Product;
      h.role = i == 0 ? Role::Subject : Role::None;
      return h;
    }
  }
  // "the company", "the startup('s)", "the Paris-based company"
  if (w == "the") {
    int k = i + 1;
    // modifiers: "the Paris-based company", "the San Francisco-based startup", "the French lab",
    // "the young startup" (capitalised words that name nothing, or a few descriptive adjectives)
    for (int skipped = 0; k < n && skipped < 3; ++k, ++skipped) {
      const std::string_view t = s.tokens[static_cast<std::size_t>(k)].text;
      const std::string m = word(k);
      // "the Alphabet-owned lab": an owner named inside the modifier word
      const bool modifier_word = m.size() > 7 && (m.compare(m.size() - 6, 6, "-owned") == 0 || m.compare(m.size() - 7, 7, "-backed") == 0);
      if (s.tokens[static_cast<std::size_t>(k)].comma_after) break;
      if (s.inside[static_cast<std::size_t>(k)] >= 0 && !modifier_word) break;
      if (modifier_word) {
        h.owner_token = k;
        continue;
      }
      // "the Nairobi- and Kigali-based startup": a hanging hyphen and "and" between two places
      if ((m.size() > 2 && m.back() == '-') || (m == "and" && k >= 1 && word(k - 1).back() == '-')) {
        --skipped;
        continue;
      }
      if (const std::size_t b = m.find("-based"); b != std::string::npos) {
        h.place = m.substr(0, b);
        continue;
      }
      if (!t.empty() && std::isupper(static_cast<unsigned char>(t[0])) && k + 1 < n && !en::is_title_word(t) && h.place.empty())
        h.place = m;  // "the Seoul startup", "the French lab"
      // "the four-year-old firm", "the 40-person startup", "the two-year-old lab"
      if (m.find("-year-old") != std::string::npos || m.find("-person") != std::string::npos ||
          m.find("-employee") != std::string::npos || m.find("-member") != std::string::npos)
        continue;
      // "the voice-AI startup", "the health-AI company": a compound naming the field
      if (m.size() > 4 && m.compare(m.size() - 3, 3, "-ai") == 0) continue;
      // "The document-intelligence startup raised ...": any hyphenated compound before the noun
      // describes it
      // (not the noun itself: "the start-up", "the spin-off"; only opening the sentence, where the
      // reference is its subject: elsewhere "the speech-recognition company" may be a new one)
      // (or before the noun's possessive: "the data-labelling company's founder, Alexandr Wang")
      const std::string next_noun = k + 1 < n ? word(k + 1) : std::string();
      const bool possessive_next = next_noun.size() > 2 && next_noun.ends_with("'s") &&
                                   is_reference_noun(std::string(en::strip_possessive(next_noun)));
      // (or after a verb of founding: "A and B started the speech-recognition company last year")
      const bool founded_before = i >= 1 && en::is_any(word(i - 1), {"started", "founded", "co-founded", "cofounded", "launched"});
      if (const std::size_t dash = m.find('-'); (i == 0 || possessive_next || founded_before) && dash != std::string::npos && dash > 1 && dash + 2 < m.size() && k + 1 < n &&
                                                std::isalpha(static_cast<unsigned char>(m[dash + 1])) &&
                                                !en::is_org_noun(en::strip_possessive(m)))  // ("The start-up's first model")
        continue;
      if (m == "young" || m == "new" || m == "embattled" || m == "fast-growing" ||
          m == "ai" || m == "tech" || m == "robotics" || m == "chip" || m == "software" || m == "search" || m == "social" ||
          m == "cloud" || m == "defense" || m == "video" || m == "drug" ||
          // ("the battery maker's": a trade before "maker", not before another noun: "the Spanish telecom group" may be
          // a company the text has not named)
          (en::is_any(m, {"battery", "car", "parts", "auto-parts", "memory", "steel", "semiconductor", "solar", "ev", "display", "panel",
                          "tire", "robot", "drone", "phone", "smartphone", "appliance", "vaccine"}) &&
           k + 1 < n && en::strip_possessive(word(k + 1)) == "maker"))
        continue;
      // (not the noun itself, capitalised as a press release defines it: 'Heliotrope (the "Company")' and
      // then "The Company is backed by ...")
      // (a capitalised noun that is part of a longer name is a modifier: "the Global Telco AI Alliance")
      if (!t.empty() && std::isupper(static_cast<unsigned char>(t[0])) && k + 1 < n && !en::is_title_word(t) &&
          (!is_reference_noun(std::string(en::strip_possessive(m))) ||
           (!s.tokens[static_cast<std::size_t>(k + 1)].text.empty() &&
            std::isupper(static_cast<unsigned char>(s.tokens[static_cast<std::size_t>(k + 1)].text[0]))) ||
           s.inside[static_cast<std::size_t>(k + 1)] >= 0))
        continue;
      break;
    }
    if (k >= n) return std::nullopt;
    const std::string noun = std::string(en::strip_possessive(word(k)));
    // ("X, the battery maker's unit": a trade before "maker", possessive, as an apposition names a parent by it)
    if (is_reference_noun(noun) || (noun == "maker" && k > i + 1 && noun.size() != word(k).size())) {
      // "the lab he co-founded", "the company she started": the head of a relative clause, not a reference
      if (k + 1 < n && (word(k + 1) == "he" || word(k + 1) == "she" || word(k + 1) == "they" || word(k + 1) == "we"))
        return std::nullopt;
      // "the Israeli startup Tensorleaf": an apposition before a name, not a reference
      // (not across a comma or a semicolon: "to start the company; Falak sells …")
      const char after_noun = *(s.tokens[static_cast<std::size_t>(k)].text.data() + s.tokens[static_cast<std::size_t>(k)].text.size());
      if (noun.size() == word(k).size() && k + 1 < n && s.inside[static_cast<std::size_t>(k + 1)] >= 0 && after_noun != ';' && after_noun != ':' &&
          !s.tokens[static_cast<std::size_t>(k)].comma_after)
        return std::nullopt;
      // "the Abuja-based venture capital firm": a compound noun, not "the venture"
      if (noun == "venture" && k + 1 < n && (word(k + 1) == "capital" || word(k + 1) == "capitalist" || word(k + 1) == "arm" ||
                                             word(k + 1) == "fund" || word(k + 1) == "studio" || word(k + 1) == "debt"))
        return std::nullopt;
      // "the startup investment arm of Naver", "the company research unit": a compound naming another
      // organisation (the noun, one more word, then what kind of unit it is)
      if (noun.size() == word(k).size() && k + 2 < n && s.inside[static_cast<std::size_t>(k + 1)] < 0 &&
          !s.tokens[static_cast<std::size_t>(k)].comma_after && !en::is_any(word(k + 1), {"a", "an", "the"}) &&
          en::is_any(word(k + 2), {"arm", "arms", "unit", "units", "division", "fund", "program", "programme", "ecosystem", "scene"}))
        return std::nullopt;
      // ("the fund manager": a title after the bare noun; "the company's CEO" is the company's)
      if (k + 1 < n && (en::is_org_noun(word(k + 1)) || (noun.size() == word(k).size() && en::is_title_word(word(k + 1))) ||
                        word(k + 1) == "said")) {
        if (word(k + 1) != "said") return std::nullopt;  // "the company founder"
      }
      h.last = k;
      h.type = EntityType::Organization;
      h.role = noun.size() != word(k).size() ? Role::Genitive : (i == 0 ? Role::Subject : Role::None);
      return h;
    }
  }
  return std::nullopt;
}

std::vector<std::string> place_words_en(const Sentence& s, const Mention& m) {
  const int n = static_cast<int>(s.tokens.size());
  auto word = [&](int k) { return en::lower(s.tokens[static_cast<std::size_t>(k)].text); };
  auto capital = [&](int k) {
    const std::string_view t = s.tokens[static_cast<std::size_t>(k)].text;
    return !t.empty() && std::isupper(static_cast<unsigned char>(t[0]));
  };
  std::vector<std::string> out;
  // a modifier word: "paris-based" -> "paris", "Korea's" -> "korea", "French" -> "french"
  auto add = [&](int k) {
    if (s.inside[static_cast<std::size_t>(k)] >= 0) return;
    std::string w = word(k);
    if (const std::size_t b = w.find("-based"); b != std::string::npos) w = w.substr(0, b);
    else if (!capital(k)) return;
    w = std::string(en::strip_possessive(w));
    if (w.size() >= 3) out.push_back(w);
  };
  // before the name: up to three words of its noun phrase ("Abu Dhabi conglomerate Tamkeen Holdings")
  for (int k = m.first - 1; k >= 0 && k >= m.first - 3; --k) {
    if (s.tokens[static_cast<std::size_t>(k)].comma_after || s.inside[static_cast<std::size_t>(k)] >= 0) break;
    const std::string w = word(k);
    if (w == "the" || w == "a" || w == "an" || w == "and" || w == "by" || w == "of" || w == "with" || w == "from") break;
    add(k);
  }
  // an apposition after it: "Kairos Dynamics, a Munich-based developer", "X, an Oslo investment firm"
  if (s.tokens[static_cast<std::size_t>(m.last)].comma_after && m.last + 2 < n &&
      (word(m.last + 1) == "a" || word(m.last + 1) == "an" || word(m.last + 1) == "the"))
    for (int k = m.last + 2; k < n && k <= m.last + 4; ++k) {
      if (s.inside[static_cast<std::size_t>(k)] >= 0) break;
      add(k);
      if (s.tokens[static_cast<std::size_t>(k)].comma_after) break;
    }
  return out;
}

std::string kind_noun(std::string_view word) {
  std::string w = std::string(en::strip_possessive(en::lower(word)));
  return w == "start-up" ? std::string("startup") : w;
}

std::vector<std::string> kind_words_en(const Sentence& s, const Mention& m) {
  const int n = static_cast<int>(s.tokens.size());
  auto noun = [&](int k) { return kind_noun(s.tokens[static_cast<std::size_t>(k)].text); };
  std::vector<std::string> out;
  // the name's own last word, marked so: "Kaveri Labs" is a lab ("=lab"), "Brightwater Bank" a bank
  {
    std::string w = noun(m.last);
    if (w.size() > 3 && w.back() == 's' && en::is_org_noun(w.substr(0, w.size() - 1))) w.pop_back();
    if (m.last > m.first && en::is_org_noun(w)) out.push_back("=" + w);
  }
  // right before the name, in its noun phrase: "law firm Okonkwo Hartley", "London start-up Casewright"
  if (m.first >= 1 && s.inside[static_cast<std::size_t>(m.first - 1)] < 0 && !s.tokens[static_cast<std::size_t>(m.first - 1)].comma_after &&
      en::is_org_noun(noun(m.first - 1)) && s.tokens[static_cast<std::size_t>(m.first - 1)].text[0] >= 'a')
    out.push_back(noun(m.first - 1));
  // the head of an apposition after it: "X, the 420-lawyer firm with offices in ...", "X, a London start-up whose ..."
  if (s.tokens[static_cast<std::size_t>(m.last)].comma_after && m.last + 2 < n && en::is_any(noun(m.last + 1), {"a", "an", "the"})) {
    std::string head;
    for (int k = m.last + 2; k < n && k <= m.last + 6; ++k) {
      if (s.inside[static_cast<std::size_t>(k)] >= 0 || en::is_any(noun(k), {"of", "with", "whose", "that", "which", "in", "based", "and", "for", "from"}))
        break;
      // (not the subject of what is reported after it: "... with Anthropic, the firm confirmed on Tuesday")
      if (k + 1 < n && en::is_any(noun(k + 1), {"said", "says", "confirmed", "added", "announced", "told", "noted", "declined", "did", "does",
                                                 "has", "had", "is", "was", "will", "would"}))
        return out;
      if (en::is_org_noun(noun(k))) head = noun(k);
      if (s.tokens[static_cast<std::size_t>(k)].comma_after) break;
    }
    if (!head.empty()) out.push_back(head);
  }
  return out;
}

}  // namespace inmaek::extract

namespace inmaek::extract {

void mark_subject_en(Sentence& s) {
  static constexpr std::string_view kPreps[] = {"in", "at", "from", "with", "by", "to", "of", "for", "on", "including",
                                                "and", "ex", "former", "whom", "which", "that"};
  // "Founded in 2022 by A, a former Google manager, and B, who quit Amazon's Alexa group, the startup has raised ...":
  // after a fronted participle clause, the subject is the name after a comma that a verb follows
  if (!s.tokens.empty() && en::is_any(en::lower(s.tokens[0].text), {"founded", "co-founded", "based", "backed", "launched", "started",
                                                                     "headquartered", "spun", "created", "built", "incorporated"}))
    for (Mention& m : s.mentions) {
      if (m.first < 1 || !s.tokens[static_cast<std::size_t>(m.first - 1)].comma_after || m.role == Role::Genitive ||
          m.last + 1 >= static_cast<int>(s.tokens.size()) || s.tokens[static_cast<std::size_t>(m.last)].comma_after)
        continue;
      const std::string v = en::lower(s.tokens[static_cast<std::size_t>(m.last + 1)].text);
      if (en::is_any(v, {"has", "had", "is", "was", "raised", "raises", "said", "says", "will", "now", "also", "builds", "makes", "sells",
                         "develops", "employs", "operates", "runs", "counts", "announced", "launched", "released", "plans"})) {
        m.role = Role::Subject;
        return;
      }
    }
  for (Mention& m : s.mentions) {
    if (m.role == Role::Genitive) continue;
    bool after_prep = false;
    if (m.first > 0) {
      int q = m.first - 1;
      // ("from Bpifrance, Buenos Aires-based Fondo Pampa Ventures": past a base, a list's comma counts too)
      if (q >= 1 && en::lower(s.tokens[static_cast<std::size_t>(q)].text).ends_with("-based")) {
        --q;
        while (q >= 1 && s.inside[static_cast<std::size_t>(q)] < 0 && !s.tokens[static_cast<std::size_t>(q)].comma_after &&
               s.tokens[static_cast<std::size_t>(q)].text[0] >= 'A' && s.tokens[static_cast<std::size_t>(q)].text[0] <= 'Z')
          --q;  // "Buenos Aires-based": the place's other words
        if (s.tokens[static_cast<std::size_t>(q)].comma_after) after_prep = true;
      }
      const std::string prev = en::lower(s.tokens[static_cast<std::size_t>(q)].text);
      for (std::string_view p : kPreps)
        if (prev == p) after_prep = true;
    }
    if (after_prep) continue;
    // "ABU DHABI, May 14 (Meridian Wire) - Sarab AI ...": a name in parentheses is an aside
    if (s.tokens[static_cast<std::size_t>(m.first)].paren_open_before) continue;
    // "ADLER: Your co-founder came from Kakao": a speaker's label is no part of what is said
    // (not a career timeline's year, "- 2014: co-founded X", which stands for its person)
    if (m.first == 0 && !m.pronoun && m.last + 1 < static_cast<int>(s.tokens.size())) {
      const std::string_view lt = s.tokens[static_cast<std::size_t>(m.last)].text;
      if (*(lt.data() + lt.size()) == ':') continue;
    }
    // "Inflection AI co-founder Mustafa Suleyman joined": the organisation only describes the title
    // (not "X, founder of Y, also invested": an apposition after a comma describes the subject)
    // ("AWS data-centre veteran Siobhán Kavanagh quits": past a field, hyphenated or a business's)
    int title = m.last + 1;
    while (title < static_cast<int>(s.tokens.size()) && title <= m.last + 2 && s.inside[static_cast<std::size_t>(title)] < 0 &&
           !s.tokens[static_cast<std::size_t>(title - 1)].comma_after && s.tokens[static_cast<std::size_t>(title)].text[0] >= 'a' &&
           !en::is_title_word(s.tokens[static_cast<std::size_t>(title)].text) &&
           ((s.tokens[static_cast<std::size_t>(title)].text.find('-') != std::string_view::npos &&
             !en::lower(s.tokens[static_cast<std::size_t>(title)].text).ends_with("-based")) ||
            en::is_any(s.tokens[static_cast<std::size_t>(title)].text, {"cloud", "infrastructure", "chip", "search", "model", "platform", "network"})))
      ++title;
    // (a veteran too, who no longer works there: "AWS veteran X")
    if (title < static_cast<int>(s.tokens.size()) && !s.tokens[static_cast<std::size_t>(title - 1)].comma_after &&
        (en::is_title_word(s.tokens[static_cast<std::size_t>(title)].text) || en::is_any(s.tokens[static_cast<std::size_t>(title)].text, {"veteran"})))
      continue;
    m.role = Role::Subject;
    return;
  }
}

}  // namespace inmaek::extract
