"""QA round 63: one count or span two outlets word apart is paired: businesses and companies;
a chain's stores and cafes, when the one writing "cafes" also counts stores; runners who
finished and finishers; the one span of a unit left once the spans both print alike are paired.
And the controls: spans one article prints in another unit are paired already, so leave no
span left over, and runners who finished stay runners where no article counts finishers."""

from __future__ import annotations

import pytest

from support import aligned_texts

PAIRED = [
    # Businesses and companies are one count of firms.
    (
        "The court ordered the state to repay $412.6 million to about 1,840 businesses.",
        "Roughly 1,480 companies have paid the tax since it took effect.",
        ("about 1,840 businesses", "Roughly 1,480 companies"),
    ),
    # A chain's stores and cafes: the article that says "cafes" counts "stores" too.
    (
        "The company opened 112 stores during the quarter. It operates 6,430 stores in 14 "
        "countries, including about 780 stores in China.",
        "The company opened 121 new cafes in the quarter. It has about 780 stores in China.",
        ("112 stores", "121 new cafes"),
    ),
    # Runners who finished are finishers, where the other article counts finishers.
    (
        "Organisers said 28,412 runners finished the 42.195-kilometre course.",
        "Race officials counted 28,142 finishers from a starting field of 31,050.",
        ("28,412 runners", "28,142 finishers"),
    ),
    # The span both print alike is paired already; the one left of the unit in each is one.
    (
        "Survivors told aid employees they had spent nearly six hours in the water. The coast "
        "guard said the search for the missing would continue for at least 48 hours.",
        "Many of those rescued had been in the water for nearly four hours. Rescuers will keep "
        "searching for at least 48 hours.",
        ("nearly six hours", "nearly four hours"),
    ),
]


@pytest.mark.parametrize(("text_a", "text_b", "pair"), PAIRED)
def test_worded_apart_paired(text_a: str, text_b: str, pair: tuple[str, str]) -> None:
    assert pair in aligned_texts(text_a, text_b)


UNPAIRED = [
    # Two kinds of premises listed side by side are two: the pharmacies are no stores.
    (
        "The grocer said it would close 14 stores in Texas by March.",
        "The grocer will close 30 stores and 15 pharmacies in Texas by March.",
        ("14 stores", "15 pharmacies"),
    ),
    # A span the other prints in another unit ("over 15 months" is 65 weeks) is paired
    # already: it leaves no span of weeks over to pair with the other's 52 weeks.
    (
        "Only 58.9% of patients had been waiting less than 18 weeks. Around 190,000 patients "
        "had waited more than a year for treatment, while 2,500 had waited more than 65 weeks.",
        "Just 59.8% of patients were treated within 18 weeks. About 210,000 patients had been "
        "waiting longer than 52 weeks, and some 2,500 had been waiting over 15 months.",
        ("more than 65 weeks", "longer than 52 weeks"),
    ),
]


@pytest.mark.parametrize(("text_a", "text_b", "pair"), UNPAIRED)
def test_worded_apart_unpaired(text_a: str, text_b: str, pair: tuple[str, str]) -> None:
    assert pair not in aligned_texts(text_a, text_b)


def test_runners_who_finished_stay_runners() -> None:
    # Where neither counts finishers, two counts of runners who finished are still one.
    pairs = aligned_texts(
        "Organisers said 28,412 runners finished the course.",
        "Officials said 28,142 runners completed the race.",
    )
    assert ("28,412 runners", "28,142 runners") in pairs
