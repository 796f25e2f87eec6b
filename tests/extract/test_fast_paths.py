"""The shortcuts taken for speed find exactly what the plain searches find.

Extraction skips work it can prove useless: figure patterns tried only where a number can
start, list markers looked for only before a period, attribution searches skipped when no cue
word is near the quote. Each shortcut is checked here against the search it replaces, on
texts made at random from the words and signs the patterns care about.
"""

from __future__ import annotations

import random

import pytest

from factcheck.extract import figures, sentences, speakers
from factcheck.models import Span

_FIGURE_WORDS = (
    "one two three nine ten twenty hundred thousand million a an A An half quarter thirds "
    "dozen dozens of in out every people years year miles mile mi km per cent percent % $ € "
    "5 12 1,200 3.5 .5 0.25 2024 first second third 21st between and to - – minus negative "
    "were died lost have been had the its Meta’s company shares rose cents p pence dollars "
    "euros yen ft amile onemile x1 H100 US$ USD 2/3 1/2 fifty-five twenty-one one-half "
    "doubled , . ; ( ) ami 7am May 4 at least about ٣ Kg Ten TWENTY Dozen http://x.co/2"
).split()
_SEPARATORS = (" ", " ", "", "-", "  ")


def _random_text(rng: random.Random, words: list[str], most: int) -> str:
    chosen = [rng.choice(words) for _ in range(rng.randint(1, most))]
    return "".join(word + rng.choice(_SEPARATORS) for word in chosen).strip()


def _figures(found: list[figures._Found]) -> list[tuple[object, ...]]:
    return [(f.kind, f.start, f.end, f.value, f.unit, f.low, f.high, f.head) for f in found]


@pytest.mark.parametrize("seed", range(3))
def test_figure_patterns_tried_at_number_starts_find_what_a_search_finds(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(1500):
        prefix = rng.choice(["", "x", "a", "5", " ", "Q"])
        text = prefix + _random_text(rng, _FIGURE_WORDS, 14)
        lowered = figures._lowered(text)
        assert lowered is not None
        sentence = Span(start=len(prefix), end=len(text))
        plain = _figures(list(figures._scan(text, sentence)))
        assert _figures(list(figures._scan(text, sentence, lowered))) == plain, text
        urls = "http" in lowered or "www." in lowered
        assert _figures(list(figures._scan(text, sentence, lowered, urls))) == plain, text


def test_letters_that_fold_elsewhere_turn_the_shortcut_off() -> None:
    # IGNORECASE reads "ſ" as "s" and "ı" as "i"; lower() keeps them: searches as before.
    assert figures._lowered("ſeven percent") is None
    assert figures._lowered("İstanbul, 5 million") is None  # lower() adds a character
    assert figures._lowered("Seven percent") == "seven percent"


@pytest.mark.parametrize("seed", range(3))
def test_list_markers_found_before_periods_are_those_a_search_finds(seed: int) -> None:
    rng = random.Random(seed)
    alphabet = [*"ab c.)1 2\n•*⁃xZ.", " ", " ", ".", ")", "٣"]
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        expected = [(m.span(), m.group("mark")) for m in sentences._LIST_MARKER.finditer(
            text, start, end)]  # fmt: skip
        found = [(m.span(), m.group("mark")) for m in sentences._list_marker_matches(
            text, start, end)]  # fmt: skip
        assert found == expected, (text, start, end)


_QUOTE_WORDS = (
    "He She he it said says told added according Smith Mark Zuckerberg Inc. the CEO chief "
    "executive, spokesperson Reuters by stating, Adding: noting telling reporters that in a "
    "statement Sen. Warren who also Jones and replied The Bank of England , . : 5 ſaid"
).split()


def _attribution_searches(text: str) -> bool:
    """Whether any search of `attribute_before` matches: what `_may_attribute` predicts."""
    patterns = (speakers._BEFORE_ROLE_CUE, speakers._BEFORE_ACCORDING, speakers._BEFORE_NAME_CUE)
    if any(pattern.search(text) for pattern in patterns):
        return True
    participle = speakers._BEFORE_PARTICIPLE.search(text)
    if participle and speakers._SUBJECT.search(text[: participle.start()]):
        return True
    alone = speakers._BEFORE_CUE_ALONE.search(text)
    return bool(alone and alone.group("cue").casefold() in speakers.CUE_VERBS)


@pytest.mark.parametrize("seed", range(3))
def test_attributions_are_searched_wherever_one_can_match(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(3000):
        text = " ".join(rng.choice(_QUOTE_WORDS) for _ in range(rng.randint(1, 14)))
        text += rng.choice(["", " ", ", ", ": "])
        if _attribution_searches(text):
            assert speakers._may_attribute(text), text


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("as the company said ", True),
        ("as the company said", False),  # no space after the cue
        ("told by the ceo ", False),
        ("according to ", False),
        ("", False),
    ],
)
def test_a_cue_ending_the_text_is_found_without_a_search(before: str, expected: bool) -> None:
    assert speakers._speaks_before(before) is expected


@pytest.mark.parametrize(
    ("before", "expected"),
    [("led by ceo ", True), ("led by ceo", True), ("the ceo’s ", False), ("", False)],
)
def test_a_role_ending_the_text_is_found_without_a_search(before: str, expected: bool) -> None:
    assert speakers._ends_with_role(before) is expected
