"""Review of the round 84 figure pairs. One fact worded apart pairs and is flagged: a premium
keyed by its noun, a break fee by the name of a termination fee, a sum paid to each household
"in compensation" as a "minimum payment", a turnout told as the share of members who cast
ballots. Figures of two things each sentence names by another year ("A 2020 survey …", "A
2019 survey …") stay apart; a count naming a thing by its size ("the 2,100-seat venue") may
round to the hundred; one disagreement told twice (a tally's two sides, a number each article
repeats) is one finding; and insurance premiums make no count a gap from a price.

Then the probing review of those: a share of voters who voted one way ("cast their ballots by
post", "voted online") is no turnout; two fees owed by two parties, or due on two events (a
regulator's block, walking away), are two fees. Two surveys named alike but for their years
stay two ("The 2019 census…", "The 2022 census…"): a year told apart is as often another
survey as a misprint."""

import pytest

from support import aligned_texts, rule_messages

_PREMIUM_A = (
    "Halvorsen Mining agreed to buy Tarrow Resources for A$5.10 a share, a premium of 24% to "
    "Tarrow's closing price on Monday."
)
_FEE_A = "Tarrow would pay Halvorsen a break fee of $45 million if it accepted a rival bid."
_PAYMENT_A = "Every affected tenant will receive a minimum payment of £800, the council said."
_TURNOUT_A = "The union said turnout was 71 per cent."
_SURVEY_A = "A 2018 survey of Lake Ellery recorded an average of 420 fish per hectare."
_SEATS_A = "The 2,134-seat theatre reopened on Friday after a two-year restoration."
_BY_ELECTION_A = (
    "Turnout in the by-election was 41 per cent, down from 57 per cent at the general election."
)
_TAMAR_A = (
    "A 2021 survey of the Tamar by the university's marine team recorded an average of 310 "
    "particles per litre."
)

# (a, b, the FC105 messages' count, a word each message holds)
_FLAGGED = [
    (
        _PREMIUM_A,
        "The cash offer of $5.10 per share is a premium of 29 per cent over the stock's last "
        "close.",
        1,
        "29 per cent",
    ),
    (
        _FEE_A,
        "Tarrow must pay a termination fee of $54 million if it walks away for a rival offer.",
        1,
        "$54 million",
    ),
    (_PAYMENT_A, "Each tenant affected will get at least £1,000 in compensation.", 1, "£1,000"),
    (
        _TURNOUT_A,
        "About 64% of the union's 9,000 members cast ballots, the union said.",
        1,
        "About 64%",
    ),
    (
        "A 2018 survey of the lake recorded an average of 420 fish per hectare.",
        "The 2018 survey of the lake recorded an average of 460 fish per hectare.",
        1,
        "460 fish",
    ),
    (
        "A 2018 survey of the lake recorded an average of 420 fish per hectare.",
        "A survey of the lake recorded an average of 460 fish per hectare.",
        1,
        "460 fish",
    ),
    # One share of voters who voted one way, by either wording.
    (
        "About 18% of voters cast their ballots by post, officials said.",
        "Some 24% of voters cast postal ballots, officials said.",
        1,
        "Some 24%",
    ),
    # One fee, its payee named as the one paid and as the one to receive it.
    (
        "Pellow would receive a break fee of $30 million if Corvane walked away.",
        "Corvane must pay Pellow a termination fee of $36 million if it walks away.",
        1,
        "$36 million",
    ),
    # One fee, its payer and payee named in each, one by a pronoun.
    (
        "Under the deal, Corvane would owe Pellow a break fee of $30 million if it walked away "
        "for a better offer.",
        "If Corvane walks away to accept a rival bid, it must pay Pellow a termination fee of $36 "
        "million.",
        1,
        "$36 million",
    ),
    (
        _TURNOUT_A,
        "About 64% of the union's members cast their ballots, the union said on Friday.",
        1,
        "About 64%",
    ),
    (
        "The fire forced 2,134 people from their homes on Friday.",
        "The fire forced 2,100 people from their homes on Friday.",
        1,
        "2,100 people",
    ),
    (
        _SEATS_A,
        "The 2,200-seat theatre reopened on Friday after a two-year restoration.",
        1,
        "2,200",
    ),
    (
        "The board voted 7-2 on Tuesday to close the school.",
        "The board voted 6-3 on Tuesday to close the school.",
        1,
        "is 7-2 in a but 6-3 in b",
    ),
    (
        "The board voted 7-2 on Tuesday to close the school.",
        "The board voted 7-1 on Tuesday to close the school.",
        1,
        "is 2 in a but 1 in b",
    ),
    (
        "Twelve people were taken to hospital after the crash. Police said all 12 people taken "
        "to hospital had minor injuries.",
        "Nine people were taken to hospital. Of the nine people taken to hospital, two are in a "
        "serious condition.",
        1,
        "hospital",
    ),
    (
        "Twelve people were taken to hospital after the crash, and police arrested 12 drivers.",
        "Nine people were taken to hospital after the crash, and police arrested nine drivers.",
        2,
        "drivers",
    ),
]


@pytest.mark.parametrize(("text_a", "text_b", "count", "word"), _FLAGGED)
def test_one_fact_worded_apart_is_flagged(text_a: str, text_b: str, count: int, word: str) -> None:
    messages = rule_messages("FC105", text_a, text_b)
    assert len(messages) == count, messages
    assert any(word in message for message in messages), messages


_NOT_FLAGGED = [
    # A premium to another level than the close.
    (
        _PREMIUM_A,
        "The cash offer of $5.10 per share is a premium of 41 per cent to the stock's 30-day "
        "volume-weighted average price.",
    ),
    # The buyer's reverse fee is another fee; a tax break is no fee.
    (
        _FEE_A,
        "Halvorsen agreed to pay a reverse termination fee of $90 million if regulators block "
        "the deal.",
    ),
    (_FEE_A, "The deal includes a tax break of $54 million for the new smelter."),
    # A pot of compensation is no payment to each tenant.
    (_PAYMENT_A, "The council has set aside £2.4 million in compensation for affected tenants."),
    (
        _PAYMENT_A,
        "Each tenant affected will get at least £800 in compensation, and the council will pay "
        "£1,000 towards moving costs.",
    ),
    # Shares of those who voted, or of the votes, are no turnout.
    (_TURNOUT_A, "Of those who voted, 64% backed the strike, the union said."),
    (_TURNOUT_A, "The deal was backed by 64% of members who cast ballots, the union said."),
    (_TURNOUT_A, "About 64% of members voted for the strike, the union said."),
    # A share of voters who voted one way is a part of the turnout, not the turnout.
    (_TURNOUT_A, "About 18% of members cast their ballots by post, the union said."),
    (_TURNOUT_A, "Around 35% of members voted online, the first electronic ballot it has held."),
    (_TURNOUT_A, "Some 40% of the union's members cast their votes early."),
    (_TURNOUT_A, "About 25% of members voted in person at the union's offices."),
    (_TURNOUT_A, "Nearly 12% of members voted by proxy, the union said."),
    (_BY_ELECTION_A, "About 16% of voters cast their ballots by post, the returning officer said."),
    (
        _BY_ELECTION_A,
        "Around 30% of members voted online, the first time it has balloted electronically.",
    ),
    (_BY_ELECTION_A, "About 25% of voters voted in person at the town hall."),
    (
        "Turnout in the ballot was 74%, the union said. Around 30% of members voted online for "
        "the first time.",
        "Of the 74 per cent of members who voted, 91 per cent backed a strike.",
    ),
    # Two fees: owed by two parties, or due on two events.
    (
        _FEE_A,
        "Halvorsen would owe Tarrow a termination fee of $80 million if competition regulators "
        "blocked the deal.",
    ),
    (
        "Tarrow would have to pay Halvorsen a termination fee of $45 million if it walked away.",
        "Halvorsen would have to pay Tarrow a termination fee of $80 million if it walked away.",
    ),
    (
        "A break fee of $45 million is payable if the board walks away for a rival bid.",
        "A termination fee of $80 million is payable if regulators block the deal.",
    ),
    (
        "The agreement includes a break fee of $45 million.",
        "Halvorsen must pay a termination fee of $80 million if regulators block the deal.",
    ),
    # Two surveys, each named by its own year and of its own place or thing.
    (_SURVEY_A, "A 2021 survey of Lake Brandon recorded an average of 610 fish per hectare."),
    (
        "The 2019 census counted 4,210 households in Ardmore.",
        "The 2022 census counted 4,630 households in Kilbride.",
    ),
    # Named alike but for their years: two surveys all the same.
    (
        "The 2019 census counted 4,210 households in the valley.",
        "The 2022 census counted 4,630 households in the valley.",
    ),
    (
        _TAMAR_A,
        "A 2020 survey of the Tamar by the university's marine team recorded an average of 270 "
        "particles per litre of water.",
    ),
    (
        _TAMAR_A,
        "A 2020 survey of the Derwent by the university's marine team recorded an average of "
        "270 particles per litre.",
    ),
    # A size named by its rounded count.
    (_SEATS_A, "The 2,100-seat theatre reopened on Friday after a two-year restoration."),
    (
        "The 1,260-bed hospital will close two wards next month.",
        "The 1,300-bed hospital will close two wards next month.",
    ),
]


@pytest.mark.parametrize(("text_a", "text_b"), _NOT_FLAGGED)
def test_other_facts_or_rounding_are_not_flagged(text_a: str, text_b: str) -> None:
    assert rule_messages("FC105", text_a, text_b) == []


@pytest.mark.parametrize(
    ("text_a", "text_b", "pair", "paired"),
    [
        (
            "The trustee breached its duties on 14 counts, the court found.",
            "The trustee breached its duties on fourteen counts over premiums deducted from "
            "members.",
            ("14 counts", "fourteen counts"),
            True,
        ),
        (
            _SURVEY_A,
            "A 2021 survey of Lake Brandon recorded an average of 610 fish per hectare.",
            ("420 fish per hectare", "610 fish per hectare"),
            False,
        ),
        (
            _TURNOUT_A,
            "Of those who voted, 64% backed the strike, the union said.",
            ("71 per cent", "64%"),
            False,
        ),
        (
            _FEE_A,
            "Halvorsen agreed to pay a reverse termination fee of $90 million if regulators block "
            "the deal.",
            ("$45 million", "$90 million"),
            False,
        ),
        (
            _FEE_A,
            "Halvorsen would owe Tarrow a termination fee of $80 million if competition "
            "regulators blocked the deal.",
            ("$45 million", "$80 million"),
            False,
        ),
        (
            _TURNOUT_A,
            "About 18% of members cast their ballots by post, the union said.",
            ("71 per cent", "About 18%"),
            False,
        ),
        (
            _TAMAR_A,
            "A 2020 survey of the Tamar by the university's marine team recorded an average of "
            "270 particles per litre.",
            ("310 particles per litre", "270 particles per litre"),
            False,
        ),
    ],
)
def test_pairs(text_a: str, text_b: str, pair: tuple[str, str], paired: bool) -> None:
    assert (pair in aligned_texts(text_a, text_b)) is paired
