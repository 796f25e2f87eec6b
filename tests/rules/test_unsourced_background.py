"""FC115: a general or evaluative claim one article alone makes with no source — a
generalising subject, a trend behind a present perfect, a ranking or a verdict — and the near
sentences that are sourced, shared, about the event's own people, a tenure or a statistic."""

from __future__ import annotations

import pytest

from support import rule_messages

CONTEXT = "The regional hospital reopened its emergency ward on Monday, the health ministry said."

FLAGGED = [
    # A quantified subject with a state or a habit.
    ("Many rural clinics still lack a full-time pharmacist.", "Many rural clinics"),
    ("Several smaller councils privately oppose the merger plan.", "Several smaller councils"),
    # A plural subject spread over a place.
    ("Hospitals across the province have cut night staffing to save money.",
     "Hospitals across the province"),
    # A trend behind a present perfect.
    ("Complaints about ambulance delays have tripled since 2018.", "since 2018"),
    ("Waiting times have lengthened steadily in recent years.", "in recent years"),
    # A ranking or a verdict.
    ("Parking charges at the site are among the highest of any hospital in Wales.",
     "among the highest"),
    ("Elderly patients in remote villages have been hit hardest by the closures.",
     "have been hit hardest"),
    # "calls" here is a noun, no source's verb.
    ("Day traders who borrowed to buy this spring have been hit hardest, and some face margin "
     "calls.", "have been hit hardest"),
    ("The health board has drawn criticism from doctors over its rota system.",
     "has drawn criticism"),
]  # fmt: skip


@pytest.mark.parametrize(("claim", "marker"), FLAGGED)
def test_a_general_claim_one_article_makes_with_no_source_is_flagged(
    claim: str, marker: str
) -> None:
    messages = rule_messages("FC115", CONTEXT, claim)
    assert len(messages) == 1
    assert claim in messages[0]
    assert f"“{marker}" in messages[0]


NOT_FLAGGED = [
    # Sourced in the sentence, or by the sentence before it in its paragraph.
    "Many rural clinics still lack a full-time pharmacist, the nurses' union said.",
    "Staffing fell by a tenth, the auditor said. Many rural clinics still lack a full-time "
    "pharmacist.",
    "“Many rural clinics still lack a full-time pharmacist,” Dr Owen said.",
    # The event's own people doing something at the event: no general claim.
    "Several families had driven through the night to reach the ward.",
    "Dozens of volunteers have handed out blankets in the car park.",
    # A spread after the sentence's subject tells a size, not a generalisation.
    "The trust runs 14 clinics across the province and employs 5,200 people.",
    # A tenure, not a trend; a date with no present perfect.
    "The Morgan family has owned the pharmacy on the high street since 1987.",
    "The ward, closed since 2019 for repairs, took its first patients on Monday.",
    # A statistic in money or per cent: the figure rules' to check.
    "The board has spent £48 million on new equipment since 2018.",
    "Admissions have risen 14% in recent years.",
    # Hedged, not a verdict: "could be hit hardest" has no present perfect.
    "Elderly patients in remote villages could be hit hardest if the ward closes again.",
]


@pytest.mark.parametrize("text", NOT_FLAGGED)
def test_a_sourced_or_specific_sentence_is_not_flagged(text: str) -> None:
    assert rule_messages("FC115", CONTEXT, text) == []


# The other article tells the claim in its own words: it is no one outlet's.
TOLD_BOTH = [
    ("Many rural clinics still lack a full-time pharmacist.",
     "In many rural clinics there is still no full-time pharmacist on duty."),
    ("Complaints about ambulance delays have tripled since 2018.",
     "Ambulance delays have drawn three times as many complaints as in 2018."),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), TOLD_BOTH)
def test_a_claim_both_articles_tell_is_not_flagged(a: str, b: str) -> None:
    assert rule_messages("FC115", f"{CONTEXT} {b}", a) == []


def test_a_background_claim_told_with_a_record_is_the_record_rule_s() -> None:
    # FC113 supersedes FC115 on the same sentence: one finding, the more specific one.
    claim = "The closure is the longest in the hospital's history."
    assert rule_messages("FC115", CONTEXT, claim) == []
