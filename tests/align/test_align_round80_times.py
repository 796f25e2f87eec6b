"""Round 80: the times of day two outlets give one happening pair, told in their own words
(a main that broke and a pipe that ruptured; a road shut; a decision announced and a board's
statement, one of them in a named zone), not two happenings' times of one story."""

from __future__ import annotations

import pytest

from factcheck.extract import extract
from factcheck.load import article_from_text
from support import aligned_texts, rule_messages


@pytest.mark.parametrize(
    ("text_a", "text_b", "pair"),
    [
        (  # a thing that broke, named and verbed apart, the other article timing more
            "The sewer line, laid in 1958, burst shortly after 3:15 a.m., flooding the "
            "cellars of several shops on Mill Lane.",
            "The pipe broke at about 5:15 a.m. Tuesday. Volunteers handed out water from "
            "10 a.m. to 6 p.m. at the library.",
            ("shortly after 3:15 a.m.", "about 5:15 a.m."),
        ),
        (  # a road shut, a year named elsewhere in one sentence
            "Both carriageways of the bypass were shut at 11pm on Thursday after engineers "
            "found corrosion in its bearings.",
            "The 1974 bridge, crossed by about 40,000 cars a day, was shut in both directions "
            "at 9pm on Thursday when surveyors found cracked bearings.",
            ("11pm", "9pm"),
        ),
        (  # a decision made public, one outlet naming the zone
            "The bank's decision, announced at 1.30pm after a three-day meeting, surprised few.",
            "The board released its statement at 2.30pm AEST, and the governor spoke to "
            "reporters an hour later.",
            ("1.30pm", "2.30pm AEST"),
        ),
        (  # within a misreport's reach of one another
            "The main broke at 1am, officials said. Crews arrived by 2.20am.",
            "The pipe burst at 3am near the school. Volunteers handed out water from noon.",
            ("1am", "3am"),
        ),
    ],
)
def test_one_happening_timed_pairs(text_a: str, text_b: str, pair: tuple[str, str]) -> None:
    assert pair in aligned_texts(text_a, text_b)


@pytest.mark.parametrize(
    ("text_a", "text_b", "pair"),
    [
        (  # two happenings: a thing that broke, a road shut
            "The water main burst at 4am, flooding a car park. Buses ran from 7am.",
            "The avenue was shut at 6am. Buses ran from 7am.",
            ("4am", "6am"),
        ),
        (  # two breaks in one article: which the other's is, its words do not say
            "One main broke at 2am and a second main burst at 5am, officials said.",
            "The pipe ruptured at 3am, and crews arrived at 4.10am.",
            ("5am", "3am"),
        ),
        (  # one happening's times too far apart to be one misreported
            "The main broke at 1am, officials said. Crews arrived by 2.20am.",
            "The pipe burst at 5am near the school. Volunteers handed out water from noon.",
            ("1am", "5am"),
        ),
        (  # a zone read only where the zoneless article prints none of its own
            "The decision was announced at 1.30pm, or 2.30am GMT.",
            "The board released its statement at 2.30pm AEST.",
            ("1.30pm", "2.30pm AEST"),
        ),
        (  # the thing a happening befalls is no happening: repairs to the main announced
            "The main broke at 4am. Crews arrived at 5am.",
            "Repairs to the main were announced at 6am. Crews arrived at 5am.",
            ("4am", "6am"),
        ),
        (  # a board that meets is no statement made
            "The board convened at 1pm to weigh the offer. Trading resumed at 4pm.",
            "The statement was issued at 3.30pm. Trading resumed at 4pm.",
            ("1pm", "3.30pm"),
        ),
    ],
)
def test_other_happenings_stay_apart(text_a: str, text_b: str, pair: tuple[str, str]) -> None:
    assert pair not in aligned_texts(text_a, text_b)


@pytest.mark.parametrize(
    ("text_a", "text_b", "expected"),
    [
        (  # an hour apart in one zone: flagged
            "The decision, announced at 1.30pm after a meeting, was expected.",
            "The board released its statement at 2.30pm AEST.",
            True,
        ),
        (  # the same hour, one outlet naming the zone: no conflict
            "The decision, announced at 2.30pm after a meeting, was expected.",
            "The board released its statement at 2.30pm AEST.",
            False,
        ),
        (  # a wire's GMT is a conversion, not the zone a London paper's bare noon is told in
            "The statement was released at noon, the company said.",
            "The statement was released at 1100 GMT.",
            False,
        ),
    ],
)
def test_zoneless_time_read_in_other_zone(text_a: str, text_b: str, expected: bool) -> None:
    messages = rule_messages("FC105", text_a, text_b)
    assert any(" in b" in message for message in messages) is expected


@pytest.mark.parametrize(
    ("text", "time", "period"),
    [
        ("The 1974 bridge was shut at 9pm on Thursday after an inspection.", "9pm", "Thursday"),
        # No day beside the time: the year the sentence gives stays its period.
        ("In 2019 the plant shut at 9pm after a fire.", "9pm", "2019"),
    ],
)
def test_day_beside_a_time_dates_it(text: str, time: str, period: str) -> None:
    article = article_from_text(f"A\n\n{text}\n", article_id="a")
    figure = next(f for f in extract(article).figures if f.text == time)
    assert figure.period == period
