"""Train the plain-text body line classifier and report its leave-one-page-out score.

Line labels come from the true bodies: a line is body when its token sequence occurs in the
page's `articleBody` (short lines only next to a long matched line, so "Home" does not
count as body because the word appears in the text); the pages' own `body_lines` lists are
not used because on some pages they are shifted by a line. The model is an L2-regularised
logistic regression over `wiretrace.clean._linefeatures` (fitted by Newton's method, numpy
at training time only). Each line weighs as many words as it holds (plus one): the score
counts token shingles, so a missed 80-word paragraph costs far more than a missed menu item,
and the fit should pay for mistakes the same way. Cross-validation: for each page, a model fitted on the other pages
cleans it and the cleaned body is scored like `bench/clean_textbench.py` does; those held-out
figures are the honest ones. The final model is fitted on all pages and written to
`wiretrace/data/lineclf.json` (weights only, no page text).

Usage: .venv/bin/python bench/train_lineclf.py [TEXTBENCH_DIR] [--write]
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import asdict
from pathlib import Path

import numpy as np

from bench.clean_textbench import DEFAULT_DIR, Score, load_pages, macro, score
from wiretrace.clean._linefeatures import FEATURE_NAMES, page_features
from wiretrace.clean.plaintext import LineModel, clean_with_model

MODEL_PATH = Path(__file__).resolve().parents[1] / "wiretrace" / "data" / "lineclf.json"
L2 = 1.0
NEWTON_STEPS = 25
LONG_LINE_TOKENS = 6
SHORT_LINE_REACH = 3  # a short matched line counts as body this close to a long matched one
_TOKEN = re.compile(r"\w+")


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def line_labels(lines: list[str], body: str) -> list[bool]:
    """Which lines of the page are part of the true body."""
    body_tokens = f" {' '.join(tokens(body))} "
    matched = [bool(tokens(line)) and f" {' '.join(tokens(line))} " in body_tokens for line in lines]
    long_matched = [i for i, line in enumerate(lines) if matched[i] and len(tokens(line)) >= LONG_LINE_TOKENS]
    return [
        matched[i]
        and (len(tokens(lines[i])) >= LONG_LINE_TOKENS or any(abs(i - j) <= SHORT_LINE_REACH for j in long_matched))
        for i in range(len(lines))
    ]


def page_matrix(page: str, body: str) -> tuple[np.ndarray, np.ndarray]:
    """Feature rows and labels of the page's non-blank lines."""
    lines = page.splitlines()
    infos, vectors = page_features(lines)
    labels = line_labels(lines, body)
    rows = [i for i, info in enumerate(infos) if info.text]
    return np.array([vectors[i] for i in rows]), np.array([labels[i] for i in rows], dtype=float)


def fit(x: np.ndarray, y: np.ndarray) -> LineModel:
    """L2 logistic regression on standardised features, by Newton's method."""
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    z = np.hstack([(x - mean) / scale, np.ones((len(x), 1))])
    w = np.zeros(z.shape[1])
    penalty = np.eye(z.shape[1]) * L2
    penalty[-1, -1] = 0.0  # the bias is not shrunk
    sample = np.expm1(x[:, FEATURE_NAMES.index("log_words")]) + 1.0  # words + 1
    for _ in range(NEWTON_STEPS):
        p = 1 / (1 + np.exp(-z @ w))
        gradient = z.T @ (sample * (p - y)) + penalty @ w
        hessian = (z * (sample * p * (1 - p))[:, None]).T @ z + penalty
        w -= np.linalg.solve(hessian, gradient)
    return LineModel(
        mean=mean.tolist(), scale=scale.tolist(), weights=w[:-1].tolist(), bias=float(w[-1])
    )


def cross_validate(pages: list[tuple[str, str, str]], matrices: list[tuple[np.ndarray, np.ndarray]]) -> Score:
    """Clean each page with a model fitted on the other pages; print and return the scores."""
    scores = []
    for held_out, (page_id, page, truth) in enumerate(pages):
        x = np.vstack([m[0] for n, m in enumerate(matrices) if n != held_out])
        y = np.concatenate([m[1] for n, m in enumerate(matrices) if n != held_out])
        result = score(clean_with_model(page, fit(x, y)).body, truth)
        scores.append(result)
        print(f"{page_id[:12]:<14} {result.precision:6.3f} {result.recall:6.3f} {result.f1:6.3f}")
    m = macro(scores)
    print(f"leave-one-page-out macro P={m.precision:.3f} R={m.recall:.3f} F1={m.f1:.3f}  ({len(scores)} pages)")
    return m


def main(argv: list[str]) -> int:
    args = [a for a in argv[1:] if not a.startswith("--")]
    bench_dir = Path(args[0]) if args else DEFAULT_DIR
    pages = load_pages(bench_dir)
    matrices = [page_matrix(page, truth) for _, page, truth in pages]
    held_out = cross_validate(pages, matrices)
    if "--write" in argv:
        model = fit(np.vstack([m[0] for m in matrices]), np.concatenate([m[1] for m in matrices]))
        payload = {
            "features": FEATURE_NAMES,
            **asdict(model),
            "leave_one_page_out": {**asdict(held_out), "pages": len(pages)},
        }
        MODEL_PATH.write_text(json.dumps(payload, indent=1) + "\n", "utf-8")
        print(f"wrote {MODEL_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
