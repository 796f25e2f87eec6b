"""Regions within a country, so that a regional figure ("Welsh prices were up 5.4%") is not
taken for the national one ("prices were 3.2% higher") or another region's.

Countries are left out on purpose: a national story names its country in one sentence and not
in the next, and "UK inflation" and "inflation" are the same figure. The names are the
regions news most often breaks national figures into (UK nations and regions, US states,
German Länder, Australian states, Canadian provinces, Indian states), with their
adjectives.
"""

from __future__ import annotations

import re
from functools import lru_cache

_REGIONS: dict[str, tuple[str, ...]] = {
    # UK nations and regions
    "Wales": ("Welsh",),
    "Scotland": ("Scottish",),
    "Northern Ireland": (),
    "England": ("English",),
    "London": (),
    "East Anglia": (),
    "the Midlands": ("Midlands", "East Midlands", "West Midlands"),
    "the North East": ("North East", "North-East", "north-east"),
    "the North West": ("North West", "North-West", "north-west"),
    "the South East": ("South East", "South-East", "south-east"),
    "the South West": ("South West", "South-West", "south-west"),
    "Yorkshire": ("Yorkshire and the Humber",),
    # US states
    **{
        state: ()
        for state in (
            # Not Georgia, Washington, Virginia: also a country, a government, a first name.
            "Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida "
            "Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland "
            "Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio "
            "Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Wisconsin Wyoming"
        ).split()
    },
    "New Hampshire": (),
    "New Jersey": (),
    "New Mexico": (),
    "New York State": (),
    "North Carolina": (),
    "North Dakota": (),
    "Rhode Island": (),
    "South Carolina": (),
    "South Dakota": (),
    "West Virginia": (),
    # German Länder, Australian states, Canadian provinces
    "Bavaria": ("Bavarian",),
    "Saxony": (),
    "New South Wales": (),
    "Queensland": (),
    "Tasmania": (),
    "Ontario": (),
    "Quebec": (),
    "Alberta": (),
    "British Columbia": (),
    # Indian states (not Delhi: "New Delhi said" is the government)
    **{
        state: ()
        for state in (
            "Rajasthan Maharashtra Gujarat Kerala Karnataka Punjab Bihar Odisha Assam Haryana "
            "Jharkhand Chhattisgarh Uttarakhand Telangana Goa"
        ).split()
    },
    "Tamil Nadu": (),
    "Uttar Pradesh": (),
    "Madhya Pradesh": (),
    "Andhra Pradesh": (),
    "Himachal Pradesh": (),
    "West Bengal": (),
}

_NAME_OF = {name: region for region, names in _REGIONS.items() for name in (region, *names)}
# Longest names first, so "New South Wales" is not read as "Wales", nor "West Virginia" as
# "Virginia"; case-sensitive, so "the west" or "georgia" as a word is no region.
_NAMES = "|".join(re.escape(n.removeprefix("the ")) for n in sorted(_NAME_OF, key=len)[::-1])
# "south-west Dublin" is a part of Dublin, not England's South West.
_REGION = re.compile(rf"\b(?:the\s+)?({_NAMES})\b(?!\s+[A-Z]|-)")
# ", Oregon" after a town: the region the town is in.
_TOWN_IN_REGION = re.compile(rf",\s+(?:the\s+)?({_NAMES})\b(?!\s+[A-Z])")


_CLAUSE_BREAK = re.compile(r"[,;:—–]|\s(?:and|but|while|whereas)\s")


def region_of(
    text: str, sentence_start: int, sentence_end: int, start: int, end: int
) -> str | None:
    """The region a figure at ``start:end`` is about: one named in its own clause ("18% in the
    South East and 9% in the Midlands"), else the last one named before it in its sentence as
    the place or the subject of what follows ("East Anglia, where yields fell 22%", "In the
    Midlands, yields were 9% lower", "Northern Ireland posted the biggest rise, 7.1%"), not
    in passing ("Hartley, of Knaresborough, North Yorkshire, was driving
    at 62mph"); None for a national figure."""
    breaks = [m for m in _CLAUSE_BREAK.finditer(text, sentence_start, sentence_end)]
    clause_start = max((m.end() for m in breaks if m.end() <= start), default=sentence_start)
    clause_end = min((m.start() for m in breaks if m.start() >= end), default=sentence_end)
    own = regions_in(text[clause_start:clause_end])
    if own:
        return min(own)
    town = _TOWN_IN_REGION.match(text, clause_end, sentence_end)
    if town is not None and _TOWN_AT_END.search(text, clause_start, clause_end):
        # "a 62-year-old rider in Bend, Oregon, whose battery…": the comma after a town is no
        # clause break; its region is the clause's.
        name = town.group(1)
        return _NAME_OF.get(name) or _NAME_OF.get(f"the {name}", name)
    before = list(_REGION.finditer(text, sentence_start, start))
    if not before:
        return None
    last = before[-1]
    subject = not text[sentence_start : last.start()].strip()
    placed = _PLACE_BEFORE.search(text, max(sentence_start, last.start() - 40), last.start())
    if not subject and placed is None and _WHERE_AFTER.match(text, last.end()) is None:
        return None
    name = last.group(1)
    return _NAME_OF.get(name) or _NAME_OF.get(f"the {name}", name)


_TOWN_AT_END = re.compile(r"\b(?:in|near|at|from)\s+(?:[A-Z][\w’'-]*\s+){0,2}[A-Z][\w’'-]*$")


# A region that sets the place of the rest of its sentence: "In the Midlands, …", "across
# Wales …", "East Anglia, where …".
# ... a town before its region ("in Bend, Oregon,") placing it too.
# ... or a nation owning it ("in England's West Midlands").
_PLACE_BEFORE = re.compile(
    r"\b(?:[Ii]n|[Aa]cross|[Tt]hroughout|[Ff]or)\s+"
    r"(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2},\s+|[A-Z][\w-]*[’']s\s+)?$"
)
_WHERE_AFTER = re.compile(r",?\s+where\b")


@lru_cache(maxsize=4096)
def regions_in(sentence: str) -> frozenset[str]:
    """The regions a sentence names, as canonical names."""
    return _named(sentence)


def _named(text: str) -> frozenset[str]:
    found = set()
    for match in _REGION.finditer(text):
        name = match.group(1)
        found.add(_NAME_OF.get(name) or _NAME_OF.get(f"the {name}", name))
    return frozenset(found)


def setting_of(text: str) -> str | None:
    """The one region an article names, where it names one only: where its story is set.
    (Not cached as sentences are: an archive's articles would fill the cache.)"""
    named = _named(text)
    return next(iter(named)) if len(named) == 1 else None
