"""Story clustering quality: BCubed precision / recall / F1 on the labelled story corpus.

    .venv/bin/python -m bench.cluster_eval [--corpus bench/data/stories/corpus.jsonl] [--batches 3]

The corpus is fed to `assign_stories` in `--batches` chronological-agnostic slices (file
order), so the incremental path is what gets measured. Two scores:

- *primary*: each article in its primary story only, against its primary gold story
  (classic BCubed, Bagga & Baldwin 1998);
- *extended*: every story an article is listed in, against every gold story of it
  (extended BCubed for overlapping clusters, Amigo et al. 2009), which rewards a mixed
  article listed in both of its stories.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections import Counter, defaultdict
from pathlib import Path

from wiretrace.link.stories import StoryIndex, assign_stories
from wiretrace.model import Article, ArticleFacts, Mention, Span

DEFAULT_CORPUS = Path(__file__).parent / "data" / "stories" / "corpus.jsonl"


def load_corpus(path: Path) -> list[tuple[Article, ArticleFacts, dict]]:
    """(Article, ArticleFacts with the recorded mentions, raw record) per JSONL line."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        text = rec["text"]
        article = Article(
            id=rec["id"], source=f"{path.name}:{rec['id']}", input_format="jsonl", raw=text, text=text,
            text_hash=hashlib.sha256(text.encode()).hexdigest(), title=rec["title"], outlet=rec["outlet"],
            published=rec["published"], language=rec.get("language"),
        )
        mentions = [Mention(Span(rec["id"], s, e), surface, label, entity_id) for s, e, label, entity_id, surface in rec["mentions"]]
        out.append((article, ArticleFacts(rec["id"], mentions=mentions), rec))
    return out


def bcubed(predicted: dict[str, set[str]], gold: dict[str, set[str]]) -> tuple[float, float, float]:
    """Extended BCubed over items with (possibly several) predicted and gold clusters."""
    items = sorted(gold)
    by_pred: dict[str, set[str]] = defaultdict(set)
    by_gold: dict[str, set[str]] = defaultdict(set)
    for item in items:
        for c in predicted[item]:
            by_pred[c].add(item)
        for g in gold[item]:
            by_gold[g].add(item)

    def shared(a: str, b: str) -> tuple[int, int]:
        return len(predicted[a] & predicted[b]), len(gold[a] & gold[b])

    precision = recall = 0.0
    for item in items:
        same_pred = set().union(*(by_pred[c] for c in predicted[item]))
        same_gold = set().union(*(by_gold[g] for g in gold[item]))
        precision += sum(min(*shared(item, o)) / shared(item, o)[0] for o in same_pred) / len(same_pred)
        recall += sum(min(*shared(item, o)) / shared(item, o)[1] for o in same_gold) / len(same_gold)
    precision, recall = precision / len(items), recall / len(items)
    return precision, recall, 2 * precision * recall / (precision + recall)


def cluster(corpus: list[tuple[Article, ArticleFacts, dict]], batches: int) -> StoryIndex:
    index = StoryIndex()
    size = -(-len(corpus) // batches)
    for start in range(0, len(corpus), size):
        assign_stories([(a, f) for a, f, _ in corpus[start : start + size]], index)
    return index


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--batches", type=int, default=3)
    parser.add_argument("--verbose", action="store_true", help="print every story and its gold make-up")
    args = parser.parse_args()
    corpus = load_corpus(args.corpus)
    index = cluster(corpus, args.batches)
    gold = {a.id: set(rec["stories"]) for a, _, rec in corpus}
    primary_gold = {a.id: {rec["stories"][0]} for a, _, rec in corpus}
    primary = {a.id: {index.story_of(a.id)[0]} for a, _, _ in corpus}
    listed = {a.id: set(index.story_of(a.id)) for a, _, _ in corpus}
    mixed = [a.id for a, _, rec in corpus if len(rec["stories"]) > 1]
    both = sum(len(listed[i]) > 1 and len({_gold_of(index, s, gold) for s in listed[i]}) > 1 for i in mixed)
    print(f"corpus: {len(corpus)} articles, {len({s for g in gold.values() for s in g})} gold stories, "
          f"{len(index.story_ids())} predicted stories, {args.batches} batches")
    print("primary  BCubed P={:.3f} R={:.3f} F1={:.3f}".format(*bcubed(primary, primary_gold)))
    print("extended BCubed P={:.3f} R={:.3f} F1={:.3f}".format(*bcubed(listed, gold)))
    print(f"mixed articles listed in two different stories: {both}/{len(mixed)}; "
          f"secondary listings in total: {sum(len(v) - 1 for v in listed.values())}")
    if args.verbose:
        for story in index.stories():
            makeup = Counter(s for a in story.article_ids for s in gold[a])
            print(f"- {len(story.article_ids):3d} {dict(makeup)}  {story.label[:90]}")


def _gold_of(index: StoryIndex, story_id: str, gold: dict[str, set[str]]) -> str:
    """The gold story most members of a predicted story belong to."""
    counts = Counter(g for a in index.story(story_id).article_ids for g in gold[a])
    return counts.most_common(1)[0][0]


if __name__ == "__main__":
    main()
