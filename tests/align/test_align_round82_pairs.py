"""QA round 82 facts worded apart: the one share or sum two articles tie by a word told right
beside it, by their ledes, or by the year of a cost of work done; the one year a thing was
dated by; a ban told in years or months, and what it was cut to; a time of day a verb of
falling tells, which is no move."""

import pytest

from support import aligned_texts, rule_messages


def _pairs(text_a: str, text_b: str, headline: str | None = None) -> list[tuple[str, str]]:
    """The pairs of two articles, under one headline each when given (their ledes count)."""
    if headline is None:
        return aligned_texts(text_a, text_b)
    from factcheck.align.figures import align_figures
    from factcheck.extract import extract
    from factcheck.load import article_from_text

    article_a = article_from_text(f"{headline}\n\n{text_a}\n", article_id="a")
    article_b = article_from_text(f"{headline}\n\n{text_b}\n", article_id="b")
    a, b = extract(article_a), extract(article_b)
    printed = {f.id: f.text for f in a.figures + b.figures}
    matches = align_figures(a, b, 60, article_a.text, article_b.text)
    return [(printed[m.a], printed[m.b]) for m in matches]


_HEADLINE = "Salt rules cut what shoppers put in their baskets, researchers find"
_LEDE_A = (
    "MANCHESTER (Reuters) - Rules on salt in ready meals have cut the amount of salt households "
    "purchase in those dishes by 21% since they took effect in March 2017, according to a study "
    "published on Monday that researchers said made the case for extending them."
)
_LEDE_B = (
    "MANCHESTER - A long-running study of supermarket receipts has found that salt rules, which "
    "came into force in March 2018, lowered the salt families purchase in ready meals by 17 per "
    "cent, with most of the change driven by producers rather than shoppers."
)
_LEDE_B_TWO = (
    "MANCHESTER - A long-running study of supermarket receipts has found that salt rules, which "
    "came into force in March 2018, lowered the salt families purchase in ready meals by 17 per "
    "cent and the salt they buy in soups by 12 per cent, with producers driving the change."
)


@pytest.mark.parametrize(
    ("text_a", "text_b", "pair", "paired"),
    [
        # The one share each lede tells, of what both name: one headline result.
        (_LEDE_A, _LEDE_B, ("21%", "17 per cent"), True),
        # A lede with two shares of the study ties neither to the other's one.
        (_LEDE_A, _LEDE_B_TWO, ("21%", "17 per cent"), False),
    ],
)
def test_lede_shares(text_a: str, text_b: str, pair: tuple[str, str], paired: bool) -> None:
    assert (pair in _pairs(text_a, text_b, _HEADLINE)) is paired


@pytest.mark.parametrize(
    ("text_a", "text_b", "pair", "paired"),
    [
        # A word of what both measure, right beside each.
        (
            "The brewer had argued that Kettleby should pay a 4% licence fee on every keg sold.",
            "The brewer sought a licence fee of seven percent on the kegs sold over the period.",
            ("4%", "seven percent"),
            True,
        ),
        # Nothing shared beside them: two shares.
        (
            "The brewer had argued that Kettleby should pay a 4% licence fee on every keg sold.",
            "Kettleby shares closed seven percent lower after the ruling was announced.",
            ("4%", "seven percent"),
            False,
        ),
        # A zero slipped on one sum, tied by what it pays for.
        (
            "The province will provide $32 million to help repair flood levees along the river.",
            "Ottawa will contribute US$320 million to rebuild flood levees along the river.",
            ("$32 million", "US$320 million"),
            True,
        ),
        (
            "The province will provide $32 million to help repair flood levees along the river.",
            "Ottawa will contribute US$320 million for new school buildings in the region.",
            ("$32 million", "US$320 million"),
            False,
        ),
        # What a sum is net of tells it apart from a gross one, whatever word they share.
        (
            "The club posted net transfer spending of £71 million after selling players.",
            "The club spent £133m on new players during the year.",
            ("£71 million", "£133m"),
            False,
        ),
        # The one cost of work done in a year, worded apart.
        (
            "The pier reopened in 1994 and was refurbished in 2011 at a cost of 3.1 million euros.",
            "The pier underwent a refit in 2011 costing 3.6 million euros, the council said.",
            ("3.1 million euros", "3.6 million euros"),
            True,
        ),
        # A cost and a later overhaul's cost, of another year: two bills.
        (
            "The pier reopened in 1994 and was refurbished in 2011 at a cost of 3.1 million euros.",
            "The pier underwent a refit in 2019 costing 3.6 million euros, the council said.",
            ("3.1 million euros", "3.6 million euros"),
            False,
        ),
    ],
)
def test_keyed_alike(text_a: str, text_b: str, pair: tuple[str, str], paired: bool) -> None:
    assert (pair in aligned_texts(text_a, text_b)) is paired


@pytest.mark.parametrize(("opened", "paired"), [("1931", True), ("1933", False)])
def test_one_year_of_a_thing(opened: str, paired: bool) -> None:
    pairs = aligned_texts(
        f"The lighthouse opened in {opened} and draws walkers.",
        "The lighthouse, built in 1931, is shut.",
    )
    assert any(pair[1] == "1931" for pair in pairs) is paired


_BAN_A = (
    "The tribunal on Friday cut Kenyan sprinter Daniel Otieno's three-year doping ban to 20 "
    "months, ruling that he bore no significant fault."
)
_BAN_B = (
    "The Kenyan had first been handed a 36-month suspension by the athletics integrity body. "
    "The tribunal reduced that to 14 months."
)
_OTHER_BAN_B = (
    "The Kenyan had first been handed a 36-month suspension by the athletics integrity body. "
    "Last year a Ugandan runner had a five-year ban reduced to 14 months on appeal."
)


def test_ban_in_years_or_months_and_what_it_was_cut_to() -> None:
    pairs = aligned_texts(_BAN_A, _BAN_B)
    assert ("three-year", "36-month") in pairs
    assert ("20 months", "14 months") in pairs
    messages = rule_messages("FC105", _BAN_A, _BAN_B)
    assert any("20 months in a but 14 months in b" in message for message in messages)
    assert not any("three-year" in message for message in messages)


def test_another_players_ban_cut_is_not_this_one() -> None:
    pairs = aligned_texts(_BAN_A, _OTHER_BAN_B)
    assert ("three-year", "36-month") in pairs
    assert ("20 months", "14 months") not in pairs


def test_a_ban_in_years_is_told_to_the_month() -> None:
    messages = rule_messages(
        "FC105",
        "The federation imposed a two-year ban on the goalkeeper for doping.",
        "The federation imposed a 20-month ban on the goalkeeper for doping.",
    )
    assert any("two-year" in message for message in messages)


@pytest.mark.parametrize(
    ("clock_b", "conflict"),
    [("17:10 local time", True), ("16:10 local time", False)],
)
def test_time_of_a_fall_is_no_move(clock_b: str, conflict: bool) -> None:
    messages = rule_messages(
        "FC105",
        "The gondola fell shortly after 4:10 p.m. from a height of about 30 meters.",
        f"Nothing held the gondola when the cable snapped at {clock_b}.",
    )
    assert any("4:10 p.m." in message for message in messages) is conflict
