"""Quotes judged against a primary source: one verdict each, on sentences of our own."""

from __future__ import annotations

import json

import pytest

from factcheck.align.provenance import locate_quotes
from factcheck.cli import main
from factcheck.extract import body_sentences, extract
from factcheck.load import article_from_text
from factcheck.rules.kinds.quote_provenance import QuoteProvenanceParams, verdict_of
from support import POWERHOUSE, ROOT

# A long paragraph, as a transcript prints an answer.
SOURCE = (
    "Thanks for the question. Looking at the year ahead, we expect revenue of $35 billion in "
    "the first quarter, and we will not cut our investment in research, because the company "
    "has always believed that long-term bets pay off. Our teams in Menlo Park and London "
    "shipped more features this year than in any year before, and the community responded. "
    "On hardware, the glasses sold out in most markets within weeks, which surprised even us. "
    "We think the next decade of computing will be built on devices that understand the world "
    "around them, and we intend to lead that shift rather than follow it. Finally, I want to "
    "thank our employees for their extraordinary work through a very demanding year."
)

CASES = [
    ("verbatim", "“Our teams in Menlo Park and London shipped more features this year than in any "
                 "year before, and the community responded.”"),
    ("verbatim", "“our teams in menlo park and london shipped more features this year than in "
                 "any year before, and the community responded!”"),
    ("trimmed", "“The glasses sold out in most markets within weeks.”"),
    ("trimmed", "“We expect revenue of $35 billion in the first quarter … because the company "
                "has always believed that long-term bets pay off.”"),
    ("adapted", "“[Meta] intend[s] to lead that shift rather than follow it.”"),
    ("adapted", "“[Meta] has always believed that long-term bets pay off.”"),
    ("paraphrased", "“Our teams in Menlo Park and London released more features this year than "
                    "ever before, and the community responded.”"),
    ("misquoted", "“We expect revenue of $45 billion in the first quarter.”"),
    ("misquoted", "“We will cut our investment in research, because the company has always "
                  "believed that long-term bets pay off.”"),
    ("misquoted", "“Our teams in Menlo Park and Paris shipped more features this year than in "
                  "any year before.”"),
    ("misquoted", "“The community responded and our teams in Menlo Park and London shipped "
                  "more features.”"),
    ("misquoted", "“We expect revenue of $35 billion in the first quarter … for their "
                  "extraordinary work through a very demanding year.”"),
    ("not_in_source", "“We have no plans to sell the company to anyone at any price.”"),
]  # fmt: skip


def verdicts(quote_text: str) -> list[str]:
    source = article_from_text(SOURCE, article_id="transcript", body_only=True)
    article = article_from_text(f"The chief executive said, {quote_text}", body_only=True)
    params = QuoteProvenanceParams(verdict="verbatim")
    sentences = body_sentences(source)
    return [
        verdict_of(match, params, sentences, source.text)[0]
        for match in locate_quotes([extract(article)], source)
    ]


@pytest.mark.parametrize(("verdict", "quote"), CASES)
def test_verdicts(verdict: str, quote: str) -> None:
    assert set(verdicts(quote)) == {verdict}


def test_located_passage_points_into_the_source() -> None:
    source = article_from_text(SOURCE, article_id="transcript", body_only=True)
    article = article_from_text("He said, “The glasses sold out in most markets.”", body_only=True)
    [match] = locate_quotes([extract(article)], source)
    [part] = match.parts
    assert part.span.slice(source.text) == part.text == "the glasses sold out in most markets"


def test_bundled_quote_against_a_test_transcript(capsys) -> None:
    """Against an excerpt written for this test (not the real transcript): the “We’ll be
    building…” quote is paraphrased, and a copy with a changed number is misquoted."""
    excerpt = ROOT / "tests" / "data" / "meta-call-excerpt.txt"
    code = main(["compare", "-f", "json", "--fail-on", "none", "--reference", str(excerpt),
                 str(POWERHOUSE)])  # fmt: skip
    report = json.loads(capsys.readouterr().out)
    assert code == 0
    assert report["references"][0]["id"] == "meta-call-excerpt"
    paraphrased = [f for f in report["findings"] if f["rule"] == "FC201"]
    assert len(paraphrased) == 1
    assert paraphrased[0]["evidence"][0]["text"].startswith("“We’ll be building")
    assert not [f for f in report["findings"] if f["rule"] == "FC202"]


def test_changed_number_is_misquoted(tmp_path, capsys) -> None:
    excerpt = ROOT / "tests" / "data" / "meta-call-excerpt.txt"
    article = tmp_path / "wire.txt"
    article.write_text(
        "Meta outlook\n\nZuckerberg said, “We expect first-quarter revenue between $34.5 billion "
        "and $39 billion.”\n",
        encoding="utf-8",
    )
    code = main(["compare", "-f", "json", "--reference", str(excerpt), str(article)])
    report = json.loads(capsys.readouterr().out)
    assert code == 1
    [finding] = [f for f in report["findings"] if f["rule"] == "FC202"]
    assert "a figure changed" in finding["message"]


def test_role_primary_in_front_matter_makes_the_reference(tmp_path, capsys) -> None:
    (tmp_path / "transcript.md").write_text("---\nrole: primary\n---\n" + SOURCE, "utf-8")
    (tmp_path / "story.txt").write_text(
        "Results day\n\nThe CEO said, “We expect revenue of $45 billion in the first quarter.”\n",
        encoding="utf-8",
    )
    main(["compare", "-f", "json", "--fail-on", "none", str(tmp_path)])
    report = json.loads(capsys.readouterr().out)
    assert report["references"][0]["id"] == "transcript"
    assert [a["id"] for a in report["articles"]] == ["story"]
    assert [f["rule"] for f in report["findings"] if f["rule"].startswith("FC2")] == ["FC202"]


# House style and fair cuts are not misquotes (QA: a press conference and a press release).
BRIEFING = (
    "If you are told to leave, leave. Two feet of moving water can carry away a pickup truck. "
    "But a levee is a ten-year project and it would cost hundreds of millions of dollars. We "
    "do not yet know why the pumps failed. We are not building this plant for the tax credits. "
    "The credits help, but the demand was there first."
)


@pytest.mark.parametrize(
    ("quote_text", "verdict"),
    [
        ("“2 feet of moving water can carry away a pickup truck.”", "verbatim"),
        ("“A levee is a 10-year project and it would cost hundreds of millions of dollars.”",
         "adapted"),  # the opening "But" dropped; the figure is the same
        ("“We don't yet know why the pumps failed.”", "paraphrased"),  # not a negation changed
        ("“We are not building this plant for the tax credits … the demand was there first.”",
         "trimmed"),
        ("“Three feet of moving water can carry away a pickup truck.”", "misquoted"),
    ],
)  # fmt: skip
def test_house_style_and_fair_cuts(quote_text: str, verdict: str) -> None:
    source = article_from_text(BRIEFING, article_id="briefing", body_only=True)
    article = article_from_text(f"The governor said, {quote_text}", body_only=True)
    params = QuoteProvenanceParams(verdict="verbatim")
    [match] = locate_quotes([extract(article)], source)
    assert verdict_of(match, params, body_sentences(source), source.text)[0] == verdict
