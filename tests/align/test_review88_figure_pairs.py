"""Review of the round 85 figure pairs. A time of day's event verb dates the time right after
it, not one a later clause tells ("closed at 8pm and the first results came in shortly after
10pm"), and "local time" says which clock, not what happened. A figure a clause leaves its
words unsaid for goes on from the one before it ("a 7% raise this year, …, and 5% next year"):
the next steps of two figures printed alike pair. A sentence opening on "the previous"
thing, dated by a year, is of an earlier occasion; a count told in the clause of a sum of
years before is of then too. An article datelined in a dollar's country prints that dollar
bare, whatever it says of Washington."""

import pytest

from support import aligned_texts, rule_messages

_POLLS_B = "Polls closed at 8pm and the first results came in shortly after 10pm."
_NURSES_A = (
    "The deal gives nurses a 7 per cent rise backdated to April, followed by 4 per cent in "
    "April 2027."
)
_DRIVERS_A = (
    "The new contract gives drivers a 5 per cent rise this year. The previous three-year "
    "contract, signed in 2021, gave drivers 3 per cent in each year. Talks began in 2024."
)
_ABBEYS_B = "Britain's 35 working abbeys receive no routine state funding."
_STEEL_A = (
    "TORONTO, May 2 (Reuters) - Canada's imports of the steel were worth C$2.1 billion last year."
)

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
    # The second year's rise of one deal, its words left unsaid in each.
    (
        _NURSES_A,
        "Nurses will receive a 7% raise this year, backdated to April, and 5% next year.",
        [("7 per cent", "7%"), ("4 per cent", "5%")],
        [],
        1,
    ),
    # Another group's figure is no next step: porters and cleaners stay apart.
    (
        "The deal gives nurses a 7 per cent rise and porters 4 per cent.",
        "Nurses will receive a 7% raise this year and cleaners 5%.",
        [("7 per cent", "7%")],
        [("4 per cent", "5%")],
        0,
    ),
    # Two months' rises are two: the step after one alike is no step of another month.
    (
        "Prices rose 7 per cent in March and 4 per cent in April.",
        "Prices rose 7% in March, and 5% in May.",
        [("7 per cent", "7%")],
        [("4 per cent", "5%")],
        0,
    ),
    # The previous contract's rise, dated by its year, is no rise of the new one.
    (
        _DRIVERS_A,
        "Drivers will get a 5% raise this year and 3% next year.",
        [("5 per cent", "5%")],
        [("3 per cent", "3%")],
        0,
    ),
    # "The previous" with no year named may be the story's: the pair stands.
    (
        "The previous contract gave drivers 3 per cent, the union said.",
        "Drivers got 4% under the contract, the union said.",
        [("3 per cent", "4%")],
        [],
        1,
    ),
    # A change's base ("from the previous quarter") sets no earlier occasion.
    (
        "Sales rose 4% from the previous quarter, the company said in 2024.",
        "Sales climbed 4.5 per cent on the quarter.",
        [("4%", "4.5 per cent")],
        [],
        1,
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
    # An Ottawa or Toronto story about Washington's duties prints Canada's dollar bare.
    (
        _STEEL_A,
        "TORONTO (The Canadian Press) — Washington has also imposed duties on the steel. "
        "Imports of the steel were worth $2.6 billion last year.",
        [("C$2.1 billion", "$2.6 billion")],
        [],
        1,
    ),
    # One that names the US dollar apart keeps its bare "$" its own.
    (
        _STEEL_A,
        "TORONTO (The Canadian Press) — Washington has also imposed duties on the steel. "
        "Imports of the steel were worth US$2.6 billion last year, and duties cost $90 million.",
        [],
        [("C$2.1 billion", "US$2.6 billion")],
        0,
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
