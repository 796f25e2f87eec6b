"""Word-level differences between two texts, for reports and rule messages."""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from factcheck.models import DiffOp, WordDiff

_TOKEN = re.compile(r"\w+(?:[’'‘-]\w+)*|[^\w\s]")
_FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})
_PUNCTUATION = re.compile(r"[^\w\s']")


def fold(text: str) -> str:
    """What comparison sees: case, curly marks and punctuation do not count as wording."""
    words = _PUNCTUATION.sub(" ", text.translate(_FOLD).casefold()).split()
    return " ".join(words)


# Word diffs fold the same words over and over; words are short, so caching them is cheap.
_fold_word = lru_cache(maxsize=1 << 16)(fold)


def _words(text: str) -> list[str]:
    return [token for token in _TOKEN.findall(text) if token[0].isalnum() or token[0] == "_"]


def word_diff(a: str, b: str) -> list[WordDiff]:
    """Edit script from ``a`` to ``b`` over words (punctuation and case ignored)."""
    words_a, words_b = _words(a), _words(b)
    keys_a = [_fold_word(word) for word in words_a]
    keys_b = [_fold_word(word) for word in words_b]
    diff: list[WordDiff] = []
    pending: tuple[int, int, int, int] | None = None  # a run of changes, merged into one

    def flush() -> None:
        if pending is None:
            return
        a0, a1, b0, b1 = pending
        op = DiffOp.REPLACE if a1 > a0 and b1 > b0 else DiffOp.DELETE if a1 > a0 else DiffOp.INSERT
        diff.append(WordDiff(op=op, a=" ".join(words_a[a0:a1]), b=" ".join(words_b[b0:b1])))

    for op in Levenshtein.opcodes(keys_a, keys_b):
        if op.tag == "equal":
            flush()
            pending = None
            diff.append(
                WordDiff(
                    op=DiffOp.EQUAL,
                    a=" ".join(words_a[op.src_start : op.src_end]),
                    b=" ".join(words_b[op.dest_start : op.dest_end]),
                )
            )
        elif pending is None:
            pending = (op.src_start, op.src_end, op.dest_start, op.dest_end)
        else:
            pending = (pending[0], op.src_end, pending[2], op.dest_end)
    flush()
    return diff


def describe(diff: list[WordDiff]) -> str:
    """A one-line summary of the changes: “We’ll be building” → “We will build”; +“things”."""
    parts: list[str] = []
    for change in diff:
        if change.op is DiffOp.REPLACE:
            parts.append(f"“{change.a}” → “{change.b}”")
        elif change.op is DiffOp.DELETE:
            parts.append(f"−“{change.a}”")
        elif change.op is DiffOp.INSERT:
            parts.append(f"+“{change.b}”")
    return "; ".join(parts) if parts else "punctuation or case only"
