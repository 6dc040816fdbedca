"""Duplicate detection: pair precision and recall on the planted copies of the story corpus.

    .venv/bin/python -m bench.dedup_eval [--corpus bench/data/stories/corpus.jsonl] [--batches 3]

Gold pairs: each planted copy with its original, and copies of one original with each
other (one report). Predicted pairs: every pair inside one duplicate group. Recall is
also broken down by how the copy was made (exact, retitled, short, edited, update).
The other articles of the corpus are written from the same fact pools, so they share
sentences and figures: they are the hard negatives.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

from bench.cluster_eval import DEFAULT_CORPUS, load_corpus
from wiretrace.link.dedup import DedupIndex, find_duplicates


def gold_pairs(records: list[dict]) -> dict[tuple[str, str], str]:
    """Pair (sorted ids) -> how the copy was made."""
    copies: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for rec in records:
        if rec["copy_of"]:
            copies[rec["copy_of"]].append((rec["id"], rec["copy_kind"]))
    pairs: dict[tuple[str, str], str] = {}
    for original, made in copies.items():
        for copy_id, kind in made:
            pairs[tuple(sorted((original, copy_id)))] = kind
        for (a, kind_a), (b, kind_b) in combinations(made, 2):
            pairs[tuple(sorted((a, b)))] = f"{kind_a}~{kind_b}"
    return pairs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--batches", type=int, default=3)
    args = parser.parse_args()
    corpus = load_corpus(args.corpus)
    index = DedupIndex()
    size = -(-len(corpus) // args.batches)
    for start in range(0, len(corpus), size):
        groups, index = find_duplicates([a for a, _, _ in corpus[start : start + size]], index,
                                         facts={a.id: f for a, f, _ in corpus[start : start + size]})
    gold = gold_pairs([rec for _, _, rec in corpus])
    predicted = index.pairs()
    hits = predicted & set(gold)
    precision = len(hits) / len(predicted) if predicted else 1.0
    recall = len(hits) / len(gold)
    print(f"corpus: {len(corpus)} articles, {len(gold)} gold duplicate pairs, {len(groups)} groups found, "
          f"{args.batches} batches")
    print(f"pair precision={precision:.3f} recall={recall:.3f} "
          f"({len(hits)} hit, {len(predicted - hits)} false, {len(set(gold) - hits)} missed)")
    by_kind = Counter(gold.values())
    found_kind = Counter(gold[p] for p in hits)
    print("recall by copy kind: " + ", ".join(f"{k} {found_kind[k]}/{n}" for k, n in sorted(by_kind.items())))
    print("group kinds: " + ", ".join(f"{k} {n}" for k, n in sorted(Counter(g.kind for g in groups).items())))


if __name__ == "__main__":
    main()
