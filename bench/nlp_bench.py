"""Annotation speed and entity figures on the dev text bench bodies and the seed bodies.

Usage: .venv/bin/python bench/nlp_bench.py [--shared ../shared/corpus]
Prints articles/s and chars/s for the full pipeline, the time share of the entity-fix
component, mention counts per label, and how many mentions the fixes added or relabelled.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

import py3langid

from wiretrace.model import Article
from wiretrace.nlp import annotate, load_nlp
from wiretrace.nlp.fixes import COMPONENT

MIN_BODY_WORDS = 12


def _articles(shared: Path) -> list[Article]:
    texts = [json.loads(p.read_text(encoding="utf-8"))["articleBody"] for p in sorted((shared / "textbench-dev" / "truth").glob("*.json"))]
    for path in sorted((shared / "seeds").glob("*.txt")):
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
        texts.append("\n\n".join(line for line in lines if len(line.split()) >= MIN_BODY_WORDS))
    return [
        Article(id=f"a{i}", source="bench", input_format="text", raw=t, text=t, text_hash="", language=py3langid.classify(t)[0])
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
    print(f"{len(articles)} articles, {chars} chars: {total:.2f}s, {len(articles) / total:.1f} articles/s, {chars / total:,.0f} chars/s")

    started = time.perf_counter()
    plain = [nlp(a.text, disable=[COMPONENT]) for a in articles]
    model_only = time.perf_counter() - started
    print(f"model alone: {model_only:.2f}s; fixes, roles and canonicalisation: {(total - model_only) / total:.0%} of the total")

    labels = Counter(m.label for ann in annotated for m in ann.mentions)
    print("mentions per label:", dict(labels.most_common()))
    before = {(a.id, e.start_char, e.end_char, e.label_) for a, doc in zip(articles, plain) for e in doc.ents}
    after = {(ann.article.id, m.span.start, m.span.end, m.label) for ann in annotated for m in ann.mentions if m.label != "ROLE"}
    print(f"entity spans changed by the fixes: {len(after - before)} new or relabelled, {len(before - after)} removed or reshaped")
    english = sum(1 for a in articles if a.language == "en")
    print(f"english articles (fixes applied): {english}/{len(articles)}")


if __name__ == "__main__":
    main()
