"""Review of 923ea3d..db63130, items 1 and 5: FC109 skips a time told right after "open",
"start", "begin" or "close" (a timetable's, whatever opens) unless nature brings the event; and a
quote followed by "Those were the words of …" stays with the speaker of the sentence before it
when that sentence's role and the name after the quote are the same person."""

from __future__ import annotations

import pytest

from factcheck.extract import extract
from factcheck.load import article_from_text
from support import rule_messages


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Item 1: the reviewer's timetables, whatever the noun.
        ("The conference is expected to open at 09:00 on Monday.", False),
        ("Trading is expected to open at 09:30 on Monday after the halt.", False),
        ("The talks are expected to begin at 14:00 in Geneva.", False),
        ("Voting is expected to start at 07:00 and close at 22:00 on Sunday.", False),
        # New wordings.
        ("The book fair is expected to open at 10:30 on Wednesday.", False),
        ("The tribunal is expected to resume at 14:15 after a short adjournment.", False),
        ("The embassy is expected to close at 16:00 on Friday for the holiday.", False),
        # Nature brings the event: a forecast.
        ("Heavy snow is expected to start at about 19:00 on Thursday.", True),
        ("The eruption is expected to begin at around 04:00 on Sunday.", True),
        ("The floodwaters are expected to begin receding at around 20:00.", True),
        # The verb does not lead to the time: the storm's, as before.
        ("The eye of the cyclone is expected to begin crossing the coast at about 02:00.", True),
        # Near miss: no open/start/close at all, so the time is still an estimate.
        ("The convoy is expected to reach the border at around 23:00.", True),
    ],
)
def test_a_time_set_for_an_opening_is_a_timetables(text: str, flagged: bool) -> None:
    assert bool(rule_messages("FC109", text, "Residents were told to stay indoors.")) is flagged


def speakers(paragraph: str) -> list[str | None]:
    extraction = extract(article_from_text(f"Headline\n\n{paragraph}\n"))
    return [quote.speaker.name for quote in extraction.quotes]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # Item 5: the reviewer's examples.
        ("Growth would slow, the finance minister said. “We expect 1.2% next year.” Those were "
         "the words of Finance Minister Lars Holm on Tuesday.",
         ["Lars Holm"]),
        ("Prices would keep rising, the governor said. “Inflation will hit 4%.” The comments "
         "came from Governor Andrew Bailey at a press conference.",
         ["Andrew Bailey"]),
        # New wordings.
        ("Rates would stay high, the central bank governor said. “We are not done yet.” Those "
         "were the words of Governor Marta Soares at a briefing in Porto.",
         ["Marta Soares"]),
        ("The offer was fair, the union leader said. “Members will get 7%.” The remarks came "
         "from union leader Pat Doyle on Friday.",
         ["Pat Doyle"]),
        # Near miss: someone else is named after the quote, so it is not the minister's.
        ("Growth would slow, the finance minister said. “We expect 1.2% next year.” Those were "
         "the words of opposition leader Karl Berg on Tuesday.",
         [None]),
        # The surname alone after the quote names the same person.
        ("Growth would slow, Finance Minister Ines Kall said. “We will miss the target.” Those "
         "were the words of Kall after the vote.",
         ["Ines Kall"]),
    ],
)  # fmt: skip
def test_a_quote_attributed_after_to_the_same_person_keeps_them(
    paragraph: str, expected: list[str | None]
) -> None:
    assert speakers(paragraph) == expected
