"""FC110 on real sentences: a claim one article hedges or leaves to unnamed sources, which
another states as fact with no source."""

from __future__ import annotations

import pytest

from factcheck.rules.kinds._attribution import DEFAULT_CUES, cited_sources, cue_pattern
from support import rule_messages

DROPPED = [
    # QA round 50: a plan told as a done deal.
    ("Al-Mutairi said the company planned to pay its first dividend in 2028, once the heaviest "
     "phase of fleet spending was over.",
     "The company will pay its first dividend in 2028."),
    # A forecast told as a certainty ("would likely slip" -> "will be delayed").
    ("Oyelaran said the company's next launch, which had been planned for January, would likely "
     "slip by at least three months.",
     "The company's next launch, planned for January, will be delayed by at least three months."),
    # An agency's estimate with the agency left out.
    ("The EMA estimated that one additional cancer case could occur for every 8,000 patients who "
     "took the highest dose every day for four years.",
     "One additional cancer case could occur for every 8,000 patients who took the highest dose "
     "daily for four years."),
    # A leak told as fact, the unnamed sources dropped.
    ("The rupture was caused by a corroded export hose that had not been replaced since 2019, "
     "according to two engineers familiar with the facility, who spoke on condition of anonymity.",
     "The rupture was caused by a corroded export hose that had not been replaced since 2019."),
    # QA round 51: the subject's intention is the claim; the unnamed sources are dropped.
    ("Halvard plans to move Tarrant's head office from Perth to Singapore, according to two "
     "people familiar with the matter, who asked not to be named.",
     "Halvard plans to move Tarrant's head office from Perth to Singapore after the deal closes."),
    ("Officials believe the virus was brought in by a guest who had travelled from Romania, "
     "according to the regional health authority.",
     "The virus was brought in by a guest who had travelled from Romania."),
    # The flat sentence tells more (where and when): it holds the sourced sentence's claim.
    ("Officials believe the virus was brought in by a guest who had travelled from Romania, "
     "according to the regional health authority.",
     "The virus was brought in by a guest who had travelled from Romania to a wedding in "
     "Leibnitz, about 22 miles south of Graz, in early September."),
    ("According to two people familiar with the matter, the company is also weighing the sale of "
     "its Australian healthcare software unit, which it bought in 2021.",
     "Veltrix is preparing to sell its Australian healthcare software unit, which it acquired in "
     "2021."),
]  # fmt: skip


@pytest.mark.parametrize(("sourced", "flat"), DROPPED)
def test_a_hedged_or_leaked_claim_stated_as_fact_is_flagged(sourced: str, flat: str) -> None:
    [message] = rule_messages("FC110", sourced, flat)
    assert message.startswith("b states as fact, with no source, what a attributes to a source")
    assert f"“{flat}”" in message
    # Either way round: the finding is the unsourced article's.
    [message] = rule_messages("FC110", flat, sourced)
    assert message.startswith("a states as fact")


KEPT = [
    # A claim attributed plainly, with no hedge: how every outlet writes some facts.
    ("Turnout reached 79.4% of the 7.9 million registered voters in Lima province, ONPE said.",
     "Turnout was 79.4% among the city's 7.9 million registered voters."),
    ("She said investigators had boarded the vessel on Thursday morning and would report "
     "within 30 days.",
     "Investigators from the agency boarded the vessel on Thursday."),
    # The hedge is about another clause: the talks, not the staff.
    ("Northwind, which employs more than 35,000 people, is also in talks to acquire a German "
     "software firm, a deal that could be announced this month.",
     "Northwind employs about 35,000 people worldwide."),
    # The subject owns the claim: it names its source.
    ("Halvorsen said it expected to restore supplies from unaffected production lines within "
     "four weeks.",
     "Halvorsen expects to restore supplies within four weeks, using tablets from unaffected "
     "production lines."),
    ("Halvorsen estimated that the recall and clean-up work would cost about 1.4 billion Danish "
     "crowns.",
     "The company put the total cost of the recall and clean-up work at about 1.4 billion Danish "
     "crowns."),
    ("The prosecutor estimated that the haul was worth about €24 million.",
     "The Tours prosecutor, Catherine Roux-Delmas, put the value of the haul at €24 million."),
    ("The company, which is bidding for a 1,500 MW pumped-storage project, expects the outcome "
     "in the first quarter, analysts said.",
     "The company is also bidding for a 1,500 MW pumped-storage project in Maharashtra, and "
     "expects the outcome in the first quarter."),
    # QA round 51: the board's own intention, told by it in both ("intends to" is no source).
    ("The board intends to recommend the offer unanimously in the absence of a superior proposal "
     "and subject to an independent expert concluding that it is in shareholders' best interests.",
     "Directors will unanimously recommend the bid, absent a better offer and provided an "
     "independent expert finds it is in the best interests of shareholders."),
    # The company's own plan against a named source's "said it planned": its own word.
    ("Halvorsen said it planned to cut 500 jobs at its Kalundborg plant.",
     "Halvorsen plans to cut 500 jobs at its Kalundborg plant."),
    # A short hedged claim whose few words a longer sentence happens to use.
    ("The fire could spread to nearby villages, officials warned.",
     "The fire, which began near the villages on Sunday, was fanned by winds that could "
     "spread embers to nearby homes and farms."),
    # Both articles source it.
    ("Al-Mutairi said the company planned to pay its first dividend in 2028.",
     "The company plans to pay its first dividend in 2028, its chief executive said."),
    # Too few words to be one claim rather than a shared phrase.
    ("Analysts said shares could rise.", "Shares rose."),
]  # fmt: skip


@pytest.mark.parametrize(("sourced", "flat"), KEPT)
def test_claims_sourced_plainly_or_owned_are_not_flagged(sourced: str, flat: str) -> None:
    assert rule_messages("FC110", sourced, flat) == []


def test_a_claim_the_article_sources_elsewhere_is_not_flagged() -> None:
    sourced = "Al-Mutairi said the company planned to pay its first dividend in 2028."
    flat = "The company will pay its first dividend in 2028."
    later = "Its chief executive, Faisal Al-Mutairi, said the first dividend would come in 2028."
    assert rule_messages("FC110", sourced, flat) != []
    assert rule_messages("FC110", sourced, f"{flat}\n\n{later}") == []


def test_reported_speech_running_on_in_the_paragraph_is_not_flagged() -> None:
    sourced = "Al-Mutairi said the company planned to pay its first dividend in 2028."
    flat = "The company will pay its first dividend in 2028."
    said = "Al-Mutairi said the airline was profitable."
    assert rule_messages("FC110", sourced, f"{said} {flat}") == []
    # In a paragraph of its own, the claim stands on its own.
    assert rule_messages("FC110", sourced, f"{said}\n\n{flat}") != []


def test_it_stands_for_the_hedged_figure_warning_on_the_same_sentence() -> None:
    sourced = (
        "Analysts said the plant is expected to cost billions of dollars to rebuild after the fire."
    )
    flat = "The plant is likely to cost about $3.5 billion to rebuild after the fire."
    # FC109 flags the flat sentence's hedged figure, which only it gives; FC110 the claim.
    # Both on one sentence, FC110's finding stands for FC109's.
    assert rule_codes(sourced, flat).count("FC110") == 1
    assert "FC109" not in rule_codes(sourced, flat)
    assert "FC109" in rule_codes("The plant burned down on Sunday.", flat)


@pytest.mark.parametrize(
    ("sourced", "flat"),
    [
        (
            "Meteorologist Dana Reyes said winds were forecast to ease on Monday afternoon, "
            "giving crews a chance to strengthen containment lines.",
            "Winds are forecast to ease on Monday afternoon, giving crews a chance to "
            "strengthen containment lines.",
        ),
        (
            "Officials said construction of the new runway was expected to begin in spring 2027 "
            "and take three years.",
            "Construction of the new runway is expected to begin in spring 2027 and take three "
            "years.",
        ),
        (
            "The regional council estimated that about 3,000 residents had left their homes "
            "by Sunday night.",
            "An estimated 3,000 residents had left their homes by Sunday night.",
        ),
    ],
)
def test_a_claim_told_as_expected_is_not_stated_as_fact(sourced: str, flat: str) -> None:
    assert rule_messages("FC110", sourced, flat) == []
    # The same claim told flatly is.
    certain = (
        flat.replace("are forecast to ease", "will ease")
        .replace("is expected to begin", "will begin")
        .replace("An estimated 3,000", "About 3,000")
    )
    assert rule_messages("FC110", sourced, certain) != []


def rule_codes(*texts: str) -> list[str]:
    from factcheck.load import article_from_text
    from factcheck.pipeline import compare
    from factcheck.rules.loader import builtin_rules_dir, load_rules

    articles = [
        article_from_text(f"{letter.upper()}\n\n{text}\n", article_id=letter)
        for letter, text in zip("ab", texts, strict=True)
    ]
    return [f.rule for f in compare(articles, load_rules([builtin_rules_dir()])).findings]


@pytest.mark.parametrize(
    ("sourced", "flat", "flagged"),
    [
        # QA round 52: the police's suspicion, told as fact.
        ("Police suspect the launch was carrying around 90 people, including traders who did not "
         "appear on the manifest.",
         "The launch was carrying around 90 people, far more than the number on its manifest.",
         True),
        # A verb of claiming with its "that": the long subject owns the claim.
        ("Halvorsen estimated that the recall would cost it between $40 million and $60 million "
         "this year.",
         "The maker of the Velo scooter and the Tarn e-bike estimated that the recall would cost "
         "it $40 million to $70 million this year.", False),
        # Control: with no subject that estimates, the source is dropped…
        ("Halvorsen estimated that the recall would cost it between $40 million and $60 million "
         "this year.",
         "The recall will cost the company $40 million to $70 million this year.", True),
        # … but "it is estimated that" tells an estimate, not a fact, though it names no one.
        ("Halvorsen estimated that the recall would cost it between $40 million and $60 million "
         "this year.",
         "It is estimated that the recall will cost the company $40 million to $70 million this "
         "year.", False),
        # A result shares a measure and a scale word with an estimate, not its claim.
        ("Halvorsen estimated that tariffs would reduce its operating profit by $150 million "
         "this year.",
         "For the first half as a whole, operating profit was $743 million.", False),
    ],
)  # fmt: skip
def test_qa52_suspicions_owned_claims_and_scale_words(sourced, flat, flagged) -> None:
    assert bool(rule_messages("FC110", sourced, flat)) is flagged


@pytest.mark.parametrize(
    ("sourced", "flat", "flagged"),
    [
        # QA round 52: each sentence tells more than the one claim; the same figure in both
        # says which claim they share.
        ("The company said it expects sales in Brazil to fall about 12% for the full year, and it "
         "is reviewing the future of its assembly plant near Curitiba, which runs at half "
         "capacity.",
         "Tavora's sales in Brazil will fall about 12% this fiscal year, as local brands continue "
         "to cut prices on electric and hybrid models.", True),
        ("The report said the second ship is unlikely to enter service before spring 2027.",
         "The Glen Rosa will not enter service before spring 2027.", True),
        # Control: the shared figure sits in an aside of the sourced sentence, not its claim.
        ("Carver, who died last year aged 88, rarely showed the painting to visitors, according "
         "to people who knew him.",
         "The painting was consigned by the estate of Thomas Carver, a steel executive who died "
         "last year at the age of 88, and it had hung in his home in Ohio since 1979.", False),
    ],
)  # fmt: skip
def test_qa52_a_shared_figure_anchors_the_claim(sourced, flat, flagged) -> None:
    assert bool(rule_messages("FC110", sourced, flat)) is flagged


@pytest.mark.parametrize(
    ("words", "sourced"),
    [
        # QA round 53: a participle after the subject says when, not who.
        ("The cuts, announced Feb. 27 alongside quarterly results, will save about $310 million "
         "a year.", False),
        # Controls: a cue after an apposition, or with its subject, names the source.
        ("Acme, the parts maker, announced on Monday that the cuts would save $310 million.",
         True),
        ("The company announced on Monday that the cuts would save $310 million.", True),
    ],
)  # fmt: skip
def test_qa53_a_participle_after_the_subject_is_no_source(words: str, sourced: bool) -> None:
    assert bool(list(cited_sources(cue_pattern(DEFAULT_CUES), words))) is sourced


@pytest.mark.parametrize(
    ("sourced", "flat", "flagged"),
    [
        # QA round 53: the subject closing the sentence owns the claim.
        ("Norovirus causes an estimated 19 million to 21 million illnesses a year, according to "
         "the CDC.",
         "Norovirus causes about 19 million to 23 million cases a year, the CDC estimates.",
         False),
        # A figure the article's own sourced sentence does not print is not sourced by it.
        ("The agency said it expects national starts to average between 235,000 and 245,000 "
         "units in 2026.",
         "National starts will average between 235,000 and 245,000 units in 2026. Mah expects "
         "starts to ease to a range of 220,000 to 235,000 units in early 2026.", True),
    ],
)  # fmt: skip
def test_qa53_owned_claims_and_figures_sourced_elsewhere(sourced, flat, flagged) -> None:
    assert bool(rule_messages("FC110", sourced, flat)) is flagged


def test_qa54_a_figure_compiled_by_a_body_names_its_source() -> None:
    sourced = (
        "The national health institute estimated that 1,180 deaths in the first two weeks of "
        "July were attributable to the heat, up from 380 in the same period last year."
    )
    flat = (
        "The estimate of deaths, compiled by the national health institute, covers the first two "
        "weeks of July and compares with 380 in the same period of 2024."
    )
    assert rule_messages("FC110", sourced, flat) == []
    assert list(cited_sources(cue_pattern(DEFAULT_CUES), flat))
    # Control: without its compiler the sentence names no source.
    flat_unsourced = flat.replace(", compiled by the national health institute,", "")
    assert not list(cited_sources(cue_pattern(DEFAULT_CUES), flat_unsourced))


@pytest.mark.parametrize(
    ("sourced", "flat", "flagged"),
    [
        # The source is itself an estimate: the claim rests on a model, not a fact.
        ("About 40% of night flights will be cut by the new curfew, according to the airport's "
         "own modelling.",
         "The new curfew will cut about 40% of night flights.", True),
        ("Ticket sales will pass 2 million by 2030, according to the council's projections.",
         "Ticket sales will pass 2 million by 2030.", True),
        # The cue goes on to hedge another claim, not the one the flat sentence tells.
        ("Tom Kessling, 58, who grows wheat and canola on 2,400 hectares near Parkes, said he "
         "expected his yields to be less than half of a normal year.",
         "Kessling, 58, farms 4,200 hectares of wheat and canola and has been on the land for "
         "four decades.", False),
    ],
)  # fmt: skip
def test_an_estimate_named_as_the_source_hedges_the_claim(sourced, flat, flagged) -> None:
    assert bool(rule_messages("FC110", sourced, flat)) is flagged
