"""Round 58: figures the extraction left out (a toll with commas before its verb, ...)."""

from __future__ import annotations

import pytest

from support import figures_of


def _texts(text: str) -> list[tuple[str, str, str]]:
    return [(f.text, f.kind.value, str(f.value if f.value is not None else f.low))
            for f in figures_of(text)]  # fmt: skip


# sentence, figure text, its value (the low end of a range)
FOUND = [
    # A toll's clause with commas between the toll and its verb.
    (
        "The death toll from Monday's flood in Karvali, in Dhule district, rose to 38 after "
        "divers recovered two more bodies, officials said.",
        "38",
        "38",
    ),
    ("The toll from the blast, the worst in a decade, has reached 19, police said.", "19", "19"),
    # The dead however the count is vouched for.
    (
        "The number of people confirmed dead in the fire that gutted the market has reached 26, "
        "the city said on Monday.",
        "26",
        "26",
    ),
    ("The number of people reported killed in the storm rose to 14 overnight.", "14", "14"),
    # A compound range, the low end's hyphen left hanging.
    (
        "The line will make chips on 16- to 40-nanometre processes for carmakers.",
        "16- to 40-nanometre",
        "16",
    ),
    ("The agency sends 10- to 15-person crews to each site.", "10- to 15-person", "10"),
    # Control: one compound alone stays a count.
    ("The line will make chips on 40-nanometre processes.", "40-nanometre", "40"),
]


@pytest.mark.parametrize(("sentence", "text", "value"), FOUND)
def test_found(sentence: str, text: str, value: str) -> None:
    found = {t: v for t, _kind, v in _texts(sentence)}
    assert text in found, _texts(sentence)
    assert found[text] == value


# Controls: numbers that must stay out.
NOT_FOUND = [
    # A year after the toll's verb is no toll.
    ("The death toll from the quake, the worst since records began, rose in 2019.", "2019"),
    # A number of others is not the dead's: see test_qa63_extraction, which reads it as the
    # people evacuated.
    # A target with no count before it to say what it counts.
    ("The ministry missed its target of 4,000 again this year.", "4,000"),
]


# sentence, figure text, unit, the measure's first word
COUNTED = [
    # A bare target counts what the count before it in the sentence counts.
    (
        "Only 2,310 new classrooms were built last year against a target of 4,000.",
        "4,000",
        "classroom",
        "classroom",
    ),
    (
        "The club sold 900 season tickets, well short of its goal of 1,500.",
        "1,500",
        "ticket",
        "ticket",
    ),
    # A sentence opening on "Of those," counts a part of the sentence before's one group.
    (
        "Some 2,310 new classrooms were built last year. Of those, 640 were in rural districts.",
        "640",
        "classroom",
        "classroom",
    ),
]


@pytest.mark.parametrize(("sentence", "text", "unit", "head"), COUNTED)
def test_counted(sentence: str, text: str, unit: str, head: str) -> None:
    from factcheck.extract import body_sentences
    from factcheck.extract.figures import extract_figures
    from factcheck.load import article_from_text

    article = article_from_text(sentence, body_only=True)
    figures = {f.text: f for f in extract_figures(article, body_sentences(article))}
    assert text in figures, list(figures)
    assert figures[text].unit == unit
    assert figures[text].measure[0] == head


@pytest.mark.parametrize(("sentence", "text"), NOT_FOUND)
def test_not_found(sentence: str, text: str) -> None:
    assert text not in {t for t, _kind, _v in _texts(sentence)}, _texts(sentence)
