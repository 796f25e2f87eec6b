"""Review of the round 85 figure pairs. A time of day's event verb dates the time right after
it, not one a later clause tells ("closed at 8pm and the first results came in shortly after
10pm"), and "local time" says which clock, not what happened. A count told in the clause of a
sum of years before is of then too."""

import pytest

from support import aligned_texts, rule_messages

_POLLS_B = "Polls closed at 8pm and the first results came in shortly after 10pm."
_ABBEYS_B = "Britain's 35 working abbeys receive no routine state funding."

# (a, b, pairs expected, pairs not expected, FC105 messages' count)
_CASES = [
    # The closing time against the closing time, not the results' hour.
    (
        "Polls closed at 7 p.m. local time across the nine islands.",
        _POLLS_B,
        [("7 p.m.", "8pm")],
        [("7 p.m.", "shortly after 10pm")],
        1,
    ),
    # The results' hour against the results' hour, not the closing time.
    (
        "The first results came in shortly after 11pm, local officials said.",
        _POLLS_B,
        [("shortly after 11pm", "shortly after 10pm")],
        [("shortly after 11pm", "8pm")],
        1,
    ),
    # One departure, "local time" or not, agrees.
    (
        "The ferry left the harbour at 6 a.m. local time and docked at 9:30 a.m.",
        "The ferry departed at 6am, and it docked three hours later.",
        [("6 a.m.", "6am")],
        [],
        0,
    ),
    # The abbeys a fund of 2020 shared its money among are then's, not the abbeys there are.
    (
        "The abbey appeal closed in 2024. A heritage fund set up in 2020 shared £9m among 48 "
        "abbeys and other historic buildings.",
        _ABBEYS_B,
        [],
        [("48 abbeys", "35 working abbeys")],
        0,
    ),
    # A count set now, in a clause of its own after the sum of then, is not of then.
    (
        "The abbey appeal closed in 2024. A heritage fund set up in 2020 shared £9m, and it now "
        "supports 48 abbeys.",
        _ABBEYS_B,
        [("48 abbeys", "35 working abbeys")],
        [],
        1,
    ),
]


@pytest.mark.parametrize(("a", "b", "paired", "apart", "flagged"), _CASES)
def test_round85_figure_pairs(
    a: str,
    b: str,
    paired: list[tuple[str, str]],
    apart: list[tuple[str, str]],
    flagged: int,
) -> None:
    pairs = aligned_texts(a, b)
    for pair in paired:
        assert pair in pairs
    for pair in apart:
        assert pair not in pairs
    assert len(rule_messages("FC105", a, b)) == flagged
