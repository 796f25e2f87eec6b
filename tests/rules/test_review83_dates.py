"""FC112 after review 83: two clauses dating days of one month with many words in common date
one event only when they tell one happening (a tank burst open and the leak from it, not an
escape and an inspection, nor a crack spotted and a bridge closed); two bodies that each "will
meet again" are two meetings, though people resuming talks may be any body's; voters and
ballots are the public vote only where the clause votes; two countries' bans are two."""

from __future__ import annotations

import pytest

from support import assert_dated_apart, rule_messages

DATED_APART = [
    # A tank burst open and the leak from it: one breach, however worded.
    ("Magistrates found that Brisk Oils had ignored warnings about corroded valves at its "
     "Stanmere depot before a gale burst open a diesel tank on March 4, 2024.",
     "Brisk Oils was fined by the magistrates over a diesel leak from its depot in Stanmere on "
     "11 March 2024, after ignoring warnings about corroded valves.",
     ("March 4, 2024", "11 March 2024")),
    # One body meeting again, or people whose body the other clause names.
    ("The planning committee will meet again on 9 June.",
     "The committee will meet again on 16 June to decide on the depot.",
     ("9 June", "16 June")),
    ("Union negotiators said they would reconvene on May 5.",
     "The pay board's 12 members will reconvene on May 12 to try again to settle the dispute.",
     ("May 5", "May 12")),
    # Voters told voting: the public vote.
    ("The Tulsa library levy goes before voters on June 3.",
     "Voters in Tulsa will decide the library levy on June 10.",
     ("June 3", "June 10")),
    # Whose say a clause tells is no owner of what it dates.
    ("Patel's solicitor said the inquest would open on 3 May.",
     "Okafor's solicitor said the inquest would open on 10 May.",
     ("3 May", "10 May")),
    # One country's ban dated apart.
    ("Norway's levy on plastic bags takes effect in March 2026.",
     "Norway's levy on plastic bags takes effect on 1 September 2026.",
     ("March 2026", "1 September 2026")),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "dates"), DATED_APART)
def test_one_happening_dated_apart_is_flagged(a: str, b: str, dates: tuple[str, str]) -> None:
    assert_dated_apart(a, b, dates)


NOT_APART = [
    # An escape and a later inspection of the same farm.
    ("A storm tore open a net pen at the Nordlaks fish farm near Kvinnherad on Aug. 21, 2023, "
     "releasing about 27,000 salmon into the fjord, the company reported.",
     "Fisheries inspectors found rust and broken moorings when they examined the Nordlaks fish "
     "farm near Kvinnherad on Aug. 29, 2023, a report published this week shows, though no fish "
     "escaped then."),
    ("Heavy seas burst open a storm gate in the old sea wall at Porthmere harbour near Trewin "
     "on 2 June 2024, the harbour master said.",
     "Council engineers examined cracks and loose stones in the sea wall at Porthmere harbour "
     "near Trewin on 14 June 2024."),
    # A crack spotted, and the bridge closed later.
    ("Engineers first spotted a crack in the bridge over the River Tees on 4 January 2025 "
     "during a routine inspection, and the council closed it to lorries.",
     "The council closed the bridge over the River Tees to all traffic on 20 January 2025 "
     "after engineers found the crack had widened."),
    # Two bodies that each will meet again.
    ("The city council will meet again on March 14 to vote on the budget.",
     "The school board will meet again on March 21 to discuss closures."),
    ("The parish council will meet again on 3 May.",
     "The planning committee will meet again on 10 May."),
    # Ballots mailed or posted to voters: not the vote.
    ("Voters in Denver approved the bond on Nov. 5, 2024.",
     "Ballots were mailed to Denver voters on Oct. 11, 2024."),
    ("Ballots were posted to Harrow voters on 14 April 2025.",
     "Harrow voters elected a mayor on 1 May 2025."),
    # Two countries' bans, each in force on its own date.
    ("Denmark's ban on fossil-fuel cars came into force in January 2025, ahead of Sweden.",
     "Sweden's ban on fossil-fuel cars comes into force on 1 July 2025."),
    ("Finland's levy on plastic bags takes effect in March 2026.",
     "Norway's levy on plastic bags takes effect on 1 September 2026."),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), NOT_APART)
def test_dates_of_two_happenings_are_not_flagged(a: str, b: str) -> None:
    assert rule_messages("FC112", a, b) == []
