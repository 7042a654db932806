#include "extract/english_words.h"

#include <algorithm>
#include <set>
#include <string>

namespace inmaek::extract {
std::string_view places_en_txt();  // generated from extract/data/places_en.txt
}

namespace inmaek::extract::en {

bool is_place(std::string_view name) {
  static const std::set<std::string, std::less<>> places = [] {
    std::set<std::string, std::less<>> out;
    std::string_view text = places_en_txt();
    while (!text.empty()) {
      const std::size_t nl = text.find('\n');
      std::string_view line = text.substr(0, nl);
      while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
      if (!line.empty() && line[0] != '#') out.emplace(line);
      if (nl == std::string_view::npos) break;
      text.remove_prefix(nl + 1);
    }
    return out;
  }();
  if (places.find(name) != places.end()) return true;
  // ("LAGOS, Sept 16 (Reuters) -": a dateline's place in capitals, written as the list writes it)
  if (name.size() < 3 || !std::all_of(name.begin(), name.end(), [](char c) { return (c >= 'A' && c <= 'Z') || c == ' ' || c == '-' || c == '.'; }))
    return false;
  std::string titled(name);
  for (std::size_t i = 0; i < titled.size(); ++i)
    if (i > 0 && titled[i - 1] != ' ' && titled[i - 1] != '-' && titled[i] >= 'A' && titled[i] <= 'Z') titled[i] = static_cast<char>(titled[i] - 'A' + 'a');
  return places.find(titled) != places.end();
}

bool is_any(std::string_view w, std::initializer_list<std::string_view> list) {
  const std::string l = lower(w);
  return std::find(list.begin(), list.end(), std::string_view(l)) != list.end();
}

bool looks_like_fund_name(std::string_view name) {
  for (std::string_view end : {" Capital", " Ventures", " Partners", " Fund", " Investments", " VC", " Growth"})
    if (name.size() > end.size() && name.substr(name.size() - end.size()) == end) return true;
  return false;
}

bool is_corporate_suffix(std::string_view w) {
  return is_any(w, {"corp", "corp.", "inc", "inc.", "ltd", "ltd.", "plc", "llc", "co.", "co", "nv", "n.v.", "ag", "sa", "se"});
}

char honorific_gender(std::string_view w) {
  const std::string l = lower(w);
  if (l == "mr" || l == "mr.") return 'm';
  if (l == "ms" || l == "ms." || l == "mrs" || l == "mrs.") return 'f';
  if (l == "dr" || l == "dr." || l == "mx" || l == "mx." || l == "prof" || l == "prof.") return 'x';
  // titles of honour (Malaysian, British): "Datuk Ahmad Faizal Rahman", "Dame Wendy Hall"
  if (l == "datuk" || l == "dato" || l == "dato'" || l == "sir") return 'm';
  if (l == "datin" || l == "dame") return 'f';
  if (l == "tun") return 'x';
  return 0;
}

std::string lower(std::string_view w) {
  std::string out(w);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string_view strip_possessive(std::string_view w) {
  if (w.size() > 2 && (w.substr(w.size() - 2) == "'s" || w.substr(w.size() - 2) == "'S")) return w.substr(0, w.size() - 2);
  if (w.size() > 1 && w.back() == '\'') return w.substr(0, w.size() - 1);
  return w;
}

bool is_title_word(std::string_view w) {
  return is_any(w, {"ceo", "cto", "cfo", "coo", "cpo", "cso", "chief", "president", "vice", "vice-president", "vp", "founder", "co-founder",
                "cofounder", "founders", "co-founders", "cofounders", "researcher", "researchers", "scientist", "scientists",
                "engineer", "engineers", "executive", "executives", "officer", "head", "director", "chairman",
                "chairwoman", "chair", "partner", "manager", "professor", "lead", "leader", "employee", "staffer",
                "analyst", "investor", "boss", "chief executive", "founding", "fellow", "member", "teachers",
                "teacher", "developer", "backer", "backers", "shareholder", "shareholders", "investors", "leads", "designer", "designers", "employees",
                "staffers", "veterans", "alumni", "alumnus", "adviser", "advisor", "principal", "colleague", "colleagues", "counsel", "banker", "bankers", "lawyer",
                "consultant", "economist", "exec", "execs", "trader", "strategist", "programmer", "operative", "alumna", "alum", "minister", "mayor", "governor", "senator", "lawmaker", "ambassador",
                "lecturer", "postdoc", "student", "physician", "radiologist", "mathematician", "physicist", "architect",
                // (newsrooms, courts and public offices: "a former Aftenposten journalist", "a former clerk at ...")
                "journalist", "journalists", "reporter", "reporters", "editor", "editors", "correspondent", "columnist", "clerk",
                // (studios, games and entertainment: "a former ABS-CBN producer", "Zenith, the agency's chief producer")
                "producer", "producers", "animator", "illustrator", "composer", "showrunner", "artist", "writer", "specialist",
                "official", "officials", "attorney", "barrister", "solicitor", "paralegal", "accountant", "auditor", "nurse",
                // (insurance and finance: "a former Sompo Japan actuary", "a property underwriter at Chubb")
                "actuary", "actuaries", "underwriter", "underwriters", "broker", "brokers",
                // (plurals of posts two people share: "both former traders at X")
                "traders", "analysts", "lawyers", "consultants", "lecturers", "physicians", "programmers", "strategists", "economists"});
}

bool is_newsroom_title(std::string_view w) {
  return is_any(w, {"journalist", "journalists", "reporter", "reporters", "editor", "editors", "correspondent", "columnist"});
}

bool is_nationality_word(std::string_view w) {
  return w.size() > 4 && w[0] >= 'A' && w[0] <= 'Z' &&
         (w.ends_with("ian") || w.ends_with("ese") || w.ends_with("ish") || w.ends_with("can") || w.ends_with("ean") || w.ends_with("ch"));
}

std::string country_of(std::string_view w) {
  static constexpr std::pair<std::string_view, std::string_view> kCountries[] = {
      {"chilean", "chile"},       {"korean", "korea"},        {"japanese", "japan"},     {"chinese", "china"},       {"german", "germany"},
      {"french", "france"},       {"british", "britain"},     {"swiss", "switzerland"},  {"indian", "india"},        {"brazilian", "brazil"},
      {"mexican", "mexico"},      {"canadian", "canada"},     {"israeli", "israel"},     {"dutch", "netherlands"},   {"swedish", "sweden"},
      {"norwegian", "norway"},    {"danish", "denmark"},      {"finnish", "finland"},    {"spanish", "spain"},       {"italian", "italy"},
      {"polish", "poland"},       {"saudi", "arabia"},        {"emirati", "uae"},        {"singaporean", "singapore"}, {"taiwanese", "taiwan"},
      {"vietnamese", "vietnam"},  {"indonesian", "indonesia"}, {"malaysian", "malaysia"}, {"thai", "thailand"},       {"nigerian", "nigeria"},
      {"kenyan", "kenya"},        {"egyptian", "egypt"},      {"australian", "australia"}, {"argentine", "argentina"}, {"colombian", "colombia"},
      {"turkish", "turkey"},      {"irish", "ireland"},       {"american", "america"},   {"european", "europe"},     {"portuguese", "portugal"},
      {"hungarian", "hungary"},   {"romanian", "romania"},    {"filipino", "philippines"}, {"filipina", "philippines"}, {"philippine", "philippines"}, {"ghanaian", "ghana"},     {"peruvian", "peru"},
      {"pakistani", "pakistan"},  {"greek", "greece"},        {"czech", "czechia"},      {"austrian", "austria"},    {"belgian", "belgium"}};
  for (const auto& [adjective, country] : kCountries)
    if (w == adjective) return std::string(country);
  return std::string(w);
}

bool is_title_filler(std::string_view w) {
  return is_any(w, {"senior", "principal", "lead", "staff", "research", "technology", "technical", "product", "operating",
                "financial", "executive", "ai", "safety", "machine", "learning", "software", "hardware", "of", "and",
                "general", "managing", "board", "chief", "vice", "former", "longtime", "top", "two", "three",
                "founding", "data", "engineering", "science", "scientific", "business", "marketing", "policy",
                "strategy", "a", "an", "the", "its", "their", "his", "her", "existing", "returning", "finance", "sales",
                "legal", "people", "design", "security", "communications", "commercial", "revenue", "growth", "deputy",
                "assistant", "associate", "global", "regional", "country", "group", "information", "digital",
                // (an academic field before a post: "a former computer engineering lecturer", "a chemistry professor")
                "computer", "electrical", "mechanical", "chemical", "civil", "biomedical", "economics", "physics", "chemistry",
                "biology", "mathematics", "statistics", "linguistics", "medicine", "agricultural", "environmental", "aerospace",
                // ("head of applied research", "head of model behavior", "director of developer relations")
                "applied", "behavior", "behaviour", "alignment", "evaluation", "evaluations", "partnerships", "operations",
                "international", "developer", "relations", "talent", "public", "affairs", "government", "risk", "compliance",
                "customer", "success"});
}

bool is_founder_word(std::string_view w) {
  return is_any(w, {"founder", "co-founder", "cofounder", "founders", "co-founders", "cofounders"});
}

bool is_former_word(std::string_view w) { return is_any(w, {"former", "ex", "onetime", "one-time", "previously", "erstwhile", "formerly"}); }

bool is_org_suffix(std::string_view w) {
  return is_any(w, {"inc", "inc.", "corp", "corp.", "co.", "co", "ltd", "ltd.", "llc", "gmbh", "plc", "labs", "lab", "ai", "ia", "limited",
                "b.v", "b.v.", "n.v", "n.v.", "s.a", "s.a.", "k.k", "k.k.", "s.p.a", "s.p.a.", "pte", "bhd", "berhad", "tbk", "pvt", "internet", "mission",
                "capital", "ventures", "partners", "technologies", "robotics", "systems", "group", "holdings", "holding", "fund",
                "trust", "industries", "mutual", "insurance", "airlines", "motors", "digital", "logistics", "health", "energy", "mobility", "data", "security", "biosciences",
                "therapeutics", "pharma", "pharmaceuticals", "semiconductors", "materials", "interactive", "games", "bank",
                "bank", "university", "institute", "foundation", "research", "intelligence", "networks", "dynamics",
                "reasoning", "academy", "studios", "studio", "software", "cloud", "analytics", "computing", "semiconductor",
                "electronics", "motors", "therapeutics", "investments", "investment", "management", "authority", "securities", "advisors", "media",
                "platforms", "robotics", "machines", "sciences", "solutions", "company", "corporation", "hospital",
                "hospitals", "clinic", "clinics", "telecom", "telecommunications", "communications", "technology",
                "automotive", "aerospace", "chemicals", "steel", "foods", "retail", "markets", "exchange", "agency",
                "council", "commission", "ministry", "administration", "court",
                // (a lender: "Khuleg Credit"; a company named as a group of people: "Mind Health Collective")
                "credit", "collective",
                // (a province's government: "backed by regional banks and Osaka Prefecture")
                "province", "prefecture", "oblast", "governorate", "organisation", "organization", "cooperative", "co-op", "coop", "association", "federation", "union", "alliance", "society", "laboratory", "laboratories", "incubator", "accelerator", "angels", "bancorp", "financial", "finance", "payments", "asset", "equity",
                "associates", "consulting", "motor", "electric", "power", "telecoms", "wireless", "broadband", "labs.",
                "biotech", "bio", "medical", "healthcare", "diagnostics", "genomics", "instruments", "devices", "microsystems",
                "compute", "thermal", "cooling", "international", "worldwide", "trading", "marine", "unit",
                // (reinsurers: "Aurelian Re")
                "re", "batteries", "battery", "shipbuilding", "cosmetics", "quantum", "infrastructure", "mobile", "automation", "agriculture", "education", "learning", "commerce", "services", "service", "consultancy", "fc", "sc", "afc", "cf",
                "microdevices", "microelectronics", "photonics", "optics", "silicon", "chips", "semis", "llp", "kk", "ag", "sa", "nv",
                "bv", "spa", "srl", "pte", "pty", "sdn", "bhd", "c.v", "ltda", "a.ş", "enterprise", "enterprises", "ventures.", "works",
                // the same words in the languages of European and Latin American company names ("Nordlicht
                // Energie", "Nordhav Invest", "Visiona Médica", "Andes Sistemas")
                "energie", "énergie", "energia", "energía", "gruppe", "groep", "technik", "technologie", "technologien",
                "tecnologia", "tecnologias", "tecnología", "tecnologías", "tecnologie", "sistemas", "sistemi", "systeme",
                "systèmes", "soluciones", "soluções", "solucoes", "industrie", "industria", "indústria", "werke", "logistik",
                "stiftung", "verlag", "versicherung", "versicherungen", "seguros", "saúde", "saude", "salud", "médica",
                "medica", "médical", "fonds", "alliance", "consortium", "association", "coalition", "invest", "kapital", "fonden", "banque", "banco", "holding", "telecomunicações",
                "telecomunicaciones", "robotik", "robótica", "robotica", "informatik", "informática", "digitale", "inteligência",
                "inteligencia", "intelligenza", "intelligenz",
                // (Nordic, Indonesian and Malay: "Trollvik Energi", "Awan Nusantara Teknologi", "Sinar Industri")
                "energi", "teknologi", "teknik", "industri", "sistem", "solusi", "grup",
                // (a group named first in the Romance languages: "Grupo Tejo Portos", "Groupe Orvalis")
                "grupo", "groupe", "gruppo", "grupa",
                // and in pinyin ("Riyue Zhineng": intelligence, 智能; technology, 科技; group, 集团)
                "zhineng", "keji", "jituan", "kexue", "jishu", "wangluo"});
}

bool is_org_noun(std::string_view w) {
  return is_any(w, {"startup", "start-up", "company", "firm", "lab", "laboratory", "rival", "developer", "maker", "provider",
                "unit", "subsidiary", "investor", "fund", "conglomerate", "giant", "chipmaker", "group", "outfit",
                "competitor", "spinoff", "spin-off", "affiliate", "operator", "platform", "insurer", "bank", "university",
                "manufacturer", "builder", "designer", "carmaker", "automaker", "retailer", "telecom", "carrier",
                "broadcaster", "publisher", "airline", "lender", "automaker", "drugmaker", "arm", "division", "grocer", "venture",
                "network", "unicorn", "decacorn", "hub", "nonprofit", "non-profit", "charity", "consortium", "coalition",
                "association", "organization", "organisation", "agency", "fintech", "insurtech", "healthtech", "edtech",
                "proptech", "regtech", "biotech", "marketplace", "backer", "issuer", "brokerage", "chaebol", "exchange",
                // (a game or film studio, a club, a record label: "at Polish studio Zuraw Interactive")
                "studio", "club", "label",
                // (trades whose houses are named after the noun: "the Lisbon sportsbook Aposta Lusa")
                // (not a facility: "Port Alpha, the startup's shipyard, where it builds …")
                "sportsbook", "bookmaker", "newspaper", "magazine", "hotelier", "miner", "refiner", "keiretsu"});
}

bool is_maker_noun(std::string_view w) {
  const std::string_view noun = strip_possessive(w);
  return noun == "maker" || noun == "developer" || noun == "creator" || noun == "owner";
}

bool is_possessive_institution_noun(std::string_view w) {
  return is_any(w, {"hospital", "college", "university", "school", "infirmary", "clinic", "cathedral", "church", "academy"});
}

bool is_product_noun(std::string_view w) {
  return is_any(w, {"model", "models", "chatbot", "assistant", "tool", "app", "agent", "service", "product", "chip", "tutor", "api", "sdk",
                "framework", "frameworks", "library", "encoder",
                "services", "tools", "apps", "agents", "assistants", "chatbots", "chips", "accelerators", "accelerator",
                "processors", "processor", "glasses", "headset", "device", "devices", "robot", "robots",
                "system", "platform", "software", "smartphones", "phones", "browser", "engine", "copilot", "interpreter",
                "called", "dubbed", "named", "successor", "predecessor", "flagship", "generator", "llm", "version",
                "suite", "stack",
                // (hardware: "Google's Ironwood TPU", "the team's VX-Link 2 PHY")
                "gpu", "gpus", "tpu", "tpus", "npu", "npus", "cpu", "cpus", "phy", "soc", "socs", "server", "servers",
                // (vehicles and craft: "its Corsair and Marauder vessels", "the Fury combat aircraft", "Stepova ground robots")
                "drone", "drones", "aircraft", "vessel", "vessels", "satellite", "satellites", "robotaxi", "robotaxis", "rover", "rovers",
                "interceptor", "interceptors", "truck", "trucks", "jet", "jets",
                // (developers' tools: "Burrow, the open-source code indexer")
                "linter", "indexer", "ide", "cli", "sandbox", "sandboxes", "compiler", "debugger", "runtime", "plugin",
                // (games: "Astra Chronicle, Lunaforge's fantasy MMORPG")
                "game", "mmorpg", "rpg",
                // (hardware: "Nvidia's Jetson Orin module", "its Helix Nano hardware")
                "module", "modules", "hardware", "chipset", "chipsets",
                // (a digital therapeutic: "Dalbit, an insomnia therapeutic")
                "therapeutic"});
}

std::string_view without_age(std::string_view w) {
  const std::size_t mid = w.find("\xC2\xB7");
  if (mid == std::string_view::npos || mid == 0 || mid + 2 >= w.size()) return w;
  const std::string_view age = w.substr(mid + 2);
  return std::all_of(age.begin(), age.end(), [](char c) { return c >= '0' && c <= '9'; }) ? w.substr(0, mid) : w;
}

bool is_stop_word(std::string_view w) {
  return is_any(w, {"the", "a", "an", "in", "on", "at", "after", "before", "when", "while", "but", "and", "or", "its", "his",
                "her", "their", "it", "he", "she", "they", "we", "i", "you", "this", "that", "these", "those", "last",
                "next", "also", "today", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
                "nov", "dec", "mr", "mr.", "ms", "ms.", "mrs", "dr", "dr.", "prof", "prof.", "former", "ex", "m&a", "ousted", "embattled", "outgoing", "departing", "sacked", "separately", "meanwhile",
                // adverbs and adjectives of time before a name ("Early Nusara backer X")
                "early", "earlier", "later",
                // a filing's defined terms ('the Board of Directors of the Company (the "Board")')
                "board", "committee", "directors",
                // the fields of titles, capitalised in a post ("Vice President, Investor Relations")
                "relations", "affairs",
                "however", "called", "dubbed", "introducing", "announcing", "meet", "expect", "watch", "ask", "consider", "see",
                // gerunds that open a sentence before a name ("Bringing Yasmin into Qamar ...")
                "bringing", "hiring", "adding", "joining", "leaving", "building", "backing", "following", "making", "taking",
                "having", "getting", "putting", "partnering", "naming", "appointing", "acquiring", "buying", "selling",
                "raising", "investing", "combining", "pairing", "letting", "giving", "helping", "keeping", "welcoming", "presenting", "share", "subscribe", "courtesy", "advertisement", "related", "updated", "published", "posted",
                "reporting", "editing", "by", "for", "from", "with", "to", "of", "as", "our", "your", "according",
                "terms", "existing", "investors", "series", "seed", "round", "startup", "company", "tech", "technology",
                // descriptions opening a sentence ("Rival Morae Intelligence raised")
                "rival", "rivals", "competitor", "fellow", "both", "either", "neither",
                "industry", "deals", "business", "home", "guides", "most", "read", "popular", "topics", "more", "great",
                "stories", "copyright", "all", "rights", "reserved", "write", "sign", "tweet", "unsubscribe", "view",
                "french", "american", "israeli", "korean", "japanese", "chinese", "european", "british", "german",
                "sheikh", "prince", "princess", "king", "queen", "sir", "dame", "lord", "unlike", "among", "besides", "beyond", "alongside", "canadian", "indian", "dutch", "norwegian", "swedish", "danish", "finnish", "swiss", "spanish",
                "italian", "irish", "polish", "turkish", "russian", "ukrainian", "brazilian", "mexican", "australian",
                "singaporean", "taiwanese", "vietnamese", "thai", "indonesian", "emirati", "saudi", "qatari",
                "austrian", "belgian", "portuguese", "greek", "czech", "estonian", "malaysian", "pakistani", "nigerian",
                "kenyan", "egyptian", "argentine", "chilean", "colombian", "icelandic", "scottish", "welsh",
                "hungarian", "romanian", "bulgarian", "serbian", "croatian", "slovak", "slovenian", "lithuanian", "latvian",
                "filipino", "peruvian", "venezuelan", "ghanaian", "ethiopian", "moroccan", "tunisian", "algerian", "jordanian",
                "lebanese", "iranian", "iraqi", "bangladeshi", "nepali", "kazakh", "uzbek", "mongolian", "rwandan", "ugandan",
                "tanzanian", "senegalese", "cypriot", "philippine", "filipina",
                // currencies' codes before an amount ("SAR 225mn", "KRW 25 billion")
                "usd", "eur", "gbp", "sar", "aed", "inr", "sgd", "idr", "vnd", "jpy", "krw", "cny", "rmb", "hkd", "aud", "cad",
                "brl", "mxn", "zar", "ngn", "kes", "egp", "chf", "sek", "nok", "dkk", "pln", "myr", "thb", "qar", "twd", "ils",
                // languages ("builds Arabic models", "Hindi speech")
                "arabic", "hindi", "tamil", "telugu", "marathi", "bengali", "urdu", "swahili", "yoruba", "hausa", "igbo", "amharic",
                "hebrew", "persian", "farsi", "malay", "tagalog", "mandarin", "cantonese", "english", "seoul", "tokyo", "paris", "london", "new", "york", "san", "francisco", "toronto",
                "lisbon", "osaka", "beijing", "california", "japan", "korea", "south", "china", "europe", "u.s.", "us",
                "uk", "u.k.", "silicon", "valley", "israel", "canada", "france", "germany", "why", "how", "what", "who",
                "where", "which", "there", "here", "not", "no", "one", "two", "three", "some", "many", "several", "each",
                "every", "only", "now", "then", "still", "even", "just", "so", "if", "is", "are", "was", "were", "has",
                "have", "had", "will", "would", "can", "could", "should", "do", "does", "did", "be", "been", "ceo",
                "cto", "cfo", "coo", "chief", "president", "vice", "founder", "co-founder", "chairman", "executive",
                "officer", "head", "director", "researcher", "scientist", "engineer", "ai", "artificial", "intelligence",
                "industry", "asia", "africa", "america", "americas", "week", "issue", "email", "learn", "get", "leave",
                "comment", "powered", "reuse", "content", "standards", "principles", "trust", "tip", "reporters",
                "terminal", "newsletter", "daily", "news", "exclusive", "analysis", "opinion", "video", "photo",
                "file", "people", "investor", "investors", "sources", "source", "officials", "amid", "despite",
                "outside", "inside", "across", "within", "without", "behind", "near", "around", "through", "throughout",
                "against", "toward", "towards", "upon", "via", "per", "beside", "below", "above", "along",
                "during", "since", "until", "about", "over", "under", "into", "than", "like", "said", "says",
                "announced", "because", "although", "though", "whether", "unless", "other", "once", "yet", "her", "him", "them", "my", "gen", "ar",
                "mb", "gb", "x", "linkedin", "facebook", "instagram", "whatsapp", "print", "save", "listen",
                "international", "global", "national", "federal", "state", "public", "private", "digital", "data", "image",
                "credits", "credit", "illustration", "photograph", "caption", "disclosure", "correction", "update", "editor's",
                "note", "participants", "panelists", "attendees", "conference",
                // languages ("its Kiswahili voice assistant, Msaidizi"): no parties
                "swahili", "kiswahili", "hausa", "igbo", "yoruba", "amharic", "hindi", "bengali", "tamil", "telugu",
                "marathi", "urdu", "hinglish", "indic", "zulu", "xhosa", "somali", "wolof", "kinyarwanda", "punjabi",
                "gujarati", "kannada", "malayalam", "tagalog", "farsi",
                // contractions ("I'm Priya Raghunathan")
                "i'm", "i've", "i'd", "i'll", "it's", "we're", "we've", "they're", "that's", "there's", "here's", "what's",
                "let's", "you're", "he's", "she's"});
}

bool is_determiner(std::string_view w) {
  return is_any(w, {"the", "a", "an", "its", "their", "his", "her", "two", "three", "four", "small", "new", "rival",
                "israeli", "french", "american", "korean", "japanese", "chinese", "british", "german", "canadian",
                "seoul", "paris", "toronto", "cloud", "annotation", "education", "robotics", "voice", "legal", "flagship",
                "customer-service", "in-house", "own", "first", "latest", "next", "open-source", "conversational",
                "translation", "speech", "ai", "generative", "large", "language", "coding", "video", "image", "search",
                "software", "chip", "other", "several", "investors", "including"});
}

bool is_number_word(std::string_view w) { return is_any(w, {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}); }

bool is_legal_form_word(std::string_view w) {
  return is_any(w, {"co", "inc", "corp", "ltd", "llc", "plc", "gmbh", "ag", "sa", "s.a", "sas", "nv", "bv", "b.v", "kk", "k.k", "pte", "pvt",
                    "limited", "corporation", "incorporated",
                    // (Latin American, Turkish, Italian and Spanish forms: "S.A. de C.V.", "Ltda.", "A.Ş.", "S.r.l.", "S.L.")
                    "c.v", "ltda", "a.ş", "s.r.l", "srl", "s.l", "sarl", "spa", "s.p.a",
                    // (Malaysia's and Indonesia's: "Sdn. Bhd.", "Berhad", "Tbk")
                    "sdn", "bhd", "berhad", "tbk"});
}

bool is_post_adjective(std::string_view w) {
  return is_any(w, {"remaining", "other", "fellow", "surviving", "sole", "longtime", "long-time"});
}

bool is_name_suffix(std::string_view w) { return is_any(w, {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}); }

std::string without_name_suffix(std::string_view name) {
  const std::size_t sp = name.rfind(' ');
  // (after a name of two words at least: "Marcus Whitlow Jr.")
  if (sp != std::string_view::npos && name.find(' ') < sp && is_name_suffix(name.substr(sp + 1))) return std::string(name.substr(0, sp));
  return std::string(name);
}

std::string without_initials(std::string_view name) {
  const std::string core = without_name_suffix(name);
  std::string out;
  for (std::size_t b = 0; b < core.size();) {
    const std::size_t e = std::min(core.find(' ', b), core.size());
    const std::string_view w = std::string_view(core).substr(b, e - b);
    // (a capital and its dot inside the name, not its first word: "J. Robert Oppenheimer" keeps it)
    const bool initial = b > 0 && e < core.size() && w.size() == 2 && w[0] >= 'A' && w[0] <= 'Z' && w[1] == '.';
    if (!initial) {
      if (!out.empty()) out += ' ';
      out += w;
    }
    b = e + 1;
  }
  return out;
}

}  // namespace inmaek::extract::en
