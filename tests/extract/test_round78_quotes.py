"""Quotes and speakers from QA round 78: a named subject whose verb phrase ends in the colon
introducing a quote speaks it, every fragment of one "X said … and that …" report is X's, and
a quote cut past a leading condition or denial, presented as a whole sentence, is flagged as
reworded."""

from __future__ import annotations

import pytest

from factcheck.extract import extract
from factcheck.load import article_from_text
from factcheck.rules.kinds.quote_wording import cut_changes_meaning
from support import rule_messages


def speakers(body: str) -> list[str | None]:
    extraction = extract(article_from_text(f"Headline\n\n{body}\n"))
    return [quote.speaker.name for quote in extraction.quotes]


_INTRO = (
    "Lena Orsini, who designed the new terminal, spoke at the opening on Monday. "
    "Rui Barros also attended.\n\n"
)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            _INTRO + "Engineer Lena Orsini summed it up plainly: “The roof will outlast all of "
            "us.”",
            ["Lena Orsini"],
            id="role-name-verb-phrase-colon",
        ),
        pytest.param(
            _INTRO + "Rui Barros, the airport's chief planner, looked back on a decade of "
            "delays: “We started this when our children were toddlers.”",
            ["Rui Barros"],
            id="name-apposition-verb-phrase-colon",
        ),
        pytest.param(
            _INTRO + "Orsini was blunt: “Nobody should have waited this long.”",
            ["Lena Orsini"],
            id="surname-was-adjective-colon",
        ),
        # Another person named in the verb phrase: whose words follow is not said.
        pytest.param(
            _INTRO + "Orsini turned to Rui Barros on stage: “Nobody should have waited this long.”",
            [None],
            id="negative-other-person-in-phrase",
        ),
        # No person opens the sentence: the colon introduces no one's words.
        pytest.param(
            _INTRO + "The mood in the hall was festive: “Nobody should have waited this long.”",
            [None],
            id="negative-no-named-subject",
        ),
    ],
)
def test_named_subject_before_colon_speaks(body: str, expected: list[str | None]) -> None:
    assert speakers(body) == expected


_GOVERNOR = "Central bank governor Hana Takeda spoke in Osaka on Monday.\n\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            _GOVERNOR + "Takeda, addressing exporters in Osaka, said the bank was “quietly "
            "optimistic” that wages were rising and that it would “move before the data is "
            "perfect” if needed.",
            ["Hana Takeda", "Hana Takeda"],
            id="two-fragments-that-and-that",
        ),
        pytest.param(
            _GOVERNOR + "Takeda said inflation was “firmly anchored” that spring, but that the "
            "board would “stay alert” to the yen.",
            ["Hana Takeda", "Hana Takeda"],
            id="two-fragments-but-that",
        ),
        # Another verb of saying after "and that": the second fragment is what someone else
        # called it, and its speaker is left unknown as before.
        pytest.param(
            _GOVERNOR + "Takeda said the bank was “quietly optimistic” that wages were rising "
            "and that critics had called it “a gamble with savings”.",
            ["Hana Takeda", None],
            id="negative-another-verb-of-saying",
        ),
    ],
)
def test_fragments_of_one_report_are_the_subjects(body: str, expected: list[str | None]) -> None:
    assert speakers(body) == expected


@pytest.mark.parametrize(
    ("longer", "shorter", "changes"),
    [
        pytest.param(
            "If the dam is not repaired by spring, the lower valley will flood again,",
            "The lower valley will flood again,",
            True,
            id="leading-condition-cut",
        ),
        pytest.param(
            "Unless the council finds new money, three of the pools will close,",
            "Three of the pools will close,",
            True,
            id="leading-unless-cut",
        ),
        pytest.param(
            "It is simply not true that the airline is for sale.",
            "The airline is for sale.",
            True,
            id="leading-negation-cut",
        ),
        # Whole sentences cut away: a shortening, not a change of meaning.
        pytest.param(
            "We did everything we could. The lower valley will flood again.",
            "The lower valley will flood again.",
            False,
            id="negative-whole-sentence-cut",
        ),
        # A fragment inside the writer's words: the sentence may carry the condition.
        pytest.param(
            "If the dam is not repaired by spring, the lower valley will flood again,",
            "the lower valley will flood again",
            False,
            id="negative-lower-case-fragment",
        ),
        # A cut at the end that leaves off a limit on the claim.
        pytest.param(
            "Three of the pools will close this winter, unless the council finds new money.",
            "Three of the pools will close this winter.",
            True,
            id="trailing-unless-cut",
        ),
        pytest.param(
            "Mexico has always honored the treaty and will continue to do so, within the limits"
            " of what our rivers can give,",
            "Mexico has always honored the treaty and will continue to do so,",
            True,
            id="trailing-limit-cut",
        ),
        pytest.param(
            "The ferry will run every hour, as long as the weather holds.",
            "The ferry will run every hour.",
            True,
            id="trailing-as-long-as-cut",
        ),
        # Words of a limit that stress the claim or open a participle: no limit.
        pytest.param(
            "We will keep searching every gully on this mountain as long as it takes.",
            "We will keep searching every gully on this mountain.",
            False,
            id="negative-as-long-as-it-takes-cut",
        ),
        pytest.param(
            "Our volunteers delivered 3,000 meals, providing a hot dinner for every resident.",
            "Our volunteers delivered 3,000 meals.",
            False,
            id="negative-providing-participle-cut",
        ),
        # A cut at the end leaves the claim as made, only less of it.
        pytest.param(
            "We could hire 300 nurses next month if the budget allowed it.",
            "We could hire 300 nurses next month.",
            False,
            id="negative-trailing-if-cut",
        ),
        pytest.param(
            "I didn't think it mattered that much until I saw the case numbers.",
            "I didn't think it mattered that much.",
            False,
            id="negative-trailing-until-cut",
        ),
        pytest.param(
            "We are well positioned now because of the lessons we learned from Reels.",
            "We are well positioned now.",
            False,
            id="negative-trailing-reason-cut",
        ),
        pytest.param(
            "We will rebuild the school. If the money comes, we will add a pool.",
            "We will rebuild the school.",
            False,
            id="negative-trailing-sentence-with-condition-cut",
        ),
        pytest.param(
            "Prices will rise sharply in the spring, economists at the bank warned.",
            "Prices will rise sharply in the spring,",
            False,
            id="negative-trailing-attribution-cut",
        ),
    ],
)
def test_cut_changes_meaning(longer: str, shorter: str, changes: bool) -> None:
    assert cut_changes_meaning(longer, shorter) is changes
    assert cut_changes_meaning(shorter, longer) is changes


def test_condition_cut_is_flagged_and_sentence_cut_is_not() -> None:
    whole = (
        "“If the dam is not repaired by spring, the lower valley will flood again,” said "
        "engineer Maya Lindgren."
    )
    cut = "“The lower valley will flood again,” said engineer Maya Lindgren."
    flagged = rule_messages("FC101", whole, cut)
    assert len(flagged) == 1
    assert "If the dam is not repaired by spring" in flagged[0]
    sentences = (
        "“We did everything we could. The lower valley will flood again,” said engineer Maya "
        "Lindgren."
    )
    assert rule_messages("FC101", sentences, cut) == []
