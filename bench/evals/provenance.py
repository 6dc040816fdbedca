"""Accuracy of provenance (cited sources) and of denials and hedges.

Our own gold: the "sources" and "denials" of bench/data/claims_gold.jsonl (44 hand-written
paragraphs; the claims eval scores the same labels as part of its figures). Here sources
are the set of cited source ids per paragraph, and denials and hedges are counted apart:

    .venv/bin/python -m bench.evals.provenance            # figures
    .venv/bin/python -m bench.evals.provenance --errors   # figures, then every miss

Figures on our own gold (session 4 end): sources P/R 1.000/1.000 (27 sources; c29's "a
poll by the Kyiv International Institute of Sociology found" is cited, as the conventions
below want, and its gold now lists it), denials 1.000/1.000, hedges 1.000/1.000, denier
accuracy 0.909.

Matching, per paragraph: sources by id (catalogue ids, or the slug of an unknown name);
denials and hedges greedily one-to-one within a kind, a pair with the right denier first
(names compared by bench.evals.common.same_name); denier accuracy on matched denials
whose gold names a denier.

Conventions (kept by the gold and by the real-news sets below):
- A source is an organisation the text attributes information to (an outlet, wire, agency,
  intelligence service, think tank or official body): said/reported/told/according to/
  citing/confirmed/alleged/statement by/data from/a report or assessment by/reports
  appeared in; a wire credit in a dateline or credit line; a body named in a speaker's
  title ("a State Department official said", "a spokesman for the army"). A body merely
  mentioned is none, nor the publisher of the page itself ("(Reuters)" on reuters.com),
  nor people. Countries and governments speaking as states, companies, armed groups,
  platforms (Twitter, Telegram channels) and a body whose only statement is the denial
  itself are neither rewarded nor penalised on the real-news sets (optional), and are not
  listed in our own gold.
- A denial is someone rejecting a claim, report or accusation with a rejecting word:
  deny, dismiss, reject, refute, shoot down, call/brand false/fake/baseless/a lie, "there
  is no evidence/truth", "has no basis in fact", "X is not true"; one item per cue. A
  rebuttal without such a word ("there is no meeting planned") is optional.
- A hedge is the writer marking a report unverified: reportedly, allegedly, alleged,
  purportedly, could not be verified, impossible to confirm, and "X claimed/claims
  (that) ..." or "X alleged that ..." where the writer chooses the verb; a hedge word
  inside a quotation is the speaker's (optional); a noun ("a claim made by") is none.

Real-news sets (texts and gold outside the repo, under /tmp; scorer /tmp/realprov/score.py,
which adds optional items, alternative names and a catalogue-aware name match), each
annotated before any run on it:
- realprov (30 excerpts, 70 sources, 38 denials, 22 hedges). Blind first run (session 3):
  sources P/R 0.962/0.357, denials 0.935/0.763 (denier 0.897), hedges 1.000/0.955. After
  session 3's fixes: sources 0.973/0.514, denials 0.943/0.868 (denier 0.879). Session 4
  used it for development: after its first round (bodies named by a description, outlets
  named beside what they are, what a source published, shared cues of names joined by
  "and", descriptions folded into the name they stand for) sources 0.971/0.957; at the end
  of session 4 (commit 81123b5) sources 0.957/0.957 (0.956/0.956 on the revised gold of
  /tmp/realprov/NOTES.txt, where three items are judged wrong by these conventions),
  denials 0.946/0.921 (denier 0.971), hedges 1.000/1.000.
- realprov2 (26 fresh excerpts, 2026-12-02, mixed genres: war and diplomacy, business, tech,
  celebrity, sport, health, science; 39 sources, 32 denials, 10 hedges). Blind first run
  at commit bf9055a: sources P/R 0.909/0.513 (0.818/0.462 without same_name matching),
  denials 1.000/0.688 (denier 0.545), hedges 1.000/0.900. After the fixes it prompted
  (credit lines, initials the text defines, organisations described as such, outlets
  listed "and other outlets", "The X report", "a claim made by X", "confirmed the news to
  X", "a spokesman for X", a country's outlets, "of" phrases; "not true", "false claims",
  datelines and "we" in deniers): sources 0.974/0.974 (0.944/0.872 before the catalogue
  was widened with common outlets and agencies, some of which the set names), denials
  1.000/0.938 (denier 0.833), hedges 1.000/1.000; at the end of session 4 sources
  0.950/0.974 (the Pentagon's "Defense Department" alias was dropped again: the claims
  stage names an asserter by the catalogue's name, and the claims sets spell the
  department's own).
- realprov3 (15 fresh excerpts collected after those fixes, same method; 23 sources, 16
  denials, 8 hedges). Blind first run at commit b13c42e: sources P/R 0.875/0.609 (strict
  names 0.875/0.609), denials 1.000/0.938 (denier 0.667), hedges 1.000/0.750: the honest
  estimate of the session's rules on unseen text. After the fixes it prompted (members of
  a citing group, "a director at X", "in the new issue of X", "a commission in <place>",
  federations, a bare "Police said", "..., said X" no longer an organisation cue; quotations
  attributed after their last sentence, "full of lies", "alleged X"): sources 1.000/0.957,
  denials 1.000/1.000 (denier 0.875), hedges 1.000/1.000.
- realprov4 (26 fresh excerpts, 2026-12-02, collected after the realprov3 fixes: war and
  diplomacy, business, tech, games, entertainment, health, courts; 42 sources, 22 denials,
  19 hedges; SOURCES.txt gives each query and page). Blind first run at commit 600ad2c:
  sources P/R 0.879/0.690 (strict names 0.848/0.667), denials 0.690/0.909 (denier 0.800),
  hedges 1.000/0.842. After the fixes it prompted (a court or party disposing of charges,
  motions or offers denies nothing: "dismissed the charges", "motion to dismiss", "rejected
  the offer", "called on X to reject"; "refuted the claims to TMZ" withholds nothing; a
  passive participle's agent denies, "a charge denied by officials"; a statement denies for
  whoever issues it; a quoted sentence right after its attribution is that speaker's;
  "alleging X" and a parenthetical "the agency claims" hedge; "a statement to X", "citing
  information from X", "citing" an organisation the catalogue lacks but no people's
  adjective, "according to Aussie magazine Woman's Day" / "research firm X" name what the
  descriptor describes; a word after a name that a further name follows describes that
  one, "a report from Chelsea insider X"; credit lines "Billings - UPI" and "(c) Thomson
  Reuters 2016"): sources 0.947/0.857 (0.943/0.786 with the rules alone, before UPI and
  the alias "Thomson Reuters" entered the catalogue), denials 0.840/0.955 (denier 1.000), hedges
  1.000/0.947. With UPI catalogued, realprov's upi.com page (file 4) credits its own
  publisher in its dateline, like file 8's Sputnik: realprov sources 0.944/0.957 now
  (0.942/0.956 on the revised gold); realprov2 and realprov3 and our own gold unchanged.
Still missed: names the catalogue lacks cited through a verb it does not read as reporting
("reported on Deadline", "The publisher told MCV"), set beside a description ("Motherboard,
the site which carried the story first, says"), in a lower-case name ("the Syrian observatory
for Human Rights") or in a speaker's description ("the head of Catholic organization Caritas
Congo"); a name cut at a hyphen ("health ministry in the Hamas-controlled Gaza strip"); a
press office that "believed" as a source; the
same outlet under two names ("Iranian state television" / "Press TV"); a publisher's own
dateline counted as a source ("MOSCOW (Sputnik)" on sputniknews.com, "(UPI)" on upi.com: the
extractor does not know a page's publisher); "Authorities allege" tagged as a noun; the
verbs "dismiss"/"reject" with objects that are no claim ("dismissed his film as a comedy");
"there was no evidence" said by investigators of a finding, counted by the cue; deniers the
parser hangs on the wrong clause ("branding the allegations lies"), pronouns resolved
without gender ("she" -> Jay-Z), denials without a rejecting word ("insisted he is not
involved", "spreading a fake", "lashed out at 'false' reports": an adjective on the object).
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from bench.evals.common import article_from_gold, f1, load_gold, match_pairs, ratio, same_name
from wiretrace.analyse.denials import extract_denials
from wiretrace.analyse.provenance import extract_sources
from wiretrace.model import Denial
from wiretrace.nlp import annotate

GOLD_FILE = "claims_gold.jsonl"
KINDS = ("denial", "hedged")


def evaluate(show_errors: bool = False) -> dict:
    counts: dict[str, int] = {}

    def add(key: str, amount: int) -> None:
        counts[key] = counts.get(key, 0) + amount

    for row in load_gold(GOLD_FILE):
        ann = annotate(article_from_gold(row))
        predicted = {ref.source_id for ref in extract_sources(ann)}
        gold = set(row["sources"])
        add("sources_gold", len(gold))
        add("sources_predicted", len(predicted))
        add("sources_matched", len(gold & predicted))
        if show_errors and gold != predicted:
            print(f"[{row['id']}] sources gold {sorted(gold)} predicted {sorted(predicted)}")
        _score_denials(row, extract_denials(ann), add, show_errors)
    return _figures(counts)


def _score_denials(row: dict, denials: list[Denial], add: Callable[[str, int], None], show_errors: bool) -> None:
    for kind in KINDS:
        gold = [d for d in row["denials"] if d["kind"] == kind]
        found = [d for d in denials if d.kind == kind]
        pairs = match_pairs(gold, found, lambda g, p: 1.0 + 0.5 * same_name(g["denier"], p.denier_name), 1.0)
        add(f"{kind}_gold", len(gold))
        add(f"{kind}_predicted", len(found))
        add(f"{kind}_matched", len(pairs))
        named = [(g, p) for g, p in pairs if g["denier"]]
        add("denier_gold", len(named))
        add("denier_right", sum(same_name(g["denier"], p.denier_name) for g, p in named))
        if show_errors and not len(pairs) == len(gold) == len(found):
            print(f"[{row['id']}] {kind}: gold {[d['denier'] for d in gold]} predicted {[(d.cue, d.denier_name) for d in found]}")


def _figures(counts: dict[str, int]) -> dict:
    figures: dict[str, object] = {}
    for key, label in (("sources", "source"), ("denial", "denial"), ("hedged", "hedge")):
        precision = ratio(counts.get(f"{key}_matched", 0), counts.get(f"{key}_predicted", 0))
        recall = ratio(counts.get(f"{key}_matched", 0), counts.get(f"{key}_gold", 0))
        figures[f"{label}s gold / predicted / matched"] = (
            f"{counts.get(f'{key}_gold', 0)} / {counts.get(f'{key}_predicted', 0)} / {counts.get(f'{key}_matched', 0)}")
        figures[f"{label} precision"] = precision
        figures[f"{label} recall"] = recall
        figures[f"{label} F1"] = f1(precision, recall)
    figures["denier accuracy (matched, named)"] = ratio(counts.get("denier_right", 0), counts.get("denier_gold", 0))
    return figures


if __name__ == "__main__":
    for name, value in evaluate("--errors" in sys.argv[1:]).items():
        print(f"  {name:<40} {value:.3f}" if isinstance(value, float) else f"  {name:<40} {value}")
