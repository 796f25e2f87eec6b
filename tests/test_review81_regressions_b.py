"""Review regressions in figure pairing, on new sentences: a site told in a side clause is not
the figure's (a nationwide count still pairs it), places pair only with what the other article
tells handed out, the largest sums' misplaced point only where both estimate them, "in another
case" is always another case, and two headline sums pair only where the headlines share a name."""

from __future__ import annotations

import pytest

from support import aligned_texts

# (a, b, paired): a site counts only in the figure's own clause.
SITES = [
    (
        "About 6,000 teachers walked out nationwide on Thursday.",
        "About 6,500 teachers walked out on Thursday, with rallies outside the town hall and at "
        "the depot.",
        True,
    ),
    (
        "The chain employs 3,000 workers across the country and will shut its Hull depot.",
        "The chain, which employs 3,300 people, said the depot would shut in May.",
        True,
    ),
    (
        "Officers detained 90 people nationally on Sunday during the marches.",
        "Officers detained 95 people on Sunday during the marches, including six outside the "
        "terminal.",
        True,
    ),
    (
        "About 1,300 dockers walked out nationwide on Thursday.",
        "About 1,250 dockers walked out at the terminal on Thursday.",
        False,
    ),
    (
        "Nine smelters have since reopened nationwide, all of them run by private firms.",
        "The firm spent $40 million at the complex, which with 2,000 workers across six "
        "smelters is the biggest in Asia.",
        False,
    ),
]


@pytest.mark.parametrize(("a", "b", "paired"), SITES)
def test_a_site_is_the_figures_only_in_its_own_clause(a: str, b: str, paired: bool) -> None:
    pairs = aligned_texts(a, b)
    assert bool(pairs) is paired, pairs


# (a, b, paired): places pair with a count handed out, not with askers nor a rate.
SLOTS = [
    (
        "The college will offer 2,400 places on its nursing degree next year.",
        "The college received 2,500 applications for its nursing degree next year.",
        False,
    ),
    (
        "Clinics have 700 spots for junior nurses this year.",
        "Clinics received 720 applicants for junior nurse posts this year.",
        False,
    ),
    (
        "The carrier has been given 30 slots at Gatwick.",
        "The carrier will operate 32 flights a day from Gatwick.",
        False,
    ),
    (
        "The farm labour scheme will offer 24,000 places next year, the ministry said.",
        "The farm labour scheme will be capped at 25,000 permits next year.",
        True,
    ),
]


@pytest.mark.parametrize(("a", "b", "paired"), SLOTS)
def test_places_pair_only_with_what_is_handed_out(a: str, b: str, paired: bool) -> None:
    pairs = aligned_texts(a, b)
    assert bool(pairs) is paired, pairs


def test_two_exact_largest_sums_a_point_apart_stay_apart() -> None:
    pairs = aligned_texts(
        "The charity's annual budget is $3.2 billion, and it spent $50 million on advertising.",
        "The charity was handed $320 million for a new clinic and $45 million for research.",
    )
    assert ("$3.2 billion", "$320 million") not in pairs


def test_two_estimated_largest_sums_a_point_apart_pair() -> None:
    pairs = aligned_texts(
        "Customs put the street value of the shipment at an estimated 480 million euros. "
        "Officers also seized 3 million euros in cash.",
        "According to customs, the heroin would have fetched about €4.8bn on the street. "
        "Officers found €4 million in cash.",
    )
    assert ("an estimated 480 million euros", "about €4.8bn") in pairs


# (a, b, paired): a case at law is always another; a bare "another" attack may be the same.
ANOTHER = [
    (
        "In another case in Leicester, a builder was fined £15,000 for dumping waste.",
        "A Leicester builder was fined £25,000 on Monday for dumping waste, the council said.",
        False,
    ),
    (
        "In another trial in Cardiff, a dealer was jailed for 7 years for a £1 million fraud.",
        "A Cardiff dealer was jailed for 5 years for a £1 million fraud, the court heard.",
        False,
    ),
    (
        "Another attack on the railway on Monday cut power to 15,000 homes.",
        "An attack on the railway on Monday cut power to 18,000 homes, the operator said.",
        True,
    ),
]


@pytest.mark.parametrize(("a", "b", "paired"), ANOTHER)
def test_another_case_at_law_is_always_another(a: str, b: str, paired: bool) -> None:
    pairs = [pair for pair in aligned_texts(a, b) if "£1 million" not in pair]
    assert bool(pairs) is paired, pairs


def _headline_pairs(text_a: str, text_b: str) -> list[tuple[str, str]]:
    from factcheck.align.figures import align_figures
    from factcheck.extract import extract
    from factcheck.load import article_from_text

    article_a = article_from_text(text_a, article_id="a")
    article_b = article_from_text(text_b, article_id="b")
    a, b = extract(article_a), extract(article_b)
    printed = {f.id: f.text for f in a.figures + b.figures}
    matches = align_figures(a, b, 60, article_a.text, article_b.text)
    return [(printed[m.a], printed[m.b]) for m in matches]


# (a, b, paired): one deal's headline sums pair; two sums of one story do not.
HEADLINES = [
    (
        "Halvex to buy software firm Tramline for $3.1 billion\n\nBOSTON — Halvex Corp said on "
        "Tuesday it had agreed to buy Tramline, a Denver company that makes scheduling software "
        "for hospitals, for $3.1 billion in cash and stock, its largest purchase to date.\n",
        "Halvex makes big bet with $3.4 billion Tramline deal\n\nBOSTON — Hospital software "
        "maker Tramline will be bought by Halvex Corp for $3.4 billion, the two companies "
        "announced on Tuesday, as older groups race to add scheduling tools.\n",
        True,
    ),
    (
        "Flood insurance claims reach £900 million\n\nInsurers said on Monday that claims from "
        "last week's floods had reached £900 million, the costliest flood for the industry in "
        "years, as families across the Midlands began to count the cost of the damage.\n",
        "Ministers pledge £800 million repair fund after floods\n\nThe government on Monday "
        "pledged £800 million to help towns across the Midlands rebuild after last week's "
        "floods, as insurers began to tally the damage to homes and shops.\n",
        False,
    ),
]


@pytest.mark.parametrize(("a", "b", "paired"), HEADLINES)
def test_headline_sums_pair_only_where_the_headlines_share_a_name(
    a: str, b: str, paired: bool
) -> None:
    pairs = _headline_pairs(a, b)
    assert bool(pairs) is paired, pairs
