"""Review of QA round 81's places a sentence opens on: an opening "In X," names where a thing
was said as often as where it happened, an opening place a saying follows is where it was
told, and a holiday or a time of day ("At Christmas", "At Noon") is no place. Two places a
sentence opens on with "At", or names with "at" right after its count, still keep counts
apart."""

import pytest

from support import aligned_texts


@pytest.mark.parametrize(
    ("text_a", "text_b", "pair", "paired"),
    [
        # Where officials spoke is not where soldiers were wounded.
        (
            "In Washington, Pentagon officials said 12 soldiers were wounded in the drone attack.",
            "The drone attack wounded 14 soldiers in Syria, officials said.",
            ("12 soldiers", "14 soldiers"),
            True,
        ),
        (
            "In Ottawa, defence officials said 9 peacekeepers were hurt in the ambush.",
            "The ambush hurt 11 peacekeepers in Mali, the United Nations said.",
            ("9 peacekeepers", "11 peacekeepers"),
            True,
        ),
        # An opening "At" place a saying follows is where it was told.
        (
            "At Holloway Hall, the health minister said 40 hospitals would get new scanners.",
            "At Carden Park, the health minister said 45 hospitals would get new scanners.",
            ("40 hospitals", "45 hospitals"),
            True,
        ),
        # With no saying between, the places are where the scanners went: two counts.
        (
            "At Holloway Hall, 40 patients were scanned on Monday.",
            "At Carden Park, 45 patients were scanned on Monday.",
            ("40 patients", "45 patients"),
            False,
        ),
        # Holidays and times of day, opening the sentence or right after the figure.
        (
            "At Christmas, like-for-like sales rose 4.1% at the grocer.",
            "The grocer's like-for-like sales rose 3.8% in Britain over the festive period.",
            ("4.1%", "3.8%"),
            True,
        ),
        (
            "At Easter, the cathedral welcomed 12,000 visitors.",
            "The cathedral welcomed 14,000 visitors in Canterbury over the holiday weekend.",
            ("12,000 visitors", "14,000 visitors"),
            True,
        ),
        (
            "At Thanksgiving, the food bank served 2,300 families.",
            "The food bank served 2,600 families in Dayton over the holiday.",
            ("2,300 families", "2,600 families"),
            True,
        ),
        (
            "The shelter housed 310 rough sleepers at Christmas, its director said.",
            "The shelter housed 340 rough sleepers in Norwich over the winter, its director said.",
            ("310 rough sleepers", "340 rough sleepers"),
            True,
        ),
        # Two airports each sentence opens on: two counts.
        (
            "At Kelton Airport, which shut at dawn, 260 flights were scrapped.",
            "At Marsby Airport, which stayed open, 240 flights were scrapped.",
            ("260 flights", "240 flights"),
            False,
        ),
        # A place named after a time is a place still.
        (
            "More than 800 homes at Fall River lost power on Monday.",
            "More than 950 homes in Dunmore lost power on Monday.",
            ("More than 800 homes", "More than 950 homes"),
            False,
        ),
    ],
)
def test_places_a_sentence_opens_on(text_a: str, text_b: str, pair, paired: bool) -> None:
    assert (pair in aligned_texts(text_a, text_b)) is paired
