"""Which event each article of a corpus covers.

An article names its event (front matter or sidecar ``event:``), or lies in an event folder;
the rest are *loose* and are grouped by what they share with other articles (the links the
index finds: enough common phrases). The grouping is a function of the articles and their
links alone, never of the order they were indexed in, so an index updated one article at a
time groups exactly as one built in a single pass.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

from factcheck.models import Article


def event_of(article: Article, corpus: Path) -> str | None:
    """The front matter's `event:`, else the article's first folder under the corpus; None for
    an article lying loose in the corpus folder, or outside it (a draft checked before it is
    filed, whose folder says nothing of its event): it joins an event by what it shares."""
    if article.meta.event:
        return article.meta.event
    try:
        relative = Path(article.path).resolve().relative_to(corpus.resolve())
    except ValueError:
        return None
    return relative.parts[0] if len(relative.parts) > 1 else None


def assign_events(
    named: Sequence[str | None], ids: Sequence[str], links: Iterable[tuple[int, int, int]]
) -> list[str]:
    """The event of each article, given its named event (None when loose), its id, and links
    ``(a, b, weight)`` between articles (positions in corpus order) that share a passage, the
    weight being how many phrases they share.

    A loose article joins the event its links weigh most towards (ties: the event whose name
    sorts first), first among articles linked to named ones, then, round by round, among
    articles linked to those. Loose articles left over, linked only to each other, form an
    event of their own, ``auto-<id of its first article>``. Two named events are never merged,
    and one stray link (two events sharing a stock sentence) is outweighed by the passages an
    article shares with its own event.
    """
    neighbours: dict[int, list[tuple[int, int]]] = {}
    for a, b, weight in links:
        if named[a] is None:
            neighbours.setdefault(a, []).append((b, weight))
        if named[b] is None:
            neighbours.setdefault(b, []).append((a, weight))
    events: list[str | None] = list(named)
    waiting = sorted(neighbours)
    while True:
        votes: dict[int, Counter[str]] = {}
        for position in waiting:
            for other, weight in neighbours[position]:
                event = events[other]
                if event is not None:
                    votes.setdefault(position, Counter())[event] += weight
        if not votes:
            break
        for position, counts in votes.items():  # all of a round at once: order does not count
            events[position] = min(counts.items(), key=lambda item: (-item[1], item[0]))[0]
        waiting = [position for position in waiting if events[position] is None]

    parent = list(range(len(named)))

    def root(position: int) -> int:
        while parent[position] != position:
            parent[position] = parent[parent[position]]
            position = parent[position]
        return position

    for position in waiting:
        for other, _ in neighbours[position]:
            low, high = sorted((root(position), root(other)))
            parent[high] = low  # the root stays the cluster's first article
    return [
        event if event is not None else f"auto-{ids[root(position)]}"
        for position, event in enumerate(events)
    ]
