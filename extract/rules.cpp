// Relation rules over particles, triggers and word order (see ANNOTATION.md for what each
// relation means). Each rule has an id, quoted in the evidence, and a confidence.
#include <algorithm>
#include <array>
#include <bitset>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "extract/extractor_internal.h"
#include "extract/hangul_words.h"
#include "extract/korean_dictionary.h"
#include "extract/utf8.h"
#include "extract/word_trie.h"

namespace inmaek::extract {
namespace {

using R = RelationType;

enum Flag : unsigned {
  kStart = 1,        // the stem must start the word (short verb stems)
  kOrgAgent = 2,     // the grammatical subject is the organisation, the object the person (영입)
  kNoun = 4,         // a role noun (창업자), not a verb
  kParent = 8,       // 모회사: the relation runs the other way
  kObjectOrg = 16,   // left: the organisation is the object (떠나다, 그만두다)
  kRaise = 32,       // invested: the subject raised money (유치, 조달); investors in the source case
  kRound = 64,       // invested: the subject took part in or led a round (참여, 주도)
  kRelOnly = 128,    // only as a relative clause on a named head ("X에서 연구를 하던 Y")
  kPassiveVerb = 256,  // a passive in itself: "Y는 X에 팔렸다" (was sold to)
  kStake = 512,      // acquired: only of a stake named before it ("지분 30%를 취득했다", not "특허를 취득했다")
  kHolder = 1024,    // "X가 Y의 최대주주가 됐다": a holding become, an investment
};

struct TriggerDef {
  std::string_view stem;
  R type;
  unsigned flags;
};

constexpr TriggerDef kTriggers[] = {
    {"공동창업자", R::Founded, kNoun},  {"공동설립자", R::Founded, kNoun}, {"창업자", R::Founded, kNoun},
    {"설립자", R::Founded, kNoun},      {"창립자", R::Founded, kNoun},     {"창업주", R::Founded, kNoun},
    {"창립멤버", R::Founded, kNoun},    {"설립", R::Founded, 0},           {"창업", R::Founded, 0},
    {"창립", R::Founded, 0},            {"세우", R::Founded, kStart},      {"세운", R::Founded, kStart},
    {"세웠", R::Founded, kStart},       {"세워", R::Founded, kStart},      {"차린", R::Founded, kStart},
    {"차렸", R::Founded, kStart},       {"차려", R::Founded, kStart},      {"출범시", R::Founded, kStart},
    {"출범했", R::Founded, kStart | kObjectOrg},
    {"떠나", R::Left, kStart | kObjectOrg}, {"떠난", R::Left, kStart | kObjectOrg}, {"떠났", R::Left, kStart | kObjectOrg},
    {"퇴사", R::Left, 0},               {"사임", R::Left, 0},              {"그만두", R::Left, kStart | kObjectOrg},
    {"그만둔", R::Left, kStart | kObjectOrg}, {"그만뒀", R::Left, kStart | kObjectOrg}, {"나온", R::Left, kStart},
    {"나왔", R::Left, kStart},          {"축출", R::Left, 0},              {"해임", R::Left, 0},
    {"이탈", R::Left, 0},               {"해고", R::Left, 0},              {"물러나", R::Left, kStart},
    {"물러난", R::Left, kStart},        {"물러났", R::Left, kStart},       {"퇴진", R::Left, 0},
    {"사퇴", R::Left, 0},               {"쫓겨", R::Left, kStart},         {"쫓아낸", R::Left, kStart},
    {"내려놓", R::Left, kStart},        {"내려놨", R::Left, kStart},
    {"합류", R::Joined, 0},             {"입사", R::Joined, 0},            {"이직", R::Joined, 0},
    {"영입", R::Joined, kOrgAgent},     {"복귀", R::Joined, 0},            {"옮겨", R::Joined, kStart},
    {"옮긴", R::Joined, kStart},        {"옮겼", R::Joined, kStart},       {"옮기", R::Joined, kStart},
    {"돌아와", R::Joined, kStart},      {"돌아온", R::Joined, kStart},     {"돌아왔", R::Joined, kStart},
    {"돌아가", R::Joined, kStart},      {"돌아간", R::Joined, kStart},     {"돌아갔", R::Joined, kStart},
    {"돌아옵", R::Joined, kStart},      {"선임", R::Joined, kOrgAgent},    {"임명", R::Joined, kOrgAgent},
    {"취임", R::Joined, 0},             {"발탁", R::Joined, kOrgAgent},    {"스카우트", R::Joined, kOrgAgent},
    {"들어간", R::Joined, kStart},      {"들어갔", R::Joined, kStart},     {"재합류", R::Joined, 0},
    {"투자", R::Invested, 0},           {"출자", R::Invested, 0},          {"유치", R::Invested, kRaise},
    {"조달", R::Invested, kRaise},      {"끌어모", R::Invested, kStart | kRaise}, {"끌어들", R::Invested, kStart | kRaise},
    {"참여", R::Invested, kRound},      {"주도", R::Invested, kRound},      {"베팅", R::Invested, 0},
    // in a funding context only: "X가 이끈 시리즈A", "X도 후속 투자에 나섰다", "X가 단독으로 진행했다"
    {"이끈", R::Invested, kStart | kRound}, {"이끌었", R::Invested, kStart | kRound}, {"나섰", R::Invested, kStart | kRound},
    {"진행했", R::Invested, kStart | kRound}, {"리드", R::Invested, kRound},
    // "A와 B 등이 이번 라운드에 자금을 보탰다", "13억유로를 X가 홀로 댔다": money added to the round
    {"보탰", R::Invested, kStart | kRound}, {"보태", R::Invested, kStart | kRound}, {"댔", R::Invested, kStart | kRound},
    // "A와 B도 이 라운드에 이름을 올렸다", "C, D가 뒤를 이었다" (after the lead): only after those nouns
    {"올렸", R::Invested, kStart | kRound}, {"이었", R::Invested, kStart | kRound}, {"들어왔", R::Invested, kStart | kRound},
    // "X로부터 2천500만 달러를 받았다": money received (only right after its amount)
    {"받았", R::Invested, kStart | kRaise}, {"받아", R::Invested, kStart | kRaise},
    // "X 씨를 최고운영책임자로 모셨다": hired, in honorific words
    {"모셨", R::Joined, kStart | kOrgAgent}, {"모셔", R::Joined, kStart | kOrgAgent}, {"모신", R::Joined, kStart | kOrgAgent},
    {"넣", R::Invested, kStart | kRaise | kObjectOrg},
    {"거쳐", R::Left, kStart | kObjectOrg}, {"거친", R::Left, kStart | kObjectOrg}, {"거쳤", R::Left, kStart | kObjectOrg},
    {"나와", R::Left, kStart | kObjectOrg}, {"이끌던", R::Left, kStart | kObjectOrg}, {"이끌었던", R::Left, kStart | kObjectOrg},
    {"지낸", R::Left, kStart},          {"지냈", R::Left, kStart},         {"지내", R::Left, kStart},
    {"일했던", R::Left, kStart},        {"근무했던", R::Left, kStart},     {"재직했던", R::Left, kStart},
    // "삼성리서치에서 4년간 연구원으로 일했다": a past job (the person's present one is told apart)
    {"일했", R::Left, kStart},          {"근무했", R::Left, kStart},       {"재직했", R::Left, kStart},
    {"몸담았던", R::Left, kStart},      {"몸담았", R::Left, kStart},       {"일한", R::Left, kStart},
    {"하던", R::Left, kStart | kRelOnly}, {"했던", R::Left, kStart | kRelOnly}, {"총괄했던", R::Left, kStart | kRelOnly},
    {"담당했던", R::Left, kStart | kRelOnly}, {"맡았던", R::Left, kStart | kRelOnly}, {"맡던", R::Left, kStart | kRelOnly},
    {"이끌다", R::Left, kStart},        {"이끌다가", R::Left, kStart},
    // "X에서 7년간 모델을 연구했고", "X에서 설계를 맡다 지난해 독립했다": research done and a post left there
    {"연구했", R::Left, kStart},        {"맡다", R::Left, kStart},         {"독립했", R::Left, kStart},
    // "X에서 데이터 플랫폼을 총괄했다", "X에서 인프라를 담당하다 합류했다"
    {"총괄했", R::Left, kStart},        {"담당했", R::Left, kStart},       {"총괄하다", R::Left, kStart},
    {"담당하다", R::Left, kStart},      {"연구하다", R::Left, kStart},
    // "X에서 8년간 일하다 Y에 합류했다": a job ended by the next clause; "X에서 일하던 Y"
    {"일하다", R::Left, kStart},        {"근무하다", R::Left, kStart},     {"재직하다", R::Left, kStart},
    {"일하던", R::Left, kStart | kRelOnly}, {"근무하던", R::Left, kStart | kRelOnly}, {"재직하던", R::Left, kStart | kRelOnly},
    {"연구하던", R::Left, kStart | kRelOnly}, {"연구했던", R::Left, kStart | kRelOnly}, {"활동하던", R::Left, kStart | kRelOnly},
    {"연구한", R::Left, kStart | kRelOnly}, {"기획하던", R::Left, kStart | kRelOnly},
    {"총괄하던", R::Left, kStart | kRelOnly}, {"담당하던", R::Left, kStart | kRelOnly},
    {"활동했던", R::Left, kStart | kRelOnly}, {"몸담던", R::Left, kStart | kRelOnly},
    // "X에서 연구를 이끌어 온 Y가 Z로 자리를 옮겼다": a post held until a move the sentence tells (see find_triggers)
    {"이끌어", R::Left, kStart | kRelOnly}, {"맡아", R::Left, kStart | kRelOnly}, {"일해", R::Left, kStart | kRelOnly},
    {"연구해", R::Left, kStart | kRelOnly}, {"몸담아", R::Left, kStart | kRelOnly},
    {"부임", R::Joined, 0},             {"모셔", R::Joined, kStart | kOrgAgent}, {"모셨", R::Joined, kStart | kOrgAgent},
    {"데려오", R::Joined, kStart | kOrgAgent}, {"데려왔", R::Joined, kStart | kOrgAgent}, {"데려와", R::Joined, kStart | kOrgAgent},
    {"협약", R::PartneredWith, 0},      {"MOU", R::PartneredWith, 0},      {"partnership", R::PartneredWith, 0},
    {"개발", R::Developed, 0},          {"출시", R::Developed, 0},         {"내놓", R::Developed, kStart},
    {"내놨", R::Developed, kStart},     {"선보", R::Developed, kStart},    {"선봬", R::Developed, kStart},
    {"선뵀", R::Developed, kStart},     {"공개", R::Developed, 0},         {"만든", R::Developed, kStart},
    {"만들", R::Developed, kStart},     {"만드", R::Developed, kStart},    {"론칭", R::Developed, 0},
    {"런칭", R::Developed, 0},          {"제작", R::Developed, 0},         {"발표", R::Developed, 0},
    {"고도화", R::Developed, 0},
    // "'큐브리걸'을 운영한다", "'츠바메'를 서비스한다": a service a company runs is its product (the
    // object must be a product)
    {"운영", R::Developed, kStart},      {"서비스하", R::Developed, kStart}, {"서비스한", R::Developed, kStart},
    {"인수", R::Acquired, 0},           {"사들", R::Acquired, kStart},     {"매입", R::Acquired, 0},
    {"취득", R::Acquired, kStake},       {"확보", R::Acquired, kStake},     {"최대주주", R::Acquired, kNoun | kHolder},
    {"흡수합병", R::Acquired, 0},  // (a merger by absorption: "A가 B를 흡수합병했다", "B는 A에 흡수합병됐다")
    {"팔렸", R::Acquired, kStart | kPassiveVerb}, {"팔린", R::Acquired, kStart | kPassiveVerb},
    {"매각됐", R::Acquired, kStart | kPassiveVerb}, {"매각된", R::Acquired, kStart | kPassiveVerb},
    {"자회사", R::SubsidiaryOf, kNoun}, {"계열사", R::SubsidiaryOf, kNoun}, {"계열", R::SubsidiaryOf, kNoun | kStart}, {"산하", R::SubsidiaryOf, kNoun},
    {"모회사", R::SubsidiaryOf, kNoun | kParent}, {"법인", R::SubsidiaryOf, kNoun}, {"조직", R::SubsidiaryOf, kNoun},
    {"싱크탱크", R::SubsidiaryOf, kNoun},
    {"파트너십", R::PartneredWith, 0},  {"협력", R::PartneredWith, 0},     {"제휴", R::PartneredWith, 0},
    {"손잡", R::PartneredWith, kStart}, {"손을", R::PartneredWith, kStart}, {"맞손", R::PartneredWith, 0},
    {"협업", R::PartneredWith, 0},      {"동맹", R::PartneredWith, 0},      {"컨소시엄", R::PartneredWith, 0},
};

constexpr double kConfVerb = 0.85, kConfAdnominal = 0.8, kConfNoun = 0.75, kConfZero = 0.6, kConfGenitive = 0.65;

bool starts_with(std::string_view w, std::string_view s) { return w.size() >= s.size() && w.substr(0, s.size()) == s; }

// A noun naming a funding round or an investment ("시리즈C", "시드 라운드", "투자", "펀딩").
bool names_round(std::string_view stem) {
  for (std::string_view w : {"라운드", "시리즈", "투자", "펀딩"})
    if (stem.find(w) != std::string_view::npos) return true;
  return false;
}
bool ends_with(std::string_view w, std::string_view s) { return w.size() >= s.size() && w.substr(w.size() - s.size()) == s; }

std::string without_parens(std::string_view w) {
  std::string out;
  int depth = 0;
  for (char c : w) {
    if (c == '(') { ++depth; continue; }
    if (c == ')') { if (depth) --depth; continue; }
    if (!depth) out += c;
  }
  return out;
}

// What follows the trigger stem in its word tells the predicate's form.
enum class Form { Finite, Adnominal, Noun, Passive };

Form form_of(std::string_view word, std::string_view stem, const TriggerDef& def) {
  if (def.flags & kPassiveVerb) return Form::Passive;
  std::size_t pos = word.find(stem);
  std::string_view rest = word.substr(pos + stem.size());
  if (def.flags & kNoun) return Form::Noun;
  if (starts_with(rest, "된") || starts_with(rest, "됐") || starts_with(rest, "되") || starts_with(rest, "당한") ||
      starts_with(rest, "당했") || starts_with(rest, "돼"))
    return starts_with(rest, "된") ? Form::Adnominal : Form::Passive;
  // adnominal endings: 설립한, 세운, 떠난, 만든, 내놓은, 개발한, 설립했던, 이끈
  static constexpr std::string_view kAdn[] = {"한", "했던", "하던", "하는", "던", "은", "는", "ㄴ", "중인"};
  if (rest.empty()) {
    // the stem itself may be adnominal (세운, 떠난, 만든, 옮긴, 차린, 나온)
    std::string_view last = stem.substr(stem.size() >= 3 ? stem.size() - 3 : 0);
    if (last == "운" || last == "난" || last == "든" || last == "긴" || last == "린" || last == "온" || last == "간" ||
        last == "둔" || last == "낸" || last == "던" || last == "친" || last == "한")
      return Form::Adnominal;
    if (def.flags & kStart) return Form::Finite;  // a connective form: "떠나", "옮겨"
    return Form::Noun;  // "설립", "투자" alone
  }
  for (std::string_view a : kAdn)
    if (rest == a) return Form::Adnominal;
  if (rest == "을" || rest == "를" || rest == "이" || rest == "가" || rest == "은" || rest == "는" || rest == "에" ||
      rest == "의" || rest == "과" || rest == "와" || rest == "도" || rest == "으로" || rest == "로" || rest == "에서" ||
      rest == "에는" || rest == "을를")
    return Form::Noun;
  return Form::Finite;
}

struct Hit {
  int token;
  const TriggerDef* def;
  Form form;
};

std::vector<Hit> find_triggers(const Sentence& s) {
  static const WordTrie kStems = [] {
    std::vector<std::string_view> stems;
    for (const TriggerDef& d : kTriggers) stems.push_back(d.stem);
    return WordTrie(stems, WordTrie::Direction::Prefix);
  }();
  std::vector<Hit> out;
  for (std::size_t i = 0; i < s.tokens.size(); ++i) {
    if (s.inside[i] >= 0) continue;  // inside a name
    std::string stripped;
    std::string_view word = s.tokens[i].text;
    if (word.find_first_of("()") != std::string_view::npos) word = stripped = without_parens(word);
    // where each stem first occurs in the word (what word.find(stem) would say)
    std::bitset<std::size(kTriggers)> occurs;
    std::array<std::size_t, std::size(kTriggers)> first_pos;
    for (std::size_t p = 0; p < word.size(); ++p)
      kStems.for_each_match(word.substr(p), [&](std::uint32_t d) {
        if (!occurs.test(d)) first_pos[d] = p;
        occurs.set(d);
      });
    const TriggerDef* best = nullptr;
    for (std::size_t k = 0; k < std::size(kTriggers); ++k) {
      if (!occurs.test(k)) continue;
      const TriggerDef& d = kTriggers[k];
      const std::size_t pos = first_pos[k];
      if ((d.flags & kStart) && pos != 0) continue;
      if (pos != 0 && !(starts_with(word, "공동") || starts_with(word, "재") || starts_with(word, "전격") ||
                        starts_with(word, "업무") || starts_with(word, "기술") || starts_with(word, "사업") ||
                        starts_with(word, "신규") || starts_with(word, "추가") || starts_with(word, "직접") ||
                        starts_with(word, "자체") || starts_with(word, "대규모") || starts_with(word, "전략적") ||
                        starts_with(word, "AI") || (d.flags & kNoun)))
        continue;
      if (!best || d.stem.size() > best->stem.size()) best = &d;
    }
    if (!best) continue;
    if (best->flags & (kRound | kRaise)) {
      const std::string_view sent_text(s.tokens.front().text.data(),
                                       static_cast<std::size_t>(s.tokens.back().text.data() + s.tokens.back().text.size() - s.tokens.front().text.data()));
      if (!s.money_context) continue;
      if ((best->flags & kRaise) && best->stem == "유치" && sent_text.find("인재") != std::string_view::npos) continue;
    }
    Form form = form_of(word, best->stem, *best);
    // ("이끌어 온 Y": a connective with 온 modifies the name after it; only in a sentence about a move,
    // since "이끌어 온" alone tells a post still held)
    if (best->type == R::Left && (best->flags & kRelOnly) && word == best->stem && word.size() >= 6 &&
        (word.ends_with("어") || word.ends_with("아") || word.ends_with("해"))) {
      if (i + 1 >= s.tokens.size() || (s.tokens[i + 1].text != "온" && s.tokens[i + 1].text != "왔던")) continue;
      bool move = false;
      for (const Token& tok : s.tokens)
        move = move || tok.text.find("옮겼") != std::string_view::npos || tok.text.find("이직") != std::string_view::npos ||
               tok.text.find("합류") != std::string_view::npos || tok.text.find("떠났") != std::string_view::npos ||
               tok.text.find("영입") != std::string_view::npos;
      if (!move) continue;
      out.push_back({static_cast<int>(i + 1), best, Form::Adnominal});  // (at 온, right before the name)
      continue;
    }
    // "X를 내놓은 이후", "Y를 떠난 뒤": an adnominal before a time noun heads no name; the clause is
    // the predicate's own
    if (form == Form::Adnominal && i + 1 < s.tokens.size()) {
      const std::string_view next = split_particle(s.tokens[i + 1].text).stem;
      if (next == "이후" || next == "뒤" || next == "후" || next == "직후" || next == "다음") form = Form::Finite;
      // "설립한 바 있다", "근무한 적이 있다": what one has done, said with the adnominal and 바 or 적 and 있다, is
      // the predicate itself (not "… 적이 없다", which denies it, nor "… 바 있는 Y", an adnominal again)
      const std::string_view after = i + 2 < s.tokens.size() ? s.tokens[i + 2].text : std::string_view();
      if ((next == "바" || next == "적") && after.starts_with("있") && !after.starts_with("있는")) form = Form::Finite;
    }
    out.push_back({static_cast<int>(i), best, form});
  }
  return out;
}

class Rules {
 public:
  explicit Rules(const RuleContext& ctx) : ctx_(ctx), s_(ctx.sentence), n_(static_cast<int>(s_.tokens.size())) {}

  std::vector<Found> run() {
    appositions();
    for (const Hit& h : find_triggers(s_)) {
      if (is_irrealis(s_, h.token)) continue;
      switch (h.def->type) {
        case R::Founded: founded(h); break;
        case R::Left: left(h); break;
        case R::Joined: joined(h); break;
        case R::Invested: invested(h); break;
        case R::Developed: developed(h); break;
        case R::Acquired: acquired(h); break;
        case R::SubsidiaryOf: subsidiary(h); break;
        case R::PartneredWith: partnered(h); break;
        case R::WorksFor: break;
      }
    }
    genitive_products();
    possessed_investors();
    parenthesised_posts();
    listed_posts();
    title_predicates();
    own_products();
    parenthesised_heads();
    leaders();
    appointed();
    current_jobs();
    founder_titles();
    moved_to_place();
    return std::move(out_);
  }

 private:
  const RuleContext& ctx_;
  const Sentence& s_;
  int n_;
  std::vector<Found> out_;

  EntityType type(int m) const { return ctx_.entities[static_cast<std::size_t>(s_.mentions[static_cast<std::size_t>(m)].entity)].type; }
  int ent(int m) const { return s_.mentions[static_cast<std::size_t>(m)].entity; }
  const Mention& men(int m) const { return s_.mentions[static_cast<std::size_t>(m)]; }
  std::string_view word(int t) const { return s_.tokens[static_cast<std::size_t>(t)].text; }
  int mentions() const { return static_cast<int>(s_.mentions.size()); }

  void emit(R type, int subj_entity, int obj_entity, double conf, const char* rule, int trigger, std::string role = {}) {
    // (what an interviewee says was released, "지난해 내놓은 첫 모델", the company released)
    if (type == R::Developed && subj_entity >= 0 && subj_entity == ctx_.answering && speaker_org() >= 0) subj_entity = speaker_org();
    if (subj_entity < 0 || obj_entity < 0 || subj_entity == obj_entity) return;
    out_.push_back({type, subj_entity, obj_entity, conf, rule, trigger, std::move(role)});
  }

  static bool is_subject(Role r) { return r == Role::Subject || r == Role::Topic || r == Role::Also; }

  // The role a mention plays, looking through appositions: "샘 올트먼 오픈AI CEO는" is a topic,
  // "A, B 등이" a subject, "오픈AI 이사회에서" a source.
  Role role(int m) const {
    const Mention& x = men(m);
    if (x.role == Role::Genitive && x.last + 1 < n_ && starts_with(word(x.last + 1), "이사회") && word(x.last + 1).size() > 9) {
      // "X의 이사회가 … 해임했다": the company acts through its board
      const std::string_view w = word(x.last + 1);
      const Role r = particle_role(w.substr(0, 9), w.substr(9));
      if (is_subject(r)) return r;
    }
    if (x.role != Role::None) return x.role;
    // "삼성전자 역시 … 개발했다": 역시 ("likewise") after a bare name makes it the subject, as 도 would
    if (x.last + 1 < n_ && (word(x.last + 1) == "역시" || word(x.last + 1) == "또한")) return Role::Also;
    const bool person = type(m) == EntityType::Person;
    for (int j = x.last + 1; j < n_ && j <= x.last + 6; ++j) {
      std::string_view w = word(j);
      // "삼성전자 시스템LSI사업부에서": a unit of the organisation carries its case
      if (!person && j == x.last + 1 && type(m) == EntityType::Organization) {
        const ParticleSplit ps = split_particle(w);
        for (std::string_view unit : {"사업부", "사업본부", "본부", "부문", "연구소", "연구센터"})
          if (ps.role != Role::None && ends_with(ps.stem, unit)) return ps.role;
      }
      // (not a title opening so: "팀장은", "이사회의장은" are the person's post)
      if ((starts_with(w, "등") || starts_with(w, "측") || starts_with(w, "씨") || starts_with(w, "님") || starts_with(w, "이사회") || starts_with(w, "본사") ||
           starts_with(w, "내부") || starts_with(w, "연구팀") || starts_with(w, "팀")) &&
          title_prefix(w).empty()) {
        std::string_view rest = w.substr(starts_with(w, "이사회") || starts_with(w, "연구팀") ? 9 : starts_with(w, "내부") || starts_with(w, "본사") ? 6 : 3);
        if (rest.empty()) continue;
        return particle_role(w.substr(0, w.size() - rest.size()), rest);
      }
      // "'엑사원(EXAONE)' 시리즈를": a product's series carries its case
      if (type(m) == EntityType::Product && j == x.last + 1 && starts_with(w, "시리즈")) {
        const ParticleSplit ps = split_particle(w);
        if (ps.stem == "시리즈" && ps.role != Role::None) return ps.role;
      }
      if (!person) break;
      int mi = s_.inside[static_cast<std::size_t>(j)];
      if (mi >= 0) {
        if (type(mi) == EntityType::Person) break;
        if (men(mi).role != Role::None && men(mi).role != Role::Genitive) break;
        j = men(mi).last;
        continue;
      }
      if (is_former_marker(w) || is_current_marker(w) || is_title_modifier(w)) continue;
      std::string_view t = title_prefix(w);
      // (or a unit's head: "하정우 전 퓨처AI센터장은")
      if (t.empty()) t = unit_head_title(w);
      if (!t.empty()) {
        std::string rest = without_parens(w.substr(t.size()));
        // ("▲린웨이팅 위산컴퓨트 대표 = TSMC에서 …": a profile's title before an equals sign is its topic)
        if (rest.empty() && s_.tokens[static_cast<std::size_t>(j)].equals_after) return Role::Topic;
        if (rest.empty()) continue;
        return particle_role(t, rest);
      }
      break;
    }
    return Role::None;
  }

  // A predicate in adnominal form that opens a relative clause: "세운", "설립한", "일했던", "개발하는".
  static bool relative_predicate(std::string_view w) {
    if (ends_with(w, "하는") || ends_with(w, "되는") || ends_with(w, "있는")) return true;
    // verbs whose present adnominal reads like a noun with 는 ("X가 이끄는 Y")
    for (std::string_view v : {"이끄는", "만드는", "세우는", "키우는", "맡는", "다니는", "꾸리는", "거느리는", "내놓는", "선보이는", "돕는"})
      if (w == v) return true;
    if (split_particle(w).role != Role::None) return false;  // a noun with its particle
    return w.size() >= 6 && (ends_with(w, "한") || ends_with(w, "던") || ends_with(w, "된") || ends_with(w, "운") ||
                             ends_with(w, "온") || ends_with(w, "난") || ends_with(w, "든") || ends_with(w, "긴") ||
                             ends_with(w, "린") || ends_with(w, "낸") || ends_with(w, "친"));
  }

  // A subject (이/가) followed by a relative predicate before token t belongs to that relative
  // clause ("하윤서 대표가 세운 회사로, … 만들었다"), not to the predicate at t. A topic (은/는)
  // never stands inside a relative clause.
  // The relative clause is recognised by its head: a head that is itself a subject, topic, goal or
  // copula of the sentence ("세운 회사로", "설립한 Y는") closes a clause the subject belongs to; a
  // bare or object head ("지난 4월", "다양한 모델을", "이끌던 술레이만을") does not.
  bool in_relative_clause(int m, int t) const {
    if (role(m) == Role::Topic) return false;
    for (int k = men(m).last + 1; k < t; ++k) {
      if (s_.inside[static_cast<std::size_t>(k)] >= 0 || !relative_predicate(word(k)) || k + 1 >= n_) continue;
      // the head: the first word with a case after bare modifiers ("X CEO가 이끄는 프랑스 AI 기업
      // 미스트랄AI에서": the head is in the source case)
      int h = k + 1;
      while (h + 1 < n_ && h < k + 4 && s_.inside[static_cast<std::size_t>(h)] < 0 && split_particle(word(h)).role == Role::None &&
             !looks_like_predicate(word(h)) && !relative_predicate(word(h)))
        ++h;
      const int head_mention = s_.inside[static_cast<std::size_t>(h)];
      // (not the predicate at t, nor anything else that ends a clause)
      // (the words skipped end in a noun of its kind, "… AI 기업 미스트랄AI": "지난 3월 결AI에" has its head in 3월)
      if (h > k + 1 && (h >= t || head_mention < 0 || type_noun(word(h - 1)) == TypeNoun::None)) continue;
      const Role head = head_mention >= 0 ? role(head_mention) : split_particle(word(h)).role;
      if (head == Role::Subject || head == Role::Topic || head == Role::Goal || head == Role::Copula) return true;
      if (head == Role::Source && h > k + 1) return true;
    }
    return false;
  }

  bool agent_type(int m) const { return type(m) == EntityType::Person || type(m) == EntityType::Organization; }

  // Is there a predicate (a clause end) strictly between token a and token b?
  bool clause_break(int a, int b) const {
    for (int k = a + 1; k < b; ++k) {
      if (s_.inside[static_cast<std::size_t>(k)] >= 0) continue;
      std::string_view w = word(k);
      if (looks_like_predicate(w) || ends_with(w, "했고") || ends_with(w, "하고") || ends_with(w, "했으나")) return true;
      if (w == "떠나" || w == "나와" || w == "떠나서" || w == "나와서") return true;  // "회사를 떠나 Y를 창업했다"
    }
    return false;
  }

  // Nearest mention before token `t` with one of the roles and an acceptable type.
  template <class Pred>
  int before(int t, Pred ok, bool same_clause) const {
    for (int m = mentions() - 1; m >= 0; --m) {
      if (men(m).last >= t) continue;
      if (same_clause && clause_break(men(m).last, t)) return -1;
      if (ok(m)) return m;
    }
    return -1;
  }

  // The subject of the predicate at token t: nearest subject/topic before it in the sentence,
  // else the previous sentence's topic (zero anaphora). Returns an entity; conf lowered for zero.
  // In an interviewee's answer, the company the person speaks for: the one they were last said to
  // found, join or work for, else the one the document is about; -1 outside answers.
  int speaker_org() const {
    if (ctx_.answering < 0) return -1;
    if (ctx_.person_org)
      if (const auto it = ctx_.person_org->find(ctx_.answering); it != ctx_.person_org->end()) return it->second;
    return ctx_.main_org;
  }

  int subject_before(int t, bool want_person, bool want_org, double* conf) const {
    int m = before(t, [&](int k) {
      if (!is_subject(role(k)) || in_relative_clause(k, t)) return false;
      EntityType ty = type(k);
      return (want_person && ty == EntityType::Person) || (want_org && ty == EntityType::Organization);
    }, false);
    if (m >= 0) return ent(m);
    // an interviewee's answer ("지사장으로 X 씨를 영입했습니다"): what only a company does, the company of
    // the person speaking
    if (want_org && !want_person && speaker_org() >= 0) {
      *conf = kConfZero;
      return speaker_org();
    }
    // Zero anaphora only when the clause has no subject of its own ("엔지니어 한 명이 이직했다").
    // (nor for a verb's adnominal in 던 before a noun, whose subject that noun is: "트렌디올에서 연구를 이끌던 엠레
    // 이을드름은"; but "회사에 다니던 중", "일하던 시절": a bound noun or a time keeps the clause's own)
    if (ends_with(word(t), "던") && t + 1 < n_ && has_hangul(word(t + 1))) {
      const std::string_view head = split_particle(word(t + 1)).stem;
      bool bound = false;
      for (std::string_view b : {"중", "때", "뒤", "후", "당시", "시절", "시기", "무렵", "끝", "차", "곳", "회사", "자리", "기업", "팀", "조직", "연구소"})
        bound = bound || head == b;
      if (!bound) return -1;
    }
    for (int k = 0; k < t; ++k) {
      if (s_.inside[static_cast<std::size_t>(k)] >= 0) continue;
      const ParticleSplit ps = split_particle(word(k));
      // "이사회는 X를 대표로 선임했다": the board of the company in focus
      // (not a verb's adnominal read as a noun and a topic particle: "학위를 받은 뒤")
      // ("핵심 엔지니어 여러 명도 회사를 떠났다": a subject with 도 too)
      if ((ps.role == Role::Subject || ps.role == Role::Topic) && word(k).size() > 3 && ps.stem != "이사회" && ps.stem.size() >= 6 &&
          !looks_like_predicate(word(k)))
        return -1;
      if (ps.role == Role::Also && (ps.stem == "명" || ps.stem == "분" || ps.stem.ends_with("들") || ps.stem == "사람" || ps.stem == "직원" ||
                                    ps.stem == "인력" || !title_prefix(ps.stem).empty()))
        return -1;
    }
    // (a person's act continues the person the previous sentence was about by a title: "최 대표는 2009년
    // 삼성전자에 입사했다. 2013년 삼성전자를 그만두고 …")
    // (not past a subject of another kind: "업스테이지가 외국인을 C레벨 임원으로 선임한")
    if (want_person && !want_org && ctx_.previous_titled_person >= 0 &&
        std::none_of(s_.mentions.begin(), s_.mentions.end(), [&](const Mention& m) { return m.last < t && is_subject(m.role); })) {
      *conf = kConfZero;
      return ctx_.previous_titled_person;
    }
    if (ctx_.previous_topic >= 0) {
      EntityType ty = ctx_.entities[static_cast<std::size_t>(ctx_.previous_topic)].type;
      if ((want_person && ty == EntityType::Person) || (want_org && ty == EntityType::Organization)) {
        *conf = kConfZero;
        return ctx_.previous_topic;
      }
      // an interviewee's answer, "지난 7월 업스테이지와 전략적 파트너십을 맺었습니다": what only a company
      // does, the company of the person speaking
      if (!want_person && want_org && ty == EntityType::Person && ctx_.person_org)
        if (const auto it = ctx_.person_org->find(ctx_.previous_topic); it != ctx_.person_org->end()) {
          *conf = kConfZero;
          return it->second;
        }
      // "'누리-2'는 … 지난 9월에는 LG AI연구원과 업무협약을 맺었다": after a product the text was about, what only
      // a company does is the company the document is about
      if (!want_person && want_org && ty == EntityType::Product && ctx_.main_org >= 0) {
        *conf = kConfZero;
        return ctx_.main_org;
      }
    }
    return -1;
  }

  // Tokens from..to are bare nouns ending in the copula's adnominal (인): a description of what follows
  // ("삼성전자의 해외 투자 조직인 삼성넥스트").
  bool described_run(int from, int to) const {
    if (to <= from || !ends_with(word(to), "인") || s_.inside[static_cast<std::size_t>(to)] >= 0) return false;
    for (int q = from; q < to; ++q)
      if (s_.inside[static_cast<std::size_t>(q)] >= 0 || !has_hangul(word(q)) || split_particle(word(q)).role != Role::None ||
          looks_like_predicate(word(q)) || s_.tokens[static_cast<std::size_t>(q)].comma_after)
        return false;
    return true;
  }

  // Mentions coordinated with mention m ("A, B와 C가"): m and the ones listed before it.
  std::vector<int> group(int m, bool any_agent = false) const {
    std::vector<int> g{m};
    int skipped_first = -1;  // the first token of an organisation in the genitive inside the next one's description
    for (int k = m - 1; k >= 0; --k) {
      const Mention& a = men(k);
      const int b_first = skipped_first >= 0 ? skipped_first : men(g.back()).first;
      // "A, 삼성전자의 해외 투자 조직인 B": an organisation in the genitive inside B's description
      if (a.role == Role::Genitive && described_run(a.last + 1, b_first - 1)) {
        skipped_first = a.first;
        continue;
      }
      skipped_first = -1;
      // tokens between a and b may only be an apposition of a (titles, modifiers, 및/그리고)
      int end = a.last;
      bool linked = s_.tokens[static_cast<std::size_t>(a.last)].comma_after || a.role == Role::Comitative;
      // ("삼성넥스트(Samsung Next)와 일본 벤처캐피털 B": the name restated in parentheses takes the case of
      // the word it stands in)
      if (k >= 1 && ent(k) == ent(k - 1) && men(k - 1).last >= a.first - 1 && men(k - 1).role == Role::Comitative) linked = true;
      // "SBVA(옛 소프트뱅크벤처스아시아)와 B": the same name restated in parentheses stands for the one before it
      if (k >= 1 && ent(k) == ent(k - 1) && men(k - 1).last + 2 >= a.first && a.last + 1 == b_first &&
          (linked || men(k - 1).role == Role::Comitative) &&
          (type(k) == type(m) || (any_agent && agent_type(k) && agent_type(m)))) {
        g.push_back(k - 1);
        --k;
        continue;
      }
      // "A(50억 원)와 B", "A(40억 원), B": an amount or a note in parentheses after the name, which the mention's
      // case or a comma follows
      if (const std::string_view w = word(a.last); w.find('(') != std::string_view::npos && w.find(')', w.find('(')) == std::string_view::npos)
        for (int j = a.last + 1; j < b_first && j <= a.last + 4; ++j)
          if (word(j).find(')') != std::string_view::npos || s_.tokens[static_cast<std::size_t>(j)].close_after) {
            if (s_.tokens[static_cast<std::size_t>(j)].comma_after) linked = true;
            end = j;
            break;
          }
      if (a.last == b_first) {  // "석준영·옥다은": two names in one word, joined by a middle dot
        const bool type_ok = type(k) == type(m) || (any_agent && agent_type(k) && agent_type(m));
        if (!type_ok) break;
        g.push_back(k);
        continue;
      }
      for (int j = end + 1; j < b_first; ++j) {
        std::string_view w = word(j);
        if (w == "및" || w == "그리고") { linked = true; end = j; continue; }
        // a description of the next one: "A와 기존 주주인 B", "A와 미국 액셀러레이터 B", "A, 이집트 카이로의 B"
        // ("미국 벤처캐피털(VC) B": a description with its abbreviation)
        const std::string bare = without_parens(w);
        if (is_descriptor_noun(w) || (ends_with(w, "인") && is_descriptor_noun(w.substr(0, w.size() - 3))) || is_korean_place(w) ||
            w == "소재" || w == "소재의" || w == "기반" || w == "기반의" ||
            (bare.size() < w.size() && title_prefix(w).empty() && is_descriptor_noun(bare))) {
          if (s_.tokens[static_cast<std::size_t>(j)].comma_after && !s_.tokens[static_cast<std::size_t>(j)].equals_after) linked = true;
          end = j;
          continue;
        }
        if (s_.inside[static_cast<std::size_t>(j)] >= 0 || is_title_modifier(w) || !title_prefix(w).empty() ||
            is_former_marker(w) || is_current_marker(w)) {
          // (not a profile's "X 대표 = …": the equals sign ends the label)
          if (s_.tokens[static_cast<std::size_t>(j)].comma_after && !s_.tokens[static_cast<std::size_t>(j)].equals_after) linked = true;
          std::string_view tp = title_prefix(w);
          if (!tp.empty() && particle_role(tp, without_parens(w.substr(tp.size()))) == Role::Comitative) linked = true;
          end = j;
          continue;
        }
        // "A, 해외 투자 조직인 B": a description of the next one that ends in the copula's adnominal
        if (described_run(j, b_first - 1)) {
          end = b_first - 1;
          break;
        }
        end = -1;
        break;
      }
      const bool type_ok = type(k) == type(m) || (any_agent && agent_type(k) && agent_type(m));
      if (end < 0 || end + 1 != b_first || !linked || !type_ok) break;
      g.push_back(k);
    }
    return g;
  }

  // The first mention at most `span` tokens after token t, skipping descriptors (nouns without
  // particles, type nouns); stops at predicates and particles.
  int mention_after(int t, int span) const {
    for (int k = t + 1; k < n_ && k <= t + span; ++k) {
      int mi = s_.inside[static_cast<std::size_t>(k)];
      if (mi >= 0) return men(mi).first == k ? mi : -1;
      const std::string bare = without_parens(word(k));  // "벤처캐피털(VC)인"
      const std::string_view w = bare;
      if (looks_like_predicate(w)) return -1;
      const Role r = split_particle(w).role;
      if (type_noun(w) == TypeNoun::None && r != Role::None) return -1;
      // (a type noun with a case of its own: "창업한 회사는 네이버에" names no company after it, but "세운
      // 이 회사는 업스테이지다" names the one it is)
      if (r == Role::Subject || r == Role::Object || r == Role::Goal) return -1;
      if (r == Role::Topic) {
        const int next = k + 1 < n_ ? s_.inside[static_cast<std::size_t>(k + 1)] : -1;
        if (next < 0 || men(next).role != Role::Copula) return -1;
      }
    }
    return -1;
  }

  // The person an adnominal describes, through an apposition: "그만둔 동료 OpenAI 공동 창업자 그렉 브록만".
  int head_person_after(int t) const {
    for (int k = t + 1; k < n_ && k <= t + 6; ++k) {
      int mi = s_.inside[static_cast<std::size_t>(k)];
      if (mi >= 0) {
        if (type(mi) == EntityType::Person) return men(mi).first == k ? mi : -1;
        if (men(mi).role != Role::None && men(mi).role != Role::Genitive) return -1;
        k = men(mi).last;
        continue;
      }
      std::string_view w = word(k);
      if (is_title_modifier(w) || !title_prefix(w).empty() || w == "동료" || w == "전" || w == "현") continue;
      if (type_noun(w) != TypeNoun::None) continue;
      // where the person comes from: "담당했던 인도 출신 엔지니어 아르준 나이르" (인도 is no 인 + 도)
      if (k + 1 < n_ && is_korean_place(w) && (word(k + 1) == "출신" || word(k + 1) == "출신의" || word(k + 1) == "출신인")) {
        ++k;
        continue;
      }
      if (looks_like_predicate(w) || split_particle(w).role != Role::None) return -1;
      // a descriptor noun: "네이버 출신 음성 연구자 석유진 대표"
      if (k <= t + 3 && is_descriptor_noun(w)) continue;
      return -1;
    }
    return -1;
  }

  // The people of a coordination that opens with mention p, as entities: "데이비드 하(David Ha)와 라이온
  // 존스가" (a name restated in parentheses is the same person; a pronoun ends it: "A와 그의 동생 B").
  // With `titled`, only people joined by a title with 와/과 ("공동창업자인 A CEO와 B CTO"), the founders a
  // title before them names; else people joined by 와/과 or a comma on the name itself.
  std::vector<int> coordinated_after(int p, bool titled = false) const {
    std::vector<int> out{ent(p)};
    int last = p;
    for (int q = p + 1; q < static_cast<int>(s_.mentions.size()) && type(q) == EntityType::Person && !men(q).pronoun; ++q) {
      const bool restated = ent(q) == ent(last);
      bool linked;
      if (titled) {  // (a title with 와/과 after the name: "A CEO와 B CTO")
        const int after = men(last).last + 1;
        const std::string_view title = after < n_ ? title_prefix(word(after)) : std::string_view();
        linked = !title.empty() && s_.inside[static_cast<std::size_t>(after)] < 0 &&
                 particle_role(title, without_parens(word(after).substr(title.size()))) == Role::Comitative;
      } else {
        linked = men(last).role == Role::Comitative || s_.tokens[static_cast<std::size_t>(men(last).last)].comma_after ||
                 (last > 0 && ent(last) == ent(last - 1) && men(last - 1).role == Role::Comitative);
      }
      if (!restated && !(linked && men(q).first <= men(last).last + 2)) break;
      if (!restated) out.push_back(ent(q));
      last = q;
    }
    return out;
  }

  // "Y는 X가 세운 회사다": the adnominal's head is a generic noun with a copula, and the entity
  // it describes is the sentence's topic.
  int generic_head_topic(int t, EntityType want) const {
    if (t + 1 >= n_) return -1;
    // "설립한 회사다", "설립한 업무 자동화 전문 기업이다": descriptor nouns may stand before the type noun
    int h = t + 1;
    // (a product noun describes a company's field too: "창업한 모델 경량화 전문 기업이다")
    auto product_field = [&](int x) { return want == EntityType::Organization && type_noun(word(x)) == TypeNoun::Product; };
    while (h + 1 < n_ && h <= t + 4 && (type_noun(word(h)) == TypeNoun::None || word(h) == "AI" || product_field(h)) &&
           s_.inside[static_cast<std::size_t>(h)] < 0 && split_particle(word(h)).role == Role::None && !looks_like_predicate(word(h)) &&
           (is_descriptor_noun(word(h)) || word(h) == "AI" || word(h) == "초거대" || word(h) == "생성형" || word(h) == "대규모" ||
            product_field(h)))
      ++h;
    std::string_view w = word(h);
    // "투자한 회사이기도 하다" (is also a company that …)
    TypeNoun tn = type_noun(ends_with(w, "이기도") ? w.substr(0, w.size() - 9) : w);
    if (tn == TypeNoun::None) return -1;
    ParticleSplit p = split_particle(w);
    const bool copula = p.role == Role::Copula || p.particle == "다" || ends_with(w, "다") || ends_with(w, "로") ||
                        ends_with(w, "이며") || ends_with(w, "로서") || ends_with(w, "인데") || ends_with(w, "이고") ||
                        ends_with(w, "이자") || ends_with(w, "입니다") || ends_with(w, "이기도");
    if (!copula && !(p.role == Role::Goal)) return -1;
    for (int m = 0; m < mentions(); ++m) {
      if (men(m).last >= t) break;
      if (men(m).role == Role::Topic && type(m) == want) return m;
    }
    return -1;
  }

  // The entity named right after an adnominal predicate at token t: "설립한 노바큐브",
  // "설립한 회사는 '노바'입니다", "개발한 모델 '오로라'".
  int head_after(int t, bool allow_copula) const {
    if (t + 1 >= n_) return -1;
    // ("오버톤AI를 인수한 데 이어 카카오엔터까지 …", "인수한 뒤": a bound noun that links clauses, no head noun)
    for (std::string_view bound : {"데", "뒤", "후", "이후", "직후", "만큼", "데다", "가운데"})
      if (word(t + 1) == bound) return -1;
    int mi = s_.inside[static_cast<std::size_t>(t + 1)];
    if (mi >= 0 && men(mi).first == t + 1) return mi;
    {
      int m2 = mention_after(t, 3);
      if (m2 >= 0) return m2;
    }
    {
      // "공개한 음성 합성 모델 '보이스젠'": bare descriptor nouns, then a type noun right before the name
      int k = t + 1;
      while (k < n_ && k <= t + 4 && s_.inside[static_cast<std::size_t>(k)] < 0 && split_particle(word(k)).role == Role::None &&
             !looks_like_predicate(word(k)) && type_noun(word(k)) == TypeNoun::None)
        ++k;
      if (k + 1 < n_ && k > t + 1 && s_.inside[static_cast<std::size_t>(k)] < 0 && type_noun(word(k)) != TypeNoun::None &&
          split_particle(word(k)).role == Role::None) {
        const int m2 = s_.inside[static_cast<std::size_t>(k + 1)];
        if (m2 >= 0 && men(m2).first == k + 1) return m2;
      }
    }
    if (type_noun(word(t + 1)) != TypeNoun::None || starts_with(word(t + 1), "곳")) {
      // (the name right after a bare type noun: not "창업한 회사는 네이버에", where the noun has its own case)
      // (the name right after a bare type noun: not "창업한 회사는 네이버에", where the noun has its own case)
      if (t + 2 < n_ && split_particle(word(t + 1)).role == Role::None) {
        int m2 = s_.inside[static_cast<std::size_t>(t + 2)];
        if (m2 >= 0 && men(m2).first == t + 2) return m2;
      }
      if (allow_copula) {
        for (int m = 0; m < mentions(); ++m)
          if (men(m).first > t + 1 && men(m).role == Role::Copula) return m;
      }
    }
    return -1;
  }

  // The first mention of the sentence with the topic particle, if it has this type.
  int topic_before(int t, EntityType want) const {
    for (int m = 0; m < mentions() && men(m).last < t; ++m)
      if (men(m).role == Role::Topic) return type(m) == want ? m : -1;
    return -1;
  }

  // A finite or connective predicate (a clause end) strictly between tokens a and b; adnominal
  // relative clauses ("…에서 일했던 B") do not end the clause.
  bool finite_break(int a, int b) const {
    for (int k = a + 1; k < b; ++k) {
      if (s_.inside[static_cast<std::size_t>(k)] >= 0) continue;
      std::string_view w = word(k);
      if (ends_with(w, "다") || ends_with(w, "했고") || ends_with(w, "하고") || ends_with(w, "며") || ends_with(w, "지만") ||
          ends_with(w, "는데") || ends_with(w, "으나"))
        return true;
      // ("'하이퍼클로바X'를 내놨고, LG AI연구원은", "B와 만났고": a verb's -고 closes its clause, a past one
      // (ㅆ before it) or one before a comma)
      if (ends_with(w, "고") && w.size() >= 6) {
        std::size_t at = w.size() - 6;
        const char32_t c = decode_utf8(w, at);
        const bool past = c >= 0xAC00 && c <= 0xD7A3 && (c - 0xAC00) % 28 == 20;  // final ㅆ
        if (past || (s_.tokens[static_cast<std::size_t>(k)].comma_after && looks_like_predicate(w))) return true;
      }
    }
    return false;
  }

  // "X가 Z와 함께 Y를 세웠다", "A와 [관계절] B가 설립했다": people in the comitative around the
  // subject, in the same clause, share the act.
  void co_agents(R type_, int subj, int t, int object_entity, double conf) {
    for (int m = 0; m < mentions() && men(m).last < t; ++m) {
      if (m == subj || role(m) != Role::Comitative || type(m) != type(subj)) continue;
      if (m < subj ? finite_break(men(m).last, men(subj).first) : finite_break(men(subj).last, men(m).first)) continue;
      if (finite_break(men(m).last, t)) continue;
      for (int g : group(m)) emit(type_, ent(g), object_entity, conf, "ko.co-agent", t);
    }
  }

  // The agent of a passive verb at t, "X에 의해": the mention that ends at the word before 의해, or, after a
  // title, the one word before that ("탁재원 CTO에 의해"); -1 when there is none
  int passive_agent(int t) {
    int by = -1;
    for (int k = 1; k < t && by < 0; ++k)
      if (word(k) == "의해" || word(k) == "의해서") by = k - 1;
    if (by < 0) return -1;
    if (s_.inside[static_cast<std::size_t>(by)] >= 0) return s_.inside[static_cast<std::size_t>(by)];
    for (int m = mentions() - 1; m >= 0; --m)
      if (men(m).last < by && men(m).last >= by - 1 && agent_type(m)) return m;
    return -1;
  }

  void founded(const Hit& h) {
    const int t = h.token;
    if (h.form == Form::Noun && (h.def->flags & kNoun)) {
      founder_noun(t);
      return;
    }
    if (h.form == Form::Adnominal) {
      // "Y는 A와 B가 출자해 세운 회사로, C의 자회사다": a generic head with its own case ends the
      // relative clause; the name after it belongs to the main clause
      int head = t + 1 < n_ && type_noun(word(t + 1)) != TypeNoun::None && split_particle(word(t + 1)).role != Role::None
                     ? generic_head_topic(t, EntityType::Organization)
                     : -1;
      if (head < 0) head = head_after(t, true);
      if (head < 0) head = generic_head_topic(t, EntityType::Organization);
      if (head >= 0 && type(head) == EntityType::Organization) {
        double conf = kConfAdnominal;
        // (a passive, "설립된 ㈜LG 산하 …", names what was founded, not by whom)
        const bool passive = ends_with(word(t), "된") || ends_with(word(t), "진");
        // (but one that names its agent says by whom: "A 대표에 의해 설립된 Y", "Y는 A에 의해 설립된 회사다")
        const int by = passive ? passive_agent(t) : -1;
        // (not an organisation the head's name holds: "안토니오 알카사르에 의해 설립된 에디토리알 알카사르", the founder's
        // surname read as the company's short name)
        const bool own_name = by >= 0 && type(by) == EntityType::Organization &&
                              ctx_.entities[static_cast<std::size_t>(ent(head))].name.find(ctx_.entities[static_cast<std::size_t>(ent(by))].name) !=
                                  std::string::npos;
        int subj = passive ? (by >= 0 && agent_type(by) && ent(by) != ent(head) && !own_name ? by : -1)
                           : before(t, [&](int k) { return (is_subject(role(k)) && !in_relative_clause(k, t)) && agent_type(k) && k != head; }, false);
        if (subj >= 0) {
          for (int g : group(subj)) emit(R::Founded, ent(g), ent(head), conf, "ko.founded.adnominal", t);
          co_agents(R::Founded, subj, t, ent(head), conf);
        } else if (!ends_with(word(t), "된") && !ends_with(word(t), "진")) {
          // (not a passive: "2021년 설립된 X" says when X was founded, not by whom)
          int s = subject_before(t, true, true, &conf);
          emit(R::Founded, s, ent(head), kConfZero, "ko.founded.adnominal-zero", t);
        }
        return;
      }
      if (head >= 0 && agent_type(head)) {  // "Y를 세운 X", "Z와 함께 Y를 창업한 X"
        int obj = before(t, [&](int k) { return role(k) == Role::Object && type(k) == EntityType::Organization; }, true);
        if (obj >= 0) {
          emit(R::Founded, ent(head), ent(obj), kConfAdnominal, "ko.founded.relative", t);
          for (int m = 0; m < obj; ++m)
            if (role(m) == Role::Comitative && type(m) == EntityType::Person && !clause_break(men(m).last, men(obj).first))
              emit(R::Founded, ent(m), ent(obj), kConfAdnominal, "ko.founded.relative-with", t);
        }
        return;
      }
      return;  // an adnominal whose head is unknown asserts nothing
    }
    if (h.form == Form::Passive) {
      // "하람랩스는 지난해 8월 마선영 대표와 탁재원 CTO에 의해 설립됐다": the agents of a passive founding
      const int a = passive_agent(t);
      const int topic = topic_before(t, EntityType::Organization);
      if (a < 0 || topic < 0 || !agent_type(a) || ent(a) == ent(topic)) return;
      for (int g : group(a)) emit(R::Founded, ent(g), ent(topic), kConfVerb, "ko.founded.passive-agent", t);
      return;
    }
    // "회사를 나와 창업에 뛰어들었다": the noun with its own case takes no object
    if (h.form == Form::Noun && split_particle(without_parens(word(t))).role != Role::None) return;
    // "X가 Y를 설립했다", "X는 2015년 Y를 공동 창업했다", "X 창업" (noun + 하다 split)
    int obj = before(t, [&](int k) { return role(k) == Role::Object && type(k) == EntityType::Organization && !in_relative_clause(k, t); }, true);
    if (obj < 0 && h.form == Form::Finite) {
      // "Y는 A와 B가 2024년 공동 설립했다": the topic is what was founded
      int topic = topic_before(t, EntityType::Organization);
      int subj = topic >= 0 ? before(t, [&](int k) { return k > topic && role(k) == Role::Subject && agent_type(k); }, false) : -1;
      if (subj >= 0) {
        for (int g : group(subj)) emit(R::Founded, ent(g), ent(topic), kConfAdnominal, "ko.founded.topic", t);
        co_agents(R::Founded, subj, t, ent(topic), kConfAdnominal);
        return;
      }
      // "츠무기AI는 …를 만든다. 2024년 A 대표와 B CTO가 함께 세웠다.": people founding with no company in
      // the sentence found the one the previous sentence was about
      // (nor a topic or an object the sentence names otherwise: "로움은 … 변호사가 창업했다")
      bool org_named = false;
      // (an organisation only describing a founder is no such name: "구글 딥마인드 연구원 출신 A와 B가 공동 창업했다")
      for (int m = 0; m < mentions(); ++m)
        org_named = org_named || (type(m) == EntityType::Organization && (role(m) != Role::None && role(m) != Role::Genitive));
      for (int k = 0; k < t && !org_named; ++k) {
        const Role r = split_particle(word(k)).role;
        org_named = s_.inside[static_cast<std::size_t>(k)] < 0 && (r == Role::Topic || r == Role::Object);
      }
      if (topic < 0 && !org_named && ctx_.previous_topic >= 0 &&
          ctx_.entities[static_cast<std::size_t>(ctx_.previous_topic)].type == EntityType::Organization) {
        const int founder = before(t, [&](int k) { return is_subject(role(k)) && !in_relative_clause(k, t) && type(k) == EntityType::Person && !men(k).pronoun; }, false);
        if (founder >= 0) {
          for (int g : group(founder)) emit(R::Founded, ent(g), ctx_.previous_topic, kConfZero, "ko.founded.previous-topic", t);
          co_agents(R::Founded, founder, t, ctx_.previous_topic, kConfZero);
        }
      }
      return;
    }
    if (obj < 0) return;
    // ("오버톤AI를 인수한 데 이어 카카오엔터까지 미국 현지에 AI 법인을 세우면서": an object noun of its own, nearer the
    // verb, is what was set up, no company named)
    for (int k = men(obj).last + 1; k < t; ++k)
      if (s_.inside[static_cast<std::size_t>(k)] < 0 && split_particle(word(k)).role == Role::Object && has_hangul(word(k))) return;
    double conf = kConfVerb;
    int subj = before(t, [&](int k) { return k != obj && (is_subject(role(k)) && !in_relative_clause(k, t)) && agent_type(k); }, false);
    if (subj >= 0) {
      for (int g : group(subj)) emit(R::Founded, ent(g), ent(obj), conf, "ko.founded.verb", t);
      // "A와 B가 합작법인 C를 출범했다", "A는 B와 합작법인 C를 세웠다": a joint venture's parents founded it together
      // and are partners
      bool joint = false;
      for (int k = std::max(0, men(obj).first - 3); k < men(obj).first; ++k) joint = joint || word(k).find("합작") != std::string_view::npos;
      if (joint) {
        std::vector<int> parents;
        for (int g : group(subj))
          if (type(g) == EntityType::Organization) parents.push_back(ent(g));
        for (int m = 0; m < mentions() && men(m).last < men(obj).first; ++m)
          if (m != subj && role(m) == Role::Comitative && type(m) == EntityType::Organization && !finite_break(men(m).last, t)) {
            emit(R::Founded, ent(m), ent(obj), conf, "ko.founded.joint", t);
            parents.push_back(ent(m));
          }
        for (std::size_t a = 0; a < parents.size(); ++a)
          for (std::size_t b = a + 1; b < parents.size(); ++b)
            if (parents[a] != parents[b]) emit(R::PartneredWith, parents[a], parents[b], kConfNoun, "ko.founded.joint", t);
      }
      // "A는 B와 함께 Y를 설립", "A는 Y를 B와 함께 세웠다": co-founders (before the verb, in its clause)
      for (int m = subj + 1; m < mentions() && men(m).last < t; ++m)
        if (m != obj && role(m) == Role::Comitative && type(m) == EntityType::Person && !finite_break(men(m).last, t) &&
            (m < obj || t - men(m).last <= 3)) {
          for (int g : group(m)) emit(R::Founded, ent(g), ent(obj), conf, "ko.founded.with", t);
          // "치디 오카포 최고기술책임자(CTO)와 함께 Y를 공동 창업했다": the co-founder's title at Y
          const int after = men(m).last + 1;
          if (after < n_ && s_.inside[static_cast<std::size_t>(after)] < 0)
            if (const std::string_view title = title_prefix(without_parens(word(after))); !title.empty())
              emit(R::WorksFor, ent(m), ent(obj), kConfAdnominal, "ko.founded.with-title", t, std::string(title));
        }
    } else {
      // ("허깅페이스를 떠나 라피스를 세웠고": who left a company before founding one is a person)
      bool left_first = false;
      for (int k = 0; k < t; ++k) {
        const std::string_view w = word(k);
        left_first = left_first || starts_with(w, "떠나") || starts_with(w, "떠난") || starts_with(w, "퇴사") || starts_with(w, "나와");
      }
      // (founders are people: a person the previous sentence was about by a title before a company
      // that was its topic earlier)
      int s = subject_before(t, true, !left_first, &conf);
      if (s >= 0 && ctx_.previous_titled_person >= 0 && ctx_.entities[static_cast<std::size_t>(s)].type == EntityType::Organization)
        s = ctx_.previous_titled_person;
      emit(R::Founded, s, ent(obj), kConfZero, "ko.founded.zero", t);
      // "B와 함께 Y를 공동 창업했다" with the subject dropped: B founded it too
      if (s >= 0)
        for (int m = 0; m < obj; ++m)
          if (role(m) == Role::Comitative && type(m) == EntityType::Person && !clause_break(men(m).last, men(obj).first))
            emit(R::Founded, ent(m), ent(obj), kConfZero, "ko.founded.zero-with", t);
    }
  }

  // "Y 공동 창업자 X", "Y의 창업자인 X", "X는 Y의 공동 창업자다", "Y 창업자 출신 X"
  void founder_noun(int t) {
    int org = -1;
    int j = t - 1;
    while (j >= 0 && (is_title_modifier(word(j)) || word(j) == "공동")) --j;
    if (j >= 0) {
      int mi = s_.inside[static_cast<std::size_t>(j)];
      if (mi >= 0 && type(mi) == EntityType::Organization && (men(mi).role == Role::None || men(mi).role == Role::Genitive))
        org = mi;
    }
    // ("다른 공동창업자인 X": another founder of a company told before, not the one in focus)
    if (org < 0 && ends_with(without_parens(word(t)), "자인") && !(j >= 0 && word(j) == "다른")) {
      // "공동창업자인 X CTO": a founder of the company the sentence (or the one before) is about
      // ("스케일AI에 투자하고 이 회사 창업자인 X를": the company just named, after "이 회사")
      int focus = -1;
      const bool this_company = j >= 1 && word(j - 1) == "이" && (word(j) == "회사" || word(j) == "기업" || word(j) == "스타트업");
      if (this_company)
        for (int m = 0; m < mentions() && men(m).last < j - 1; ++m)
          if (type(m) == EntityType::Organization && !men(m).pronoun) focus = ent(m);
      for (int m = 0; focus < 0 && m < mentions() && men(m).last < t; ++m)
        if (type(m) == EntityType::Organization && role(m) == Role::Topic) { focus = ent(m); break; }
      if (focus < 0 && ctx_.previous_topic >= 0 &&
          ctx_.entities[static_cast<std::size_t>(ctx_.previous_topic)].type == EntityType::Organization)
        focus = ctx_.previous_topic;
      const int p = focus >= 0 ? head_person_after(t) : -1;
      // ("공동창업자인 A CEO와 B CTO": each of the people coordinated after it)
      if (p >= 0 && !men(p).pronoun)
        for (int person : coordinated_after(p, true)) {
          // (not someone the text named a founder of another company: "X와 이수아 CPO가 공동 창업한 마루AI …
          // 공동창업자인 이 CPO는" after a sentence about the buyer)
          if (ctx_.founders && ctx_.person_org && ctx_.founders->count(person))
            if (const auto it = ctx_.person_org->find(person); it != ctx_.person_org->end() && it->second != focus) continue;
          emit(R::Founded, person, focus, kConfZero, "ko.founded.founder-of-focus", t);
        }
      return;
    }
    if (org < 0) {
      // "공동 창업자로는 A CTO와 B CSO가 이름을 올렸다": the founders of the company in focus
      const std::string r = without_parens(word(t));
      if (!(ends_with(r, "로는") || ends_with(r, "으로는")) || ctx_.previous_topic < 0 ||
          ctx_.entities[static_cast<std::size_t>(ctx_.previous_topic)].type != EntityType::Organization)
        return;
      for (int m = 0; m < mentions(); ++m)
        if (men(m).first > t && type(m) == EntityType::Person && is_subject(role(m)) && !men(m).pronoun) {
          for (int g : group(m)) emit(R::Founded, ent(g), ctx_.previous_topic, kConfZero, "ko.founded.listed", t);
          break;
        }
      return;
    }
    std::string rest = without_parens(word(t));
    // person after: "창업자 X", "창업자인 X", "창업자이자 ... X"
    for (int k = t + 1; k < n_ && k <= t + 2; ++k) {
      int mi = s_.inside[static_cast<std::size_t>(k)];
      if (mi >= 0 && type(mi) == EntityType::Person && men(mi).first == k) {
        for (int person : coordinated_after(mi, true)) emit(R::Founded, person, ent(org), kConfNoun, "ko.founded.title-before", t);
        return;
      }
      if (!(is_title_modifier(word(k)) || !title_prefix(word(k)).empty())) break;
    }
    // person before: "X는 Y의 공동 창업자다", "X Y 공동 창업자는" (apposition)
    int p = before(org < 0 ? t : men(org).first, [&](int k) { return type(k) == EntityType::Person; }, true);
    if (p >= 0) {
      Role r = role(p);
      if (is_subject(r) || r == Role::None || r == Role::Comitative)
        emit(R::Founded, ent(p), ent(org), kConfNoun, "ko.founded.title-after", t);
    }
  }

  void left(const Hit& h) {
    const int t = h.token;
    // "대표직에서 물러나 이사회 의장을 맡는다": a post given up for another at the same company is no
    // departure (not "CEO 자리에서 물러나 메타의 CAIO를 맡았다", where another company follows)
    if (starts_with(h.def->stem, "물러") && t >= 1) {
      const std::string_view post = split_particle(word(t - 1)).stem;
      const bool post_source = split_particle(word(t - 1)).role == Role::Source && (ends_with(post, "직") || post == "자리");
      bool other_post = false, other_org = false;
      for (int k = t + 1; k < n_ && post_source; ++k) {
        if (s_.inside[static_cast<std::size_t>(k)] >= 0 && type(s_.inside[static_cast<std::size_t>(k)]) == EntityType::Organization) other_org = true;
        if (starts_with(word(k), "맡")) other_post = true;
      }
      if (post_source && other_post && !other_org) return;
    }
    const bool org_agent_verb = h.def->stem == "해고" || h.def->stem == "축출" || h.def->stem == "해임" ||
                                h.def->stem == "쫓아낸";
    auto org_arg = [&](int k) {
      Role r = role(k);
      return type(k) == EntityType::Organization &&
             (r == Role::Source || r == Role::Object || (r == Role::Genitive && h.form == Form::Noun) ||
              (r == Role::Also && (h.def->flags & kObjectOrg)) ||  // "구글마저 그만뒀다"
              (r == Role::None && men(k).last == t - 1 && h.form != Form::Noun));  // headline: "박지훈, 네이버 떠나"
    };
    if (h.form == Form::Noun) {
      // "X의 퇴사", "슐먼 이직은" — a noun with the person in the genitive or bare before it
      int p = before(t, [&](int k) { return type(k) == EntityType::Person && (role(k) == Role::Genitive || role(k) == Role::None) && men(k).last == t - 1; }, true);
      if (p < 0) return;
      int o = before(men(p).first, [&](int k) { return type(k) == EntityType::Organization; }, true);
      if (o < 0) return;
      emit(R::Left, ent(p), ent(o), kConfNoun, "ko.left.noun", t);
      return;
    }
    if (org_agent_verb && h.form != Form::Passive) {
      // "오픈AI 이사회는 알트만을 해고했다"
      int p = before(t, [&](int k) { return type(k) == EntityType::Person && role(k) == Role::Object; }, true);
      if (p >= 0) {
        int o = before(men(p).first, [&](int k) { return type(k) == EntityType::Organization && ((is_subject(role(k)) && !in_relative_clause(k, t)) || role(k) == Role::Source); }, false);
        double conf = kConfVerb;
        if (o < 0) {
          int s = subject_before(men(p).first, false, true, &conf);
          emit(R::Left, ent(p), s, conf, "ko.left.ousted-zero", t);
        } else {
          emit(R::Left, ent(p), ent(o), conf, "ko.left.ousted", t);
        }
        return;
      }
    }
    int o = before(t, org_arg, true);
    // "한빛전자 부사장직에서 물러났다", "DTU 부교수직을 내려놓았고", "누리텍 CTO 자리를 내려놓고": the organisation
    // bare before the post given up
    if (o < 0 && t >= 2 && !(h.def->flags & kRelOnly)) {
      const ParticleSplit post = split_particle(word(t - 1));
      if ((post.role == Role::Source || post.role == Role::Object) &&
          ((ends_with(post.stem, "직") && post.stem.size() > 3 && !title_prefix(post.stem).empty()) || post.stem == "자리")) {
        int q = t - 2;
        if (post.stem == "자리" && q >= 1 && s_.inside[static_cast<std::size_t>(q)] < 0 && !title_prefix(word(q)).empty()) --q;
        const int m = s_.inside[static_cast<std::size_t>(q)];
        if (m >= 0 && men(m).last == q && type(m) == EntityType::Organization && role(m) == Role::None) o = m;
      }
    }
    if ((h.def->flags & kRelOnly) && (o < 0 || role(o) != Role::Source)) return;  // "X에서 … 하던 Y" only
    if (h.form == Form::Adnominal) {
      int head = head_person_after(t);
      if (head >= 0 && o >= 0) {
        // "A와 B를 거친 X", "오픈AI를 떠난 다리오 아모데이와 다니엘라 아모데이 남매"
        for (int person : coordinated_after(head))
          for (int org : group(o)) emit(R::Left, person, ent(org), kConfAdnominal, "ko.left.relative", t);
        return;
      }
      // "주 대표는 X에서 4년간 모델을 연구한 연구원 출신이다", "마티아스는 X에서 10년 가까이 연구한
      // 사람이다": a description of the person the sentence is about
      if (head < 0 && o >= 0 && role(o) == Role::Source && t + 1 < n_ && s_.inside[static_cast<std::size_t>(t + 1)] < 0) {
        const std::string_view next = word(t + 1);
        bool generic = false;
        for (std::string_view noun : {"사람", "인물", "연구원", "엔지니어", "개발자", "전문가", "연구자"})
          generic = generic || starts_with(next, noun);
        int p = -1;  // (the nearest topic, its particle maybe on a title: "주 대표는", "…, 백 CTO는")
        for (int m = o - 1; generic && p < 0 && m >= 0; --m)
          if (type(m) == EntityType::Person && role(m) == Role::Topic) p = m;
        if (p >= 0) {
          // ("A CEO와 B CTO는 둘 다 구글에서 일했던 엔지니어 출신이다": the people coordinated before it too)
          for (int person : group(p))
            for (int org : group(o)) emit(R::Left, ent(person), ent(org), kConfAdnominal, "ko.left.described", t);
          return;
        }
      }
    }
    if (h.def->flags & kRelOnly) return;
    if (o < 0 && !(h.def->flags & kObjectOrg) && h.form == Form::Finite) {
      // "X의 Y CTO가 사임했다", "Y X CTO가 퇴사했다": the subject's own organisation is the one left
      const int p = before(t, [&](int k) { return type(k) == EntityType::Person && is_subject(role(k)) && !in_relative_clause(k, t); }, true);
      const int org = p >= 0 && !men(p).pronoun ? apposed_org(p) : -1;
      if (org >= 0) emit(R::Left, ent(p), ent(org), kConfNoun, "ko.left.own-organisation", t);
      return;
    }
    if (o < 0) return;
    double conf = kConfVerb;
    const std::vector<int> orgs = group(o);  // "테슬라와 립모션을 거쳐"
    int subj = before(t, [&](int k) { return k != o && (is_subject(role(k)) && !in_relative_clause(k, t)) && type(k) == EntityType::Person; }, false);
    if (subj < 0) {
      // headline: "박지훈, 네이버 떠나" — a person set off by a comma at the start
      const Mention& first = men(0);
      bool comma = false;
      for (int k = first.last; k < n_ && k <= first.last + 2 && k < t; ++k)
        if (s_.tokens[static_cast<std::size_t>(k)].comma_after) comma = true;
      if (type(0) == EntityType::Person && first.first == 0 && role(0) == Role::None && comma) subj = 0;
    }
    if (subj >= 0) {
      for (int g : group(subj))
        for (int org : orgs) emit(R::Left, ent(g), ent(org), conf, "ko.left.verb", t);
    } else {
      int s = subject_before(t, true, false, &conf);
      for (int org : orgs) emit(R::Left, s, ent(org), conf, "ko.left.zero", t);
    }
  }

  // The organisation in apposition with person mention p and a title: "X의 P CTO", "X P CTO", "P X CTO".
  int apposed_org(int p) const {
    const int k = men(p).last + 1;
    if (k >= n_) return -1;
    const bool titled_after = s_.inside[static_cast<std::size_t>(k)] < 0 && !title_prefix(word(k)).empty();
    if (p > 0 && men(p - 1).last + 1 == men(p).first && type(p - 1) == EntityType::Organization &&
        (men(p - 1).role == Role::Genitive || men(p - 1).role == Role::None) && titled_after)
      return p - 1;
    if (p + 1 < mentions() && men(p + 1).first == k && type(p + 1) == EntityType::Organization && men(p + 1).role == Role::None &&
        men(p + 1).last + 1 < n_ && s_.inside[static_cast<std::size_t>(men(p + 1).last + 1)] < 0 &&
        !title_prefix(word(men(p + 1).last + 1)).empty())
      return p + 1;
    return -1;
  }

  void joined(const Hit& h) {
    const int t = h.token;
    if ((h.def->flags & kOrgAgent) && h.form != Form::Passive) {
      // "오픈AI는 X를 CEO로 영입했다"
      int p = before(t, [&](int k) { return type(k) == EntityType::Person && role(k) == Role::Object; }, true);
      if (p >= 0) {
        double conf = kConfVerb;
        int o = before(t, [&](int k) { return type(k) == EntityType::Organization && (is_subject(role(k)) && !in_relative_clause(k, t)); }, false);
        int org = o >= 0 ? ent(o) : subject_before(t, false, true, &conf);
        emit(R::Joined, ent(p), org, conf, "ko.joined.hired", t);
        role_for(ent(p), org, p, t, conf);
        return;
      }
    }
    if ((h.def->flags & kOrgAgent) && h.form == Form::Passive) {
      // "코히어는 X가 COO로 영입됐다고 밝혔다", "X는 Y에 CTO로 선임됐다": the person hired is the subject,
      // the company the goal or the topic before it
      // (or whose title carries the case: "X 출신 구민석(48) 부사장이 Y 센터장으로 영입됐다")
      auto titled_subject = [&](int k) { return role(k) == Role::None && is_subject(title_case_after(s_, men(k))); };
      // ("사토 겐타는 지난달 카제나미AI 제품총괄로 영입됐다": or the topic)
      const int p = before(t, [&](int k) { return type(k) == EntityType::Person && (role(k) == Role::Subject || role(k) == Role::Topic || titled_subject(k)) && !men(k).pronoun; }, false);
      if (p >= 0) {
        int o = before(t, [&](int k) { return type(k) == EntityType::Organization && role(k) == Role::Goal && k > p; }, true);
        if (o < 0) o = org_before_goal_title(t);
        if (o < 0) o = before(men(p).first, [&](int k) { return type(k) == EntityType::Organization && role(k) == Role::Topic; }, false);
        if (o >= 0) {
          emit(R::Joined, ent(p), ent(o), kConfVerb, "ko.joined.hired-passive", t);
          role_for(ent(p), ent(o), p, t, kConfVerb);
          return;
        }
      }
    }
    auto org_arg = [&](int k) {
      Role r = role(k);
      return type(k) == EntityType::Organization && (r == Role::Goal || (h.form == Form::Noun && r == Role::Genitive));
    };
    int o = before(t, org_arg, true);
    if (o < 0 && h.form != Form::Noun) o = org_before_goal_title(t);  // "Y(의) CTO로 복귀했다"
    if (h.form == Form::Adnominal) {
      int head = head_person_after(t);
      if (head >= 0 && o >= 0) {
        emit(R::Joined, ent(head), ent(o), kConfAdnominal, "ko.joined.relative", t);
        role_for(ent(head), ent(o), o, t, kConfAdnominal);
        return;
      }
    }
    if (o < 0) {
      // "라훌 샤르마가 미국 사업개발 총괄로 합류했다": joining in a post with no company named is joining
      // the company the document is about
      const bool post = t > 0 && s_.inside[static_cast<std::size_t>(t - 1)] < 0 && !title_prefix(word(t - 1)).empty() &&
                        split_particle(word(t - 1)).role == Role::Goal;
      if (!post || h.form != Form::Finite || !starts_with(word(t), "합류") || ctx_.main_org < 0) return;
      const int subj = before(t, [&](int k) { return is_subject(role(k)) && !in_relative_clause(k, t) && type(k) == EntityType::Person; }, false);
      if (subj < 0) return;
      // (only modifiers of the post and times between the person and the post: not "로지브레인의 데이터
      // 총괄로", "하늘시스템즈 경영진에 CAIO로")
      for (int k = men(subj).last + 1; k < t - 1; ++k) {
        const std::string_view w = word(k);
        const Span at = s_.tokens[static_cast<std::size_t>(k)].span;
        const bool time = w == "최근" || w == "이번" || w == "당시" ||
                          std::any_of(s_.dates.begin(), s_.dates.end(), [&](const DateMention& d) { return d.span.begin < at.end && at.begin < d.span.end; });
        // (the person's own title or honorific carrying the case: "이노우에 박사가", "윤서진 씨가")
        const bool own_title = k == men(subj).last + 1 && (!title_prefix(w).empty() || starts_with(w, "씨"));
        if (s_.inside[static_cast<std::size_t>(k)] >= 0 || !(time || own_title || is_title_modifier(w) || is_region_word(w))) return;
      }
      for (int g : group(subj)) emit(R::Joined, ent(g), ctx_.main_org, kConfZero, "ko.joined.post", t);
      role_for(ent(subj), ctx_.main_org, -1, t, kConfZero);
      return;
    }
    if (h.form == Form::Noun && role(o) != Role::Goal) return;
    double conf = kConfVerb;
    int subj = before(t, [&](int k) { return k != o && ((is_subject(role(k)) && !in_relative_clause(k, t)) || (h.form == Form::Noun && role(k) == Role::None && men(k).last + 1 == men(o).first)) && type(k) == EntityType::Person; }, false);
    int person;
    if (subj >= 0) {
      for (int g : group(subj)) emit(R::Joined, ent(g), ent(o), conf, "ko.joined.verb", t);
      person = ent(subj);
    } else {
      person = subject_before(t, true, false, &conf);
      emit(R::Joined, person, ent(o), conf, "ko.joined.zero", t);
    }
    role_for(person, ent(o), -1, t, conf);
    // "A로 이직했다가 B로 옮겼다": a move that was followed by another one was left.
    if (ends_with(word(t), "다가") || ends_with(word(t), "었다가") || ends_with(word(t), "뒤") ||
        (t + 1 < n_ && (word(t + 1) == "뒤" || word(t + 1) == "후"))) {
      for (int m = 0; m < mentions(); ++m) {
        if (men(m).first <= t || type(m) != EntityType::Organization || role(m) != Role::Goal) continue;
        if (ent(m) != ent(o)) emit(R::Left, person, ent(o), conf, "ko.left.moved-on", t);
        break;
      }
    }
  }

  // "코어비전 CTO로 복귀했다", "뉴로웨이브의 최고기술책임자(CTO)로 자리를 옮겼다": the organisation
  // named right before a title in the goal case, bare or in the genitive.
  int org_before_goal_title(int t) const {
    for (int k = t - 1; k > 0 && k >= t - 4; --k) {
      if (s_.inside[static_cast<std::size_t>(k)] >= 0) continue;
      // (or a unit's head: "삼성리서치 글로벌AI센터장으로")
      std::string_view title = title_prefix(word(k));
      if (title.empty()) title = unit_head_title(word(k));
      if (title.empty()) title = field_head_title(k);  // (or a field's head in one word: "제품총괄로")
      if (title.empty()) continue;
      const std::string rest = without_parens(word(k).substr(title.size()));
      if (rest != "로" && rest != "으로" && rest != "로서") return -1;
      int j = k - 1;
      // (past modifiers and the region of the post: "퓨리오사AI 유럽 법인장으로")
      while (j > 0 && s_.inside[static_cast<std::size_t>(j)] < 0 && (is_title_modifier(word(j)) || is_region_word(word(j)))) --j;
      const int o = s_.inside[static_cast<std::size_t>(j)];
      if (o >= 0 && type(o) == EntityType::Organization && (role(o) == Role::None || role(o) == Role::Genitive)) return o;
      return -1;
    }
    return -1;
  }

  // What follows a title in its word, without parentheses; for "최고과학자(Chief Scientist)로" the
  // particle after the parenthesis that closes in a later word.
  std::string title_rest(int k, std::string_view title) const {
    const std::string_view w = word(k).substr(title.size());
    if (w.find('(') != std::string_view::npos && w.find(')') == std::string_view::npos)
      for (int j = k + 1; j < n_ && j <= k + 3; ++j)
        if (const std::size_t close = word(j).find(')'); close != std::string_view::npos) return std::string(word(j).substr(close + 1));
    return without_parens(w);
  }

  // "CEO로 복귀", "임시 CEO로 영입": a title in the goal case gives works_for with that role.
  // A field's head in one word, "제품총괄로", "데이터책임자로": the word without its particle (else empty).
  std::string_view field_head_title(int k) const {
    const ParticleSplit ps = split_particle(word(k));
    return ps.stem.size() > 6 && (ends_with(ps.stem, "총괄") || ends_with(ps.stem, "책임자")) ? ps.stem : std::string_view();
  }

  void role_for(int person, int org, int after_mention, int t, double conf) {
    int from = after_mention >= 0 ? men(after_mention).last + 1 : 0;
    for (int k = from; k < t; ++k) {
      if (s_.inside[static_cast<std::size_t>(k)] >= 0) continue;
      std::string_view title = title_prefix(word(k));
      if (title.empty()) title = field_head_title(k);
      if (title.empty()) continue;
      std::string rest = title_rest(k, title);
      if (rest == "로" || rest == "으로" || rest == "로서") {
        emit(R::WorksFor, person, org, conf, "ko.works_for.as-title", t, std::string(title));
        return;
      }
    }
  }

  bool received(int t) const {
    std::string_view w = word(t);
    if (w.find("받") != std::string_view::npos || w.find("유치") != std::string_view::npos) return true;
    for (int k = t + 1; k < n_ && k <= t + 2; ++k)
      if (starts_with(word(k), "받") || starts_with(word(k), "유치")) return true;
    return false;
  }

  // The organisation raising money: the topic or subject before, else the previous topic.
  // A quotation opens between tokens a and b: the speaker outside is no argument of a verb inside.
  bool quote_between(int a, int b) const {
    for (int k = a + 1; k <= b && k < n_; ++k)
      if (s_.tokens[static_cast<std::size_t>(k)].open_before) {
        const std::size_t at = s_.tokens[static_cast<std::size_t>(k)].span.begin;
        const char c = at > 0 ? s_.tokens[static_cast<std::size_t>(k)].text.data()[-1] : 0;
        if (c == '"' || (at >= 3 && std::string_view(s_.tokens[static_cast<std::size_t>(k)].text.data() - 3, 3) == "\xE2\x80\x9C"))
          return true;
      }
    return false;
  }

  // "빛나라의 주요 투자자를 보면 A가 시리즈B를 주도했고": the organisation whose investors the sentence
  // names before token t, or -1.
  int possessor_of_investors(int t) const {
    for (int m = 0; m < mentions() && men(m).last < t; ++m) {
      if (role(m) != Role::Genitive || type(m) != EntityType::Organization) continue;
      for (int k = men(m).last + 1; k < t && k <= men(m).last + 2; ++k) {
        const std::string_view w = word(k);
        if (starts_with(w, "투자자") || starts_with(w, "투자사") || starts_with(w, "주주")) return ent(m);
        if (!(w == "주요" || w == "기존" || w == "초기" || w == "최대")) break;
      }
    }
    return -1;
  }

  // (raising: the subject dropped from "… 700억 원을 유치했다" is the previous sentence's topic before
  // the company that last raised money)
  int raiser(int t, const std::vector<int>& exclude, bool raising = false) const {
    for (int m = 0; m < mentions() && men(m).last < t; ++m) {
      if (type(m) != EntityType::Organization || role(m) != Role::Topic) continue;
      if (std::find(exclude.begin(), exclude.end(), m) != exclude.end()) continue;
      return ent(m);
    }
    // (or its subject, when the money raised is the verb's: "타일랩이 아홀로테 캐피털로부터 330억 원을 유치했다"; not a
    // relative clause's, "X가 주도한 시리즈A에서 … 받았다")
    if (raising)
      for (int m = 0; m < mentions() && men(m).last < t; ++m) {
        if (type(m) != EntityType::Organization || role(m) != Role::Subject || std::find(exclude.begin(), exclude.end(), m) != exclude.end())
          continue;
        bool relative = false;
        for (int k = men(m).last + 1; k < t && !relative; ++k) relative = s_.inside[static_cast<std::size_t>(k)] < 0 && relative_predicate(word(k));
        if (!relative) return ent(m);
      }
    if (raising && ctx_.previous_topic >= 0 &&
        ctx_.entities[static_cast<std::size_t>(ctx_.previous_topic)].type == EntityType::Organization &&
        std::none_of(exclude.begin(), exclude.end(), [&](int m) { return ent(m) == ctx_.previous_topic; }))
      return ctx_.previous_topic;

    if (ctx_.funded >= 0) {
      bool excluded = false;
      for (int m : exclude)
        if (ent(m) == ctx_.funded) excluded = true;
      if (!excluded) return ctx_.funded;
    }
    if (ctx_.previous_topic >= 0 &&
        ctx_.entities[static_cast<std::size_t>(ctx_.previous_topic)].type == EntityType::Organization) {
      for (int m : exclude)
        if (ent(m) == ctx_.previous_topic) return -1;
      return ctx_.previous_topic;
    }
    // an interviewee's answer ("시리즈A는 글로벌 브레인이 주도했고"): the company of the person speaking
    if (const int org = speaker_org(); org >= 0) {
      for (int m : exclude)
        if (ent(m) == org) return -1;
      return org;
    }
    return -1;
  }

  // "쓰무기AI의 기존 투자사인 일본 하나미치벤처스와 인도 뭄바이의 타랑캐피털": the investors an
  // organisation's investor noun names, in apposition after it.
  void possessed_investors() {
    for (int t = 1; t + 1 < n_; ++t) {
      const std::string_view w = word(t);
      if (!(w == "투자사인" || w == "투자자인" || w == "주주인" || w == "투자사이자" || w == "주주이자" || w == "투자자들인" ||
            w == "투자사들인"))
        continue;
      int j = t - 1;
      if (s_.inside[static_cast<std::size_t>(j)] < 0 &&
          (word(j) == "기존" || word(j) == "초기" || word(j) == "주요" || word(j) == "최대" || word(j) == "초기의"))
        --j;
      const int owner = j >= 0 ? s_.inside[static_cast<std::size_t>(j)] : -1;
      if (owner < 0 || men(owner).last != j || role(owner) != Role::Genitive || type(owner) != EntityType::Organization) continue;
      if (is_irrealis(s_, t)) continue;
      int k = t + 1;
      while (k < n_) {
        // places and plain nouns before the member: "일본 하나미치벤처스", "인도 뭄바이의 타랑캐피털"
        int q = k;
        while (q < n_ && q <= k + 3 && s_.inside[static_cast<std::size_t>(q)] < 0 &&
               (is_korean_place(word(q)) || is_descriptor_noun(word(q))))
          ++q;
        const int m = q < n_ ? s_.inside[static_cast<std::size_t>(q)] : -1;
        if (m < 0 || men(m).first != q || !agent_type(m) || ent(m) == ent(owner)) break;
        emit(R::Invested, ent(m), ent(owner), kConfNoun, "ko.invested.possessed-investors", t);
        if (!(role(m) == Role::Comitative || s_.tokens[static_cast<std::size_t>(men(m).last)].comma_after)) break;
        k = men(m).last + 1;
      }
    }
  }

  static constexpr std::string_view kMoneyObjects[] = {"원을", "달러를", "유로를", "위안을", "엔을", "파운드를", "루피를"};

  void invested(const Hit& h) {
    const int t = h.token;
    // "솔빛랩스의 누적 투자 유치액은": the amount a company raised, no investment of its own
    if (starts_with(word(t), "유치액") || (t + 1 < n_ && starts_with(word(t + 1), "유치액")) || (t >= 1 && word(t - 1) == "누적")) return;
    if (h.def->flags & kRound) {
      // ("이름을 올렸다", "뒤를 이었다" only: "매출을 올렸다" is revenue, "회사를 이었다" a succession)
      if ((h.def->stem == "올렸" && !(t >= 1 && word(t - 1) == "이름을")) || (h.def->stem == "이었" && !(t >= 1 && word(t - 1) == "뒤를")))
        return;
      // ("타마르 레빈슨이 공동 창업자로 참여했으며": taking part as a founder or in a post is no investment)
      if (h.def->stem == "참여" && t >= 1 && s_.inside[static_cast<std::size_t>(t - 1)] < 0) {
        const ParticleSplit ps = split_particle(word(t - 1));
        // (title_prefix holds 창업자, 공동창업자 and 고문 already)
        if (ps.role == Role::Goal && (!title_prefix(ps.stem).empty() || ps.stem.ends_with("창업자") || ps.stem.ends_with("창업멤버") ||
                                      ps.stem == "멤버" || ps.stem == "자문"))
          return;
      }
      // ("A와 B가 들어왔다" after a round: came in as investors; not "X에 들어왔다", joining X)
      if (h.def->stem == "들어왔" &&
          std::any_of(s_.mentions.begin(), s_.mentions.end(), [&](const Mention& m) { return m.role == Role::Goal; }))
        return;
      if ((h.def->stem == "올렸" || h.def->stem == "이었" || h.def->stem == "들어왔") && ctx_.funded < 0) {
        bool round = false;
        for (int k = 0; k < n_; ++k) round = round || word(k).find("라운드") != std::string_view::npos || word(k).find("투자") != std::string_view::npos;
        if (!round) return;
      }
      // "음성인식 연구를 이끈 김서연": leading what is no round leads no investment
      // (and "현지 법인은 X 법인장이 이끈다", with no object, leads one only in a sentence about a round)
      if (h.def->stem == "이끈" || h.def->stem == "이끌었") {
        bool object = false;
        for (int j = t - 1; j >= 0 && j >= t - 2; --j) {
          const ParticleSplit ps = split_particle(word(j));
          if (ps.role != Role::Object) continue;
          if (!names_round(ps.stem)) return;
          object = true;
          break;
        }
        bool round = object;
        for (int k = 0; k < n_ && !round; ++k) round = names_round(split_particle(word(k)).stem);
        if (!round) return;
      }
      // ("IBM·구글 주도 시장에 도전장": what a bare 주도 describes before a noun that names no round is a market or an
      // order, led by no investment)
      if (h.def->stem == "주도" && word(t) == "주도" && t + 1 < n_ && s_.inside[static_cast<std::size_t>(t + 1)] < 0 &&
          !names_round(split_particle(word(t + 1)).stem) && word(t + 1).find("투자") == std::string_view::npos &&
          word(t + 1).find("라운드") == std::string_view::npos && !starts_with(word(t + 1), "하") && !starts_with(word(t + 1), "아래"))
        return;
      // "X가 주도하고 A, B 등이 참여한 라운드", "이번 투자에는 A와 B가 참여했다", "X 주도로"
      // "이번 투자에는 A, B, C 등 국내외 투자사들이 참여했다": a list closed by 등 before the subject noun
      // (only for investors: "등 투자사들이", or in a phrase about the investment: "이번 투자에는"; not
      // "해커톤에는 A, B 등 기업들이 참여했다")
      auto listed_before_deung = [&](int k) {
        if (role(k) != Role::None || men(k).last + 1 >= t || !starts_with(word(men(k).last + 1), "등") || in_relative_clause(k, t))
          return false;
        bool investors = false;
        for (int j = men(k).last + 1; j < t && !investors; ++j)
          investors = word(j).find("투자") != std::string_view::npos || word(j).find("VC") != std::string_view::npos;
        for (int j = 0; j < men(0).first && !investors; ++j)
          investors = word(j).find("투자") != std::string_view::npos || word(j).find("라운드") != std::string_view::npos ||
                      word(j).find("펀딩") != std::string_view::npos;
        return investors;
      };
      // (not the one raising, in a clause that describes the round: "X가 유치한 시리즈B 투자를 Y가 주도했다")
      auto raising_clause = [&](int k) {
        const int j = men(k).last + 1;
        return j < t && (starts_with(word(j), "유치한") || starts_with(word(j), "받은") || starts_with(word(j), "조달한"));
      };
      int inv = before(t, [&](int k) { return agent_type(k) && !raising_clause(k) && ((is_subject(role(k)) && !in_relative_clause(k, t)) || (h.def->stem == "주도" && role(k) == Role::None && men(k).last == t - 1) || listed_before_deung(k)); }, true);
      // "ASML이 13억유로를 넣으며 라운드를 주도했다": the subject of a clause joined by -며 / -면서,
      // when nothing else between is a subject or a name
      if (inv < 0) {
        const int cand = before(t, [&](int k) { return agent_type(k) && is_subject(role(k)) && !in_relative_clause(k, t); }, false);
        bool shared = cand >= 0;
        for (int k = cand >= 0 ? men(cand).last + 1 : t; shared && k < t; ++k) {
          const std::string_view w = word(k);
          if (s_.inside[static_cast<std::size_t>(k)] >= 0 || is_subject(split_particle(w).role)) shared = false;
          else if (looks_like_predicate(w) && !ends_with(w, "며") && !ends_with(w, "면서")) shared = false;
        }
        if (shared) inv = cand;
      }
      // (nor a timeline's company, standing on the line's date: "- 2026년 1월: 시리즈B (X 리드)")
      if (inv < 0 || quote_between(men(inv).last, t) || (men(inv).pronoun && word(men(inv).first).find("년") != std::string_view::npos))
        return;
      // (nor a fund's limited partner: "X에는 사우디 공공투자펀드(PIF)가 주요 출자자(LP)로 참여하고 있으며" is money in X, not
      // in the round the text tells)
      for (int q = men(inv).last + 1; q < t && q <= men(inv).last + 3; ++q)
        if (word(q).starts_with("출자자") || word(q).starts_with("LP") || word(q).starts_with("유한책임")) return;
      std::vector<int> investors = group(inv, true);
      int recv = -1;
      if (!is_subject(role(inv))) {
        // "Y가 X 주도로 투자를 받았다": the subject is the one raising
        const int r = before(men(investors.back()).first, [&](int k) { return type(k) == EntityType::Organization && is_subject(role(k)) && !in_relative_clause(k, t); }, true);
        if (r >= 0) recv = ent(r);
      }
      // "ASML이 미스트랄AI의 17억 유로 규모 시리즈C를 주도했다": the company whose round it is
      if (recv < 0 && is_subject(role(inv)))
        for (int j = t - 1; j > men(inv).last && j >= t - 2 && recv < 0; --j) {
          const ParticleSplit ps = split_particle(word(j));
          if (ps.role != Role::Object || !names_round(ps.stem)) continue;
          for (int m = mentions() - 1; m > inv && recv < 0; --m)
            if (men(m).last < j && type(m) == EntityType::Organization && role(m) == Role::Genitive && !clause_break(men(inv).last, men(m).first))
              recv = ent(m);
        }
      // "주리의 시리즈A는 … X가 리드했다": the company whose round the sentence is about
      if (recv < 0)
        for (int m = 0; m < mentions() && recv < 0 && men(m).last < t; ++m) {
          if (type(m) != EntityType::Organization || role(m) != Role::Genitive || std::find(investors.begin(), investors.end(), m) != investors.end())
            continue;
          const int j = men(m).last + 1;
          if (j < t && s_.inside[static_cast<std::size_t>(j)] < 0 && names_round(split_particle(word(j)).stem) &&
              split_particle(word(j)).role == Role::Topic)
            recv = ent(m);
          // ("리즌웨이브의 시드 투자는 X가 이끌었다": the round named in two words, the second the topic)
          if (recv < 0 && j + 1 < t && s_.inside[static_cast<std::size_t>(j)] < 0 && s_.inside[static_cast<std::size_t>(j + 1)] < 0 &&
              split_particle(word(j)).role == Role::None &&
              (names_round(word(j)) || word(j) == "시드" || word(j) == "프리시드" || word(j) == "브릿지" || word(j) == "프리IPO") &&
              split_particle(word(j + 1)).role == Role::Topic &&
              (split_particle(word(j + 1)).stem == "투자" || names_round(split_particle(word(j + 1)).stem)))
            recv = ent(m);
        }
      // ("X가 유치한 시리즈B 투자를 Y가 주도했다": the one the clause says raised it)
      for (int m = 0; m < mentions() && recv < 0 && men(m).last < t; ++m)
        if (type(m) == EntityType::Organization && raising_clause(m) && std::find(investors.begin(), investors.end(), m) == investors.end())
          recv = ent(m);
      if (recv < 0) recv = possessor_of_investors(t);
      if (recv < 0) recv = raiser(men(investors.back()).first, investors);
      // (no company anywhere, in an answer quoted: the document's, "\"카젝이 주도한 시리즈A를 마쳤습니다" in an
      // interview)
      if (recv < 0 && ctx_.main_org >= 0 && n_ > 0 && s_.tokens.front().open_before &&
          std::none_of(investors.begin(), investors.end(), [&](int m) { return ent(m) == ctx_.main_org; }))
        recv = ctx_.main_org;
      for (int g : investors) emit(R::Invested, ent(g), recv, kConfNoun, "ko.invested.round", t);
      return;
    }
    if ((h.def->flags & kRaise) && (h.def->flags & kObjectOrg)) {
      // "X는 Y에 5억달러를 넣었다": put money in, like 투자하다 (the money makes it an investment)
      if (s_.amounts.empty()) return;
      int target = before(t, [&](int k) { return type(k) == EntityType::Organization && role(k) == Role::Goal; }, true);
      if (target < 0) return;
      double conf = kConfVerb;
      int inv = before(t, [&](int k) { return k != target && agent_type(k) && (is_subject(role(k)) && !in_relative_clause(k, t)); }, false);
      int investor = inv >= 0 ? ent(inv) : subject_before(t, true, true, &conf);
      if (h.form == Form::Adnominal) {
        int head = head_after(t, false);
        if (head >= 0 && agent_type(head)) investor = ent(head);
      }
      emit(R::Invested, investor, ent(target), conf, "ko.invested.put-in", t);
      return;
    }
    if (starts_with(word(t), "투자자")) {
      // "알파벳과 엔비디아도 투자자로 이름을 올렸다": the investors of the company in focus
      std::string_view rest = word(t).substr(9);
      if (rest != "로" && rest != "로서" && rest != "다" && rest != "이다" && rest != "인") return;
      int inv = before(t, [&](int k) { return agent_type(k) && (is_subject(role(k)) && !in_relative_clause(k, t)); }, true);
      if (inv < 0 || quote_between(men(inv).last, t)) return;
      std::vector<int> investors = group(inv, true);
      int recv = raiser(men(investors.back()).first, investors);
      for (int g : investors) emit(R::Invested, ent(g), recv, kConfNoun, "ko.invested.named-investor", t);
      return;
    }
    if (h.def->flags & kRaise) {
      if (h.form == Form::Noun && word(t).find("유치") == std::string_view::npos) return;
      if ((h.def->stem == "받았" || h.def->stem == "받아") &&
          !(t >= 1 && std::any_of(std::begin(kMoneyObjects), std::end(kMoneyObjects), [&](std::string_view m) { return ends_with(word(t - 1), m); })))
        return;
      int inv = before(t, [&](int k) { return agent_type(k) && role(k) == Role::Source; }, true);
      if (inv < 0) return;
      std::vector<int> investors = group(inv, true);
      int recv = raiser(men(investors.back()).first, investors, true);
      for (int g : investors) emit(R::Invested, ent(g), recv, kConfVerb, "ko.invested.raised", t);
      return;
    }
    if (received(t)) {
      // "Y는 X로부터 투자를 받았다", "X의 투자를 유치한 Y"
      int inv = before(t, [&](int k) { return agent_type(k) && (role(k) == Role::Source || role(k) == Role::Genitive); }, true);
      if (inv < 0) return;
      std::vector<int> investors = group(inv, true);
      int recv = -1;
      // adnominal: "...투자를 받은 Y"
      for (int k = t; k < n_ && k <= t + 2; ++k) {
        std::string_view w = word(k);
        if (ends_with(w, "받은") || ends_with(w, "유치한")) {
          int head = head_after(k, false);
          if (head >= 0 && type(head) == EntityType::Organization) recv = ent(head);
          break;
        }
      }
      double conf = kConfVerb;
      if (recv < 0) {
        int r = before(men(investors.back()).first, [&](int k) { return type(k) == EntityType::Organization && (is_subject(role(k)) && !in_relative_clause(k, t)); }, false);
        recv = r >= 0 ? ent(r) : subject_before(t, false, true, &conf);
      }
      for (int g : investors) emit(R::Invested, ent(g), recv, conf, "ko.invested.received", t);
      return;
    }
    // "X의 대규모 투자로" with the investee as the topic ("X의 투자 조직" is a compound noun, not an event)
    if (h.form == Form::Noun) {
      if (split_particle(word(t)).role == Role::None) return;
      // "X는 Y에 전략적 투자를 단행했다": the investment carried out, as 투자했다
      if (split_particle(word(t)).role == Role::Object && t + 1 < n_ && !is_irrealis(s_, t + 1) &&
          (starts_with(word(t + 1), "단행") || starts_with(word(t + 1), "집행") || starts_with(word(t + 1), "진행했") ||
           starts_with(word(t + 1), "했"))) {
        const int target = before(t, [&](int k) { return type(k) == EntityType::Organization && role(k) == Role::Goal; }, true);
        if (target >= 0) {
          double conf = kConfVerb;
          const int inv = before(t, [&](int k) { return k != target && agent_type(k) && is_subject(role(k)) && !in_relative_clause(k, t); }, false);
          const int investor = inv >= 0 ? ent(inv) : subject_before(t, true, true, &conf);
          emit(R::Invested, investor, ent(target), conf, "ko.invested.carried-out", t);
          return;
        }
        // "네이버 D2SF가 프리A 투자를 했다": a round's investment, in the company the text said raised money
        if (t >= 1) {
          const std::string_view kind = word(t - 1);
          const bool round_kind = kind.find("시리즈") != std::string_view::npos || kind.find("시드") != std::string_view::npos ||
                                  kind.find("프리") != std::string_view::npos || kind == "후속" || kind == "추가" || kind == "브리지";
          const int inv = before(t, [&](int k) { return agent_type(k) && is_subject(role(k)) && !in_relative_clause(k, t); }, true);
          if (round_kind && inv >= 0) {
            const int recv = raiser(men(inv).first, {inv});
            for (int g : group(inv)) emit(R::Invested, ent(g), recv, kConfNoun, "ko.invested.round-made", t);
            return;
          }
        }
      }
      int inv = before(t, [&](int k) { return agent_type(k) && role(k) == Role::Genitive; }, true);
      // "(SK텔레콤은) 마루AI의 시리즈A 투자를 주도했다": a company's round that the subject led or joined
      if (inv >= 0 && t >= 1 && men(inv).last == t - 2 && type(inv) == EntityType::Organization && t + 1 < n_ &&
          split_particle(word(t)).role == Role::Object && !is_irrealis(s_, t + 1)) {
        const std::string_view kind = word(t - 1);
        const bool round_kind = kind.find("시리즈") != std::string_view::npos || kind.find("시드") != std::string_view::npos ||
                                kind.find("프리") != std::string_view::npos || kind.find("라운드") != std::string_view::npos;
        const std::string_view verb = word(t + 1);
        if (round_kind && (starts_with(verb, "주도") || starts_with(verb, "이끌") || starts_with(verb, "이끈") || starts_with(verb, "참여"))) {
          double conf = kConfVerb;
          const int lead = before(men(inv).first, [&](int k) { return agent_type(k) && is_subject(role(k)) && !in_relative_clause(k, t); }, false);
          const int investor = lead >= 0 ? ent(lead) : subject_before(t, true, true, &conf);
          if (investor != ent(inv)) emit(R::Invested, investor, ent(inv), conf, "ko.invested.round-led", t);
          return;
        }
      }
      if (inv >= 0 && men(inv).last >= t - 2) {
        int recv = raiser(men(inv).first, {inv});
        emit(R::Invested, ent(inv), recv, kConfGenitive, "ko.invested.genitive", t);
      }
      return;
    }
    int target = before(t, [&](int k) { return type(k) == EntityType::Organization && role(k) == Role::Goal; }, true);
    if (h.form == Form::Adnominal && target < 0 && head_after(t, false) < 0) {
      // "Y는 X가 지난해 투자한 회사다"
      const int topic = generic_head_topic(t, EntityType::Organization);
      const int inv = topic >= 0 ? before(t, [&](int k) { return k != topic && agent_type(k) && is_subject(role(k)) && !in_relative_clause(k, t); }, false) : -1;
      if (inv >= 0 && inv > topic) {
        for (int g : group(inv)) emit(R::Invested, ent(g), ent(topic), kConfAdnominal, "ko.invested.generic-head", t);
        return;
      }
    }
    if (h.form == Form::Adnominal) {
      int head = head_after(t, false);
      if (head >= 0 && target < 0 && type(head) == EntityType::Organization) {
        int inv = before(t, [&](int k) { return agent_type(k) && (is_subject(role(k)) && !in_relative_clause(k, t)); }, false);
        if (inv >= 0)
          for (int g : group(inv)) emit(R::Invested, ent(g), ent(head), kConfAdnominal, "ko.invested.adnominal", t);
        return;
      }
      if (head >= 0 && target >= 0 && agent_type(head)) {
        emit(R::Invested, ent(head), ent(target), kConfAdnominal, "ko.invested.relative", t);
        return;
      }
    }
    if (target < 0 && h.form == Form::Finite) {
      // "미나토캐피털도 50억 엔을 투자하며 이번 라운드에 이름을 올렸다": an investor in the round
      bool round = false;
      for (int k = t + 1; k < n_; ++k) round = round || word(k).find("라운드") != std::string_view::npos;
      // ("시드 때는 퓨처플레이가 투자했다", "시리즈A에서는 X가 투자했다": the round named before)
      const bool invested_verb = (starts_with(word(t), "투자했") || starts_with(word(t), "투자한다")) && !is_irrealis(s_, t);
      for (int k = 0; k < t && !round && invested_verb; ++k)
        if (s_.inside[static_cast<std::size_t>(k)] < 0) {
          const std::string_view w = split_particle(word(k)).stem;
          round = w == "시드" || w.starts_with("시리즈") || w.starts_with("프리A") || w.find("라운드") != std::string_view::npos;
        }
      // ("A와 B도 투자했다" after a sentence about the money raised: also investors in that round)
      if (!round && ctx_.funded >= 0 && !is_irrealis(s_, t)) {
        const int also = before(t, [&](int k) { return agent_type(k) && role(k) == Role::Also && !in_relative_clause(k, t); }, true);
        round = also >= 0 && ends_with(word(men(also).last), "도");
      }
      const int inv = round ? before(t, [&](int k) { return agent_type(k) && is_subject(role(k)) && !in_relative_clause(k, t); }, true) : -1;
      if (inv >= 0 && !quote_between(men(inv).last, t)) {
        const std::vector<int> investors = group(inv, true);
        const int recv = raiser(men(investors.back()).first, investors);
        for (int g : investors) emit(R::Invested, ent(g), recv, kConfNoun, "ko.invested.in-round", t);
      }
      return;
    }
    if (target < 0) return;
    double conf = kConfVerb;
    int inv = before(t, [&](int k) { return k != target && agent_type(k) && (is_subject(role(k)) && !in_relative_clause(k, t)); }, false);
    if (inv >= 0) {
      for (int g : group(inv)) emit(R::Invested, ent(g), ent(target), conf, "ko.invested.verb", t);
    } else {
      int s = subject_before(t, true, true, &conf);
      emit(R::Invested, s, ent(target), conf, "ko.invested.zero", t);
    }
  }

  void developed(const Hit& h) {
    const int t = h.token;
    const bool weak = h.def->stem == "발표" || h.def->stem == "공개";
    if (h.form == Form::Noun && t + 1 < n_ && (starts_with(word(t + 1), "중인") || starts_with(word(t + 1), "중이던"))) {
      // "X가 개발 중인 모델 Y": the product is in the making, but its maker is stated
      int head = head_after(t + 1, true);
      if (head >= 0 && type(head) == EntityType::Product) {
        int subj = before(t, [&](int k) { return agent_type(k) && ((is_subject(role(k)) && !in_relative_clause(k, t)) || role(k) == Role::Source); }, false);
        if (subj >= 0) emit(R::Developed, ent(subj), ent(head), kConfAdnominal, "ko.developed.in-progress", t);
      }
      return;
    }
    // a headline, "네이버, 하이퍼클로바X 경량 모델 오픈소스 공개": the organisation before the comma
    // that opens it released the product between
    if (const int hs = headline_subject(); hs >= 0 && h.form == Form::Noun && (h.def->stem == "공개" || h.def->stem == "출시" || h.def->stem == "선보" || h.def->stem == "선봬" || h.def->stem == "론칭")) {
      for (int m = hs + 1; m < mentions() && men(m).last < t; ++m)
        if (type(m) == EntityType::Product) emit(R::Developed, ent(hs), ent(m), kConfAdnominal, "ko.developed.headline", t);
      return;
    }
    if (h.form == Form::Noun) {
      // "Y 개발을 주도했던 X", "Y와 Z 개발을 이끈 X"
      int prod = before(t, [&](int k) { return type(k) == EntityType::Product && men(k).last >= t - 1; }, true);
      if (prod < 0) return;
      int agent = -1;
      for (int k = t + 1; k < n_ && k <= t + 2; ++k) {
        std::string_view w = word(k);
        if (w.find("주도") != std::string_view::npos || w.find("이끈") != std::string_view::npos ||
            w.find("이끌") != std::string_view::npos || w.find("맡") != std::string_view::npos ||
            w.find("총괄") != std::string_view::npos) {
          int head = -1;
          // ("개발을 이끌어 온 X": an auxiliary's adnominal after the verb)
          const bool aux = k + 1 < n_ && (word(k + 1) == "온" || word(k + 1) == "왔던");
          if (looks_like_predicate(w) || ends_with(w, "한") || ends_with(w, "던") || ends_with(w, "이끈") || aux) {
            for (int j = k + 1 + (aux ? 1 : 0); j < n_ && j <= k + 4; ++j) {
              int mi = s_.inside[static_cast<std::size_t>(j)];
              if (mi >= 0 && agent_type(mi)) { head = mi; break; }
            }
          }
          if (head >= 0 && (ends_with(w, "던") || ends_with(w, "한") || ends_with(w, "이끈") || aux)) agent = ent(head);
          else {
            int sm = before(men(prod).first, [&](int j) { return agent_type(j) && is_subject(role(j)); }, false);
            if (sm >= 0) agent = ent(sm);
          }
          break;
        }
      }
      if (agent >= 0)
        for (int g : group(prod)) emit(R::Developed, agent, ent(g), kConfNoun, "ko.developed.led", t);
      return;
    }
    if (h.form == Form::Adnominal) {
      int head = head_after(t, true);
      // "Y는 X가 개발한 초거대 AI 모델로": a generic head with a copula describes the topic
      if (head < 0) head = generic_head_topic(t, EntityType::Product);
      if (head >= 0 && type(head) == EntityType::Product) {
        int subj = before(t, [&](int k) { return k != head && agent_type(k) && ((is_subject(role(k)) && !in_relative_clause(k, t)) || role(k) == Role::Source || role(k) == Role::Genitive); }, false);
        double conf = kConfAdnominal;
        if (subj >= 0) {
          for (int g : group(subj)) emit(R::Developed, ent(g), ent(head), conf, "ko.developed.adnominal", t);
        } else {
          int s = subject_before(t, true, true, &conf);
          // (not the person answering, whose turn it merely is: "공개한 추론 모델 '쉬안우-R2'가 주력입니다";
          // a founder answering speaks for the company founded)
          if (s >= 0 && s == ctx_.answering) s = led_company(s);
          // (a founder or head in focus releases through the company: "이 대표는 …. 이번에 공개한 '하늠-2'는")
          else if (s >= 0 && ctx_.entities[static_cast<std::size_t>(s)].type == EntityType::Person && led_company(s) >= 0) s = led_company(s);
          if (s >= 0) emit(R::Developed, s, ent(head), kConfZero, "ko.developed.adnominal-zero", t);
        }
        return;
      }
      if (head >= 0 && agent_type(head)) {  // "챗GPT를 만든 오픈AI"
        int obj = before(t, [&](int k) { return role(k) == Role::Object && type(k) == EntityType::Product; }, true);
        if (obj >= 0)
          for (int g : group(obj)) emit(R::Developed, ent(head), ent(g), kConfAdnominal, "ko.developed.relative", t);
        return;
      }
    }
    if (h.form == Form::Passive) return;
    int obj = before(t, [&](int k) { return role(k) == Role::Object && type(k) == EntityType::Product; }, true);
    // (not an object of a clause closed before: "'A'를 내놨고, B는 'C' 시리즈를 고도화하고 있다")
    if (obj >= 0 && finite_break(men(obj).last, t)) obj = -1;
    // "'코다리 워크'의 베타 버전을 공개했다": a version of a product released is the product's release
    if (obj < 0)
      obj = before(t, [&](int k) {
        if (role(k) != Role::Genitive || type(k) != EntityType::Product) return false;
        for (int q = men(k).last + 1; q < t && q <= men(k).last + 3; ++q)
          if (s_.inside[static_cast<std::size_t>(q)] < 0 && split_particle(word(q)).stem.ends_with("버전") &&
              split_particle(word(q)).role == Role::Object)
            return true;
        return false;
      }, true);
    if (obj < 0) return;
    double conf = weak ? kConfAdnominal : kConfVerb;
    int subj = before(t, [&](int k) { return k != obj && agent_type(k) && (is_subject(role(k)) && !in_relative_clause(k, t)); }, false);
    // "코다바이오는 [X 대표가 설립했으며], P를 개발했다": a person's subject (이/가) closed by its own clause
    // leaves the predicate to the organisation in the topic
    if (subj >= 0 && type(subj) == EntityType::Person && role(subj) == Role::Subject && finite_break(men(subj).last, men(obj).first)) {
      const int topic = topic_before(men(subj).first, EntityType::Organization);
      if (topic >= 0) subj = topic;
    }
    int agent = subj >= 0 ? ent(subj) : subject_before(t, true, true, &conf);
    if (subj < 0) conf = kConfZero;
    if (subj < 0 && agent >= 0 && ctx_.entities[static_cast<std::size_t>(agent)].type == EntityType::Person && led_company(agent) >= 0)
      agent = led_company(agent);  // (likewise with no subject at all)
    // (and a person in focus who leads no company known yet: the products are the company's the text is
    // about, "… 멘슈가 CEO를 맡고 있다. … '르 샤'를 잇달아 내놨다")
    else if (subj < 0 && agent >= 0 && ctx_.entities[static_cast<std::size_t>(agent)].type == EntityType::Person && ctx_.main_org >= 0)
      agent = ctx_.main_org;
    std::vector<int> agents = subj >= 0 ? group(subj) : std::vector<int>{};
    std::vector<int> objects = group(obj);
    // "2024년 'A 2'를, 지난해 9월에는 ... 'A 3'를 선보였다": an object closed by a comma, the verb left to
    // the next object of the same case (its own time in between)
    for (int k = objects.back() - 1; k >= 0 && k > subj; --k)
      if (role(k) == Role::Object && type(k) == EntityType::Product && s_.tokens[static_cast<std::size_t>(men(k).last)].comma_after &&
          !finite_break(men(k).last, men(objects.back()).first)) {
        for (int g : group(k)) objects.push_back(g);
        break;
      }
    for (int g : objects) {
      if (agents.empty()) emit(R::Developed, agent, ent(g), conf, "ko.developed.zero", t);
      for (int a : agents) emit(R::Developed, ent(a), ent(g), conf, "ko.developed.verb", t);
    }
  }

  void acquired(const Hit& h) {
    const int t = h.token;
    auto target_ok = [&](int k) { return type(k) == EntityType::Organization || type(k) == EntityType::Product; };
    if (h.def->flags & kHolder) {
      largest_holder(t);
      return;
    }
    if (h.def->flags & kStake) {
      stake_bought(t);
      return;
    }
    if (h.form == Form::Passive || (h.form == Form::Adnominal && word(t).find("된") != std::string_view::npos)) {
      // "Y는 X에 인수됐다"
      int buyer = before(t, [&](int k) { return type(k) == EntityType::Organization && role(k) == Role::Goal; }, true);
      if (buyer < 0) return;
      int y = before(men(buyer).first, [&](int k) { return target_ok(k) && (is_subject(role(k)) && !in_relative_clause(k, t)); }, false);
      // ("2014년 구글에 인수된 딥마인드는": the adnominal's head is what was bought)
      if (y < 0 && h.form == Form::Adnominal)
        if (const int head = head_after(t, false); head >= 0 && target_ok(head) && head != buyer) y = head;
      if (y >= 0) emit(R::Acquired, ent(buyer), ent(y), kConfVerb, "ko.acquired.passive", t);
      return;
    }
    if (h.form == Form::Noun) {
      // "X의 Y 인수"
      int y = before(t, [&](int k) { return target_ok(k) && men(k).last == t - 1 && (role(k) == Role::None || role(k) == Role::Genitive); }, true);
      if (y < 0) return;
      // (not a regulator whose approval the sentence tells: "사와리는 공정거래위원회의 기업결합 승인을 받아 차곡 인수를 마무리했다")
      const auto approves = [&](int k) {
        for (int q = men(k).last + 1; q < n_ && q <= men(k).last + 2; ++q)
          for (std::string_view a : {"승인", "허가", "인가", "심사", "기업결합"})
            if (word(q).starts_with(a)) return true;
        return false;
      };
      int x = before(men(y).first, [&](int k) {
        return type(k) == EntityType::Organization && ((role(k) == Role::Genitive && !approves(k)) || (is_subject(role(k)) && !in_relative_clause(k, t)));
      }, true);
      if (x >= 0) emit(R::Acquired, ent(x), ent(y), kConfNoun, "ko.acquired.noun", t);
      return;
    }
    int obj = before(t, [&](int k) { return target_ok(k) && role(k) == Role::Object; }, true);
    if (h.form == Form::Adnominal) {
      int head = head_after(t, false);
      if (head >= 0 && obj < 0 && target_ok(head)) {
        int x = before(t, [&](int k) { return type(k) == EntityType::Organization && (is_subject(role(k)) && !in_relative_clause(k, t)); }, false);
        if (x >= 0) emit(R::Acquired, ent(x), ent(head), kConfAdnominal, "ko.acquired.adnominal", t);
        return;
      }
      if (head >= 0 && obj >= 0 && type(head) == EntityType::Organization) {
        emit(R::Acquired, ent(head), ent(obj), kConfAdnominal, "ko.acquired.relative", t);
        return;
      }
    }
    if (obj < 0) {
      stake_bought(t);
      return;
    }
    double conf = kConfVerb;
    int x = before(t, [&](int k) { return k != obj && type(k) == EntityType::Organization && (is_subject(role(k)) && !in_relative_clause(k, t)); }, false);
    int buyer = x >= 0 ? ent(x) : subject_before(t, false, true, &conf);
    emit(R::Acquired, buyer, ent(obj), x >= 0 ? conf : kConfZero, "ko.acquired.verb", t);
  }

  // The share a stake's word names, in percent: "100%", "전량" (all), "과반" (a majority), "일부" (a part),
  // "경영권" (control); -1 when it names none.
  static double stake_share(std::string_view w) {
    if (w == "전량" || w == "전부" || w == "경영권") return 100;
    if (w == "과반") return 51;
    if (w == "일부") return 1;
    if (!w.ends_with("%") || w.size() < 2 || !(w[0] >= '0' && w[0] <= '9')) return -1;
    double v = 0, scale = 0;
    for (const char c : w.substr(0, w.size() - 1)) {
      if (c == '.' && scale == 0) scale = 1;
      else if (c >= '0' && c <= '9') v = v * 10 + (c - '0'), scale *= 10;
      else return -1;
    }
    return scale > 1 ? v / scale : v;
  }

  // "X가 Y의 지분 100%를 인수했다", "Y 지분 전량을 인수하는", "지분 과반을 사들여", "Y의 경영권을 확보했다": the
  // whole of a company or control of it bought is the company; "Y 지분 30%를 취득했다", "Y 지분을 사들였다": a
  // stake short of a majority is an investment
  void stake_bought(int t) {
    int stake = -1;
    double share = -1;
    for (int k = t - 1; k >= 1 && k >= t - 6 && stake < 0; --k) {
      const ParticleSplit ps = split_particle(word(k));
      if (ps.role != Role::Object) continue;
      if (ps.stem == "지분") stake = k;
      else if (ps.stem == "경영권") stake = k, share = 100;
      else if (word(k - 1) == "지분" && stake_share(ps.stem) >= 0) stake = k - 1, share = stake_share(ps.stem);
    }
    if (stake < 1) return;
    const int y = s_.inside[static_cast<std::size_t>(stake - 1)];
    if (y < 0 || type(y) != EntityType::Organization || (role(y) != Role::Genitive && role(y) != Role::None)) return;
    double conf = kConfVerb;
    const int x = before(men(y).first, [&](int k) { return type(k) == EntityType::Organization && is_subject(role(k)) && !in_relative_clause(k, t); }, false);
    const int buyer = x >= 0 ? ent(x) : subject_before(t, false, true, &conf);
    if (share >= 50) emit(R::Acquired, buyer, ent(y), x >= 0 ? conf : kConfZero, "ko.acquired.stake", t);
    else emit(R::Invested, buyer, ent(y), x >= 0 ? conf : kConfZero, "ko.invested.stake", t);
  }

  // "X가 Y의 최대주주가 됐다", "X는 Y 최대주주에 올랐다": a company's largest holder became has invested in it
  void largest_holder(int t) {
    const ParticleSplit ps = split_particle(word(t));
    if (ps.stem != "최대주주" || !(ps.role == Role::Subject || ps.role == Role::Goal) || t + 1 >= n_) return;
    const std::string_view next = word(t + 1);
    if (!(starts_with(next, "됐") || starts_with(next, "되었") || starts_with(next, "올랐") || starts_with(next, "올라") ||
          starts_with(next, "등극")))
      return;
    const int y = t > 0 ? s_.inside[static_cast<std::size_t>(t - 1)] : -1;
    if (y < 0 || men(y).last != t - 1 || type(y) != EntityType::Organization || (role(y) != Role::Genitive && role(y) != Role::None)) return;
    const int x = before(men(y).first, [&](int k) { return type(k) != EntityType::Product && is_subject(role(k)) && !in_relative_clause(k, t); }, false);
    if (x >= 0) emit(R::Invested, ent(x), ent(y), kConfVerb, "ko.invested.largest-holder", t);
  }

  void subsidiary(const Hit& h) {
    const int t = h.token;
    const bool parent_noun = h.def->flags & kParent;
    if (starts_with(word(t), "법인장")) return;  // (a title: the head of a company's entity)
    if (h.def->stem == "법인" || h.def->stem == "조직" || h.def->stem == "싱크탱크") {
      // weak nouns: only "X의 한국 법인 'Y'", "조직인 'Y'", "LG그룹의 AI 싱크탱크인 LG AI연구원" with Y right after
      // (not the noun as a topic itself: "법인은 네이버 출신의 오세린 대표가 이끈다")
      const Role noun_role = split_particle(word(t)).role;
      if (noun_role != Role::None && noun_role != Role::Copula) return;
      int next = t + 1 < n_ ? s_.inside[static_cast<std::size_t>(t + 1)] : -1;
      if (next < 0 || men(next).first != t + 1 || type(next) != EntityType::Organization) return;
    }
    // the organisation named right before the noun ("X의 자회사", "X 자회사", "(구글 모회사)")
    int j = t - 1;
    while (j >= 0 && j >= t - 3 && s_.inside[static_cast<std::size_t>(j)] < 0 && !looks_like_predicate(word(j)) &&
           split_particle(word(j)).role == Role::None)
      --j;
    bool jumped = false;
    if (j >= 0 && s_.inside[static_cast<std::size_t>(j)] < 0 && word(j).find(')') != std::string_view::npos) {
      // "알파벳(구글 모회사)의 자회사": the name before the parenthesis
      for (int k = j - 1; k >= 0 && k >= j - 3; --k)
        if (word(k).find('(') != std::string_view::npos) {
          for (int m = 0; m < mentions(); ++m)
            if (men(m).first == k) { j = men(m).last; jumped = true; break; }
          break;
        }
    }
    int a = j >= 0 ? s_.inside[static_cast<std::size_t>(j)] : -1;
    if (jumped && a > 0 && men(a - 1).last == men(a).first) a = a - 1;
    if (a >= 0 && (type(a) != EntityType::Organization || (men(a).role != Role::None && men(a).role != Role::Genitive))) a = -1;
    if (starts_with(word(t), "손자회사") || starts_with(word(t), "증손회사")) return;  // not the direct parent
    int b = mention_after(t, 3);
    if (b >= 0 && type(b) != EntityType::Organization) b = -1;
    // "SK텔레콤 계열 AI 반도체 기업 사피온코리아": the company named after a longer description
    if (b < 0)
      for (int k = t + 1; k < n_ && k <= t + 6; ++k) {
        const int m = s_.inside[static_cast<std::size_t>(k)];
        if (m >= 0) {
          if (men(m).first == k && k > t + 1 && type(m) == EntityType::Organization && type_noun(word(k - 1)) != TypeNoun::None) b = m;
          break;
        }
        if (split_particle(word(k)).role != Role::None || looks_like_predicate(word(k))) break;
      }
    {
      // "Y는 X의 자회사이자 …", "Y는 X의 자회사로": a copula or goal on the noun makes the topic the child
      const std::string_view rest = word(t).substr(std::min(word(t).size(), word(t).find(h.def->stem) + h.def->stem.size()));
      if (a >= 0 && (rest == "이자" || rest == "이며" || rest == "이다" || rest == "다" || rest == "로" || rest == "로서" || rest == "가")) {
        int child = before(men(a).first, [&](int k) { return type(k) == EntityType::Organization && is_subject(role(k)) && !in_relative_clause(k, t); }, true);
        // "Y는 …해 세운 회사로, X의 자회사로 편입된다": a topic reaches over the clauses it opens
        if (child < 0) child = before(men(a).first, [&](int k) { return type(k) == EntityType::Organization && role(k) == Role::Topic && k != a; }, false);
        if (child >= 0) b = child;
      }
    }
    if (a < 0) {
      // "노바큐브는 도쿄에 자회사 '노바큐브 재팬'을 세웠다": the parent is the topic
      if (b < 0 || parent_noun) return;
      // (not "아부다비 정부 계열 투자사 Y": a bare word before the noun names the parent, which is no
      // organisation the text names)
      if ((h.def->stem == "계열" || h.def->stem == "산하") && t >= 1 && s_.inside[static_cast<std::size_t>(t - 1)] < 0 &&
          split_particle(word(t - 1)).role == Role::None &&
          !looks_like_predicate(word(t - 1)) && has_hangul(word(t - 1)) && !s_.tokens[static_cast<std::size_t>(t - 1)].comma_after)
        return;
      // (nor "X의 미국 연구 자회사인 Y" with X a word the text does not name as a company: the parent is X)
      for (int j = t - 1; j >= 0 && j >= t - 4 && s_.inside[static_cast<std::size_t>(j)] < 0; --j)
        if (split_particle(word(j)).role == Role::Genitive && has_hangul(word(j))) return;
      // (nor a unit the topic plans to set up: "내년 일본 법인 'X재팬'을 세우고 … 열 계획이다")
      if (men(b).last + 1 < n_ && is_irrealis(s_, men(b).last + 1)) return;
      int topic = before(t, [&](int k) { return type(k) == EntityType::Organization && (is_subject(role(k)) && !in_relative_clause(k, t)) && k != b; }, false);
      // (a joint venture the topic set up with a partner is neither's: "A와 B는 합작법인 C를 세웠다")
      if (topic >= 0 && word(t).starts_with("합작"))
        for (int m = 0; m < static_cast<int>(s_.mentions.size()); ++m)
          if (m != topic && role(m) == Role::Comitative && type(m) == EntityType::Organization && men(m).first < t) return;
      // ("장윤중 카카오엔터테인먼트 공동대표는 "… 북미 자회사 타파스엔터테인먼트를 …"": the company of the speaker, named
      // before the speaker's title)
      int speaker_org = -1;
      for (int m = 0; m < mentions() && men(m).last < t && topic < 0; ++m)
        if (type(m) == EntityType::Organization && m != b && role(m) == Role::None && men(m).last + 1 < n_ &&
            !title_prefix(word(men(m).last + 1)).empty() && is_subject(split_particle(word(men(m).last + 1)).role))
          speaker_org = m;
      if (topic < 0 && speaker_org >= 0) topic = speaker_org;
      if (topic >= 0) {
        emit(R::SubsidiaryOf, ent(b), ent(topic), kConfZero, "ko.subsidiary.of-topic", t);
      } else if (ctx_.previous_topic >= 0 && ctx_.previous_topic != ent(b) &&
                 ctx_.entities[static_cast<std::size_t>(ctx_.previous_topic)].type == EntityType::Organization) {
        emit(R::SubsidiaryOf, ent(b), ctx_.previous_topic, kConfZero, "ko.subsidiary.of-previous-topic", t);
      }
      return;
    }
    if (parent_noun && a > 0 && men(a - 1).last == men(a).first && type(a - 1) == EntityType::Organization)
      b = a - 1;  // "알파벳(구글 모회사)": the name before the parenthesis
    if (b < 0)
      b = before(men(a).first, [&](int k) { return type(k) == EntityType::Organization && (is_subject(role(k)) && !in_relative_clause(k, t)); }, true);
    if (b < 0 && !parent_noun && men(a).first == 0) {
      // "엔씨소프트의 100% 자회사로, … 고도화하고 있다": a sentence opening with whose subsidiary it is tells
      // of the company in focus
      const std::string_view rest = word(t).substr(std::min(word(t).size(), word(t).find(h.def->stem) + h.def->stem.size()));
      double conf = kConfZero;
      const int focus = rest == "로" || rest == "로서" || rest == "다" || rest == "이다" ? subject_before(men(a).first, false, true, &conf) : -1;
      if (focus >= 0 && focus != ent(a)) emit(R::SubsidiaryOf, focus, ent(a), kConfZero, "ko.subsidiary.of-focus", t);
      return;
    }
    if (b < 0) return;
    if (parent_noun)
      emit(R::SubsidiaryOf, ent(a), ent(b), kConfNoun, "ko.subsidiary.parent", t);
    else
      emit(R::SubsidiaryOf, ent(b), ent(a), kConfNoun, "ko.subsidiary.child", t);
  }

  void partnered(const Hit& h) {
    const int t = h.token;
    // "업스테이지 컨소시엄에는 노타, 플리토와 함께 딥그레인이 참여했다": the consortium's leader and each
    // company taking part
    if (starts_with(word(t), "컨소시엄") && t >= 1 && split_particle(word(t)).role == Role::Goal) {
      const int lead = s_.inside[static_cast<std::size_t>(t - 1)];
      if (lead < 0 || type(lead) != EntityType::Organization || men(lead).role != Role::None) return;
      int verb = t + 1;
      while (verb < n_ && !starts_with(split_particle(word(verb)).stem, "참여") && !starts_with(word(verb), "참여") && !starts_with(word(verb), "합류"))
        ++verb;
      if (verb >= n_ || is_irrealis(s_, verb)) return;
      for (int m = lead + 1; m < mentions() && men(m).last < verb; ++m)
        if (type(m) == EntityType::Organization && ent(m) != ent(lead) && !men(m).pronoun)
          emit(R::PartneredWith, ent(lead), ent(m), kConfNoun, "ko.partnered.consortium", t);
      return;
    }
    int c = before(t, [&](int k) {
      return type(k) == EntityType::Organization && (role(k) == Role::Comitative || role(k) == Role::Genitive) && t - men(k).last <= 10;
    }, false);
    if (c < 0) {
      both_parties(t);
      return;
    }
    if (role(c) == Role::Comitative && c + 1 < mentions() && men(c + 1).first == men(c).last + 1 &&
        type(c + 1) == EntityType::Organization && is_subject(role(c + 1))) {
      // "카카오와 오픈AI가 제휴를 맺었다"
      emit(R::PartneredWith, ent(c), ent(c + 1), kConfVerb, "ko.partnered.pair-subject", t);
      return;
    }
    if (role(c) == Role::Genitive) {
      // "X와 Y의 파트너십"
      int x = c > 0 && men(c - 1).role == Role::Comitative && type(c - 1) == EntityType::Organization ? c - 1 : -1;
      if (x >= 0) emit(R::PartneredWith, ent(x), ent(c), kConfNoun, "ko.partnered.pair", t);
      return;
    }
    double conf = kConfVerb;
    int x = before(men(c).first, [&](int k) { return type(k) == EntityType::Organization && (is_subject(role(k)) && !in_relative_clause(k, t)); }, false);
    std::vector<int> partners = group(c);
    // "◆ 메디포스, 대웅제약과 … 협약": a headline's first name, then a comma, is its subject (a headline: no
    // predicate ends it; "SK그룹, 현대자동차그룹과도 협력을 맺었다" lists partners of a subject left out)
    const std::string_view final_word = word(n_ - 1);
    const bool headline = !ends_with(final_word, "다") && !ends_with(final_word, "요") && !looks_like_predicate(final_word);
    if (x < 0 && headline && partners.size() >= 2 && men(partners.back()).first == 0) {
      const int subject = partners.back();
      partners.pop_back();
      for (int g : partners) emit(R::PartneredWith, ent(subject), ent(g), kConfNoun, "ko.partnered.headline", t);
      return;
    }
    int xe = x >= 0 ? ent(x) : subject_before(men(c).first, false, true, &conf);
    // ("크래프톤, 포티투닷, 리벨리온 등과 컨소시엄을 꾸렸다": each listed partner)
    for (int g : partners) emit(R::PartneredWith, xe, ent(g), x >= 0 ? conf : kConfZero, "ko.partnered.with", t);
  }

  // "양사는 … 협력하기로 했다", "두 회사는 … 제휴를 맺었다": the subject names both parties, the two
  // organisations named last (in this sentence or before it).
  void both_parties(int t) {
    int at = -1;
    for (int k = 0; k < t && at < 0; ++k) {
      const std::string_view w = word(k);
      const ParticleSplit ps = split_particle(w);
      if (!is_subject(ps.role)) continue;
      if (ps.stem == "양사" || ps.stem == "양측" || ps.stem == "양자" ||
          (k > 0 && (word(k - 1) == "두" || word(k - 1) == "양") && (ps.stem == "회사" || ps.stem == "기업" || ps.stem == "기관")))
        at = k;
    }
    if (at < 0) return;
    int a = ctx_.pair_first, b = ctx_.pair_second;
    std::vector<int> here;  // organisations of this sentence before the subject
    for (int m = 0; m < mentions(); ++m)
      if (men(m).last < at && type(m) == EntityType::Organization && !men(m).pronoun) here.push_back(ent(m));
    if (here.size() >= 2) {
      a = here[here.size() - 2];
      b = here.back();
    }
    if (a < 0 || b < 0 || a == b) return;
    emit(R::PartneredWith, a, b, kConfZero, "ko.partnered.both-parties", t);
  }

  // "메디코어AI(대표 도상현)": an organisation with its head's title and name in parentheses.
  void parenthesised_heads() {
    for (int p = 1; p < mentions(); ++p) {
      if (type(p) != EntityType::Person || men(p).pronoun || type(p - 1) != EntityType::Organization) continue;
      if (men(p - 1).last + 1 != men(p).first) continue;
      const std::string_view w = word(men(p - 1).last);
      const std::size_t open = w.rfind('(');
      if (open == std::string_view::npos) continue;
      const std::string_view title = w.substr(open + 1);
      if (title.empty() || title_prefix(title) != title) continue;
      if (word(men(p).first).find(')') == std::string_view::npos && !s_.tokens[static_cast<std::size_t>(men(p).last)].close_after) continue;
      emit(R::WorksFor, ent(p), ent(p - 1), kConfNoun, "ko.works_for.parenthesis", men(p - 1).last, std::string(title));
    }
  }

  // "김성훈 대표가 이끄는 업스테이지", "업스테이지를 이끄는 김성훈 대표": a person with a title
  // who leads the organisation works for it in that title.
  void leaders() {
    for (int t = 0; t < n_; ++t) {
      const std::string_view w = word(t);
      if (s_.inside[static_cast<std::size_t>(t)] >= 0 || !(w == "이끄는" || w == "이끌고" || w == "이끄는데" || w == "이끈다")) continue;
      if (is_irrealis(s_, t)) continue;
      int person = -1, org = -1;
      for (int m = 0; m < mentions(); ++m) {
        if (men(m).last >= t) break;
        if (type(m) == EntityType::Person && is_subject(role(m)) && !men(m).pronoun) person = m;
        if (type(m) == EntityType::Organization && role(m) == Role::Object) org = m;
      }
      if (w == "이끄는") {
        const int head = head_after(t, false);
        if (head >= 0 && type(head) == EntityType::Organization && person >= 0) org = head;
        if (head >= 0 && type(head) == EntityType::Person && org >= 0) person = head;
      }
      if (person < 0 || org < 0) continue;
      const int k = men(person).last + 1;
      std::string_view title = k < n_ && s_.inside[static_cast<std::size_t>(k)] < 0 ? title_prefix(word(k)) : std::string_view();
      if (title.empty() && men(person).first > 0) title = title_prefix(word(men(person).last));
      if (title.empty()) title = "대표";
      emit(R::WorksFor, ent(person), ent(org), kConfAdnominal, "ko.works_for.leads", t, std::string(title));
    }
  }

  // "한울AI랩스 초대 대표에는 제니퍼 김 상무가 선임됐다": an organisation's title in the goal case,
  // a person as the subject of a passive appointment: the person joins it in that title.
  void appointed() {
    for (int t = 1; t < n_; ++t) {
      const std::string_view w = word(t);
      if (!(starts_with(w, "선임됐") || starts_with(w, "선임되") || starts_with(w, "선임돼") || starts_with(w, "임명됐") ||
            starts_with(w, "임명되") || starts_with(w, "임명돼") || starts_with(w, "발탁됐") || starts_with(w, "발탁되") ||
            starts_with(w, "발탁돼") || starts_with(w, "내정됐")))
        continue;
      if (is_irrealis(s_, t)) continue;
      int person = -1, title_tok = -1;
      for (int m = 0; m < mentions(); ++m)
        if (men(m).last < t && type(m) == EntityType::Person && is_subject(role(m)) && !men(m).pronoun) person = m;
      if (person < 0) continue;
      for (int k = 0; k < men(person).first; ++k) {
        const std::string_view tp = title_prefix(word(k));
        if (tp.empty() || s_.inside[static_cast<std::size_t>(k)] >= 0) continue;
        const Role r = particle_role(tp, without_parens(word(k).substr(tp.size())));
        if (r == Role::Goal) title_tok = k;
      }
      // "X 전 원장이 과학기술정보통신부 장관에 임명되면서", "X는 대통령실 AI미래기획수석으로 발탁돼": the
      // organisation's title in the goal case after the person, right before the verb
      if (title_tok < 0)
        for (int k = t - 1; k > men(person).last && k >= t - 2; --k) {
          if (s_.inside[static_cast<std::size_t>(k)] >= 0) break;
          std::string_view tp = title_prefix(word(k));
          if (tp.empty()) {  // ("AI미래기획수석으로": a field written onto the title)
            const std::string_view stem = split_particle(word(k)).stem;
            for (std::string_view head : {"수석", "비서관", "장관", "차관", "위원장", "원장", "본부장", "센터장"})
              if (stem.size() > head.size() && stem.ends_with(head)) tp = stem;
          }
          if (!tp.empty() && particle_role(tp, without_parens(word(k).substr(tp.size()))) == Role::Goal) {
            title_tok = k;
            break;
          }
        }
      // "X 대표는 카카오의 에이전틱 AI 조직을 이끄는 '에이전트 플랫폼 성과리더'로 선임됐으며": a post of
      // the company's own naming, quoted, in the goal case right before the verb; the company is the one
      // in the genitive after the person
      if (title_tok < 0 && t >= 1 && s_.inside[static_cast<std::size_t>(t - 1)] < 0) {
        const std::string_view quoted = word(t - 1);
        const std::size_t q = quoted.find_last_of("'\"");
        const std::string_view tail = q == std::string_view::npos ? std::string_view() : quoted.substr(q + 1);
        if (tail == "로" || tail == "으로") {
          int genitive_org = -1;
          for (int m = person + 1; m < mentions() && men(m).last < t - 1; ++m)
            if (type(m) == EntityType::Organization && role(m) == Role::Genitive) genitive_org = m;
          if (genitive_org >= 0) {
            std::string title(quoted.substr(0, q));
            while (!title.empty() && (title.back() == '\'' || title.back() == '"')) title.pop_back();
            emit(R::Joined, ent(person), ent(genitive_org), kConfAdnominal, "ko.joined.appointed-quoted", t);
            emit(R::WorksFor, ent(person), ent(genitive_org), kConfAdnominal, "ko.works_for.appointed-quoted", t, title);
            continue;
          }
        }
      }
      if (title_tok < 0) continue;
      int j = title_tok - 1;
      while (j > 0 && s_.inside[static_cast<std::size_t>(j)] < 0 && is_title_modifier(word(j))) --j;
      const int org = j >= 0 ? s_.inside[static_cast<std::size_t>(j)] : -1;
      int org_entity = -1;
      if (org >= 0 && type(org) == EntityType::Organization && (role(org) == Role::None || role(org) == Role::Genitive))
        org_entity = ent(org);
      else if ((j < 0 || org < 0) && ctx_.previous_topic >= 0 &&
               ctx_.entities[static_cast<std::size_t>(ctx_.previous_topic)].type == EntityType::Organization &&
               // (not "한국 법인장에는": the head of the company's entity in a country, another company)
               !(title_tok >= 1 && (is_region_word(word(title_tok - 1)) || is_korean_place(word(title_tok - 1))) &&
                 (starts_with(word(title_tok), "법인장") || starts_with(word(title_tok), "지사장"))))
        org_entity = ctx_.previous_topic;  // "초대 대표에는 X 상무가 선임됐다": the company in focus
      if (org_entity < 0) continue;
      std::string title(title_prefix(word(title_tok)));
      if (title.empty()) title = std::string(split_particle(word(title_tok)).stem);
      emit(R::Joined, ent(person), org_entity, kConfVerb, "ko.joined.appointed", t);
      emit(R::WorksFor, ent(person), org_entity, kConfVerb, "ko.works_for.appointed", t, title);
    }
  }

  // "X는 현재 구글에서 연구원으로 일하고 있다", "X는 Y에서 근무 중이다": a job held now.
  void current_jobs() {
    for (int t = 1; t < n_; ++t) {
      const std::string_view w = word(t);
      const bool working = ((starts_with(w, "일하고") || starts_with(w, "근무하고") || starts_with(w, "재직하고")) && t + 1 < n_ &&
                            starts_with(word(t + 1), "있")) ||
                           starts_with(w, "일한다") || starts_with(w, "근무한다") || starts_with(w, "재직한다") ||
                           ((w == "근무" || w == "재직") && t + 1 < n_ && starts_with(word(t + 1), "중이"));
      if (!working || s_.inside[static_cast<std::size_t>(t)] >= 0 || is_irrealis(s_, t)) continue;
      const int o = before(t, [&](int k) { return type(k) == EntityType::Organization && role(k) == Role::Source; }, true);
      if (o < 0 || t - men(o).last > 3) continue;
      const int p = before(men(o).first, [&](int k) { return type(k) == EntityType::Person && is_subject(role(k)) && !in_relative_clause(k, t); }, true);
      if (p < 0) continue;
      std::string title;
      for (int k = men(o).last + 1; k < t; ++k) {
        const std::string_view tp = title_prefix(word(k));
        if (!tp.empty() && particle_role(tp, without_parens(word(k).substr(tp.size()))) == Role::Goal) title = std::string(tp);
      }
      emit(R::WorksFor, ent(p), ent(o), kConfVerb, "ko.works_for.working-at", t, title);
    }
  }

  // A company head's title: "대표", "CEO" (and, with chairs, "회장", "의장", "사장": titles a founder holds
  // where the company is named, but not always at the company the founder started).
  static bool is_head_title(std::string_view title, bool chairs = true) {
    static constexpr std::string_view kHeads[] = {"대표", "공동대표", "대표이사", "CEO", "최고경영자", "의장", "회장", "사장"};
    return std::find(std::begin(kHeads), std::end(kHeads) - (chairs ? 0 : 3), title) != std::end(kHeads) - (chairs ? 0 : 3);
  }

  // The company a founder or head leads: the one the person was first called the head of, else the
  // one founded last; -1 for others.
  int led_company(int person) const {
    if (!ctx_.founders || !ctx_.person_org || !ctx_.founders->count(person)) return -1;
    int org = -1;
    if (const auto h = ctx_.head_of ? ctx_.head_of->find(person) : std::map<int, int>::const_iterator(); ctx_.head_of && h != ctx_.head_of->end())
      org = h->second;
    else if (const auto f = ctx_.person_org->find(person); f != ctx_.person_org->end())
      org = f->second;
    return org >= 0 && ctx_.entities[static_cast<std::size_t>(org)].type == EntityType::Organization ? org : -1;
  }

  // "박성현 대표가 세운 리벨리온": the founder's title, with no organisation of its own, is a title
  // at the company founded.
  // "그녀가 향한 곳은 스타트업 X였다", "그가 새로 옮긴 곳은 X다": the place a person moved to, said with the
  // copula, is the organisation joined
  void moved_to_place() {
    for (int i = 1; i + 1 < n_; ++i) {
      if (split_particle(word(i)).stem != "곳" || split_particle(word(i)).role != Role::Topic) continue;
      const std::string_view v = word(i - 1);
      if (v != "향한" && v != "옮긴" && v != "택한" && v != "합류한" && v != "둥지를" && v != "선택한" && v != "간") continue;
      const int p = before(i - 1, [&](int k) { return type(k) == EntityType::Person && (role(k) == Role::Subject || role(k) == Role::Topic); }, true);
      int o = -1;
      for (int m = 0; m < mentions() && o < 0; ++m)
        if (men(m).first > i && type(m) == EntityType::Organization && men(m).role == Role::Copula) o = m;
      if (p >= 0 && o >= 0) emit(R::Joined, ent(p), ent(o), kConfNoun, "ko.joined.place", i);
    }
  }

  void founder_titles() {
    const std::size_t found = out_.size();
    for (std::size_t f = 0; f < found; ++f) {
      const Found x = out_[f];
      if (x.type != R::Founded) continue;
      for (int p = 0; p < mentions(); ++p) {
        if (ent(p) != x.subject || men(p).pronoun || type(p) != EntityType::Person) continue;
        const int k = men(p).last + 1;
        if (k >= n_ || s_.inside[static_cast<std::size_t>(k)] >= 0) continue;
        if (split_particle(word(men(p).last)).role != Role::None) continue;
        const std::string_view title = title_prefix(word(k));
        if (!is_head_title(title)) continue;
        bool has_job = false;
        for (const Found& y : out_)
          if (y.type == R::WorksFor && y.subject == x.subject) has_job = true;
        if (!has_job) emit(R::WorksFor, x.subject, x.object, kConfZero, "ko.works_for.founder-title", k, std::string(title));
        break;
      }
    }
    // "한 대표와 윤 CTO는" after "한서진 ... 루멘웍스를 설립했다": a founder's head title, with no
    // organisation before the name, is held at the company founded
    if (!ctx_.founders || !ctx_.person_org) return;
    for (int p = 0; p < mentions(); ++p) {
      if (men(p).pronoun || type(p) != EntityType::Person || !ctx_.founders->count(ent(p))) continue;
      if (p > 0 && type(p - 1) == EntityType::Organization && men(p - 1).last + 1 >= men(p).first) continue;
      const int k = men(p).last + 1;
      if (k >= n_ || s_.inside[static_cast<std::size_t>(k)] >= 0 || split_particle(word(men(p).last)).role != Role::None) continue;
      const std::string_view title = title_prefix(word(k));
      if (!is_head_title(title, /*chairs=*/false)) continue;
      // (the company the person was first called the head of, else the one founded last)
      const int org = led_company(ent(p));
      if (org < 0) continue;
      if (std::none_of(out_.begin(), out_.end(), [&](const Found& y) { return y.type == R::WorksFor && y.subject == ent(p); }))
        emit(R::WorksFor, ent(p), org, kConfZero, "ko.works_for.founder-title", k, std::string(title));
    }
  }

  // Appositions: "사티아 나델라 마이크로소프트 CEO", "쿼라의 CEO 애덤", "전 트위치 CEO",
  // "세일즈포스의 공동 CEO였던 브렛 테일러", "오픈AI 출신 X".
  void appositions() {
    for (int p = 0; p < mentions(); ++p) {
      if (type(p) != EntityType::Person || men(p).pronoun) continue;
      // Person first: P [전|현]? O [modifiers] TITLE (not across a comma: "▶박지훈=타카하시 대표 팀의")
      int k = men(p).last + 1;
      if (men(p).role == Role::None && k < n_ && !s_.tokens[static_cast<std::size_t>(men(p).last)].comma_after) {
        bool former = false;
        if (is_former_marker(word(k))) { former = true; ++k; }
        else if (is_current_marker(word(k))) ++k;
        int o = k < n_ ? s_.inside[static_cast<std::size_t>(k)] : -1;
        // a caption "안소희/구글 딥마인드 연구원": the organisation starts in the name's word, after a slash
        if (p + 1 < mentions() && men(p + 1).first == men(p).last && type(p + 1) == EntityType::Organization &&
            men(p + 1).span.begin == men(p).span.end + 1 && word(men(p).last).find('/') != std::string_view::npos) {
          o = p + 1;
          k = men(o).first;
        }
        if (o >= 0 && men(o).first == k && type(o) == EntityType::Organization &&
            (men(o).role == Role::None || men(o).role == Role::Genitive)) {
          int j = men(o).last + 1;
          while (j < n_ && is_title_modifier(word(j)) && title_prefix(word(j)).empty()) ++j;
          if (j < n_ && s_.inside[static_cast<std::size_t>(j)] < 0) {
            std::string_view title = title_prefix(word(j));
            if (title.empty()) title = unit_head_title(word(j));  // "김태린 LG AI연구원 엑사원랩장"
            if (!title.empty()) title_relation(p, o, j, title, former);
          }
        }
      }
      // Organisation first: "아크라이트의 데릭 폰세카 대표", "(주)다온푸드의 조하람 대표"
      if (men(p).role == Role::None && p > 0 && men(p - 1).last + 1 == men(p).first &&
          type(p - 1) == EntityType::Organization && (men(p - 1).role == Role::Genitive || men(p - 1).role == Role::None) &&
          men(p).last + 1 < n_ && s_.inside[static_cast<std::size_t>(men(p).last + 1)] < 0) {
        std::string_view title = title_prefix(word(men(p).last + 1));
        if (!title.empty()) title_relation(p, p - 1, men(p).last + 1, title, false);
      }
      // Title first: [전]? O(의)? [modifiers] TITLE P
      int j = men(p).first - 1;
      if (j < 0 || s_.inside[static_cast<std::size_t>(j)] >= 0) continue;
      std::string_view title = title_prefix(word(j));
      if (title.empty()) continue;
      {
        // "MS CEO는 '술레이만은…'": a title with its own case particle is not in apposition
        const Role tr = particle_role(title, without_parens(word(j).substr(title.size())));
        // (nor one ending a list's item: "한빛벤처스 파트너, 엘렌 보드로 누리AI 대표")
        if ((tr != Role::None && tr != Role::Copula) || s_.tokens[static_cast<std::size_t>(j)].close_after ||
            s_.tokens[static_cast<std::size_t>(j)].comma_after || s_.tokens[static_cast<std::size_t>(men(p).first)].open_before)
          continue;
      }
      int tk = j;
      --j;
      while (j >= 0 && s_.inside[static_cast<std::size_t>(j)] < 0 && is_title_modifier(word(j)) && !is_former_marker(word(j))) --j;
      if (j < 0) continue;
      int o = s_.inside[static_cast<std::size_t>(j)];
      if (o < 0 || type(o) != EntityType::Organization || (men(o).role != Role::None && men(o).role != Role::Genitive)) continue;
      bool former = men(o).first > 0 && is_former_marker(word(men(o).first - 1));
      title_relation(p, o, tk, title, former);
    }
    // "Y 출신 X", "Y 연구원 출신 X", "X는 Y 출신"
    // (the person with a title carrying the topic: "오 CTO는 네이버 음성합성팀 출신이다")
    auto titled_subject = [&](int k) { return type(k) == EntityType::Person && (is_subject(role(k)) || is_subject(title_case_after(s_, men(k)))); };
    for (int i = 0; i < n_; ++i) {
      if (!starts_with(word(i), "출신") || i == 0) continue;
      int j = i - 1;
      // "누리넷의 AI랩 출신": a unit named after its company's genitive is that company's
      // (a team also written right after it: "네이버 음성합성팀 출신이다"; not "구글 텔아비브 연구소", a
      // place's lab)
      auto unit_of_genitive = [&](int k) {
        const int g = k > 0 ? s_.inside[static_cast<std::size_t>(k - 1)] : -1;
        if (g < 0 || split_particle(word(k)).role != Role::None) return false;
        if (men(g).role == Role::None && type(g) == EntityType::Organization) return ends_with(word(k), "팀");
        return men(g).role == Role::Genitive &&
               (ends_with(word(k), "랩") || ends_with(word(k), "연구소") || ends_with(word(k), "사업부") || ends_with(word(k), "팀"));
      };
      // (and a field before the post: "네이버 검색 엔지니어 출신")
      const auto field = [&](int k) {
        // (not a degree: "KAIST 전산학 박사 출신" studied there)
        return k < i - 1 && !title_prefix(word(k + 1)).empty() && !starts_with(word(k + 1), "박사") && !starts_with(word(k + 1), "석사") &&
               !starts_with(word(k + 1), "학사") && split_particle(word(k)).role == Role::None && is_dictionary_word(word(k));
      };
      while (j > 0 && (s_.inside[static_cast<std::size_t>(j)] < 0 || unit_of_genitive(j)) &&
             (!title_prefix(word(j)).empty() || is_title_modifier(word(j)) || word(j) == "담당" || unit_of_genitive(j) || field(j)) && j >= i - 3)
        --j;
      int o = s_.inside[static_cast<std::size_t>(j)];
      // "카카오브레인에서 음성인식 엔진을 개발한 엔지니어 출신이다": where the person did the work that
      // named them (an organisation in 에서, a clause of that work, then the occupation)
      if ((o < 0 || type(o) != EntityType::Organization) && i >= 3 && s_.inside[static_cast<std::size_t>(i - 1)] < 0 &&
          (!title_prefix(word(i - 1)).empty() ||
           std::ranges::count(std::initializer_list<std::string_view>{"엔지니어", "연구원", "연구자", "개발자", "과학자", "변호사", "기자",
                                                                      "애널리스트", "컨설턴트", "디자이너", "직원"},
                              word(i - 1)) > 0)) {
        const int adnominal = i - 2;
        const std::string_view v = word(adnominal);
        // (a past adnominal: "개발한", "일하던", "맡은")
        if (s_.inside[static_cast<std::size_t>(adnominal)] < 0 && (ends_with(v, "한") || ends_with(v, "던") || ends_with(v, "된") || ends_with(v, "은")))
          for (int k = adnominal - 1; k >= 0 && k >= adnominal - 8; --k) {
            const int m = s_.inside[static_cast<std::size_t>(k)];
            if (m < 0) continue;
            // (the whole name: not "인디아" of "구글 리서치 인디아에서", a bare word before it)
            const int w0 = men(m).first - 1;
            // (nor "인디아" after another name without a particle: "구글 리서치 인디아")
            const int before_name = w0 >= 0 ? s_.inside[static_cast<std::size_t>(w0)] : -1;
            const bool whole = w0 < 0 || (before_name >= 0 && men(before_name).role != Role::None) ||
                               (before_name < 0 && split_particle(word(w0)).role != Role::None) ||
                               looks_like_predicate(word(w0)) || type_noun(word(w0)) != TypeNoun::None || is_descriptor_noun(word(w0)) ||
                               s_.tokens[static_cast<std::size_t>(w0)].comma_after;
            if (type(m) == EntityType::Organization && men(m).role == Role::Source && whole && !finite_break(men(m).last, adnominal)) o = m;
            break;
          }
        if (o >= 0 && type(o) == EntityType::Organization && men(o).role == Role::Source) {
          // (past a description of the organisation: "카카오의 AI 연구 자회사였던 카카오브레인에서")
          const int q = before(men(o).first, titled_subject, false);
          if (q >= 0 && !finite_break(men(q).last, men(o).first)) emit(R::Left, ent(q), ent(o), kConfNoun, "ko.left.alumnus", i);
          continue;
        }
      }
      if (o < 0 || type(o) != EntityType::Organization || (men(o).role != Role::None && men(o).role != Role::Genitive)) continue;
      // (not past a connective: "흐엉 대표는 빈AI 연구원 출신이고, 바오 CTO는 …" is about the topic before)
      const bool connective = starts_with(word(i), "출신이고") || starts_with(word(i), "출신이며") || starts_with(word(i), "출신이다");
      int p = connective ? -1 : head_person_after(i);
      if (p >= 0) {
        // ("구글 출신 데이비드 하와 라이온 존스가": the people coordinated after it too)
        for (int g : coordinated_after(p)) emit(R::Left, g, ent(o), kConfNoun, "ko.left.alumnus", i);
        continue;
      }
      if (word(i) == "출신" && i + 1 < n_) continue;  // "Y 출신 연구원들": a description, not this person
      int q = before(men(o).first, titled_subject, true);
      if (q >= 0) emit(R::Left, ent(q), ent(o), kConfNoun, "ko.left.alumnus", i);
    }
  }

  void title_relation(int p, int o, int title_token, std::string_view title, bool former) {
    std::string rest = without_parens(word(title_token).substr(title.size()));
    const bool was = rest == "였던" || rest == "이었던" || rest == "이던" || rest == "을지낸" ||
                     (title_token + 1 < n_ && (starts_with(word(title_token + 1), "출신") || starts_with(word(title_token + 1), "지낸")));
    const bool founder = title == "창업자" || title == "공동창업자" || title == "설립자" || title == "창립자" ||
                         title == "창업주" || title == "공동설립자" || title == "Founder" || title == "Co-founder";
    if (founder) {
      emit(R::Founded, ent(p), ent(o), kConfNoun, "ko.founded.apposition", title_token);
      return;
    }
    // ("봉지수(전 LG AI연구원 책임연구원)": the marker glued to the name before it)
    const bool glued_former = men(o).first > 0 && (ends_with(word(men(o).first - 1), "(전") || ends_with(word(men(o).first - 1), "(前"));
    if (glued_former) return;  // parenthesised_posts() tells it
    if (former || was) {
      emit(R::Left, ent(p), ent(o), kConfNoun, "ko.left.former-title", title_token);
      return;
    }
    // An apposition states a title held now, whatever the clause says ("X 증권 연구원은 …라고
    // 전망했다" forecasts, but X is an analyst there); only a designated title is not held yet.
    for (int k = std::max(0, title_token - 2); k <= std::min(n_ - 1, title_token + 1); ++k)
      if (word(k) == "차기" || starts_with(word(k), "내정자") || starts_with(word(k), "후보") ||
          ends_with(std::string_view(rest), "내정자"))
        return;
    emit(R::WorksFor, ent(p), ent(o), kConfNoun, "ko.works_for.apposition", title_token, std::string(title));
  }

  // "X가 CEO를 맡는다", "X는 이곳의 CTO다", "X는 Y의 대표를 겸하고 있다".
  void title_predicates() {
    for (int i = 0; i < n_; ++i) {
      if (s_.inside[static_cast<std::size_t>(i)] >= 0) continue;
      std::string_view w = word(i);
      std::string_view title = title_prefix(w);
      if (title.empty() || title == "창업자" || title == "공동창업자" || title == "설립자") continue;
      std::string rest = without_parens(w.substr(title.size()));
      Role r = particle_role(title, rest);
      bool holds = false;
      if (r == Role::Object && i + 1 < n_) {
        std::string_view next = word(i + 1);
        holds = starts_with(next, "맡") || starts_with(next, "겸") || starts_with(next, "겸임");
        // "A가 CEO를, B가 최고과학자를, C가 CTO를 맡고 있다": posts listed before the one verb
        for (int q = i + 1; !holds && s_.tokens[static_cast<std::size_t>(i)].comma_after && q < n_ && q <= i + 9; ++q) {
          if (starts_with(word(q), "맡")) holds = true;
          else if (s_.inside[static_cast<std::size_t>(q)] < 0 && title_prefix(word(q)).empty() && split_particle(word(q)).role == Role::None &&
                   looks_like_predicate(word(q)))
            break;
        }
      }
      if (r == Role::Copula && rest != "였던" && rest != "이었던" && rest != "인" && rest != "이자") holds = true;
      if (!holds || is_irrealis(s_, i)) continue;
      int p = before(i, [&](int k) { return type(k) == EntityType::Person && is_subject(role(k)); }, false);
      if (p < 0) continue;
      int j = i - 1;
      while (j > men(p).last && s_.inside[static_cast<std::size_t>(j)] < 0 && (is_title_modifier(word(j)) || split_particle(word(j)).role == Role::None) && j >= i - 3) --j;
      int o = j > men(p).last ? s_.inside[static_cast<std::size_t>(j)] : -1;
      int org = -1;
      if (o >= 0 && type(o) == EntityType::Organization && (men(o).role == Role::Genitive || men(o).role == Role::None)) org = ent(o);
      if (org < 0) {
        int g = before(i, [&](int k) { return type(k) == EntityType::Organization && role(k) == Role::Goal && k > p; }, false);
        if (g >= 0) org = ent(g);
      }
      if (org < 0) {
        for (int m = 0; m < mentions() && men(m).last < i; ++m)
          if (type(m) == EntityType::Organization && role(m) == Role::Topic && m != p) { org = ent(m); break; }
      }
      if (org < 0 && ctx_.previous_topic >= 0 &&
          ctx_.entities[static_cast<std::size_t>(ctx_.previous_topic)].type == EntityType::Organization)
        org = ctx_.previous_topic;
      // (the posts of a company's founders the sentences before told of: the company the text is about)
      // (no organisation named in the sentence at all: not "A 전 트위치 CEO가 임시 대표를 맡았다")
      if (org < 0 && ctx_.main_org >= 0 && r == Role::Object &&
          std::none_of(s_.mentions.begin(), s_.mentions.end(), [&](const Mention& m) { return ctx_.entities[static_cast<std::size_t>(m.entity)].type == EntityType::Organization; }))
        org = ctx_.main_org;
      // "X는 전 미스트랄AI 프로덕트 리드다": a former post is one left
      if (o >= 0 && org == ent(o) && men(o).first > 0 && s_.inside[static_cast<std::size_t>(men(o).first - 1)] < 0 &&
          is_former_marker(word(men(o).first - 1))) {
        emit(R::Left, ent(p), org, kConfNoun, "ko.left.former-title-predicate", i);
        continue;
      }
      emit(R::WorksFor, ent(p), org, kConfNoun, "ko.works_for.title-predicate", i, std::string(title));
      // "박 대표는 카이론AI 부사장을 겸하게 됐다": a post the person came to hold at another organisation than
      // the one the text placed the person at is a joining
      if (r == Role::Object && i + 1 < n_ && (starts_with(word(i + 1), "맡게") || starts_with(word(i + 1), "겸하게")) && org >= 0 &&
          ctx_.person_org)
        if (const auto it = ctx_.person_org->find(ent(p)); it != ctx_.person_org->end() && it->second != org)
          emit(R::Joined, ent(p), org, kConfNoun, "ko.joined.new-post", i);
    }
    // "딥소울AI는 최하늘 대표가 ...": a titled person inside a sentence about an organisation
    for (int p = 0; p < mentions(); ++p) {
      if (type(p) != EntityType::Person || men(p).role != Role::None) continue;
      int j = men(p).last + 1;
      if (j >= n_ || s_.inside[static_cast<std::size_t>(j)] >= 0) continue;
      std::string_view title = title_prefix(word(j));
      if (title.empty() || is_irrealis(s_, j)) continue;
      if (title == "창업자" || title == "공동창업자" || title == "설립자" || title == "창업주") continue;
      for (int m = 0; m < p; ++m)
        if (type(m) == EntityType::Organization && men(m).role == Role::Topic) {
          emit(R::WorksFor, ent(p), ent(m), kConfZero, "ko.works_for.topic-org", j, std::string(title));
          break;
        }
    }
  }

  // "삼성전자는 자사 생성형 AI 모델 '가우스'를": 자사 ("its own") points at the topic.
  // "주력 제품 '스캔리더'는": a flagship product with no maker named is the company in focus's.
  // "X의 주력 제품은 … '와이'다": the flagship named by the copula is X's.
  void own_products() {
    for (int i = 0; i + 1 < n_; ++i) {
      if (word(i) != "주력" || is_irrealis(s_, i)) continue;
      const ParticleSplit noun = split_particle(word(i + 1));
      if (noun.role != Role::Topic || !(noun.stem == "제품" || noun.stem == "모델" || noun.stem == "서비스" || noun.stem == "솔루션")) continue;
      int prod = -1;
      for (int m = 0; m < mentions(); ++m)
        if (men(m).first > i + 1 && type(m) == EntityType::Product && role(m) == Role::Copula) prod = m;
      if (prod < 0) continue;
      const int g = i > 0 ? s_.inside[static_cast<std::size_t>(i - 1)] : -1;
      int maker = g >= 0 && role(g) == Role::Genitive && agent_type(g) && type(g) == EntityType::Organization ? ent(g) : -1;
      if (maker < 0 && g < 0 && ctx_.previous_topic >= 0 &&
          ctx_.entities[static_cast<std::size_t>(ctx_.previous_topic)].type == EntityType::Organization)
        maker = ctx_.previous_topic;
      if (maker >= 0) emit(R::Developed, maker, ent(prod), g >= 0 ? kConfNoun : kConfZero, "ko.developed.flagship-copula", i);
    }
    for (int i = 0; i + 1 < n_; ++i) {
      if ((word(i) != "주력" && word(i) != "대표") || is_irrealis(s_, i)) continue;
      const std::string_view noun = split_particle(word(i + 1)).stem;
      if (noun != "제품" && noun != "서비스" && noun != "모델" && noun != "솔루션") continue;
      const int prod = mention_after(i, 3);
      if (prod < 0 || type(prod) != EntityType::Product) continue;
      int maker = -1;
      for (int m = 0; m < mentions() && men(m).last < i; ++m)
        if (agent_type(m) && (role(m) == Role::Genitive || is_subject(role(m)))) maker = m;
      if (maker >= 0) continue;  // said by the genitive and subject rules
      if (ctx_.previous_topic >= 0 && ctx_.entities[static_cast<std::size_t>(ctx_.previous_topic)].type == EntityType::Organization)
        emit(R::Developed, ctx_.previous_topic, ent(prod), kConfZero, "ko.developed.flagship", i);
    }
    // "에이전트 모델 '가온'이 주력이다", "X가 주력 제품이다": a product said to be the main one, of the
    // organisation in focus
    for (int i = 1; i < n_; ++i) {
      const std::string_view w = word(i);
      const bool predicate = starts_with(w, "주력이") || (w == "주력" && i + 1 < n_ && (starts_with(word(i + 1), "제품이") ||
                                                                                    starts_with(word(i + 1), "모델이") ||
                                                                                    starts_with(word(i + 1), "서비스다")));
      if (!predicate || is_irrealis(s_, i)) continue;
      const int prod = s_.inside[static_cast<std::size_t>(i - 1)];
      if (prod < 0 || type(prod) != EntityType::Product || !is_subject(role(prod))) continue;
      int maker = -1;
      for (int m = 0; m < mentions() && men(m).last < men(prod).first; ++m)
        if (agent_type(m) && (role(m) == Role::Genitive || is_subject(role(m)))) maker = m;
      if (maker >= 0) continue;
      if (ctx_.previous_topic >= 0 && ctx_.entities[static_cast<std::size_t>(ctx_.previous_topic)].type == EntityType::Organization)
        emit(R::Developed, ctx_.previous_topic, ent(prod), kConfZero, "ko.developed.flagship", i);
    }
    for (int i = 0; i < n_; ++i) {
      std::string_view w = word(i);
      if (w != "자사" && w != "자사의" && w != "자체") continue;
      int prod = mention_after(i, 4);
      if (prod < 0 || type(prod) != EntityType::Product) continue;
      int maker = before(i, [&](int k) { return type(k) == EntityType::Organization && is_subject(role(k)); }, false);
      if (maker < 0) maker = headline_subject();  // "삼성전자, 갤럭시 AI에 자체 모델 '가우스' 확대 적용"
      if (maker >= 0) emit(R::Developed, ent(maker), ent(prod), kConfNoun, "ko.developed.own", i);
    }
  }

  // "◇카카오 ▲상무 김민수 ▲네이버 퓨처AI센터장 진세연": each item after a ▲ gives its person's post at
  // the organisation the item names, or at the heading's
  void listed_posts() {
    auto item_start = [&](int k) { return opens_listed_item(s_, static_cast<std::size_t>(k)); };
    for (int a = 0; a < n_; ++a) {
      if (!item_start(a)) continue;
      int b = a + 1;
      while (b < n_ && !item_start(b)) ++b;
      int person = -1, org = -1;
      std::string title;
      for (int m = 0; m < mentions(); ++m) {
        if (men(m).first < a || men(m).first >= b || men(m).pronoun) continue;
        if (type(m) == EntityType::Organization && person < 0 && org < 0) org = m;
        if (type(m) == EntityType::Person && person < 0) person = m;
      }
      if (person < 0) continue;
      for (int k = a; k < men(person).first && title.empty(); ++k)
        if (s_.inside[static_cast<std::size_t>(k)] < 0) title = std::string(title_prefix(without_parens(word(k))));
      // (a unit's head or lead: "퓨처AI센터장", "사업본부장", "성과리더", "파트너십담당")
      if (title.empty() && men(person).first > a && s_.inside[static_cast<std::size_t>(men(person).first - 1)] < 0 &&
          (ends_with(word(men(person).first - 1), "장") || ends_with(word(men(person).first - 1), "리더") ||
           ends_with(word(men(person).first - 1), "담당") || ends_with(word(men(person).first - 1), "총괄")))
        title = std::string(word(men(person).first - 1));
      const int at = org >= 0 ? ent(org) : ctx_.listing_org;
      if (at < 0 || title.empty()) continue;
      emit(R::WorksFor, ent(person), at, kConfNoun, "ko.works_for.listed", men(person).first, title);
      a = b - 1;
    }
  }

  // A headline's subject: an organisation opening a sentence without a final mark, set off by a
  // comma ("네이버, …", "삼성전자, …"); -1 when the sentence is no such headline.
  int headline_subject() const {
    if (mentions() == 0 || men(0).first != 0 || type(0) != EntityType::Organization || men(0).role != Role::None ||
        !s_.tokens[static_cast<std::size_t>(men(0).last)].comma_after)
      return -1;
    const std::string_view tail = s_.tokens.back().text;
    const char end = *(tail.data() + tail.size());
    return end == '.' ? -1 : 0;
  }

  // "기태윤(전 DSC인베스트먼트 이사)", "김하린(현 네이버 리더)": a post in parentheses right after a
  // person, former (left) or present (works for)
  void parenthesised_posts() {
    for (int p = 0; p < mentions(); ++p) {
      if (type(p) != EntityType::Person || men(p).pronoun) continue;
      const std::string_view w = word(men(p).last);
      const std::size_t open = w.find('(');
      if (open == std::string_view::npos) continue;
      const std::string_view marker = w.substr(open + 1);
      const bool former = is_former_marker(marker);
      if (!former && !is_current_marker(marker)) continue;
      const int o = p + 1 < mentions() && men(p + 1).first > men(p).last && men(p + 1).first <= men(p).last + 2 ? p + 1 : -1;
      if (o < 0 || type(o) != EntityType::Organization) continue;
      std::string title;  // the word after the organisation, before the parenthesis closes
      if (const int k = men(o).last + 1; k < n_ && s_.inside[static_cast<std::size_t>(k)] < 0)
        title = std::string(title_prefix(without_parens(word(k))));
      if (former) emit(R::Left, ent(p), ent(o), kConfNoun, "ko.left.parenthesised-post", men(o).first);
      else emit(R::WorksFor, ent(p), ent(o), kConfNoun, "ko.works_for.parenthesised-post", men(o).first, title);
    }
  }

  // "구글의 제미나이", "X의 모델 Y": a maker in the genitive right before its product.
  void genitive_products() {
    for (int m = 0; m + 1 < mentions(); ++m) {
      if (men(m).role != Role::Genitive || !agent_type(m)) continue;
      int next = m + 1;
      // "아마존웹서비스(AWS)의 … '베드록'": past the maker's own name in parentheses
      if (next + 1 < mentions() && ent(next) == ent(m) && men(next).first <= men(m).last + 1) ++next;
      int gap = men(next).first - men(m).last - 1;
      if (type(next) != EntityType::Product || gap > 3) continue;
      bool ok = true;
      for (int k = men(m).last + 1; k < men(next).first; ++k)
        if (looks_like_predicate(word(k)) || (type_noun(word(k)) == TypeNoun::None && split_particle(word(k)).role != Role::None)) ok = false;
      if (!ok) continue;
      for (int g : group(next)) {
        (void)g;
      }
      emit(R::Developed, ent(m), ent(next), kConfGenitive, "ko.developed.genitive", men(next).first);
      // "구글의 제미나이 3과 나노바나나": coordinated products share the maker
      for (int k = next + 1; k < mentions(); ++k) {
        const Mention& prev = men(k - 1);
        if (type(k) != EntityType::Product) break;
        bool linked = prev.role == Role::Comitative || s_.tokens[static_cast<std::size_t>(prev.last)].comma_after;
        if (!linked || men(k).first > prev.last + 4) break;
        emit(R::Developed, ent(m), ent(k), kConfGenitive, "ko.developed.genitive-list", men(k).first);
      }
    }
  }
};

}  // namespace

std::vector<Found> apply_rules(const RuleContext& ctx) { return Rules(ctx).run(); }

}  // namespace inmaek::extract
