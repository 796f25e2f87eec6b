"""One-to-one assignment of candidate pairs, best score first."""

from __future__ import annotations


def one_to_one(candidates: list[tuple[float, int, int]]) -> list[tuple[float, int, int]]:
    """Pairs (score, i, j) where no i and no j is used twice, taken greedily by best score.

    Ties are broken by position, so the result never depends on the order of the input.
    """
    used_a: set[int] = set()
    used_b: set[int] = set()
    chosen = []
    # Sorting (-score, i, j) tuples as they are is much faster than through a key function.
    for negated, i, j in sorted([(-score, i, j) for score, i, j in candidates]):
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        chosen.append((-negated, i, j))
    return chosen
