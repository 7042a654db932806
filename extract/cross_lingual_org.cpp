// Organisation and product names across languages: "윤슬AI" / "Yunseul AI", "별빛캐피털" /
// "Byeolbit Capital", "하이퍼리프 랩스" / "Hyperleaf Labs", "물결-2" / "Mulgyeol-2". A known suffix
// word must correspond, digits must be equal, and the head must romanise to, or transliterate, the
// Latin head.
#include <algorithm>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "extract/cross_lingual_internal.h"
#include "extract/lexicon.h"
#include "extract/romanize.h"
#include "extract/utf8.h"

namespace inmaek::extract {
namespace {

// The first vowel of a Korean romanisation ("gaon": a) and the first vowel letter of a Latin name
// ("qwen": e) can be the same sound: Korean writes English a as ㅏ/ㅐ (and o, i: 밥 = Bob, 파이 = Pi),
// o as ㅗ/ㅏ/ㅓ, u as ㅜ/ㅓ/ㅠ, e as ㅔ/ㅐ/ㅓ/ㅣ, i as ㅣ/ㅏ; a y- vowel as its vowel after an i, an e or
// nothing; ㅡ and w- vowels agree with any.
bool first_vowels_agree(const std::string& romanized, const std::string& latin) {
  auto first_vowel = [](const std::string& w, bool y_vowel) {
    for (std::size_t k = 0; k < w.size(); ++k) {
      const char c = w[k];
      if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u') return std::string(w.substr(k, 2));
      if (y_vowel && c == 'y' && k > 0) return std::string("i");
      if (!y_vowel && (c == 'y' || c == 'w')) return std::string(w.substr(k, 3));
    }
    return std::string();
  };
  const std::string h = first_vowel(romanized, false), l = first_vowel(latin, true);
  if (h.empty() || l.empty() || h[0] == 'w' || h == "eu") return true;
  const char lv = l[0];
  if (h[0] == 'y') {  // ㅑ ㅕ ㅛ ㅠ ㅖ: the glide is i or e in Latin, or left out ("Cube" = 큐브; "큐원" is no "Gaon")
    if (h.size() < 2 || lv == 'i' || lv == 'e' || lv == 'y') return true;
    switch (h[1]) {
      case 'a': return lv == 'a';
      case 'e': return lv == 'o' || lv == 'u' || lv == 'a';  // ㅕ (yeo), ㅖ (ye)
      case 'o': return lv == 'o';
      case 'u': return lv == 'u' || lv == 'o';
    }
    return true;
  }
  switch (h[0]) {
    case 'a': return lv == 'a' || lv == 'o' || lv == 'i' || (h == "ae" && lv == 'e');
    case 'o': return lv == 'o' || lv == 'a' || (h == "oe" && lv == 'e');
    case 'u': return lv == 'u' || lv == 'o' || lv == 'e';
    case 'e': return lv == 'e' || lv == 'a' || lv == 'o' || lv == 'u' || lv == 'i';  // ㅔ, ㅓ (eo)
    case 'i': return lv == 'i' || lv == 'e';
  }
  return true;
}

// longer suffixes first: "청람금융그룹" / "Cheongram Financial Group" strips 금융그룹, not only 그룹
constexpr std::pair<std::string_view, std::string_view> kSuffixes[] = {
    // (a broker's "투자증권" often as "Securities" alone, "새한투자증권" / "Saehan Securities"; a non-life insurer's short "손보",
    // "한누리손보" / "Hannuri Fire & Marine Insurance")
    {"투자증권", "securities"}, {"손보", "firemarineinsurance"}, {"손보", "fireandmarineinsurance"}, {"손보", "insurance"},
    {"손해보험", "firemarineinsurance"}, {"손해보험", "fireandmarineinsurance"}, {"손해보험", "insurance"},
    // (a shipbuilder's two words: "현대조선해양" / "Hyundai Shipbuilding & Marine", "... & Offshore")
    {"조선해양", "shipbuildingmarine"}, {"조선해양", "shipbuildingandmarine"}, {"조선해양", "shipbuildingoffshore"}, {"조선해양", "shipbuildingandoffshore"},
    {"금융그룹", "financialgroup"}, {"금융지주", "financialgroup"}, {"금융", "financial"},
    {"AI연구원", "airesearch"}, {"AI연구원", "aiinstitute"}, {"AI연구소", "airesearch"}, {"AI연구소", "ailab"},
    {"연구원", "researchinstitute"}, {"연구소", "researchinstitute"}, {"연구소", "researchlab"}, {"연구소", "researchlaboratory"},
    {"연구원", "research"}, {"연구원", "institute"}, {"연구소", "research"}, {"연구소", "lab"}, {"연구소", "institute"},
    {"AI", "ai"},           {"랩스", "labs"},       {"랩", "lab"},           {"캐피털", "capital"},
    {"캐피탈", "capital"},  {"벤처스", "ventures"}, {"파트너스", "partners"}, {"테크", "tech"},
    {"로보틱스", "robotics"}, {"인텔리전스", "intelligence"}, {"코리아", "korea"}, {"재팬", "japan"},
    {"에이아이", "ai"},     {"테크놀로지스", "technologies"}, {"테크놀로지", "technology"}, {"시스템즈", "systems"},
    {"시스템스", "systems"}, {"그룹", "group"},       {"네트웍스", "networks"}, {"네트워크스", "networks"},
    {"클라우드", "cloud"},  {"솔루션즈", "solutions"}, {"모빌리티", "mobility"}, {"헬스케어", "healthcare"},
    {"다이내믹스", "dynamics"}, {"다이나믹스", "dynamics"}, {"상사", "corporation"}, {"홀딩스", "holdings"}, {"홀딩", "holding"}, {"인베스트먼트", "investment"}, {"인베스트먼트", "investments"},
    {"에너지", "energy"},   {"바이오", "bio"},         {"리서치", "research"},   {"스튜디오", "studio"},
    {"파운데이션", "foundation"}, {"컴퍼니", "company"}, {"코퍼레이션", "corporation"}, {"뱅크", "bank"},
    // (a broker's two words before the one: "누리투자증권" / "Nuri Investment & Securities")
    {"투자증권", "investmentsecurities"}, {"투자증권", "investmentandsecurities"}, {"증권", "securities"}, {"자산운용", "assetmanagement"}, {"전자", "electronics"}, {"반도체", "semiconductor"},
    {"은행", "bank"},       {"보험", "insurance"},     {"벤처투자", "ventureinvestment"}, {"생명보험", "lifeinsurance"},
    {"생명", "lifeinsurance"}, {"생명", "life"},       {"화재", "firemarineinsurance"}, {"화재", "fireinsurance"},
    {"중공업", "heavyindustries"}, {"펀드", "fund"},
    // (drugmakers, games, entertainment and industry: "대웅제약" / "Daewoong Pharmaceutical")
    {"제약", "pharmaceutical"}, {"제약", "pharmaceuticals"}, {"제약", "pharma"}, {"제약", "pharm"}, {"약품", "pharmaceutical"},
    {"약품", "pharmaceuticals"}, {"파마", "pharma"},
    {"바이오로직스", "biologics"}, {"테라퓨틱스", "therapeutics"}, {"엔터테인먼트", "entertainment"}, {"게임즈", "games"},
    {"게임스", "games"}, {"화학", "chemical"}, {"자동차", "motor"}, {"자동차", "motors"},
    // (a carmaker's short name: "현대차" for 현대자동차)
    {"차", "motor"}, {"차", "motors"},
    {"물류", "logistics"}, {"제철", "steel"},
    // Chinese company words read in Korean: 智能 zhineng, 科技 keji ("란팅즈넝" / "Lanting Intelligence")
    {"즈넝", "intelligence"}, {"커지", "technology"},
    // the same words by their Korean reading: 智能 지능 ("현무지능" / "Xuanwu Intelligence"), 科技 과기
    {"지능", "intelligence"}, {"과기", "technology"},
    // (智能 in an English name is often "AI": "전당지능" / "Qiantang AI", "란팅즈넝" / "Lanting AI")
    {"지능", "ai"}, {"즈넝", "ai"}, {"전기", "electric"},
    // (industry words a company translates: "한결산업" / "Hangyeol Industries", "누리소재" / "Nuri Materials")
    {"산업", "industries"}, {"산업", "industrial"}, {"건설", "construction"}, {"통신", "telecom"}, {"해운", "shipping"},
    {"해운", "marine"}, {"해운", "lines"}, {"조선", "shipbuilding"}, {"종합병원", "generalhospital"}, {"병원", "hospital"},
    {"소재", "materials"}, {"전력", "power"}, {"정밀", "precision"}, {"항공", "airlines"},
    {"상사", "trading"},
    // (the same words of Japanese companies in romaji, which Korean reads by their characters: "미와상사" / "Miwa Shoji",
    // "다카네전기" / "Takane Denki")
    {"상사", "shoji"}, {"전기", "denki"}, {"전공", "denko"}, {"공업", "kogyo"}, {"중공업", "jukogyo"}, {"산업", "sangyo"},
    {"제약", "seiyaku"}, {"증권", "shoken"}, {"은행", "ginko"}, {"건설", "kensetsu"}, {"통신", "tsushin"}, {"해운", "kaiun"},
    {"조선", "zosen"}, {"화학", "kagaku"}, {"물산", "bussan"}, {"제작소", "seisakusho"}};
constexpr std::size_t kSuffixCount = sizeof(kSuffixes) / sizeof(kSuffixes[0]);
static_assert(kSuffixCount <= 192, "suffix sets hold 192");

std::string digits_of(std::string_view x) {
  std::string out;
  for (char c : x)
    if (c >= '0' && c <= '9') out += c;
  return out;
}

// The words of model tiers as Korean writes them ("링시-4 플래시" / "Lingxi-4 Flash": sh is no 시
// to the phonetic skeleton).
bool is_tier_pair(std::string_view hangul, std::string_view latin) {
  static constexpr std::pair<std::string_view, std::string_view> kTiers[] = {
      {"플래시", "flash"}, {"프로", "pro"},   {"미니", "mini"},   {"울트라", "ultra"}, {"라이트", "lite"},
      {"맥스", "max"},     {"비전", "vision"}, {"터보", "turbo"}, {"나노", "nano"},    {"스몰", "small"},
      {"미디엄", "medium"}, {"라지", "large"}, {"코더", "coder"}, {"에이전트", "agent"}};
  for (const auto& [ko, en] : kTiers)
    if (hangul == ko && latin == en) return true;
  return false;
}

// Cities Korean names from their own language, not as English spells them ("바르샤바" / "Warsaw", "뮌헨" /
// "Munich"), which open and close the names of universities, institutes and funds: "바르샤바공대" / "Warsaw
// University of Technology".
bool is_city_exonym(std::string_view hangul, std::string_view latin) {
  static constexpr std::pair<std::string_view, std::string_view> kCities[] = {
      {"바르샤바", "warsaw"}, {"크라쿠프", "krakow"}, {"브로츠와프", "wroclaw"}, {"뮌헨", "munich"},   {"쾰른", "cologne"},
      {"빈", "vienna"},       {"프라하", "prague"},   {"모스크바", "moscow"},   {"키이우", "kyiv"},    {"키예프", "kiev"},
      {"베네치아", "venice"}, {"피렌체", "florence"}, {"나폴리", "naples"},     {"토리노", "turin"},   {"밀라노", "milan"},
      {"로마", "rome"},       {"아테네", "athens"},   {"브뤼셀", "brussels"},   {"헤이그", "hague"},   {"제네바", "geneva"},
      {"취리히", "zurich"},   {"로잔", "lausanne"},   {"예테보리", "gothenburg"}, {"코펜하겐", "copenhagen"}, {"리스본", "lisbon"},
      {"세비야", "seville"},  {"부쿠레슈티", "bucharest"}, {"베오그라드", "belgrade"}, {"뉘른베르크", "nuremberg"},
      {"하노버", "hanover"},  {"교토", "kyoto"},      {"도쿄", "tokyo"},        {"오사카", "osaka"},   {"베이징", "peking"},
      {"칭화", "tsinghua"},   {"벵갈루루", "bangalore"}, {"방갈로르", "bangalore"}, {"뭄바이", "bombay"},
      {"첸나이", "madras"},   {"콜카타", "calcutta"}, {"카이로", "cairo"},      {"예루살렘", "jerusalem"}};
  for (const auto& [ko, en] : kCities)
    if (hangul == ko && latin == en) return true;
  return false;
}

// The Hangul syllables of a word, without digits, hyphens or letters ("링시-4" -> "링시").
std::string hangul_part(std::string_view w) {
  std::string out;
  for (std::size_t i = 0; i < w.size();) {
    const std::size_t start = i;
    if (is_hangul_syllable(decode_utf8(w, i))) out.append(w.substr(start, i - start));
  }
  return out;
}

bool ends_with(const std::string& s, std::string_view end) {
  return s.size() > end.size() && s.compare(s.size() - end.size(), end.size(), end) == 0;  // (and longer)
}

// one word of two parts in camel case, a Korean word and an English one: "소리톡" / "SoriTalk"
// (the Hangul split where its parts read as the Latin parts); only when some Latin word is in camel case
bool camel_words_match(const HangulOrg& hp, const LatinOrg& lp) {
  // (a soft g is the ㅈ Korean writes: "몰젠" / "MolGen")
  auto reads = [](const HangulOrg::Part& h, const std::string& l, const PhoneticKeys& lk) {
    return h.romanized == l || korean_name_spelled(h.text, l) || hangul_spells_latin_exactly(h.keys, lk) ||
           (l.size() > 2 && l[0] == 'g' && (l[1] == 'e' || l[1] == 'i') && hangul_spells_latin_exactly(h.keys, latin_keys("j" + l.substr(1))));
  };
  bool all = true;
  for (std::size_t k = 0; k < hp.words.size() && all; ++k) {
    const LatinOrg::Camel& w = lp.camel_words[k];
    if (!w.cut) {
      all = hp.word_romanized[k] == lp.word_letters[k] || hangul_spells_latin_exactly(hp.word_keys[k], lp.word_keys[k]);
      continue;
    }
    bool split_ok = false;
    for (const auto& [x, y] : hp.word_cuts[k]) {
      split_ok = reads(x, w.first, w.first_keys) && reads(y, w.second, w.second_keys);
      if (split_ok) break;
    }
    all = split_ok;
  }
  return all;
}

// one word of two English words run together, and one Hangul word of the two as Korean hears them:
// "보이스루프" / "Voiceloop" (each part of 2+ syllables spells its Latin part exactly)
bool compound_match(const HangulOrg& hp, const LatinOrg& lp) {
  // (first a cheap test: the whole words' skeletons open and end on the same sounds, as both parts must)
  const std::string &hk = hp.word_keys[0].key[0], &lk = lp.word_keys[0].key[0];
  if (hk.empty() || lk.empty() || hk.front() != lk.front() || hk.back() != lk.back()) return false;
  for (const auto& [x, y] : hp.word_cuts[0]) {
    if (hangul_syllable_count(x.text) < 2 || hangul_syllable_count(y.text) < 2 || x.text.size() != hangul_syllable_count(x.text) * 3 ||
        y.text.size() != hangul_syllable_count(y.text) * 3)
      continue;
    for (const LatinOrg::Camel& c : lp.compound_cuts)
      if ((x.romanized == c.first || hangul_spells_latin_exactly(x.keys, c.first_keys)) &&
          (y.romanized == c.second || hangul_spells_latin_exactly(y.keys, c.second_keys)))
        return true;
  }
  return false;
}

// two English words, and one Hangul word of both as Korean writes them: "신란시뮬레이션" / "Xinlan Simulation"
// (each part of 2+ syllables: the first a reading of the first word, pinyin included; the second spelling the
// second exactly)
bool glued_words_match(const HangulOrg& hp, const LatinOrg& lp) {
  const std::string &first = lp.word_letters[0], &second = lp.word_letters[1];
  if (first.size() < 3 || second.size() < 4) return false;
  std::string first_pinyin;
  bool pinyin_done = false;
  for (const auto& [x, y] : hp.word_cuts[0]) {
    const std::size_t xs = hangul_syllable_count(x.text), ys = hangul_syllable_count(y.text);
    if (xs < 2 || ys < 2 || x.text.size() != xs * 3 || y.text.size() != ys * 3) continue;
    if (y.romanized != second && !hangul_spells_latin_exactly(y.keys, lp.word_keys[1])) continue;
    if (x.romanized == first || korean_name_spelled(x.text, first) || hangul_spells_latin_exactly(x.keys, lp.word_keys[0])) return true;
    if (!pinyin_done) first_pinyin = pinyin_hangul(first), pinyin_done = true;
    if (!first_pinyin.empty() && (first_pinyin == x.text || (!x.glides.empty() && first_pinyin == x.glides))) return true;
  }
  return false;
}

// Korean words of unit names and the English words they translate to: "결AI 안전연구소" is the
// "Gyeol AI Safety Institute", "네이버클라우드 유럽 AI 센터" the "Naver Cloud European AI Centre".
// (An English word matches when it is the gloss or starts with it: "european" for "europe".)
constexpr std::pair<std::string_view, std::string_view> kGlossary[] = {
    {"안전", "safety"},         {"연구소", "institute"},      {"연구소", "lab"},           {"연구소", "research"},
    {"연구소", "laboratory"},   {"연구원", "institute"},      {"연구원", "research"},      {"센터", "center"},
    {"센터", "centre"},         {"연구", "research"},         {"유럽", "europe"},          {"아시아", "asia"},
    {"베트남", "vietnam"},      {"일본", "japan"},            {"한국", "korea"},           {"미국", "us"},
    // (countries, whose adjectives open with them: "브라질농업연구공사" / "Brazilian Agricultural Research Corporation")
    {"브라질", "brazil"},       {"프랑스", "france"},         {"프랑스", "french"},        {"독일", "german"},
    {"영국", "british"},        {"캐나다", "canad"},          {"호주", "australia"},       {"스페인", "spain"},
    {"스페인", "spanish"},      {"이탈리아", "ital"},         {"멕시코", "mexic"},         {"인도네시아", "indonesia"},
    {"싱가포르", "singapore"},  {"대만", "taiwan"},           {"이스라엘", "israel"},      {"덴마크", "denmark"},
    {"덴마크", "danish"},       {"스위스", "swiss"},          {"네덜란드", "netherlands"}, {"네덜란드", "dutch"},
    {"스웨덴", "swed"},         {"노르웨이", "norw"},         {"핀란드", "finland"},       {"핀란드", "finnish"},
    {"나이지리아", "nigeria"},  {"케냐", "kenya"},            {"이집트", "egypt"},         {"튀르키예", "turk"},
    {"미국", "america"},        {"중국", "china"},            {"인도", "india"},           {"글로벌", "global"},
    {"기초", "fundamental"},    {"인공지능", "ai"},           {"AI", "ai"},                {"혁신", "innovation"},
    {"펀드", "fund"},           {"재단", "foundation"},       {"랩", "lab"},               {"차세대", "next"},
    {"차세대", "nextgeneration"}, {"추론", "reasoning"},      {"데이터", "data"},          {"로봇", "robotics"},
    {"클라우드", "cloud"},      {"사업부", "division"},       {"부문", "division"},        {"벤처", "venture"},
    {"투자", "investment"},     {"반도체", "semiconductor"},  {"언어", "language"},        {"음성", "speech"},
    {"음성", "voice"},          {"윤리", "ethics"},           {"정책", "policy"},          {"응용", "applied"},
    {"서울", "seoul"},          {"도쿄", "tokyo"},            {"실리콘밸리", "silicon"},   {"지능", "intelligence"},
    {"은행", "bank"},           {"증권", "securities"},       {"전자", "electronics"},     {"로보틱스", "robotics"},
    {"항만", "port"},           {"공사", "authority"},        {"공사", "corporation"},     {"대학교", "university"},
    {"대학", "university"},     {"병원", "hospital"},         {"보험", "insurance"},       {"통신", "telecom"},
    {"청", "authority"},        {"전략", "strategic"},        {"개발", "development"},     {"국부", "sovereign"},
    {"공사", "company"},
    // (the fields of public research institutes: "한국기후에너지연구원" / "Korea Institute of Climate and Energy Research")
    {"기후", "climate"},        {"과학", "science"},          {"기술", "technology"},      {"기상", "meteorological"},
    {"기상", "weather"},        {"환경", "environment"},      {"해양", "ocean"},           {"해양", "marine"},
    {"해양", "maritime"},       {"대", "university"},       {"음악", "music"},           {"저작권", "copyright"},
    {"국립", "national"},       {"공학", "engineering"},      {"원자력", "nuclear"},       {"자원", "resources"},
    {"항공우주", "aerospace"},  {"우주", "space"},            {"산업", "industrial"},      {"전기", "electrical"},
    {"생명공학", "biotechnology"}, {"보건", "health"},        {"교육", "education"},
    {"농업", "agricultural"},   {"건설", "construction"},     {"교통", "transport"},       {"교통", "transportation"},
    {"경제", "economic"},       {"경제", "economics"},        {"노동", "labor"},           {"노동", "labour"},
    {"문화", "culture"},        {"문화", "cultural"},         {"국토", "land"},            {"행정", "administration"},
    {"국방", "defense"},        {"국방", "defence"},          {"안보", "security"},        {"외교", "foreign"},
    {"방송", "broadcasting"},   {"디자인", "design"},         {"의료", "medical"},         {"화학", "chemical"},
    {"화학", "chemistry"},      {"물리", "physics"},          {"수학", "mathematical"},    {"수학", "mathematics"},
    {"지질", "geoscience"},     {"천문", "astronomy"},        {"철도", "railroad"},        {"철도", "railway"},
    {"도로", "highway"},        {"항공", "aviation"},         {"표준", "standards"},       {"진흥", "promotion"},
    {"소프트웨어", "software"}, {"인터넷", "internet"},       {"콘텐츠", "content"},       {"식품", "food"},
    // short English loanwords of product names, written as Korean hears them ("싱허챗" / "Xinghe Chat")
    {"챗", "chat"},             {"봇", "bot"},                {"톡", "talk"}};
// Native words Korean companies translate into their English names ("이야기숲" / "StoryForest", "달빛게임즈" /
// "Moonlight Games", "서리랩스" / "Frostline Labs", "새길랩스" / "NewRoad Labs"), and the kinds of firm after them: with the
// glossary above, for names translated whole (translated_name_match); not for units (translated_unit_match, whose
// readings of every name against every Latin name they would multiply).
constexpr std::pair<std::string_view, std::string_view> kNativeGlossary[] = {
    {"하늘", "sky"},            {"바다", "sea"},              {"바다", "ocean"},           {"구름", "cloud"},
    {"별", "star"},             {"달", "moon"},               {"달빛", "moonlight"},       {"별빛", "starlight"},
    {"햇살", "sunshine"},       {"햇살", "sunlight"},         {"햇빛", "sunlight"},        {"햇빛", "sunshine"},
    {"빛", "light"},            {"숲", "forest"},             {"숲", "woods"},             {"숲", "grove"},
    {"나무", "tree"},           {"새싹", "sprout"},           {"새싹", "seedling"},        {"씨앗", "seed"},
    {"들", "field"},            {"들", "plains"},             {"들", "meadow"},            {"들판", "field"},
    {"산", "mountain"},         {"마루", "summit"},           {"마루", "ridge"},           {"마루", "peak"},
    {"바람", "wind"},           {"바람", "breeze"},           {"물결", "wave"},            {"파도", "wave"},
    {"이야기", "story"},        {"이야기", "tale"},           {"꿈", "dream"},             {"봄", "spring"},
    {"새벽", "dawn"},           {"새벽", "daybreak"},         {"노을", "glow"},            {"노을", "sunset"},
    {"늘푸른", "evergreen"},    {"푸른", "blue"},             {"푸른", "green"},           {"은하", "galaxy"},
    {"미리내", "milkyway"},     {"불꽃", "spark"},            {"불꽃", "flame"},           {"돌", "stone"},
    {"바위", "rock"},           {"강", "river"},              {"가람", "river"},           {"샘", "spring"},
    {"길", "road"},             {"길", "path"},               {"길", "way"},               {"새", "new"},
    {"다리", "bridge"},         {"열매", "fruit"},            {"꽃", "flower"},            {"꽃", "blossom"},
    {"잎", "leaf"},             {"뿌리", "root"},             {"날개", "wing"},            {"고래", "whale"},
    {"호랑이", "tiger"},        {"곰", "bear"},               {"매", "hawk"},              {"매", "falcon"},
    {"독수리", "eagle"},        {"용", "dragon"},             {"거북", "turtle"},          {"큰", "big"},
    {"큰", "great"},            {"누리", "world"},            {"솔", "pine"},              {"소나무", "pine"},
    {"대나무", "bamboo"},       {"단풍", "maple"},            {"물", "water"},             {"불", "fire"},
    {"땅", "earth"},            {"땅", "land"},               {"울림", "pulse"},           {"울림", "echo"},
    {"울림", "resonance"},      {"소리", "sound"},            {"글", "writing"},           {"그림", "picture"},
    {"지혜", "wisdom"},         {"서리", "frost"},            {"눈", "snow"},              {"얼음", "ice"},
    {"무지개", "rainbow"},      {"해", "sun"},                {"해오름", "sunrise"},       {"둥지", "nest"},
    {"등대", "lighthouse"},     {"닻", "anchor"},             {"돛", "sail"},              {"섬", "island"},
    {"호수", "lake"},           {"모래", "sand"},             {"쇠", "iron"},              {"구슬", "pearl"},
    {"열쇠", "key"},            {"마을", "village"},          {"나비", "butterfly"},       {"여우", "fox"},
    {"늑대", "wolf"},           {"부엉이", "owl"},            {"까치", "magpie"},          {"두루미", "crane"},
    {"청", "blue"},             {"청", "green"},              {"붉은", "red"},             {"흰", "white"},
    {"숲", "wood"},             {"숲", "woods"},              {"홀딩스", "holdings"},
    {"게임즈", "games"},        {"게임스", "games"},          {"엔터", "entertainment"},   {"카드", "card"},
    {"랩스", "labs"},           {"테크", "tech"},             {"에듀", "education"},       {"에듀", "edu"},
    {"헬스", "health"},         {"페이", "pay"},              {"뱅크", "bank"},            {"마켓", "market"},
    {"스튜디오", "studio"},     {"미디어", "media"},          {"시스템", "system"},        {"정보", "information"},
    {"모빌리티", "mobility"},   {"에너지", "energy"},         {"파트너스", "partners"},    {"캐피털", "capital"},
    {"벤처스", "ventures"},     {"엣지", "edge"},             {"링크", "link"},            {"웍스", "works"},
    {"팜", "farm"},             {"푸드", "food"},             {"생명", "life"},            {"출판", "publishing"},
    {"출판사", "publishers"},   {"러닝", "learning"},         {"학습", "learning"},        {"궤도", "orbit"},
    {"우주", "space"},          {"위성", "satellite"},        {"지도", "map"},             {"대양", "ocean"},
    // (a financial group's words: "청솔금융그룹" / "Green Pine Financial Group")
    {"금융", "financial"},      {"그룹", "group"},            {"지주", "holdings"},        {"한", "one"},
    {"마음", "heart"},          {"케어", "care"},             {"들", "plain"},             {"에이아이", "ai"},
    // (beauty and entertainment: "이슬빛그룹" / "Dewlight Group", "새벽별엔터" / "Morningstar Entertainment")
    {"이슬", "dew"},            {"새벽", "morning"},          {"코스메틱", "cosmetics"},   {"뷰티", "beauty"},
    {"엔터테인먼트", "entertainment"}, {"뮤직", "music"},     {"픽처스", "pictures"},      {"협회", "association"},
    // (energy and agencies: "상록에너지저장" / "Evergreen Energy Storage", "새벽커뮤니케이션즈" / "Daybreak Communications")
    {"상록", "evergreen"},      {"저장", "storage"},          {"몰", "mall"},              {"늘", "ever"},
    {"운", "cloud"},          {"커뮤니케이션즈", "communications"}, {"커뮤니케이션스", "communications"},
    // (trades and funds: "새벽인베스트먼트" / "Daybreak Investment", "새벽유통" / "Daybreak Retail", "한결해운" / "Hangyeol Marine")
    {"인베스트먼트", "investment"}, {"인베스트먼트", "investments"}, {"유통", "retail"}, {"유통", "distribution"},
    {"해운", "shipping"},       {"해운", "marine"},           {"해운", "lines"},           {"물류", "logistics"},
    // (Sino-Korean words of funds' and foundations' names: "미래교육펀드" / "Future Education Fund", "청정전력" / "Clean Power")
    {"미래", "future"},         {"희망", "hope"},             {"행복", "happiness"},       {"행복", "happy"},
    {"평화", "peace"},          {"녹색", "green"},            {"청정", "clean"},           {"전력", "power"},
    {"성장", "growth"},         {"지식", "knowledge"},        {"첨단", "advanced"},        {"창조", "creative"},
    {"청년", "youth"},          {"사회", "social"},           {"공공", "public"},          {"협력", "cooperation"},
    {"세계", "world"},          {"산업", "industries"},       {"조선", "shipbuilding"},    {"통합", "integrated"}};

// The Hangul words (after the first) read as glossary words, longest first: "안전연구소" -> 안전 연구소.
// The glossaries' Korean words by their first character, each with whether it is a native word's (names of every
// company are read so: one lookup a position, not a pass over both lists).
const std::unordered_map<std::string_view, std::vector<std::pair<std::string_view, bool>>>& glossary_by_first() {
  static const auto index = [] {
    std::unordered_map<std::string_view, std::vector<std::pair<std::string_view, bool>>> m;
    const auto first = [](std::string_view w) {
      std::size_t at = 0;
      decode_utf8(w, at);
      return w.substr(0, at);
    };
    for (const auto& [ko, en] : kGlossary) m[first(ko)].emplace_back(ko, false);
    for (const auto& [ko, en] : kNativeGlossary) m[first(ko)].emplace_back(ko, true);
    return m;
  }();
  return index;
}

bool gloss_pieces(std::string_view word, std::vector<std::string_view>& out, bool native = false) {
  const auto& index = glossary_by_first();
  while (!word.empty()) {
    std::size_t at = 0;
    decode_utf8(word, at);
    const auto it = index.find(word.substr(0, at));
    if (it == index.end()) return false;
    std::size_t best = 0;
    for (const auto& [ko, is_native] : it->second)
      if ((native || !is_native) && ko.size() > best && word.starts_with(ko)) best = ko.size();
    if (best == 0) return false;
    out.push_back(word.substr(0, best));
    word.remove_prefix(best);
  }
  return true;
}

// Words of the glossary that say what kind of unit a name is, not which one.
bool is_unit_gloss(std::string_view piece) {
  for (std::string_view u : {"연구소", "연구원", "센터", "연구", "랩", "재단", "사업부", "부문"})
    if (piece == u) return true;
  return false;
}

// "of", "for", "the", "and": the words between a name's glossed words, which need no piece.
bool joins_glosses(const std::string& l) { return l == "of" || l == "for" || l == "the" || l == "and"; }

// Each Latin word from `from` to `to` is the gloss of one piece, each piece used once ("next-generation"
// may cover 차세대 alone), and every piece is used (with `drop_research`, 연구 may go untranslated:
// a 연구센터 is often just a "Center"; "of", "for", "the" and "and" need no piece; and a 연구원 or 연구소 is both
// the "Institute" and the "Research" of "Korea Institute of Climate and Energy Research", 한국기후에너지연구원).
bool glosses_match(const std::vector<std::string_view>& pieces, const LatinOrg& lp, std::size_t from, std::size_t to, bool drop_research) {
  std::vector<bool> used(pieces.size(), false);
  const bool institute = drop_research && std::any_of(pieces.begin(), pieces.end(), [](std::string_view q) { return q == "연구원" || q == "연구소"; });
  bool institute_word = false;  // (one of the two words left to the piece)
  int last_piece = -1;           // the piece of the word before
  for (std::size_t k = from; k < to; ++k) {
    const std::string& l = lp.word_letters[k];
    if (joins_glosses(l) || l.empty()) continue;
    bool found = false;
    // (one piece for two of its glosses joined by "and": 해양 for "Maritime & Ocean" of "Korea Maritime & Ocean University")
    if (last_piece >= 0 && k >= from + 2 && (lp.word_letters[k - 1] == "and" || lp.word_letters[k - 1].empty()))
      for (const auto& [ko, en] : kGlossary)
        if (ko == pieces[static_cast<std::size_t>(last_piece)] && l == en) {
          found = true;
          break;
        }
    if (found) {
      last_piece = -1;
      continue;
    }
    for (std::size_t q = 0; q < pieces.size() && !found; ++q) {
      if (used[q]) continue;
      for (const auto& [ko, en] : kGlossary)
        if (ko == pieces[q] && (l == en || (en.size() >= 4 && l.size() > en.size() && l.compare(0, en.size(), en) == 0))) {
          used[q] = found = true;
          last_piece = static_cast<int>(q);
          break;
        }
      if (!found)
        for (const auto& [ko, en] : kNativeGlossary)
          if (ko == pieces[q] && (l == en || (en.size() >= 4 && l.size() > en.size() && l.compare(0, en.size(), en) == 0))) {
            used[q] = found = true;
            break;
          }
    }
    if (!found && institute && !institute_word && (l == "research" || l == "institute")) {
      institute_word = true;
      continue;
    }
    if (!found) return false;
  }
  for (std::size_t q = 0; q < pieces.size(); ++q)
    if (!used[q] && !(drop_research && pieces[q] == "연구")) return false;
  return true;
}

// A unit named after its organisation, the rest translated: the first Hangul word is the Latin
// name's first words (as org_names_match judges them), every other Hangul word is glossary words,
// and they and the remaining Latin words are the same set of meanings.
// One word may hold both ("한빛지능" is the "Hanbit Intelligence"): it is cut after its first two
// syllables or more.
// The readings translated_unit_match compares (computed once per Hangul name): the first word and
// the glossary words of the others, or one word cut after its first two syllables or more.
std::vector<HangulOrg::GlossReading> gloss_readings(const std::vector<std::string>& hw) {
  std::vector<HangulOrg::GlossReading> out;
  auto add = [&](std::string_view head, const std::vector<std::string_view>& pieces) {
    HangulOrg::GlossReading r;
    r.head = std::string(head);
    for (std::string_view p : pieces) r.pieces.emplace_back(p);
    out.push_back(std::move(r));
  };
  if (hw.size() >= 2) {
    std::vector<std::string_view> pieces;
    bool ok = true;
    for (std::size_t k = 1; k < hw.size() && ok; ++k) ok = gloss_pieces(hw[k], pieces);
    if (ok) add(hw[0], pieces);
  }
  if (hw.size() == 1 && has_hangul(hw[0]))
    for (std::size_t at = 0, syllables = 0; at < hw[0].size();) {
      decode_utf8(hw[0], at);
      std::vector<std::string_view> pieces;
      if (++syllables >= 2 && at < hw[0].size() && gloss_pieces(std::string_view(hw[0]).substr(at), pieces))
        add(std::string_view(hw[0]).substr(0, at), pieces);
    }
  return out;
}

bool translated_unit_match(const HangulOrg& hp, const LatinOrg& lp, bool strict) {
  const std::vector<std::string>&hw = hp.words, &lw = lp.words;
  if (hw.empty() || lw.size() < 2 || hp.gloss_readings.empty()) return false;
  std::vector<std::pair<std::string_view, std::vector<std::string_view>>> readings;  // (head, pieces)
  for (const HangulOrg::GlossReading& r : hp.gloss_readings) {
    // (of several words, only against a Latin name of three or more)
    if (hw.size() >= 2 && lw.size() < 3) continue;
    std::vector<std::string_view> pieces(r.pieces.begin(), r.pieces.end());
    readings.emplace_back(r.head, std::move(pieces));
  }
  for (const auto& [hangul_head, pieces] : readings)
    for (std::size_t split = 1; split < lw.size(); ++split) {
      // (the words after the head that need a piece: not "of", "for", "the" or "and")
      std::size_t rest = 0;
      for (std::size_t k = split; k < lw.size(); ++k) rest += !joins_glosses(lp.word_letters[k]);
      if (rest > pieces.size() + 1 || pieces.size() > rest + 1) continue;
      // (the glosses first: they are cheap, the head's reading is not)
      if (!glosses_match(pieces, lp, split, lw.size(), false)) continue;
      std::string head;
      for (std::size_t k = 0; k < split; ++k) head += (k ? " " : "") + lw[k];
      if (org_names_match(prepare_hangul_org(hangul_head), prepare_latin_org(head), strict)) return true;
    }
  // the translated word first in English: "레우미은행" / "Bank Leumi"
  for (const auto& [hangul_head, pieces] : readings)
    if (pieces.size() == 1 && lw.size() == 2 && glosses_match(pieces, lp, 0, 1, false) &&
        org_names_match(prepare_hangul_org(hangul_head), prepare_latin_org(lw[1]), strict))
      return true;
  return false;
}

// A name wholly translated: every Hangul word is glossary words, and they and the Latin words are
// the same meanings ("기초AI연구소" / "Fundamental AI Research", "차세대추론연구센터" /
// "Next-Generation Reasoning Center", which leaves out 연구), with two words at least that say
// more than what kind of unit it is ("AI 연구소" names no one lab).
// The glossary words of a name whose every word is such words, two or more telling and one more than AI or a kind of
// firm ("AI벤처스" is no "AI Ventures" in particular); empty otherwise.
std::vector<std::string> translation_pieces(const std::vector<std::string>& hw) {
  std::vector<std::string_view> pieces;
  for (const std::string& w : hw)
    if (!gloss_pieces(w, pieces, true)) return {};
  int telling = 0;
  bool content = false;
  for (std::string_view q : pieces) {
    telling += !is_unit_gloss(q);
    bool kind = q == "AI" || q == "인공지능";
    for (std::string_view k : {"게임즈", "게임스", "엔터", "카드", "랩스", "테크", "에듀", "헬스", "페이", "뱅크", "마켓", "스튜디오", "미디어", "시스템",
                               "모빌리티", "에너지", "파트너스", "캐피털", "벤처스", "웍스", "생명", "은행", "증권", "전자", "펀드", "벤처", "투자",
                               "보험", "병원", "통신", "반도체", "로보틱스", "클라우드", "데이터", "글로벌", "금융", "그룹", "지주",
                               "에이아이", "엔터테인먼트", "코스메틱", "뷰티", "뮤직", "픽처스", "협회", "홀딩스"})
      kind = kind || q == k;
    content = content || (!is_unit_gloss(q) && !kind);
  }
  if (telling < 2 || !content) return {};
  return {pieces.begin(), pieces.end()};
}

bool translated_name_match(const HangulOrg& hp, const LatinOrg& lp) {
  if (hp.translation.empty()) return false;
  // (a Latin word in camel case is two words of it: "StoryForest", "GreatSky Systems")
  LatinOrg words;
  for (const std::string& w : lp.words)
    for (std::size_t b = 0, k = 1; k <= w.size(); ++k)
      if (k == w.size() || (w[k] >= 'A' && w[k] <= 'Z' && w[k - 1] >= 'a' && w[k - 1] <= 'z')) {
        words.words.push_back(w.substr(b, k - b));
        words.word_letters.push_back(letters_lower(words.words.back()));
        b = k;
      }
  const std::vector<std::string_view> pieces(hp.translation.begin(), hp.translation.end());
  if (words.words.size() >= 2 && glosses_match(pieces, words, 0, words.words.size(), true)) return true;
  // (and a word in lower case that is two glosses of the pieces joined: "Dewlight" for 이슬빛, "Morningstar" for 새벽별)
  const auto gloss_of_piece = [&](const std::string& l) {
    return std::binary_search(hp.translation_glosses.begin(), hp.translation_glosses.end(), l);
  };
  bool split = false;
  for (std::size_t k = 0; k < words.word_letters.size(); ++k) {
    const std::string l = words.word_letters[k];
    if (l.size() < 6 || gloss_of_piece(l)) continue;
    for (std::size_t cut = 3; cut + 3 <= l.size(); ++cut)
      if (gloss_of_piece(l.substr(0, cut)) && gloss_of_piece(l.substr(cut))) {
        words.words[k] = l.substr(0, cut);
        words.word_letters[k] = l.substr(0, cut);
        words.words.insert(words.words.begin() + static_cast<std::ptrdiff_t>(k) + 1, l.substr(cut));
        words.word_letters.insert(words.word_letters.begin() + static_cast<std::ptrdiff_t>(k) + 1, l.substr(cut));
        ++k;
        split = true;
        break;
      }
  }
  return split && words.words.size() >= 2 && glosses_match(pieces, words, 0, words.words.size(), true);
}

}  // namespace

namespace {
// Countries and regions that end the names of companies' arms, in Hangul and as the Latin key.
constexpr std::pair<std::string_view, std::string_view> kRegions[] = {
    {"코리아", "korea"}, {"아메리카", "america"}, {"재팬", "japan"}, {"차이나", "china"}, {"인디아", "india"}, {"유럽", "europe"},
    {"유로프", "europe"}, {"아시아", "asia"}, {"싱가포르", "singapore"}, {"베트남", "vietnam"}, {"인도네시아", "indonesia"},
    {"브라질", "brazil"}, {"저머니", "germany"}, {"프랑스", "france"}, {"캐나다", "canada"}, {"오스트레일리아", "australia"},
    {"타이완", "taiwan"}, {"멕시코", "mexico"}, {"아라비아", "arabia"}};
}  // namespace

HangulOrg prepare_hangul_org(std::string_view raw) {
  const std::string plain = plain_version(raw);  // ("아마구모 3.0" is "아마구모 3")
  const std::string_view hangul = plain;
  HangulOrg p;
  p.text = std::string(hangul);
  p.has_hangul = has_hangul(hangul);
  p.digits = digits_of(hangul);
  p.words = split_words(hangul);
  auto part = [](std::string text) {
    HangulOrg::Part x;
    x.romanized = letters_lower(romanize(text));
    x.keys = hangul_keys(text);
    if (std::string g = merge_pinyin_glides(text); g != text) x.glides = std::move(g);
    x.text = std::move(text);
    return x;
  };
  for (const std::string& w : p.words) {
    p.word_romanized.push_back(letters_lower(romanize(w)));
    p.word_keys.push_back(hangul_keys(w));
    const std::string hangul_only = hangul_part(w), glided = merge_pinyin_glides(hangul_only);
    p.word_glides.push_back(glided != hangul_only ? glided : std::string());
    p.word_cuts.emplace_back();
    for (std::size_t at = 0; at < w.size();) {
      decode_utf8(w, at);
      if (at >= w.size()) break;
      p.word_cuts.back().emplace_back(part(w.substr(0, at)), part(w.substr(at)));
    }
  }
  // the Hangul head, without spaces, hyphens, digits; and the Latin letters after the Hangul ("바로-L")
  std::size_t i = 0;
  while (i < hangul.size()) {
    const std::size_t start = i;
    const char32_t c = decode_utf8(hangul, i);
    if (is_hangul_syllable(c)) {
      p.head.append(hangul.substr(start, i - start));
      p.tail.clear();
    } else if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
      p.head.append(hangul.substr(start, i - start));
      p.tail += static_cast<char>(static_cast<char>(c) | 0x20);
    }
  }
  auto add_head = [&](std::string h) {
    HangulOrg::Head x;
    x.syllables = hangul_syllable_count(h);
    x.romanized = letters_lower(romanize(h));
    x.keys = hangul_keys(h);
    x.chars = code_points(h);
    if (std::string g = merge_pinyin_glides(h); g != h) x.glides = std::move(g);
    x.text = std::move(h);
    p.heads.push_back(std::move(x));
  };
  add_head(p.head);
  p.gloss_readings = gloss_readings(p.words);
  p.translation = translation_pieces(p.words);
  for (const std::string& q : p.translation) {
    for (const auto& [ko, en] : kGlossary)
      if (ko == q) p.translation_glosses.emplace_back(en);
    for (const auto& [ko, en] : kNativeGlossary)
      if (ko == q) p.translation_glosses.emplace_back(en);
  }
  std::sort(p.translation_glosses.begin(), p.translation_glosses.end());
  p.head_of.assign(kSuffixCount, 0);
  for (std::size_t k = 0; k < kSuffixCount; ++k)
    if (ends_with(p.head, kSuffixes[k].first)) {
      p.suffixes.set(k);
      p.head_of[k] = static_cast<std::uint8_t>(p.heads.size());
      add_head(p.head.substr(0, p.head.size() - kSuffixes[k].first.size()));
    }
  // ("블루피크벤처스 코리아": the region after the name, written apart or glued to it)
  for (const auto& [ko, key] : kRegions) {
    const std::string_view text = p.text;
    if (text.size() <= ko.size() + 3 || !text.ends_with(ko)) continue;
    std::string_view rest = text.substr(0, text.size() - ko.size());
    while (!rest.empty() && rest.back() == ' ') rest.remove_suffix(1);
    if (code_points(rest).size() < 2) break;
    p.region = std::string(key);
    p.without_region = std::make_shared<const HangulOrg>(prepare_hangul_org(rest));
    break;
  }
  return p;
}

namespace {
LatinOrg prepare_latin_words(std::string_view raw);
}  // namespace

LatinOrg prepare_latin_org(std::string_view raw) {
  LatinOrg p = prepare_latin_words(raw);
  if (p.words.size() >= 3) {
    std::string rest;
    for (std::size_t k = 1; k < p.words.size(); ++k) rest += (k > 1 ? " " : "") + p.words[k];
    LatinOrg tail = prepare_latin_words(rest);
    if (tail.suffixes.any()) p.without_first = std::make_shared<const LatinOrg>(std::move(tail));
  }
  if (const std::size_t amp = p.text.find(" & "); amp != std::string::npos && amp > 0 && amp + 3 < p.text.size())
    for (std::string_view said : {" an ", " and "})
      p.ampersand_read.push_back(std::make_shared<const LatinOrg>(prepare_latin_org(p.text.substr(0, amp) + std::string(said) + p.text.substr(amp + 3))));
  // ("Bluepeak Ventures Korea": the region ending the name)
  if (p.words.size() >= 2) {
    const std::string last = letters_lower(p.words.back());
    for (const auto& [ko, key] : kRegions)
      if (last == key) {
        const std::string_view text = p.text;
        const std::size_t sp = text.rfind(' ');
        if (sp != std::string_view::npos && sp > 0) {
          p.region = std::string(key);
          p.without_region = std::make_shared<const LatinOrg>(prepare_latin_org(text.substr(0, sp)));
        }
        break;
      }
  }
  // ("Rafael Advanced Defense Systems" / "라파엘 어드밴스드 디펜스": the kind Korean leaves out after three words or more)
  if (p.words.size() >= 3 && !p.without_region)
    for (std::string_view kind : {"systems", "technologies", "corporation", "company", "holdings", "limited"})
      if (letters_lower(p.words.back()) == kind) {
        const std::size_t sp = p.text.rfind(' ');
        if (sp != std::string::npos && sp > 0) p.without_kind = std::make_shared<const LatinOrg>(prepare_latin_org(std::string_view(p.text).substr(0, sp)));
        break;
      }
  return p;
}

namespace {
LatinOrg prepare_latin_words(std::string_view raw) {
  // (without a legal form at the end, which Korean leaves out: "Sorinet Japan K.K." is 소리넷재팬)
  std::string folded = fold_latin(plain_version(raw));
  for (std::string_view form : {" K.K.", " K.K", " KK", " Inc.", " Inc", " Co., Ltd.", " Co., Ltd", " Co.", " Ltd.", " Ltd", " LLC",
                                " GmbH", " S.A.", " SAS", " Corp.", " Corp", " PLC", " Plc"})
    if (folded.size() > form.size() + 2 && folded.compare(folded.size() - form.size(), form.size(), form) == 0) {
      folded.erase(folded.size() - form.size());
      break;
    }
  const std::string_view latin = folded;
  LatinOrg p;
  p.text = std::string(latin);
  p.has_hangul = has_hangul(latin);
  p.digits = digits_of(latin);
  p.words = split_words(latin);
  for (const std::string& w : p.words) {
    p.word_letters.push_back(letters_lower(w));
    p.word_keys.push_back(latin_keys(p.word_letters.back()));
    for (std::size_t c = 1; c < w.size(); ++c) p.camel = p.camel || (w[c] >= 'A' && w[c] <= 'Z' && w[c - 1] >= 'a' && w[c - 1] <= 'z');
  }
  if (p.camel)
    for (const std::string& w : p.words) {
      LatinOrg::Camel x;
      for (std::size_t c = 1; c + 1 < w.size() && !x.cut; ++c)
        if (w[c] >= 'A' && w[c] <= 'Z' && w[c - 1] >= 'a' && w[c - 1] <= 'z') {
          x.cut = true;
          x.first = letters_lower(w.substr(0, c));
          x.second = letters_lower(w.substr(c));
          x.first_keys = latin_keys(x.first);
          x.second_keys = latin_keys(x.second);
        }
      p.camel_words.push_back(std::move(x));
    }
  if (!p.camel && p.words.size() == 1 && p.words[0].size() >= 7 && p.words[0].size() <= 16 &&
      std::all_of(p.words[0].begin() + 1, p.words[0].end(), [](char c) { return c >= 'a' && c <= 'z'; }))
    for (std::size_t c = 3; c + 3 <= p.words[0].size(); ++c) {
      LatinOrg::Camel x;
      x.cut = true;
      x.first = letters_lower(p.words[0].substr(0, c));
      x.second = p.words[0].substr(c);
      x.first_keys = latin_keys(x.first);
      x.second_keys = latin_keys(x.second);
      p.compound_cuts.push_back(std::move(x));
    }
  p.letters = letters_lower(latin);
  // (the keys read the words apart: "Gaon Growth" is no "gaongrowth", whose "ng" would be one sound)
  auto spaced_prefix = [&](std::size_t letters) {
    std::size_t seen = 0, end = 0;
    while (end < latin.size() && seen < letters) {
      const char c = latin[end++];
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) ++seen;
    }
    return std::string(latin.substr(0, end));
  };
  auto add_tail = [&](std::string l) {
    LatinOrg::Tail x;
    x.pinyin = pinyin_hangul(l);
    if (!x.pinyin.empty()) x.pinyin_syllables = pinyin_syllables(l);
    x.keys = latin_keys(spaced_prefix(l.size()));
    if (const std::size_t th = l.find("th", 1); th != std::string::npos) {
      std::string spoken = l;
      for (std::size_t at = th; at != std::string::npos; at = spoken.find("th", at + 1)) spoken.replace(at, 2, "s");
      x.spoken.push_back(latin_keys(spoken));
    }
    if (l.find('j') != std::string::npos || l.find("ll") != std::string::npos) {
      std::string spoken = l;
      for (char& c : spoken)
        if (c == 'j') c = 'h';
      for (std::size_t at = spoken.find("ll"); at != std::string::npos; at = spoken.find("ll", at + 1)) spoken.replace(at, 2, "y");
      x.spoken.push_back(latin_keys(spoken));
    }
    // (a Mongolian, Central Asian or Russian kh as the h Korean writes: "Khuleg" 훌레그, "Akhmet" 아흐메트)
    if (l.find("kh") != std::string::npos) {
      std::string spoken = l;
      for (std::size_t at = spoken.find("kh"); at != std::string::npos; at = spoken.find("kh", at)) spoken.erase(at, 1);
      x.spoken.push_back(latin_keys(spoken));
    }
    // (a German, Dutch or Polish w as the v Korean writes: "Fahrwerk" 파베르크, "Wrzos" 브르조스; its r kept, as Korean
    // writes these names letter for letter)
    if (const std::size_t w = l.find('w'); w != std::string::npos && l.find("wh") == std::string::npos) {
      std::string spoken = l;
      for (char& c : spoken)
        if (c == 'w') c = 'v';
      x.spoken.push_back(latin_keys(spoken));
    }
    x.text = std::move(l);
    p.tails.push_back(std::move(x));
  };
  add_tail(p.letters);
  p.tail_of.assign(kSuffixCount, 0);
  for (std::size_t k = 0; k < kSuffixCount; ++k)
    if (ends_with(p.letters, kSuffixes[k].second)) {
      p.suffixes.set(k);
      p.tail_of[k] = static_cast<std::uint8_t>(p.tails.size());
      add_tail(p.letters.substr(0, p.letters.size() - kSuffixes[k].second.size()));
    }
  return p;
}
}  // namespace

// "부에노스아이레스대" / "University of Buenos Aires", "스탠퍼드 대학교" / "Stanford University": a university
// named for a place or a person, short (대) or long (대학, 대학교) in Korean, the place before or after the word
// in English; the names without the word compared.
static bool university_names_match(const HangulOrg& hp, const LatinOrg& lp, bool strict) {
  std::string h = hp.text;
  bool ends = false, technical = false;
  // ("델프트공대" / "Delft University of Technology", "뮌헨공과대학" / "Technical University of Munich")
  for (std::string_view w : {"공과대학교", "공과대학", "공과대", "공대", "대학교", "대학", "대"})
    if (h.size() > w.size() + 3 && h.ends_with(w)) {
      h.resize(h.size() - w.size());
      ends = true;
      technical = w.starts_with("공");
      break;
    }
  while (!h.empty() && h.back() == ' ') h.pop_back();
  if (!ends || hangul_syllable_count(h) < 2 || h.find(' ') != std::string::npos || !has_hangul(h)) return false;
  std::string l;
  bool university = false;
  bool technology = false;
  for (const std::string& w : lp.words) {
    const std::string low = letters_lower(std::any_of(w.begin(), w.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; }) ? fold_latin(w) : w);
    // (in the languages of the place too: "Université Grenoble Alpes" / "그르노블알프스대학교", "Universidad de Chile")
    if (low == "university" || low == "universite" || low == "universidad" || low == "universidade" || low == "universita" ||
        low == "universitat" || low == "universiteit" || low == "uniwersytet" || low == "universitas" || low == "universiti" ||
        (technical && low == "institute")) {
      university = true;
      continue;
    }
    if (technical && (low == "technology" || low == "technical" || low == "polytechnic")) {
      technology = true;
      continue;
    }
    if (low == "of" || low == "the" || low == "de" || low == "di" || low == "du" || low == "des" || low == "del" || low == "do" || low == "da")
      continue;
    l += (l.empty() ? "" : " ") + w;
  }
  if (!university || l.empty() || technical != technology) return false;
  const HangulOrg ho = prepare_hangul_org(h);
  const LatinOrg lo = prepare_latin_org(l);
  if (org_names_match(ho, lo, strict)) return true;
  // (or a place and the fields it teaches, translated: "하노이과학기술대학교" / "Hanoi University of Science and Technology";
  // or a name translated whole: "새벽대" / "Dawn University")
  if (translated_unit_match(ho, lo, strict)) return true;
  std::vector<std::string_view> pieces;
  return gloss_pieces(h, pieces, true) && !pieces.empty() && glosses_match(pieces, lo, 0, lo.words.size(), true);
}

bool org_names_match(const HangulOrg& hp, const LatinOrg& lp, bool strict) {
  if (lp.has_hangul || !hp.has_hangul || hp.digits != lp.digits) return false;
  // the same region ending both names: the names before it ("블루피크벤처스 코리아" / "Bluepeak Ventures Korea")
  if (!hp.region.empty() && hp.region == lp.region && hp.without_region && lp.without_region &&
      org_names_match(*hp.without_region, *lp.without_region, strict))
    return true;
  for (const auto& read : lp.ampersand_read)
    if (org_names_match(hp, *read, strict)) return true;
  if (lp.without_kind && hp.words.size() + 1 == lp.words.size() && org_names_match(hp, *lp.without_kind, strict)) return true;
  const std::vector<std::string>&hw = hp.words, &lw = lp.words;
  if (university_names_match(hp, lp, strict)) return true;
  if (lp.camel && hw.size() == lw.size() && !hw.empty() && camel_words_match(hp, lp)) return true;
  if (!lp.compound_cuts.empty() && hw.size() == 1 && compound_match(hp, lp)) return true;
  if (hw.size() == 1 && lw.size() == 2 && hp.tail.empty() && glued_words_match(hp, lp)) return true;
  if (translated_unit_match(hp, lp, strict) || translated_name_match(hp, lp)) return true;
  // a Latin group name before the Hangul, the same first word in the Latin name: the rest compared
  // ("LG테크놀로지벤처스" / "LG Technology Ventures", "SK바이오팜" / "SK Biopharm")
  if (hw.size() == 1 && lw.size() >= 2) {
    std::size_t lead = 0;
    while (lead < hw[0].size() && ((hw[0][lead] >= 'A' && hw[0][lead] <= 'Z') || (hw[0][lead] >= 'a' && hw[0][lead] <= 'z'))) ++lead;
    // (not "AI", which names no group: "AI연구소" is no "AI Lab" in particular)
    if (lead >= 2 && lead < hw[0].size() && letters_lower(hw[0].substr(0, lead)) == lp.word_letters[0] && lp.word_letters[0] != "ai") {
      std::string rest;
      for (std::size_t k = 1; k < lw.size(); ++k) rest += (k > 1 ? " " : "") + lw[k];
      const std::string_view hangul_rest = std::string_view(hw[0]).substr(lead);
      const LatinOrg latin_rest = prepare_latin_org(rest);
      if (org_names_match(prepare_hangul_org(hangul_rest), latin_rest, strict)) return true;
      // (the rest only the kind of firm: "EQT벤처스" / "EQT Ventures", "GS캐피털" / "GS Capital")
      for (const auto& [kind, latin_kind] : kSuffixes)
        if (hangul_rest == kind && letters_lower(rest) == latin_kind) return true;
      std::vector<std::string_view> pieces;  // (or the rest translated: "LG전자" / "LG Electronics")
      if (gloss_pieces(hangul_rest, pieces) && glosses_match(pieces, latin_rest, 0, latin_rest.words.size(), true)) return true;
    }
  }
  // a Latin word of its own first, the same in both names: the rest compared ("ETH 취리히" / "ETH Zurich",
  // "KB 스타벤처스" / "KB Star Ventures")
  if (hw.size() >= 2 && hw.size() == lw.size() && !hw[0].empty() && !has_hangul(hw[0]) && letters_lower(hw[0]) == lp.word_letters[0] &&
      lp.word_letters[0] != "ai") {
    std::string hangul_rest, latin_rest;
    for (std::size_t k = 1; k < hw.size(); ++k) {
      hangul_rest += (k > 1 ? " " : "") + hw[k];
      latin_rest += (k > 1 ? " " : "") + lw[k];
    }
    if (hw.size() == 2 && is_city_exonym(hangul_rest, letters_lower(latin_rest))) return true;
    if (has_hangul(hangul_rest) && org_names_match(prepare_hangul_org(hangul_rest), prepare_latin_org(latin_rest), strict)) return true;
  }
  // a Romance group's, bank's or fund's word left out in Korean: "세레노" / "Banco Sereno", "마르슬랭" /
  // "Groupe Marcelin", "팜파 벤처스" / "Fondo Pampa Ventures"
  if (lw.size() >= 2 && hw.size() + 1 == lw.size() &&
      (lp.word_letters[0] == "banco" || lp.word_letters[0] == "banca" || lp.word_letters[0] == "banque" ||
       lp.word_letters[0] == "groupe" || lp.word_letters[0] == "grupo" || lp.word_letters[0] == "gruppo" ||
       lp.word_letters[0] == "fondo" || lp.word_letters[0] == "fonds" || lp.word_letters[0] == "fundo" ||
       // (and a studio's: "카제오토" / "Studio Kazeoto")
       lp.word_letters[0] == "studio" || lp.word_letters[0] == "studios" ||
       // (a miner's and a company's: "알토안디나" / "Minera Altoandina", "Compañía Andina")
       lp.word_letters[0] == "minera" || lp.word_letters[0] == "mineradora" || lp.word_letters[0] == "compania" ||
       lp.word_letters[0] == "compañía" || lp.word_letters[0] == "companhia" || lp.word_letters[0] == "inversiones") &&
      [&] {
        std::string rest;
        for (std::size_t k = 1; k < lw.size(); ++k) rest += (k > 1 ? " " : "") + lw[k];
        return org_names_match(hp, prepare_latin_org(rest), strict);
      }())
    return true;
  // a name Korean writes without its first word, the rest spelled exactly: "오리손테 벤처스" / "Andes
  // Horizonte Ventures", "스트레이츠 파트너스" / "Lumen Straits Partners" (a word of three syllables or
  // more before the kind of firm: "리지 캐피털" names too many)
  if (lp.without_first && hw.size() >= 2 && lw.size() == hw.size() + 1 && hangul_syllable_count(hw[0]) >= 3 &&
      hangul_syllable_count(hw[0]) * 3 == hw[0].size() && org_names_match(hp, *lp.without_first, true))
    return true;
  // (the same written as one word: "프런티어펀드" / "Zhongguancun Frontier Fund", a head of three syllables
  // or more before the kind of firm)
  if (lp.without_first && hw.size() == 1 && lw.size() == 3 && hp.heads.size() >= 2 && hp.heads[1].syllables >= 3 &&
      hangul_syllable_count(hw[0]) * 3 == hw[0].size() && org_names_match(hp, *lp.without_first, true))
    return true;
  // Latin letters glued to the end of a Hangul word are a word of their own among others: "하이퍼클로바X 씽크" /
  // "HyperCLOVA X Think"
  if (hw.size() >= 2 && lw.size() == hw.size() + 1 && hp.tail.empty()) {
    std::string spaced;
    int split = 0;
    for (const std::string& w : hw) {
      std::size_t cut = w.size();
      while (cut > 0 && ((w[cut - 1] >= 'A' && w[cut - 1] <= 'Z') || (w[cut - 1] >= 'a' && w[cut - 1] <= 'z'))) --cut;
      if (!spaced.empty()) spaced += ' ';
      spaced += w.substr(0, cut);
      if (cut > 0 && cut < w.size() && has_hangul(w.substr(0, cut))) spaced += " " + w.substr(cut), ++split;
    }
    if (split == 1 && org_names_match(prepare_hangul_org(spaced), lp, strict)) return true;
  }
  // Latin letters inside a Hangul word are a word of their own: "피크XV파트너스" / "Peak XV Partners"
  if (hw.size() == 1 && lw.size() >= 3 && hp.tail.empty()) {
    std::string spaced;
    bool latin_run = false, inner = false;
    for (std::size_t i = 0; i < hw[0].size();) {
      const std::size_t start = i;
      const char32_t c = decode_utf8(hw[0], i);
      const bool latin = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
      if (!spaced.empty() && latin != latin_run) {
        spaced += ' ';
        inner = inner || !latin;  // Hangul again after Latin letters
      }
      latin_run = latin;
      spaced.append(hw[0].substr(start, i - start));
    }
    if (inner && std::count(spaced.begin(), spaced.end(), ' ') + 1 == static_cast<std::ptrdiff_t>(lw.size()) &&
        org_names_match(prepare_hangul_org(spaced), lp, strict))
      return true;
  }
  // word by word, each Korean word the romanisation or the transliteration of its English word:
  // "결 보이스" / "Gyeol Voice" (a Korean word and an English one)
  if (hw.size() >= 2 && hw.size() == lw.size()) {
    bool all = true;
    for (std::size_t k = 0; k < hw.size() && all; ++k) {
      const std::string& l = lp.word_letters[k];
      // (a version is written alike in both: "결 코더 1.5" / "Gyeol Coder 1.5"; so is a Latin word
      // among Hangul ones: "피크 XV 파트너스" / "Peak XV Partners")
      if (!has_hangul(hw[k]) && (hw[k] == lw[k] || (!lp.word_letters[k].empty() && letters_lower(hw[k]) == lp.word_letters[k])) &&
          (!hp.digits.empty() || hw.size() >= 3))
        continue;
      // (a soft g is the ㅈ Korean writes: "제미나이" / "Gemini", "제네시스" / "Genesis")
      // (a Chinese word in pinyin: "링시-4 플래시" / "Lingxi-4 Flash")
      const std::string pinyin = l.size() >= 4 ? pinyin_hangul(l) : std::string();
      all = has_hangul(hw[k]) && !l.empty() &&
            (hp.word_romanized[k] == l || korean_name_spelled(hw[k], l) || hangul_spells_latin_exactly(hp.word_keys[k], lp.word_keys[k]) ||
             (!pinyin.empty() && (pinyin == hangul_part(hw[k]) || (!hp.word_glides[k].empty() && pinyin == hp.word_glides[k]))) || is_tier_pair(hw[k], l) || is_city_exonym(hw[k], l) ||
             (l.size() > 2 && l[0] == 'g' && (l[1] == 'e' || l[1] == 'i') &&
              hangul_spells_latin_exactly(hp.word_keys[k], latin_keys("j" + l.substr(1)))) ||
             // (an English th is the ㅅ or ㅆ Korean writes: "씽크" / "Think")
             (l.size() > 3 && l[0] == 't' && l[1] == 'h' && hangul_spells_latin_exactly(hp.word_keys[k], latin_keys("s" + l.substr(2)))));
    }
    if (all) return true;
  }
  const std::string& tail = hp.tail;
  if (!tail.empty() && tail != "ai" && hp.head.size() > tail.size() && lp.letters.size() > tail.size() &&
      lp.letters.compare(lp.letters.size() - tail.size(), tail.size(), tail) == 0) {
    // "바로-L" / "Baro-L": compare 바로 with "baro"
    const std::string h = hp.head.substr(0, hp.head.size() - tail.size());
    const std::string l = lp.letters.substr(0, lp.letters.size() - tail.size());
    // (two syllables as below: the first vowels agree and the skeleton is the same, "큐원3-14B" is no
    // "Gaon-3 14B")
    const std::size_t syllables = hangul_syllable_count(h);
    const std::string romanized = letters_lower(romanize(h));
    if (syllables == 0) return false;
    if (romanized == l || korean_name_spelled(h, l)) return true;
    if (l.size() >= 4 && (pinyin_hangul(l) == h || pinyin_hangul(l) == merge_pinyin_glides(h))) return true;  // "싱허-R2" / "Xinghe-R2"
    if (syllables == 2) return first_vowels_agree(romanized, l) && hangul_spells_latin_exactly(h, l);
    return hangul_matches_latin(h, l);
  }
  // the first suffix both names end with is stripped from both
  const int k = hp.suffixes.first_common(lp.suffixes);
  const HangulOrg::Head& h = hp.heads[k < 0 ? 0 : hp.head_of[static_cast<std::size_t>(k)]];
  const LatinOrg::Tail& l = lp.tails[k < 0 ? 0 : lp.tail_of[static_cast<std::size_t>(k)]];
  // a head that keeps Latin letters, against the Latin words before the suffix word: "오픈AI재팬" /
  // "OpenAI Japan" (오픈AI / OpenAI)
  if (k >= 0 && lw.size() >= 2 && lp.word_letters.back() == kSuffixes[static_cast<std::size_t>(k)].second &&
      std::any_of(h.text.begin(), h.text.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }) && has_hangul(h.text)) {
    std::string rest;
    for (std::size_t q = 0; q + 1 < lw.size(); ++q) rest += (q > 0 ? " " : "") + lw[q];
    if (org_names_match(prepare_hangul_org(h.text), prepare_latin_org(rest), strict)) return true;
  }
  // a Chinese name in pinyin ("톈란" / "Tianlan"), or in the Korean reading of its characters ("현무" /
  // "Xuanwu": 玄武)
  if (!l.pinyin.empty() && (l.pinyin == h.text || (!h.glides.empty() && l.pinyin == h.glides)) && h.syllables >= 2) return true;
  if (!l.pinyin.empty() && h.syllables >= 2 && sino_korean_reads(h.chars, l.pinyin_syllables)) return true;
  // a short name only by its exact romanisation: "모아" / "Moa"; one syllable only with a suffix both
  // names share ("결AI" / "Gyeol AI")
  if (l.text.size() == 3 && h.syllables == 2 && h.romanized == l.text) return true;
  // ("누뱅크" / "Nubank": a two-letter head with a shared suffix; "숨로보틱스" / "SOOM Robotics", in a popular
  // spelling)
  if (k >= 0 && h.syllables == 1 && l.text.size() >= 2 && (h.romanized == l.text || korean_name_spelled(h.text, l.text))) return true;
  // (or a version both give: "결-2" / "Gyeol-2")
  if (!hp.digits.empty() && h.syllables == 1 && l.text.size() >= 3 && h.romanized == l.text) return true;
  // (a name of two syllables or more that its sounds spell letter for letter, and the same version: "키푸-2" / "Quipu-2",
  // "후나데-3" / "Funade-3")
  if (!hp.digits.empty() && h.syllables >= 2 && l.text.size() >= 3 && first_vowels_agree(h.romanized, l.text) &&
      hangul_spells_latin_exactly(h.text, l.text))
    return true;
  // ("대웅벤처스" / "DW Ventures": a head of initials, one for each syllable as its English spellings
  // start, with a suffix both names share)
  if (k >= 0 && h.syllables >= 2 && h.syllables <= 3 && l.text.size() == h.syllables && lw.size() >= 2 && lw[0].size() == h.syllables &&
      std::all_of(lw[0].begin(), lw[0].end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
    bool initials = true;
    std::size_t at = 0;
    for (std::size_t q = 0; q < l.text.size() && initials; ++q) {
      const std::size_t from = at;
      decode_utf8(h.text, at);
      const std::vector<std::string> spellings = korean_name_spellings(std::string_view(h.text).substr(from, at - from));
      initials = std::any_of(spellings.begin(), spellings.end(), [&](const std::string& sp) { return !sp.empty() && sp[0] == l.text[q]; });
    }
    if (initials) return true;
  }
  if (is_city_exonym(h.text, l.text)) return true;
  if (l.text.size() < 4 || h.syllables < 2) return false;
  if (h.romanized == l.text) return true;
  // Korean words spelled in English (누리 = Nuri) by their romanisations; transliterations by their
  // phonetic skeleton, which must start with the same sound (미스트랄 is no "Kestrel") and, for two
  // syllables or a strict match, be the same (솔라 = Solar, 아톰 = Atom)
  if (korean_name_spelled(h.text, l.text)) return true;
  // (an English th at the start is the ㅅ Korean writes: "스레드라인" / "Threadline")
  if (l.text.size() > 4 && l.text[0] == 't' && l.text[1] == 'h' && h.keys.key[0].size() > 0 && h.keys.key[0][0] == 'S') {
    const PhoneticKeys sk = latin_keys("s" + l.text.substr(2));
    if ((strict || h.syllables == 2) ? hangul_spells_latin_exactly(h.keys, sk) : hangul_matches_latin(h.keys, sk)) return true;
  }
  const std::string &kl = l.keys.key[0];
  // (a Latin c is the k or s Korean writes: "Chorus" = 코러스, "Cyber" = 사이버; the foreign reading's first sound
  // too: "음부아" = Mvua)
  const auto same_start = [&](const std::string& kh) { return !kh.empty() && (kh[0] == kl[0] || (kl[0] == 'C' && (kh[0] == 'K' || kh[0] == 'S'))); };
  // (or another reading's first sound: "Wrzos" read with a v, 브르조스)
  const auto starts_alike = [&](const std::string& k) {
    return !k.empty() && !h.keys.key[0].empty() && (k[0] == h.keys.key[0][0] || (!h.keys.key[2].empty() && k[0] == h.keys.key[2][0]));
  };
  if (kl.empty() || !(same_start(h.keys.key[0]) || same_start(h.keys.key[2]) ||
                      std::any_of(l.spoken.begin(), l.spoken.end(), [&](const PhoneticKeys& sk) { return starts_alike(sk.key[0]); })))
    return false;
  // (two syllables: the first vowels must also agree, the skeleton of so short a name is shared by
  // many: "가온" is no "Qwen")
  if (h.syllables == 2 && !first_vowels_agree(h.romanized, l.text)) return false;
  if (strict || h.syllables == 2 ? hangul_spells_latin_exactly(h.keys, l.keys) : hangul_matches_latin(h.keys, l.keys)) return true;
  // (other readings Korean writes: an English th inside the name as ㅅ, "노스스타" / "NorthStar"; a Spanish j and ll, "누베로하" /
  // "Nube Roja", "카스티야" / "Castilla")
  for (const PhoneticKeys& sk : l.spoken)
    if (strict || h.syllables == 2 ? hangul_spells_latin_exactly(h.keys, sk) : hangul_matches_latin(h.keys, sk)) return true;
  return false;
}

bool org_names_match(std::string_view hangul, std::string_view latin, bool strict) {
  return org_names_match(prepare_hangul_org(hangul), prepare_latin_org(latin), strict);
}

}  // namespace inmaek::extract
