"""Shared scoring helpers for the extractor evaluations."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TypeVar

from wiretrace.model import Article

DATA_DIR = Path(__file__).resolve().parents[1] / "data"
_WORD = re.compile(r"\w+")

G = TypeVar("G")
P = TypeVar("P")


def load_gold(name: str) -> Iterator[dict]:
    """Rows of bench/data/<name>; one JSON object per line."""
    with open(DATA_DIR / name, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def article_from_gold(row: dict) -> Article:
    text = row["text"]
    return Article(
        id=row["id"], source="gold", input_format="text", raw=text, text=text,
        text_hash=row["id"], published=row.get("published"),
    )


def word_tokens(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


def jaccard(a: str, b: str) -> float:
    left, right = word_tokens(a), word_tokens(b)
    if not left and not right:
        return 1.0
    return len(left & right) / len(left | right)


def match_pairs(
    gold: Sequence[G], predicted: Sequence[P], score: Callable[[G, P], float], threshold: float
) -> list[tuple[G, P]]:
    """Greedy one-to-one matching, best-scoring pairs first."""
    scored = sorted(
        ((score(g, p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(predicted)),
        reverse=True,
    )
    used_gold, used_pred, pairs = set(), set(), []
    for value, gi, pi in scored:
        if value < threshold or gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        pairs.append((gold[gi], predicted[pi]))
    return pairs


def ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 0.0


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def same_name(gold: str | None, predicted: str | None) -> bool:
    """Whether a predicted speaker or asserter names the gold one.

    Equal words (accents aside: "Síochána" is "Siochana"), or one side's surname among the other's words ("Zelenskyy"
    matches "Volodymyr Zelenskyy"), or one side the initials of the other ("CBP" or
    "Isro" for "Customs and Border Protection", "Indian Space Research Organisation").
    Two nulls agree; a null never matches a name.
    """
    if gold is None or predicted is None:
        return gold is None and predicted is None
    gold_words, predicted_words = _name_words(gold), _name_words(predicted)
    if gold_words == predicted_words:
        return True
    if _initials_of(gold, predicted) or _initials_of(predicted, gold):
        return True
    return bool(gold_words and predicted_words) and (
        gold_words[-1] in predicted_words or predicted_words[-1] in gold_words
    )


def _initials_of(short: str, name: str) -> bool:
    initials = "".join(word[0] for word in re.findall(r"\b[A-Z][\w-]*", name))
    return len(initials) >= 2 and short.replace(".", "").lower() == initials.lower()


def _name_words(name: str) -> list[str]:
    """Lower-case words without accents ("Síochána" is "Siochana") or a possessive "'s"."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name.lower()) if not unicodedata.combining(c))
    words = re.findall(r"\w+", re.sub(r"['’]s\b", "", plain))
    return [w for w in words if w != "the"]
