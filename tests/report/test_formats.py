"""Every output format, on the bundled articles and on a hostile article."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest

from factcheck.load import load_article
from factcheck.pipeline import compare
from factcheck.report import OutputFormat, render
from factcheck.rules.loader import builtin_rules_dir, load_rules
from support import ARTICLES, BENZINGA, POWERHOUSE

SCHEMA = json.loads(
    (Path(__file__).parent / "data" / "sarif-2.1.0-subset.schema.json").read_text("utf-8")
)


@pytest.fixture(scope="module")
def report():
    return compare([load_article(BENZINGA), load_article(POWERHOUSE)],
                   load_rules([builtin_rules_dir()]))  # fmt: skip


@pytest.fixture
def hostile(tmp_path: Path):
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text(
        "Site hacked\n\n<script>alert('x')</script> The mayor said, “We will rebuild the bridge "
        "before the <b>winter</b> comes.”\n",
        encoding="utf-8",
    )
    b.write_text(
        "Bridge news\n\nThe mayor said, “We are going to rebuild the bridge before winter "
        "comes.”\n",
        encoding="utf-8",
    )
    return compare([load_article(a), load_article(b)], load_rules([builtin_rules_dir()]))


def test_sarif_is_valid_and_carries_rules_levels_and_fingerprints(report) -> None:
    sarif = json.loads(render(report, OutputFormat.SARIF))
    jsonschema.validate(sarif, SCHEMA)
    run = sarif["runs"][0]
    assert [rule["id"] for rule in run["tool"]["driver"]["rules"]] == [
        rule.code for rule in report.rules
    ]
    assert run["tool"]["driver"]["rules"][0]["id"] == "FC101"
    assert len(run["results"]) == len(report.findings)
    levels = {result["level"] for result in run["results"]}
    assert levels == {"error", "warning", "note"}
    for result, finding in zip(run["results"], report.findings, strict=True):
        assert result["partialFingerprints"]["factcheck/v1"] == finding.fingerprint
        region = result["locations"][0]["physicalLocation"]["region"]
        assert region["snippet"]["text"] == finding.evidence[0].text
        assert run["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == result["ruleId"]


def test_sarif_locations_point_at_lines_and_columns(report) -> None:
    sarif = json.loads(render(report, OutputFormat.SARIF))
    lines = BENZINGA.read_text(encoding="utf-8").split("\n")
    for result in sarif["runs"][0]["results"]:
        location = result["locations"][0]["physicalLocation"]
        if not location["artifactLocation"]["uri"].endswith(BENZINGA.name):
            continue
        region = location["region"]
        line = lines[region["startLine"] - 1]
        start = region["startColumn"] - 1
        snippet = region["snippet"]["text"].split("\n")[0]
        assert line[start : start + len(snippet)] == snippet


def test_junit_fails_a_case_on_the_findings_at_or_above_fail_on(report) -> None:
    root = ET.fromstring(render(report, OutputFormat.JUNIT, fail_on="error"))
    cases = root.findall("./testsuite/testcase")
    assert [case.get("name") for case in cases] == [str(BENZINGA), str(POWERHOUSE)]
    ids = [a.id for a in report.articles]
    for case, article_id in zip(cases, ids, strict=True):
        here = [f for f in report.findings if any(e.article_id == article_id for e in f.evidence)]
        errors = [f for f in here if f.severity.value == "error"]
        failures = case.findall("failure")
        assert len(failures) == (1 if errors else 0)  # at most one per test case
        failed = failures[0].text if failures else ""
        shown = case.findtext("system-out") or ""
        # Each finding once in its test case: failing, or shown below the threshold.
        blocks = [b for b in failed.split("\n\n") if b] + [b for b in shown.split("\n\n") if b]
        assert len(blocks) == len(here)
        assert all(b.startswith("error: ") for b in failed.split("\n\n") if b)
        assert not any(b.startswith("error: ") for b in shown.split("\n\n") if b)
    failed_cases = sum(1 for case in cases if case.find("failure") is not None)
    suite = root.find("testsuite")
    assert int(suite.get("failures")) == failed_cases <= int(suite.get("tests")) == 2
    assert cases[0].find("failure").get("type").startswith("FC103")
    # --fail-on warning fails on warnings too; --fail-on none on nothing.
    warning = ET.fromstring(render(report, OutputFormat.JUNIT, fail_on="warning"))
    assert "FC101" in "".join(f.text for f in warning.iter("failure"))
    none = ET.fromstring(render(report, OutputFormat.JUNIT, fail_on=None))
    assert none.find("testsuite").get("failures") == "0"
    assert not list(none.iter("failure"))
    assert "FC103" in "".join(out.text for out in none.iter("system-out"))


def test_github_annotations(report) -> None:
    lines = render(report, OutputFormat.GITHUB).splitlines()
    assert len(lines) == sum(len(f.evidence) for f in report.findings)
    assert lines[0].startswith(f"::error file={BENZINGA.as_posix()},line=5,col=")
    assert any(line.startswith("::notice ") for line in lines)
    assert all("\n" not in line for line in lines)


def test_csv_rows(report) -> None:
    rows = list(csv.DictReader(io.StringIO(render(report, OutputFormat.CSV))))
    assert len(rows) == sum(len(f.evidence) for f in report.findings)
    assert rows[0]["rule"] == "FC103" and rows[0]["severity"] == "error"
    assert rows[0]["article"] == BENZINGA.stem


def test_html_escapes_article_text(hostile) -> None:
    page = render(hostile, OutputFormat.HTML)
    assert "<script>" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert "&lt;b&gt;winter&lt;/b&gt;" in page
    assert "http" not in page.replace('content="width=device-width', "")  # no network


def test_every_format_is_deterministic(report) -> None:
    for fmt in OutputFormat:
        assert render(report, fmt) == render(report, fmt)


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(
    not _chromium() and not os.environ.get("CI"),
    reason="needs Debian's chromium (.ci/run installs it; CI never skips this test)",
)
def test_html_report_opens_in_a_real_browser(hostile, tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    page.write_text(render(hostile, OutputFormat.HTML), encoding="utf-8")
    browser = _chromium()
    assert browser, "chromium is not installed"
    result = subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
         "--no-first-run", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}", "--enable-logging=stderr",
         "--v=0", "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    dom = result.stdout
    assert "CONSOLE" not in result.stderr or "Uncaught" not in result.stderr
    assert '<ul class="findings" id="findings">' in dom
    assert "FC101" in dom and "Quote paraphrased" in dom
    assert "<script>" not in dom  # the article's script tag stayed text
    assert "&lt;script&gt;" in dom
    # Each finding links to the place in the article it points at.
    for anchor in ("f1-1", "f1-2"):
        assert f'href="#{anchor}"' in dom and f'id="{anchor}"' in dom


def test_bundled_html_shows_the_findings(capsys) -> None:
    from factcheck.cli import main

    main(["compare", "-f", "html", str(ARTICLES)])
    page = capsys.readouterr().out
    assert page.startswith("<!DOCTYPE html>")
    assert page.count('<section class="article"') == 2
    assert "Malformed quotation" in page and "corroborated" in page


@pytest.mark.parametrize("fmt", list(OutputFormat))
def test_every_format_carries_findings_against_a_reference(fmt) -> None:
    excerpt = load_article(Path(__file__).parents[1] / "data" / "meta-call-excerpt.txt")
    report = compare([load_article(POWERHOUSE), load_article(BENZINGA)],
                     load_rules([builtin_rules_dir()]), excerpt)  # fmt: skip
    assert any(f.rule.startswith("FC20") for f in report.findings)
    rendered = render(report, fmt)
    if fmt is not OutputFormat.JUNIT:  # JUnit names articles' test cases, not the source
        assert "meta-call-excerpt" in rendered
    assert "FC201" in rendered


def test_markdown_escapes_article_text_in_cells(tmp_path: Path) -> None:
    a = tmp_path / "a.md"
    b = tmp_path / "b.txt"
    a.write_text(
        "---\ntitle: <img src=x onerror=alert(1)> *Exclusive* [link](http://x)\n"
        "outlet: A_B & Co\n---\nThe mayor said, “We will rebuild the <b>bridge</b> before "
        "the winter comes.”\n",
        encoding="utf-8",
    )
    b.write_text(
        "Bridge news\n\nThe mayor said, “We are going to rebuild the bridge before winter "
        "comes.”\n",
        encoding="utf-8",
    )
    report = compare([load_article(a), load_article(b)], load_rules([builtin_rules_dir()]))
    page = render(report, OutputFormat.MARKDOWN)
    # No markup character left unescaped (a backslash before each).
    assert not re.search(r"(?<!\\)(<img|<b>|\*Exclusive|\[link)", page)
    assert r"\<img src=x onerror=alert(1)\> \*Exclusive\* \[link\](http://x)" in page
    assert r"A\_B \& Co" in page
    assert "| a: We ~~will~~ rebuild" in page  # the diff's own marks stay marks


def test_a_figure_row_shows_every_figure_an_article_has_in_it(tmp_path: Path) -> None:
    # c swaps the two percentages a and b print apart, so alignment joins a's turnout and
    # c's members by value: the row holds two of c's figures, and the table shows both.
    texts = {
        "a": "In a ballot, 87 percent of members voted for strike action on a turnout of 78 "
        "percent.",
        "b": "The ITRWU said 87 per cent of members who voted had backed strike action, on a "
        "turnout of 78 per cent.",
        "c": "Of the members who voted in the ballot, 78 per cent backed strike action, on a "
        "turnout of 87 per cent.",
    }
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(f"Strike\n\n{text}\n", encoding="utf-8")
    paths = [tmp_path / f"{name}.txt" for name in texts]
    report = compare([load_article(p) for p in paths], load_rules([builtin_rules_dir()]))
    shown = [
        line for line in render(report, OutputFormat.MARKDOWN).splitlines()
        if "per cent" in line and line.startswith("|")
    ]  # fmt: skip
    printed = {figure.text for row in report.figure_table for figure in row.figures}
    assert all(text in "".join(shown) for text in printed), shown


def test_articles_tables_show_the_datelines_outlet_and_date(tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text(
        "Crime falls again\n\nOTTAWA, July 22 (Canadian Wire Service) — Police-reported crime "
        "fell 2% last year, Statistics Canada said.\n",
        encoding="utf-8",
    )
    b.write_text(
        "---\noutlet: The Ledger\ndate: 2025-07-23\n---\nCrime down\n\nOTTAWA (Ottawa Courier) — "
        "Crime fell 2% last year, the agency said.\n",
        encoding="utf-8",
    )
    report = compare([load_article(a), load_article(b)], load_rules([builtin_rules_dir()]))
    markdown = render(report, OutputFormat.MARKDOWN)
    assert "| a | Crime falls again | Canadian Wire Service | July 22 |" in markdown
    assert "| b | Crime down | The Ledger | 2025-07-23 |" in markdown  # the metadata wins
    terminal = render(report, OutputFormat.TERMINAL)
    assert "Canadian Wire Service" in terminal
    assert "July 22" in terminal
    html = render(report, OutputFormat.HTML)
    assert "Canadian Wire Service · July 22" in html
    dateline = json.loads(render(report, OutputFormat.JSON))["articles"][0]["dateline"]
    assert dateline == {
        "place": "OTTAWA",
        "date": "July 22",
        "outlet": "Canadian Wire Service",
        "span": {"start": 19, "end": 60},  # "OTTAWA, … Service) —"
    }


def test_articles_tables_show_the_bylines_paper_when_nothing_else_names_one(
    tmp_path: Path,
) -> None:
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text(
        "Crime falls again\n\nBy Lise Haugen, Crime Correspondent, The Varstad Herald\n\n"
        "Police-reported crime fell 2% last year, Statistics Canada said.\n",
        encoding="utf-8",
    )
    b.write_text(
        "Crime down\n\nBy Jana Vogt, The Berlin Courier\n\nOTTAWA (Ottawa Wire) — Crime "
        "fell 2% last year, the agency said.\n",
        encoding="utf-8",
    )
    report = compare([load_article(a), load_article(b)], load_rules([builtin_rules_dir()]))
    markdown = render(report, OutputFormat.MARKDOWN)
    assert "| a | Crime falls again | The Varstad Herald |" in markdown
    assert "| b | Crime down | Ottawa Wire |" in markdown  # the dateline's agency first
    assert "The Varstad Herald" in render(report, OutputFormat.TERMINAL)
    byline = json.loads(render(report, OutputFormat.JSON))["articles"][1]["byline"]
    assert byline == {
        "authors": ["Jana Vogt"],
        "outlet": "The Berlin Courier",
        "span": {"start": 12, "end": 44},
    }


def test_the_terminal_report_reads_no_terminal_size(report, monkeypatch) -> None:
    """Byte-identical output wherever it runs: a dumb terminal made rich 80 columns wide."""
    monkeypatch.setenv("TERM", "xterm")
    wide = render(report, OutputFormat.TERMINAL, color=True)
    monkeypatch.setenv("TERM", "dumb")
    assert render(report, OutputFormat.TERMINAL, color=True) == wide
    assert max(len(line) for line in wide.splitlines()) > 100
