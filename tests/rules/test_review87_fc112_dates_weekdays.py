"""FC112 after QA round 84: a deadline "until Friday 21 November" (its weekday between the
bound and the date) given to act, or told as a noun ("The deadline … is Nov. 14"); a thing to
happen "by" a date against a later day it happens, told after the same word (an earlier day
keeps to it; two things done are two); days of one month neither article gives a year; an
inquiry "opened", "launched" or "begun investigating" however named; a span of years right
after a figure both tell alike, whose start moved (not a role's term told apart); a hearing
"adjourned to Monday 3 March"; and weekdays of an inquest "expected to be opened", of a study
"published" (one publisher's), and of a judgment whose participle tells what it found (not
backed by another sentence's day for what it ordered)."""

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
    # One target, "by" a date and "in" a later one, after the same word.
    ("The stadium could reopen by August 2027 if repairs go to plan.",
     "The stadium could reopen in October 2027 if repairs go to plan.",
     ("August 2027", "October 2027")),
    ("Most tenants will get the refund by 10 March, the council said.",
     "Most tenants will get the refund on 24 March, the council said.",
     ("10 March", "24 March")),
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
    # An inquiry begun, told as a gerund in one.
    ("The ombudsman began investigating the landlord in March 2024 after a tenant died.",
     "The ombudsman opened an inquiry into the landlord in July 2024 after a tenant died.",
     ("March 2024", "July 2024")),
    # A deadline told as a noun in one.
    ("She has until Thursday 12 June to file her appeal.",
     "The deadline for Okafor to file her appeal is June 5.",
     ("12 June", "June 5")),
    # A hearing adjourned to a weekday's date, and the day it resumes.
    ("The inquiry into the fire was adjourned to Tuesday 8 April, the chairman said.",
     "The inquiry into the fire will resume on April 15, the chairman said.",
     ("8 April", "April 15")),
    # A publisher's report, the same publisher named in both.
    ("Wages are falling, according to a report published on Monday by the Learning Trust.",
     "Wages are falling, according to a report published on Tuesday by the Learning Trust.",
     ("Monday", "Tuesday")),
    # A decision's participle, its act told on the same day in another sentence of the other.
    ("Judge Ruth Bello gave her ruling on Friday, ordering the council to repay tenants within "
     "30 days.",
     "Judge Ruth Bello gave her ruling on Thursday. The council was ordered on Friday to repay "
     "tenants within 30 days at a later hearing.",
     ("Friday", "Thursday")),
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
    # Two reports, each with its publisher.
    ("Rents will keep rising, according to a report published on Wednesday by the Housing "
     "Institute.",
     "Rents will keep rising, according to a report published on Thursday by the Bank of "
     "England."),
    ("Waiting lists grew, according to an NHS report published on Friday.",
     "Waiting lists grew, according to a report published on Monday by the King's Fund."),
    # A span beside a figure that is a role's term, not the figure's act.
    ("Under Tom Reyes, mayor from 2012 to 2020, the city built 4,000 homes.",
     "The city built 4,000 homes between 2016 and 2020 as land prices fell."),
    ("Okoro played 210 games for the club, which he captained from 2003 to 2011.",
     "Okoro played 210 games for the club and was its coach between 2008 and 2011."),
    ("The agency, led by Ana Ruiz from 2010 to 2018, approved 900 drugs.",
     "The agency approved 900 drugs between 2014 and 2018."),
    # A day before the one a thing is to happen by keeps to it.
    ("All pupils will receive the laptops by 20 January, the school said.",
     "The first pupils will receive the laptops on 6 January, the school said."),
    ("The ferry terminal is due to reopen by May 2027 after the works.",
     "The ferry terminal should reopen in March 2027 once the works end."),
    ("The museum is expected to reopen by July 2026.",
     "The museum is expected to reopen in July 2026."),
    # Two things done, "by" one day and "in" a later one.
    ("The board will publish its annual accounts for the trust by May 2026.",
     "The board will publish the findings of an inquiry into the trust in August 2026."),
    # A decision's participle told again in another sentence on its own day.
    ("Judge Ruth Bello gave her ruling on Friday, ordering the council to repay tenants.",
     "Judge Ruth Bello gave her ruling on Friday. The council was ordered on Friday to "
     "repay tenants."),
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
