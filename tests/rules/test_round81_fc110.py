"""QA round 81, FC110: a party's case told as what it urged is no claim stated as fact; a
projection stated as fact is, when the sentence stating it goes on to an amount-summing noun
whose relative clause names a source of its own ("…, a gap that critics said…")."""

import pytest

from support import rule_messages


@pytest.mark.parametrize(
    ("text_a", "text_b", "flagged"),
    [
        # The same party's case, told as its act in one: not flagged.
        (
            "Several Pacific island governments, including Fiji and Tonga, pressed for a bigger "
            "share of any climate adaptation money to go to small nations, a matter still "
            "unsettled when the talks closed.",
            "Several Pacific island governments argued that small nations should get a bigger "
            "share of any future climate adaptation money, a matter that was still unsettled "
            "when the talks closed on Thursday.",
            False,
        ),
        # Another party told as doing it: still a claim the other gives as argued.
        (
            "Small nations will get a bigger share of any climate adaptation money, a matter "
            "still unsettled when the talks closed.",
            "Several Pacific island governments argued that small nations should get a bigger "
            "share of any future climate adaptation money, a matter that was still unsettled "
            "when the talks closed on Thursday.",
            True,
        ),
    ],
)
def test_a_party_urging_its_case(text_a: str, text_b: str, flagged: bool) -> None:
    assert bool(rule_messages("FC110", text_a, text_b)) is flagged


@pytest.mark.parametrize(
    ("text_a", "text_b", "flagged"),
    [
        # A projection stated as fact, a summing-up noun's clause citing others after it.
        (
            "The county's finance department projects a $27 million deficit in 2027 if "
            "property tax receipts keep falling, and two supervisors asked for an audit.",
            "The county faces a $27 million deficit in 2027 as property tax receipts fall, a "
            "gap that critics said the board had no plan to close.",
            True,
        ),
        # A name's appositive citing its own claim: the opening is no summing-up.
        (
            "The county's finance department projects a $27 million deficit in 2027 if "
            "property tax receipts keep falling, and two supervisors asked for an audit.",
            "The county faces a $27 million deficit in 2027, according to Harwell Partners, "
            "a firm that says property tax receipts will fall.",
            False,
        ),
    ],
)
def test_a_projection_stated_as_fact(text_a: str, text_b: str, flagged: bool) -> None:
    assert bool(rule_messages("FC110", text_a, text_b)) is flagged
