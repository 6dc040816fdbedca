"""Scaling of the link stage, and the per-article cost of the whole pipeline.

    .venv/bin/python -m bench.scale [--sizes 10000,50000,100000] [--batch 1000] [--pipeline 187]

For each size, a child process builds that many synthetic articles (stories of about ten
articles with their own vocabulary, entities, figures and dates, over a Zipf-distributed
shared vocabulary and shared actors), feeds them to `find_duplicates` and `assign_stories`
in batches, and reports seconds, articles/second and peak RSS (ru_maxrss of the child, so
sizes do not mask each other), plus primary BCubed F1 against the synthetic gold as a
sanity check. Facts are given directly (no spaCy). `--pipeline N` then times every
stage of the real pipeline (clean, annotate, extractors, link) on N articles of the
labelled story corpus.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import resource
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from wiretrace.link.dedup import find_duplicates
from wiretrace.link.stories import StoryIndex, assign_stories
from wiretrace.model import Article, ArticleFacts, Mention, Span

SHARED_WORDS = 5000
SHARED_ACTORS = 50
STORY_SIZE = 10


def synthetic(n: int, seed: int = 1) -> list[tuple[Article, ArticleFacts, int]]:
    rng = random.Random(seed)
    shared = [f"w{i}" for i in range(SHARED_WORDS)]
    zipf = [1 / (i + 1) for i in range(SHARED_WORDS)]
    out = []
    n_stories = max(1, n // STORY_SIZE)
    for i in range(n):
        story = rng.randrange(n_stories)
        srng = random.Random(story)
        own = [f"s{story}x{k}" for k in range(40)]
        actors = [f"person:s{story}p{k}" for k in range(3)] + [f"gpe:a{srng.randrange(SHARED_ACTORS)}" for _ in range(2)]
        numbers = [str(srng.randrange(100, 100000)) for _ in range(3)]
        day = 1 + srng.randrange(700) + rng.randrange(10)
        words = rng.sample(own, 15) + rng.choices(shared, weights=zipf, k=120) + rng.sample(numbers, 2)
        rng.shuffle(words)
        text = " ".join(words)
        aid = hashlib.sha256(f"{seed}:{i}".encode()).hexdigest()[:16]
        published = f"{2023 + day // 365}-{1 + (day % 365) // 31:02d}-{1 + (day % 365) % 28:02d}"
        article = Article(aid, f"synthetic:{i}", "text", text, text, hashlib.sha256(text.encode()).hexdigest(),
                          title=" ".join(words[:8]), outlet=f"outlet{rng.randrange(30)}", published=published)
        mentions = [Mention(Span(aid, 0, 1), e, e.split(":")[0].upper(), e) for e in rng.sample(actors, 3)]
        out.append((article, ArticleFacts(aid, mentions=mentions), story))
    return out


def run_size(n: int, batch: int) -> dict:
    corpus = synthetic(n)
    dedup_s = stories_s = 0.0
    dedup_index, story_index = None, StoryIndex()
    for start in range(0, n, batch):
        chunk = corpus[start : start + batch]
        t0 = time.perf_counter()
        _, dedup_index = find_duplicates([a for a, _, _ in chunk], dedup_index)
        t1 = time.perf_counter()
        assign_stories([(a, f) for a, f, _ in chunk], story_index)
        stories_s += time.perf_counter() - t1
        dedup_s += t1 - t0
    t0 = time.perf_counter()
    state_bytes = len(json.dumps(story_index.to_dict())) + len(json.dumps(dedup_index.to_dict()))
    serialise_s = time.perf_counter() - t0
    gold = {a.id: g for a, _, g in corpus}
    pred = {a.id: story_index.story_of(a.id)[0] for a, _, _ in corpus}
    return {
        "n": n, "dedup_s": dedup_s, "stories_s": stories_s, "serialise_s": serialise_s,
        "state_mb": state_bytes / 1e6, "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "stories": len(story_index.story_ids()), "gold_stories": len(set(gold.values())), "f1": _bcubed_f1(pred, gold),
    }


def _bcubed_f1(pred: dict[str, str], gold: dict[str, str]) -> float:
    """Primary BCubed F1 from cluster/class contingency counts (linear in the items)."""
    joint = Counter((pred[i], gold[i]) for i in gold)
    pred_size, gold_size = Counter(pred.values()), Counter(gold.values())
    precision = sum(c * c / pred_size[p] for (p, _), c in joint.items()) / len(gold)
    recall = sum(c * c / gold_size[g] for (_, g), c in joint.items()) / len(gold)
    return 2 * precision * recall / (precision + recall)


def pipeline_cost(limit: int) -> None:
    """Seconds per stage of the real per-article pipeline and the link stage on the story corpus.

    Each corpus article is fed as a whole page (headline + body) through `clean_plaintext`,
    then every stage `wiretrace.pipeline.analyse_article` runs is timed on its own.
    """
    from bench.cluster_eval import DEFAULT_CORPUS, load_corpus
    from wiretrace.analyse.claims import extract_claims
    from wiretrace.analyse.denials import extract_denials
    from wiretrace.analyse.provenance import extract_sources
    from wiretrace.analyse.quotes import extract_quotes
    from wiretrace.analyse.timeline import extract_events
    from wiretrace.clean.plaintext import clean_plaintext
    from wiretrace.nlp import annotate, load_nlp

    load_nlp()
    times: Counter[str] = Counter()
    pairs = []

    def timed(stage: str, fn, *args):
        t0 = time.perf_counter()
        result = fn(*args)
        times[stage] += time.perf_counter() - t0
        return result

    for article, _, _ in load_corpus(DEFAULT_CORPUS)[:limit]:
        timed("clean", clean_plaintext, f"{article.title}\n\n{article.text}")
        ann = timed("annotate", annotate, article)
        quotes = timed("quotes", extract_quotes, ann)
        sources = timed("sources", extract_sources, ann)
        claims = timed("claims", extract_claims, ann, quotes, sources)
        denials = timed("denials", extract_denials, ann)
        events = timed("events", extract_events, ann)
        pairs.append((article, ArticleFacts(article.id, ann.mentions, quotes, claims, denials, sources, events)))
    timed("dedup", find_duplicates, [a for a, _ in pairs])
    timed("stories", assign_stories, pairs, StoryIndex())
    total = sum(times.values())
    print(f"pipeline on {len(pairs)} corpus articles, one process: {len(pairs) / total:.1f} articles/s "
          "(clean + annotate + extract + link; model loading and SQLite writes excluded)")
    for stage, seconds in times.most_common():
        print(f"  {stage:9s} {seconds:7.2f} s  {1000 * seconds / len(pairs):7.2f} ms/article  {100 * seconds / total:5.1f}%")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,50000,100000")
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--pipeline", type=int, default=187, help="corpus articles for the pipeline cost (0: skip)")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_size(args.child, args.batch)))
        return
    print(f"{'n':>7} {'dedup s':>8} {'stories s':>9} {'art/s':>7} {'peak MB':>8} {'state MB':>8} {'stories':>8} {'F1':>5}")
    for n in (int(s) for s in args.sizes.split(",")):
        child = subprocess.run([sys.executable, "-m", "bench.scale", "--child", str(n), "--batch", str(args.batch)],
                               capture_output=True, text=True, check=True, cwd=Path(__file__).parents[1])
        r = json.loads(child.stdout)
        rate = n / (r["dedup_s"] + r["stories_s"])
        print(f"{n:>7} {r['dedup_s']:8.1f} {r['stories_s']:9.1f} {rate:7.0f} {r['peak_rss_mb']:8.0f} {r['state_mb']:8.1f} "
              f"{r['stories']:>8} {r['f1']:5.3f}  (gold stories {r['gold_stories']}, to_dict+json {r['serialise_s']:.1f}s)")
    if args.pipeline:
        pipeline_cost(args.pipeline)


if __name__ == "__main__":
    main()
