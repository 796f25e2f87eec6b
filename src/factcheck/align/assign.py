"""One-to-one assignment of candidate pairs, best score first."""

from __future__ import annotations

from collections.abc import Callable


def one_to_one(
    candidates: list[tuple[float, int, int]],
    prefer: Callable[[int, int], float] | None = None,
) -> list[tuple[float, int, int]]:
    """Pairs (score, i, j) where no i and no j is used twice, taken greedily by best score.

    Ties are broken by ``prefer(i, j)`` (lower first) when given, then by position, so the
    result never depends on the order of the input.
    """
    used_a: set[int] = set()
    used_b: set[int] = set()
    chosen = []
    # Sorting plain tuples is much faster than sorting through a key function.
    if prefer is None:
        ordered = sorted([(-score, i, j) for score, i, j in candidates])
    else:
        ranked = sorted((-score, prefer(i, j), i, j) for score, i, j in candidates)
        ordered = [(negated, i, j) for negated, _, i, j in ranked]
    for negated, i, j in ordered:
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        chosen.append((-negated, i, j))
    return chosen
