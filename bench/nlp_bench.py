"""Annotation speed and entity figures on the dev text bench bodies and the seed bodies.

Usage: .venv/bin/python bench/nlp_bench.py [--shared ../shared/corpus]
Prints articles/s and chars/s for the whole annotation, the time of the work added to the
model (entity fixes, role phrases, canonical ids), mention counts per label, and how many
entity spans the fixes added, relabelled or reshaped.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

import py3langid

from wiretrace.link.entities import canonicalise_article
from wiretrace.model import Article, Mention, Span
from wiretrace.nlp import annotate, load_nlp
from wiretrace.nlp.actors import actor_capital_starts
from wiretrace.nlp.fixes import COMPONENT
from wiretrace.nlp.roles import find_roles

MIN_BODY_WORDS = 12


def _articles(shared: Path) -> list[Article]:
    truth = sorted((shared / "textbench-dev" / "truth").glob("*.json"))
    texts = [json.loads(p.read_text(encoding="utf-8"))["articleBody"] for p in truth]
    for path in sorted((shared / "seeds").glob("*.txt")):
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
        texts.append("\n\n".join(line for line in lines if len(line.split()) >= MIN_BODY_WORDS))
    return [
        Article(f"a{i}", "bench", "text", raw=t, text=t, text_hash="", language=py3langid.classify(t)[0])
        for i, t in enumerate(texts)
    ]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "corpus")
    args = parser.parse_args()
    articles = _articles(args.shared)
    nlp = load_nlp()
    annotate(articles[0])  # warm-up: loads the gazetteers

    started = time.perf_counter()
    annotated = [annotate(a) for a in articles]
    total = time.perf_counter() - started
    chars = sum(len(a.text) for a in articles)
    print(f"{len(articles)} articles, {chars} chars: {total:.2f}s, "
          f"{len(articles) / total:.1f} articles/s, {chars / total:,.0f} chars/s")

    plain = [nlp(a.text, disable=[COMPONENT]) for a in articles]
    before = {(a.id, e.start_char, e.end_char, e.label_) for a, doc in zip(articles, plain) for e in doc.ents}
    # The added work timed on its own, over docs the model already parsed: on a shared
    # machine two whole runs differ by more than the fixes cost.
    fixes = nlp.get_pipe(COMPONENT)
    started = time.perf_counter()
    for article, doc in zip(articles, plain):
        fixes(doc)
        mentions = [Mention(Span(article.id, e.start_char, e.end_char), e.text, e.label_) for e in doc.ents]
        mentions += [Mention(Span(article.id, s, e), article.text[s:e], "ROLE") for s, e in find_roles(doc)]
        canonicalise_article(mentions, article.text, actor_capital_starts(doc))
    added = time.perf_counter() - started
    print(f"fixes, roles and canonicalisation alone: {added:.2f}s ({added / total:.0%} of the whole annotation)")

    labels = Counter(m.label for ann in annotated for m in ann.mentions)
    print("mentions per label:", dict(labels.most_common()))
    after = {(a.article.id, m.span.start, m.span.end, m.label) for a in annotated for m in a.mentions if m.label != "ROLE"}
    print(f"entity spans changed by the fixes: {len(after - before)} new or relabelled, "
          f"{len(before - after)} removed or reshaped")
    english = sum(1 for a in articles if a.language == "en")
    print(f"english articles (fixes applied): {english}/{len(articles)}")


if __name__ == "__main__":
    main()
