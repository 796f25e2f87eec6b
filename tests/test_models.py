"""The models' own logic: what identifies a speaker across articles."""

from __future__ import annotations

import pytest

from factcheck.models import ArticleMeta, Speaker, SpeakerKind


@pytest.mark.parametrize(
    ("name", "kind", "key"),
    [
        ("Pieter van Wyk", SpeakerKind.PERSON, "wyk"),
        ("Siobhán O’Brien", SpeakerKind.PERSON, "o'brien"),
        # "‘It hurts a lot,’ said Kollár." and "Tomas Kollar said": one surname, accents aside.
        ("Kollár", SpeakerKind.PERSON, "kollar"),
        ("Tomas Kollar", SpeakerKind.PERSON, "kollar"),
        # QA round 42: letters with no accent to drop, as a paper without them prints them.
        ("Ahmet Yıldız", SpeakerKind.PERSON, "yildiz"),
        ("Łukasz Kowalski", SpeakerKind.PERSON, "kowalski"),
        ("Søren Kierkegaard", SpeakerKind.PERSON, "kierkegaard"),
        ("Ahmet Yıldız", SpeakerKind.PERSON, Speaker(name="Ahmet Yildiz").key),
        ("Société Générale", SpeakerKind.ORGANISATION, "societe"),
        ("Meta Platforms", SpeakerKind.ORGANISATION, "meta"),
        # An office listed whole is its first word, not the comma after it.
        ("Foreign, Commonwealth and Development Office", SpeakerKind.ORGANISATION, "foreign"),
        ("Foreign Office", SpeakerKind.ORGANISATION, "foreign"),
        # Its name's "’s" aside: "Queen’s", "Queen's University Belfast" and "Queen" are one.
        ("Queen’s", SpeakerKind.ORGANISATION, "queen"),
        ("Queen's University Belfast", SpeakerKind.ORGANISATION, "queen"),
        ("Sainsbury's", SpeakerKind.ORGANISATION, "sainsbury"),
    ],
)
def test_a_speakers_key(name: str, kind: SpeakerKind, key: str) -> None:
    assert Speaker(name=name, kind=kind).key == key


def test_no_name_no_key() -> None:
    assert Speaker().key is None


@pytest.mark.parametrize(
    ("date", "year"),
    [("2026-02-05", 2026), ("5 February 2026", 2026), ("Feb. 5, 2026", 2026), ("", None),
     (None, None), ("yesterday", None)],
)  # fmt: skip
def test_the_year_an_article_was_written(date: str | None, year: int | None) -> None:
    assert ArticleMeta(date=date).year() == year
