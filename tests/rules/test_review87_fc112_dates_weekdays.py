"""FC112 after QA round 84: a deadline "until Friday 21 November" (its weekday between the
bound and the date) given to act; a thing to happen "by" a date against the day it happens,
told after the same word; days of one month neither article gives a year; an inquiry
"opened" or "launched" however named; a span of years beside a figure both tell alike, whose
start moved; and weekdays of an inquest "expected to be opened", of a study "published", and
of a judgment whose participle tells what it found."""

from __future__ import annotations

import pytest

from support import assert_dated_apart, rule_messages

DATED_APART = [
    # A deadline to act, the date's weekday printed in one.
    ("The striker has until Monday 3 March to lodge an appeal against the ban.",
     "The striker has until March 10 to appeal against the ban.",
     ("3 March", "March 10")),
    ("Residents have until 14 June to object to the plan.",
     "Residents have until June 28 to object to the plan.",
     ("14 June", "June 28")),
    # One target, "by" a date and "in" another, after the same word.
    ("The stadium could reopen by August 2027 if repairs go to plan.",
     "The stadium could reopen in June 2027 if repairs go to plan.",
     ("August 2027", "June 2027")),
    # Days of one month, neither with its year, one vote of one tally.
    ("The board voted 9-3 in favour of the merger on Feb. 4.",
     "Directors voted 9 to 3 in favour of the merger on 11 February.",
     ("Feb. 4", "11 February")),
    # An inquiry opened or launched, however named.
    ("The watchdog opened its investigation in May 2024.",
     "The watchdog launched its inquiry in August 2024.",
     ("May 2024", "August 2024")),
    # A span of years beside a figure both tell alike: its start moved.
    ("The bank overcharged 12,000 customers between 2015 and 2020, the court found.",
     "The court found the bank overcharged 12,000 customers from 2013 to 2020.",
     ("2015", "2013")),
    # Weekdays of one happening.
    ("An inquest into the death is expected to open on Tuesday at the coroner's court.",
     "An inquest is expected to be opened on Monday.",
     ("Tuesday", "Monday")),
    ("Rents are rising fastest in small towns, according to a report published on Thursday.",
     "Small towns have seen the fastest rent rises, according to a report published on "
     "Friday.",
     ("Thursday", "Friday")),
    ("Judge Amira Sayed on Monday found the council had breached its duty to 40 tenants.",
     "Judge Amira Sayed handed down her ruling on Tuesday, finding the council had breached "
     "its duty to 40 tenants.",
     ("Monday", "Tuesday")),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "dates"), DATED_APART)
def test_one_happening_dated_apart_is_flagged(a: str, b: str, dates: tuple[str, str]) -> None:
    assert_dated_apart(a, b, dates)


NOT_APART = [
    # Two holders of two deadlines.
    ("Martins has until 3 March to lodge an appeal.",
     "The club has until 10 March to appeal the fine."),
    # A deadline to act and the day of another act.
    ("Tenants have until 3 March to leave the building.",
     "Tenants were told on 10 March that the building would be demolished."),
    ("The club has until 21 November to pay the fine.",
     "The club was fined on 14 November."),
    # A deadline and the day it was set.
    ("The council has until 30 June to publish the plan.",
     "The council was given the deadline on 2 June."),
    # A thing to be done by a day, and the day it was asked for.
    ("The regulator expects lenders to comply by March 2025.",
     "The regulator told lenders in March 2024 to comply."),
    # A target, and the day it was met.
    ("The review should be completed by June 2025.",
     "The review was completed in June 2024."),
    # A "by" date and another thing's day.
    ("The bridge should reopen by October 2026.",
     "The bridge closed in September 2025."),
    # Days of one month, no year, two votes of one tally on two things.
    ("The committee voted 6-3 to back the bypass on April 2.",
     "The planning board voted 5-4 to reject the housing scheme on April 16."),
    # Two starts, each with its object.
    ("The watchdog opened its investigation in May 2024.",
     "The watchdog launched its consultation in August 2024."),
    ("The firm launched its investment fund in May 2024.",
     "The watchdog opened its investigation in August 2024."),
    ("Police launched an investigation in May 2024.",
     "Police opened a second investigation in August 2024."),
    # Spans of years beside figures: a change's period, two figures, both ends moved.
    ("Emissions fell 12% between 2015 and 2021, the agency said.",
     "Emissions fell 12% between 2015 and 2020, the agency said."),
    ("The fund paid out $5 million between 2016 and 2021.",
     "The fund paid out $7 million between 2014 and 2021."),
    ("About 300 people died between 2016 and 2021.",
     "About 420 people died between 2014 and 2021."),
    ("The company hired 300 workers between 2016 and 2021.",
     "The company hired 300 workers from 2014 to 2022 at its other plant."),
    # Weekdays: two acts, a source's day, a statement's release, a decision's saying.
    ("An inquest into the deaths opened on Friday.",
     "An inquest into the deaths is expected to resume on Thursday."),
    ("The trial is expected to open on Friday.",
     "The inquest is expected to be opened on Thursday."),
    ("Prices fell, according to officials on Wednesday.",
     "Prices fell, according to officials on Tuesday."),
    ("The minister resigned, according to a statement issued on Wednesday.",
     "The minister resigned, according to a statement issued on Tuesday."),
    ("Judge Amira Sayed handed down her ruling on Tuesday, saying the council had failed.",
     "Judge Amira Sayed said on Monday that the council had failed."),
    ("The court heard evidence on Wednesday, finding nothing new.",
     "The court adjourned the hearing on Thursday, finding no new evidence."),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), NOT_APART)
def test_other_happenings_are_not_flagged(a: str, b: str) -> None:
    assert rule_messages("FC112", a, b) == []


def test_weekdays_of_articles_dated_a_day_apart_are_not_weighed() -> None:
    """Each outlet may tell its own day of a running story: the weekdays of two articles
    dated a day apart are not compared, however alike their clauses."""
    from factcheck.load import article_from_text
    from factcheck.models import ArticleMeta
    from factcheck.pipeline import compare
    from factcheck.rules.loader import builtin_rules_dir, load_rules

    texts = {
        "a": ("An inquest into the death is expected to open on Tuesday.", "2025-11-17"),
        "b": ("An inquest into the death is expected to open on Wednesday.", "2025-11-18"),
    }
    articles = [
        article_from_text(f"{key.upper()}\n\n{text}\n", article_id=key).model_copy(
            update={"meta": ArticleMeta(date=date)}
        )
        for key, (text, date) in texts.items()
    ]
    report = compare(articles, load_rules([builtin_rules_dir()]))
    assert [f for f in report.findings if f.rule == "FC112"] == []
