"""Review 85, FC110: a source dropped without a figure to tie the two sentences: an effect a
speaker reckons ("would allow the county to avoid…"), a paper only the outlet saw ("according
to a council report seen by the Gazette"), a figure told after an aside ("The tender, worth
…, was overpriced by…"), and a cause hedged in one article and told flat, in other words, in
the other ("was the likely source of", "was caused by")."""

import pytest

from support import rule_messages


def flagged(text_a: str, text_b: str) -> bool:
    return bool(rule_messages("FC110", text_a, text_b))


@pytest.mark.parametrize(
    ("text_a", "text_b", "expected"),
    [
        # An effect a speaker reckons, told flat.
        (
            "The treasurer said the sale of the bus depot would allow the county to avoid "
            "closing two branch libraries.",
            "The sale of the bus depot will allow the county to avoid closing two branch "
            "libraries.",
            True,
        ),
        (
            "She said the new sluice gates would prevent the river from flooding the lower "
            "town in a storm like last winter's.",
            "The new sluice gates will prevent the river from flooding the lower town in a "
            "storm like last winter's.",
            True,
        ),
        # What a body or the speaker itself will allow: its own act, announced.
        (
            "The treasurer said the county would allow residents to pay the new levy in "
            "monthly instalments.",
            "The county will allow residents to pay the new levy in monthly instalments.",
            False,
        ),
        (
            "The operator said it would allow passengers to rebook their cancelled journeys "
            "free of charge.",
            "The operator will allow passengers to rebook their cancelled journeys free of charge.",
            False,
        ),
        # Both attribute it, in different words.
        (
            "The treasurer said the sale of the bus depot would allow the county to avoid "
            "closing two branch libraries.",
            "According to the treasurer, selling the bus depot will allow the county to avoid "
            "closing two branch libraries.",
            False,
        ),
        # Both tell it flat.
        (
            "Selling the bus depot will allow the county to avoid closing two branch libraries.",
            "The sale of the bus depot will allow the county to avoid closing two branch "
            "libraries.",
            False,
        ),
        # What happened, attributed plainly in one and told flat in the other.
        (
            "Police said the closure of the bridge allowed rescue crews to reach the stranded "
            "drivers.",
            "The closure of the bridge allowed rescue crews to reach the stranded drivers.",
            False,
        ),
    ],
)
def test_an_effect_reckoned(text_a: str, text_b: str, expected: bool) -> None:
    assert flagged(text_a, text_b) is expected


@pytest.mark.parametrize(
    ("text_a", "text_b", "expected"),
    [
        # A paper only the outlet saw, dropped.
        (
            "The fire began in a storage room where staff had stacked cardboard boxes against "
            "an electric heater, according to a council report seen by the Gazette.",
            "The fire began in a storage room where staff had stacked cardboard boxes against "
            "an electric heater.",
            True,
        ),
        (
            "The council has set aside $12 million for flood repairs this year, according to "
            "budget documents reviewed by the Ledger.",
            "The council has set aside $12 million this year to repair flood damage.",
            True,
        ),
        # A report anyone may read; the plain news, attributed to the police.
        (
            "The fire began in a storage room where staff had stacked cardboard boxes against "
            "an electric heater, according to a council report published on Monday.",
            "The fire began in a storage room where staff had stacked cardboard boxes against "
            "an electric heater.",
            False,
        ),
        (
            "Police said the fire began in a storage room where staff had stacked cardboard "
            "boxes against an electric heater.",
            "The fire began in a storage room where staff had stacked cardboard boxes against "
            "an electric heater.",
            False,
        ),
        # Another figure for the sum: the figures' conflict, not the paper dropped.
        (
            "The council has set aside $12 million for flood repairs this year, according to "
            "budget documents reviewed by the Ledger.",
            "The council has budgeted $21 million for flood repairs this year.",
            False,
        ),
        # Only the name of the team the papers are from is shared: another claim.
        (
            "Varga earned about €300,000 a year at Halden-Rovers, according to team documents "
            "seen by the Gazette.",
            "His team, Halden-Rovers, has sacked him.",
            False,
        ),
        # Both name a source.
        (
            "The fire began in a storage room where staff had stacked cardboard boxes against "
            "an electric heater, according to a council report seen by the Gazette.",
            "Fire officials said the blaze began in a storage room where staff had stacked "
            "cardboard boxes against an electric heater.",
            False,
        ),
    ],
)
def test_a_paper_the_outlet_saw(text_a: str, text_b: str, expected: bool) -> None:
    assert flagged(text_a, text_b) is expected


@pytest.mark.parametrize(
    ("text_a", "text_b", "expected"),
    [
        # The hedged figure is told of the subject before an aside, in other words.
        (
            "Auditors allege that the tender for a ferry terminal at the port of Larne, valued "
            "at nearly £32 million, was padded by about £5 million.",
            "The 2021 tender for the new ferry terminal in the harbour, worth 31.6 million "
            "pounds, was overpriced by about 5 million pounds.",
            True,
        ),
        # The shared figure is the aside's, told of another thing.
        (
            "Auditors allege that the tender for a ferry terminal at the port of Larne was "
            "padded by about £5 million.",
            "The harbour board, which approved a £5 million loan, was dissolved by the "
            "minister in March.",
            False,
        ),
        # Both tell it flat; both name a source.
        (
            "The tender for a ferry terminal at the port of Larne, valued at nearly £32 "
            "million, was inflated by about £5 million.",
            "The tender for the new ferry terminal, worth 31.6 million pounds, was overpriced "
            "by about 5 million pounds.",
            False,
        ),
        (
            "Auditors allege that the tender for a ferry terminal at the port of Larne, valued "
            "at nearly £32 million, was padded by about £5 million.",
            "Prosecutors say the tender for the new ferry terminal, worth 31.6 million pounds, "
            "was overpriced by about 5 million pounds.",
            False,
        ),
    ],
)
def test_a_figure_after_an_aside(text_a: str, text_b: str, expected: bool) -> None:
    assert flagged(text_a, text_b) is expected


HEDGED_CAUSE = (
    "Health officials said a cracked sewage pipe beneath the Mill Street school was the likely "
    "source of the norovirus."
)


@pytest.mark.parametrize(
    ("text_a", "text_b", "expected"),
    [
        # One cause, hedged and told flat, its effect in other words.
        (
            HEDGED_CAUSE,
            "The illnesses were caused by a cracked sewage pipe under the school building, "
            "which leaked into the kitchen's water supply for several days.",
            True,
        ),
        (
            "Engineers believe a worn bearing in the north tower's main gearbox was the probable "
            "cause of the stoppage.",
            "The cable car stopped because of a fault that came from a worn bearing in the main "
            "gearbox of the north tower, leaving cabins stranded for hours.",
            True,
        ),
        # Another cause of the same outbreak.
        (
            "Health officials said a broken ice machine in the Mill Street school canteen was "
            "the likely source of the norovirus.",
            "The illnesses were caused by a cracked sewage pipe under the school building, "
            "which leaked into the kitchen's water supply for several days.",
            False,
        ),
        # The cause denied, not told.
        (
            HEDGED_CAUSE,
            "The illnesses were not caused by a cracked sewage pipe under the school building, "
            "the district's own inspectors found after testing the kitchen's water supply.",
            False,
        ),
        # Hedged in both; attributed in both, in different words.
        (
            HEDGED_CAUSE,
            "The illnesses were probably caused by a cracked sewage pipe under the school "
            "building, which leaked into the kitchen's water supply for several days.",
            False,
        ),
        (
            HEDGED_CAUSE,
            "Investigators believe the illnesses were caused by a cracked sewage pipe under the "
            "school building, which leaked into the kitchen's water supply.",
            False,
        ),
        # Flat in both.
        (
            "A cracked sewage pipe beneath the Mill Street school was the source of the norovirus.",
            "The illnesses were caused by a cracked sewage pipe under the school building, "
            "which leaked into the kitchen's water supply for several days.",
            False,
        ),
        # An official's finding, attributed plainly: how every outlet tells the news.
        (
            "Health officials said a cracked sewage pipe beneath the Mill Street school was the "
            "source of the norovirus.",
            "The illnesses were caused by a cracked sewage pipe under the school building, "
            "which leaked into the kitchen's water supply for several days.",
            False,
        ),
    ],
)
def test_a_cause_hedged_and_told_flat(text_a: str, text_b: str, expected: bool) -> None:
    assert flagged(text_a, text_b) is expected
