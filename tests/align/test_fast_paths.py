"""The fast paths give what the plain definitions give."""

from __future__ import annotations

from factcheck.align.quotes import _sharing_pairs
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
