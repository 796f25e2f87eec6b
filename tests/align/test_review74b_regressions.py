"""Review of the round-73 alignment heuristics: figures of two facts the new heuristics paired.
A span after "for the first time in" is the time since something happened, whatever; a round
end shared, or an end's digits swapped, makes no one range of things each article names apart;
digits swapped in tied sentences are no slip when the measures differ and few digits are
printed; a bound told by an exact span leaves that span one of its unit's; a contract's penalty
is no court's fine; "daily newspaper revenue" is the revenue of daily newspapers, not a day's."""

from __future__ import annotations

import pytest

from support import aligned_texts, rule_messages


@pytest.mark.parametrize(
    ("text_a", "text_b", "not_paired"),
    [
        # Led in alike by a stock phrase: the time since two different things last happened.
        (
            "The Federal Reserve cut its benchmark rate on Wednesday for the first time in four "
            "years.",
            "The decision came as unemployment rose above 4.3% for the first time in three years.",
            ("four years", "three years"),
        ),
        (
            "The party won the seat for the first time in 40 years, taking 52.1% of the vote.",
            "Turnout in the district rose for the first time in 20 years, officials said.",
            ("40 years", "20 years"),
        ),
        # A shared end of an estimate and of a guarantee, the one naming nothing of the other.
        (
            "The Picasso portrait is expected to fetch $25 million to $35 million at Christie's "
            "in New York.",
            "The auction house paid the estate's heirs a guarantee thought to be $25 million to "
            "$30 million, according to people familiar with the matter.",
            ("$25 million to $35 million", "$25 million to $30 million"),
        ),
        (
            "The settlement will pay each affected driver between $1,250 and $3,000, lawyers said.",
            "Drivers who bought the recalled models may get $1,250 to $2,500 in repair credits.",
            ("between $1,250 and $3,000", "$1,250 to $2,500"),
        ),
        # An end's digits swapped by chance: jobs created are not protesters, a cost is not a
        # value, two age groups are two.
        (
            "The new plant will create between 200 and 350 jobs, the company said.",
            "Between 200 and 530 people protested outside the plant site on Saturday.",
            ("between 200 and 350 jobs", "Between 200 and 530 people"),
        ),
        (
            "Velmar expects the plant to cost $1 billion to $1.2 billion.",
            "Analysts value the unit Velmar is selling at $1 billion to $2.1 billion.",
            ("$1 billion to $1.2 billion", "$1 billion to $2.1 billion"),
        ),
        (
            "The vaccine is offered to adults aged 18 to 65 at pharmacies across the state.",
            "About 56,000 people aged 18 to 56 have signed up for the trial across the state.",
            ("aged 18 to 65", "aged 18 to 56"),
        ),
        # Digits swapped in sentences one revenue ties, of a margin and a share price.
        (
            "Velmar's revenue rose 12% to $4.5 billion, while its operating margin widened to "
            "15.3%.",
            "Velmar's revenue rose 12% to $4.5 billion, and its shares jumped 13.5% in New York.",
            ("15.3%", "13.5%"),
        ),
        (
            "The club agreed a £45 million fee for the striker, who will earn £250,000 a week, "
            "plus £54,000 in bonuses.",
            "The club agreed a £45 million fee for the striker and a £45,000 signing-on payment.",
            ("£54,000", "£45,000"),
        ),
        # "more than a year" told by "55 weeks" leaves the 55 weeks one of b's spans of weeks:
        # "six weeks" of repairs is not b's only one, to pair with a's deadline.
        (
            "The mine has been closed for more than a year, and the owner has 10 weeks to submit "
            "a safety plan.",
            "The mine, shut for 55 weeks, will need six weeks of safety repairs before it reopens.",
            ("10 weeks", "six weeks"),
        ),
        (
            "The two sides have been negotiating for more than three years, and the current deal "
            "expires in 18 months.",
            "After 38 months of talks, the two sides agreed a deal that runs for 24 months.",
            ("18 months", "24 months"),
        ),
        # A penalty a contract sets for late completion is no court's fine.
        (
            "The court fined the builder £1.2 million over the fire safety failings.",
            "Under its contract the builder faces a £2.5 million penalty for late completion of "
            "the tower.",
            ("£1.2 million", "£2.5 million"),
        ),
    ],
)
def test_not_paired(text_a: str, text_b: str, not_paired: tuple[str, str]) -> None:
    assert not_paired not in aligned_texts(text_a, text_b)
    assert rule_messages("FC105", text_a, text_b) == []


def test_hedged_estimate_kept_single_source() -> None:
    """The portrait's estimate, no longer paired with the guarantee, is still a hedged figure
    only one article gives."""
    messages = rule_messages(
        "FC109",
        "The Picasso portrait is expected to fetch $25 million to $35 million at Christie's in "
        "New York.",
        "The auction house paid the estate's heirs a guarantee thought to be $25 million to $30 "
        "million, according to people familiar with the matter.",
    )
    assert any("$25 million to $35 million" in message for message in messages), messages


def test_daily_newspaper_revenue_is_a_years() -> None:
    text_a = (
        "The group, which owns three daily newspapers, said daily newspaper revenue was £210 "
        "million last year."
    )
    text_b = "The group said newspaper revenue was £210 million last year."
    assert ("£210 million", "£210 million") in aligned_texts(text_a, text_b)


@pytest.mark.parametrize(
    ("sentence", "printed", "unit"),
    [
        (
            "The group, which owns three daily newspapers, said daily newspaper revenue was £210 "
            "million last year.",
            "£210 million",
            "GBP",
        ),
        # The adjective right before the noun still tells the rate.
        ("Its daily losses were about £2 million, the union said.", "about £2 million", "GBP/day"),
    ],
)
def test_rate_adjective_right_before_its_noun(sentence: str, printed: str, unit: str) -> None:
    from factcheck.extract import extract
    from factcheck.load import article_from_text

    figures = extract(article_from_text(f"A\n\n{sentence}\n", article_id="a")).figures
    assert [f.unit for f in figures if f.text == printed] == [unit]
