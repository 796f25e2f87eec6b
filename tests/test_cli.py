"""End to end: the `factcheck` command on real files, as a user runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.cli import main
from support import ARTICLES, BENZINGA, POWERHOUSE, ROOT


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    captured = capsys.readouterr()
    return int(code), captured.out, captured.err


@pytest.fixture(scope="module")
def bundled() -> dict:
    """The JSON report on the bundled articles (computed once for the module)."""
    result = subprocess.run(
        [sys.executable, "-m", "factcheck", "compare", "--format", "json", str(ARTICLES)],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert result.returncode == 1, result.stderr  # the malformed quotation is an error
    return json.loads(result.stdout)


def findings(report: dict, code: str) -> list[dict]:
    return [finding for finding in report["findings"] if finding["rule"] == code]


def evidence_texts(finding: dict) -> list[str]:
    return [evidence["text"] for evidence in finding["evidence"]]


# ---------------------------------------------------------------- the bundled articles


def test_reworded_quote_is_aligned_and_flagged_with_its_difference(bundled) -> None:
    pairs = {(m["a"]["text"], m["b"]["text"]): m for m in bundled["alignment"]["quotes"]}
    ours = "We’ll be building the most popular and advanced AI products and services."
    theirs = "We will build the most popular and advanced AI products and services."
    match = pairs.get((theirs, ours)) or pairs.get((ours, theirs))
    assert match is not None, list(pairs)
    [finding] = [
        f
        for f in findings(bundled, "FC101")
        if ours in evidence_texts(f) and theirs in evidence_texts(f)
    ]
    assert finding["severity"] == "warning"
    changed = {(d["a"], d["b"]) for d in finding["diff"] if d["op"] != "equal"}
    assert changed & {
        ("We will build", "We’ll be building"),
        ("We’ll be building", "We will build"),
    }


def test_if_we_succeed_is_aligned_with_if_we_are_successful(bundled) -> None:
    flagged = [
        f
        for f in findings(bundled, "FC101")
        if any(
            t.startswith("If we succeed, everyone who uses our services") for t in evidence_texts(f)
        )
    ]
    assert len(flagged) == 1
    other = [t for t in evidence_texts(flagged[0]) if not t.startswith("If we succeed")]
    assert other[0].startswith("And if we are successful, everyone")
    assert other[0].endswith("get things done things, every creator will do.")


def test_malformed_quotation_is_flagged_and_does_not_swallow_the_article(bundled) -> None:
    malformed = findings(bundled, "FC103")
    assert malformed
    assert {e["evidence"][0]["article_id"] for e in malformed} == {BENZINGA.stem}
    benzinga = next(a for a in bundled["articles"] if a["id"] == BENZINGA.stem)
    texts = [q["text"] for q in benzinga["quotes"]]
    assert any(t.startswith("Previously, I thought that because") for t in texts)
    assert not any("have an AI that their community" in t for t in texts)
    assert all(len(t) < 600 for t in texts)


def test_first_dividends_is_an_unsourced_claim(bundled) -> None:
    [finding] = findings(bundled, "FC107")
    [evidence] = finding["evidence"]
    assert evidence["article_id"] == POWERHOUSE.stem
    assert "Meta’s first dividends" in evidence["text"]


def _row_of(bundled: dict, predicate) -> dict:
    rows = [row for row in bundled["figure_table"] if any(predicate(f) for f in row["figures"])]
    assert len(rows) == 1, rows
    return rows[0]


def test_figure_statuses_on_the_bundled_articles(bundled) -> None:
    revenue_growth = _row_of(bundled, lambda f: f["kind"] == "percent" and f["value"] == "25")
    assert revenue_growth["status"] == "corroborated"
    assert {f["article_id"] for f in revenue_growth["figures"]} == {POWERHOUSE.stem, BENZINGA.stem}
    gpus = _row_of(bundled, lambda f: f["value"] == "350000")
    assert gpus["status"] == "single_source"
    revenue = _row_of(bundled, lambda f: f["unit"] == "USD" and f["value"] == "40110000000")
    assert revenue["status"] == "single_source"
    flagged = {e["text"] for f in findings(bundled, "FC106") for e in f["evidence"]}
    assert any("350,000" in text for text in flagged)
    assert any("$40.11 billion" in text for text in flagged)
    assert not findings(bundled, "FC105")


def test_every_full_quote_is_zuckerbergs_except_the_one_meta_said(bundled) -> None:
    speakers = {}
    for article in bundled["articles"]:
        for quote in article["quotes"]:
            if quote["kind"] == "full":
                speakers[quote["text"][:40]] = quote["speaker"]
    assert len(speakers) >= 8
    for text, speaker in speakers.items():
        if text.startswith("We expect that our ambitious"):
            assert speaker["name"] == "Meta"
            assert speaker["kind"] == "organisation"
        else:
            assert (speaker["name"], speaker["kind"]) == ("Mark Zuckerberg", "person"), text
    # The same person in both articles: no speaker finding.
    assert not [f for f in bundled["findings"] if f["rule"] in ("FC104", "FC108")]


def test_every_span_points_at_its_text(bundled) -> None:
    texts = {p.stem: p.read_text(encoding="utf-8") for p in (POWERHOUSE, BENZINGA)}
    for finding in bundled["findings"]:
        for evidence in finding["evidence"]:
            span = evidence["span"]
            assert texts[evidence["article_id"]][span["start"] : span["end"]] == evidence["text"]
    for article in bundled["articles"]:
        text = texts[article["id"]]
        for figure in article["figures"]:
            assert text[figure["span"]["start"] : figure["span"]["end"]] == figure["text"]


# ---------------------------------------------------------------- formats and exit codes


def test_terminal_report_shows_quotes_figures_and_findings(capsys) -> None:
    code, out, err = run(["compare", str(POWERHOUSE), str(BENZINGA), "--no-color"], capsys)
    assert code == 1
    assert err == ""
    for heading in ("Articles", "Aligned quotes", "Figures", "Findings", "ERROR", "WARNING"):
        assert heading in out
    assert "FC103" in out and "FC101" in out and "FC107" in out
    assert "corroborated" in out and "single source" in out


def test_reports_are_byte_identical_across_runs(capsys) -> None:
    outputs = set()
    for _ in range(2):
        for fmt in ("json", "markdown", "terminal"):
            _, out, _ = run(["compare", "-f", fmt, "--no-color", str(ARTICLES)], capsys)
            outputs.add((fmt, out))
    assert len(outputs) == 3


def test_compare_caches_extractions_and_reports_the_same(tmp_path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)  # no configuration file: the cache goes in the current folder
    args = ["compare", "-f", "json", str(ARTICLES)]
    _, uncached, _ = run([*args, "--no-cache"], capsys)
    assert not (tmp_path / ".factcheck-cache").exists()
    _, first, _ = run(args, capsys)
    assert len(list((tmp_path / ".factcheck-cache").glob("extractions-*/*.json"))) == 2
    _, second, _ = run(args, capsys)
    assert uncached == first == second


def test_extract_reads_through_the_cache_unless_told_not_to(tmp_path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    args = ["extract", "-f", "json", str(BENZINGA)]
    _, uncached, _ = run([*args, "--no-cache"], capsys)
    assert not (tmp_path / ".factcheck-cache").exists()
    _, first, _ = run(args, capsys)
    assert len(list((tmp_path / ".factcheck-cache").glob("extractions-*/*.json"))) == 1
    _, second, _ = run(args, capsys)
    assert uncached == first == second


def test_markdown_report(capsys) -> None:
    code, out, _ = run(["compare", "--format", "markdown", str(ARTICLES)], capsys)
    assert code == 1
    assert out.startswith("# factcheck report")
    assert "## Figures" in out and "### Error" in out and "**FC103**" in out


def test_json_report_validates_against_the_published_schema(capsys) -> None:
    from factcheck.models import Report

    _, out, _ = run(["compare", "--format", "json", str(ARTICLES)], capsys)
    report = Report.model_validate_json(out)
    assert report.schema_version == "1.0"
    _, schema, _ = run(["schema"], capsys)
    assert json.loads(schema)["properties"]["schema_version"]["const"] == "1.0"


@pytest.mark.parametrize(("fail_on", "expected"), [("error", 1), ("none", 0), ("info", 1)])
def test_fail_on_sets_the_exit_code(capsys, fail_on, expected) -> None:
    code, _, _ = run(["compare", "-f", "json", "--fail-on", fail_on, str(ARTICLES)], capsys)
    assert code == expected


def test_no_error_level_finding_exits_zero(write, capsys) -> None:
    a = write("a.txt", "The mayor said, “We will rebuild the bridge before the winter comes.”\n")
    b = write("b.txt", "“We will rebuild the bridge before the winter comes,” the mayor said.\n")
    code, out, _ = run(["compare", "-f", "json", str(a), str(b)], capsys)
    assert code == 0
    assert json.loads(out)["findings"] == []


def test_output_file_is_written_whole(tmp_path, capsys) -> None:
    target = tmp_path / "report.json"
    code, out, _ = run(["compare", "-f", "json", "-o", str(target), str(ARTICLES)], capsys)
    assert code == 1 and out == ""
    assert json.loads(target.read_text(encoding="utf-8"))["summary"]["articles"] == 2
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


def test_failed_run_leaves_no_output_file(tmp_path, write, capsys) -> None:
    target = tmp_path / "report.json"
    empty = write("empty.txt", b"")
    code, _, err = run(["compare", "-o", str(target), str(POWERHOUSE), str(empty)], capsys)
    assert code == 2
    assert not target.exists()
    assert err.strip() == f"factcheck: error: {empty}: file is empty"


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["compare", "missing.txt"], "missing.txt: no such file"),
        (["compare", "--colour"], "No such option: --colour"),
        (["compare", "--format", "pdf"], "Invalid value for '--format'"),
        (["rule", "FC999"], "FC999: no such rule"),
        (["extract"], "Missing argument"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(capsys, args, expected) -> None:
    code, _, err = run(args, capsys)
    assert code == 2
    assert expected in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_binary_and_badly_encoded_files(write, capsys) -> None:
    binary = write("photo.txt", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01")
    code, _, err = run(["compare", str(binary), str(POWERHOUSE)], capsys)
    assert (code, err.strip()) == (
        2,
        f"factcheck: error: {binary}: looks like a binary file, not text",
    )
    legacy = write(
        "legacy.txt", "Caf\u00e9 owners said, \u201cRents doubled.\u201d\n".encode("cp1252")
    )
    code, out, err = run(["extract", str(legacy), "-f", "json"], capsys)
    assert code == 0
    assert "read as Windows-1252" in err
    assert json.loads(out)["quotes"][0]["text"] == "Rents doubled."


def test_malformed_rule_file_is_reported_with_its_field(tmp_path, capsys) -> None:
    (tmp_path / "XX001-broken.yml").write_text("code: XX001\nname: broken\nkind: quote_wording\n")
    code, _, err = run(["rules", "--rules", str(tmp_path)], capsys)
    assert code == 2
    assert f"{tmp_path / 'XX001-broken.yml'}: severity: required field is missing" in err


@pytest.mark.parametrize("terms", ["[[]]", "[dividend, '']", "[[buyback, ' ']]"])
def test_an_empty_claim_term_is_a_rule_file_error(tmp_path, capsys, terms: str) -> None:
    (tmp_path / "XX002-claims.yml").write_text(
        "code: XX002\nname: claims\nkind: unsourced_claim\nseverity: warning\n"
        "message: '{term}'\ndescription: d\nwhy: w\nparameters:\n  terms: " + terms + "\n",
        encoding="utf-8",
    )
    code, _, err = run(["rules", "--rules", str(tmp_path)], capsys)
    assert code == 2 and "XX002-claims.yml" in err and "empty" in err
    assert err.count("\n") == 1


def test_compare_defaults_to_the_articles_folder(capsys, monkeypatch) -> None:
    monkeypatch.chdir(ROOT)
    code, out, _ = run(["compare", "-f", "json"], capsys)
    assert code == 1
    assert json.loads(out)["summary"]["articles"] == 2


def test_hidden_files_and_folders_are_not_articles(tmp_path: Path, capsys) -> None:
    # A folder of articles may hold a virtualenv, a .git or an editor's swap copy.
    for path in (POWERHOUSE, BENZINGA):
        (tmp_path / path.name).write_bytes(path.read_bytes())
    (tmp_path / ".venv" / "lib").mkdir(parents=True)
    (tmp_path / ".venv" / "lib" / "README.md").write_text("# A package\n\nIt installs.\n")
    (tmp_path / ".draft.txt").write_text("Draft\n\nNot yet filed.\n", encoding="utf-8")
    code, out, _ = run(["compare", "-f", "json", "--no-cache", str(tmp_path)], capsys)
    assert code == 1
    assert json.loads(out)["summary"]["articles"] == 2


# ---------------------------------------------------------------- extract, rules, rule


def test_extract_table_and_json(capsys) -> None:
    code, out, _ = run(["extract", str(BENZINGA)], capsys)
    assert code == 0
    assert "Quotes in" in out and "Quotation defects" in out and "Figures in" in out
    code, out, _ = run(["extract", "--format", "json", str(POWERHOUSE)], capsys)
    data = json.loads(out)
    assert data["article_id"] == POWERHOUSE.stem
    assert any(q["kind"] == "partial" and q["text"] == "most advanced" for q in data["quotes"])


def test_extract_reads_one_article_not_the_first_of_a_folder(tmp_path: Path, capsys) -> None:
    code, out, err = run(["extract", str(ARTICLES)], capsys)
    assert (code, out) == (2, "")
    assert (
        err
        == f"factcheck: error: {ARTICLES}: a folder of 2 articles: extract reads one article file\n"
    )
    (tmp_path / "only.txt").write_text("Storm\n\nUp to 40 were hurt.\n", encoding="utf-8")
    code, out, _ = run(["extract", "-f", "json", str(tmp_path)], capsys)
    assert code == 0 and json.loads(out)["article_id"] == "only"


def test_extract_numbers_shows_what_the_figures_left_out(tmp_path: Path, capsys) -> None:
    article = tmp_path / "storm.txt"
    article.write_text(
        "Storm damage\n\nUp to 40 were hurt, at least 12 seriously, and two-thirds of homes "
        "lost power in 2023.\n",
        encoding="utf-8",
    )
    code, out, _ = run(["extract", "--numbers", str(article)], capsys)
    assert code == 0
    rows = {line.split("│")[2].strip(): line.split("│")[4].strip()
            for line in out.splitlines() if line.count("│") == 5}  # fmt: skip
    assert rows["Up to 40"] == "f1"  # read as a figure
    assert rows["at least 12"] == ""  # a number no figure holds: worth a look
    assert "0.666667" in out
    code, out, _ = run(["extract", "--numbers", "-f", "json", str(article)], capsys)
    data = json.loads(out)
    assert [n["text"] for n in data["numbers"]] == ["40", "12", "two-thirds"]
    assert {r["text"] for r in data["number_ranges"]} == {"Up to 40", "at least 12"}


def test_rules_lists_codes_severities_and_descriptions(capsys) -> None:
    code, out, _ = run(["rules"], capsys)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["RULE", "SEVERITY", "DESCRIPTION"]
    assert [line.split()[0] for line in lines[1:]] == sorted(
        path.stem for path in (ROOT / "rules").glob("*.yml")
    )
    assert lines[1].split()[:2] == ["FC101-quote-wording", "warning"]


def test_rule_explains_one_rule(capsys) -> None:
    code, out, _ = run(["rule", "fc105"], capsys)
    assert code == 0
    for part in (
        "# figure-mismatch (FC105)",
        "## What it does",
        "## Why does this matter?",
        "## Example",
        "$41 billion",
        "## Parameters",
    ):
        assert part in out


def test_version_and_module_entry_point() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "factcheck", "--version"],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    assert result.returncode == 0
    assert result.stdout.startswith("factcheck ")


def test_console_script_is_installed() -> None:
    script = Path(sys.executable).with_name("factcheck")
    result = subprocess.run([str(script), "rules"], capture_output=True, text=True, check=False)
    assert result.returncode == 0 and "FC101" in result.stdout


def test_no_majority_reading_when_the_source_is_given(tmp_path: Path, capsys) -> None:
    texts = [
        "Bridge\n\nThe mayor said, “We will rebuild the bridge before the winter comes.”\n",
        "Bridge\n\n“We will rebuild the bridge before the winter comes,” the mayor said.\n",
        "Bridge\n\nThe mayor said, “We are going to rebuild the bridge before winter.”\n",
    ]
    paths = []
    for number, text in enumerate(texts):
        paths.append(tmp_path / f"article-{number}.txt")
        paths[-1].write_text(text, encoding="utf-8")
    source = tmp_path / "transcript.txt"
    source.write_text("MAYOR: We will rebuild the bridge before the winter comes.\n", "utf-8")
    _, out, _ = run(["compare", "-f", "json", *map(str, paths)], capsys)
    assert "FC205" in {f["rule"] for f in json.loads(out)["findings"]}
    _, out, _ = run(["compare", "-f", "json", "--reference", str(source), *map(str, paths)], capsys)
    rules = {f["rule"] for f in json.loads(out)["findings"]}
    assert "FC205" not in rules and "FC201" in rules  # the source decides instead
