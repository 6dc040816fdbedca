"""Accuracy of quote extraction on hand-written news paragraphs: bench/data/quotes_gold.jsonl
(development set: the first 49 paragraphs, then batches A, B and D, each held out until its
first run and then used for fixes) and bench/data/quotes_gold_heldout.jsonl (the latest
held-out batch, written before looking at any output on it).

First runs of each batch, before any fix it prompted (direct F1 / direct speaker accuracy /
indirect P, R / span recall over all attributions / span+speaker recall):
  batch A (24 paragraphs): 0.927 / 0.789 / 0.941, 0.727 / 0.878 / 0.683
  batch B (22 paragraphs): 0.923 / 0.778 / 0.895, 0.944 / 0.946 / 0.811
  batch C (18 paragraphs, the current held-out file): 0.968 / 0.867 / 0.895, 0.850 / 0.943 / 0.829
  batch D (24 paragraphs, 75 attributions): 0.986 / 0.676 / 0.975, 0.951 / 0.973 / 0.720
    (bare surnames with no title, role phrases, cataphora, possessive speakers, long features)

Real news: bench/data/quotes_gold_real.jsonl annotates the 29 English article bodies of
../shared/corpus/textbench-dev/truth (the four Russian, German and Italian pages are out
of scope: only English gets quotes) by page id: every direct quote and every indirect
attribution (X said that ..., according to X, X told Reuters ..., studies/polls show that
...), each by its character span in the body and the speaker's fullest name in the article
(null when the article never names one, or for an unnamed group: "the doctors", "people
familiar with the talks"). A 1-3 word phrase is a quote only as a whole utterance or as
the object of a naming verb with a named speaker (the seed convention); hypothetical
speech in opinion pieces is not annotated. Bodies are read from ../shared at run time
(skipped when absent). Pages in id order alternate between "real dev" (used for fixes)
and "real held-out" (measured, never looked at). Annotated before any output on them was
seen; first (blind) run, direct F1 (P/R) / direct speaker accuracy / indirect P, R / span
recall over all attributions / span+speaker recall:
  real dev (15 pages, 87 direct, 34 indirect):
    0.949 (0.933/0.966) / 0.821 / 0.763, 0.853 / 0.934 / 0.793
  real held-out (14 pages, 41 direct, 44 indirect):
    0.943 (0.891/1.000) / 0.805 / 0.829, 0.659 / 0.824 / 0.682
Fixes then used real dev and our own paragraphs only (one attribution the blind annotation
had missed was added to a real dev page). Real held-out was measured once more at the end,
its misses never printed: 0.943 (0.891/1.000) / 0.854 / 0.829, 0.659 / 0.824 / 0.718; real
dev at that point: 0.977 (0.977/0.977) / 0.882 / 0.944, 0.971 / 0.975 / 0.893 (its speaker
misses are mostly song lyrics, a "she said" the article gives the wrong person, and a
"he said" after "Universal's music division").
A second round (speaker accuracy, issue 3) again fixed from real dev misses and our own
paragraphs only: lyrics credited by "she sings", lone given names, joint speakers, gender
agreement (pronouns, gendered titles and nouns, his/her, common given names), no he/she
for one-word names that may be organisations, a pronoun slip when the quote names its
person, re-quotes, lead-ins without a speaker, ages and affiliations as descriptions,
findings of polls and reports. Real dev after it: 0.983 (0.977/0.989) / 1.000 / 0.944,
0.971 / 0.984 / 0.984; real held-out, measured once at the end, misses never printed:
0.932 (0.872/1.000) / 0.854 / 0.821, 0.727 / 0.859 / 0.729 (speaker accuracy unmoved: the
0.95 goal is not met on held-out). Our own sets unchanged: dev 0.992 (0.992/0.992) / 0.992
/ 0.992, 0.992 / 0.992 / 0.980; held-out 1.000 (1.000/1.000) / 1.000 / 1.000, 0.950 /
0.971 / 0.914.
A third round drew fresh real news instead: 42 English excerpts (wire, business, sports,
floods, diplomacy, police) from public pages, annotated by hand before any run and kept
outside the repo (third-party text; only this summary is kept). Direct F1 / speaker
accuracy, blind first runs: batch 1 (23 excerpts, 78 quotes) 0.981 / 0.885; batch 2 (14
excerpts, 62 quotes, run after batch 1's fixes) 0.927 / 0.789; batch 3 (5 excerpts, 9
quotes, after all fixes) 1.000 / 1.000. After the fixes: batch 1 1.000 / 0.962, batch 2
0.976 / 0.935. Causes fixed, each with its own test: a participle after a quote ('...,"
adding that "...') speaks with the sentence's subject; a colon lead-in whose subject the
parser lost; the one asked ("X asked him ...") answers; he/she prefers the main clause's
speaker to the subject of what that speaker reported; "according to him"; a straight mark
closing a curly quote; a lone quote paragraph after "X said ..." is X's; "quoted as saying";
lead-ins opening on the verb ("Added resident X:"); and for precision, a short phrase its
sentence runs into ('is a "concern," X said'), a phrase in the writer's clause after a
split cue ('adding that ... "..."'), a programme named after "told". Left: "the X spokesman" credited to X
(our convention, the fresh gold said unnamed), roles the lexicon does not tie to a title
("the NATO chief"), "spoke" and "underlining" missing from the lexicon, a misspelt surname,
"that said committee" read as a report. Our sets and real dev unchanged. Real held-out,
measured once at the end, misses never printed: 0.921 (0.854/1.000) / 0.854 / 0.821, 0.727
/ 0.859 / 0.729 (speaker accuracy unmoved again, one more predicted quote than before).
A fourth round drew batch 4 the same way (26 excerpts, 93 quotes: courts, health
departments, local police and fires, science, elections, sports interviews, a drought
feature), annotated before any run: blind 0.969 / 0.849, after its fixes 0.969 / 1.000.
Batch 5 (6 excerpts, 20 quotes: strikes, earthquakes), annotated and first run after those
fixes: 0.974 / 0.789, then 0.974 / 0.895 after adding verbs of speaking manner (without
them '"...," X shouted' was no quote at all). Batches 1-3 after this round: 1.000 / 0.974,
0.976 / 1.000, 1.000 / 1.000. Causes fixed, each with its own test: a surname that is also
a stop word ("See"); an abbreviated rank the parser split off as the subject ("Sgt.");
a description right after someone ("the former X coach") taken for a title holder named
only later; a description whose person is named in the paragraph before; a description
set beside a name earlier ("his wife, X"); a verb joined after a quoted phrase ('...
"...," but said, "..."'); a participle the parse hung on the reported clause; a misspelt
lone surname (swapped or changed letter); a colon lead-in without a finite verb ("X, on
losing in 2008:"); the legal "said" ("said committee"); "would continue to be"; and the
lexicon ("speak", "underline", shout, whisper, sob, exclaim ...). Left: "the X spokesman"
credited to X (convention), a group speaking for an organisation ("Leaders with the union")
left unknown, a quote opened with a closing mark. Our sets and real dev unchanged. Real
held-out at the end, misses never printed (one aggregate print mid-round, by accident,
showed the same speaker accuracy; nothing was tuned on it): 0.911 (0.837/1.000) / 0.854 /
0.821, 0.727 / 0.859 / 0.729 (speaker accuracy unmoved a third time; one more predicted
quote). The 0.95 goal is met on the fresh batches, not on real held-out.

Session 3. First a blind audit of the real held-out gold by a second annotator who never
saw any output: 41 direct quotes checked, one disagreement (an agency's unnamed
spokesperson left null against the documented convention that a spokesperson speaks for the
body; relabelled, with the matching indirect quote and own row b-04), six quotes of a
doctors' letter kept null as the convention's own example ("the doctors") though the
article names their group. Then six fresh batches of real news excerpts (search tool; texts
and gold outside the repo; politics, war and diplomacy about 60%, the rest courts, police,
business, health, science, sport; from batch 9 on the first 4-8 paragraphs of the first
page each query found with quotes, nothing picked for difficulty), each annotated before
any run, scored blind once, then used for fixes. Direct F1 / speaker accuracy, blind first
run -> at the end of the session:
  batch 6 (25 excerpts, 102 quotes): 0.975 / 0.804 -> 0.990 / 0.970
  batch 7 (25 excerpts, 95 quotes, run beside 6): 0.989 / 0.849 -> 0.984 / 0.968
  batch 8 (30 excerpts, 112 quotes, run mid-round): 0.973 / 0.879 -> 0.973 / 0.972
  batch 9 (40 excerpts, 150 quotes): 0.951 / 0.854 -> 0.962 / 0.914
  batch 10 (40 excerpts, 143 quotes): 0.961 / 0.912 -> 0.968 / 0.964
  batch 11 (40 excerpts, 159 quotes): 0.923 / 0.891 -> 0.941 / 0.902
  batch 12 (30 excerpts, 108 quotes): 0.958 / 0.942 -> 0.958 / 0.961
  batch 13 (30 excerpts, 113 quotes, run once after all fixes): 0.950 / 0.810, the final
    blind figure (0.950 / 0.848 after the two general fixes it prompted: a description that
    is the last sentence's subject, a name beside a business noun). Its gold credits three sentences of "the statement said" after a Kremlin
    statement to nobody where our convention credits the body, and spells "Isro" in full;
    the rest are new causes (a speaker named only in a headline-like lead, "the officers"
    read as their country, a prime minister's quote given to his predecessor named in it).
    Pooled first runs of batches 10-13: 429 of 482 matched quotes with the right speaker,
    0.890; the batches vary from 0.81 to 0.94.
Causes fixed (each with a test of invented sentences): honorifics and British ranks are no
given names ("Mr Chamisa", "Det Con X"); a capitalised title is never a person; a name the
tagger called an organisation or place is a person beside a person's title or a word for a
person ("Morgan Komichi, MDC Alliance chairperson", "Another Floyd brother, Terrence,") and
a subject of speech verbs; a role that is a sentence's main subject is what the next he or
she means; a role goes to the title sharing most of its qualifiers, never to a holder named
later whose title shares none; "a Kremlin spokesman", "a spokesman for the Israeli
military", "the Kremlin official" right after the named spokesman; "the group" / "the
statement" / "it" for the organisation named, issuing or speaking before; members of a
body; he/she after an unnamed man or patient is nobody; "X and colleagues"; "X quoted Y as
saying"; many cue shapes (participles, "while" clauses, time clauses, "who said", long
speaker phrases, "accused X of", "refer to X as", verbs of manner, "demand", "question");
paragraphs counted the same with or without blank lines; a parliament speaker and a judge
are titles. Convention made explicit: a quoted fragment of four or more words inside a
reported clause is a direct quote (own held-out c-15 relabelled; the older batch 1 left
three such fragments inside indirect quotes, which now count against precision there).
Left: misspelt names ("Rute"), typos in cues ("repsonded"), quotes credited through a
company's note or a document ("the company's note continued"), unnamed jurors after a named
defendant, short fragments after verbs that are no speech verbs ("condemned"). Real
held-out, measured once at the end, misses never printed: 0.911 (0.837/1.000) / 0.878,
0.786 indirect F1, 0.871 / 0.741 recall over all attributions (0.854 -> 0.878 is one more
quote of 41 with the right speaker; the spokesperson the audit relabelled is one of the 41).

Session 4 continued the loop on batches 14-17 (30 excerpts each, drawn and annotated blind
by helpers; batches 16-17 favour 2015-2023 stories in all regions). First runs, direct F1 /
speaker accuracy: batch 14 (106 quotes) 0.941 / 0.906, batch 15 (117) 0.924 / 0.816, both
at 1ee5909 after the session's first fixes; batch 16 (113) 0.964 / 0.917 and batch 17
(111) 0.982 / 0.945, both at 4a858c3 after the fixes batches 14-15 prompted (pooled
203/218 = 0.931, against 171/199 = 0.859 for 14-15). Batch 18 (30 excerpts, 107
quotes, 2014-2023 stories), run once at efa22c6 after all of the session's fixes: 0.958 /
0.902. First runs of batches 16-18 pooled: 295 of 320 matched quotes with the right
speaker, 0.922 (its misses: a joint declaration credited to its first signer, a speaker
named in the sentence after the quote, shouted chants the gold leaves out, a court's
written opinion, a report's summary quoted by its summariser). After three more fixes
(a participle the parser hung on a relative clause, "went on to say", a role qualified by
one country never given to another country's holder), batches 19 (25 excerpts, 94 quotes)
and 20 (25 excerpts, 92 quotes), 2014-2024 stories with more regional outlets, were run
once at d271283: 0.901 / 0.902 and 0.939 / 0.976. First runs of batches 16-20 pooled: 451
of 486 matched quotes with the right speaker, 0.928; direct F1 0.90-0.98 (batch 19's
misses are mostly unmarked paragraphs of a multi-paragraph statement and short phrases
after naming verbs). Batch 21 (24 excerpts, 72 quotes, 2008-2022 stories), run once at
1be39cf after the last fixes ("Modi, who wore ..., said", "One of the victims, X, told",
"accused X of '...'" however long X): 0.913 / 0.921 (its misses: Reuters texts stored with
hard line breaks inside quotes, an unnamed official's words the gold leaves to nobody
where we credit the body, an unnamed shooter's messages given to the governor who read
them out). Batches 16-21 pooled: 509 of 549, 0.927. After it: a document released or
issued by a body speaks for it ("a statement released by X ... the statement says"), and a
phrase of four words or more that a naming verb names with "as" far from the verb is the
namer's words (batch 19 0.939 after these, the others unchanged).
Causes fixed, each with tests of invented sentences: a cue after more of the writer's
clause reports a phrase set inside it; a cue's own auxiliaries ("had said"); titles,
nouns and adjectives the tagger took for verbs ("WHO chief", "defender", "acting Chief
Justice") do not end the lead; a name the parse lost after an inverted cue ("said PM
Modi on"); a name closing a run of titles ("said study co-author X, curator"); "according
to X" right after a quote; "PM"/"CM" and "the PM", "the president-elect"; a speech act
just before a cueless quote ("X acknowledged the result. '...'") and the words a speech
act takes as object or with "with"/"for" ("expressed '...'", "greeted the crowd with
'...'", "commended the police for their '...'"), not words deeper in what it targets; a
scene-setting "As ... protested," clause attributes nothing; whom "praising X as" acts on
is not the speaker; an opening participle ("Describing the deal as '...', X said") and
one the parse hung on a described clause speak with the main subject; of two subjects a
dateline gives a cue, the nearest; "the company" reaches back a paragraph; acronyms the
article spells out (entities now link "the Pacific Tsunami Warning Center (PTWC)" and
"Isro"/"ISRO"); "Sir Laurie" is Sir Laurie Magnus; a surname with a letter left out
("Rute"); a name never ends on a particle ("Marine Le Pen"); a one-word "person" before a
title is a country or acronym ("Mali President X", "JAXA Vice President X") and after a
locative "in" a place; an outlet that reports ("Sky News reports") is never a person a
later "he" means. Convention applied mechanically to all gold (own h-tell-01, d-24,
h-mid-02, held-out c-15, one textbench dev phrase): a phrase of four words or more quoted
inside a reported clause is a direct quote even without a verb, and the clause around it
stays an indirect quote; the own and real dev figures did not move. Left (seen, not
fixed): typos in names and cues, a cue word lost to a full stop ("a close ally. told"),
unmarked paragraphs of a multi-paragraph quote, a relayed statement ("X sought '...', his
spokesman said"), "it said" two paragraphs after the body spoke, quotes whose speaker the
text names only after them. Real held-out, measured once at the
end, misses never printed: direct 0.911 (0.837/1.000) / speaker accuracy 0.927 (was
0.878), indirect F1 0.814 (was 0.786), recall over all attributions 0.894 / 0.788 (was
0.871 / 0.741).

Session 5 (the older fresh sets were lost with the machine's /tmp, so seven new batches were
drawn and annotated blind by helpers who never ran wiretrace; 30 excerpts each). First
runs, direct F1 / speaker accuracy -> at the end of the session:
  batch 22 (80 direct; politics, courts, business, sport, science; at 041312c): 0.975 / 0.924 -> 0.975 / 0.962
  batch 23 (71 direct; regional outlets of Africa, Asia, Latin America, Australia, UK and
    Ireland; at 041312c): 0.925 / 0.919 -> 0.993 / 0.944
  batch 25 (114 direct; a wire service's day; at dd4b68f): 0.969 / 0.759 -> 0.973 / 0.890
  batch 24 (55 direct; at a7d964f): 0.982 / 0.709 -> 0.982 / 0.945
  batch 26 (95 direct; at 44cb4dc): 0.952 / 0.899 -> 0.952 / 0.955
  batch 28 (105 direct; half regional news; at d1d3225): 0.990 / 0.854 -> 0.990 / 0.893
  batch 27 (85 direct; the session's final held-out set, run once at ad59563 after all
    fixes): 0.965 / 0.780 (0.983 / 0.847 after the fixes its misses then prompted: two
    apostrophes or a closing mark used as quote marks, a run of unknown titles before a
    full name, "a statement by the governor's spokesman, X", a name the tagger cut short)
  batch 29 (25 excerpts, 86 direct; drawn late and run once at ba436aa, after every fix of
    the session): 0.970 / 0.878 (0.915 after one more fix: a chain's closing "he said"
    over the line before it)
Pooled first runs: about 555 of 660 matched quotes with the right speaker, 0.84 (0.927 over
batches 16-21 a session before; this session's batches vary 0.71-0.92 where the last
session's varied 0.82-0.98). The low batches hold pages unlike the older ones: lists of
quotes without cues credited to the person the page is about, interview transcripts,
scraped pages in no order, statements quoted over several paragraphs, speakers named only
after their words, wire copy typing "''" or "″" for closing marks or opening a quote with a
closing mark, and conventions the annotators differ on ("DOJ" for "Justice Department",
police forces named by their city).
Causes fixed, each with tests of invented sentences: a chancellor is an office of its own
(Britain's is no prime minister); one dateline test for all extractors, also "Geneva,
September 6 (RHC)-- "; a paragraph break always ends a sentence; quote marks the copy lost
or mistyped (a chain or a quote opened after "said:" whose closer never comes ends with its
paragraph; a quote runs on into a paragraph that closes it without reopening; "“A. “B.”"
is two quotes; a straight mark closes a curly quote a lone straight opener continues; a
double prime closes a curly quote); a lone capitalised title word that speaks is a surname
("said Sultan"), even where the tagger called it a place; a name after "According to X,"
that is the subject of its own verb is no apposition of X; a role qualified by a body ("the
RFS deputy commissioner") is the holder named next with the bare title; a role whose
only other holder has an unlike title is the untitled person named next; a role right
after someone holding another office is not that someone; continents, buildings and
streets are no parts of names and no people ("Minister of State for Europe X", "Kumamoto
Castle", "Wall Street said"); the name after an opening participle the parser took for the
subject speaks; a past tense the parser hung on the root noun is the main verb; "al-Malki"
/ "Malki" / "Al Maliki"; a name joined to a run of titles or a place speaks ("Exxon Chairman
and CEO X", "Jammu and Kashmir's Deputy Chief Minister X"); "a resident named Elias", "a
maid who gave her first name as Angela"; "said WHO" (an acronym tagged a pronoun);
"they" after a body that spoke; a national institution's unnamed spokesman speaks for it,
and so does "the official" after him; a coalition, bloc or cartel is a body; a described
company with a place ("The California tech firm") and "the agency" with nothing that spoke
before are the organisation the sentence before, or the sentence itself, is about; "the
tweet added"; a reported clause with its own words around a quoted phrase stays an
indirect quote whatever share the phrase takes (the documented convention); "according to
The Guardian" after a report only relays it; a parenthetical "he said" reports the clause
and the participles on it; "ruled that"; a speech act takes a quote opening on its "for";
"the election body" is the organisation named before whose name it echoes; "authorities
said" is an unnamed group, like "officials";
cueless quote paragraphs continue a report whose cue comes after it, and speak for the one
a narrative paragraph before introduces (a speech verb's subject, "Comments from X", a named
subject of a one-sentence paragraph, a he or she lead-in); a lead-in left at a paragraph's
end ("..., he said,"); an unnamed subject that blocks a he/she must be singular and outside
quotes. Our sets and real dev unchanged (real dev indirect F1 0.958). Real held-out,
measured once at the end, misses never printed: direct 0.901 (0.820/1.000) / 0.927,
indirect F1 0.818 (was 0.814), recall over all attributions 0.906 / 0.800 (was 0.894 /
0.788).

Session 6 (session 5's sets survived; eight more batches drawn blind by helpers, 30 excerpts
each; batches 30, 31, 33 and later 36 prompted fixes, 32 and 34 were run blind and at the
end, 35 and 37 only near the end). Direct F1 / speaker accuracy:
  batch 30 (71 direct; politics and courts of Europe, Africa, Asia; at 2f924d1): 0.986 / 0.739 -> 0.986 / 0.855
  batch 31 (93 direct; business, sport, health, crime; at 2f924d1): 0.984 / 0.880 -> 0.984 / 0.935
  batch 33 (94 direct; a general aggregator mix; at 121dab9): 0.989 / 0.851 -> 0.989 / 0.915
  held out (misses never printed), blind first run -> run at d676002 -> at the end (5b7e0aa):
  batch 32 (87 direct; wars, disasters, elections): 0.977 / 0.929 -> 0.941 -> 0.977 / 0.941
  batch 34 (69 direct; security and conflict): 0.986 / 0.797 -> 0.826 -> 0.986 / 0.826
  batch 35 (87 direct; pages as they came for everyday queries): 0.929 / 0.899 -> 0.929 / 0.899
  batch 37 (64 direct; seven stories each retold by 3-5 outlets, drawn late): 0.984 / 0.903
  held-out pooled at the end: 264 of 295, 0.895. Batch 36 (82 direct; story clusters too)
  was held out at d676002 (0.925 / 0.757), then used for fixes (0.838). Session 5's batches
  22-29 after this session's fixes: 0.975, 0.944, 0.945, 0.908, 0.955, 0.859, 0.893, 0.939.
Causes fixed, each with tests of invented sentences: a dateline with its country before the
dash ("JOHANNESBURG, South Africa —") is no speaker, the subject after it is; the one a
statement quotes "as saying" is who later pronouns mean; "charged", "fumed", "thundered"
are cues; two right single marks close a quote; emperors are heads of state; "Hon." and
South Asian police ranks are titles; "the trust" is the organisation named before whose
name it ends; a title phrase ending on a title names nobody, the holder named next speaks;
"a release from the Mayor Nancy Young"; a sentence of just a speaker and a cue after a
quote belongs to it ('"..." The company said in a press release.'), also after the full
stop that follows a closing mark, unless a cue around the quote governs it; "the company"
with nobody having spoken is the one organisation named in its paragraph's narration; a
lower-case description the tagger took for a name ("the veteran leftist"); a speech act
done as the purpose of an act ("took to the stage to thank voters '...'"); a name owning
the subject after "according to this body" is no apposition; a person's spokesman also when
the parser made the possessive a modifier ("May’s spokesman"); "a company spokesperson",
and "the spokesperson" paragraphs later, speak for the one company named; a speaker the
parser ran into the clause before its cue ("..., the UN refugee agency (UNHCR) said") is cut
out of the reported clause, and "the agency" is the one whose name stood in brackets; a
participle the parser hung on a thing ("called off demonstrations saying ...") is said by
the subject above; a plural typed for one holder's title; "he" after an unnamed spokesman
speaks for the spokesman's body; a law's name ("Data Protection Regulation") and a place
with a country in its name are no people; "the army said" (a country's own body) names it
as written when no army was named; an aside after a comma ("..., ahead of a summit", "...,
a sentiment echoed by ...") ends the reported clause; a long title between the name and a
late cue; "X described ... '...'"; the person after joined titles the parse lost ("said
Nigeria's President and ECOWAS Chairman Bola Tinubu") or after a bare description ("disaster
management specialist X told"); "the intel report" (a lower-case word tagged a company); a
panel is a body, an unnamed one speaks as described ("parliamentary committee"); "a
government spokesman" speaks for the government that spoke before, else stays unknown; a
future joined to a reported clause stays reported ("is transitional, will work to ..."), a
request joined to it ("and asked citizens to ...") is the speaker's next act; company
abbreviations ("Inc.", "Corp.") end no sentence before a quote.
Our sets and real dev unchanged; the held-out figures above hold at eb48831 too. Real
held-out, measured once at the end, misses never printed: unchanged (direct 0.901 / 0.927,
indirect F1 0.818, recall over all attributions 0.906 / 0.800).

Session 7 (every earlier set survived; session 6's held-out batches 32, 34, 35, 37 became fix
sets; nine more batches drawn blind by helpers, 30 excerpts each). Direct F1 / speaker
accuracy, blind first run -> after the fixes:
  batch 38 (75 direct; business, central banks, strikes; at 6d04e7f): 0.986 / 0.767 -> 0.849
  batch 39 (79; politics outside the US and UK): 0.936 / 0.904 -> 0.942 / 0.904
  batch 40 (76; seven stories each retold by 4-5 outlets): 0.974 / 0.747 -> 0.880
  batch 41 (71; crime, courts, health, disasters): 0.993 / 0.900 -> 0.900
  (38-41 were held out at the start and once more at ba624b1: 0.767, 0.904, 0.760, 0.900,
  pooled 242 of 291, 0.832; then used for fixes.) Session 6's held-out batches after
  fixes: 32 0.953, 34 0.913, 35 0.949, 37 0.919.
  held out (misses never printed), blind first run (at 4f3afbc) -> at the end (d727b3b):
  batch 42 (110; US, UK, Canadian, Australian government): 0.968 / 0.933 -> 0.933
  batch 43 (89; seven non-war stories, 4-5 outlets each): 0.949 / 0.807 -> 0.807
  batch 44 (76; conflict and humanitarian news): 0.987 / 0.867 -> 0.867
  batch 45 (78; mixed world news, first run at the end): 0.967 / 0.838
  batch 46 (80; six Russia-Ukraine developments, 5 outlets each, first run at the end): 0.921 / 0.886
  held-out pooled at d727b3b: 354 of 407, 0.870 (42-44: 230 of 263, 0.875 both times);
  then used for fixes (after: 0.971, 0.819, 0.867, 0.838, 0.886; pooled 0.882).
  Drawn last, held out, first run at the very end (3a04ffa), misses never printed:
  batch 47 (77; security and terrorism, South Asia, Africa, Middle East): 0.981 / 0.763
  batch 48 (64; business, technology, health, science): 0.976 / 0.806
  batch 49 (78; six Middle East, African and Asian stories, 5 outlets each): 0.968 / 0.737
  pooled 164 of 214, 0.766 (then three fixes from their misses: role abbreviations; titles
  the parser joined to a name; a name inside the first subject's phrase; 47 0.776, 48 0.855,
  49 0.750).
  Batches 22-31, 33, 36 after this session's fixes: 0.975, 0.944, 0.945, 0.908, 0.955,
  0.859, 0.893, 0.951, 0.884, 0.946, 0.915, 0.838.
Causes fixed, each with tests of invented sentences (tests/test_quotes_fresh34.py, 38): the
source an outlet cites speaks ("Citing the army's media wing, Dawn said", "Quoting police
sources, PTI reported": unnamed sources stay unknown), and an opening "Quoting" is no place
or part of a name; countries listed together are places, not people; "the army" is the
army that spoke ("Mali's army said ... the army said"), and an earlier noun's name must sit
right before it; a name set off before an unnamed description speaks ('"...," Hassan Nur, a
policeman said'); an outlet's trailing cue around a named speaker's report only relays it
("..., said X at a press conference, APA reports", "X said that ..., news agency AP
reported"), not around its own participle; "X said, according to a statement issued by his
office, '...'" is X's; a participle of a person's clause ('A man attacked police shouting
"..."') is that person's; a place "the village of X" never speaks; documents speak for
their makers ("a statement issued by the PRO, X said" ... "the statement read/said";
"responded with a press release" ... "the release stated"; "It reads:" after "a statement
authored by X"); "read" is a cue for documents; several publications are no person named
after them; "a report from September" names no body; words quoted inside what a thing
shows belong to the cue further back; "Following are excerpts from X's comments:" credits
the quote paragraphs after it; a title after a name in a phrase ("chaired by X, the SBP
governor said") is the next clause's subject; "a group of soldiers" is nobody named; a
readout quoting its speech verb ('X "conveyed the support of ..."') credits the subject;
storms ("Hurricane Daniel") are no people; "news agency AP" is AP; the presidency and the
junta are bodies; prosecutors are a role ("a French prosecutor" is the one prosecutor named
later), "the prosecutor's office" a body; an outlet citing a source after its cue relays it
("Al Jazeera reports citing the Red Crescent"), as does "according to a report by X citing
Y"; things that continue say nothing ("as search efforts continue"); a speaker set off
before "asked about ..." speaks, not a name inside the question; "the IGP", "DGP", "CM",
"COAS" are role abbreviations (the holder named before); titles the parser joined to a
name ("X, President and Chief Executive of RIM, said") make no second speaker, nor does a
name inside the first subject's phrase ("A soldier appearing on TV channel Gabon 24 said");
a statement's issuer named after a title ("issued by the PRO, X") speaks. Hearsay "said to be" of a
thing voices nobody (shared with claims).
Our sets and real dev unchanged. Real held-out (figures only, misses never printed): direct
0.901 / 0.927, indirect F1 0.818 and recall over all attributions 0.906 / 0.800 unchanged at
the end (0.788 from 6d04e7f to d3427c1: one attribution's speaker).

Session 8 (wave 3, batches 47-49, and then seven of the nine new batches became fix sets;
every other batch rerun after each fix). Direct speaker accuracy, first run -> at the end
(dfcb870):
  batches 47, 48, 49 (held out at the end of session 7): 0.776, 0.855, 0.750 -> 0.816,
  0.887, 0.763.
  first new wave, drawn blind by helpers, first run at 6f14933:
  batch 50 (80 direct; world politics and diplomacy): 0.975 / 0.818 -> 0.857 (fix set)
  batch 52 (77; courts, crime, policing, local government): 0.987 / 0.855 -> 0.882 (fix set)
  batch 51 (96; six stories, 5 outlets each): 0.963 / 0.944 -> 0.944 (held out throughout)
  batch 53 (73; economy, energy, migration, health, aid): 0.973 / 0.877 -> 0.877 (held out
  throughout); 51 and 53 pooled 149 of 163, 0.914, at the start and at the end.
  second wave, first run at 2c9d7ea (misses never printed before it), then fix sets:
  batch 54 (64; armed conflicts and security): 0.976 / 0.823 -> 0.871
  batch 55 (89; six stories, 5 outlets each): 0.983 / 0.909 -> 0.920
  batch 56 (77; business, technology, science, sport, culture): 0.947 / 0.930 -> 0.944
  first-run pooled 197 of 221, 0.891.
  Drawn last, first run near the end (9d43101, misses never printed before it):
  batch 57 (94; mixed world news): 0.989 / 0.894 -> 0.894
  batch 58 (93; six stories, 5 outlets each): 0.973 / 0.846 -> 0.868
  pooled first run 161 of 185, 0.870; then two fixes from their misses (at da82a7b).
  Older batches after this session's fixes: 36 0.851, 37 0.935, 42 0.981, 43 0.843, 44
  0.880, 45 0.892, 46 0.887; the rest held.
Causes fixed (tests/test_quotes_fresh47.py): a state body's spokesman speaks for it once it
has spoken ("The army said ... an army spokesman said"), a country's institution through its
spokesman ("Egypt's army spokesman") and his statement; "according to the statement" refers
further back to its maker; "X, who is also minister of Y," gives X the title, and a title
the text gives only later does not yet make its holder "the minister"; a name right after a
word for a company is that company all through the article ("drug firm Lupin"); a cue in an
"after" clause reports the quote right after its object; a cueless quote between two of one
speaker's is his; a capitalised name the parser read as an adverb or modal speaks ('"...,"
Huguely said', "May said:" after Theresa May); generational suffixes are no surname; public
relations officers are spokespeople; a lawyer role; "the CS"; wider given-name lists for
"he"/"she"; an opening mark typed for the closer closes the quote; a comma hangs a trailing
cue on a quote ending in a full stop; a speaker's line in capitals introduces the quote
paragraphs after it; "it" stays the body that spoke after a person only mentioned; "the
company" is the company named, not a regulator that spoke; a document speaks for whoever
its possessive stands for ("read its statement"); "took to Twitter to say" reports; words
quoted after "encouraged X to" are the encourager's; a participle after an empty "It came
after X ..." speaks for X; a statement "attributed to" a body speaks for it. Scorer: names
equal but for accents match.
Our sets, real dev and real held-out unchanged (0.901 / 0.927, 0.818, 0.906 / 0.800).

Session 9. First a check of the gold itself: a second annotator, seeing only the excerpts and
the quote spans (never the gold or any output), labelled the speakers of the 356 direct
quotes of batches 51, 53, 57 and 58 under the same conventions. Agreement with the gold by
this scorer's name match: 356 of 356 (exact strings differ in 7, accents and "Nicolas
Maduro Moros"). The gap to 0.95 is the extractor's, not the gold's. Then four analysts
grouped the 271 speaker misses of the fix sets by cause with invented reproductions, and
developers fixed one cause family each (tests/test_quotes_fresh59.py, test_quotes_documents59,
_organisations59, _pronouns59, _roles59, _cueless59, _shapes59, _leftovers59,
_conventions59). Direct speaker accuracy, first run -> at the end (4dc7c64):
  fix sets 22-50, 52, 54-58 pooled: 2,496 of 2,769 (0.901) at the session's start (42965a7)
  -> 2,580 (0.932); e.g. 50 0.857 -> 0.948, 52 0.882 -> 0.921, 57 0.894 -> 0.947.
  batches 51 and 53 (held out through sessions 8 and 9): pooled 149 of 163, 0.914 -> 150,
  0.920.
  new batches, drawn blind by helpers, first run at 82fafa6 and held out all session:
  batch 59 (77 direct; regional news: councils, courts, police, strikes, sport): 0.936 /
  0.849 -> 0.849
  batch 60 (75; six stories, 5 outlets each): 0.987 / 0.811 -> 0.824
  pooled 122 of 147, 0.830 -> 123, 0.837.
  drawn mid-session, first run only at the end (4dc7c64):
  batch 61 (69; world politics, diplomacy, business): 0.978 / 0.851
  batch 62 (57; security, disasters, health): 0.991 / 0.825
  pooled 104 of 124, 0.839.
The fixes lift every fix set (84 more speakers right) and move the held-out batches by one
or two quotes: each new batch's misses are mostly shapes of its own. Causes fixed: quotes
joined by words without a verb share one cue; abbreviated honorifics ("Hon.") are one token
and end no sentence; a nationality is no word a description shares with another body; a
role glossed with "or"; transliterated surnames (same consonants); an outlet after a named
report only relays it, "paraphrased X as saying"; "It said" after "A spokesman for X";
"the company" is no outlet and falls back to the story's main company; a role holder
introduced unnamed is nobody named before; documents speak for their issuer (a titled
speaker who made the statement, a channel's owner, the named body a communique is "of",
"per a briefing by X", only producing verbs make a maker); descriptions of a kind of
organisation ("the opposition bloc", "the UN agency") are the organisation echoed or named
before, never a name; pronouns (Spanish and Portuguese given names, the first given name,
the person contacted, "X he wrote", "X's statement in which he said", "according to"
sources go on speaking); role phrases (a seat before "member of Parliament", a party's
stalwart, ", said judge X,", "President of the European Commission", DCP, "the Chinese FM
Spokesperson"); cueless quotes (a present-tense caption, lead-ins naming a role and a name,
"Comments from X", "before adding"); cue shapes (dated agency headers, an act's words
against a spokesman's trailing cue, joined verbs, a report's own content only, "a claim by
X that", a closing "according to X"); participles after the quote; an ownerless "according
to a statement"; a trial court speaks through its one named judge. Our sets unchanged but
two held-out indirect quotes now have their speaker (span+speaker recall 0.917 -> 0.972); real dev and real
held-out unchanged (0.901 / 0.927, 0.818, 0.906 / 0.800).

Session 10. A learned speaker ranker was tried and not shipped. Every (direct quote,
candidate) pair of the fix sets, a candidate being each person, organisation, place or
nationality the article names or a role phrase tied to a person, got 31 features (distance
in sentences and paragraphs, same sentence or paragraph, the previous and next quotes'
speakers, recency rank, being a clause subject, given-name gender against "he"/"she", the
cue subject a pronoun); an L2 logistic regression scored them and the best candidate filled
a speaker the rules left unknown when its probability passed a threshold. Leave-one-batch-out
over the 35 fix batches (2,769 direct quotes): rules alone 0.932, with the ranker at best
0.934 (threshold 0.6-0.7; lower thresholds fell to 0.918). Why: of the 261 quotes the rules
leave without a speaker, 140 are right to (anonymous sources, crowds, "they said"), 28 name
a speaker the article never tags, and of the other 93 the ranker's first choice is right
for 48 or 49 only, with no probability that separates those from the right nulls; ten more
features on the cue subject's shape (indefinite, plural, a document, a definite noun, word
stems shared with the candidate) and fitting on the rules' nulls alone did not change that.
The rules' misses are the cases distance and recency do not decide.
Then three rounds of fixes: the fix sets' remaining misses split into families (cue subjects
"it"/"they" and documents left unresolved, descriptions left unresolved, cueless quotes,
wrong speakers; then what was left of each, plus indirect speech; then indirect speech
alone: verbless small clauses, dateline names), one developer each,
invented tests (tests/test_s10_*.py), every set rerun after each merge. Direct speaker
accuracy, session start (97feb0f) -> end:
  fix sets 22-50, 52, 54-58 pooled: 2,580 of 2,769 (0.932) -> 2,653 of 2,771 (0.957); no
  set fell on speakers; indirect F1 fell slightly on three sets (24 0.933 -> 0.929, 27
  0.924 -> 0.920, 34 0.905 -> 0.900) where the gold leaves out the reported clause of a
  post-posed cue that it gives elsewhere, and rose on more than twenty.
  held-out batches (misses never printed): 51 + 53 150 -> 151 of 163 (0.926); 59 + 60 123 of
  147 (0.837) unchanged; 61 + 62 104 of 124 (0.839) unchanged; all six 377 -> 378 of 434
  (0.871). Their indirect F1 rose (51 0.875 -> 0.890, 53 0.901 -> 0.933, 61 0.845 -> 0.857,
  62 0.904 -> 0.910) and so did span+speaker recall on five of the six (e.g. 53 0.752 -> 0.788).
Again the fixes carry to new batches for indirect speech, barely for speakers. A review
against the repo gold (which the merged rules had moved on six attributions) narrowed five
rules; the repo gold and the textbench halves end where the session started.

Matching: a predicted quote matches a gold quote when their content words overlap with a
Jaccard index >= 0.5 (greedy one-to-one). Speakers match when both are unknown, or when
the names agree after dropping articles and possessives, allowing a surname to stand for
the full name ("Zelenskyy" = "Volodymyr Zelenskyy") and initials for a name ("CBP").

    .venv/bin/python -m bench.evals.quotes            # figures
    .venv/bin/python -m bench.evals.quotes --errors   # figures, then every miss (not on real held-out)
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

from bench.evals.common import article_from_gold, f1, jaccard, load_gold, match_pairs, ratio, same_name
from wiretrace.analyse.quotes import extract_quotes
from wiretrace.model import Quote
from wiretrace.nlp import annotate

GOLD_FILES = {
    "": "quotes_gold.jsonl",  # the development set
    "held-out ": "quotes_gold_heldout.jsonl",  # written before looking at any output on it
}
REAL_GOLD_FILE = "quotes_gold_real.jsonl"  # spans in real articles by page id; bodies read from ../shared
REAL_HALVES = {"real dev ": 0, "real held-out ": 1}  # label -> parity of the page's place in id order
TEXTBENCH_TRUTH = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "textbench-dev" / "truth"
MATCH_THRESHOLD = 0.5


def _score(gold: dict, predicted: Quote) -> float:
    return jaccard(gold["text"], predicted.text)


def evaluate(show_errors: bool = False) -> dict:
    figures = {}
    for prefix, name in GOLD_FILES.items():
        figures.update({prefix + key: value for key, value in _evaluate_rows(load_gold(name), show_errors).items()})
    if TEXTBENCH_TRUTH.is_dir():
        for prefix, parity in REAL_HALVES.items():
            shown = show_errors and parity == REAL_HALVES["real dev "]  # held-out misses stay unseen
            rows = _real_rows(parity)
            figures.update({prefix + key: value for key, value in _evaluate_rows(rows, shown).items()})
    return figures


def _real_rows(parity: int) -> Iterator[dict]:
    """One half of the real-news gold: pages in id order, alternately dev and held out.
    Each row gets its article body from the textbench truth files, and each gold quote its
    text from its character span there (the repo keeps offsets, not the articles' words)."""
    rows = sorted(load_gold(REAL_GOLD_FILE), key=lambda row: row["page"])
    for row in rows[parity::2]:
        (path,) = TEXTBENCH_TRUTH.glob(row["page"] + "*.json")
        text = json.loads(path.read_text(encoding="utf-8"))["articleBody"]
        quotes = [{**q, "text": text[q["span"][0]:q["span"][1]]} for q in row["quotes"]]
        yield {"id": row["page"], "text": text, "quotes": quotes}


def _evaluate_rows(rows: Iterator[dict], show_errors: bool) -> dict:
    counts = dict.fromkeys(
        ["gold_direct", "pred_direct", "matched_direct", "speaker_ok",
         "gold_indirect", "pred_indirect", "matched_indirect",
         "gold_all", "found_all", "attributed_all"], 0)
    errors: list[str] = []
    for row in rows:
        quotes = extract_quotes(annotate(article_from_gold(row)))
        gold = row["quotes"]
        for kind in ("direct", "indirect"):
            gold_kind = [g for g in gold if g["kind"] == kind]
            pred_kind = [q for q in quotes if q.kind == kind]
            pairs = match_pairs(gold_kind, pred_kind, _score, MATCH_THRESHOLD)
            counts[f"gold_{kind}"] += len(gold_kind)
            counts[f"pred_{kind}"] += len(pred_kind)
            counts[f"matched_{kind}"] += len(pairs)
            if kind == "direct":
                counts["speaker_ok"] += sum(same_name(g["speaker"], p.speaker_name) for g, p in pairs)
            errors += _describe_misses(row["id"], gold_kind, pred_kind, pairs)
        all_pairs = match_pairs(gold, quotes, _score, MATCH_THRESHOLD)
        counts["gold_all"] += len(gold)
        counts["found_all"] += len(all_pairs)
        counts["attributed_all"] += sum(same_name(g["speaker"], p.speaker_name) for g, p in all_pairs)
    if show_errors:
        print("\n".join(errors))
    return _figures(counts)


def _describe_misses(item: str, gold: list[dict], predicted: list[Quote], pairs) -> list[str]:
    matched_gold = {id(g) for g, _ in pairs}
    matched_pred = {id(p) for _, p in pairs}
    lines = [f"{item} MISS   {g['kind']:8} [{g['speaker']}] {g['text'][:70]}" for g in gold if id(g) not in matched_gold]
    lines += [f"{item} EXTRA  {p.kind:8} [{p.speaker_name}] {p.text[:70]}" for p in predicted if id(p) not in matched_pred]
    lines += [
        f"{item} WHO    {p.kind:8} gold [{g['speaker']}] got [{p.speaker_name}] {g['text'][:50]}"
        for g, p in pairs
        if not same_name(g["speaker"], p.speaker_name)
    ]
    return lines


def _figures(c: dict) -> dict:
    direct_p = ratio(c["matched_direct"], c["pred_direct"])
    direct_r = ratio(c["matched_direct"], c["gold_direct"])
    indirect_p = ratio(c["matched_indirect"], c["pred_indirect"])
    indirect_r = ratio(c["matched_indirect"], c["gold_indirect"])
    return {
        "direct quotes (gold / predicted)": f"{c['gold_direct']} / {c['pred_direct']}",
        "direct precision": direct_p,
        "direct recall": direct_r,
        "direct F1": f1(direct_p, direct_r),
        "direct speaker accuracy (matched)": ratio(c["speaker_ok"], c["matched_direct"]),
        "indirect quotes (gold / predicted)": f"{c['gold_indirect']} / {c['pred_indirect']}",
        "indirect precision": indirect_p,
        "indirect recall": indirect_r,
        "indirect F1": f1(indirect_p, indirect_r),
        "all attributions: span recall": ratio(c["found_all"], c["gold_all"]),
        "all attributions: span+speaker recall": ratio(c["attributed_all"], c["gold_all"]),
    }


def main(argv: list[str]) -> None:
    for name, value in evaluate(show_errors="--errors" in argv).items():
        shown = f"{value:.3f}" if isinstance(value, float) else value
        print(f"  {name:<40} {shown}")


if __name__ == "__main__":
    main(sys.argv[1:])
