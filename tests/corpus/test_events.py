"""Grouping articles into events from their named events and the passages they share."""

from __future__ import annotations

import itertools

import pytest

from factcheck.corpus.events import assign_events

IDS = ["a", "b", "c", "d", "e", "f"]


@pytest.mark.parametrize(
    ("named", "links", "expected"),
    [
        # A loose article joins the named event it shares passages with.
        (["bridge", None], [(0, 1, 12)], ["bridge", "bridge"]),
        # One stray link (a stock sentence two events share) is outweighed.
        (
            ["bridge", "derby", None],
            [(0, 2, 30), (1, 2, 7)],
            ["bridge", "derby", "bridge"],
        ),
        # Ties go to the event whose name sorts first.
        (["derby", "bridge", None], [(0, 2, 9), (1, 2, 9)], ["derby", "bridge", "bridge"]),
        # Round by round: a loose article linked only to a loose one that joined an event.
        ([None, None, "bridge"], [(0, 1, 10), (1, 2, 10)], ["bridge", "bridge", "bridge"]),
        # Loose articles linked only to each other: an event named after the first of them.
        ([None, None, None, "bridge"], [(1, 2, 5)], ["auto-a", "auto-b", "auto-b", "bridge"]),
        # Named events are never merged, whatever links them.
        (["bridge", "derby"], [(0, 1, 50)], ["bridge", "derby"]),
    ],
)
def test_assign_events(named, links, expected) -> None:
    assert assign_events(named, IDS[: len(named)], links) == expected


def test_grouping_does_not_depend_on_the_order_of_links() -> None:
    named = [None, "bridge", None, "derby", None, None]
    links = [(0, 1, 8), (0, 3, 8), (2, 3, 20), (0, 2, 4), (4, 5, 6), (2, 4, 1)]
    results = {tuple(assign_events(named, IDS, order)) for order in itertools.permutations(links)}
    assert results == {("bridge", "bridge", "derby", "derby", "derby", "derby")}
