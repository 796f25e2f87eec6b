"""Review of db63130..9ad68ed, items 1-3 (FC115): a quantified subject that "remains" or
"still" holds the state the event left it in is the event's aftermath, not background; a
plural subject spread over a place is background only when it holds a state now, not when a
future, a simple past, a passive or a news day tells the event; and "since" and a year make a
trend only after a verb of change (or of failings), not after a tenure's, a record's or a
meeting's verb. The last also keeps FC115 off the sentence FC106 flags for its tally."""

from __future__ import annotations

import pytest

from support import rule_messages

OTHER = "Officials gave no further details."


@pytest.mark.parametrize(
    ("event", "claim", "flagged"),
    [
        # Item 1: the reviewer's aftermaths.
        ("Storm Ciara hit Wales on Sunday.", "Hundreds of homes remain without power.", False),
        ("Fog disrupted Heathrow on Tuesday.", "Many flights remain cancelled.", False),
        ("The hospital closed its ward on Monday.", "Most patients remain in stable condition.",
         False),
        ("A storm hit the coast on Sunday.", "Some areas still lack power on Monday.", False),
        # New wordings.
        ("A gas blast tore through the estate on Friday.",
         "Dozens of residents remain in hospital.", False),
        ("A mudslide buried the village on Wednesday.", "Several climbers are still missing.",
         False),
        ("Ice closed the pass on Thursday.", "Hundreds of lorries remain stranded near Dover.",
         False),
        ("The quake struck the island on Saturday.", "Many villages still lack electricity.",
         False),
        ("A strike began at the port today.", "Many ferries still sail as planned this morning.",
         False),
        # Negative: a state or a belief that holds beyond the event is still background.
        ("The clinic reopened on Monday.", "Many rural clinics still lack a full-time pharmacist.",
         True),
        ("The bill passed on Tuesday.", "Several senators privately fear a backlash.", True),
        ("The fund cut rates on Monday.", "Most economists remain sceptical about the outlook.",
         True),
    ],
)  # fmt: skip
def test_a_quantified_subject_left_in_the_events_state_is_no_background(
    event: str, claim: str, flagged: bool
) -> None:
    assert bool(rule_messages("FC115", f"{event} {claim}", OTHER)) is flagged


@pytest.mark.parametrize(
    ("event", "claim", "flagged"),
    [
        # Item 2: the reviewer's event sentences.
        ("Heavy snow hit the north on Monday.",
         "Schools across the region will close on Tuesday.", False),
        ("A computer outage grounded planes on Friday.", "Flights across Europe were cancelled.",
         False),
        ("A storm brought down trees overnight.",
         "Roads throughout the county were blocked on Tuesday morning.", False),
        ("The chain collapsed on Tuesday.", "Stores across the UK will close by March.", False),
        # New wordings.
        ("Wales won the final on Saturday.", "Pubs across the valleys stayed open late.", False),
        ("The heatwave peaked on Thursday.",
         "Farmers throughout the county would be allowed extra water.", False),
        ("The strike began at dawn.", "Trains across the network are cancelled today.", False),
        ("The bakery chain collapsed.", "Shoppers across the city queued for bread.",
         False),
        # Negative: a state now or a perfect is background, as before.
        ("The library will shut in June.",
         "Councils across England have closed hundreds of branches since 2012.", True),
        ("The hospital reopened its ward.",
         "Hospitals throughout the province are short of night nurses.", True),
        ("The mill will close in May.",
         "Towns across the United States have lost their factories.", True),
    ],
)  # fmt: skip
def test_a_spread_subject_of_the_events_news_is_no_background(
    event: str, claim: str, flagged: bool
) -> None:
    assert bool(rule_messages("FC115", f"{event} {claim}", OTHER)) is flagged


@pytest.mark.parametrize(
    ("event", "claim", "flagged"),
    [
        # Item 3: the reviewer's tenures, records and meetings.
        ("Smith scored twice on Saturday.", "Smith has played for the club since 2019.", False),
        ("The MP resigned on Monday.", "She has represented the seat since 2010.", False),
        ("The teacher was suspended on Friday.", "He has taught at the school since 2012.",
         False),
        ("Root scored a century on Thursday.", "He has captained the side since 2017.", False),
        ("The club sacked its manager on Monday.",
         "The Glazers have controlled the club since 2005.", False),
        ("The summit opened on Monday.", "Leaders have met every year since 2009.", False),
        ("They beat Spurs on Sunday.", "Arsenal have not won the league since 2004.", False),
        # New wordings.
        ("The bishop retired on Friday.", "He has preached at the cathedral since 1998.", False),
        ("The festival opened on Thursday.", "It has taken place in the park since 2003.", False),
        ("The firm named a new chief on Monday.",
         "The founding family has controlled the board since 1971.", False),
        # Negative: a verb of change or of failings makes the trend, as before.
        ("The library will shut in June.", "Visitor numbers have halved since 2015.", True),
        ("The bridge was closed on Monday.",
         "The bridge has failed three structural checks since 2020.", True),
        ("The shop closed on Friday.", "Rents on the high street have soared since 2018.", True),
        # "In recent years" is no year: the tenure list alone still decides.
        ("The shop closed on Friday.", "Footfall has dwindled in recent years.", True),
    ],
)  # fmt: skip
def test_since_a_year_is_a_trend_only_after_a_verb_of_change(
    event: str, claim: str, flagged: bool
) -> None:
    assert bool(rule_messages("FC115", f"{event} {claim}", OTHER)) is flagged


def test_a_tally_since_a_year_is_the_figure_rules_alone() -> None:
    a = "The Lakers lost 110-102 to Boston on Sunday. The team has won four titles since 2000."
    b = "Boston beat the Lakers 110-102 on Sunday."
    assert rule_messages("FC115", a, b) == []
    assert len(rule_messages("FC106", a, b)) == 1
