"""Speed 88: FC115 tests a marker's word against a sentence's tokens by two set lookups (the
token, or `_SAME_STEM` first letters, see `_stems`) instead of `_one_word` against each token;
both answer alike, short words and long, and FC115 finds what it found."""

import pytest

from factcheck.rules.kinds.unsourced_background import _SAME_STEM, _one_word, _stems
from support import rule_messages

_TOKENS = frozenset(
    "most customers now have power again after the storm restored 2021 elect".split()
)


@pytest.mark.parametrize(
    "word",
    ["most", "majority", "power", "powered", "restoration", "restore", "customer", "cust",
     "storms", "2021", "again", "elect", "elected", "electricity", "now", "no", ""],
)  # fmt: skip
def test_stems_answer_as_one_word(word: str) -> None:
    scan = any(_one_word(word, theirs) for theirs in _TOKENS)
    lookup = word in _TOKENS or (len(word) >= _SAME_STEM and word[:_SAME_STEM] in _stems(_TOKENS))
    assert lookup is scan


def test_stems_of_no_tokens() -> None:
    assert _stems(frozenset()) == frozenset()
    assert _stems(frozenset({"cut", "jobs"})) == frozenset()


@pytest.mark.parametrize(
    ("text_a", "text_b", "flagged"),
    [
        # A general claim no other article tells: flagged.
        (
            "The ferry will resume sailings on Monday. Most islanders now rely on the ferry "
            "for groceries.",
            "The ferry will resume sailings on Monday, the operator said.",
            True,
        ),
        # The other article's source tells it in its own words: not flagged.
        (
            "The ferry will resume sailings on Monday. Most islanders now rely on the ferry "
            "for groceries.",
            "The ferry will resume sailings on Monday. The majority of islanders rely on the "
            "ferry for their groceries, the council said.",
            False,
        ),
    ],
)
def test_fc115_finds_what_it_found(text_a: str, text_b: str, flagged: bool) -> None:
    assert bool(rule_messages("FC115", text_a, text_b)) is flagged
