"""Score the plain-text boilerplate cleaner on textbench pages.

Each page (`pages/<id>.txt`) is cleaned with `clean_plaintext` and compared with its true
body (`truth/<id>.json`, field `articleBody`) as sets of token 4-gram shingles (lowercase
`\\w+` tokens): precision, recall and F1 per page, then macro averages. The passthrough
baseline (whole page kept) is printed for comparison. The shipped line classifier was fitted
on these very pages, so the leave-one-page-out figure recorded with its weights is printed
too: that one is the honest estimate for unseen pages.

Usage: .venv/bin/python bench/clean_textbench.py [TEXTBENCH_DIR]
(default: the repository's sibling `../shared/corpus/textbench-dev`)
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from wiretrace.clean.plaintext import clean_plaintext, model_record

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "textbench-dev"
SHINGLE = 4
_TOKEN = re.compile(r"\w+")


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float
    f1: float


def shingles(text: str, size: int = SHINGLE) -> set[tuple[str, ...]]:
    """Token `size`-grams of `text`; a text shorter than `size` tokens is one shingle."""
    tokens = _TOKEN.findall(text.lower())
    if len(tokens) < size:
        return {tuple(tokens)} if tokens else set()
    return {tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


def score(predicted: str, truth: str) -> Score:
    got, want = shingles(predicted), shingles(truth)
    if not got and not want:
        return Score(1.0, 1.0, 1.0)
    overlap = len(got & want)
    precision = overlap / len(got) if got else 0.0
    recall = overlap / len(want) if want else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Score(precision, recall, f1)


def macro(scores: list[Score]) -> Score:
    n = len(scores) or 1
    return Score(
        sum(s.precision for s in scores) / n,
        sum(s.recall for s in scores) / n,
        sum(s.f1 for s in scores) / n,
    )


def load_pages(bench_dir: Path) -> list[tuple[str, str, str]]:
    """(page id, page text, true body) for every page with a truth file."""
    pages = []
    for truth_path in sorted((bench_dir / "truth").glob("*.json")):
        truth = json.loads(truth_path.read_text("utf-8"))
        page_path = bench_dir / "pages" / f"{truth_path.stem}.txt"
        pages.append((truth_path.stem, page_path.read_text("utf-8"), truth["articleBody"]))
    return pages


def main(argv: list[str]) -> int:
    bench_dir = Path(argv[1]) if len(argv) > 1 else DEFAULT_DIR
    pages = load_pages(bench_dir)
    if not pages:
        print(f"no textbench pages under {bench_dir}")
        return 1
    cleaned, passthrough = [], []
    print(f"{'page':<14} {'P':>6} {'R':>6} {'F1':>6}")
    for page_id, page, truth in pages:
        result = score(clean_plaintext(page).body, truth)
        cleaned.append(result)
        passthrough.append(score(page, truth))
        print(f"{page_id[:12]:<14} {result.precision:6.3f} {result.recall:6.3f} {result.f1:6.3f}")
    for name, scores in (("clean_plaintext", cleaned), ("passthrough", passthrough)):
        m = macro(scores)
        print(f"{name:<16} macro P={m.precision:.3f} R={m.recall:.3f} F1={m.f1:.3f}  ({len(scores)} pages)")
    held_out = model_record().get("leave_one_page_out")
    if held_out:
        # The shipped classifier was fitted on these pages: its held-out figure is the honest one.
        print(
            f"leave-one-page-out (recorded by bench/train_lineclf.py) macro P={held_out['precision']:.3f} "
            f"R={held_out['recall']:.3f} F1={held_out['f1']:.3f}  ({held_out['pages']} pages)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
