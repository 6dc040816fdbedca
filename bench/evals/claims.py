"""Accuracy of numeric claims, denials and provenance.

- bench/data/claims_gold.jsonl: 44 hand-written news paragraphs, written before the
  extractors were tuned on them, with money, percentages, equipment, ranges, vague
  magnitudes and distractors (dates, years, ages, ordinals, clock times, model and index
  names, durations). First run, before any fix it prompted: claim F1 0.963, asserter
  accuracy 0.815, F1 with right asserter 0.785, denial P/R 1.000/0.933, denier accuracy
  0.800, source P/R 0.750/0.783. Four source/asserter labels were then made consistent
  with the documented rules (a body named in the speaker's title is a source; "officials
  said" asserts).
- bench/data/claims_heldout_real.jsonl: numeric claims (only) of ten real news articles of
  ../shared/corpus/textbench-dev (their true bodies, read from there; skipped when absent),
  annotated before any output on them was seen. First run: claim P/R/F1 0.971/0.767/0.857,
  hedge accuracy 0.939, asserter accuracy 0.879, F1 with right asserter 0.753. Its misses
  then prompted general fixes (so later figures on it are no longer blind): attribution
  verbs must govern the figure through a clause, number words count whatever noun they
  modify, fractions ("two-thirds") are percentages, more people nouns.
- bench/data/claims_heldout_real_b.jsonl: two more real articles (20 claims), annotated the
  same way after those fixes. First run: claim P/R/F1 0.895/0.850/0.872, F1 with right
  asserter 0.513 (part of that was this scorer pairing two claims of one value wrongly:
  ties are now broken by hedge and counted words). It then prompted two fixes ("three
  dozen" is 36; of two subjects, the one nearest the verb asserts), so it is no longer
  blind either.
- bench/data/claims_heldout_real_c.jsonl: two more real articles (13 claims), annotated
  after those fixes and scored blind once: claim P/R/F1 0.917/0.846/0.880, hedge accuracy
  1.000, asserter accuracy 0.727, F1 with right asserter 0.640 (figures attributed by the
  sentence before, "A new ABC News poll shows ... Fifty-one percent say ..."; a poll as
  the subject; "half a million dollars" read as a million). The last two were then fixed;
  attribution across sentences is not attempted.
- bench/data/claims_heldout_real_d.jsonl: one more real article (19 claims), annotated after
  those fixes and scored blind once: claim P/R/F1 0.944/0.895/0.919, asserter accuracy
  0.647, F1 with right asserter 0.595 ("projects" and "projected" were no attribution
  verbs; "down from $19.5 billion" was lost; "a study by X" did not name X). Those were
  then fixed, with "while ..." clauses continuing a report and "add to" saying nothing.
- bench/data/claims_heldout_real_e.jsonl: three short real articles full of distractors
  (3 claims), scored blind once: claim P/R/F1 0.333/0.667/0.444, asserters all right
  ("on behalf of" read as "half of", numbers of a slashed case code, "Fortune 100 brands";
  "N500m" in naira missed). The first three were then fixed.
- bench/data/claims_heldout_real_f.jsonl: a real feature article with a first-person quote
  (2 claims), scored blind once: P/R/F1 0.250/0.500/0.333, no asserter right ("97%–98%"
  split in two, "a 30 min activity" taken for a figure, the quote stage giving the
  patient's quote no speaker). The first two were then fixed.
- bench/data/claims_heldout_real_g.jsonl: the six English prose pages of textbench-dev not
  in A-F (a car launch full of specifications, a review round-up crediting each excerpt
  to its outlet in brackets, an opinion column, a film feature, a diet blog, an events
  listing; 63 claims), annotated before any output on them was seen and scored blind
  once: claim P/R/F1 0.768/0.841/0.803, hedge accuracy 1.000, asserter accuracy 0.887,
  F1 with right asserter 0.712. One label ("the two LED clusters") was then dropped to
  match the A and D annotators' "the two" = both, leaving 62 claims. Left out of G: four pages not in English (the extractor
  reads English only), two shopping-deal lists and a table of player statistics, where
  product names and table cells leave "claim" undefined.
- bench/data/claims_heldout_real_h.jsonl: two of those shopping pages after all (a gift
  guide in the first person and a deal list with spec bullets; 54 claims), annotated after
  the fixes G prompted and before any output on them was seen, to get a blind figure for
  the fixed extractor on a genre it was never tuned on. Conventions: prices, percentages
  and specifications are figures, also with the unit glued on ("a 60W port", "7MP
  camera"); sizes and numbers in product names are not ("12-inch MacBook", "iPhone 11",
  "Wi-Fi 6"); durations are not. Scored blind once: claim P/R/F1 0.745/0.759/0.752, all
  asserters right (none: it is the writer's own text). Kept out of the real-news pool.
- A fresh set outside the repo (not committed: third-party text): 25 short English news
  excerpts found by searching stored web pages for figure-heavy wire copy (casualty tolls,
  arrests, inflation releases; 98 claims), annotated before any output on them was seen.
  Blind first run: claim P/R/F1 0.980/0.980/0.980, hedge accuracy 0.979, asserter accuracy
  0.885, F1 with right asserter 0.867. It prompted general fixes ("went up to 1.06 per cent"
  is no hedge, hedged "one" counts, "according to what X said", "gave / is putting the
  number ... at/as N", "a report in <outlet> said 36", "the 3-7 Cavalry", unnamed data such
  as "official figures" or "the latest information" assert nothing); after them claim F1
  0.990, F1 with right asserter 0.969. Left: a role standing for a person named before
  ("Earlier, the official said": resolving it broke a gold case, dropped), the quote stage
  giving a relayed statement to the outlet of "X said, according to <outlet>", unhedged
  "one soldier", a bracketed unit conversion counted as a second figure (batch B's gold
  counts such figures too), "rose above 2 per cent" read as a preposition, not a hedge.

Pooled over the six real batches A-F, the blind first runs (100 gold claims, 93 predicted,
81 matched, about 60 with the right asserter) come to claim P/R/F1 0.871/0.810/0.839 and F1
with right asserter about 0.62. With G (163 gold, 162 predicted, 134 matched, about 107
with the right asserter): P/R/F1 0.827/0.822/0.825, F1 with right asserter about 0.66.
That is the honest estimate for unseen news; "real news, all batches" below is after the
fixes the blind runs prompted, so it is development data now.

Session 3 drew five more fresh sets of real news excerpts the same way (search tool, texts
and gold outside the repo, annotated before any run, mixed genres: conflict, economy,
science, health, sport), each scored blind once and then used for fixes. Claim F1 / F1 with
right asserter, blind first run -> after its fixes:
  set 2 (25 excerpts, 114 claims): 0.957 / 0.670 -> 1.000 / 0.957
  set 3 (25 excerpts, 120 claims, after set 2's fixes): 0.937 / 0.810 -> 0.992 / 0.992
  set 4 (30 excerpts, 133 claims, after set 3's fixes): 0.943 / 0.820 -> 0.989 / 0.928
  set 5 (25 excerpts, 111 claims, after set 4's fixes): 0.946 / 0.811 -> 0.978 / 0.906
  set 6 (25 excerpts, 102 claims, run once after all fixes): 0.965 / 0.824 -> 0.975 / 0.866
    (the first runs of sets 3-6 sit at 0.81-0.82 with the right asserter: each set
    brings new causes, mostly asserters the parse or the text puts out of reach)
Session 4, set 7 (25 excerpts, 90 claims; Taliban attacks, Kashmir gunfights, attacks in
Nigeria, jobs reports, quarterly results, quakes, ferries, mine blasts; blind first run at
ea282d8): 0.978 / 0.820 (0.843 under the order tie-break below) -> 0.989 / 0.944 after its
fixes. Its misses, by cause: an unnamed official ("An Afghan official says", "an official
said") whom the next paragraph names with a title (4 claims); a closing ", police said"
that the parser hung on the first of two joined clauses, leaving that clause unattributed
(2); two claims of one value paired crosswise by the scorer (2); "the company" after a
sentence naming a second organisation in "after selling iPhones" (1); "Wall Street's
expectations for about 38 billion" (1); "economists, who were anticipating the report
would show 192,000" (1, a parse that hangs "show" on the main clause: left); "Human Rights
Watch today." with no verb on the page (2, left); an inverted ", told Bakar Sibau" (1, left);
"wounding another three" and "Two militants are believed to be hiding" lost as figures.
Fixes, as general rules: the unnamed official is the next paragraph's first speaker when
that speaker is a person with an official's title; a closing attribution after two joined
clauses reports both; number words whom a harm befalls ("another three", "five more") or
"N of them" count; passive believers ("are believed to be") are no source; "anticipate"
like "expect"; a figure right after "X's expectations/forecast/estimate for/of" is X's; a
name in a circumstance clause is no second company; a noun with its own number is no part
of the counted phrase ("two militants and one soldier"); the next noun after a bare number
stops at a comma; villagers, gunmen, Taliban and other people nouns.
Set 8 (25 excerpts, 89 claims; drone strikes, kidnappings, shelling, oil prices, housing
starts, cholera, derailments, migrant boats; blind first run after set 7's fixes, at
7916a37): 0.971 / 0.766 -> 0.989 / 0.899 after its fixes (and the quote stage's of the same
hour). Its misses, by cause: a blog paragraph quoting Reuters after "As quoted in the
publication:" (8 claims); "KYIV, Ukraine (AP) — A regional governor ... said", the city
parsed as the subject (1); "Pakistan — Six" read as a range from the "an" of "Pakistan",
losing the figure; "a 689,000-unit rate" lost; "near $109" no hedge; "X has confirmed four
cases, and [we] are investigating another seven" giving the second clause to X;
"Magistrate Anshul Agarwal" tagged an organisation, so the official before stayed unnamed
(2). Left: the quote stage naming "Brutal" (a scare-quoted word) or nobody as the speaker
(2), a garbled sentence with no verb of saying (1), "the regional governor" named two
paragraphs later (3), a quotation opened after "Masebo said ..." in the next sentence (2),
"the government revised ... to a 689,000-unit rate" (1), a quotation running over two
paragraphs whose end the excerpt cut (1).
Set 9 (25 excerpts, 94 claims; attacks in Mali, Philippine clashes, RSF attacks in Sudan,
jobless claims, GDP, building collapses, factory fires; blind first run after set 8's
fixes, at b13c42e): 0.984 / 0.802 -> 1.000 / 0.883 after its fixes. Its misses, by cause:
"a spokesperson for the Philippine military" named next paragraph as "Major Frank Roldan"
(a rank was no title, and the quote stage had named the body) (1); "a pro-democracy activist
group said" named next as the Madani Resistance Committee (1); "told AFP from Timbuktu,
some 100 kilometres (60 miles) away" giving the distance to the speaker, then to AFP (2);
"a rebellion that has claimed tens of thousands of lives" as an asserter (1); "today's
second estimate" named (1); "fell by 35,000 last week" and "a seasonally adjusted 211,000
last week" read as durations (2 lost); "a calibre 38 revolver" taken for a figure. Left:
parses that hang the figure's clause outside its attribution ("residents told Reuters the
RSF looted homes, killed scores", "Economists surveyed by The Wall Street Journal estimate"
with "estimate" a noun, a page's missing comma before "government said", "some 220
kilometres ... north of the capital, army spokesman X said") (7); "the head of the rescue
operation said" resolved by the quote stage to a person named later (2); "According to
reports" and "The final report ... exceeded the 2.8% estimate" as asserters (2).
Set 10 (25 excerpts, 87 claims; attacks in Burkina Faso, Colombia and Cameroon, trade
data, landslides, plane crashes; blind first run after set 9's fixes, at a276548): 0.983 /
0.844 -> 0.989 / 0.920 after its fixes. Its misses: "after falling 6.6% in March, data
from X showed" cut off as a circumstance (1); "the customs data showed" and "The poll of
economists had expected" not traced to the maker named before (4); "a local ruler said"
named next by "according to Afungchwi III, the king" (1); "a 12-seater aircraft" lost.
Left: "The customs figures reported Thursday showed" read as unnamed evidence (3, gold
"customs figures"), "Analysts in a Reuters poll had forecast" with "forecast" parsed a
noun (2), a provisional report quoted inside a statement (1, inner report kept), "one of
two regions" counted, "one on the ground" lost.
Set 11 (25 excerpts, 90 claims; Myanmar air strikes, ADF attacks in Congo, car sales, heat
waves, landslides; blind first run after set 10's fixes, at 82a1948): 0.972 / 0.894 ->
0.983 / 0.917 after its fixes (the official named next is the first speaker that is no
quotation's "we"; "from 47,977 to 44,566" is a fall, two figures). Left: "according to a
news report" named next as Myanmar Now (3), "according to reports from state officials,
coroners and news organizations" (a maker that is no proper name), "locals and media
reports said" misparsed, "off by a third", a semicolon carrying General Motors' report to
Fiat Chrysler's figure, an age ("over 65") and a subject "one" taken for figures.
Set 12 (24 excerpts, 96 claims; al Shabaab attacks in Somalia, ferry capsizes, mine
collapses, jobless rates, retail sales, factory fires, bank profits; blind first run after
set 11's fixes, at 600ad2c): 0.969 / 0.806 -> 0.969 / 0.918 after its fixes (a cue after a
semicolon speaks for its own clause only; "She said 120 ..., Xinhua reports" is hers, the
outlet only relays; "..., the department reported, down from 10.2 percent" is still
reported; "multiple reports" and "according to unconfirmed reports" assert nothing; a role
named two paragraphs on when the speaker's title repeats its words, "a Somali military
official said" ... "Captain X, a Somali military officer"; "LOS ANGELES (AFP) - Hundreds
..., officials said" past the dateline; "group of <Name>" is the name; "the largest bank
by assets" has no maker; a dateline's "(Reuters) -" is no company a definite noun stands
for; a figure in the phrase bringing a source in, "X, police chief in Y district, some 27
km from the capital, told Xinhua", is no report of it; "more than the 15,000 economists
expected" is their expectation, no count of economists; a verb with a reported clause after
it, "0.4 percent, a figure economists say is a better gauge", says only that clause).
Conventions decided (its gold):
"three times its capacity" is no figure (a multiple), "all six of the accused" is one
(first mention); a role is named two paragraphs on as one paragraph on. Left: parses that
put the figure's clause under no verb ("A clash ... left dozens dead, the Ministry said":
"clash" a dep; "police estimate at least 100 others are missing, officials said" with
"estimate" an adverbial clause) (2), "Bank of America" tagged a place so "the second-largest
U.S. bank" finds no company (2), "according to SNA sources" renamed Somali National Army by
the source stage; extras "one of the three rivers", "with one official saying", "at least
three times", a restated "the six miners", and "41 cents per share from 28 per share" (28
not read as cents).
Set 13 (9 excerpts only, 33 claims, for lack of time; earthquakes, consumer prices, Boko
Haram attacks; blind first run after set 12's fixes, at d271283): 1.000 / 0.909. Left:
"Economists surveyed by Dow Jones predicted 0.2% ..., according to CNBC" credited to CNBC
by the rule that "according to X" relays an object (2; its gold gave the prediction to the
economists: the two readings are not yet reconciled), "They noted" after a garbled
dateline ("TEHRAN, Young Journalists Club (YJC) -Local residents ... said") resolved to the
first paragraph's speakers (1).
Blind first runs of session 4 (sets 7-11, 450 claims, each after the previous set's fixes):
claim F1 0.978 / 0.971 / 0.984 / 0.983 / 0.972, F1 with right asserter 0.843 / 0.766 /
0.802 / 0.844 / 0.894 (order tie-break; set 7 0.820 before it); pooled about 0.83 (about
370 of 450 gold claims found with the right asserter, 442 predicted). Only the last set
reaches the 0.85 target blind; with set 12 (0.806 blind, 79 of 96 right, 100 predicted)
sets 7-12 pool to about 449 of 546 gold right with 542 predicted, F1 with right asserter
about 0.83 (2 x 449 / (546 + 542)); with set 13 (30 of 33 right, 33 predicted) 479 of 579
right with 575 predicted, 0.830. The remaining misses are mostly parses that put the
figure's clause outside its attribution, roles named far away, and conventions the quote
stage applies differently (inner reports, speakers it resolves or renames).
Session 5 (sets 1-13 were lost with the machine's /tmp; seven new sets of 25 excerpts,
annotated blind by helpers who never ran wiretrace). Claim F1 / F1 with right asserter,
first run -> at the end of the session:
  set 14 (148 claims; attacks, displacement, results, budgets, jobs, prices; at f848e9c):
    0.956 / 0.896 -> 0.997 / 0.949
  set 15 (206; cyclones, quakes, crashes, outbreaks, drug seizures, elections, polls,
    football money; at 4d39c31): 0.945 / 0.790 -> 0.947 / 0.856
  set 17 (177, half attributed to named people or bodies; at 3419e95): 0.954 / 0.861 -> 0.966 / 0.891
  set 16 (154; at a7d964f): 0.929 / 0.851 -> 0.958 / 0.887
  set 18 (179; at 4c1184d): 0.971 / 0.805 -> 0.974 / 0.865
  set 20 (184; at ed970b8): 0.911 / 0.756 -> 0.940 / 0.847
  set 19 (164; the session's final held-out set, run once at ad59563 after all fixes):
    0.957 / 0.860
  set 21 (20 excerpts, 146 claims; drawn late and run once at 8f7a820, after the fixes
    that sets 16-20 and 27 prompted): 0.969 / 0.927
Pooled first runs: about 1,127 of 1,358 gold claims found with the right asserter, 1,331
predicted, F1 with right asserter about 0.84 (0.830 over sets 7-13 a session before;
per set 0.76-0.93). Conventions the helpers differ on account for much of the rest: cents
kept as written ("42 cents" -> 42) where we convert to dollars, "an estimated" as a
hedge, "analysts surveyed by Bloomberg" and "..., according to CNBC" (relay or source),
a company's own results ("Cisco earned $2.23 billion") asserted by the company or by
nobody, an unnamed role kept as written or resolved to the person named next, "VW" for
"Volkswagen".
Fixes, as general rules with tests: scales multiply as decimals ("16.06 trillion" was
16,059,999,999,999.998 and matched nothing), "Rs 34.5 lakh crore", "one lakh",
"eight-million", the peso's "P1 million" and "N2 million" naira; an amount and its share
("$51.7 billion or 2.3 percent", which was lost entirely) and a change noun with its level
("a decrease in the deficit of $1.2 billion to $65.7 billion") are two figures;
hyphenated quake magnitudes; the rest of a list of ages; a one-word "person" whose clause
says "its" is a company ("Posco reported its profit", so "the company" finds it); a known
name inside another body's name is that body ("The Oklahoma State Department of Health");
an acronym goes by the name the article spells out, also with its function words ("DOH");
"X's revelation/disclosure that ..."; data contained in a document, "information on the
Cal Fire website", "Reports on Press TV", "the daily statement of the DGHS"; what a report
is ("is a big slowdown from ...") asserts nothing; a that-clause hung on the update a body
spoke in; and, through the quote stage, "said Sultan", "According to the commission, Morsi
won", the role fixes above, the paragraph-bound sentences, "figures from the agency".
Tried and dropped: "posted a net profit" as a company's report (sets disagree), "according
to <outlet>" relaying an inner verb's object (no effect through the quote stage).
Session 6 (sets 14-21 survived; seven more sets of 25 excerpts drawn blind by helpers; 22, 24
and later 27 prompted fixes, 23 and 25 were run blind and at the end, 26 and 28 only near
the end). Claim F1 / F1 with right asserter:
  set 22 (250 claims; economy, markets, results, budgets; at 2f924d1): 0.957 / 0.780 -> 0.974 / 0.848
  set 24 (168; conflict, polls, spending, disasters, sport crowds; at 121dab9): 0.961 / 0.878 -> 0.964 / 0.911
  held out (misses never printed), blind first run -> at the end (a20931d):
  set 23 (198; casualties, crime, health, migration, elections): 0.964 / 0.856 -> 0.964 / 0.862
  set 25 (170; UN, NGO and government statistics, studies; fractions written as shares):
    0.886 / 0.727 -> 0.886 / 0.727
  set 26 (184; pages as they came for everyday queries with figures): 0.978 / 0.847 -> 0.978 / 0.847
  set 28 (144; six stories each told by 4-5 outlets, drawn late): 0.964 / 0.900
  held-out pooled at the end: 0.831 (696 gold, 692 predicted). Set 27 (144; contested war
  figures) was held out at d676002 (0.969 / 0.830), then used for fixes (0.872). Sets 14-21
  after this session's fixes: 0.956, 0.856, 0.900, 0.891, 0.894, 0.873, 0.852, 0.934.
Fixes, as general rules with tests: a currency name the parser took for a verb ("1.13
trillion won") no longer cuts the way up to "reported"; an amount's conversion in brackets
and its change after a comma share its asserter; "a monitor said" is the body named next; an
unknown one-word place owning earnings or a CEO is a company ("Cisco's earnings"); a rank
before a name makes a person ("ACP Mohd Radzi Ahmad"); a name joined to a place after "in"
is a place; a company posting its results asserts them ("posted a net profit of", now that
three sets agree on it); data a body made ("government data showed", then "the data
showed"), unnamed data still nobody's; Kenyan shillings; a forecast "for growth of" a
figure, also when the parser left "economists’" apart; "unveiled"; a dateline the parser
made the root ("New Delhi: ...") no longer stops the way up to the report; a role before its
holder's name asserts as the holder ("President of the United States Joe Biden"), and a
known place keeps its last word; the name right after an inverted cue the parser hung
elsewhere; a place after a poll maker's town is no source; a phrase set off between a comma
and a cue without a subject ("..., the UN refugee agency (UNHCR) said"), its bracketed own
name before its parent's; a verb the parser made the subject gives way to that phrase
("..., military officials in Kabul reported"); the name opening a sentence before its
description ("Geely, China's highest profile car maker, posted"); a root with a subject is a
verb ("Toyota Motor Corp forecast a ..."); a spaced dash after a year or before a number
word, and "or" between two currencies, part two figures; whom one told is no asserter
("..., told AFP"), the unnamed teller the quote stage found counts as written; a named
spokesperson asserts for himself and "the spokesman" after him is him; "the terror group"
is the organisation named just before; "the survey" is the maker's poll named before. The
held-out figures above hold at dd54a98 too. Conventions still apart: fractions
as shares, unnamed "the survey" vs the poll named elsewhere, cents, "an estimated".
Session 7 (every earlier set survived; session 6's held-out sets became fix sets; six more
sets drawn blind by helpers). Claim F1 / F1 with right asserter, blind first run -> after
the fixes:
  set 29 (309 claims; economy, markets, results, budgets; at 6d04e7f): 0.930 / 0.812 -> 0.952 / 0.878
  set 30 (205; disasters, health, accidents, migration, crime): 0.962 / 0.887 -> 0.907
  set 31 (139; five conflict stories, 5 outlets each): 0.949 / 0.831 -> 0.838
  (29-31 were held out at the start and once more at ba624b1, unchanged, pooled 0.840; then
  used for fixes.) Session 6's held-out sets after fixes: 23 0.862, 25 0.775, 26 0.852,
  28 0.914.
  held out (misses never printed), blind first run (at 4f3afbc) -> at the end (d727b3b):
  set 32 (187; conflict, security and politics figures): 0.976 / 0.885 -> 0.976 / 0.869
  set 33 (210; energy, results, health and science statistics; "bcm", pence, fractions,
    sample sizes by its own conventions): 0.843 / 0.593 -> 0.845 / 0.614
  set 34 (141; five stories with disputed tolls and crowds, 5 outlets each; first run at the
    end): 0.975 / 0.835
  held-out pooled at d727b3b: 0.759 (538 gold, 555 predicted); then used for fixes (after:
  0.885, 0.633, 0.884).
  Drawn last, held out, first run at the very end (3a04ffa), misses never printed:
  set 35 (195; mixed world news with figures): 0.977 / 0.869
  set 36 (143; five conflict stories, 5 outlets each): 0.986 / 0.818
  pooled 0.847 (338 gold, 337 predicted). Sets 14-22, 24, 27 after this
  session's fixes: 0.956, 0.856, 0.900, 0.891, 0.894, 0.879, 0.852, 0.934, 0.850, 0.911, 0.865.
Fixes, as general rules with tests (tests/test_claims_fresh25.py, test_nlp.py): a UN body
the tagger split from "United Nations" is one organisation and its acronym ("WFP") links
to it; "the programme/association/federation/alliance/coalition/institute" stand for the
organisation named before, "the bank" for the one named bank rather than the exchange
named since; a company description or "it" never stands for the outlet relaying the story
("Toyota said ..., AFP reports. The automaker ..."); "the world's biggest automaker" is
definite, unless a name stands beside it; datelines with the date in capitals ("LAGOS,
JULY 26, 2018 –"); ratios are shares ("one in three children"; "56 out of 328 seats" stay
counts); only a body, a person or a name records or registers a figure ("the epicenter
registered 40 km" asserts nothing, the outer reporter does); local, recent and preliminary
reports name no one; an amount after a year is its own figure ("from N72.1 billion in 2017
to N83.3 billion"); percentage points are percentages; a year cut short ("2024-’25") is no
figure; hearsay "said to be" voices nobody; the cited officials assert what an outlet
reports citing them (our gold c41 now follows the rules: "Ukrainian officials"); an
acronym in brackets after a name is that body whatever its letters ("(AFAD)"); "the
statement said" is whoever said things in that statement before; "its previous forecast"
is the forecast of what "it" stands for; a link left in the text records nothing; a toll
announced by a body is that body's. Scorer:
amounts equal to two decimals match (a third written 33.33 or 33.333333).
Session 8 (sets 35, 36, then five of the six new sets became fix sets). Claim F1 / F1 with
right asserter, blind first run -> at the end (a4e807a):
  set 38 (147 claims; five disaster stories, 5 outlets each; first run at 6f14933): 0.947 /
    0.780 -> 0.820 (fix set)
  set 39 (185; elections, polls, migration, health, crime, military aid): 0.952 / 0.742 ->
    0.774 (fix set; strict rule: no asserter unless the claim's own sentence names one)
  set 37 (267; economy and business; held out throughout): 0.964 / 0.828 -> 0.828
  set 40 (165; five stories with disputed figures; first run at 2c9d7ea): 0.940 / 0.825 ->
    0.831 (fix set)
  set 41 (172; mixed general news): 0.939 / 0.749 -> 0.824 (fix set)
  Drawn last, first run near the end (9d43101, misses never printed before it):
  set 42 (160; conflict, security and humanitarian figures): 0.965 / 0.863 -> 0.882 (one
  fix from its misses)
  Sets 22, 24, 26, 27, 33, 36 after this session's fixes: 0.854, 0.911, 0.858, 0.879,
  0.656, 0.832; the rest held.
Fixes (tests/test_claims_fresh38.py): a place records what was measured in it and asserts
nothing ("West Bengal recorded the highest turnout"); "according to X" beats the agent of a
passive report; whoever told an outlet asserts, not the outlet ("X told the TV station
Al-Hadath"); a source inside a longer name is that name, and "the Office of" an
organisation is it; capitalised words before a bracketed acronym whose initials spell it
are one organisation ("the Office of the [United Nations High Commissioner for Refugees]
(UNHCR)"); a statement never brought in before is that of the organisation that spoke; a
"per" set off by a comma cites its source (", per a Maui County statement"; not ", per
gallon"), and a place issues documents; a subjectless cue after a titled person set off by
commas is that person's; bullet lines after a lead-in ending in a colon are credited to
whoever its report verb names ("BTS added the following statistics:"); information,
records and details "from" a body are its; "the statement" is that of the body whose name
an earlier statement carried ("The health ministry statement said"); a noun the parser
joined to the clause before by "and" is a subjectless cue's subject; citing a toll reports
it ("a Taliban spokesperson cited at least 13 civilians killed"). Claims' company nouns are now the gazetteer's
business nouns plus organisation nouns (one list, was two).
Session 9 (an analyst grouped the 267 asserter misses of fix sets 29-36 and 38-42 by cause;
developers fixed one family each: tests/test_claims_fresh43.py, test_claims_verbs59,
_documents59, _asserters59). F1 with right asserter, first run -> at the end (4dc7c64):
  fix sets 14-36, 38-42 pooled: 0.858 at the session's start (42965a7) -> 0.877 (claim F1
  unchanged); e.g. 19 0.879 -> 0.921, 34 0.884 -> 0.926, 36 0.832 -> 0.888, 38 0.820 ->
  0.873, 39 0.774 -> 0.823; one set fell, 14 0.956 -> 0.949 ("The UN humanitarian affairs
  agency said" after "the United Nations said" is now the United Nations; gold keeps the
  agency's words).
  set 37 (held out through sessions 8 and 9): 0.828 -> 0.828.
  new sets, drawn blind, first run at 82fafa6 and held out all session:
  set 43 (188 claims; conflicts, disasters, economy, health, crime): 0.970 / 0.841 -> 0.841
  set 44 (159; five stories with changing tolls, 5 outlets each): 0.939 / 0.868 -> 0.875
  pooled 0.853 -> 0.856.
  set 45 (142; conflict and crisis figures; drawn mid-session, first run at 7fde507 after
  the second round of fixes): 0.956 / 0.876. Sets 43-45 pooled at the end: 0.862.
Fixes: a closing ", X said" reports a figure the parser hung in a clause of circumstance; a
speaking description is the organisation last cited as a source; verbs that put or revise
a value (peg, revise, put the magnitude at), book a result, call for an amount, and a
subjectless verb joined to an attribution; a place gives way to the body it credits and
asserts nothing it posted; a document's maker is the body that issued it or said it in it,
"the report" reaches back to earlier texts of any name, figures in data a body released
are its; an outlet's report citing a named source is the source's; a named speaker
closing the sentence beats a bare plural body inside; "known as X"; "the UN's refugee
agency" keeps its phrase; acronyms after a country's dotted initials ("CBP" = "U.S. Customs
and Border Protection"); "its governor" is the person speaking first in the next paragraph.
Session 10 (two rounds, one developer each on the fix sets' asserter misses:
tests/test_s10_claims.py, test_s10_claims2.py). F1 with right asserter, start (97feb0f) -> end:
  fix sets 14-36, 38-42 pooled: 0.877 -> 0.883 (claim F1 unchanged; no set fell); e.g. 16
  0.900 -> 0.932, 19 0.921 -> 0.939, 24 0.911 -> 0.923, 39 0.823 -> 0.844.
  held-out sets: 37 0.828 unchanged; 43 0.841 and 45 0.876 unchanged; 44 0.875 -> 0.868
  (one rule, "the data" as the maker of data named before, cost 44 about three asserters
  and was dropped; a quote rule, an unnamed spokesperson named as the next sentence's
  subject, costs it one and was kept: it gains a held-out indirect quote); 43-45 pooled
  0.862 -> 0.860. Set 44 was looked at only through figures, never its misses.
Fixes: economists polled by a firm are the forecasters; "measured by X at 6.1"; the second
half of a said clause whose verb "and" leaves out; "the trade body", "the poll panel", "the
watchdog" are the body cited before; a marker after its verb opens no circumstance; a news
outlet cited by "according to" relays the clause's subject; "up from" after a reported
object; "discovered that"; researchers at an institution stand for it; a name the parser cut
off an institution noun; a role tied to a nation or place is one office holder.
All fresh sets now (development figures, claim F1 / F1 with right asserter; cd /work/main
&& PYTHONPATH=. .venv/bin/python /tmp/realclaimsN/evalN.py, set 1 /tmp/realclaims_eval.py;
HEAD d4d2054): set 1 0.995 / 0.985, set 2 1.000 / 0.957, set 3 0.992 / 0.992, set 4 0.989 /
0.928, set 5 0.978 / 0.924, set 6 0.975 / 0.876, set 7 0.989 / 0.944, set 8 0.989 / 0.899,
set 9 1.000 / 0.894, set 10 0.989 / 0.920, set 11 0.983 / 0.917, set 12 0.969 / 0.918,
set 13 1.000 / 0.909. Set 4 dropped from 0.928 for a while with other stages'
changes of session 4, not the claims code (back since the shared name match equates initials): sources now display canonical names ("Disaster
Management Centre" for a gold "DMC", "Minnesota Department of Health" for "MDH"), which
this scorer's name match does not equate (set 2 fell to 0.913 the same way for a while and
came back).
Fixes they prompted, as general rules: "a quarter of a million", "6 percent to 8 percent"
as one range, Indian crore and lakh, cents in the currency written before, "that14"; a
definite company or study noun ("the company", "the tire maker", "the study") stands for
the one organisation named before; passive agents ("forecast by X"), "who" for the noun it
hangs on, "as per", "expect" with a clause, "X's statement read"; poll respondents, passive
subjects and unnamed evidence ("checks indicate") assert nothing; a place qualifying a
speaker names nobody ("U.S. defense officials"); an index or ticker in brackets is no
speaker; ages ("the average age ... was 24"), rankings ("the top five") and counts of a
source's sample are no claims; tolls count people; "recorded"/"registered" by a body, a
report continued after a semicolon, cents in the currency written next, clock times and
scores ("4:44am", "2:1"), ringgit.

Denials and sources on real news: 30 fresh excerpts (two thirds war and security, a third
celebrity, business and health news; 70 cited sources, 38 denials, 22 hedges; texts and gold
outside the repo), annotated before any run. Blind first run: sources P/R 0.962/0.357
(only the catalogue's names were found, and datelines, "speaking to X", official bodies
and unknown outlets were missed), denials P/R 0.935/0.763 with the right denier 0.897,
hedges P/R 1.000/0.955. After the fixes it prompted (dateline credits, "speaking to",
"via", inverted "..., said X", unknown outlets named as such, institutions as subjects of a
reporting verb; "shot down the reports", "no basis in fact", "there are no facts"):
sources 0.973/0.514, denials 0.943/0.868, denier 0.879. Still missed: outlets the
catalogue does not know cited only by a verb ("Ukrinform drew attention"), bodies named in
a speaker's title, denials without a denying word ("insisted he is not involved").

G and H prompted, as general rules (none names a page): asserters from a credit line
below an excerpt or a post, from the attribution just outside a quotation of several
sentences, from "in the words of X", from the subject a pronoun speaker stands for, from
the object of "reported"/"estimated", from "put the number at", from "published by X" and
"data from X", from a named report inside a quote; none through "as" clauses or verbs that
share the reporter's subject ("she wrote songs and sent 12"); no figures in names
("Destiny 2", "Wi-Fi 6 devices", "Level 2", "4K", "2B", "12-inch MacBook", "5.1
surround", "0-62 mph"), ages in apposition, "the two", counts of the people a report comes
from; numbers at a line's start, after a word ending in a hedge ("awesome $29"),
hyphenated units and percents, "$10-a-month", "five-and-a-half", "two of three", bare
"dozens", hedged bare fractions, "and" ranges only after "between", more currencies
(naira "N500m", rupees, crore, francs, A$ ...). After them (development figures, not
blind): real news A-G pooled 162 gold / 164 predicted / 162 matched, P/R/F1
0.988/1.000/0.994, F1 with right asserter 0.969 (A 1.000, B 0.878, C 1.000, D 0.947,
E 0.667, F 1.000, G 0.992); H 0.874; our paragraphs 1.000. Carrying a sentence's asserter
to the next sentence of its paragraph was tried and dropped: every one of the 8 figures it
changed went against the gold, where such sentences are the outlet's own.

Matching, per paragraph, greedy one-to-one:
- claims: same value and upper bound (vague magnitudes: same vague phrase); among claims
  of one value, the same hedge and counted words break ties, and then the order (the
  second "31" of the gold pairs with the second "31" found; before session 4 such ties
  went to the last gold claim, which paired repeated figures crosswise). Hedge, unit
  class and asserter accuracy are measured on matched claims; "F1 with right asserter"
  counts a claim as right only when its asserter matches too. Asserters match when both
  are unknown, or when the names agree after dropping articles and possessives, allowing
  one name's last word to stand for the other ("Budanov" = "Kyrylo Budanov").
- denials: same kind (denial / hedged); denier accuracy on matched denials whose gold
  names a denier.
- sources: the set of cited source ids per paragraph.

    .venv/bin/python -m bench.evals.claims            # figures
    .venv/bin/python -m bench.evals.claims --errors   # figures, then every miss
"""

from __future__ import annotations

import math

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.evals.common import article_from_gold, f1, jaccard, load_gold, match_pairs, ratio, same_name
from wiretrace.analyse.claims import extract_claims
from wiretrace.analyse.denials import extract_denials
from wiretrace.analyse.provenance import extract_sources
from wiretrace.analyse.quotes import extract_quotes
from wiretrace.model import Claim, Denial
from wiretrace.nlp import annotate

GOLD_FILE = "claims_gold.jsonl"
HELDOUT_FILES = {  # label -> file of claims on real articles, annotated before any output on them
    "real news A (used for fixes)": "claims_heldout_real.jsonl",
    "real news B (used for fixes)": "claims_heldout_real_b.jsonl",
    "real news C (blind once, then used)": "claims_heldout_real_c.jsonl",
    "real news D (blind once, then used)": "claims_heldout_real_d.jsonl",
    "real news E (blind once, then used)": "claims_heldout_real_e.jsonl",
    "real news F (blind once, then used)": "claims_heldout_real_f.jsonl",
    "real news G (blind once, then used)": "claims_heldout_real_g.jsonl",
}
OTHER_GENRE_FILES = {  # real pages that are no news, scored apart from the real-news pool
    "shopping pages H (blind once, then used)": "claims_heldout_real_h.jsonl",
}
TEXTBENCH_TRUTH = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "textbench-dev" / "truth"


def _claim_score(gold: dict, predicted: Claim) -> float:
    """1 for the same value (or vague magnitude); a little more for the same hedge and
    counted words, so that two claims of one value pair with the right gold claims."""
    if gold["vague"] or predicted.vague:
        same = bool(gold["vague"]) and (gold["vague"] or "").lower() == (predicted.vague or "").lower()
    else:
        same = _same_amount(gold["value"], predicted.value) and _same_amount(gold["value_max"], predicted.value_max)
    if not same:
        return 0.0
    return 1.0 + 0.1 * (gold["hedge"] == predicted.hedge) + 0.1 * jaccard(gold["counted"] or "", predicted.counted or "")


def _same_amount(gold: float | None, predicted: float | None) -> bool:
    """Equal, or equal but for rounding to two decimals: a third written 33.33 or 33.333333."""
    if gold is None or predicted is None:
        return gold is predicted
    return math.isclose(gold, predicted, rel_tol=1e-9, abs_tol=0.01)


def _ranks(items: list, key: Callable[[Any], tuple]) -> dict[int, int]:
    """For each item (by id), how many items of the same figure come before it."""
    seen: dict[tuple, int] = {}
    ranks = {}
    for item in items:
        ranks[id(item)] = seen.get(key(item), 0)
        seen[key(item)] = ranks[id(item)] + 1
    return ranks


def _denial_score(gold: dict, predicted: Denial) -> float:
    if gold["kind"] != predicted.kind:
        return 0.0
    return 1.0 + (0.5 if gold["denier"] and same_name(gold["denier"], predicted.denier_name) else 0.0)


class _Tally:
    def __init__(self) -> None:
        self.counts: dict[str, int] = {}

    def add(self, key: str, amount: int = 1) -> None:
        self.counts[key] = self.counts.get(key, 0) + amount

    def __getitem__(self, key: str) -> int:
        return self.counts.get(key, 0)


def evaluate(show_errors: bool = False) -> dict:
    tally = _Tally()
    for row in load_gold(GOLD_FILE):
        ann = annotate(article_from_gold(row))
        sources = extract_sources(ann)
        claims = extract_claims(ann, extract_quotes(ann), sources)
        _score_claims(row, claims, tally, show_errors)
        _score_denials(row, extract_denials(ann), tally, show_errors)
        _score_sources(row, {s.source_id for s in sources}, tally, show_errors)
    figures = _figures(tally)
    if TEXTBENCH_TRUTH.is_dir():
        pooled = _Tally()
        for label, name in HELDOUT_FILES.items():
            batch = _real_news_tally(name, show_errors)
            figures.update(_claim_figures(label, batch))
            for key, count in batch.counts.items():
                pooled.add(key, count)
        figures.update(_claim_figures("real news, all batches", pooled))
        for label, name in OTHER_GENRE_FILES.items():
            figures.update(_claim_figures(label, _real_news_tally(name, show_errors)))
    return figures


def _real_news_tally(name: str, show_errors: bool) -> _Tally:
    """Claim counts on the real articles of one batch (texts read from the corpus)."""
    tally = _Tally()
    for row in load_gold(name):
        (path,) = TEXTBENCH_TRUTH.glob(row["page"] + "*.json")
        text = json.loads(path.read_text(encoding="utf-8"))["articleBody"]
        ann = annotate(article_from_gold({"id": row["page"], "text": text, "published": row["published"]}))
        sources = extract_sources(ann)
        _score_claims(row | {"id": row["page"]}, extract_claims(ann, extract_quotes(ann), sources), tally, show_errors)
    return tally


def _claim_figures(label: str, tally: _Tally) -> dict:
    claim_figures = {k: v for k, v in _figures(tally).items() if k.startswith(("claim", "hedge", "unit", "asserter"))}
    return {f"{label}: {figure}": value for figure, value in claim_figures.items()}


def _score_claims(row: dict, claims: list[Claim], tally: _Tally, show_errors: bool) -> None:
    gold_rank = _ranks(row["claims"], lambda g: (g["value"], g["vague"]))
    predicted_rank = _ranks(claims, lambda c: (c.value, c.vague))

    def score(gold: dict, predicted: Claim) -> float:
        """Ties go by order: the second "31" of the gold pairs with the second "31" found."""
        in_order = gold_rank[id(gold)] == predicted_rank[id(predicted)]
        return _claim_score(gold, predicted) + 0.001 * in_order

    pairs = match_pairs(row["claims"], claims, score, 1.0)
    tally.add("claims_gold", len(row["claims"]))
    tally.add("claims_predicted", len(claims))
    tally.add("claims_matched", len(pairs))
    for gold, predicted in pairs:
        tally.add("hedge_right", gold["hedge"] == predicted.hedge)
        tally.add("class_right", gold["unit_class"] == predicted.unit_class)
        right = same_name(gold["asserter"], predicted.asserter_name)
        tally.add("asserter_right", right)
        if show_errors and not (right and gold["hedge"] == predicted.hedge):
            print(f"[{row['id']}] {predicted.value_text!r}: hedge {predicted.hedge!r} (gold {gold['hedge']!r}), "
                  f"asserter {predicted.asserter_name!r} (gold {gold['asserter']!r})")
    if show_errors:
        matched_gold = [id(g) for g, _ in pairs]
        matched_pred = [id(p) for _, p in pairs]
        for gold in row["claims"]:
            if id(gold) not in matched_gold:
                print(f"[{row['id']}] missed {gold['value']} {gold['value_max']} {gold['vague']} {gold['counted']!r}")
        for claim in claims:
            if id(claim) not in matched_pred:
                print(f"[{row['id']}] extra {claim.value_text!r} {claim.counted!r} ({claim.unit_class})")


def _score_denials(row: dict, denials: list[Denial], tally: _Tally, show_errors: bool) -> None:
    pairs = match_pairs(row["denials"], denials, _denial_score, 1.0)
    tally.add("denials_gold", len(row["denials"]))
    tally.add("denials_predicted", len(denials))
    tally.add("denials_matched", len(pairs))
    for gold, predicted in pairs:
        if gold["denier"]:
            tally.add("denier_gold")
            tally.add("denier_right", same_name(gold["denier"], predicted.denier_name))
    if show_errors and (len(pairs) < len(row["denials"]) or len(pairs) < len(denials)):
        print(f"[{row['id']}] denials gold {[(d['kind'], d['denier']) for d in row['denials']]} "
              f"predicted {[(d.kind, d.cue, d.denier_name) for d in denials]}")


def _score_sources(row: dict, predicted: set[str], tally: _Tally, show_errors: bool) -> None:
    gold = set(row["sources"])
    tally.add("sources_gold", len(gold))
    tally.add("sources_predicted", len(predicted))
    tally.add("sources_matched", len(gold & predicted))
    if show_errors and gold != predicted:
        print(f"[{row['id']}] sources gold {sorted(gold)} predicted {sorted(predicted)}")


def _figures(t: _Tally) -> dict:
    precision = ratio(t["claims_matched"], t["claims_predicted"])
    recall = ratio(t["claims_matched"], t["claims_gold"])
    right_precision = ratio(t["asserter_right"], t["claims_predicted"])
    right_recall = ratio(t["asserter_right"], t["claims_gold"])
    denial_p = ratio(t["denials_matched"], t["denials_predicted"])
    denial_r = ratio(t["denials_matched"], t["denials_gold"])
    source_p = ratio(t["sources_matched"], t["sources_predicted"])
    source_r = ratio(t["sources_matched"], t["sources_gold"])
    return {
        "claims gold / predicted / matched": f"{t['claims_gold']} / {t['claims_predicted']} / {t['claims_matched']}",
        "claim precision": precision,
        "claim recall": recall,
        "claim F1": f1(precision, recall),
        "hedge accuracy (matched)": ratio(t["hedge_right"], t["claims_matched"]),
        "unit class accuracy (matched)": ratio(t["class_right"], t["claims_matched"]),
        "asserter accuracy (matched)": ratio(t["asserter_right"], t["claims_matched"]),
        "claim F1 with right asserter": f1(right_precision, right_recall),
        "denial precision": denial_p,
        "denial recall": denial_r,
        "denier accuracy (matched, named)": ratio(t["denier_right"], t["denier_gold"]),
        "source precision": source_p,
        "source recall": source_r,
    }


if __name__ == "__main__":
    for name, value in evaluate(show_errors="--errors" in sys.argv).items():
        print(f"{name:<40} {value:.3f}" if isinstance(value, float) else f"{name:<40} {value}")
