"""Accuracy of the extractors on our hand-annotated paragraphs (bench/data/*_gold.jsonl).

Prints precision/recall for quotes (span and speaker), numeric claims (value, hedge,
asserter), event dates, and cited sources, denials and hedges (provenance). Each part lives in bench/evals/<part>.py with an
`evaluate() -> dict` of figures; run one part alone with `python -m bench.evals.quotes`.

    .venv/bin/python bench/extract_eval.py            # all parts
    .venv/bin/python bench/extract_eval.py quotes     # one part
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

PARTS = ("quotes", "claims", "events", "provenance")


def main(parts: list[str]) -> None:
    for part in parts or PARTS:
        figures = importlib.import_module(f"bench.evals.{part}").evaluate()
        print(f"== {part}")
        for name, value in figures.items():
            shown = f"{value:.3f}" if isinstance(value, float) else value
            print(f"  {name:<40} {shown}")


if __name__ == "__main__":
    main(sys.argv[1:])
