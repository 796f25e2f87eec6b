"""QA round 69: a short claim tied by its figure to another article's hedged one is weighed
(FC110); "appeared to" hedges what it tells (FC110); and another article's headline makes the
record claims it tells (FC113)."""

from __future__ import annotations

import pytest

from support import rule_messages

_COUNCIL = (
    "The council said it expected prices to rise by 10% to 15% next year as merchants compete "
    "for a smaller harvest."
)


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        # Too few words to weigh by them alone, but the same figure ties it to the forecast.
        ("Prices will rise by 10% to 15% next year.", True),
        ("Prices will rise by 10% to 15% next year. Even before the cold snap, a bottle was "
         "selling for about €15.40.", True),
        # Sourced: the council's word.
        ("Prices will rise by 10% to 15% next year, the council said.", False),
        # Another figure, another claim.
        ("Prices rose 4% last year.", False),
    ],
)  # fmt: skip
def test_a_short_claim_tied_by_its_figure(sentence: str, flagged: bool) -> None:
    assert bool(rule_messages("FC110", _COUNCIL, sentence)) is flagged


_COASTGUARD = (
    "The coastguard said the fire appeared to have started in a refrigerated lorry parked on "
    "the lower vehicle deck."
)


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        # What the coastguard thought likely, told as the cause.
        ("The fire started in a refrigerated lorry on the vehicle deck and spread quickly "
         "through the lower decks.", True),
        # Told with its source.
        ("The fire started in a refrigerated lorry on the vehicle deck, the coastguard said.",
         False),
    ],
)  # fmt: skip
def test_appeared_to_hedges(sentence: str, flagged: bool) -> None:
    assert bool(rule_messages("FC110", _COASTGUARD, sentence)) is flagged


def _superlatives(title_a: str, body_a: str, title_b: str, body_b: str) -> list[str]:
    from factcheck.load import article_from_text
    from factcheck.pipeline import compare
    from factcheck.rules.loader import builtin_rules_dir, load_rules

    articles = [
        article_from_text(f"{title_a}\n\n{body_a}\n", article_id="a"),
        article_from_text(f"{title_b}\n\n{body_b}\n", article_id="b"),
    ]
    report = compare(articles, load_rules([builtin_rules_dir()]))
    return [finding.message for finding in report.findings if finding.rule == "FC113"]


_LOAD_FACTOR = (
    "Its load factor, the share of available seats that were sold, rose to 88.3 percent, the "
    "highest in the company's 31-year history."
)
_OTHER_BODY = "Nordvik Air raised the bottom of its profit forecast on Wednesday."


@pytest.mark.parametrize(
    ("title", "flagged"),
    [
        # The other article's headline makes the record claim, without its article.
        ("Nordvik Air tightens outlook after record load factor; fuel spending climbs", False),
        ("Nordvik Air posts a record load factor", False),
        # A headline of another record, or of none, makes no such claim.
        ("Nordvik Air tightens outlook after record fuel bill", True),
        ("Nordvik Air tightens outlook as fuel spending climbs", True),
    ],
)
def test_a_headline_makes_the_record_claim(title: str, flagged: bool) -> None:
    found = _superlatives("Nordvik Air results", _LOAD_FACTOR, title, _OTHER_BODY)
    assert bool(found) is flagged
