"""QA round 84 speakers: a capitalised office in apposition after a person's name ("Rachel
Ibbotson, Labour MP for Leeds East, who…, said:") leaves the person the speaker, and the one
a "she added" after it refers to; a name closing an apposition as a preposition's object ("The
panel, appointed by X for the governing body Y, said") is not the subject; FC108 leaves a
quote its article attributes to someone the reading could not name."""

from __future__ import annotations

import pytest

from support import rule_messages


def _speakers(text: str) -> list[str | None]:
    from factcheck.extract import extract
    from factcheck.load import article_from_text

    article = article_from_text(f"T\n\n{text}\n", article_id="x")
    return [quote.speaker.name for quote in extract(article).quotes]


EARLIER = "Joanna Pryce, the council's housing director, said: “We acted as fast as we could.”"

# The office's place or body is no speaker; the person is, and "she added" goes on with her.
OFFICE_APPOSITIONS = [
    pytest.param(
        "Megan Thorley, Labour MP for Hull West, who tabled the question in the Commons, said: "
        "“Families were left freezing for weeks.”\n\n“This report is a start,” she added.",
        ["Joanna Pryce", "Megan Thorley", "Megan Thorley"],
        id="mp-for-who-clause",
    ),
    pytest.param(
        "Megan Thorley, Mayor of Doncaster, who chairs the housing board, said: “Families were "
        "left freezing for weeks.”\n\n“This report is a start,” she added.",
        ["Joanna Pryce", "Megan Thorley", "Megan Thorley"],
        id="mayor-of-who-clause",
    ),
    pytest.param(
        "Megan Thorley, Chief Executive of Brackwater Homes, who took over in May, said: "
        "“Families were left freezing for weeks.”\n\n“This report is a start,” she added.",
        ["Joanna Pryce", "Megan Thorley", "Megan Thorley"],
        id="chief-executive-of-who-clause",
    ),
    pytest.param(
        "Megan Thorley, Senator for Tasmania, said: “Families were left freezing for weeks.”"
        "\n\n“This report is a start,” she added.",
        ["Joanna Pryce", "Megan Thorley", "Megan Thorley"],
        id="senator-for",
    ),
    pytest.param(
        "“Families were left freezing for weeks,” Megan Thorley, Member for Wentworth, said."
        "\n\n“This report is a start,” she added.",
        ["Joanna Pryce", "Megan Thorley", "Megan Thorley"],
        id="member-for-after-quote",
    ),
]

# Controls: a second woman named in the apposition's place, a pronoun whose antecedent is
# plainly the earlier speaker, and offices printed as before.
OFFICE_CONTROLS = [
    pytest.param(
        "Megan Thorley, Labour MP for Hull West, said: “Families were left freezing for weeks.”"
        "\n\nJoanna Pryce replied later. “We will publish every figure,” she said.",
        ["Joanna Pryce", "Megan Thorley", "Joanna Pryce"],
        id="another-woman-speaks-since",
    ),
    pytest.param(
        "The housing board, chaired by Megan Thorley, met on Monday.\n\n“We will publish every "
        "figure,” she added.",
        ["Joanna Pryce", "Joanna Pryce"],
        id="object-of-by-does-not-act",
    ),
    pytest.param(
        "Megan Thorley, the Labour MP for Hull West, said: “Families were left freezing for "
        "weeks.”\n\n“This report is a start,” she added.",
        ["Joanna Pryce", "Megan Thorley", "Megan Thorley"],
        id="office-with-article-as-before",
    ),
    pytest.param(
        "Leeds East, a seat Labour has held since 1955, was among the worst hit, Megan Thorley "
        "said: “Families were left freezing for weeks.”",
        ["Joanna Pryce", "Megan Thorley"],
        id="constituency-as-subject-elsewhere",
    ),
    pytest.param(
        "Megan Thorley, of Brackwater Homes, said: “Families were left freezing for weeks.”",
        ["Joanna Pryce", "Megan Thorley"],
        id="of-organisation-as-before",
    ),
    pytest.param(
        "The Mayor of Doncaster, Megan Thorley, said: “Families were left freezing for weeks.”",
        ["Joanna Pryce", "Megan Thorley"],
        id="name-in-apposition-to-office",
    ),
]


@pytest.mark.parametrize(("paragraphs", "speakers"), OFFICE_APPOSITIONS + OFFICE_CONTROLS)
def test_office_in_apposition_leaves_the_person_speaking(
    paragraphs: str, speakers: list[str | None]
) -> None:
    assert _speakers(f"{EARLIER}\n\n{paragraphs}") == speakers


WORDS = "a culture of silence and intimidation"

# The name closing an apposition as a preposition's object is not the subject.
APPOSED_OBJECTS = [
    pytest.param(
        f"The five-member tribunal, appointed by Sport Integrity for the governing body Swim "
        f"Ireland, said Carroway had fostered “{WORDS}”.",
        id="appointed-by-for",
    ),
    pytest.param(
        f"The review, led by Anne Cole for the Home Office, said Carroway had fostered “{WORDS}”.",
        id="led-by-for",
    ),
    pytest.param(
        f"The inquiry, set up on behalf of Swim Ireland, said Carroway had fostered “{WORDS}”.",
        id="on-behalf-of",
    ),
]

# Controls: a subject named before its apposition, or the name the apposition is, speaks.
APPOSED_SUBJECTS = [
    pytest.param(
        f"Swim Ireland, which appointed the tribunal, said Carroway had fostered “{WORDS}”.",
        "Swim Ireland",
        id="named-subject-which-clause",
    ),
    pytest.param(
        f"Declan Furey, of Swim Ireland, said Carroway had fostered “{WORDS}”.",
        "Declan Furey",
        id="person-of-body",
    ),
    pytest.param(
        f"The head of the tribunal, Anne Cole, said Carroway had fostered “{WORDS}”.",
        "Anne Cole",
        id="name-in-apposition",
    ),
    pytest.param(
        f"Anne Cole, a barrister at Harcourt Chambers, said Carroway had fostered “{WORDS}”.",
        "Anne Cole",
        id="person-at-firm",
    ),
]


@pytest.mark.parametrize("sentence", APPOSED_OBJECTS)
def test_object_in_apposition_is_not_the_speaker(sentence: str) -> None:
    assert _speakers(f"Coach Ray Carroway was suspended.\n\n{sentence}") == [None]


@pytest.mark.parametrize(("sentence", "speaker"), APPOSED_SUBJECTS)
def test_subject_before_apposition_speaks(sentence: str, speaker: str) -> None:
    assert _speakers(f"Coach Ray Carroway was suspended.\n\n{sentence}") == [speaker]


QUOTE = "We will not be rushed into a decision on the bridge"

# FC108: attributed by a verb of saying whose subject the reading could not name.
NOT_UNATTRIBUTED = [
    pytest.param(f"“{QUOTE},” officials said.", id="officials-said"),
    pytest.param(f"“{QUOTE},” a spokesman said.", id="unnamed-spokesman"),
]

# Controls: a quote with no attribution at all, and a body printed only as what it is.
UNATTRIBUTED = [
    pytest.param(f"“{QUOTE}.”", "unknown", id="bare-quote"),
    pytest.param(
        "The council had shown “a reckless disregard for the safety of the children”.",
        "unknown",
        id="bare-partial-quote",
    ),
    pytest.param(f"“{QUOTE},” police said.", "police", id="body-noun-as-before"),
]


@pytest.mark.parametrize("unnamed", NOT_UNATTRIBUTED)
def test_fc108_leaves_an_attribution_it_cannot_name(unnamed: str) -> None:
    named = f"“{QUOTE},” said Mayor Karen Bass."
    assert not rule_messages("FC108", unnamed, named)
    assert not rule_messages("FC104", unnamed, named)


@pytest.mark.parametrize(("unnamed", "speaker"), UNATTRIBUTED)
def test_fc108_reports_a_dropped_attribution(unnamed: str, speaker: str) -> None:
    words = (
        "a reckless disregard for the safety of the children" if "reckless" in unnamed else QUOTE
    )
    named = (
        f"Mayor Karen Bass said the council had shown “{words}”."
        if "reckless" in unnamed
        else f"“{words},” said Mayor Karen Bass."
    )
    assert rule_messages("FC108", unnamed, named) == [
        f"Quote attributed to {speaker} in a but to Karen Bass in b"
    ]
