"""Review 80, item 4: FC115 says "no other article tells it" while another article tells the
same background in other words — the same year with its noun's other form ("closed",
"closures"), or a state that has lasted ("have long been tense", "strained for years") in
kin words — and keeps flagging a claim another article only comes near."""

from __future__ import annotations

import pytest

from support import rule_messages

LIBRARY = (
    "The library will shut in June. "
    "Councils across England have closed hundreds of libraries since 2010."
)
RELATIONS = "The two countries signed a trade deal on Friday. Relations have long been tense."
BRIDGE = (
    "The ferry will stop in May. Operators along the coast have cut dozens of routes since 2014."
)
LEEDS = (
    "The striker joined on Monday. Leeds, who finished ninth last season, have spent heavily "
    "since new owners bought the club in March 2021."
)
RIVALS = "The two clubs met in the cup on Sunday. Ties between the fans have long been fraught."

# (a, b, FC115 findings on a): told in other words by b, or not told at all.
CASES = [
    # The reviewer's examples.
    (LIBRARY, "The library will shut in June. More than 800 libraries have closed since 2010, "
     "according to Cilip.", 0),
    (RELATIONS, "The two countries signed a trade deal on Friday. Ties between them have been "
     "strained for years.", 0),
    # A noun for the verb, the singular for the plural, the same year.
    (LIBRARY, "The library will shut in June. Library closures have reached the hundreds since "
     "2010, campaigners said.", 0),
    (BRIDGE, "The ferry will stop in May. Coastal operators have scrapped dozens of routes "
     "since 2014, the union said.", 0),
    # The year in another span ("in March 2021") is a word of the claim told.
    (LEEDS, "The striker joined on Monday. Since the takeover of March 2021, Leeds have "
     "invested heavily in the club's squad, though they must stay within spending rules.", 0),
    (RIVALS, "The two clubs met in the cup on Sunday. Relations between the supporters have "
     "been tense for decades.", 0),
    # Negative cases: another year, or no words of the claim, or a long span told of
    # something else: still one outlet's claim.
    (LIBRARY, "The library will shut in June. Library closures have reached the hundreds since "
     "2015, campaigners said.", 1),
    (LIBRARY, "The library will shut in June. Bus fares have risen sharply since 2010, the "
     "operator said.", 1),
    (LEEDS, "The striker joined on Monday. Since the takeover of March 2019, Leeds have "
     "invested heavily in the club's squad, though they must stay within spending rules.", 1),
    (RELATIONS, "The two countries signed a trade deal on Friday. Farmers in both countries have "
     "complained about tariffs and delays for years.", 1),
    (RELATIONS, "The two countries signed a trade deal on Friday, officials said.", 1),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "findings"), CASES)
def test_background_told_in_other_words_is_told(a: str, b: str, findings: int) -> None:
    messages = rule_messages("FC115", a, b)
    assert len([m for m in messages if " in a:" in m]) == findings
