"""Review of 9ad68ed..5eadceb, items 6-10: "since" and a year make a trend after any verb but a
tenure's or a record's (FC115); a state that holds beyond the event ("for weeks", "because…")
is background though it "remains"; a spread subject's past or future in the years around the
news, or a news day in a later clause, leaves it background; a "world's <superlative>" about
something else tells no record (FC113); a side's case goes on through ", and she hid…" (FC110).
"""

from __future__ import annotations

import pytest

from support import rule_messages

OTHER = "Officials gave no further details."


@pytest.mark.parametrize(
    ("event", "claim", "flagged"),
    [
        # Item 6: the reviewer's verbs of change.
        ("The union met ministers on Monday.", "Wages have stagnated since 2008.", True),
        ("The budget was published on Monday.", "The deficit has ballooned since 2019.", True),
        ("Markets fell on Friday.", "The pound has weakened against the dollar since 2022.",
         True),
        # New wordings.
        ("The coast was hit by a storm on Sunday.",
         "Flash floods in the valley have become more frequent since 2001.", True),
        ("The resort reopened on Friday.", "Bookings at the hotel have recovered since 2021.",
         True),
        ("Talks broke down on Monday.", "The border dispute has intensified since 2016.", True),
        # Negative: tenures, records and tallies since the year stay unflagged.
        ("Patel scored on Saturday.", "Patel has played for the club since 2020.", False),
        ("They drew with Leeds on Sunday.", "Rovers have not won the league since 1998.", False),
        ("The Celtics lost 98-91 to Miami on Friday.",
         "The Celtics have won three titles since 1986.", False),
        ("The committee voted on Monday.",
         "The Greens hoped to win control of the assembly for the first time since 2007.",
         False),
    ],
)  # fmt: skip
def test_since_a_year_is_a_trend_after_any_verb_but_a_tenure_or_record(
    event: str, claim: str, flagged: bool
) -> None:
    assert bool(rule_messages("FC115", f"{event} {claim}", OTHER)) is flagged


@pytest.mark.parametrize(
    ("event", "claim", "flagged"),
    [
        # Item 7: the reviewer's general claims told with "remain" or "still lack".
        ("The ward reopened on Monday.",
         "Many patients remain in hospital for weeks because there is no care at home.", True),
        ("The regulator met on Monday.",
         "Thousands of families still lack power in winter because of fuel poverty.", True),
        ("The council met on Monday.", "Many roads remain closed to lorries under a "
         "long-standing ban.", True),
        # New wording.
        ("The hospice opened on Friday.",
         "Many elderly patients remain in hospital for months awaiting a care home place.",
         True),
        # Negative: the event's aftermath stays no background.
        ("A storm hit the valley on Sunday.", "Hundreds of homes remain without power.", False),
        ("The river burst its banks on Friday.", "Dozens of farms remain cut off by floodwater.",
         False),
    ],
)  # fmt: skip
def test_a_lasting_state_is_background_though_it_remains(
    event: str, claim: str, flagged: bool
) -> None:
    assert bool(rule_messages("FC115", f"{event} {claim}", OTHER)) is flagged


@pytest.mark.parametrize(
    ("event", "claim", "flagged"),
    [
        # Item 8: the reviewer's spread subjects, in the years around the news.
        ("The minister visited a farm on Monday.",
         "Farmers across the region were hit by drought last year.", True),
        ("The budget was published on Monday.",
         "Councils across England will face a funding gap of £4 billion by 2028.", True),
        ("The border closed on Monday.",
         "Airlines across Europe have cut flights to the region since the war began, and on "
         "Tuesday two more suspended routes.", True),
        # New wordings.
        ("The fair opened on Friday.",
         "Growers throughout the county were hurt by frost in recent years.", True),
        ("The firm reported results on Monday.",
         "Retailers across Scotland have been hit hard by rising rents, with many shops "
         "shutting today.", True),
        # Negative: the event's news stays no background.
        ("Snow fell on Monday.", "Schools across the valley will close on Wednesday.", False),
        ("The chain collapsed on Tuesday.", "Shops across the county will close by April.",
         False),
        ("A server failed on Friday.", "Flights across Europe were delayed.", False),
    ],
)  # fmt: skip
def test_a_spread_subject_in_the_years_around_the_news_is_background(
    event: str, claim: str, flagged: bool
) -> None:
    assert bool(rule_messages("FC115", f"{event} {claim}", OTHER)) is flagged


@pytest.mark.parametrize(
    ("claim", "other", "flagged"),
    [
        # Item 9: the other article's "world's <superlative>" ranks something else.
        ("The port is the busiest container port in the world.",
         "The port is run by the world's largest shipping company.", True),
        ("The ship is the largest cruise ship in the world.",
         "The ship left port with 7,000 passengers, more than the world's largest aircraft "
         "carrier holds.", True),
        ("The dam is the tallest dam in the world.",
         "The dam was built by the world's biggest engineering firm.", True),
        # Negative: the same record, told with its scope first.
        ("The bridge is the longest suspension bridge in the world.",
         "Traffic on the world's longest suspension bridge was halted.", False),
        ("The bank is the largest lender in the world.",
         "The bank, the world's biggest, cut 300 jobs.", False),
    ],
)  # fmt: skip
def test_a_scoped_superlative_about_something_else_tells_no_record(
    claim: str, other: str, flagged: bool
) -> None:
    assert bool(rule_messages("FC113", claim, other)) is flagged


@pytest.mark.parametrize(
    ("sourced", "flat", "flagged"),
    [
        # Item 10: the reviewer's case, going on after ", and she…".
        ("Prosecutors said Merritt spent the money on cars, and she hid the rest in offshore "
         "accounts.", "Merritt hid the rest of the money in offshore accounts.", True),
        # New wording.
        ("Prosecutors said Dalton forged the invoices, and he then wired the cash to a "
         "shell company in Cyprus.", "Dalton wired the cash to a shell company in Cyprus.",
         True),
        # Negative: a clause of its own in another tense is no part of the case.
        ("Prosecutors said Dalton forged the invoices, and he faces up to ten years in prison "
         "if convicted.", "Dalton faces up to ten years in prison if convicted.", False),
    ],
)  # fmt: skip
def test_a_sides_case_goes_on_through_the_accuseds_next_act(
    sourced: str, flat: str, flagged: bool
) -> None:
    assert bool(rule_messages("FC110", sourced, flat)) is flagged


def test_a_sum_spent_since_a_year_is_a_tally() -> None:
    a = (
        "The dyke was raised on Monday. The regional authority has spent about 45 million "
        "kroner since 2016 on pumps and sea walls along the coast."
    )
    assert rule_messages("FC115", a, OTHER) == []
