"""QA round 82, FC110: an estimate of a count stated as the count; an advocate body's account
of what a policy cost its members; a belief owned by its subject ("Investigators believe…")
weighed by what is believed; a person's side's account of where a substance came from."""

import pytest

from support import rule_messages


@pytest.mark.parametrize(
    ("text_a", "text_b", "flagged"),
    [
        # An estimate whose "that" opens on the count, told flat in other words.
        (
            "Health officials estimated that some 2,350,000 patients in Canada currently use "
            "the inhaler every day.",
            "About 2,350,000 people across the country rely on Ventrolin, sold in two doses.",
            True,
        ),
        # The same count reported plainly: how every outlet writes.
        (
            "Health officials said some 2,350,000 patients in Canada currently use the "
            "inhaler every day.",
            "About 2,350,000 people across the country rely on Ventrolin, sold in two doses.",
            False,
        ),
    ],
)
def test_an_estimated_count_stated_as_fact(text_a: str, text_b: str, flagged: bool) -> None:
    assert bool(rule_messages("FC110", text_a, text_b)) is flagged


@pytest.mark.parametrize(
    ("text_a", "text_b", "flagged"),
    [
        # A trade body's account of what a tax cost its members, told flat.
        (
            "The Northern Brewers Federation said the duty rise had cost the trade about 2,700 "
            "jobs, and it urged ministers to reverse it before the spring budget.",
            "The duty rise has cost the brewing trade about 2,700 jobs.",
            True,
        ),
        # The same loss told by a statistics office: a plain count.
        (
            "The statistics office said the duty rise had cost the trade about 2,700 jobs, and "
            "it published the figures on Tuesday.",
            "The duty rise has cost the brewing trade about 2,700 jobs.",
            False,
        ),
    ],
)
def test_an_advocate_body_s_claimed_harm(text_a: str, text_b: str, flagged: bool) -> None:
    assert bool(rule_messages("FC110", text_a, text_b)) is flagged


@pytest.mark.parametrize(
    ("text_a", "text_b", "flagged"),
    [
        # A belief owned by its subject, stated flat in a longer sentence.
        (
            "Inspectors believe a safety valve on the boiler had been deliberately jammed to stop "
            "it shutting down repeatedly, according to three people briefed on the "
            "inquiry.",
            "A safety valve had been deliberately jammed to stop repeated shutdowns, leaving "
            "nothing to relieve the pressure when the old boiler finally burst just after dawn "
            "on Sunday.",
            True,
        ),
        # A finding told plainly, no hedge: left alone.
        (
            "Inspectors said a safety valve on the boiler had been jammed open, and the plant "
            "shut down repeatedly, the report found.",
            "A safety valve had been deliberately jammed to prevent repeated shutdowns, leaving "
            "nothing to relieve the pressure when the boiler burst just after dawn.",
            False,
        ),
    ],
)
def test_a_subject_s_belief_stated_as_fact(text_a: str, text_b: str, flagged: bool) -> None:
    assert bool(rule_messages("FC110", text_a, text_b)) is flagged


@pytest.mark.parametrize(
    ("text_a", "text_b", "flagged"),
    [
        # A person's side explaining where the substance came from, told flat.
        (
            "Okafor’s team said the banned diuretic came from a blood-pressure pill "
            "prescribed to her mother, which had been stored in the same bathroom cabinet as "
            "the sprinter’s vitamins.",
            "The banned diuretic came from her mother’s blood-pressure pill, which had been kept "
            "next to the sprinter’s vitamins in the bathroom cabinet.",
            True,
        ),
        # A team of no one named (an inquiry's): a finding, left alone.
        (
            "The testing team said the banned diuretic came from a blood-pressure pill "
            "prescribed to her mother, which had been stored in the same bathroom cabinet as "
            "the sprinter’s vitamins.",
            "The banned diuretic came from her mother’s blood-pressure pill, which had been kept "
            "next to the sprinter’s vitamins in the bathroom cabinet.",
            False,
        ),
    ],
)
def test_a_side_s_explanation_stated_as_fact(text_a: str, text_b: str, flagged: bool) -> None:
    assert bool(rule_messages("FC110", text_a, text_b)) is flagged
