"""Review 86 of FC112's weekdays and arrests: two weekdays are one happening's only when their
clauses tell it done by or to one thing, both past or both to come, with no figure apart and
no state going on, between articles of one day; not a source's day ("officials on Tuesday
said"), a name's ("Black Friday", "The Sunday Times") or a time zone's. Two arrests are one
only when each "He" is the person the article named before it."""

from __future__ import annotations

import pytest

from support import assert_dated_apart, rule_messages


def _messages(a: str, b: str, date_a: str | None, date_b: str | None) -> list[str]:
    """FC112's messages on two one-paragraph articles, each dated as given (or undated)."""
    from factcheck.load import article_from_text
    from factcheck.models import ArticleMeta
    from factcheck.pipeline import compare
    from factcheck.rules.loader import builtin_rules_dir, load_rules

    articles = []
    for name, text, date in (("a", a, date_a), ("b", b, date_b)):
        article = article_from_text(f"{name.upper()}\n\n{text}\n", article_id=name)
        if date is not None:
            article = article.model_copy(update={"meta": ArticleMeta(date=date)})
        articles.append(article)
    report = compare(articles, load_rules([builtin_rules_dir()]))
    return [finding.message for finding in report.findings if finding.rule == "FC112"]


STILL_APART = [
    # One thing done on two days, told active and passive.
    ("Health inspectors ordered the spa shut Friday afternoon after tests.",
     "The spa was ordered shut Thursday.",
     ("Friday", "Thursday")),
    # A weekday opening the sentence is a weekday, not a name.
    ("On Friday, the ferry service to the island was suspended.",
     "The ferry service to the island was suspended on Wednesday.",
     ("Friday", "Wednesday")),
    # "He", the person each article named before it.
    ("Ivan Petrov was jailed on Monday. He was arrested at the port on 3 April 2022 as he "
     "tried to leave.",
     "Ivan Petrov admitted the fraud. He was arrested on 3 June 2022 and held overnight.",
     ("3 April 2022", "3 June 2022")),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "days"), STILL_APART)
def test_one_happening_is_still_flagged(a: str, b: str, days: tuple[str, str]) -> None:
    assert_dated_apart(a, b, days)


NOT_APART = [
    # Two things, or two places, each on its day: the words before the verbs differ.
    ("The hotel's boiler was shut Friday after a leak.",
     "The hotel's gym was shut Thursday for repairs."),
    ("Residents of Oakdale were ordered to leave their homes on Thursday.",
     "Residents of Pinecrest were ordered to leave their homes on Friday."),
    # A hearing held, and one to come.
    ("Marsh appeared at the county court on Monday.",
     "Marsh will appear at the high court on Thursday."),
    # The day a source spoke, told before its verb.
    ("Transport officials on Tuesday said the tunnel had been closed for safety checks.",
     "Transport officials on Wednesday said the tunnel had been closed for safety checks."),
    # A name's weekday, at a sentence's start too.
    ("Electronics sales jumped on Thursday as discounts began.",
     "Black Friday electronics sales jumped as discounts began."),
    ("The minister resigned on Saturday over his expenses.",
     "The Sunday Times reported that the minister resigned over his expenses."),
    # A weekday in a time zone: one moment, two days.
    ("The rocket lifted off from the island on Friday morning local time.",
     "The rocket lifted off from the island Thursday evening Eastern time."),
    ("The quake struck off the coast on Sunday (2300 GMT Saturday).",
     "The quake struck off the coast on Saturday."),
    # Two rounds, their figures apart.
    ("Moreno shot a 68 on Friday.",
     "Moreno shot a 71 on Saturday."),
    # A state that goes on from the day before.
    ("All libraries in the city will be closed on Monday.",
     "All libraries in the city will remain closed on Tuesday."),
    # Two men, each "He": the one his article names before.
    ("Dan Levy was jailed for fraud. He was arrested on 14 March 2023 at the airport.",
     "His deputy, Marcus Tan, faces trial. He was arrested on 14 June 2023 at his home."),
    # "He" whom neither article named: two arrests may be two countries'.
    ("Spanish police detained a British businessman. He was arrested in Malaga on 2 February "
     "2024 on a warrant.",
     "A British businessman appeared in court. He was arrested on 2 May 2024 by federal "
     "agents at the airport."),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), NOT_APART)
def test_two_happenings_are_not_flagged(a: str, b: str) -> None:
    assert rule_messages("FC112", a, b) == []


RUNNING = [
    # Successive days of a running story, in articles a day apart.
    ("Airline shares fell 4% on Monday after the grounding.",
     "Airline shares fell 4% on Tuesday after the grounding."),
    ("The museum was closed on Monday after the flood.",
     "The museum was closed on Tuesday after the flood."),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), RUNNING)
def test_weekdays_of_articles_a_day_apart_are_not_flagged(a: str, b: str) -> None:
    assert _messages(a, b, "2025-03-10", "2025-03-11") == []


@pytest.mark.parametrize(("a", "b"), RUNNING)
def test_weekdays_of_articles_of_one_day_are_weighed(a: str, b: str) -> None:
    assert len(_messages(a, b, "2025-03-11", "2025-03-11")) == 1
    assert len(_messages(a, b, None, "2025-03-11")) == 1
