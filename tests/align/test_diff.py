from __future__ import annotations

import pytest

from factcheck.align.diff import describe, fold, one_spelling, same_wording, word_diff, wording
from factcheck.models import DiffOp


@pytest.mark.parametrize(
    ("a", "b", "changes"),
    [
        (
            "We’ll be building the most popular and advanced AI products and services.",
            "We will build the most popular and advanced AI products and services.",
            [(DiffOp.REPLACE, "We’ll be building", "We will build")],
        ),
        (
            "If we succeed, everyone will have an assistant.",
            "And if we are successful, everyone will have an assistant.",
            [(DiffOp.INSERT, "", "And"), (DiffOp.REPLACE, "succeed", "are successful")],
        ),
        (
            "The plan will cost jobs in every county.",
            "The plan will cost jobs.",
            [(DiffOp.DELETE, "in every county", "")],
        ),
        ("“Taxes will rise,” she said.", '"taxes will rise" she said', []),
    ],
)
def test_word_diff_reports_what_changed(a, b, changes) -> None:
    diff = word_diff(a, b)
    assert [(d.op, d.a, d.b) for d in diff if d.op is not DiffOp.EQUAL] == changes


def test_equal_runs_keep_the_original_words() -> None:
    diff = word_diff("We’ll win.", "We will win.")
    assert [(d.op, d.a, d.b) for d in diff] == [
        (DiffOp.REPLACE, "We’ll", "We will"),
        (DiffOp.EQUAL, "win", "win"),
    ]


def test_fold_ignores_case_punctuation_and_curly_marks() -> None:
    assert fold("“We’ll WIN,” he said!") == fold('"we\'ll win" he said')


def test_describe_summarises_changes() -> None:
    diff = word_diff("If we succeed, we win.", "If we are successful, we win big.")
    assert describe(diff) == "“succeed” → “are successful”; +“big”"
    assert describe(word_diff("We win.", "we WIN")) == "punctuation or case only"


@pytest.mark.parametrize(
    ("a", "b", "described"),
    [
        # A word cut in one place and put in another moved: it was not dropped.
        (
            "Food, shelter and clean water are what people up there need most.",
            "Shelter, food and clean water are what people up there need most.",
            "moved “shelter”",
        ),
        # Two words each in the other's place swapped.
        (
            "We are bringing the passengers and crew home.",
            "We are bringing the crew and passengers home.",
            "“passengers” and “crew” swapped",
        ),
        # A word cut and another put in are neither.
        ("We will rebuild the bridge.", "We will repair the bridge quickly.",
         "“rebuild” → “repair”; +“quickly”"),
    ],
)  # fmt: skip
def test_describe_tells_moved_and_swapped_words(a: str, b: str, described: str) -> None:
    assert describe(word_diff(a, b)) == described


@pytest.mark.parametrize(
    ("british", "american"),
    [("scrutinising", "scrutinizing"), ("cancelled", "canceled"), ("colour", "color"),
     ("behaviour", "behavior"), ("centre", "center"), ("travelling", "traveling"),
     ("defence", "defense"), ("catalogue", "catalog"), ("analysed", "analyzed"),
     ("organisation", "organization"), ("programme", "program"), ("grey", "gray"),
     ("paediatric", "pediatric"), ("anaesthetist", "anesthetist"), ("oestrogen", "estrogen"),
     ("diarrhoea", "diarrhea"), ("haemorrhage", "hemorrhage"), ("aeroplanes", "airplanes"),
     ("storey", "story"), ("mould", "mold"), ("sulphur", "sulfur"), ("sombre", "somber"),
     ("neighbourhood", "neighborhood"), ("neighbourly", "neighborly"), ("colourless", "colorless")],
)  # fmt: skip
def test_british_and_american_spellings_are_one_word(british: str, american: str) -> None:
    assert one_spelling(british) == one_spelling(american)
    assert wording(f"We {british} it.") == wording(f"we {american} it")


@pytest.mark.parametrize(
    ("a", "b"),
    [("four", "for"), ("filled", "filed"), ("prize", "prise"), ("does", "des"), ("goes", "ges"),
     ("shoes", "shes")],
)  # fmt: skip
def test_other_words_stay_apart(a: str, b: str) -> None:
    assert one_spelling(a) != one_spelling(b)


def test_a_diff_shows_no_spelling_change() -> None:
    diff = word_diff("Flights were cancelled, she said", "Flights were canceled and she said")
    assert describe(diff) == "+“and”"


@pytest.mark.parametrize(
    ("a", "b"),
    [("We will not reach 82% renewables", "We will not reach 82 per cent renewables"),
     ("The last 5 kilometres were hard", "The last five kilometres were hard"),
     ("Up 3 percent on the year", "up 3% on the year")],
)  # fmt: skip
def test_a_number_printed_apart_is_the_same_wording(a: str, b: str) -> None:
    assert wording(a) == wording(b)
    assert describe(word_diff(a, b)) == "punctuation or case only"


@pytest.mark.parametrize(
    ("a", "b"),
    [("I had my chances in the tiebreak", "I had my chances in the tie-break"),
     ("I can't afford to live near it anymore", "I can’t afford to live near it any more"),
     ("We are moving toward a cure", "We are moving towards a cure"),
     ("It was a world-class performance", "It was a world class performance"),
     ("A full investigation is underway", "A full investigation is under way"),
     ("Our healthcare workers are exhausted", "Our health care workers are exhausted"),
     ("Policymakers have been warned", "Policy makers have been warned"),
     # A quote nested in the quote, in single marks or double.
     ("this stock is priced for perfection, and 'fine' doesn't cut it",
      "this stock is priced for perfection, and “fine” doesn’t cut it")],
)  # fmt: skip
def test_a_compound_split_apart_or_a_british_s_is_the_same_wording(a: str, b: str) -> None:
    assert same_wording(a, b)
    assert describe(word_diff(a, b)) == "punctuation or case only"


def test_a_compound_split_apart_is_no_change_beside_a_real_one() -> None:
    diff = word_diff("I had my chances in the tiebreak", "I had a chance in the tie-break")
    assert describe(diff) == "“my chances” → “a chance”"


def test_per_cent_not_after_a_number_is_a_word() -> None:
    assert wording("It rose per cent") != wording("It rose")


@pytest.mark.parametrize(
    ("a", "b"),
    [("A deal is nowhere in sight", "A deal is now here in sight"),
     ("We came together", "We came to get her"),
     ("It is a part of the plan", "It is apart of the plan"),
     # A closed compound against its own words with another in between.
     ("Our healthcare workers are exhausted", "Our health and care workers are exhausted")],
)  # fmt: skip
def test_words_that_only_join_up_are_other_words(a: str, b: str) -> None:
    assert not same_wording(a, b)
    assert describe(word_diff(a, b)) != "punctuation or case only"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # An outlet's house style, not the speaker's words.
        (
            "a year when U.S. technology stocks did well",
            "a year when US technology stocks did well",
        ),
        ("A fund this size paying $3.4-billion a year", "A fund this size paying $3.4bn a year"),
        ("We raised $250m from investors", "We raised $250 million from investors"),
        # A currency's sign or its name.
        ("cutting energy bills by £150 for millions of households",
         "cutting energy bills by 150 pounds for millions of households"),
        ("a £2bn hole in the accounts", "a 2 billion pounds hole in the accounts"),
        ("about 400 tonnes of concrete came down", "about 400 tons of concrete came down"),
        ("net debt of R2.1bn and net cash of R5.3bn",
         "net debt of 2.1 billion rand and net cash of 5.3 billion"),
        ("revenue of Rs 1,200 crore", "revenue of 1,200 crore rupees"),
        ("we will pay Rp50 million to each family", "we will pay 50 million rupiah to each family"),
        ("a fine of KSh2bn", "a fine of 2bn shillings"),
        # A unit or time of day against its number or apart from it.
        ("You could see the storm coming by about 10 a.m., and people were taking a gamble",
         "You could see the storm coming by about 10am, and people were taking a gamble"),
        ("We wanted the 700 MHz band more than anything",
         "We wanted the 700MHz band more than anything"),
    ],
)  # fmt: skip
def test_a_house_style_is_the_same_wording(a: str, b: str) -> None:
    assert same_wording(a, b)
    assert describe(word_diff(a, b)) == "punctuation or case only"


def test_a_changed_amount_in_house_style_is_still_a_change() -> None:
    assert not same_wording("paying $3.4bn a year", "paying $3.5-billion a year")


def test_a_changed_time_printed_in_house_style_is_still_a_change() -> None:
    assert not same_wording("coming by about 10 a.m.", "coming by about 11am")
    assert not same_wording("the 700 MHz band", "the 800MHz band")


def test_a_changed_amount_with_its_currency_named_is_still_a_change() -> None:
    assert not same_wording("bills fall by £150", "bills fall by 160 pounds")
