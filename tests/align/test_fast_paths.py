"""The fast paths give what the plain definitions give."""

from __future__ import annotations

import re

import pytest
from rapidfuzz import fuzz

from factcheck.align.assign import CANDIDATES_PER_ITEM
from factcheck.align.figures import _Nearest, _SharedContent, _subjects_alike
from factcheck.align.quotes import _sharing_pairs
from factcheck.align.told_apart import _named_inside
from factcheck.extract.speakers import Cast, Mention
from factcheck.models import Article, Span, SpeakerKind
from factcheck.rules.engine import _Lines


def test_line_index_agrees_with_article() -> None:
    article = Article(id="a", path="a.txt", text="one\ntwo three\n\nfour\n", line_offset=3)
    lines = _Lines(article)
    for offset in range(len(article.text) + 1):
        expected = (article.line_of(offset), article.column_of(offset))
        assert lines.position(offset) == expected


def test_sharing_pairs_match_a_count_of_shared_words() -> None:
    texts_a = ["we will build the most popular ai products", "a b c d e", "short one"]
    texts_b = [
        "we will build the most popular and most advanced ai products",
        "a b c d e f g",
        "we will build",
        "the most popular ai products we will",
    ]
    expected = set()
    for i, a in enumerate(texts_a):
        for j, b in enumerate(texts_b):
            words_a, words_b = set(a.split()), set(b.split())
            shorter = min(len(words_a), len(words_b))
            if shorter >= 5 and len(words_a & words_b) >= 0.8 * shorter:
                expected.add((i, j))
    assert set(_sharing_pairs(texts_a, texts_b)) == expected
    assert expected  # the case is not vacuous


def test_last_person_before_is_the_last_subject_then_the_last_person() -> None:
    def mention(name: str, start: int, subject: bool) -> Mention:
        span = Span(start=start, end=start + len(name))
        return Mention(name=name, span=span, kind=SpeakerKind.PERSON, subject=subject)

    cast = Cast(mentions=[mention("Ann", 0, False), mention("Bo", 10, True),
                          mention("Cy", 20, False)])  # fmt: skip
    assert cast.last_person_before(0) is None
    assert cast.last_person_before(5).name == "Ann"
    assert cast.last_person_before(15).name == "Bo"
    assert cast.last_person_before(25).name == "Bo"  # a subject outranks a later mention


def test_named_inside_agrees_with_the_pattern_it_replaces() -> None:
    text = (
        "Pike received 42,907 votes. Turnout was 38.6 percent, said Pike's agent; (Ward) "
        "Ward-Jones won, then Mills_ton. The vote for Mills was close, and Turnout fell."
    )
    for word in ["Pike", "Pike's", "Turnout", "Ward", "Mills", "Mills_ton", "She", "The"]:
        _named_inside.cache_clear()
        expected = re.search(
            rf"(?<=[\w,;:)] ){re.escape(word.removesuffix(chr(39) + 's'))}(?![\w-])", text
        ) is not None and word not in ("She", "He", "It", "They", "We")
        assert _named_inside(word, text) is expected, word
    assert _named_inside("Pike", text) and not _named_inside("Ward", text)


@pytest.mark.parametrize(
    ("sentence", "other", "candidate"),
    [
        # Two content words shared: weighed.
        (
            "the company employs about people in wales",
            "the firm employs about staff in wales",
            True,
        ),
        # A sentence with one content word needs only that one.
        ("it has about employees", "it has more than employees", True),
        # Inflections meet on their first letters.
        ("the organisation employs workers", "the organization employed workers", True),
        # Only common words and one content word shared: not weighed.
        (
            "the bridge will cost about million",
            "the council will spend about million on roads",
            False,
        ),
        ("shares closed up in london", "profit rose in the year to march", False),
    ],
)
def test_sentences_alike_are_found_through_shared_content_words(
    sentence: str, other: str, candidate: bool
) -> None:
    sharing = _SharedContent(["an unrelated line about tennis scores", other])
    assert (1 in sharing.candidates(sentence)) is candidate
    assert 0 not in sharing.candidates(sentence)


def test_a_sentence_of_common_words_only_is_weighed_against_all() -> None:
    sharing = _SharedContent(["the bridge will cost about million", "it was up", "profit rose"])
    assert sharing.candidates("it is up to them") == [0, 1, 2]
    assert 1 in sharing.candidates("profit rose by the year")  # a keyless sentence is kept


def test_measuring_the_best_few_gives_what_measuring_all_gives() -> None:
    nearest = _Nearest(40, 40)
    joined_a = "shares rise company"
    joined_b = [f"{word} company shares" for word in ["rise", "fall", "drop", "gain"] * 10]
    joined_b += ["revenue quarter", "tennis match score", "shares company"]
    found = [
        (fuzz.token_set_ratio(joined_a, words), j, True) for j, words in enumerate(joined_b)
    ] + [(55.0, 99, False)]
    everything = [
        (_subjects_alike(joined_a, joined_b[j]) if worded else score, j, worded)
        for score, j, worded in found
    ]
    at = nearest.target(7)
    ranked = sorted(everything, key=lambda each: (-each[0], abs(each[1] - at), each[1]))
    expected = sorted(ranked[:CANDIDATES_PER_ITEM], key=lambda each: each[1])
    assert len(found) > CANDIDATES_PER_ITEM
    assert nearest.best_measured(7, joined_a, joined_b, found) == expected
    few = found[:5]
    assert nearest.best_measured(7, joined_a, joined_b, few) == everything[:5]
