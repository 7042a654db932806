# End-to-end quality: the inmaek tool builds graphs from the team's Korean suite, the bundled
# examples and the shared seeds; ../shared/eval/score.py scores them against their gold, and
# check_quality.py fails when a score drops below its floor. The examples' output also goes
# through the real consumers (check_outputs.py). Included from tests/CMakeLists.txt.

set(_q ${CMAKE_CURRENT_SOURCE_DIR}/quality)
set(_qout ${CMAKE_CURRENT_BINARY_DIR}/quality-out)
set(_score ${PROJECT_SOURCE_DIR}/../shared/eval/score.py)

# inmaek_quality(NAME INPUT GOLD CORE ALL RECALL FRAGMENTED)
function(inmaek_quality name input gold core all recall fragmented)
  add_test(NAME quality/${name}_build
    COMMAND inmaek build ${input} -o ${_qout}/${name} --quiet)
  set_tests_properties(quality/${name}_build PROPERTIES FIXTURES_SETUP quality_${name} LABELS quality)
  add_test(NAME quality/${name}_score
    COMMAND ${INMAEK_PYTHON} ${_q}/check_quality.py ${_score} ${gold} ${_qout}/${name}/graph.graphml
            --jsonld ${_qout}/${name}/graph.jsonld
            --core ${core} --all ${all} --recall ${recall} --fragmented ${fragmented})
  set_tests_properties(quality/${name}_score PROPERTIES FIXTURES_REQUIRED quality_${name} LABELS quality)
endfunction()

if(EXISTS ${_score})
  # Floors sit just under the scores measured when they were set (see the README); raise them as quality improves.
  inmaek_quality(ko_suite ${_q}/ko ${_q}/ko/gold.json 0.85 0.84 0.94 5)
  # Held out: written by a separate engineer who did not see the suite or the code; first blind score core F1 0.53
  # (session 1); its error list has guided general fixes since, so it is no longer blind.
  inmaek_quality(ko_holdout ${_q}/ko_holdout ${_q}/ko_holdout/gold.json 0.81 0.82 0.90 2)
  # Held out, second set (session 2): twelve Korean and twelve English articles written by engineers
  # who saw neither the code nor the suites. First blind scores, Korean core F1 0.519 (all 0.582),
  # English core F1 0.542 (all 0.509); the floors follow the scores after the session's general fixes,
  # for which their error lists were read (so they are no longer blind either).
  inmaek_quality(ko_holdout2 ${_q}/ko_holdout2 ${_q}/ko_holdout2/gold.json 0.89 0.89 0.94 2)
  inmaek_quality(en_holdout ${_q}/en_holdout ${_q}/en_holdout/gold.json 0.87 0.86 0.95 13)
  # Held out, third set (end of session 2): six Korean and six English articles written blind and
  # scored once, with no change to the rules after: Korean core 0.826 / all 0.827 / recall 0.924,
  # English core 0.667 / all 0.715 / recall 0.945. (score.py's containment fallback maps the Google
  # node onto "Google DeepMind" in the Korean set, which it counts as one fragmented entity.)
  inmaek_quality(ko_holdout3 ${_q}/ko_holdout3 ${_q}/ko_holdout3/gold.json 0.87 0.86 0.93 1)
  # (English held-out 3 was read for error classes in session 3: 0.667 -> 0.918.)
  inmaek_quality(en_holdout3 ${_q}/en_holdout3 ${_q}/en_holdout3/gold.json 0.91 0.91 0.97 7)
  # Held out, fourth set (session 3): ten English and six Korean articles and three events told in
  # both languages, written blind. First runs, English core F1 0.709 (session-2 code 0.636), Korean
  # 0.775, mixed 0.741 with 13 fragmented entities; the English and mixed sets were then read for
  # error classes (no longer blind), the Korean one was not.
  inmaek_quality(en_holdout4 ${_q}/en_holdout4 ${_q}/en_holdout4/gold.json 0.85 0.82 0.97 10)
  inmaek_quality(ko_holdout4 ${_q}/ko_holdout4 ${_q}/ko_holdout4/gold.json 0.77 0.78 0.87 3)
  inmaek_quality(mixed_holdout ${_q}/mixed_holdout ${_q}/mixed_holdout/gold.json 0.76 0.76 0.96 4)
  # Held out, sixth set (end of session 3): eight English articles and two events in both languages,
  # written blind and scored once on the session's final rules: English core F1 0.710 (session-2 code
  # 0.621), entity recall 0.951; mixed core F1 0.897 with 4 entities split across languages, which
  # were then read and fixed (Financial Group suffixes, a title before a name, a fund without its
  # "Capital"), and the English set was read for error classes (0.710 -> 0.779): neither is blind now.
  inmaek_quality(en_holdout6 ${_q}/en_holdout6 ${_q}/en_holdout6/gold.json 0.83 0.79 0.95 3)
  # (session 5: the Korean side now finds "하이든실리콘(Hayden Silicon)", which the English side names
  # "Hayden" alone; score.py counts the two nodes as one split entity, hence 1)
  inmaek_quality(mixed_holdout6 ${_q}/mixed_holdout6 ${_q}/mixed_holdout6/gold.json 0.88 0.89 0.99 1)
  # Held out, eighth set (session 4): ten English articles by outlet type (wire, funding, analysis,
  # regional, company post, executive moves, M&A, profile, newsletter, model release), written blind
  # and scored once early in the session: core F1 0.749 (session-3 code 0.746), entity recall 0.936;
  # then read for error classes, so no longer blind.
  inmaek_quality(en_holdout8 ${_q}/en_holdout8 ${_q}/en_holdout8/gold.json 0.90 0.83 0.94 9)
  # Held out, seventh set (session 4): ten English articles and two events told in both languages,
  # written blind and scored once on the session's rules of that moment: English core F1 0.727 (the
  # session-3 code scored the same 0.727), entity recall 0.906; mixed core F1 0.766 with 2 entities
  # split across languages. Then read for error classes (datelines, colons, surname-first names,
  # word-by-word names), so no longer blind.
  inmaek_quality(en_holdout7 ${_q}/en_holdout7 ${_q}/en_holdout7/gold.json 0.83 0.80 0.90 8)
  inmaek_quality(mixed_holdout7 ${_q}/mixed_holdout7 ${_q}/mixed_holdout7/gold.json 0.91 0.91 0.96 0)
  # Held out, tenth set (end of session 4): three events told in Korean and in English, written blind
  # and scored once on the session's final rules: core F1 0.929, entity recall 1.000, but 6
  # entities split (score.py's count; Chinese, German and camel-case names and surnames alone);
  # then read and fixed (pinyin, German W, SoriTalk, surnames after a full name): 1 left.
  inmaek_quality(mixed_holdout10 ${_q}/mixed_holdout10 ${_q}/mixed_holdout10/gold.json 0.91 0.92 0.99 1)
  # Held out, session 5: two English sets of ten articles (eleventh: wire, funding scoop, feature, company
  # blog, press release, newsletter, interview, profile, M&A analysis, launch; twelfth: business daily,
  # tech blog, regional papers, live page, portfolio note, lab release, retrospective, op-ed, board
  # shake-up, spin-off) and four events told in both languages, written blind and scored once on
  # session 4's code: English core F1 0.713 and 0.719, mixed 0.800 with 6 entities split. Then read
  # for error classes (interview and blog narrators, whole-document references), so no longer blind.
  inmaek_quality(en_holdout11 ${_q}/en_holdout11 ${_q}/en_holdout11/gold.json 0.87 0.87 0.96 3)
  inmaek_quality(en_holdout12 ${_q}/en_holdout12 ${_q}/en_holdout12/gold.json 0.87 0.82 0.97 3)
  inmaek_quality(mixed_holdout13 ${_q}/mixed_holdout13 ${_q}/mixed_holdout13/gold.json 0.82 0.84 0.99 0)
  # Blind checks at the end of session 5, each scored once on the session's final English rules
  # (English held-out 9 from session 4, kept out of the repo, scored a second time: 0.745): English
  # held-out 15 (ten articles: earnings, university spin-out, alumni, lawsuit, an Asian business paper,
  # podcast page, deal sheet, review, fund release, mergers) 0.738 (session 4's code: 0.738 too),
  # mixed held-out 16 (four events in both languages) 0.915 with 2 split (an Arabic surname with its
  # article; "Samsung" for Samsung Electronics). Then read for whole-document failures, so no longer blind.
  inmaek_quality(en_holdout15 ${_q}/en_holdout15 ${_q}/en_holdout15/gold.json 0.81 0.79 0.96 5)
  inmaek_quality(mixed_holdout16 ${_q}/mixed_holdout16 ${_q}/mixed_holdout16/gold.json 0.97 0.91 0.99 0)
  # English held-out 17 (eight articles in the style of wires, launch posts, scoops, M&A, a profile, a
  # partnership, a newsletter and a lab spin-off), written blind and scored once on the session's final
  # English rules: core 0.849 / 0.726 / 0.783, entity recall 0.959 (session 4's code: 0.761); then read.
  inmaek_quality(en_holdout17 ${_q}/en_holdout17 ${_q}/en_holdout17/gold.json 0.78 0.77 0.95 3)
  # Session 6: English held-out 18 (ten articles: wire funding, launch, departure with unnamed
  # sources, M&A, founder profile, podcast, company blog, newsletter, column, board) and mixed held-out
  # 20 (five events in both languages), written blind and scored once on session 5's final code:
  # English core 0.884 / 0.655 / 0.752, entity recall 0.981; mixed 0.891 / 0.774 / 0.828, entity
  # recall 0.91, 1 split (도이치텔레콤 / Deutsche Telekom). Then read for error classes.
  inmaek_quality(en_holdout18 ${_q}/en_holdout18 ${_q}/en_holdout18/gold.json 0.80 0.78 0.97 6)
  # (1 fragmented: the headline's "Hansung" is the AI unit for us, Hansung Group for the annotator)
  inmaek_quality(mixed_holdout20 ${_q}/mixed_holdout20 ${_q}/mixed_holdout20/gold.json 0.86 0.82 0.93 1)
  # Session 6, scored once each on the rules of the time, then read: English held-out 19 (ten
  # articles: Korean outlet's English edition, scoop, Series A, LinkedIn post, 8-K filing, wiki-style
  # history, lab exodus, who's who, Chinese startup, obituary) 0.899 / 0.645 / 0.751 (entity recall
  # 0.942) mid-session; English held-out 21 (ten: scoop, mega-round, chaebol spin-off, Indian Series B,
  # Japanese press release, feature, newsletter, lawsuit, model launch, week in review) 0.888 / 0.637
  # / 0.742 (0.919) and mixed held-out 22 (four events in both languages) 0.933 / 0.700 / 0.800
  # (0.98, 3 split: Kenji Watanabe, Daon Buddy, Samsung) on the session's final rules.
  inmaek_quality(en_holdout19 ${_q}/en_holdout19 ${_q}/en_holdout19/gold.json 0.82 0.78 0.95 7)
  inmaek_quality(en_holdout21 ${_q}/en_holdout21 ${_q}/en_holdout21/gold.json 0.79 0.75 0.91 5)
  inmaek_quality(mixed_holdout22 ${_q}/mixed_holdout22 ${_q}/mixed_holdout22/gold.json 0.78 0.77 0.97 1)
  # Written at the end of session 6 and scored once on its final rules (not read yet): English held-out
  # 23 (eight: AP brief, Forbes profile, GeekWire Series A, Reuters Paris lab, ET acquisition, IR
  # release, Rest of World, open-weight launch) 0.957 / 0.662 / 0.783, entity recall 0.906; mixed
  # held-out 24 (three events in both languages) 0.826 / 0.655 / 0.731, 0.921, 5 fragmented (대니얼
  # 오(Daniel Oh·한국명 오승민), 모리 아야카 found as 아야카, FAIR/기초AI연구소, Meta AI, VELA/Vela).
  inmaek_quality(en_holdout23 ${_q}/en_holdout23 ${_q}/en_holdout23/gold.json 0.81 0.74 0.90 3)
  inmaek_quality(mixed_holdout24 ${_q}/mixed_holdout24 ${_q}/mixed_holdout24/gold.json 0.82 0.81 0.91 1)
  # Session 7: six sets written blind by helpers (none of them saw code, suites or each other).
  # 25 (English, ten: wire, FT-style, tech blog, profile, Q&A, press release, roundup, trade press,
  # Nairobi daily, obituary) and 26 (mixed, four events in both languages) were scored once on session
  # 6's final code (0.875 / 0.653 / 0.748, entity recall 0.92; 0.818 / 0.738 / 0.776, 0.96, 11
  # fragmented) and then read; 27 (English, eight) and 28 (mixed, three events) were scored once in
  # mid-session (b7a6c16: 0.902 / 0.740 / 0.813, 0.931; 0.833 / 0.735 / 0.781, 0.945, 11 fragmented)
  # and then read; 29 (English, eight: markets wire, TechCrunch, Korea Herald, Nikkei, 8-K, podcast
  # transcript, LinkedIn post, people-moves newsletter) and 30 (mixed, three events) were scored once
  # on the session's final rules (8a63a57: 0.934 / 0.600 / 0.731, 0.915, 5 fragmented; 0.885 / 0.561 /
  # 0.687, 0.868, 5 fragmented) and read for a last round of general fixes. Floors under the scores now.
  inmaek_quality(en_holdout25 ${_q}/en_holdout25 ${_q}/en_holdout25/gold.json 0.93 0.92 0.94 3)
  inmaek_quality(mixed_holdout26 ${_q}/mixed_holdout26 ${_q}/mixed_holdout26/gold.json 0.91 0.90 0.97 4)
  inmaek_quality(en_holdout27 ${_q}/en_holdout27 ${_q}/en_holdout27/gold.json 0.88 0.84 0.93 4)
  inmaek_quality(mixed_holdout28 ${_q}/mixed_holdout28 ${_q}/mixed_holdout28/gold.json 0.85 0.83 0.94 4)
  inmaek_quality(en_holdout29 ${_q}/en_holdout29 ${_q}/en_holdout29/gold.json 0.79 0.75 0.92 4)
  inmaek_quality(mixed_holdout30 ${_q}/mixed_holdout30 ${_q}/mixed_holdout30/gold.json 0.71 0.72 0.87 3)
  # Session 8: English 31 (eight: 8-K with press-release exhibit, podcast transcript, LinkedIn post,
  # people-moves newsletter, funding roundup, Paris wire, Kyoto profile, Lagos daily) and mixed 32 (three
  # events in both languages) written blind by helpers, scored once at the session's start on session 7's
  # final code (31: 0.816 / 0.549 / 0.656, entity recall 0.917; 32: 0.875 / 0.700 / 0.778, 0.93, 10
  # fragmented), then read as the session's development sets (31: 0.915, 32: 0.860 / 3 fragmented).
  inmaek_quality(en_holdout31 ${_q}/en_holdout31 ${_q}/en_holdout31/gold.json 0.90 0.88 0.93 1)
  inmaek_quality(mixed_holdout32 ${_q}/mixed_holdout32 ${_q}/mixed_holdout32/gold.json 0.83 0.82 0.95 0)
  # Session 8's held-out sets, written blind at the session's start and scored once near its end
  # (9d35bb1; session 7's final code in brackets): English 33 (eight: wire, FT-style, trade press, Q&A,
  # press release, roundup, retrospective, Gulf outlet) 0.888 / 0.750 / 0.813, entity recall 0.981
  # [0.811]; mixed 34 (three events in both languages) 0.674 / 0.558 / 0.611, 0.927, 5 fragmented
  # [0.609, 5]; Korean 35 (eight: wire, funding roundup, trade press, profile, interview, obituary,
  # newsletter, regional) 0.844 / 0.505 / 0.632, 0.812 [0.624]. Then read for a last round.
  inmaek_quality(en_holdout33 ${_q}/en_holdout33 ${_q}/en_holdout33/gold.json 0.80 0.77 0.97 2)
  inmaek_quality(mixed_holdout34 ${_q}/mixed_holdout34 ${_q}/mixed_holdout34/gold.json 0.74 0.74 0.93 1)
  inmaek_quality(ko_holdout35 ${_q}/ko_holdout35 ${_q}/ko_holdout35/gold.json 0.74 0.76 0.84 2)
  # session 9: two development sets (36 mixed, 37 Korean), three kept unread until scored once mid-session
  # (38 mixed, 39 Korean, 40 English) and three more scored once at the end (41, 42, 43); see the README
  inmaek_quality(mixed_holdout36 ${_q}/mixed_holdout36 ${_q}/mixed_holdout36/gold.json 0.80 0.82 0.96 0)
  inmaek_quality(ko_holdout37 ${_q}/ko_holdout37 ${_q}/ko_holdout37/gold.json 0.67 0.68 0.80 0)
  inmaek_quality(mixed_holdout38 ${_q}/mixed_holdout38 ${_q}/mixed_holdout38/gold.json 0.79 0.82 0.97 1)
  inmaek_quality(ko_holdout39 ${_q}/ko_holdout39 ${_q}/ko_holdout39/gold.json 0.74 0.75 0.90 2)
  inmaek_quality(en_holdout40 ${_q}/en_holdout40 ${_q}/en_holdout40/gold.json 0.77 0.76 0.89 1)
  inmaek_quality(en_holdout41 ${_q}/en_holdout41 ${_q}/en_holdout41/gold.json 0.75 0.76 0.93 2)
  inmaek_quality(mixed_holdout42 ${_q}/mixed_holdout42 ${_q}/mixed_holdout42/gold.json 0.81 0.81 0.98 2)
  inmaek_quality(ko_holdout43 ${_q}/ko_holdout43 ${_q}/ko_holdout43/gold.json 0.72 0.70 0.80 4)
  # session 10: three sets read from mid-session (44 English, 45 mixed, 46 Korean), three scored once
  # unread mid-session, then read (47, 48, 49), three scored once unread at the end (50, 51, 52); see the README
  inmaek_quality(en_holdout44 ${_q}/en_holdout44 ${_q}/en_holdout44/gold.json 0.81 0.79 0.94 4)
  inmaek_quality(mixed_holdout45 ${_q}/mixed_holdout45 ${_q}/mixed_holdout45/gold.json 0.82 0.84 0.89 3)
  inmaek_quality(ko_holdout46 ${_q}/ko_holdout46 ${_q}/ko_holdout46/gold.json 0.73 0.74 0.87 0)
  inmaek_quality(en_holdout47 ${_q}/en_holdout47 ${_q}/en_holdout47/gold.json 0.79 0.75 0.88 2)
  inmaek_quality(mixed_holdout48 ${_q}/mixed_holdout48 ${_q}/mixed_holdout48/gold.json 0.78 0.79 0.91 1)
  inmaek_quality(ko_holdout49 ${_q}/ko_holdout49 ${_q}/ko_holdout49/gold.json 0.67 0.68 0.84 1)
  inmaek_quality(en_holdout50 ${_q}/en_holdout50 ${_q}/en_holdout50/gold.json 0.80 0.77 0.95 3)
  inmaek_quality(mixed_holdout51 ${_q}/mixed_holdout51 ${_q}/mixed_holdout51/gold.json 0.81 0.83 0.95 2)
  inmaek_quality(ko_holdout52 ${_q}/ko_holdout52 ${_q}/ko_holdout52/gold.json 0.69 0.72 0.82 2)
  # session 11: six sets scored once unread early or mid-session, then read (53 English, 54 mixed, 55 Korean,
  # 59 English, 60 mixed, 61 English), six scored once unread at the end (56, 57, 62 English, 58 and 64 mixed,
  # 63 Korean; 64 then read); see the README
  inmaek_quality(en_holdout53 ${_q}/en_holdout53 ${_q}/en_holdout53/gold.json 0.89 0.86 0.92 4)
  inmaek_quality(mixed_holdout54 ${_q}/mixed_holdout54 ${_q}/mixed_holdout54/gold.json 0.88 0.85 0.97 2)
  inmaek_quality(ko_holdout55 ${_q}/ko_holdout55 ${_q}/ko_holdout55/gold.json 0.77 0.77 0.90 4)
  inmaek_quality(en_holdout56 ${_q}/en_holdout56 ${_q}/en_holdout56/gold.json 0.78 0.78 0.93 7)
  inmaek_quality(en_holdout57 ${_q}/en_holdout57 ${_q}/en_holdout57/gold.json 0.79 0.75 0.92 6)
  inmaek_quality(mixed_holdout58 ${_q}/mixed_holdout58 ${_q}/mixed_holdout58/gold.json 0.76 0.74 0.92 3)
  inmaek_quality(en_holdout59 ${_q}/en_holdout59 ${_q}/en_holdout59/gold.json 0.77 0.76 0.94 5)
  inmaek_quality(mixed_holdout60 ${_q}/mixed_holdout60 ${_q}/mixed_holdout60/gold.json 0.84 0.81 0.95 2)
  inmaek_quality(en_holdout61 ${_q}/en_holdout61 ${_q}/en_holdout61/gold.json 0.81 0.79 0.93 6)
  inmaek_quality(en_holdout62 ${_q}/en_holdout62 ${_q}/en_holdout62/gold.json 0.72 0.70 0.91 4)
  inmaek_quality(ko_holdout63 ${_q}/ko_holdout63 ${_q}/ko_holdout63/gold.json 0.74 0.70 0.89 3)
  inmaek_quality(mixed_holdout64 ${_q}/mixed_holdout64 ${_q}/mixed_holdout64/gold.json 0.89 0.87 0.96 3)
  # Held out, session 12: twelve more sets by helpers who saw no code. Scored once on this session's
  # code as it was when they arrived, then read for error classes: 65 English (0.790), 66 mixed (0.737,
  # 13 fragmented), 71 English (0.762), 72 mixed (0.806), 73 Korean (0.742). Kept unread and scored
  # once at the end beside session 11's code (9d86930): 67, 68, 74 English, 69, 75 mixed, 70, 76
  # Korean (see the README and NOTES.md); 69 and 76 were read after that score for what dropped.
  inmaek_quality(en_holdout65 ${_q}/en_holdout65 ${_q}/en_holdout65/gold.json 0.86 0.85 0.92 7)
  inmaek_quality(mixed_holdout66 ${_q}/mixed_holdout66 ${_q}/mixed_holdout66/gold.json 0.84 0.83 0.94 5)
  inmaek_quality(en_holdout67 ${_q}/en_holdout67 ${_q}/en_holdout67/gold.json 0.80 0.80 0.95 7)
  inmaek_quality(en_holdout68 ${_q}/en_holdout68 ${_q}/en_holdout68/gold.json 0.74 0.70 0.94 5)
  inmaek_quality(mixed_holdout69 ${_q}/mixed_holdout69 ${_q}/mixed_holdout69/gold.json 0.88 0.89 0.94 3)
  inmaek_quality(ko_holdout70 ${_q}/ko_holdout70 ${_q}/ko_holdout70/gold.json 0.78 0.79 0.91 6)
  inmaek_quality(en_holdout71 ${_q}/en_holdout71 ${_q}/en_holdout71/gold.json 0.81 0.79 0.93 4)
  inmaek_quality(mixed_holdout72 ${_q}/mixed_holdout72 ${_q}/mixed_holdout72/gold.json 0.83 0.85 0.95 6)
  inmaek_quality(ko_holdout73 ${_q}/ko_holdout73 ${_q}/ko_holdout73/gold.json 0.78 0.77 0.92 2)
  inmaek_quality(en_holdout74 ${_q}/en_holdout74 ${_q}/en_holdout74/gold.json 0.77 0.79 0.91 4)
  inmaek_quality(mixed_holdout75 ${_q}/mixed_holdout75 ${_q}/mixed_holdout75/gold.json 0.83 0.84 0.96 7)
  inmaek_quality(ko_holdout76 ${_q}/ko_holdout76 ${_q}/ko_holdout76/gold.json 0.70 0.65 0.84 2)
  # Session 13: six more sets written blind by helpers. Scored on arrival on session 12's code and read
  # for error classes: 77 mixed (0.850, 8 fragmented), 78 Korean (0.615). Kept unread and scored once at
  # the end beside session 12's code (2553885): 79, 80 mixed, 81 Korean, 82 English (see NOTES.md);
  # 79 and 80 were read after that score for the splits left (floors follow the scores after).
  inmaek_quality(mixed_holdout77 ${_q}/mixed_holdout77 ${_q}/mixed_holdout77/gold.json 0.88 0.86 0.97 5)
  inmaek_quality(ko_holdout78 ${_q}/ko_holdout78 ${_q}/ko_holdout78/gold.json 0.74 0.77 0.89 2)
  inmaek_quality(mixed_holdout79 ${_q}/mixed_holdout79 ${_q}/mixed_holdout79/gold.json 0.80 0.81 0.96 2)
  inmaek_quality(mixed_holdout80 ${_q}/mixed_holdout80 ${_q}/mixed_holdout80/gold.json 0.83 0.82 0.95 1)
  inmaek_quality(ko_holdout81 ${_q}/ko_holdout81 ${_q}/ko_holdout81/gold.json 0.68 0.68 0.83 4)
  inmaek_quality(en_holdout82 ${_q}/en_holdout82 ${_q}/en_holdout82/gold.json 0.83 0.79 0.90 5)
  # Session 14: five more sets written blind by helpers. 83 mixed and 84 Korean were scored on arrival
  # on session 13's code (83: 0.889, 6 fragmented; 84: 0.760) and read for error classes; 85 and 87
  # mixed and 86 English were kept unread and scored once beside session 13's code (32db6ee, see
  # NOTES.md), then 85 and 87 were read for their splits only (floors follow the scores after; raised in
  # session 15 with the fragments it joined).
  inmaek_quality(mixed_holdout83 ${_q}/mixed_holdout83 ${_q}/mixed_holdout83/gold.json 0.90 0.89 0.98 3)
  inmaek_quality(ko_holdout84 ${_q}/ko_holdout84 ${_q}/ko_holdout84/gold.json 0.82 0.80 0.94 2)
  inmaek_quality(mixed_holdout85 ${_q}/mixed_holdout85 ${_q}/mixed_holdout85/gold.json 0.90 0.89 0.98 1)
  inmaek_quality(en_holdout86 ${_q}/en_holdout86 ${_q}/en_holdout86/gold.json 0.78 0.75 0.94 5)
  inmaek_quality(mixed_holdout87 ${_q}/mixed_holdout87 ${_q}/mixed_holdout87/gold.json 0.81 0.82 0.98 4)
  # Session 15: five more sets written blind by helpers. 88 mixed and 89 Korean were scored on arrival
  # on session 14's code (88: 0.895, 3 fragmented; 89: 0.695) and read for error classes; 90, 92 mixed
  # and 91 English were kept unread and scored once beside session 14's code (308836b, see NOTES.md),
  # then read for their splits and some error classes (floors follow the scores after).
  inmaek_quality(mixed_holdout88 ${_q}/mixed_holdout88 ${_q}/mixed_holdout88/gold.json 0.91 0.90 0.98 2)
  inmaek_quality(ko_holdout89 ${_q}/ko_holdout89 ${_q}/ko_holdout89/gold.json 0.87 0.87 0.94 3)
  inmaek_quality(mixed_holdout90 ${_q}/mixed_holdout90 ${_q}/mixed_holdout90/gold.json 0.84 0.81 0.97 5)
  inmaek_quality(en_holdout91 ${_q}/en_holdout91 ${_q}/en_holdout91/gold.json 0.79 0.76 0.95 3)
  inmaek_quality(mixed_holdout92 ${_q}/mixed_holdout92 ${_q}/mixed_holdout92/gold.json 0.80 0.80 0.97 4)
  # Session 16: four sets written blind by helpers and scored once beside session 15's code (fdc4f0f, see
  # NOTES.md) before any was read: 93 and 94 mixed (0.803, 15 fragmented; 0.855, 10), 95 English (0.779,
  # entity recall 0.984), 96 Korean (0.716); then read for their splits and error classes (floors follow the
  # scores after).
  inmaek_quality(mixed_holdout93 ${_q}/mixed_holdout93 ${_q}/mixed_holdout93/gold.json 0.79 0.79 0.98 3)
  inmaek_quality(mixed_holdout94 ${_q}/mixed_holdout94 ${_q}/mixed_holdout94/gold.json 0.85 0.84 0.95 2)
  inmaek_quality(en_holdout95 ${_q}/en_holdout95 ${_q}/en_holdout95/gold.json 0.87 0.85 0.98 2)
  inmaek_quality(ko_holdout96 ${_q}/ko_holdout96 ${_q}/ko_holdout96/gold.json 0.84 0.81 0.96 4)
  # 97 and 98 mixed, written blind later in session 16 and scored once beside session 15's code and this
  # session's before they were read (97: 0.833 / 8 fragmented on session 15's code, 0.833 / 9 on this
  # session's then; 98: 0.857 / 4 on both); then read for their splits.
  inmaek_quality(mixed_holdout97 ${_q}/mixed_holdout97 ${_q}/mixed_holdout97/gold.json 0.85 0.86 0.99 6)
  inmaek_quality(mixed_holdout98 ${_q}/mixed_holdout98 ${_q}/mixed_holdout98/gold.json 0.84 0.82 0.99 3)
  # Session 17: five sets written blind by helpers at the start and scored once beside session 16's code
  # (a64d9b3, see NOTES.md) before any was read: 99 and 100 mixed (0.806, 10 fragmented; 0.780, 14), 101
  # English (0.831, entity recall 0.941), 102 mixed (0.915, 3), 103 Korean (0.729); then read for their
  # splits and error classes (floors follow the scores after).
  inmaek_quality(mixed_holdout99 ${_q}/mixed_holdout99 ${_q}/mixed_holdout99/gold.json 0.85 0.82 0.99 6)
  inmaek_quality(mixed_holdout100 ${_q}/mixed_holdout100 ${_q}/mixed_holdout100/gold.json 0.78 0.78 0.98 8)
  inmaek_quality(en_holdout101 ${_q}/en_holdout101 ${_q}/en_holdout101/gold.json 0.82 0.79 0.93 2)
  inmaek_quality(mixed_holdout102 ${_q}/mixed_holdout102 ${_q}/mixed_holdout102/gold.json 0.90 0.87 0.99 3)
  inmaek_quality(ko_holdout103 ${_q}/ko_holdout103 ${_q}/ko_holdout103/gold.json 0.81 0.80 0.90 3)
  # 104 and 105 mixed, written blind later in session 17 and scored once beside session 16's code and this
  # session's before they were read (104: 0.745 / 15 fragmented on session 16's code, 0.761 / 15 on this
  # session's; 105: 0.857 / 9 on both); not read for error classes this session beyond a look at their
  # splits (floors follow the unread scores).
  inmaek_quality(mixed_holdout104 ${_q}/mixed_holdout104 ${_q}/mixed_holdout104/gold.json 0.75 0.77 0.96 16)
  inmaek_quality(mixed_holdout105 ${_q}/mixed_holdout105 ${_q}/mixed_holdout105/gold.json 0.84 0.82 0.99 9)
  # Session 18: nine sets written blind by helpers (five at the start, four mid-session) and each scored once
  # before it was read, beside session 17's code (8a3afc4) and this session's at the time (NOTES.md lists both):
  # 106 mixed 0.808 / 10 fragmented, 107 mixed 0.791 / 7, 108 mixed 0.866 / 5, 109 English 0.878 / entity recall
  # 0.940, 110 Korean 0.717, 111 mixed 0.862 / 13, 112 mixed 0.867 / 8, 113 English 0.721 / 0.924, 114 Korean 0.669
  # (session 17's code); then read for their splits and error classes (floors follow the scores after).
  inmaek_quality(mixed_holdout106 ${_q}/mixed_holdout106 ${_q}/mixed_holdout106/gold.json 0.79 0.76 0.96 6)
  inmaek_quality(mixed_holdout107 ${_q}/mixed_holdout107 ${_q}/mixed_holdout107/gold.json 0.79 0.77 0.93 6)
  inmaek_quality(mixed_holdout108 ${_q}/mixed_holdout108 ${_q}/mixed_holdout108/gold.json 0.85 0.84 0.96 1)
  inmaek_quality(en_holdout109 ${_q}/en_holdout109 ${_q}/en_holdout109/gold.json 0.86 0.86 0.93 1)
  inmaek_quality(ko_holdout110 ${_q}/ko_holdout110 ${_q}/ko_holdout110/gold.json 0.77 0.78 0.92 4)
  inmaek_quality(mixed_holdout111 ${_q}/mixed_holdout111 ${_q}/mixed_holdout111/gold.json 0.86 0.86 0.97 9)
  inmaek_quality(mixed_holdout112 ${_q}/mixed_holdout112 ${_q}/mixed_holdout112/gold.json 0.85 0.84 0.99 5)
  inmaek_quality(en_holdout113 ${_q}/en_holdout113 ${_q}/en_holdout113/gold.json 0.82 0.84 0.91 5)
  inmaek_quality(ko_holdout114 ${_q}/ko_holdout114 ${_q}/ko_holdout114/gold.json 0.79 0.73 0.92 2)
  # Session 19: five sets written blind by helpers at the start and each scored once before it was read, beside
  # session 18's code (ad8d4fa) and this session's at the time, the same on every set: 115 mixed 0.837 / 10
  # fragmented, 116 mixed 0.782 / 8, 117 English 0.736 / entity recall 0.916, 118 mixed 0.793 / 6, 119 Korean 0.747;
  # then read for their splits and error classes (floors follow the scores after).
  inmaek_quality(mixed_holdout115 ${_q}/mixed_holdout115 ${_q}/mixed_holdout115/gold.json 0.86 0.84 0.99 7)
  inmaek_quality(mixed_holdout116 ${_q}/mixed_holdout116 ${_q}/mixed_holdout116/gold.json 0.80 0.80 0.99 7)
  inmaek_quality(en_holdout117 ${_q}/en_holdout117 ${_q}/en_holdout117/gold.json 0.83 0.79 0.93 8)
  inmaek_quality(mixed_holdout118 ${_q}/mixed_holdout118 ${_q}/mixed_holdout118/gold.json 0.86 0.81 0.96 7)
  inmaek_quality(ko_holdout119 ${_q}/ko_holdout119 ${_q}/ko_holdout119/gold.json 0.79 0.76 0.87 2)
  # Session 20: five sets written blind by helpers at the start and each scored once before it was read, beside
  # session 19's code (048a3cc, the same at the time): 120 mixed 0.772 / 4 fragmented, 121 English 0.741 / entity
  # recall 0.977, 122 mixed 0.842 / 4, 123 English 0.744 / 0.922, 124 mixed 0.838 / 5; then read for their splits and
  # error classes (floors follow the scores after).
  inmaek_quality(mixed_holdout120 ${_q}/mixed_holdout120 ${_q}/mixed_holdout120/gold.json 0.82 0.83 0.95 3)
  inmaek_quality(en_holdout121 ${_q}/en_holdout121 ${_q}/en_holdout121/gold.json 0.82 0.78 0.97 2)
  inmaek_quality(mixed_holdout122 ${_q}/mixed_holdout122 ${_q}/mixed_holdout122/gold.json 0.85 0.86 0.98 3)
  inmaek_quality(en_holdout123 ${_q}/en_holdout123 ${_q}/en_holdout123/gold.json 0.84 0.82 0.93 6)
  inmaek_quality(mixed_holdout124 ${_q}/mixed_holdout124 ${_q}/mixed_holdout124/gold.json 0.84 0.82 0.99 5)
  # Sessions 20-21: nine sets written blind by helpers. 125-129 were scored unread at the end of session 20 (125 English
  # 0.769 / entity recall 0.909, 126 mixed 0.904 / 7 fragmented, 127 English 0.722 / 0.972 on arrival, 128 English 0.789 /
  # 0.884, 129 mixed 0.843 / 3); 130-133 at the start of session 21 beside session 20's code (130 English 0.859 / 0.928,
  # 131 English 0.731 / 0.915, 132 mixed 0.815 / 2, 133 English 0.868 / 0.919). Then read for their error classes
  # (floors follow the scores after).
  inmaek_quality(en_holdout125 ${_q}/en_holdout125 ${_q}/en_holdout125/gold.json 0.76 0.74 0.90 4)
  inmaek_quality(mixed_holdout126 ${_q}/mixed_holdout126 ${_q}/mixed_holdout126/gold.json 0.88 0.86 0.97 2)
  inmaek_quality(en_holdout127 ${_q}/en_holdout127 ${_q}/en_holdout127/gold.json 0.83 0.78 0.96 0)
  inmaek_quality(en_holdout128 ${_q}/en_holdout128 ${_q}/en_holdout128/gold.json 0.78 0.74 0.90 5)
  inmaek_quality(mixed_holdout129 ${_q}/mixed_holdout129 ${_q}/mixed_holdout129/gold.json 0.82 0.85 0.95 2)
  inmaek_quality(en_holdout130 ${_q}/en_holdout130 ${_q}/en_holdout130/gold.json 0.85 0.85 0.92 5)
  inmaek_quality(en_holdout131 ${_q}/en_holdout131 ${_q}/en_holdout131/gold.json 0.80 0.76 0.95 5)
  inmaek_quality(mixed_holdout132 ${_q}/mixed_holdout132 ${_q}/mixed_holdout132/gold.json 0.80 0.77 0.97 2)
  inmaek_quality(en_holdout133 ${_q}/en_holdout133 ${_q}/en_holdout133/gold.json 0.85 0.83 0.93 2)
  # Held out, sets 134-142 (sessions 21-22): English and mixed articles written blind, each scored once beside the code
  # of the session before it (134 English 0.692 / 0.950, 135 mixed 0.866 / 5 split at the end of session 21; 136
  # English 0.701 / 0.895; 137 English 0.721 / 0.919, 138 English 0.769 / 0.906 and 142 English 0.679 / 0.889 at
  # their arrival in session 22). Then read for their error classes (floors follow the scores after).
  inmaek_quality(en_holdout134 ${_q}/en_holdout134 ${_q}/en_holdout134/gold.json 0.78 0.78 0.94 5)
  inmaek_quality(mixed_holdout135 ${_q}/mixed_holdout135 ${_q}/mixed_holdout135/gold.json 0.87 0.88 0.99 3)
  inmaek_quality(en_holdout136 ${_q}/en_holdout136 ${_q}/en_holdout136/gold.json 0.71 0.67 0.90 7)
  inmaek_quality(en_holdout137 ${_q}/en_holdout137 ${_q}/en_holdout137/gold.json 0.87 0.85 0.92 3)
  inmaek_quality(en_holdout138 ${_q}/en_holdout138 ${_q}/en_holdout138/gold.json 0.78 0.74 0.94 6)
  inmaek_quality(en_holdout142 ${_q}/en_holdout142 ${_q}/en_holdout142/gold.json 0.81 0.80 0.90 6)
  # Held out, sets 139-148 (sessions 22-23): written blind, each scored once at its arrival beside the code of the
  # session before (139 mixed 0.862 / 4 split and 143 mixed 0.747 / 2 split on session 21's code; 144 English
  # 0.749 / 0.932, 146 mixed 0.797 / 6 split, 147 English 0.768 / 0.893, 148 mixed 0.787 / 5 split on session 22's).
  # Then read for their error classes in session 23 (floors follow the scores after).
  inmaek_quality(mixed_holdout139 ${_q}/mixed_holdout139 ${_q}/mixed_holdout139/gold.json 0.96 0.95 0.96 2)
  inmaek_quality(mixed_holdout143 ${_q}/mixed_holdout143 ${_q}/mixed_holdout143/gold.json 0.72 0.74 0.98 1)
  inmaek_quality(en_holdout144 ${_q}/en_holdout144 ${_q}/en_holdout144/gold.json 0.77 0.74 0.95 0)
  inmaek_quality(mixed_holdout146 ${_q}/mixed_holdout146 ${_q}/mixed_holdout146/gold.json 0.81 0.80 0.95 4)
  inmaek_quality(en_holdout147 ${_q}/en_holdout147 ${_q}/en_holdout147/gold.json 0.76 0.71 0.90 1)
  inmaek_quality(mixed_holdout148 ${_q}/mixed_holdout148 ${_q}/mixed_holdout148/gold.json 0.80 0.76 0.91 2)
  # Held out, sets 149-159 (sessions 22-24): written blind, each scored once at its arrival beside the code of the
  # session before (149 English 0.847 / 0.898 and 150 mixed 0.857 / 1 split on session 22's; 153 English 0.735 /
  # 0.843, 154 mixed 0.848 / 6 split, 155 English 0.768 / 0.848, 156 mixed 0.840 / 7 split, 159 mixed 0.737 / 7
  # split on session 23's). Then read for their error classes in session 24 (floors follow the scores after).
  inmaek_quality(en_holdout149 ${_q}/en_holdout149 ${_q}/en_holdout149/gold.json 0.88 0.79 0.94 2)
  inmaek_quality(mixed_holdout150 ${_q}/mixed_holdout150 ${_q}/mixed_holdout150/gold.json 0.89 0.90 0.99 0)
  inmaek_quality(en_holdout153 ${_q}/en_holdout153 ${_q}/en_holdout153/gold.json 0.86 0.82 0.93 7)
  inmaek_quality(mixed_holdout154 ${_q}/mixed_holdout154 ${_q}/mixed_holdout154/gold.json 0.84 0.83 0.95 5)
  inmaek_quality(en_holdout155 ${_q}/en_holdout155 ${_q}/en_holdout155/gold.json 0.78 0.77 0.91 2)
  inmaek_quality(mixed_holdout156 ${_q}/mixed_holdout156 ${_q}/mixed_holdout156/gold.json 0.84 0.84 0.95 1)
  inmaek_quality(mixed_holdout159 ${_q}/mixed_holdout159 ${_q}/mixed_holdout159/gold.json 0.74 0.74 0.95 1)
  # (160, mixed, arrived near the end of session 24: 0.891 core, 11 split on session 23's code and on the rules of that
  # moment; then read: 5 split)
  inmaek_quality(mixed_holdout160 ${_q}/mixed_holdout160 ${_q}/mixed_holdout160/gold.json 0.87 0.86 0.95 5)
  # Held out, session 25: mixed sets (4 Korean + 4 English each) written blind, scored once on arrival on
  # session 24's code (e446461): 162 games 0.824 core / 10 split, 163 robotics 0.796 / 8, 165 AI chips 0.816 / 8,
  # 169 pharma 0.847 / 15, 170 telecoms 0.860 / 10. Then read for their split classes (floors follow the scores after).
  inmaek_quality(mixed_holdout162 ${_q}/mixed_holdout162 ${_q}/mixed_holdout162/gold.json 0.85 0.82 0.96 5)
  inmaek_quality(mixed_holdout163 ${_q}/mixed_holdout163 ${_q}/mixed_holdout163/gold.json 0.78 0.81 0.95 5)
  inmaek_quality(mixed_holdout165 ${_q}/mixed_holdout165 ${_q}/mixed_holdout165/gold.json 0.82 0.81 0.98 5)
  inmaek_quality(mixed_holdout169 ${_q}/mixed_holdout169 ${_q}/mixed_holdout169/gold.json 0.83 0.82 0.98 9)
  inmaek_quality(mixed_holdout170 ${_q}/mixed_holdout170 ${_q}/mixed_holdout170/gold.json 0.88 0.86 0.98 7)
  # Held out, session 26: mixed sets written blind, scored once on arrival on session 25's code (e0ba046): 174
  # medical imaging 0.821 core / 5 split, 175 autonomous driving 0.899 / 9, 178 webtoon and content 0.815 / 5, 182
  # edtech and legal tech 0.852 / 7. Then read for their split classes (floors follow the scores after).
  # (session 27: 174 splits one fewer, by the shared-facts join; 175's core 0.899 -> 0.909)
  inmaek_quality(mixed_holdout174 ${_q}/mixed_holdout174 ${_q}/mixed_holdout174/gold.json 0.82 0.81 0.92 3)
  inmaek_quality(mixed_holdout175 ${_q}/mixed_holdout175 ${_q}/mixed_holdout175/gold.json 0.90 0.88 0.98 5)
  inmaek_quality(mixed_holdout178 ${_q}/mixed_holdout178 ${_q}/mixed_holdout178/gold.json 0.82 0.81 0.98 1)
  inmaek_quality(mixed_holdout182 ${_q}/mixed_holdout182 ${_q}/mixed_holdout182/gold.json 0.85 0.85 0.94 2)
  # Held out, session 27: mixed sets written blind, scored once on arrival on session 26's code (4d1d3aa): 184 data
  # centres and power 0.778 core / 13 split (6 across languages), 189 manufacturing and shipbuilding 0.861 / 6 (4),
  # 191 farming, food and climate 0.809 / 9 (5).
  # Then read for their split classes (floors follow the scores after).
  inmaek_quality(mixed_holdout184 ${_q}/mixed_holdout184 ${_q}/mixed_holdout184/gold.json 0.78 0.78 0.97 2)
  inmaek_quality(mixed_holdout189 ${_q}/mixed_holdout189 ${_q}/mixed_holdout189/gold.json 0.87 0.81 0.97 2)
  inmaek_quality(mixed_holdout191 ${_q}/mixed_holdout191 ${_q}/mixed_holdout191/gold.json 0.80 0.78 0.99 7)
  # Held out, session 28: mixed sets written blind, scored once on arrival on session 27's code (8148f04): 192
  # batteries and energy storage 0.829 core / 12 split (8 across languages), 195 quantum and supercomputing 0.854 / 5
  # (4), 196 beauty and fashion 0.866 / 5 (4). Then read for their split classes (floors follow the scores after).
  inmaek_quality(mixed_holdout192 ${_q}/mixed_holdout192 ${_q}/mixed_holdout192/gold.json 0.83 0.83 0.96 5)
  # (lowered in session 38, 0.85 -> 0.83: 'Yushan QCloud 2, which the startup launched' is now a product, and its maker
  # is taken from a sentence before that resolved 'the company' to Foxconn; NOTES.md, session 38)
  inmaek_quality(mixed_holdout195 ${_q}/mixed_holdout195 ${_q}/mixed_holdout195/gold.json 0.83 0.84 0.96 3)
  inmaek_quality(mixed_holdout196 ${_q}/mixed_holdout196 ${_q}/mixed_holdout196/gold.json 0.87 0.83 0.99 1)
  # (and a second batch, scored on arrival on session 27's code and on this session's at the time: 198 mobility and
  # delivery robots 0.831 / 8 split (5 across languages) on both, 200 chip design and EDA 0.845 / 6 (4) on both)
  inmaek_quality(mixed_holdout198 ${_q}/mixed_holdout198 ${_q}/mixed_holdout198/gold.json 0.83 0.83 0.94 7)
  inmaek_quality(mixed_holdout200 ${_q}/mixed_holdout200 ${_q}/mixed_holdout200/gold.json 0.84 0.84 0.97 4)
  # Held out, session 29: mixed sets by helpers who saw neither the code nor the suites, scored once on arrival on
  # session 28's code (94050a4) before reading (core F1 / fragmented / split across languages): 203 farming, food and
  # supply chains 0.720 / 8 / 6, 204 memory, packaging and accelerators 0.800 / 8 / 7, 208 open-weight labs and
  # researcher moves 0.795 / 4 / 4, 209 language learning and translation 0.882 / 8 / 5, 214 AI safety institutes
  # 0.820 / 9 / 4; then read for error classes, so no longer blind.
  inmaek_quality(mixed_holdout203 ${_q}/mixed_holdout203 ${_q}/mixed_holdout203/gold.json 0.79 0.78 0.95 6)
  inmaek_quality(mixed_holdout204 ${_q}/mixed_holdout204 ${_q}/mixed_holdout204/gold.json 0.81 0.80 0.92 3)
  inmaek_quality(mixed_holdout208 ${_q}/mixed_holdout208 ${_q}/mixed_holdout208/gold.json 0.79 0.80 0.93 2)
  inmaek_quality(mixed_holdout209 ${_q}/mixed_holdout209 ${_q}/mixed_holdout209/gold.json 0.88 0.85 0.92 5)
  inmaek_quality(mixed_holdout214 ${_q}/mixed_holdout214 ${_q}/mixed_holdout214/gold.json 0.82 0.81 1.00 6)
  # (and two read later in the session, after a few rules: 207 defence, drones and space 0.817 / 6 / 1 on arrival,
  # 210 telecoms and sovereign cloud 0.847 / 5 / 2)
  inmaek_quality(mixed_holdout207 ${_q}/mixed_holdout207 ${_q}/mixed_holdout207/gold.json 0.81 0.80 0.91 6)
  inmaek_quality(mixed_holdout210 ${_q}/mixed_holdout210 ${_q}/mixed_holdout210/gold.json 0.87 0.84 1.00 3)
  # Held out, session 30: mixed sets by helpers who saw neither the code nor the suites, scored once on arrival on
  # session 29's code (286627a) before reading (core F1 / fragmented / split across languages): 215 farming and
  # climate data 0.914 / 2 / 2, 217 finance 0.844 / 5 / 2, 218 drug discovery 0.833 / 5 / 5, 219 driving and maps
  # 0.827 / 4 / 3, 220 chip design 0.771 / 6 / 4, 222 games and entertainment 0.746 / 9 / 7, 225 robotics 0.889 / 4 /
  # 1, 226 edtech 0.846 / 6 / 6, 227 security and identity 0.870 / 2 / 1; then read for error classes, so no longer blind.
  inmaek_quality(mixed_holdout215 ${_q}/mixed_holdout215 ${_q}/mixed_holdout215/gold.json 0.91 0.86 1.00 0)
  inmaek_quality(mixed_holdout217 ${_q}/mixed_holdout217 ${_q}/mixed_holdout217/gold.json 0.84 0.86 1.00 4)
  inmaek_quality(mixed_holdout218 ${_q}/mixed_holdout218 ${_q}/mixed_holdout218/gold.json 0.90 0.87 1.00 2)
  inmaek_quality(mixed_holdout219 ${_q}/mixed_holdout219 ${_q}/mixed_holdout219/gold.json 0.82 0.83 0.92 1)
  inmaek_quality(mixed_holdout220 ${_q}/mixed_holdout220 ${_q}/mixed_holdout220/gold.json 0.77 0.77 0.97 2)
  inmaek_quality(mixed_holdout222 ${_q}/mixed_holdout222 ${_q}/mixed_holdout222/gold.json 0.74 0.74 0.97 5)
  inmaek_quality(mixed_holdout225 ${_q}/mixed_holdout225 ${_q}/mixed_holdout225/gold.json 0.92 0.90 1.00 2)
  inmaek_quality(mixed_holdout226 ${_q}/mixed_holdout226 ${_q}/mixed_holdout226/gold.json 0.84 0.80 0.94 3)
  inmaek_quality(mixed_holdout227 ${_q}/mixed_holdout227 ${_q}/mixed_holdout227/gold.json 0.87 0.88 0.89 2)
  # (and two read late in the session: 229 logistics and ports 0.882 / 7 / 3 on arrival, 231 space and Earth observation
  # 0.875 / 6 / 3)
  inmaek_quality(mixed_holdout229 ${_q}/mixed_holdout229 ${_q}/mixed_holdout229/gold.json 0.88 0.84 0.93 7)
  inmaek_quality(mixed_holdout231 ${_q}/mixed_holdout231 ${_q}/mixed_holdout231/gold.json 0.87 0.83 0.94 6)
  # (session 31: eight blind sets read, 221, 223, 224 and 232 of session 30 and 233-236 of this session; arrival scores
  # in the README rows)
  inmaek_quality(mixed_holdout221 ${_q}/mixed_holdout221 ${_q}/mixed_holdout221/gold.json 0.88 0.83 0.94 4)
  inmaek_quality(mixed_holdout223 ${_q}/mixed_holdout223 ${_q}/mixed_holdout223/gold.json 0.90 0.92 1.00 1)
  inmaek_quality(mixed_holdout224 ${_q}/mixed_holdout224 ${_q}/mixed_holdout224/gold.json 0.88 0.85 0.95 1)
  inmaek_quality(mixed_holdout232 ${_q}/mixed_holdout232 ${_q}/mixed_holdout232/gold.json 0.86 0.81 1.00 9)
  inmaek_quality(mixed_holdout233 ${_q}/mixed_holdout233 ${_q}/mixed_holdout233/gold.json 0.86 0.86 0.95 1)
  inmaek_quality(mixed_holdout234 ${_q}/mixed_holdout234 ${_q}/mixed_holdout234/gold.json 0.85 0.88 0.97 1)
  inmaek_quality(mixed_holdout235 ${_q}/mixed_holdout235 ${_q}/mixed_holdout235/gold.json 0.84 0.75 1.00 3)
  inmaek_quality(mixed_holdout236 ${_q}/mixed_holdout236 ${_q}/mixed_holdout236/gold.json 0.86 0.86 0.94 1)
  inmaek_quality(mixed_holdout247 ${_q}/mixed_holdout247 ${_q}/mixed_holdout247/gold.json 0.70 0.72 0.97 2)
  inmaek_quality(mixed_holdout248 ${_q}/mixed_holdout248 ${_q}/mixed_holdout248/gold.json 0.90 0.85 0.94 5)
  inmaek_quality(mixed_holdout249 ${_q}/mixed_holdout249 ${_q}/mixed_holdout249/gold.json 0.82 0.83 0.97 2)
  inmaek_quality(mixed_holdout250 ${_q}/mixed_holdout250 ${_q}/mixed_holdout250/gold.json 0.82 0.86 0.91 5)
  inmaek_quality(en_holdout252 ${_q}/en_holdout252 ${_q}/en_holdout252/gold.json 0.81 0.82 0.98 2)
  inmaek_quality(mixed_holdout253 ${_q}/mixed_holdout253 ${_q}/mixed_holdout253/gold.json 0.74 0.73 0.97 4)
  inmaek_quality(mixed_holdout255 ${_q}/mixed_holdout255 ${_q}/mixed_holdout255/gold.json 0.87 0.83 0.96 5)
  inmaek_quality(mixed_holdout257 ${_q}/mixed_holdout257 ${_q}/mixed_holdout257/gold.json 0.79 0.78 0.95 4)
  inmaek_quality(mixed_holdout265 ${_q}/mixed_holdout265 ${_q}/mixed_holdout265/gold.json 0.82 0.86 0.96 6)
  inmaek_quality(mixed_holdout267 ${_q}/mixed_holdout267 ${_q}/mixed_holdout267/gold.json 0.84 0.82 0.96 3)
  inmaek_quality(mixed_holdout268 ${_q}/mixed_holdout268 ${_q}/mixed_holdout268/gold.json 0.79 0.83 0.98 5)
  inmaek_quality(en_holdout272 ${_q}/en_holdout272 ${_q}/en_holdout272/gold.json 0.83 0.84 0.91 4)
  inmaek_quality(mixed_holdout273 ${_q}/mixed_holdout273 ${_q}/mixed_holdout273/gold.json 0.88 0.84 0.96 4)
  inmaek_quality(mixed_holdout276 ${_q}/mixed_holdout276 ${_q}/mixed_holdout276/gold.json 0.80 0.83 0.94 6)
  inmaek_quality(mixed_holdout264 ${_q}/mixed_holdout264 ${_q}/mixed_holdout264/gold.json 0.82 0.80 0.93 5)
  inmaek_quality(mixed_holdout269 ${_q}/mixed_holdout269 ${_q}/mixed_holdout269/gold.json 0.92 0.93 0.95 6)
  inmaek_quality(mixed_holdout274 ${_q}/mixed_holdout274 ${_q}/mixed_holdout274/gold.json 0.89 0.89 0.98 1)
  inmaek_quality(mixed_holdout277 ${_q}/mixed_holdout277 ${_q}/mixed_holdout277/gold.json 0.89 0.88 0.96 3)
  inmaek_quality(mixed_holdout279 ${_q}/mixed_holdout279 ${_q}/mixed_holdout279/gold.json 0.82 0.83 0.96 6)
  inmaek_quality(mixed_holdout280 ${_q}/mixed_holdout280 ${_q}/mixed_holdout280/gold.json 0.83 0.85 0.91 6)
  inmaek_quality(mixed_holdout282 ${_q}/mixed_holdout282 ${_q}/mixed_holdout282/gold.json 0.86 0.85 0.96 2)
  inmaek_quality(mixed_holdout284 ${_q}/mixed_holdout284 ${_q}/mixed_holdout284/gold.json 0.80 0.81 0.95 1)
  inmaek_quality(mixed_holdout285 ${_q}/mixed_holdout285 ${_q}/mixed_holdout285/gold.json 0.84 0.84 0.95 2)
  inmaek_quality(mixed_holdout286 ${_q}/mixed_holdout286 ${_q}/mixed_holdout286/gold.json 0.88 0.87 0.98 4)
  inmaek_quality(mixed_holdout287 ${_q}/mixed_holdout287 ${_q}/mixed_holdout287/gold.json 0.81 0.80 0.98 5)
  inmaek_quality(mixed_holdout288 ${_q}/mixed_holdout288 ${_q}/mixed_holdout288/gold.json 0.84 0.83 0.91 3)
  inmaek_quality(mixed_holdout289 ${_q}/mixed_holdout289 ${_q}/mixed_holdout289/gold.json 0.84 0.86 0.98 2)
  inmaek_quality(mixed_holdout294 ${_q}/mixed_holdout294 ${_q}/mixed_holdout294/gold.json 0.75 0.79 0.93 12)
  inmaek_quality(mixed_holdout296 ${_q}/mixed_holdout296 ${_q}/mixed_holdout296/gold.json 0.87 0.84 0.98 3)
  inmaek_quality(mixed_holdout298 ${_q}/mixed_holdout298 ${_q}/mixed_holdout298/gold.json 0.84 0.87 0.96 5)
  inmaek_quality(mixed_holdout301 ${_q}/mixed_holdout301 ${_q}/mixed_holdout301/gold.json 0.91 0.89 0.95 2)
  inmaek_quality(mixed_holdout308 ${_q}/mixed_holdout308 ${_q}/mixed_holdout308/gold.json 0.77 0.81 0.94 3)
  inmaek_quality(mixed_holdout309 ${_q}/mixed_holdout309 ${_q}/mixed_holdout309/gold.json 0.84 0.80 0.96 2)
  inmaek_quality(mixed_holdout310 ${_q}/mixed_holdout310 ${_q}/mixed_holdout310/gold.json 0.86 0.87 0.99 3)
  inmaek_quality(mixed_holdout318 ${_q}/mixed_holdout318 ${_q}/mixed_holdout318/gold.json 0.80 0.82 0.99 4)
  inmaek_quality(mixed_holdout319 ${_q}/mixed_holdout319 ${_q}/mixed_holdout319/gold.json 0.83 0.84 0.91 4)
  inmaek_quality(mixed_holdout320 ${_q}/mixed_holdout320 ${_q}/mixed_holdout320/gold.json 0.84 0.85 0.96 4)
  inmaek_quality(mixed_holdout321 ${_q}/mixed_holdout321 ${_q}/mixed_holdout321/gold.json 0.85 0.84 0.90 5)
  inmaek_quality(mixed_holdout326 ${_q}/mixed_holdout326 ${_q}/mixed_holdout326/gold.json 0.87 0.86 0.99 2)
  inmaek_quality(mixed_holdout327 ${_q}/mixed_holdout327 ${_q}/mixed_holdout327/gold.json 0.92 0.88 0.99 1)
  inmaek_quality(en_holdout305 ${_q}/en_holdout305 ${_q}/en_holdout305/gold.json 0.92 0.91 0.95 4)
  inmaek_quality(mixed_holdout332 ${_q}/mixed_holdout332 ${_q}/mixed_holdout332/gold.json 0.83 0.81 0.99 5)
  inmaek_quality(mixed_holdout333 ${_q}/mixed_holdout333 ${_q}/mixed_holdout333/gold.json 0.80 0.84 0.99 4)
  # (fragments 4 -> 5 in session 39: the New York Stock Exchange, now a lexicon entry and not in this gold, is matched by
  # score.py's containment fallback to the gold person "Wei-Ling Chan", whose alias "Chan" is inside "Exchange")
  inmaek_quality(en_holdout334 ${_q}/en_holdout334 ${_q}/en_holdout334/gold.json 0.83 0.81 0.92 5)
  inmaek_quality(mixed_holdout336 ${_q}/mixed_holdout336 ${_q}/mixed_holdout336/gold.json 0.91 0.86 0.94 4)
  inmaek_quality(mixed_holdout337 ${_q}/mixed_holdout337 ${_q}/mixed_holdout337/gold.json 0.83 0.82 0.99 4)
  inmaek_quality(mixed_holdout338 ${_q}/mixed_holdout338 ${_q}/mixed_holdout338/gold.json 0.85 0.86 0.96 2)
  # Session 37 (blind sets 340-347 written by helpers on a new machine; scored once on arrival with session 36's
  # final binary): English 345 missed the bar on arrival (0.683 / 0.897) and was read; 342's and 343's split names
  # and 342's English misses were read, and 340's missed English entities (entity recall 0.895 on arrival).
  inmaek_quality(mixed_holdout340 ${_q}/mixed_holdout340 ${_q}/mixed_holdout340/gold.json 0.85 0.84 0.93 3)
  inmaek_quality(mixed_holdout342 ${_q}/mixed_holdout342 ${_q}/mixed_holdout342/gold.json 0.81 0.83 0.95 8)
  inmaek_quality(mixed_holdout343 ${_q}/mixed_holdout343 ${_q}/mixed_holdout343/gold.json 0.87 0.84 0.96 3)
  inmaek_quality(en_holdout345 ${_q}/en_holdout345 ${_q}/en_holdout345/gold.json 0.87 0.88 0.88 6)
  # Session 38 (blind sets 352-363 written by helpers, scored once on arrival with session 37's final binary): 355 was
  # read (its split name, then its English and Korean misses); only the split names of 352, 357, 361 and 363 were read.
  inmaek_quality(mixed_holdout352 ${_q}/mixed_holdout352 ${_q}/mixed_holdout352/gold.json 0.93 0.94 0.94 3)
  inmaek_quality(mixed_holdout355 ${_q}/mixed_holdout355 ${_q}/mixed_holdout355/gold.json 0.77 0.75 0.96 2)
  inmaek_quality(mixed_holdout357 ${_q}/mixed_holdout357 ${_q}/mixed_holdout357/gold.json 0.85 0.78 0.93 3)
  inmaek_quality(mixed_holdout361 ${_q}/mixed_holdout361 ${_q}/mixed_holdout361/gold.json 0.80 0.79 0.96 6)
  inmaek_quality(mixed_holdout363 ${_q}/mixed_holdout363 ${_q}/mixed_holdout363/gold.json 0.91 0.92 0.96 4)
  # Session 39 (blind sets 364-375 written by helpers, scored once on arrival with session 38's final binary, except 360,
  # a set of session 38): only the split names of 360, 366, 367 and 368 were read; 374 was read for its English entities
  # missed (its entity recall 0.884 on arrival), its English misses and its split names.
  inmaek_quality(mixed_holdout360 ${_q}/mixed_holdout360 ${_q}/mixed_holdout360/gold.json 0.72 0.72 0.96 2)
  inmaek_quality(mixed_holdout366 ${_q}/mixed_holdout366 ${_q}/mixed_holdout366/gold.json 0.89 0.90 0.99 4)
  inmaek_quality(mixed_holdout367 ${_q}/mixed_holdout367 ${_q}/mixed_holdout367/gold.json 0.92 0.88 0.99 5)
  inmaek_quality(mixed_holdout368 ${_q}/mixed_holdout368 ${_q}/mixed_holdout368/gold.json 0.89 0.87 0.94 2)
  inmaek_quality(mixed_holdout374 ${_q}/mixed_holdout374 ${_q}/mixed_holdout374/gold.json 0.80 0.83 0.99 6)
  # Held out, fourteenth set (session 5): ten Korean articles by outlet type (funding, people moves,
  # M&A, launch, interview, weekly roundup, overseas, joint venture, board, spin-out), written blind
  # and scored once on main's code (70946a6): core P/R/F1 0.955/0.575/0.718, all F1 0.710, entity
  # recall 0.891, 2 fragmented; then read for error classes (Korean recall), so no longer blind:
  # 0.993 / 0.964 / 0.927 / 0 at the end of the session (it over-predicts the next blind set).
  inmaek_quality(ko_holdout14 ${_q}/ko_holdout14 ${_q}/ko_holdout14/gold.json 0.98 0.95 0.92 0)
  # Development sets (session 3), written by engineers who saw no code and then read for error
  # classes: ten English articles (first run 0.691) and five events in both languages (0.835).
  inmaek_quality(en_holdout5 ${_q}/en_holdout5 ${_q}/en_holdout5/gold.json 0.85 0.82 0.95 5)
  inmaek_quality(mixed2 ${_q}/mixed2 ${_q}/mixed2/gold.json 0.82 0.81 0.97 5)
  inmaek_quality(examples ${PROJECT_SOURCE_DIR}/examples ${PROJECT_SOURCE_DIR}/examples/gold.json 0.99 0.95 0.99 1)
  # English suite (issue 6) and a mixed Korean+English corpus about the same events: no entity
  # may be split across languages there.
  inmaek_quality(en_suite ${_q}/en ${_q}/en/gold.json 0.96 0.95 0.96 1)
  inmaek_quality(mixed ${_q}/mixed ${_q}/mixed/gold.json 0.97 0.97 0.97 0)
  if(EXISTS ${PROJECT_SOURCE_DIR}/../shared/eval/seeds-gold.json)
    inmaek_quality(seeds ${PROJECT_SOURCE_DIR}/../shared/corpus/seeds ${PROJECT_SOURCE_DIR}/../shared/eval/seeds-gold.json
                   0.95 0.94 0.95 1)
  endif()
endif()

# The examples' files open in their real consumers.
add_test(NAME quality/examples_consumers
  COMMAND ${INMAEK_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/consumers/check_outputs.py ${_qout}/examples)
set_tests_properties(quality/examples_consumers PROPERTIES FIXTURES_REQUIRED quality_examples LABELS quality)

# The team's gold files quote their documents exactly.
foreach(_suite en mixed ko_holdout2 en_holdout ko_holdout3 en_holdout3 en_holdout4 ko_holdout4 mixed_holdout en_holdout5 mixed2
               en_holdout6 mixed_holdout6 en_holdout8 en_holdout7 mixed_holdout7 mixed_holdout10 en_holdout11 en_holdout12
               mixed_holdout13 ko_holdout14 en_holdout15 mixed_holdout16 en_holdout17 en_holdout18 mixed_holdout20
               en_holdout19 en_holdout21 mixed_holdout22 en_holdout23 mixed_holdout24 en_holdout25 mixed_holdout26
               en_holdout27 mixed_holdout28 en_holdout29 mixed_holdout30 en_holdout31 mixed_holdout32 en_holdout33
               mixed_holdout34 ko_holdout35 mixed_holdout36 ko_holdout37 mixed_holdout38 ko_holdout39 en_holdout40 en_holdout41
               mixed_holdout42 ko_holdout43 en_holdout44 mixed_holdout45 ko_holdout46 en_holdout47 mixed_holdout48
               ko_holdout49 en_holdout50 mixed_holdout51 ko_holdout52 en_holdout53 mixed_holdout54 ko_holdout55
               en_holdout56 en_holdout57 mixed_holdout58 en_holdout59 mixed_holdout60 en_holdout61 en_holdout62
               ko_holdout63 mixed_holdout64 en_holdout65 mixed_holdout66 en_holdout67 en_holdout68 mixed_holdout69
               ko_holdout70 en_holdout71 mixed_holdout72 ko_holdout73 en_holdout74 mixed_holdout75 ko_holdout76
               mixed_holdout77 ko_holdout78 mixed_holdout79 mixed_holdout80 ko_holdout81 en_holdout82
               mixed_holdout83 ko_holdout84 mixed_holdout85 en_holdout86 mixed_holdout87 mixed_holdout88 ko_holdout89
               mixed_holdout90 en_holdout91 mixed_holdout92 mixed_holdout93 mixed_holdout94 en_holdout95 ko_holdout96
               mixed_holdout97 mixed_holdout98 mixed_holdout99 mixed_holdout100 en_holdout101 mixed_holdout102 ko_holdout103
               mixed_holdout104 mixed_holdout105 mixed_holdout106 mixed_holdout107 mixed_holdout108 en_holdout109 ko_holdout110
               mixed_holdout111 mixed_holdout112 en_holdout113 ko_holdout114 mixed_holdout115 mixed_holdout116 en_holdout117
               mixed_holdout118 ko_holdout119 mixed_holdout120 en_holdout121 mixed_holdout122 en_holdout123 mixed_holdout124
               en_holdout125 mixed_holdout126 en_holdout127 en_holdout128 mixed_holdout129 en_holdout130 en_holdout131 mixed_holdout132 en_holdout133
               en_holdout134 mixed_holdout135 en_holdout136 en_holdout137 en_holdout138 en_holdout142 mixed_holdout139 mixed_holdout143
               en_holdout144 mixed_holdout146 en_holdout147 mixed_holdout148 en_holdout149 mixed_holdout150 en_holdout153
               mixed_holdout154 en_holdout155 mixed_holdout156 mixed_holdout159 mixed_holdout160 mixed_holdout162
               mixed_holdout163 mixed_holdout165 mixed_holdout169 mixed_holdout170 mixed_holdout174 mixed_holdout175
               mixed_holdout178 mixed_holdout182 mixed_holdout184 mixed_holdout189
               mixed_holdout191 mixed_holdout192 mixed_holdout195 mixed_holdout196 mixed_holdout198 mixed_holdout200
               mixed_holdout203 mixed_holdout204 mixed_holdout207 mixed_holdout208 mixed_holdout209 mixed_holdout210
               mixed_holdout214 mixed_holdout215 mixed_holdout217 mixed_holdout218 mixed_holdout219 mixed_holdout220
               mixed_holdout222 mixed_holdout225 mixed_holdout226 mixed_holdout227 mixed_holdout229 mixed_holdout231
               mixed_holdout221 mixed_holdout223 mixed_holdout224 mixed_holdout232 mixed_holdout233 mixed_holdout234 mixed_holdout235
               mixed_holdout236 mixed_holdout247 mixed_holdout248 mixed_holdout249 mixed_holdout250 en_holdout252
               mixed_holdout253 mixed_holdout255 mixed_holdout257 mixed_holdout265 mixed_holdout267 mixed_holdout268
               en_holdout272 mixed_holdout273 mixed_holdout276 mixed_holdout264 mixed_holdout269 mixed_holdout274
               mixed_holdout277 mixed_holdout279 mixed_holdout280 mixed_holdout282 mixed_holdout284 mixed_holdout285
               mixed_holdout286 mixed_holdout287 mixed_holdout288 mixed_holdout289 mixed_holdout294 mixed_holdout296
               mixed_holdout298 mixed_holdout301 mixed_holdout308 mixed_holdout309 mixed_holdout310 en_holdout305
               mixed_holdout318 mixed_holdout319 mixed_holdout320 mixed_holdout321 mixed_holdout326 mixed_holdout327
               mixed_holdout332 mixed_holdout333 en_holdout334 mixed_holdout336 mixed_holdout337 mixed_holdout338
               mixed_holdout340 mixed_holdout342 mixed_holdout343 en_holdout345 mixed_holdout352 mixed_holdout355
               mixed_holdout357 mixed_holdout361 mixed_holdout363 mixed_holdout360 mixed_holdout366 mixed_holdout367
               mixed_holdout368 mixed_holdout374)
  add_test(NAME quality/${_suite}_gold_evidence COMMAND ${INMAEK_PYTHON} ${_q}/check_evidence.py ${_q}/${_suite}/gold.json)
  set_tests_properties(quality/${_suite}_gold_evidence PROPERTIES LABELS quality)
endforeach()
