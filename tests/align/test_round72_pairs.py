"""QA round 72: one measure told in other words. A count in a compound noun ("14,200 merchant
customers") counts the other article's noun that qualifies it, when each article counts that
thing once; new signings are players, public tenders contracts; a "Premium plan" is a
product's name, no premium to a price, so its price pairs with the other's price of the plan.
None of this holds for a noun named elsewhere in the sentence, two kinds counted together, or
a premium that rises."""

from __future__ import annotations

import pytest

from support import assert_pairs


@pytest.mark.parametrize(
    ("text_a", "text_b", "paired", "not_paired"),
    [
        # The merchants hit, by the other's word for them as customers.
        (
            "Terminals began rejecting payments at about 11:15 a.m., the Dublin-based company "
            "said in a statement. Corvant said about 12,400 of its merchants had been affected.",
            "The disruption hit supermarkets, pharmacies, restaurants and petrol stations. The "
            "company said 14,200 merchant customers had been hit.",
            [("about 12,400 of its merchants", "14,200 merchant customers")],
            [],
        ),
        # Drugs in late-stage trials, counted as candidates.
        (
            "Oristane reported revenue of $6.2 billion last year, driven by its lung-cancer "
            "drug Veltrix, and has twelve drugs in late-stage trials.",
            "Oristane, whose lung-cancer treatment Veltrix has become one of the best-selling "
            "oncology drugs in the United States, has 14 late-stage drug candidates.",
            [("twelve drugs", "14 late-stage drug candidates")],
            [],
        ),
        # A noun named elsewhere in the sentence is no word of the count: the accomplices
        # waited on scooters, which are not them.
        (
            "Two men raised the lift to a window. Three accomplices waited on scooters in the "
            "street below.",
            "Two of them reached a first-floor window, after which the gang fled on two scooters.",
            [],
            [("Three accomplices", "two scooters")],
        ),
        # Soldiers and police counted together are not the soldiers alone.
        (
            "The government deployed 2,000 soldiers and police to the area, along with eight "
            "helicopters.",
            "The government dispatched 1,500 soldiers, and the finance ministry said it would "
            "release emergency funds.",
            [],
            [("2,000 soldiers and police", "1,500 soldiers")],
        ),
        # A club's new signings are the players it signed.
        (
            "The club signed seven players during the financial year, including striker Tomas "
            "Ekwueme from Porto.",
            "The squad was overhauled. The club spent £146m on new players, bringing in nine "
            "new signings, among them Porto striker Tomas Ekwueme.",
            [("seven players", "nine new signings")],
            [],
        ),
        # Public tenders rigged are the contracts the bids were for.
        (
            "A Munich court sentenced the former chief executive to prison for his role in a "
            "cartel that rigged bids on 46 public construction contracts.",
            "The court found Wendt and three other managers guilty of operating a cartel that "
            "carved up 64 public tenders from 2015 to 2021.",
            [("46 public construction contracts", "64 public tenders")],
            [],
        ),
        # The price of the Premium plan, which is no premium to a price.
        (
            "In the U.S., the ad-free Premium plan will rise to $17.99 a month from $15.99 "
            "starting Nov. 15, while the ad-supported Basic tier goes to $8.99 from $7.99.",
            "The streaming service said Tuesday that its ad-free Premium plan in the U.S. will "
            "cost $18.99 a month from Nov. 15, up from $15.99, and that Basic with ads will "
            "rise a dollar to $8.99.",
            [("$17.99 a month", "$18.99 a month"), ("$15.99", "$15.99")],
            [("$17.99 a month", "$15.99")],
        ),
        # Insurance premiums that rise are premiums both ways, as before.
        (
            "The association said only about half of its 310 members carried hail cover, "
            "because premiums had risen by as much as 40% since 2022.",
            "The association, which has 310 members, said about half of them had no hail "
            "insurance, pointing to premium rises of up to 40% since 2022.",
            [("as much as 40%", "up to 40%")],
            [],
        ),
    ],
)
def test_one_measure_in_other_words(
    text_a: str,
    text_b: str,
    paired: list[tuple[str, str]],
    not_paired: list[tuple[str, str]],
) -> None:
    assert_pairs(text_a, text_b, paired, not_paired)
