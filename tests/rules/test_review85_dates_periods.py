"""Review 85 of dates and periods: FC112 weighs one person's arrest told in few words alike
("arrested at the border on 14 March 2023", "arrested on May 14, 2023, and released on bail")
and a weekday of one happening ("ordered shut Friday afternoon", "ordered shut Thursday")
between articles dated the same day; a span in years and months ("seven years and six
months", "two years, three months", "a year and nine months") is one figure, so two terms pair
and conflict (FC105), and one "ago" is a date, no figure at all."""

from __future__ import annotations

import pytest

from support import assert_dated_apart, assert_pairs, rule_messages

ARREST_APART = [
    # "He" and "She", each the person the article named before (see review 86).
    ("Tomas Kerr was jailed on Friday. He was arrested at the border on 14 March 2023 as he "
     "tried to leave the country.",
     "Tomas Kerr moved the money abroad. He was arrested on May 14, 2023, and released on "
     "bail after handing in his passport.",
     ("14 March 2023", "May 14, 2023")),
    ("Grace Obi pleaded guilty. She was arrested at Heathrow on 9 June 2021 while boarding a "
     "flight to Lagos.",
     "Grace Obi denied the charges. She was arrested on June 19, 2021, and later charged with "
     "fraud.",
     ("9 June 2021", "June 19, 2021")),
    ("Dlamini was arrested in Durban on 4 August 2019 after a tip-off from a neighbour.",
     "Dlamini was arrested on 4 October 2019 and held in custody overnight.",
     ("4 August 2019", "4 October 2019")),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "dates"), ARREST_APART)
def test_one_arrest_dated_apart_is_flagged(a: str, b: str, dates: tuple[str, str]) -> None:
    assert_dated_apart(a, b, dates)


ARRESTS_NOT_APART = [
    # Two happenings of one story, days apart in one month.
    ("He was arrested on 3 May 2023 at his home in Perth.",
     "He was charged on 10 May 2023 and remanded in custody."),
    ("He was arrested on 2 April 2022 at the port.",
     "He was sentenced on 20 April 2022 to four years."),
    # Two people.
    ("He was arrested on 3 May 2023 at his home.",
     "She was arrested on 13 May 2023 at the airport."),
    # One of a series: a second suspect, an arrest again.
    ("A second man was arrested on 4 June 2022 in Leeds.",
     "He was arrested on 14 June 2022 and questioned."),
    ("He was arrested again on 4 June 2022 after breaching his bail.",
     "He was arrested on 4 July 2022 at the border."),
    # Two arrests of one man told in one article: which the other's is, it does not say.
    ("He was arrested on 3 May 2023 in Perth. Months later, he was arrested on 3 June 2023 in "
     "Darwin.",
     "He was arrested on 3 July 2023."),
    # Dates apart in more than one part: no one date misprinted.
    ("He was arrested on 3 May 2023 at his home.",
     "He was arrested on 14 March 2021 at the airport."),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), ARRESTS_NOT_APART)
def test_arrests_not_one_are_not_flagged(a: str, b: str) -> None:
    assert rule_messages("FC112", a, b) == []


WEEKDAYS_APART = [
    ("County inspectors ordered the cooling tower shut Friday afternoon after tests found "
     "bacteria in its water.",
     "The cooling tower was ordered shut Thursday after county tests.",
     ("Friday", "Thursday")),
    ("The bridge reopened to traffic on Monday morning, the transport department said.",
     "The bridge reopened to traffic Tuesday.",
     ("Monday", "Tuesday")),
    ("Firefighters brought the warehouse blaze under control on Sunday.",
     "Firefighters brought the blaze at the warehouse under control Saturday evening.",
     ("Sunday", "Saturday")),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "days"), WEEKDAYS_APART)
def test_one_happening_on_two_weekdays_is_flagged(a: str, b: str, days: tuple[str, str]) -> None:
    assert_dated_apart(a, b, days)


WEEKDAYS_NOT_APART = [
    # Another happening on the other day.
    ("Police arrested the driver on Friday.",
     "The driver was charged by police on Thursday."),
    ("The council approved the flood walls on Thursday.",
     "Residents were celebrating on Friday after the council approved the flood walls."),
    ("The hospital closed its emergency ward on Monday.",
     "The hospital's emergency ward was inspected on Tuesday."),
    # The day a source said it.
    ("Officials said Tuesday that the cooling tower had been shut.",
     "Officials said Wednesday that the cooling tower had been shut."),
    # One night, told as either day's.
    ("The fire at the warehouse broke out late Thursday.",
     "The warehouse fire broke out early Friday."),
    ("The storm hit the coast Saturday night.",
     "The storm hit the coast early Sunday."),
    # A feast, and any week's day.
    ("The shops on the high street closed on Good Friday.",
     "The shops on the high street closed on Thursday."),
    ("The market on the square opens every Friday.",
     "The market on the square opens on Thursday."),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), WEEKDAYS_NOT_APART)
def test_weekdays_of_two_happenings_are_not_flagged(a: str, b: str) -> None:
    assert rule_messages("FC112", a, b) == []


def _dated_messages(a: str, b: str, date_a: str, date_b: str) -> list[str]:
    """FC112's messages on two one-paragraph articles dated apart."""
    from factcheck.load import article_from_text
    from factcheck.models import ArticleMeta
    from factcheck.pipeline import compare
    from factcheck.rules.loader import builtin_rules_dir, load_rules

    articles = [
        article_from_text(f"{name.upper()}\n\n{text}\n", article_id=name).model_copy(
            update={"meta": ArticleMeta(date=date)}
        )
        for name, text, date in (("a", a, date_a), ("b", b, date_b))
    ]
    report = compare(articles, load_rules([builtin_rules_dir()]))
    return [finding.message for finding in report.findings if finding.rule == "FC112"]


SHUT = (
    "County inspectors ordered the cooling tower shut Friday afternoon.",
    "The cooling tower was ordered shut Thursday.",
)


@pytest.mark.parametrize(
    ("date_a", "date_b", "flagged"),
    [
        # Dated the same day, both articles' Thursdays and Fridays are one week's.
        ("2025-08-12", "2025-08-12", True),
        ("Aug. 12", "2025-08-12", True),
        # A day or more apart, each may tell its own day of a running story, or another
        # week's (see review 86).
        ("2025-08-11", "2025-08-12", False),
        ("Dec. 31", "Jan. 1", False),
        ("2025-08-02", "2025-08-12", False),
        ("Aug. 1", "Aug. 20", False),
        ("Dec. 20", "Jan. 3", False),
    ],
)
def test_weekdays_are_weighed_between_articles_of_one_day(
    date_a: str, date_b: str, flagged: bool
) -> None:
    assert bool(_dated_messages(*SHUT, date_a, date_b)) is flagged


TERMS = [
    # A term in years and months, each article's one figure, paired and conflicting.
    ("Ngata must serve at least five years and three months before he is eligible for parole, "
     "the court heard.",
     "Ngata will be eligible for parole after serving four years and nine months, the judge "
     "ruled.",
     "at least five years and three months", "four years and nine months"),
    ("Ngata was jailed for two years, three months for the assault.",
     "Ngata was jailed for two years and nine months for the assault.",
     "two years, three months", "two years and nine months"),
    ("Okoro was sentenced to a year and nine months in prison.",
     "Okoro was sentenced to a year and three months in prison.",
     "a year and nine months", "a year and three months"),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "term_a", "term_b"), TERMS)
def test_terms_in_years_and_months_conflict(a: str, b: str, term_a: str, term_b: str) -> None:
    assert_pairs(a, b, [(term_a, term_b)], [])
    messages = rule_messages("FC105", a, b)
    assert len(messages) == 1
    assert f"is {term_a} in a but {term_b} in b" in messages[0]


TERMS_NOT_APART = [
    # One term in months and in years and months.
    ("Okoro was sentenced to two years and three months in prison.",
     "Okoro was sentenced to 27 months in prison.",
     [("two years and three months", "27 months")], []),
    # A date told by its distance is no figure: its months are no severance pay's.
    ("The mine closed two years and six months ago, and workers received six months of "
     "severance pay.",
     "Workers at the mine received six months of severance pay.",
     [("six months", "six months")], [("two years and six months", "six months")]),
    ("The plant shut a year and nine months ago, and its 300 staff were given nine months' notice.",
     "The plant's 300 staff were given nine months' notice.",
     [], [("a year and nine months", "nine months'")]),
    # A term and a time after it: the term, not its "after", is the figure.
    ("Briggs was sentenced to three years and four months after pleading guilty.",
     "Briggs was sentenced to three years and four months in jail.",
     [("three years and four months", "three years and four months")], []),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "paired", "not_paired"), TERMS_NOT_APART)
def test_terms_that_agree_or_are_no_term_do_not_conflict(
    a: str, b: str, paired: list[tuple[str, str]], not_paired: list[tuple[str, str]]
) -> None:
    assert_pairs(a, b, paired, not_paired)
    assert rule_messages("FC105", a, b) == []
