"""Review of the round 85 figure pairs, narrowed. A time's event verb stops at an "and" only
where a verb of a new happening follows it ("and the count began shortly after 11pm"); a time
whose verb is left unsaid ("opened at 7 a.m. in the north and at 6 a.m. in the south") is of the
same event. A count after a sum of years before is of then only when nothing in between sets
it now ("spent £4m on a burns ward that has 14 beds" is the ward's count today)."""

import pytest

from support import aligned_texts, rule_messages

_COUNT_B = "Voting ended at 9pm and the count began shortly after 11pm."

# (a, b, pairs expected, pairs not expected, FC105 messages' count)
_CLOCK_CASES = [
    # The second opening's verb left unsaid: no closing time of the other set against it.
    (
        "Polling stations opened at 7 a.m. in the north and at 6 a.m. in the south.",
        "Polling stations closed at 5 p.m. in the north and at 4 p.m. in the south.",
        [],
        [("6 a.m.", "4 p.m."), ("7 a.m.", "5 p.m.")],
        0,
    ),
    (
        "The museum opens at 9am on weekdays and at 10am on Sundays.",
        "The museum closes at 5pm on weekdays and at 4pm on Sundays.",
        [],
        [("10am", "4pm"), ("9am", "5pm")],
        0,
    ),
    (
        "The ferry departed at 6.15am from the north pier and then at 7.15am from the south pier.",
        "The ferry arrived at 8am at the north pier and then at 9am at the south pier.",
        [],
        [("7.15am", "9am"), ("6.15am", "8am")],
        0,
    ),
    # A new happening after the "and": the count's hour is the count's, the close the close's.
    (
        "Voting ended at 8pm, officials said.",
        _COUNT_B,
        [("8pm", "9pm")],
        [("8pm", "shortly after 11pm")],
        1,
    ),
    (
        "The count began shortly after 10pm, officials said.",
        _COUNT_B,
        [("shortly after 10pm", "shortly after 11pm")],
        [("shortly after 10pm", "9pm")],
        1,
    ),
]


@pytest.mark.parametrize(("a", "b", "paired", "apart", "flagged"), _CLOCK_CASES)
def test_clock_event_stops_only_at_a_new_verb(
    a: str,
    b: str,
    paired: list[tuple[str, str]],
    apart: list[tuple[str, str]],
    flagged: int,
) -> None:
    pairs = aligned_texts(a, b)
    for pair in paired:
        assert pair in pairs
    for pair in apart:
        assert pair not in pairs
    assert len(rule_messages("FC105", a, b)) == flagged


# (sentence, the count as printed, whether the count is of the year before)
_COUNT_CASES = [
    # Something present-tense between the sum and the count: the count is of now.
    ("In 2019 the trust spent £4m on a burns ward that has 14 beds.", "14 beds", False),
    ("In 2019 the trust spent £4m on a burns ward which houses 14 beds.", "14 beds", False),
    ("In 2019 the trust spent £4m on a burns ward that is home to 14 beds.", "14 beds", False),
    (
        "In 2018 the club paid £2m for a training ground that still hosts 30 players.",
        "30 players",
        False,
    ),
    ("In 2021 the city spent $5m on a shelter which now holds 60 beds.", "60 beds", False),
    # Nothing, or a relative clause told in the past: the count is of then.
    ("In 2019 the trust spent £4m on a burns ward that had 14 beds.", "14 beds", True),
    ("In 2019 the trust spent £4m on a burns ward with 14 beds.", "14 beds", True),
    (
        "A relief fund set up in 2020 shared £6m among 31 theatres and arts centres.",
        "31 theatres",
        True,
    ),
    ("In 2017 the charity gave £3m to 25 hospices that were short of nurses.", "25 hospices", True),
]


@pytest.mark.parametrize(("sentence", "printed", "then"), _COUNT_CASES)
def test_count_after_a_sum_of_then(sentence: str, printed: str, then: bool) -> None:
    from factcheck.align.figures import _PAST, _tenses
    from factcheck.extract import extract
    from factcheck.load import article_from_text

    article = article_from_text(f"A\n\n{sentence}\n", article_id="a")
    extraction = extract(article)
    tenses = _tenses(extraction, article.text, 2025)
    (index,) = [i for i, figure in enumerate(extraction.figures) if figure.text == printed]
    assert tenses[0] == _PAST
    assert (tenses[index] == _PAST) is then
