"""Whether a sentence names where its claim comes from: the attribution cues ("said",
"according to") and the constructions that look like a source but are not one (a statement
still to come, a passive with no one by it, a cue in a clause of its own). Shared by the kinds
that report unsourced claims."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from functools import cache
from itertools import accumulate

from factcheck.extract.kept_patterns import compile_built
from factcheck.models import Span

DEFAULT_CUES = [
    "said", "says", "say", "told", "tells", "according to", "reported", "reports", "announced",
    "announces", "stated", "states", "confirmed", "confirms", "disclosed", "declared", "noted",
    "wrote", "statement", "filing", "press release", "cited", "citing",
    # A figure's compiler names its source: "The estimate of deaths, compiled by the Carlos III
    # Health Institute, covers …".
    "compiled by", "calculated by", "published by",
    # A record named as what shows the claim: "County documents show the campus could use…".
    "documents show", "documents showed", "records show", "records showed", "data show",
    "data shows", "data showed", "figures show", "figures showed", "filings show",
    "filings showed",
    # A reckoning named as what shows the claim: "The team's scenarios show between 60 and 80
    # per cent…", "Its models suggest…" (the model's, hedged as such, not a fact).
    *(
        f"{noun} {verb}"
        for noun in (
            "scenarios", "projections", "models", "modelling", "modeling", "simulations",
            "analysis", "estimates", "forecasts",
        )
        for verb in (
            "show", "shows", "showed", "suggest", "suggests", "suggested", "indicate",
            "indicates", "indicated", "find", "finds", "found",
        )
    ),
    # "She added that the company would…": reported speech going on (not "added 5,000 jobs").
    "added that", "adds that",
    # "Prosecutors alleged that…", "The suit charged that…": a party's case, its maker's word
    # as much as "said" (not "the alleged fraud", an adjective before its noun).
    "alleged that", "alleges that", "allege that", "charged that", "contended that",
    "contends that", "asserted that", "asserts that",
    # "…, the court heard": evidence given at a hearing, a party's case told before it (not
    # "residents heard explosions", whose hearers are no source).
    "court heard", "jury heard", "jurors heard", "inquest heard", "tribunal heard",
    "hearing heard", "inquiry heard",
]  # fmt: skip


class FirstWords:
    """The first words of a pattern's phrases, one of which every match of it prints: tested
    for as plain text before the pattern is run. Python's `re` tries a long alternation of
    phrases at every character of a sentence; most sentences print none of them, and a
    substring test says so many times faster (a long article has thousands of sentences)."""

    def __init__(self, phrases: Iterable[str]) -> None:
        firsts = {words[0].lower() for words in map(str.split, phrases) if words}
        # A word inside another ("expect" in "expected") finds both.
        self.words = tuple(sorted(w for w in firsts if not any(o != w and o in w for o in firsts)))
        # With no phrase the pattern may match anything ("\b(?:)\b"); and `re`'s IGNORECASE
        # pairs letters `str.lower` does not (see `may_hold`) only outside ASCII.
        self.usable = bool(self.words) and all(word.isascii() for word in self.words)

    def may_hold(self, text: str) -> bool:
        """False only when no match of the pattern, with or without IGNORECASE, can be in
        ``text`` (anywhere in it, so in any part of it too)."""
        if not self.usable:
            return True
        # IGNORECASE matches "İ" and "ı" to "i", "ſ" to "s": letters `str.lower` keeps apart.
        if not text.isascii() and any(letter in text for letter in "İıſ"):
            return True
        lowered = text.lower()
        return any(word in lowered for word in self.words)


def phrase_pattern(phrases: list[str]) -> re.Pattern[str]:
    alternatives = sorted((re.escape(p).replace(r"\ ", r"\s+") for p in phrases), key=len)
    return compile_built(r"\b(?:" + "|".join(reversed(alternatives)) + r")\b", re.IGNORECASE)


def cue_pattern(phrases: list[str]) -> re.Pattern[str]:
    """Cues as written anywhere in a sentence, or capitalised where they open it ("According
    to the filing, …"): not the "States" of "the United States", a name that spells a cue,
    nor a cue ending a compound ("top-ranked players", "self-reported"), an adjective."""
    lower = sorted((re.escape(p).replace(r"\ ", r"\s+") for p in phrases), key=len)[::-1]
    opening = [p[0].upper() + p[1:] for p in lower]
    # Only a letter's hyphen makes a compound: an ASCII dash ("Europe--according to") opens a
    # cue.
    return compile_built(rf"(?<![A-Za-z]-)\b(?:{'|'.join(lower)})\b|^\W*(?:{'|'.join(opening)})\b")


# "are already estimated at", "is also preparing": an adverb inside the phrase keeps it.
_ADVERB = r"(?:(?:[a-z]+ly|already|also|now|still|currently|initially|reportedly)\s+)?"


def hedge_pattern(phrases: list[str]) -> re.Pattern[str]:
    return _hedge_pattern(tuple(phrases))


@cache  # one rule's list, compiled once a process: a corpus check runs the rules per event
def _hedge_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """The phrases, an adverb allowed between their words, the longest matching first. Built as
    a tree of words, so phrases sharing their first words ("is expected", "is forecast", "is
    estimated" …) spell them and the adverb between once: compiled at every run, a list of 68
    passives written out whole took 10 ms of `re`'s parser."""
    tree: dict[str, dict] = {}
    for phrase in phrases:
        node = tree
        for word in phrase.lower().split():
            node = node.setdefault(word, {})
        node[""] = {}  # a phrase ends here
    return compile_built(r"\b(?:" + _branches(tree) + r")\b", re.IGNORECASE)


def _branches(node: dict[str, dict]) -> str:
    """The regular expression of a tree of words (see `hedge_pattern`): each word, then what may
    follow it, the longer words first ("expected" before "expect")."""
    alternatives = []
    for word in sorted((word for word in node if word), key=lambda word: (-len(word), word)):
        child = node[word]
        rest = [key for key in child if key]
        if not rest:
            alternatives.append(re.escape(word))
            continue
        after = rf"\s+{_ADVERB}(?:{_branches(child)})"
        optional = "?" if "" in child else ""
        alternatives.append(rf"{re.escape(word)}(?:{after}){optional}")
    return "|".join(alternatives)


# "when it reports results", "announced results": a company doing business, not a source.
_BUSINESS_OBJECT = re.compile(
    r"\s+(?:its\s+|their\s+|full-year\s+|quarterly\s+|annual\s+|interim\s+|half-year\s+|"
    r"(?:first|second|third|fourth)-(?:quarter|half)\s+)*"
    r"(?:results|earnings|profits?|figures|revenue|sales|losses|numbers)\b",
    re.IGNORECASE,
)


def names_a_source(cues: re.Pattern[str], words: str, term: re.Match[str]) -> bool:
    """Whether the sentence names where the claim about ``term`` comes from. A claim told in
    an aside ("SkyIndus, which reinstated its dividend in May, said the aircraft had
    returned") is sourced only by a cue inside the aside: the sentence's "said" sources what
    the company said, not the aside."""
    aside = next((m for m in _ASIDE.finditer(words) if m.start() < term.start() < m.end()), None)
    start, end = (aside.start(), aside.end()) if aside else (0, len(words))
    return any(
        # "…the $90bn Kestrel has earmarked for share buybacks this year, and analysts said
        # the impact would be limited": a cue in a clause of its own after the claim sources
        # that clause only.
        not (
            cue.start() > term.end()
            and NEXT_CLAUSE.search(words, term.end(), cue.start()) is not None
        )
        for cue in cited_sources(cues, words, start, end)
    )


def cited_sources(
    cues: re.Pattern[str], words: str, start: int = 0, end: int | None = None
) -> Iterator[re.Match[str]]:
    """The cues in ``words`` (from ``start`` to ``end``) that name a source: not a company
    reporting its results, a statement still to come or a passive with no one by it."""
    for cue in cues.finditer(words, start, len(words) if end is None else end):
        if (
            _BUSINESS_OBJECT.match(words, cue.end()) is None
            and _STILL_TO_COME.search(words, max(0, cue.start() - 20), cue.start()) is None
            and not (
                _PASSIVE_BEFORE.search(words, max(0, cue.start() - 20), cue.start())
                and _BY_AFTER.match(words, cue.end()) is None
            )
            and not (
                words[max(0, cue.start() - 2) : cue.start()] == ", "
                and "," not in words[: cue.start() - 2]
                and _WHEN_AFTER.match(words, cue.end()) is not None
            )
        ):
            yield cue


# A participle after the sentence's first noun and its comma, then when: "The cuts, announced
# Feb. 27 alongside quarterly results, will save …" says when the cuts were made known, not
# who says they will save it ("Acme, the parts maker, announced on Monday that …", after an
# apposition's second comma, is the company speaking).
_WHEN_AFTER = re.compile(
    r"\s+(?:on\s+|last\s+|this\s+|in\s+|earlier\s+|alongside\b|yesterday\b|today\b|"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d|"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
)
# A statement still to come names no source: "a £500m share buyback, to be announced
# alongside its half-year results next month".
_STILL_TO_COME = re.compile(
    r"\b(?:to\s+be|will\s+be|would\s+be|is\s+expected\s+to\s+be|due\s+to\s+be)\s+$", re.IGNORECASE
)


# A passive with no one by it names no source: "its shares have fallen by almost 30 per cent
# since the recall was announced" (but "was announced by the board" does); nor one after a
# modal: "the subsidy must be confirmed in the budget" is a step still needed, not a source.
_PASSIVE_BEFORE = re.compile(
    r"\b(?:was|were|is|are|be|been|being)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE
)
_BY_AFTER = re.compile(r"\s+by\b", re.IGNORECASE)


NEXT_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s+|;\s+", re.IGNORECASE)


_ASIDE = re.compile(r",\s+(?:which|who|whose)\b[^,;:]*,")


class Spans:
    """Spans that answer "does any overlap this one?" by bisection, not by a scan per
    sentence (long articles have thousands of quotes)."""

    def __init__(self, spans: list[Span]) -> None:
        ordered = sorted(spans, key=lambda span: span.start)
        self.starts = [span.start for span in ordered]
        self.max_ends = list(accumulate((span.end for span in ordered), max))

    def overlap(self, other: Span) -> bool:
        # Of the spans starting before ``other`` ends, does the one reaching furthest pass
        # its start?
        before = bisect_left(self.starts, other.end)
        return before > 0 and self.max_ends[before - 1] > other.start


def after_source(
    sentences: list[Span],
    starts: list[int],
    paragraphs: list[int],
    sentence: Span,
    text: str,
    cues: re.Pattern[str],
) -> bool:
    """Whether ``sentence`` follows, in its paragraph, a sentence that names a source: the
    reported account runs on. "The list stood at 7.4 million, according to data published by
    the health service. The figures count treatments, not people; an estimated 6.2 million
    patients were waiting" gives the health service's estimate."""
    at = bisect_right(starts, sentence.start) - 1
    if at < 1:
        return False
    previous = sentences[at - 1]
    if bisect_right(paragraphs, previous.start) != bisect_right(paragraphs, sentence.start):
        return False
    return next(cited_sources(cues, previous.slice(text)), None) is not None
