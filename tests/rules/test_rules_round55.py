"""QA round 55: speakers of a promise's partial quote, fragments that corroborate a quote (FC102),
sources owned by a sentence's subject (FC109) and hedges FC110 missed."""

from __future__ import annotations

import pytest

from factcheck.extract import extract
from factcheck.load import article_from_text
from support import rule_messages


def _partial_speakers(text: str) -> list[str | None]:
    article = article_from_text(f"A\n\n{text}\n", article_id="a")
    return [quote.speaker.name for quote in extract(article).quotes if quote.kind == "partial"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A participle of promising after the attribution of the quote before goes on with it.
        (
            "“No town will be left behind,” Interior Minister Carla Mendes said after visiting "
            "the valley, vowing to restore “every road, every bridge and every school” by spring.",
            "Carla Mendes",
        ),
        (
            "“We will not walk away from these workers,” Governor Paul Hendry said on Friday, "
            "promising “a fair deal for every family in the county”.",
            "Paul Hendry",
        ),
        (
            "Mayor Nadia Kowalski toured the flooded district, pledging to rebuild “stronger and "
            "safer than before” within two years.",
            "Nadia Kowalski",
        ),
        # Controls: a participle of saying as before; a participle of no saying names no one.
        (
            "“No town will be left behind,” Interior Minister Carla Mendes said, adding that "
            "the army would restore “every road and every bridge” by spring.",
            "Carla Mendes",
        ),
        (
            "“No town will be left behind,” Interior Minister Carla Mendes said, leaving "
            "“every road and every bridge” to the regional councils.",
            None,
        ),
    ],
)
def test_partial_quote_after_promise_is_the_speakers(text: str, speaker: str | None) -> None:
    assert _partial_speakers(text) == [speaker]


_FULL = (
    "Labour Minister Owen Carter said the offer was fair. “We have tabled a generous offer, the "
    "best in a decade, and I hope the union will accept it,” he said in a statement."
)


@pytest.mark.parametrize(
    ("other", "flagged"),
    [
        # The other article gives a stretch of the quote, word for word, to the same speaker.
        ("Owen Carter described the offer as “the best in a decade” and urged a vote.", False),
        ('Minister Owen Carter called it "the best in a decade" and urged a vote.', False),
        # Controls: the stretch given to another named speaker; a stretch too short to line
        # up; words not in the quote.
        ("Union leader Rita Vance described the offer as “the best in a decade”.", True),
        ("Owen Carter described the offer as “generous” and urged a vote.", True),
        ("Owen Carter described the offer as “the best in a generation” and urged a vote.", True),
    ],
)
def test_fragment_of_the_same_speaker_lines_up(other: str, flagged: bool) -> None:
    assert bool(rule_messages("FC102", _FULL, other)) is flagged


@pytest.mark.parametrize(
    ("sourced", "flat", "flagged"),
    [
        # A plural subject's "estimate that" and "expect": hedges, as "estimates" is.
        (
            "Hospital managers estimate that 2,300 scheduled surgeries and about 9,000 clinic "
            "visits have been delayed by the stoppage.",
            "A total of 2,300 scheduled surgeries have been called off, along with roughly "
            "9,000 clinic visits, as wards moved to emergency cover.",
            True,
        ),
        (
            "Traders at Harwell Metals said they expect copper to stay above $9,500 a tonne "
            "until the end of next year, because new mines take a decade to open.",
            "Copper will stay above $9,500 a tonne until the end of next year, as new mines "
            "take a decade to open.",
            True,
        ),
        # A short claim: the figure's clause shares its few words with the hedged one.
        (
            "The transport ministry estimated storm damage at 840 million pesos and said repairs "
            "would start next month.",
            "The storm damage amounts to 840 million pesos, most of it to coastal roads.",
            True,
        ),
        (
            "Corvane said it expects to price the pill at about $74 a pack in the U.S., below "
            "its rivals' list prices.",
            "The pill will cost $74 a pack in the U.S., undercutting older treatments.",
            True,
        ),
        # Controls: sentences whose figures are not one measure (the sales are paired with
        # the other article's sales, not its profit guidance); a claim whose own clause
        # hedges its figure; "estimate" a noun, not a hedge; a plain "said".
        (
            "Talvik now expects full-year operating profit of 2.1 billion to 2.3 billion euros, "
            "up from a previous range of 1.9 billion to 2.2 billion euros. Quarterly sales were "
            "6.12 billion euros.",
            "Sales rose to 6.12 billion euros, up 5.3% year on year.",
            False,
        ),
        (
            "Storm damage was 840 million pesos, and the ministry estimated repair costs at "
            "300 million pesos.",
            "The storm damage beat the 840 million pesos insurers had estimated.",
            False,
        ),
        (
            "Kestrel reported quarterly revenue of $2.04 billion, ahead of analysts' average "
            "estimate of $1.98 billion, according to LSEG data.",
            "Quarterly revenue rose 9% to $2.04 billion, beating the $1.98 billion analysts had "
            "expected.",
            False,
        ),
        (
            "The transport ministry said storm damage reached 840 million pesos.",
            "The storm damage amounts to 840 million pesos, most of it to coastal roads.",
            False,
        ),
    ],
)
def test_source_dropped_round55(sourced: str, flat: str, flagged: bool) -> None:
    assert bool(rule_messages("FC110", sourced, flat)) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # The subject opening the sentence forecasts: the estimate in its clause is its own.
        ("The central bank forecast inflation of 2.9%, down from an estimated 3.7%.", False),
        ("Economists at the bank estimate that 1,200 jobs are expected to go.", False),
        # Controls: passives and nouns name no one.
        ("Losses are already estimated at €45m across the region.", True),
        ("The forecast is for growth of 2.9%, up from an estimated 1.1% this year.", True),
        ("Northbridge is expected to sell at least £40 million of assets.", True),
    ],
)  # fmt: skip
def test_unsourced_figure_owned_by_subject(text: str, flagged: bool) -> None:
    other = "The region's farmers met the minister on Tuesday."
    assert bool(rule_messages("FC109", text, other)) is flagged
