"""One-to-one assignment of candidate pairs, best score first, and the cap on candidates."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence

# At most this many items (figures, quotes) of the other article are weighed against each item
# in each way of finding candidates, the likeliest first: a figure or quote printed again and
# again in two long articles (a live blog's running toll, a standing quote) would otherwise be
# weighed against every copy, which makes comparing two long articles quadratic. News articles
# print nothing this often.
CANDIDATES_PER_ITEM = 32


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
    return _unblocked(candidates, chosen)


# How much less than the pair it displaces each of the two traded in may score.
TRADE_MARGIN = 10.0


def _unblocked(
    candidates: list[tuple[float, int, int]], chosen: list[tuple[float, int, int]]
) -> list[tuple[float, int, int]]:
    """``chosen`` with each pair that blocks two others traded for them when together they
    score more: greedy takes "6.8% … stood, Kouga Dam" against the other's "14.3 per cent …
    stood" (87) and leaves the Kouga Dam's "8.6 per cent" (80) and the two 14.3s (61) apart.
    Only pairs of unused figures are traded in, so the result stays one-to-one."""
    used_a = {i for _, i, _ in chosen}
    used_b = {j for _, _, j in chosen}
    # Only the candidates from a chosen figure to an unused one can be traded in.
    by_a: dict[int, list[tuple[float, int]]] = {}
    by_b: dict[int, list[tuple[float, int]]] = {}
    for score, i, j in candidates:
        if j not in used_b:
            if i in used_a:
                by_a.setdefault(i, []).append((score, j))
        elif i not in used_a:
            by_b.setdefault(j, []).append((score, i))
    result = []
    for score, i, j in chosen:
        if i not in by_a or j not in by_b:
            result.append((score, i, j))
            continue
        best = max(
            (
                (score_a + score_b, other_j, other_i, score_a, score_b)
                for score_a, other_j in by_a.get(i, ())
                if other_j not in used_b
                for score_b, other_i in by_b.get(j, ())
                if other_i not in used_a
            ),
            default=None,
        )
        if best is None or best[0] <= score or min(best[3], best[4]) < score - TRADE_MARGIN:
            # Two weak pairs do not displace a strong one: each must score near it.
            result.append((score, i, j))
            continue
        _, other_j, other_i, score_a, score_b = best
        used_b.add(other_j)
        used_a.add(other_i)
        result += [(score_a, i, other_j), (score_b, other_i, j)]
    return result


def nearest_of(
    indices: Sequence[int],
    target: float,
    keep: Callable[[int], bool] | None = None,
    limit: int = CANDIDATES_PER_ITEM,
) -> list[int]:
    """Of ``indices`` (ascending) that ``keep`` accepts, the ``limit`` nearest ``target``, in
    ascending order; all of them when there are no more."""
    if len(indices) <= limit:
        return [j for j in indices if keep is None or keep(j)]
    right = bisect_left(indices, target)
    left = right - 1
    chosen: list[int] = []
    while len(chosen) < limit and (left >= 0 or right < len(indices)):
        if right >= len(indices) or (
            left >= 0 and target - indices[left] <= indices[right] - target
        ):
            j = indices[left]
            left -= 1
        else:
            j = indices[right]
            right += 1
        if keep is None or keep(j):
            chosen.append(j)
    return sorted(chosen)
