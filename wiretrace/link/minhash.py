"""MinHash signatures, LSH banding and mod-sampled shingle sketches, in numpy.

Two complementary sketches of a text's word shingles:

- a **MinHash signature** (``NUM_PERM`` minima of universal hashes) whose band keys find
  candidate pairs with high Jaccard similarity without comparing all pairs;
- a **mod sample**: the shingle hashes divisible by ``SAMPLE_MOD``. Because the same
  shingle is kept in every document that has it, sample overlaps estimate both Jaccard
  and containment (|A & B| / |A|), which MinHash cannot: a 100-word teaser of an 800-word
  report has Jaccard 1/8 but containment 1.

Shingle hashes are 32-bit CRCs combined in numpy, so they are stable across processes
and machines (Python's ``hash`` is salted per process), which the persisted index needs.
"""

from __future__ import annotations

import re
import zlib

import numpy as np

SHINGLE_WORDS = 5
NUM_PERM = 128
BANDS = 32  # 32 bands x 4 rows: a pair with Jaccard 0.5 becomes a candidate with p ~ 0.87
ROWS = NUM_PERM // BANDS
SAMPLE_MOD = 4  # keep ~1/4 of the shingles in the sample

_MERSENNE = np.uint64((1 << 61) - 1)
_MASK32 = np.uint64(0xFFFFFFFF)
_WORD = re.compile(r"\w+", re.UNICODE)

_rng = np.random.default_rng(20250224)  # fixed seed: signatures must match across runs
# a < 2^31 and x < 2^32 keep a*x + b below 2^64, so uint64 arithmetic never wraps.
_PERM_A = _rng.integers(1, 1 << 31, size=NUM_PERM, dtype=np.uint64)
_PERM_B = _rng.integers(0, 1 << 31, size=NUM_PERM, dtype=np.uint64)


def words(text: str) -> list[str]:
    """Lower-cased word tokens; punctuation and spacing differences vanish here."""
    return _WORD.findall(text.lower())


def shingle_hashes(text: str, size: int = SHINGLE_WORDS) -> np.ndarray:
    """Sorted unique 32-bit hashes of the text's ``size``-word shingles.

    A text shorter than ``size`` words yields one shingle of all its words, so even a
    one-line item has a sketch.
    """
    tokens = words(text)
    if not tokens:
        return np.zeros(0, dtype=np.uint64)
    token_hashes = np.fromiter((zlib.crc32(t.encode("utf-8")) for t in tokens), dtype=np.uint64, count=len(tokens))
    width = min(size, len(token_hashes))
    count = len(token_hashes) - width + 1
    combined = np.zeros(count, dtype=np.uint64)
    for offset in range(width):
        # polynomial rolling combination, kept to 32 bits after every step
        combined = (combined * np.uint64(1000003) + token_hashes[offset : offset + count]) & _MASK32
    return np.unique(combined)


def signature(hashes: np.ndarray) -> np.ndarray:
    """MinHash signature (``NUM_PERM`` uint32 minima) of a set of shingle hashes."""
    if hashes.size == 0:
        return np.full(NUM_PERM, 0xFFFFFFFF, dtype=np.uint32)
    permuted = (_PERM_A[:, None] * hashes[None, :] + _PERM_B[:, None]) % _MERSENNE
    return (permuted & _MASK32).min(axis=1).astype(np.uint32)


def band_keys(sig: np.ndarray) -> list[bytes]:
    """One key per LSH band: two signatures sharing any key are candidate duplicates.

    The band number is part of the key so equal rows in different bands never collide.
    """
    rows = sig.reshape(BANDS, ROWS)
    return [bytes([band]) + rows[band].tobytes() for band in range(BANDS)]


def mod_sample(hashes: np.ndarray) -> np.ndarray:
    """The shingle hashes divisible by ``SAMPLE_MOD`` (as uint32, sorted)."""
    return hashes[hashes % np.uint64(SAMPLE_MOD) == 0].astype(np.uint32)


def estimated_jaccard(sig_a: np.ndarray, sig_b: np.ndarray) -> float:
    return float(np.mean(sig_a == sig_b))


def sample_overlap(sample_a: np.ndarray, sample_b: np.ndarray) -> tuple[float, float]:
    """(Jaccard, containment of the smaller sample in the larger) from two mod samples."""
    if sample_a.size == 0 or sample_b.size == 0:
        return 0.0, 0.0
    shared = np.intersect1d(sample_a, sample_b, assume_unique=True).size
    union = sample_a.size + sample_b.size - shared
    return shared / union, shared / min(sample_a.size, sample_b.size)
