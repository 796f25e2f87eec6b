from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck.models import Bound, Figure, FigureKind, Span
from factcheck.rules.kinds.figure_mismatch import FigureMismatchParams, agree
from support import rule_messages

DEFAULTS = FigureMismatchParams()


def fig(
    value: str,
    precision: str,
    kind: FigureKind = FigureKind.MONEY,
    bound: Bound = Bound.EXACT,
    low: str | None = None,
    high: str | None = None,
) -> Figure:
    return Figure(
        id="a:f1",
        article_id="a",
        kind=kind,
        text=value,
        span=Span(start=0, end=1),
        value=Decimal(value) if value else None,
        low=Decimal(low) if low else None,
        high=Decimal(high) if high else None,
        unit="USD",
        precision=Decimal(precision),
        bound=bound,
        sentence=Span(start=0, end=1),
    )


PCT = FigureKind.PERCENT


@pytest.mark.parametrize(
    ("a", "b", "params", "agrees"),
    [
        # $40.11 billion vs $40.1 billion: a rounding, not a conflict
        (fig("40110000000", "10000000"), fig("40100000000", "100000000"), DEFAULTS, True),
        # $40.11 billion vs $41 billion: 40.11 never rounds to 41
        (fig("40110000000", "10000000"), fig("41000000000", "1000000000"), DEFAULTS, False),
        # $40.11 billion vs $40 billion: rounds to 40
        (fig("40110000000", "10000000"), fig("40000000000", "1000000000"), DEFAULTS, True),
        # 25% vs 24.7%: a rounding, unless the rule allows none for percentages
        (fig("25", "1", PCT), fig("24.7", "0.1", PCT), DEFAULTS, True),
        (fig("25", "1", PCT), fig("24.7", "0.1", PCT),
         FigureMismatchParams(rounding_kinds=["money"]), False),
        (fig("25", "1", PCT), fig("24.7", "0.1", PCT),
         FigureMismatchParams(rounding_kinds=["money"], absolute_tolerance={"percent": "0.5"}),
         True),
        (fig("25", "1", PCT), fig("26", "1", PCT), DEFAULTS, False),
        # $39.17 billion vs $39.16 billion: their intervals touch, yet neither rounds to the other
        (fig("39170000000", "10000000"), fig("39160000000", "10000000"), DEFAULTS, False),
        # about 350,000 vs about 305,000: the spreads overlap, the numbers do not fit
        (fig("350000", "1", FigureKind.COUNT, Bound.APPROXIMATE),
         fig("305000", "1", FigureKind.COUNT, Bound.APPROXIMATE), DEFAULTS, False),
        # two ranges agree end by end
        (fig("", "100000000", FigureKind.RANGE, low="34500000000", high="37000000000"),
         fig("", "1000000000", FigureKind.RANGE, low="35000000000", high="37000000000"),
         DEFAULTS, True),
        (fig("", "100000000", FigureKind.RANGE, low="34500000000", high="37000000000"),
         fig("", "100000000", FigureKind.RANGE, low="31000000000", high="37000000000"),
         DEFAULTS, False),
        (fig("25", "1", PCT), fig("52", "1", PCT), DEFAULTS, False),
        # more than $40 billion covers $40.11 billion, not $39.17 billion
        (fig("40000000000", "1000000000", bound=Bound.AT_LEAST), fig("40110000000", "10000000"),
         DEFAULTS, True),
        (fig("40000000000", "1000000000", bound=Bound.AT_LEAST), fig("39170000000", "10000000"),
         DEFAULTS, False),
        # about 350,000 covers 340,000 but not 250,000
        (fig("350000", "1", FigureKind.COUNT, Bound.APPROXIMATE), fig("340000", "10000",
         FigureKind.COUNT), DEFAULTS, True),
        (fig("350000", "1", FigureKind.COUNT, Bound.APPROXIMATE), fig("250000", "10000",
         FigureKind.COUNT), DEFAULTS, False),
        # a range covers a figure inside it
        (fig("", "100000000", FigureKind.RANGE, low="34500000000", high="37000000000"),
         fig("36000000000", "1000000000"), DEFAULTS, True),
        (fig("", "100000000", FigureKind.RANGE, low="34500000000", high="37000000000"),
         fig("39000000000", "1000000000"), DEFAULTS, False),
        # more than 40 reaches a quarter past 40: 43 but not 280
        (fig("40", "10", FigureKind.COUNT, Bound.AT_LEAST), fig("43", "1", FigureKind.COUNT),
         DEFAULTS, True),
        (fig("180000000", "10000000", bound=Bound.AT_LEAST), fig("280000000", "10000000"),
         DEFAULTS, False),
        # two bounds the same way: the coarser is the finer rounded towards the bound
        (fig("40", "10", FigureKind.COUNT, Bound.AT_LEAST),
         fig("43", "1", FigureKind.COUNT, Bound.AT_LEAST), DEFAULTS, True),
        (fig("35000", "1000", FigureKind.COUNT, Bound.AT_LEAST),
         fig("30500", "100", FigureKind.COUNT, Bound.AT_LEAST), DEFAULTS, False),
        (fig("10", "1", PCT, Bound.AT_MOST), fig("9.5", "0.1", PCT, Bound.AT_MOST), DEFAULTS,
         True),
        (fig("95000000", "1000000", bound=Bound.AT_MOST),
         fig("59000000", "1000000", bound=Bound.AT_MOST), DEFAULTS, False),
        # whole thousands may be rounded when two or more other digits remain
        (fig("285000", "1"), fig("285312", "1"), DEFAULTS, True),
        (fig("52000", "1", FigureKind.COUNT), fig("52341", "1", FigureKind.COUNT), DEFAULTS,
         True),
        (fig("3000", "1", FigureKind.COUNT), fig("3200", "1", FigureKind.COUNT), DEFAULTS,
         False),
        (fig("285000", "1"), fig("286400", "1"), DEFAULTS, False),
        (fig("285000", "1"), fig("285312", "1"), FigureMismatchParams(whole_thousands=False),
         False),
        # a relative tolerance lets close values agree
        (fig("100", "1", FigureKind.COUNT), fig("103", "1", FigureKind.COUNT),
         FigureMismatchParams(relative_tolerance="0.05"), True),
    ],
)  # fmt: skip
def test_agree(a: Figure, b: Figure, params: FigureMismatchParams, agrees: bool) -> None:
    assert agree(a, b, params) is agrees
    assert agree(b, a, params) is agrees


def test_one_outlier_among_agreeing_articles_is_one_finding() -> None:
    from factcheck.load import article_from_text
    from factcheck.pipeline import compare
    from factcheck.rules.loader import builtin_rules_dir, load_rules

    texts = {
        "a": "Flood\n\nRescuers pulled 412 people from flooded homes, the state said.\n",
        "b": "Flood\n\nRescuers pulled 412 people from flooded homes on Monday.\n",
        "c": "Flood\n\nRescuers pulled 412 people from the water, officials said.\n",
        "d": "Flood\n\nRescuers pulled 421 people from flooded homes, the state said.\n",
    }
    articles = [article_from_text(text, article_id=key) for key, text in texts.items()]
    report = compare(articles, load_rules([builtin_rules_dir()]))
    [finding] = [f for f in report.findings if f.rule == "FC105"]
    assert sorted(e.article_id for e in finding.evidence) == ["a", "b", "c", "d"]
    assert "421 people" in finding.message


@pytest.mark.parametrize(
    ("text_a", "text_b", "agrees"),
    [
        ("More than 40 people were hurt.", "More than 43 people were hurt.", True),
        ("Up to 40 people were hurt.", "Up to 37 people were hurt.", True),
        ("More than 35,000 people lost power.", "More than 30,500 people lost power.", False),
        ("The club spent more than £180 million.", "The club spent more than £280 million.",
         False),
        ("The club spent more than £180 million.", "The club spent more than £100 million.",
         False),  # true of the same spending, but too far to be the same figure
        # A bound told more closely on the bound's side: one count.
        ("The collapse sent at least 14 vehicles into the water.",
         "The collapse sent more than a dozen vehicles into the water.", True),
        ("The collapse sent more than 14 vehicles into the water.",
         "The collapse sent more than 20 vehicles into the water.", False),
        # Two floors printed to the same step are two tolls.
        ("The quake killed at least 47 people.", "The quake killed at least 41 people.", False),
        ("The quake killed at least 47 people.", "The quake killed at least 47 people.", True),
        # Ranges end by end: a coarser end is the finer one rounded, half a step away only
        # from zero.
        ("Brenner expects a full-year operating margin of 5.5% to 6.5%.",
         "Brenner now expects a full-year operating margin of 5-6%.", False),
        ("Brenner expects a full-year operating margin of 5.4% to 6.4%.",
         "Brenner now expects a full-year operating margin of 5-6%.", True),
        ("The fund expects returns of 2.25% to 3.25%.",
         "The fund expects returns of 2.3% to 3.3%.", True),
        ("The fund expects returns of 2.25% to 3.25%.",
         "The fund expects returns of 2.2% to 3.2%.", False),
        # One number too, half a step off: 3.5% prints as "4%", never "3 per cent".
        ("Old Age Security payments for seniors will rise 3.5% in January.",
         "Seniors will see their OAS payments rise by 3 per cent starting in January.", False),
        ("Old Age Security payments for seniors will rise 3.5% in January.",
         "Seniors will see their OAS payments rise by 4 per cent starting in January.", True),
        ("The fund returned 2.45% last year.", "The fund returned 2.5% last year.", True),
        ("The fund returned 2.55% last year.", "The fund returned 2.5% last year.", False),
        ("The average house price rose to £285,500 in April.",
         "The average house price rose to £286,000 in April.", True),
        ("The average house price rose to £285,500 in April.",
         "The average house price rose to £285,000 in April.", False),
    ],
)  # fmt: skip
def test_bounds_as_extracted_from_real_sentences(text_a: str, text_b: str, agrees: bool) -> None:
    # Extracted figures print "40" at a precision of 1: the bound's step comes from its zeros.
    from factcheck.extract import extract
    from factcheck.load import article_from_text

    [a] = extract(article_from_text(f"A\n\n{text_a}\n", article_id="a")).figures
    [b] = extract(article_from_text(f"B\n\n{text_b}\n", article_id="b")).figures
    assert agree(a, b, DEFAULTS) is agrees


@pytest.mark.parametrize(
    ("text_a", "text_b", "conflicts"),
    [
        ("Ruth Chebet won the women's race in 2:15:40.",
         "Ruth Chebet won the women's race in 2:15:48.", True),
        ("Okafor won the final in 1:44.87.", "Okafor won the final in 1:44.9.", False),
        # Two swimmers' times in one race are two facts, not one misreported.
        ("Okafor won the 200m freestyle in 1:44.32.", "Deschênes took silver in 1:44.78.", False),
        # Scores: one result conflicts with another, whichever side tells it.
        ("Arsenal beat Chelsea 3-1 at the Emirates on Saturday.",
         "Arsenal beat Chelsea 3-2 on Saturday.", True),
        # One result, told from either side.
        ("Arsenal won 3-1 against Chelsea.", "Chelsea slumped to a 1-3 defeat at Arsenal.", False),
        # A score on the way is not the result.
        ("Ireland led 14-3 at half-time.", "Ireland won 27-24 in Dublin.", False),
        ("Scotland drew 1-1 with Norway in Oslo.", "Scotland drew 2-2 with Norway in Oslo.", True),
        # A winning margin, told from either finisher.
        ("Okafor finished second in 52.45, 0.14 seconds behind.",
         "Marsh stopped the clock 0.16sec ahead of the defending champion.", True),
        ("Marsh won by 0.14sec from Okafor.", "Okafor finished second, 0.14 seconds behind.",
         False),
        # A partnership told three ways.
        ("His 136-run stand for the sixth wicket with Rao rescued India.",
         "Sethi and Rao put on 126 for the sixth wicket.", True),
        ("Reid and Hale shared a third-wicket stand of 134.",
         "Their third-wicket partnership of 134 frustrated England.", False),
    ],
)  # fmt: skip
def test_times_and_scores_conflict_only_for_one_runner_or_result(
    text_a: str, text_b: str, conflicts: bool
) -> None:
    assert bool(rule_messages("FC105", text_a, text_b)) is conflicts


def test_a_round_floor_reaches_one_of_its_steps() -> None:
    # "more than 100" is a writer's round floor: 140 is within it, 240 is not.
    assert not rule_messages(
        "FC105",
        "The Red Cross found hotel places for 140 people on Tuesday afternoon.",
        "The Red Cross found hotel places for more than 100 people on Tuesday afternoon.",
    )
    assert rule_messages(
        "FC105",
        "The Red Cross found hotel places for 240 people on Tuesday afternoon.",
        "The Red Cross found hotel places for more than 100 people on Tuesday afternoon.",
    )


def test_two_figures_joined_through_a_rounder_one_still_disagree() -> None:
    # Each lies within b's "roughly 10,400MHz", which each is matched with; told by one figure
    # in each article, the fact cannot be both 10,523 and 10,253.
    found = rule_messages(
        "FC105",
        "The government had offered 10,523 megahertz (MHz) of spectrum across eight bands.",
        "The auction sold 175MHz of the roughly 10,400MHz put up for sale.",
        "The DoT had put up 10,253 MHz of spectrum across eight bands.",
    )
    assert len(found) == 1, found
    assert "10,523 megahertz in a but 10,253 MHz in c" in found[0], found


def test_one_figure_against_two_that_agree_is_the_outlier() -> None:
    found = rule_messages(
        "FC105",
        "Aalto fired 21 aces but could not make the most of his opportunities.",
        "Aalto struck 27 aces but converted only two of his 13 break points.",
        "The 27-year-old Aalto fired 21 aces in the final.",
    )
    assert len(found) == 1, found
    assert "27 aces in b but 21 aces in" in found[0], found


def test_a_figure_below_a_floor_is_no_rounding_of_it() -> None:
    found = rule_messages(
        "FC105",
        "A separate figure showed 158,700 people spent more than 12 hours in A&E.",
        "A separate figure showed More than 160,000 patients spent more than 12 hours in A&E.",
    )
    assert found, found


def test_two_figures_inside_one_range_are_not_joined_through_it() -> None:
    # Band D's £3.58 and Band A's £2.39 both lie in "between £2 and £4 a week".
    assert not rule_messages(
        "FC105",
        "Council tax in Cardiff will rise next April, adding £3.58 a week to a Band D bill, the "
        "council said.",
        "Council tax in Cardiff will rise next April, adding between £2 and £4 a week to bills, "
        "the council said.",
        "Council tax in Cardiff will rise next April, with Band A households paying £2.39 a week "
        "more, the council said.",
    )


# QA round 36 (a space mission's length): a span told in weeks in one article and in days in
# another is compared in days, as one in hours and one in minutes is in minutes. Years and
# months stay apart (two waiting-list thresholds, two co-defendants' sentences).
TIME_UNIT_CASES = [
    pytest.param(
        "The bridge will close for three weeks from Monday for repairs, the council said.",
        "The bridge will close for 12 days from Monday for repairs, the council said.",
        ["bridge close repair is three weeks in a but 12 days in b"],
        id="weeks-against-days",
    ),
    pytest.param(
        "The bridge will close for two weeks from Monday for repairs, the council said.",
        "The bridge will close for 14 days from Monday for repairs, the council said.",
        [],
        id="the-same-span-in-weeks-and-days",
    ),
    pytest.param(
        "The fire at the depot burned for two hours before crews brought it under control.",
        "The fire at the depot burned for 45 minutes before crews brought it under control.",
        ["depot burned before crew brought is two hours in a but 45 minutes in b"],
        id="hours-against-minutes",
    ),
    pytest.param(
        "The number waiting more than 18 months rose by 6.2 per cent.",
        "The number waiting more than a year rose by 6.2 per cent.",
        [],
        id="years-and-months-stay-apart",
    ),
]


@pytest.mark.parametrize(("text_a", "text_b", "expected"), TIME_UNIT_CASES)
def test_spans_of_time_are_compared_in_the_smaller_unit(text_a, text_b, expected) -> None:
    found = rule_messages("FC105", text_a, text_b)
    assert [message.split(": ", 1)[-1] for message in found] == expected


def test_a_toll_set_in_a_province_by_its_short_form_is_the_provinces_toll() -> None:
    # QA round 37: "Sarnia, Ont." sets the story in Ontario, where the other outlet puts the
    # plant, so the two tolls are one fact.
    found = rule_messages(
        "FC105",
        "An explosion and fire at a styrene plant in Sarnia, Ont., early Tuesday injured 11 "
        "workers, three of them critically.",
        "Shares in Halvergate Chemicals fell sharply on Tuesday after an explosion and fire at "
        "its styrene plant in Ontario injured 13 workers.",
    )
    assert [message.split(" is ", 1)[-1] for message in found] == [
        "11 workers in a but 13 workers in b"
    ]


def test_two_price_indexes_are_two_measures() -> None:
    # QA round 37: a union set its pay offer against both, each named.
    assert not rule_messages(
        "FC105",
        "The union says the offer amounts to a real-terms cut with consumer price inflation at "
        "3.4 per cent.",
        "Retail price index inflation stood at 4.2 per cent in January, the union pointed out.",
    )
    assert rule_messages(
        "FC105",
        "The union says the offer amounts to a real-terms cut with consumer price inflation at "
        "3.4 per cent.",
        "Consumer price inflation stood at 4.2 per cent in January, the union pointed out.",
    )


# QA round 37 (a strike's days) and archived rounds (a past round of job cuts): a figure to
# come and one in a year its sentence names, not to come, are two facts.
TENSE_CASES = [
    pytest.param(
        "Lecturers and support staff at the University of Calderdale will walk out for 18 days "
        "this spring after voting for strike action. Staff walked out for 10 days in 2023 as "
        "part of a national dispute over pensions and pay.",
        "Staff will walk out on 18 days starting March 2.",
        [],
        id="a-past-strike-in-its-year",
    ),
    pytest.param(
        "Cobaltline cut about 900 jobs in March 2024.",
        "Cobaltline will cut 1,580 jobs, the company said.",
        [],
        id="a-past-round-of-job-cuts",
    ),
    pytest.param(
        "The regulator accepted a commitment to build 1,500 new mobile sites in regional areas "
        "by 2030.",
        "Aurora will have to build 1,200 regional mobile sites to get the deal over the line.",
        ["1,500 new mobile sites in a but 1,200 regional mobile sites in b"],
        id="a-year-a-figure-is-due-by-is-to-come",
    ),
]


@pytest.mark.parametrize(("text_a", "text_b", "expected"), TENSE_CASES)
def test_a_figure_to_come_is_no_figure_of_a_past_year(text_a, text_b, expected) -> None:
    found = rule_messages("FC105", text_a, text_b)
    assert [message.split(" is ", 1)[-1] for message in found] == expected


def test_attorneys_and_lawyers_fees_are_one_measure() -> None:
    # QA round 37: an American and a British word for one profession; "fees" reads as fees.
    found = rule_messages(
        "FC105",
        "Class counsel will ask the court for attorneys' fees of up to 30% of the fund, or "
        "$15.75 million, plus expenses.",
        "Plaintiffs' lawyers will seek fees of up to 33% of the settlement fund.",
    )
    assert found == ["court lawyer fee fund is up to 30% in a but up to 33% in b"]


def test_a_fine_is_measured_by_its_verb() -> None:
    # QA round 37: "fined" says what the sum is, as "jailed" says what a span is.
    found = rule_messages(
        "FC105",
        "Ontario courts fined the company 540,000 Canadian dollars ($390,000) in 2019 over a "
        "benzene leak.",
        "The Sarnia site was fined C$450,000 (about £250,000) in 2019 over a benzene leak.",
    )
    assert [message.split(" is ", 1)[-1] for message in found] == [
        "540,000 Canadian dollars in a but C$450,000 in b"
    ]


def test_a_two_year_fix_is_a_fixed_mortgage() -> None:
    # QA round 37: what British lenders call a fixed-rate mortgage.
    found = rule_messages(
        "FC105",
        "The average rate on a two-year fixed mortgage stood at 4.72% at the start of December, "
        "down from a peak of 6.85% in July 2023.",
        "In July 2023 the average two-year fixed deal hit 6.85 per cent. The average two-year "
        "fix now costs 4.27 per cent.",
    )
    assert [message.split(" is ", 1)[-1] for message in found] == [
        "4.72% in a but 4.27 per cent in b"
    ]


def test_ballots_and_votes_cast_are_one_count() -> None:
    # QA round 37: the same turnout, counted in ballots by one outlet and votes by another.
    assert rule_messages(
        "FC106",
        "Turnout was 81.3 percent, with 172,681 ballots cast at 312 polling stations.",
        "Turnout was 81.3 per cent, with more than 172,000 votes cast.",
    ) == ["312 polling stations (polling station cast) is reported only by a, not by b"]


def test_storeys_and_stories_are_one_height() -> None:
    # QA round 40: a building's height in American and British spelling.
    found = rule_messages(
        "FC105",
        "Fire crews battled the blaze in the 14-story Harbour View hotel for six hours.",
        "The fire broke out in the 16-storey Harbour View hotel shortly after midnight.",
    )
    assert [message.split(" is ", 1)[-1] for message in found] == [
        "14-story in a but 16-storey in b"
    ]


def test_a_limit_a_rule_sets_is_not_the_level_reached() -> None:
    # QA round 41: a club's wage ratio against the ceiling UEFA's rule sets.
    assert not rule_messages(
        "FC105",
        "The wage bill took the club's wage-to-revenue ratio to 72.6 per cent - well above the "
        "70 per cent ceiling that UEFA's squad cost rule will impose from next season.",
        "From next season UEFA's squad cost rule limits spending on wages, transfers and "
        "agents' fees to 70% of revenue for clubs in its competitions.",
    )
    # Two limits are one fact, and can disagree.
    found = rule_messages(
        "FC105",
        "Ofgem's price cap of £1,849 a year applies from April.",
        "The energy price cap will be £1,894 a year from April, Ofgem said.",
    )
    assert [message.split(" is ", 1)[-1] for message in found] == [
        "£1,849 a year in a but £1,894 a year in b"
    ]


@pytest.mark.parametrize(
    ("text_a", "text_b", "expected"),
    [
        # QA round 41: one number, its scale word misprinted, in sentences worded apart.
        ("The shares closed at 286 pence, wiping about £310 million off the company's market "
         "value.", "Shares in Calder fell 4.7% to 286p, wiping some £310bn off its stock market "
         "value.", ["about £310 million in a but some £310bn in b"]),
        ("The club's American owners injected £85 million of new equity during the year.",
         "The US investment firm that owns the club put in £85bn of fresh equity.",
         ["£85 million in a but £85bn in b"]),
        # QA round 42: "restructuring" says what the charge is, as "marketing" would.
        ("It will take a total restructuring charge of $2.8 billion. It expects severance "
         "costs of $1.4 billion to $1.7 billion.",
         "The company said it would book a restructuring charge of $2.8 million, and severance "
         "payments and related costs of between $1.4bn and $1.9bn.",
         ["$2.8 billion in a but $2.8 million in b",
          "$1.4 billion to $1.7 billion in a but between $1.4bn and $1.9bn in b"]),
        # QA round 42: "under" before a law is no margin below a level.
        ("Judge Hale made a confiscation order of £1.48 million under the Proceeds of Crime Act.",
         "The court also made a confiscation order of £1.48bn against Pellow.",
         ["£1.48 million in a but £1.48bn in b"]),
        # A point misplaced: the same digits ten times apart, in money.
        ("Kiprono's pay day came to 80,000 euros from a total prize purse of 380,000 euros.",
         "He collected the €50,000 winner's prize from a prize pot of €3.8 million.",
         ["380,000 euros in a but €3.8 million in b"]),
        # QA round 42: digits swapped, a typist's slip, in sentences worded apart.
        ("Leclerc's hopes ended when his right-rear wheel stuck during a 4.8-second stop on lap "
         "31.", "Leclerc was stationary for 8.4 seconds on lap 31 when the right-rear wheel would "
         "not come off.", ["4.8-second in a but 8.4 seconds in b"]),
        # One digit: "$1 million" and "$1 billion" are as often two amounts.
        ("The foundation gave $1 million to the club's academy.",
         "The club's owners have put $1 billion into the club.", []),
    ],
)  # fmt: skip
def test_a_scale_word_misprinted_is_a_conflict(text_a: str, text_b: str, expected: list) -> None:
    found = rule_messages("FC105", text_a, text_b)
    assert [message.split(" is ", 1)[-1] for message in found] == expected


def test_a_change_is_of_its_verbs_object() -> None:
    # QA round 41: one risk reduction, each outlet naming the outcomes in its own words.
    found = rule_messages(
        "FC105",
        "Corvane Therapeutics' experimental heart-failure pill ferandostat reduced the combined "
        "risk of cardiovascular death or hospitalisation for heart failure by 22% in a large "
        "late-stage trial, the company said on Monday.",
        "A new pill for heart failure has cut the risk of death or hospital admission by 24 per "
        "cent in patients who were already taking the best available medicines.",
    )
    assert [message.split(" is ", 1)[-1] for message in found] == ["22% in a but 24 per cent in b"]


def test_a_races_finishers_are_one_count() -> None:
    # QA round 41: a bare count after the field it comes from, and the same count told as
    # those who "made it to the finish".
    found = rule_messages(
        "FC105",
        "Organisers said 16,512 runners started the race and 14,382 finished, both records for "
        "the event.",
        "Some 16,500 runners set off from the start, and 14,832 made it to the finish.",
    )
    assert [message.split(" is ", 1)[-1] for message in found] == ["14,382 in a but 14,832 in b"]


@pytest.mark.parametrize(
    ("text_a", "text_b", "expected"),
    [
        # QA round 41: a ferry's licensed capacity, and the visitors evacuated with residents.
        ("The wooden-hulled vessel was licensed to carry 60 passengers, port documents showed.",
         "The ferry was certified for 80 passengers, according to the transport agency.",
         ["60 passengers in a but 80 passengers in b"]),
        # QA round 41: consumer prices' rise is inflation.
        ("Consumer prices rose 2.1 per cent in May from a year earlier, the statistics office "
         "said.", "Inflation stood at 2.6% in May, the Federal Statistical Office said.",
         ["2.1 per cent in a but 2.6% in b"]),
        # QA round 43: land a fire burned or scorched; a running cost, nothing still to come.
        ("The Piru Ridge Fire had burned 48,213 acres by Monday morning, Cal Fire said.",
         "By Monday it had scorched 42,813 acres and was 35 percent contained.",
         ["48,213 acres in a but 42,813 acres in b"]),
        ("The census cost about $565 million to run, the ABS said.",
         "The exercise cost the ABS around $565 billion.",
         ["about $565 million in a but around $565 billion in b"]),
        # QA round 43: a sewage firm's discharges and spills are one count.
        ("Mercia Water made 1,237 illegal discharges over the period, the court heard.",
         "Mercia Water made 1,273 illegal spills between 2020 and 2023, the court heard.",
         ["1,237 illegal discharges in a but 1,273 illegal spills in b"]),
        # QA round 42: a workforce and a staff are one headcount.
        ("Halden said it would cut about 12,000 jobs, or about 9% of its workforce.",
         "Halden is to lay off 12,000 employees, roughly 11 per cent of its staff.",
         ["about 9% in a but roughly 11 per cent in b"]),
        ("Around 1,500 residents and tourists were moved to safety overnight, the ministry said.",
         "Some 2,500 residents and holidaymakers fled overnight.",
         ["Around 1,500 residents in a but Some 2,500 residents in b"]),
    ],
)  # fmt: skip
def test_words_for_one_thing_in_two_outlets(text_a: str, text_b: str, expected: list) -> None:
    found = rule_messages("FC105", text_a, text_b)
    assert [message.split(" is ", 1)[-1] for message in found] == expected


def test_a_compass_point_is_a_region_only_beside_the_nations_figure() -> None:
    # QA round 42: where the story happens, not a part of the country a figure is of.
    found = rule_messages(
        "FC105",
        "A magnitude 6.8 earthquake struck eastern Turkey before dawn on Tuesday, killing at "
        "least 84 people.",
        "Rescuers in eastern Turkey were digging through the night after a powerful earthquake "
        "flattened more than 300 buildings, killing at least 94 people.",
    )
    assert [message.split(" is ", 1)[-1] for message in found] == [
        "at least 84 people in a but at least 94 people in b"
    ]
    # QA round 41: the east's share and the nation's, told crosswise, agree.
    assert not rule_messages(
        "FC105",
        "In eastern Germany, about 22 per cent of employees earn less than €13.90 an hour, "
        "compared with 15 per cent nationally, the report said.",
        "Roughly 15% of employees nationwide earn less than €13.90, but in the eastern states "
        "the figure is 22%.",
    )


def test_money_in_whole_hundreds_may_be_rounded() -> None:
    # QA round 43: a house price to the nearest £100 by one outlet, to the pound by another.
    assert not rule_messages(
        "FC105",
        "The average price of a home climbed to £298,417 in October, the lender said.",
        "The typical home cost £298,400 in October, the lender said.",
    )
    found = rule_messages(
        "FC105",
        "The average price of a home climbed to £298,417 in October, the lender said.",
        "The typical home cost £298,600 in October, the lender said.",
    )
    assert [message.split(" is ", 1)[-1] for message in found] == [
        "£298,417 in a but £298,600 in b"
    ]


def test_an_occasion_is_no_measure() -> None:
    # QA round 43: "for the first time" and "last time" say when, not what is measured.
    assert not rule_messages(
        "FC105",
        "For the first time more than half of the population, 51.3 per cent, had at least one "
        "parent born overseas.",
        "Some 83% of households filled in the census online, compared with 79% last time.",
    )


def test_a_level_before_a_change_is_not_the_one_value_near_another() -> None:
    # QA round 38: 28.4 per cent now, against 29.4% now and 27.6% at the previous census.
    found = rule_messages(
        "FC105",
        "The bureau said 29.4% of the population was born overseas, up from 27.6% at the "
        "previous census in 2021.",
        "The bureau's release on Tuesday shows 28.4 per cent of residents were born in another "
        "country.",
    )
    assert [message.split(" is ", 1)[-1] for message in found] == [
        "29.4% in a but 28.4 per cent in b"
    ]


def test_a_reduction_is_no_share_of_a_whole() -> None:
    # QA round 38: a fine cut by a fifth for settling, against the fine as a share of revenue.
    assert not rule_messages(
        "FC105",
        "Ardmore's penalty is equivalent to about 3.4% of its 2024 revenue of 2.8 billion "
        "pounds, according to Reuters calculations.",
        "Ardmore’s penalty was reduced by 20 per cent because it agreed to settle the case.",
    )


def test_customers_homes_and_consumers_without_power_are_one_count() -> None:
    # QA round 38: one cyclone's outage, counted in three words by three outlets.
    found = rule_messages(
        "FC105",
        "About 1.9 million electricity customers were without power on Thursday.",
        "About 1.6 million homes were without power on Thursday.",
        "The storm left nearly 19 lakh consumers without electricity on Thursday.",
    )
    assert [message.split(" is ", 1)[-1] for message in found] == [
        "About 1.6 million homes in b but About 1.9 million electricity customers in a and c"
    ]


def test_two_spans_of_months_are_two_periods() -> None:
    # QA round 39: rainfall over March to June and over March to May are two measures.
    assert not rule_messages(
        "FC105",
        "The region received just 54% of its long-term average rainfall between March and June.",
        "The region received just 61 per cent of its long-term average rainfall between March "
        "and May.",
    )


def test_a_pregnancy_and_a_gestation_are_one_span() -> None:
    # QA round 39: a rhino calf's gestation, in two words.
    found = rule_messages(
        "FC105",
        "The calf was born at Halden Safari Park after a gestation of 462 days.",
        "The calf was born at Halden Safari Park after a pregnancy lasting 426 days.",
    )
    assert [message.split(" is ", 1)[-1] for message in found] == [
        "462 days in a but 426 days in b"
    ]


# QA round 39: a background paragraph's crash of years before is no toll of this one; a span
# from that year is still of now.
PAST_CASES = [
    pytest.param(
        "The coach left the road near Split on Tuesday. Three British people were also killed.",
        "The coach left the road near Split on Tuesday; the firm has run tours since 2023. In "
        "2021, a bus carrying Polish pilgrims crashed on a highway in northern Croatia, killing "
        "12 people.",
        [],
        id="a-crash-of-years-before",
    ),
    pytest.param(
        "The crash on Tuesday killed three people, police said in 2024.",
        "In 2024, the crash on Tuesday killed four people, police said.",
        ["three people in a but four people in b"],
        id="the-latest-year-is-now",
    ),
]


@pytest.mark.parametrize(("text_a", "text_b", "expected"), PAST_CASES)
def test_a_figure_of_years_before_is_no_figure_of_now(text_a, text_b, expected) -> None:
    found = rule_messages("FC105", text_a, text_b)
    assert [message.split(" is ", 1)[-1] for message in found] == expected


def test_institutions_ranked_are_universities() -> None:
    # QA round 39: one ranking's count, in two words.
    found = rule_messages(
        "FC105",
        "The rankings, published on Tuesday, assess 1,912 institutions in 108 countries.",
        "The rankings, released overnight, assessed 1,921 universities across 108 countries.",
    )
    assert [message.split(" is ", 1)[-1] for message in found] == [
        "1,912 institutions in a but 1,921 universities in b"
    ]


def test_an_earthquake_of_years_ago_is_not_this_one() -> None:
    # QA round 38: a background paragraph's 2015 quake, its year before its name, against the
    # magnitude of the one the articles report (one names a quake of 2023 as well).
    assert not rule_messages(
        "FC105",
        "Nepal sits on one of the world’s most active seismic zones. The 2015 Gorkha "
        "earthquake, of magnitude 7.8, killed nearly 9,000 people.",
        "An earthquake of magnitude 6.1 struck Darchula district late on Friday night. In "
        "November 2023, an earthquake in Jajarkot district killed 153 people.",
    )


# QA round 43's bank results: one outlet dates the profit "in 2025", the other "last year";
# both name 2028's target, a year after they were written.
BANK_A = (
    "Net profit rose to €5.83 billion in 2025 from €4.91 billion a year earlier. The bank "
    "kept its target of a return on tangible equity above 13% by 2028."
)
BANK_B = (
    "Net profit rose to €5.38bn last year, up from €4.9bn in 2024. The bank still aims for a "
    "return on tangible equity above 13% by 2028."
)


def test_last_year_is_the_year_before_the_articles_date() -> None:
    assert rule_messages("FC105", BANK_A, BANK_B, date="2026-02-05") == [
        "net profit rise (2025) is €5.83 billion in a but €5.38bn in b"
    ]


def test_a_year_after_the_articles_date_does_not_make_their_year_the_past() -> None:
    undated = BANK_B.replace(" last year", "")
    assert rule_messages("FC105", BANK_A, undated, date="2026-02-05") == [
        "net profit rise (2025 in a, unstated in b) is €5.83 billion in a but €5.38bn in b"
    ]
    assert rule_messages("FC105", BANK_A, undated, date="2028-02-05") == []


def test_without_a_date_a_year_due_by_is_no_year_of_the_event() -> None:
    # "above 13% by 2028" is a target, still to come: 2025 is the latest year of the event,
    # and its profit is the other's of "last year" (QA round 58's "by 2027" waiting list).
    assert rule_messages("FC105", BANK_A, BANK_B) == [
        "net profit rise (2025 in a, unstated in b) is €5.83 billion in a but €5.38bn in b"
    ]


@pytest.mark.parametrize(
    ("text_a", "text_b", "messages"),
    [
        # QA round 46's bushfire: one area, told in hectares by one outlet, acres by the other.
        ("The Mount Cole fire has burned 48,500 acres.",
         "The Mount Cole fire has burned 48,500 hectares.",
         ["mount cole fire burned is 48,500 acres in a but 48,500 hectares "
          "in b"]),
        ("The Mount Cole fire has burned about 120,000 acres.",
         "The Mount Cole fire has burned 48,500 hectares.", []),
        ("The Mount Cole fire has burned 76 square miles.",
         "The Mount Cole fire has burned 19,700 hectares.", []),
    ],
)  # fmt: skip
def test_areas_are_compared_in_hectares(text_a: str, text_b: str, messages: list[str]) -> None:
    assert rule_messages("FC105", text_a, text_b) == messages


def test_a_rival_tally_pairs_with_the_rivals_count() -> None:
    # The planted discrepancy is Marchetti's aces, 11 against 14; both have Brandt's 7.
    a = (
        "Marchetti served 11 aces and converted 4 of 11 break points. Brandt, the top seed, "
        "hit 7 aces but made 38 unforced errors."
    )
    b = "Brandt made 38 unforced errors and served only 7 aces to Marchetti’s 14."
    assert rule_messages("FC105", a, b) == ["ace marchetti is 11 aces in a but 14 in b"]


def test_groceries_are_food() -> None:
    # Groceries are food bought to eat at home, not services prices.
    a = (
        "Consumer prices rose 0.2% in February. Food prices increased 0.2%, with food consumed "
        "at home up 0.1%. Services prices excluding energy rose 0.3% last month."
    )
    b = "On a monthly basis, prices rose 0.2 percent. Grocery prices ticked up 0.1 percent."
    assert rule_messages("FC105", a, b) == []


def test_a_gain_so_far_this_year_is_no_days_move() -> None:
    a = "Shares in Lumen were up 4.8% at 1030 GMT. The stock has gained about 22% so far this year."
    b = "Lumen shares closed up 3.9 per cent in Lisbon."
    assert rule_messages("FC105", a, b) == []


def test_a_share_price_move_is_no_change_in_results() -> None:
    a = "Lumen Airlines Group reported a 12% rise in third-quarter net profit on Thursday."
    b = "Investors welcomed the figures. Lumen shares closed up 3.9 per cent in Lisbon."
    assert rule_messages("FC105", a, b) == []


def test_two_gains_so_far_this_year_are_compared() -> None:
    a = "The stock has gained about 22% so far this year."
    b = "The shares have risen 31% since the start of the year."
    assert rule_messages("FC105", a, b) == [
        "share rise so far this year is about 22% in a but 31% in b"
    ]


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        # Lengths are compared in metres, speeds in km/h, whatever they are told in.
        (
            "Its epicentre was about 45 km north-east of Chainpur.",
            "Its epicentre was some 45 miles north-east of Chainpur.",
            True,
        ),
        ("She won the 10 km race in 29 minutes.", "She won the 6.2-mile race easily.", False),
        ("Gusts reached 225 km/h on the coast.", "Gusts reached 140 mph on the coast.", False),
        ("Gusts reached 225 km/h on the coast.", "Gusts reached 120 mph on the coast.", True),
        # QA round 50: rain in millimetres and inches, an impurity in micrograms and
        # nanograms, a tablet's strength in "mg" and "milligram".
        ("PAGASA said 310 mm of rain fell in Baler.", "More than 12 inches of rain fell in Baler.",
         False),
        ("PAGASA said 310 mm of rain fell in Baler.", "More than 20 inches of rain fell in Baler.",
         True),
        ("Tablets held up to 0.38 micrograms of the impurity.",
         "Tablets held up to 380 nanograms of the impurity.", False),
        ("Tablets held up to 0.38 micrograms of the impurity.",
         "Tablets held up to 38 nanograms of the impurity.", True),
        ("The recall covers the 40 mg tablets.", "The recall covers 40-milligram tablets.", False),
        ("The ship carried 300 kg of cargo.", "The ship carried 661 pounds of cargo.", False),
    ],
)  # fmt: skip
def test_lengths_speeds_and_masses_in_one_unit(a: str, b: str, conflict: bool) -> None:
    assert bool(rule_messages("FC105", a, b)) is conflict


def test_a_victory_is_a_win() -> None:
    a = "Kipchumba collects €40,000 for the victory, the organisers said."
    b = "Kipchumba earns €30,000 for winning, the organisers said."
    assert rule_messages("FC105", a, b) == [
        "kipchumba collect win is €40,000 in a but €30,000 in b"
    ]


def test_three_digits_a_scale_word_apart_are_one_figure_misprinted() -> None:
    # No word of the two measures is alike; the digits are.
    a = "Treasury estimates put the cost of the deal at $1.27 billion over four years."
    b = "The package will add $1.27 million to the state's wage bill over four years."
    assert rule_messages("FC105", a, b) == [
        "put cost deal is $1.27 billion in a but $1.27 million in b"
    ]


def test_two_digits_a_scale_word_apart_need_alike_words() -> None:
    a = "The club was fined $1.5 million for the breach."
    b = "Its revenue reached $1.5 billion last season."
    assert rule_messages("FC105", a, b) == []


def test_a_range_with_one_scale_word_misprinted() -> None:
    a = "For the current quarter, Northwind expects revenue of $4.7 billion to $4.9 billion."
    b = "For the current quarter, Northwind expects revenue of $4.7 billion to $4.9 million."
    (message,) = rule_messages("FC105", a, b)
    assert "$4.7 billion to $4.9 billion in a but $4.7 billion to $4.9 million in b" in message


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # "interim" names a dividend here, no score on the way...
        (
            "The company lifted its interim dividend to 4.2 pence a share from 3.9 pence.",
            "The board lifted the interim dividend to 4.4p a share, from 3.9p.",
        ),
        # ... and "limit" a verb of what plans would do, no limit a rule sets.
        (
            "Temperatures would rise by 2.3C to 2.5C above pre-industrial levels.",
            "The plans would limit warming to 2.3-2.6C, the report found.",
        ),
    ],
)
def test_markers_are_not_the_words_they_are_named_after(a: str, b: str) -> None:
    assert len(rule_messages("FC105", a, b)) == 1


def test_a_bare_dollar_in_the_country_of_the_other_articles_dollar() -> None:
    a = (
        "KELSO LAKE, B.C. — The province has spent more than $1.1 billion fighting wildfires "
        "so far this season, the Ministry of Forests said."
    )
    b = (
        "The provincial government has spent more than C$1.1 million on firefighting so far "
        "this season, according to the forests ministry."
    )
    (message,) = rule_messages("FC105", a, b)
    assert "more than $1.1 billion in a but more than C$1.1 million in b" in message


def test_containers_stuck_on_the_wharves_are_idle_on_the_docks() -> None:
    a = "The strike left more than 38,000 containers stuck on the wharves."
    b = "More than 36,000 containers are now sitting idle on the docks."
    assert len(rule_messages("FC105", a, b)) == 1


def test_hackers_and_thieves_took_one_sum() -> None:
    a = "Hackers drained about 4,850 bitcoin from the exchange's hot wallets."
    b = "After the breach, thieves made off with 4,580 bitcoin, the exchange's boss said."
    assert len(rule_messages("FC105", a, b)) == 1


def test_a_months_rise_and_a_years() -> None:
    # Each outlet gives both; only the annual rises differ.
    a = (
        "The average price of a home rose 0.6% in February to £298,417. Prices were 3.8% "
        "higher than a year earlier."
    )
    b = (
        "The average home now costs £298,400, after a rise of 0.6 per cent during the month. "
        "Prices are 3.4 per cent higher than in February last year."
    )
    assert rule_messages("FC105", a, b, date="2026-03-03") == [
        "price rise over a year is 3.8% in a but 3.4 per cent in b"
    ]


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        # Weeks, days and hours are compared in one unit.
        ("Systems were down for 48 hours.", "Systems were down for two days.", False),
        ("Systems were down for 48 hours.", "Systems were down for three days.", True),
        ("The line was closed for three weeks.", "The line was closed for 12 days.", True),
    ],
)
def test_days_and_hours_in_one_unit(a: str, b: str, conflict: bool) -> None:
    assert bool(rule_messages("FC105", a, b)) is conflict


def test_a_sum_a_year_is_an_annual_one() -> None:
    a = "The department estimates the change will add €290 million a year to employers' bills."
    b = "Employer groups have put the annual cost to employers at €290bn."
    assert len(rule_messages("FC105", a, b)) == 1


@pytest.mark.parametrize(
    ("a", "b", "messages"),
    [
        # QA round 51: one change in a share, its unit misprinted in one article.
        ("Veyra lifted its global market share to 14.3%, up 2.1 percentage points.",
         "Its share of the global market rose 2.1% to 14.3%.",
         ["rise global market share is 2.1 percentage points in a but 2.1% "
          "in b"]),
        # Points and per cent of different values may both be right: "up 2.1 points, or 17%".
        ("Veyra lifted its global market share to 14.3%, up 2.1 percentage points.",
         "Its share of the global market rose 17% to 14.3%.", []),
        # A level in per cent is no change in points.
        ("Unemployment fell 0.2 percentage points in October.",
         "Unemployment stood at 0.2% among graduates.", []),
    ],
)  # fmt: skip
def test_a_change_in_points_is_not_the_same_number_in_per_cent(
    a: str, b: str, messages: list[str]
) -> None:
    assert rule_messages("FC105", a, b) == messages
