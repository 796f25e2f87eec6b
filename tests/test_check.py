"""`factcheck check`, `baseline create` and `config` on corpora in temporary folders."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from factcheck.cli import _real_paths, main

MAYOR_A = (
    "Bridge to reopen in spring\n\n"
    "The mayor said, “We will rebuild the bridge before the winter comes.”\n\n"
    "The city will spend $12.5 million on the repairs, officials said.\n"
)
MAYOR_B = (
    "City sets bridge timetable\n\n"
    "The mayor said, “We are going to rebuild the bridge before winter comes.”\n\n"
    "The repairs will cost $14 million, officials said.\n"
)
MAYOR_C = (
    "Bridge plan\n\n"
    "“We will rebuild the bridge before the winter comes,” the mayor said.\n\n"
    "The repairs will cost $12.5 million, according to the city.\n"
)
DERBY_A = (
    "Derby result\n\nCoach Ana Ruiz said, “We played with heart tonight and the fans carried us.”\n"
)
DERBY_B = (
    "Derby report\n\n"
    "“We played with heart tonight and the fans carried us,” Coach Ben Ortiz said.\n"
)


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository with two events, one folder each, and a committed first state."""
    articles = tmp_path / "articles"
    (articles / "bridge").mkdir(parents=True)
    (articles / "derby").mkdir()
    (articles / "bridge" / "courier.txt").write_text(MAYOR_A, encoding="utf-8")
    (articles / "bridge" / "herald.txt").write_text(MAYOR_B, encoding="utf-8")
    (articles / "derby" / "sport-daily.txt").write_text(DERBY_A, encoding="utf-8")
    (articles / "derby" / "the-post.txt").write_text(DERBY_B, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    git = ["git", "-c", "user.email=t@example.org", "-c", "user.name=t"]
    subprocess.run(["git", "init", "-q"], check=True)
    subprocess.run(["git", "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-qm", "articles"], check=True)
    return tmp_path


def run(args: list[str], capsys) -> tuple[int, str, str]:
    code = main(args)
    captured = capsys.readouterr()
    return int(code), captured.out, captured.err


def rules_of(out: str) -> list[str]:
    return sorted(f["rule"] for f in json.loads(out)["findings"])


def test_articles_are_compared_within_their_event_only(corpus, capsys) -> None:
    code, out, _ = run(["check", "-f", "json"], capsys)
    report = json.loads(out)
    assert code == 1  # the figure conflict and the speaker mismatch are errors
    events = {a["id"]: a["meta"]["event"] for a in report["articles"]}
    assert events == {
        "courier": "bridge",
        "herald": "bridge",
        "sport-daily": "derby",
        "the-post": "derby",
    }
    for finding in report["findings"]:
        touched = {events[e["article_id"]] for e in finding["evidence"]}
        assert len(touched) == 1
    assert "FC104" in rules_of(out) and "FC105" in rules_of(out) and "FC101" in rules_of(out)


def test_each_event_has_its_own_figure_table(corpus, capsys) -> None:
    _, out, _ = run(["check", "--no-color", "--fail-on", "none"], capsys)
    bridge = out[out.index("Figures: bridge") : out.index("Findings")]
    assert "courier" in bridge and "herald" in bridge and "$12.5 million" in bridge
    assert "sport-daily" not in bridge and "the-post" not in bridge
    assert "Figures: derby" not in out  # no figures in the derby reports, so no table
    _, markdown, _ = run(["check", "-f", "markdown", "--fail-on", "none"], capsys)
    assert "## Figures: bridge" in markdown
    assert "| Measure | courier | herald | Status |" in markdown


def test_front_matter_event_overrides_the_folder(corpus, capsys) -> None:
    moved = corpus / "articles" / "derby" / "wire.md"
    moved.write_text("---\nevent: bridge\n---\n" + MAYOR_C, encoding="utf-8")
    _, out, _ = run(["check", "-f", "json", "--fail-on", "none"], capsys)
    events = {a["id"]: a["meta"]["event"] for a in json.loads(out)["articles"]}
    assert events["wire"] == "bridge"


def test_changed_since_checks_only_what_changed(corpus, capsys) -> None:
    code, out, err = run(["check", "--changed-since", "HEAD"], capsys)
    assert (code, out) == (0, "")
    assert "no article added or changed since HEAD" in err
    (corpus / "articles" / "bridge" / "wire.txt").write_text(MAYOR_C, encoding="utf-8")
    code, out, _ = run(["check", "--changed-since", "HEAD", "-f", "json"], capsys)
    report = json.loads(out)
    assert {a["id"] for a in report["articles"]} == {"courier", "herald", "wire"}
    for finding in report["findings"]:
        assert "wire" in {e["article_id"] for e in finding["evidence"]}
    assert code == 1  # wire's $12.5 million conflicts with the herald's $14 million
    # What is shown is about the wire: courier and herald against each other are not.
    pairs = [{m["a"]["article_id"], m["b"]["article_id"]} for m in report["alignment"]["quotes"]]
    assert pairs and all("wire" in pair for pair in pairs)
    rows = report["figure_table"]
    assert rows and all("wire" in {f["article_id"] for f in row["figures"]} for row in rows)


def test_a_deleted_article_has_the_rest_of_its_event_checked(corpus, capsys) -> None:
    # The bridge has three reports; deleting the herald changes what the other two are
    # compared with, so they are checked again.
    (corpus / "articles" / "bridge" / "wire.txt").write_text(MAYOR_C, encoding="utf-8")
    subprocess.run(["git", "add", "-A"], check=True)
    git = ["git", "-c", "user.email=t@example.org", "-c", "user.name=t"]
    subprocess.run([*git, "commit", "-qm", "wire"], check=True)
    (corpus / "articles" / "bridge" / "herald.txt").unlink()
    code, out, err = run(["check", "--changed-since", "HEAD", "-f", "json", "--fail-on", "none"],
                         capsys)  # fmt: skip
    assert code == 0, err
    assert sorted(a["id"] for a in json.loads(out)["articles"]) == ["courier", "wire"]


def test_changed_since_unknown_revision_is_a_usage_error(corpus, capsys) -> None:
    code, _, err = run(["check", "--changed-since", "no-such-branch"], capsys)
    assert code == 2
    assert "unknown git revision 'no-such-branch'" in err


def test_fail_on_and_min_severity_are_separate(corpus, capsys) -> None:
    code, out, _ = run(["check", "-f", "json", "--min-severity", "error", "--fail-on", "none"],
                       capsys)  # fmt: skip
    assert code == 0
    assert {f["severity"] for f in json.loads(out)["findings"]} == {"error"}
    code, out, _ = run(["check", "-f", "json", "--select", "FC101"], capsys)
    assert rules_of(out) == ["FC101"]
    assert code == 0  # a warning does not fail at --fail-on error
    code, _, _ = run(["check", "-f", "json", "--select", "FC101", "--fail-on", "warning"], capsys)
    assert code == 1


def test_configuration_file_selects_rules_and_is_shown(corpus, capsys) -> None:
    (corpus / "pyproject.toml").write_text(
        '[project]\nname = "news"\n\n[tool.factcheck]\nignore = ["FC10"]\nselect = []\n',
        encoding="utf-8",
    )
    code, out, _ = run(["check", "-f", "json"], capsys)
    assert (code, rules_of(out)) == (0, [])
    code, out, _ = run(["config"], capsys)
    assert code == 0
    assert out.splitlines()[0] == f"# settings from {corpus / 'pyproject.toml'}"
    assert 'ignore = ["FC10"]' in out
    (corpus / "factcheck.toml").write_text('select = ["FC104"]\nfail-on = "none"\n')
    code, out, _ = run(["check", "-f", "json"], capsys)
    assert (code, rules_of(out)) == (0, ["FC104"])


def test_bad_configuration_is_one_line(corpus, capsys) -> None:
    (corpus / "factcheck.toml").write_text('fail-on = "sometimes"\n', encoding="utf-8")
    code, _, err = run(["check"], capsys)
    assert code == 2
    assert err.startswith(f"factcheck: error: {corpus / 'factcheck.toml'}: fail-on:")
    assert err.count("\n") == 1


def test_baseline_accepts_findings_and_reports_stale_ones(corpus, capsys) -> None:
    code, _, err = run(["baseline", "create"], capsys)
    assert code == 0 and "wrote" in err
    baseline = json.loads((corpus / ".factcheck-baseline.json").read_text(encoding="utf-8"))
    assert len(baseline["findings"]) > 0
    code, out, _ = run(["check", "-f", "json"], capsys)
    report = json.loads(out)
    assert (code, report["findings"]) == (0, [])
    assert report["summary"]["baselined"] == len(baseline["findings"])

    # Editing an article above a finding keeps its fingerprint.
    herald = corpus / "articles" / "bridge" / "herald.txt"
    herald.write_text(MAYOR_B.replace("\n\n", "\n\nA new first paragraph.\n\n", 1))
    code, out, _ = run(["check", "-f", "json"], capsys)
    assert (code, json.loads(out)["findings"]) == (0, [])

    # A new conflict fails the run; a fixed one leaves a stale entry.
    herald.write_text(MAYOR_B.replace("$14 million", "$12.5 million").replace(
        "We are going to", "We shall"))  # fmt: skip
    code, out, err = run(["check", "-f", "json"], capsys)
    report = json.loads(out)
    assert report["summary"]["stale"] >= 1
    assert "no longer match" in err
    assert [f["rule"] for f in report["findings"]] == ["FC101"]
    assert code == 0
    code, _, _ = run(["check", "--no-baseline", "-f", "json"], capsys)
    assert code == 1


def test_several_formats_at_once(corpus, capsys) -> None:
    code, out, _ = run(
        ["check", "--no-color", "-o", "sarif=r.sarif", "-o", "junit=r.xml", "-o", "csv=r.csv",
         "-o", "html=r.html", "-o", "github=r.txt"],
        capsys,
    )  # fmt: skip
    assert code == 1
    assert "Findings" in out  # the terminal report still goes to stdout
    for name in ("r.sarif", "r.xml", "r.csv", "r.html", "r.txt"):
        assert (corpus / name).stat().st_size > 0


def test_unknown_output_format_writes_nothing(corpus, capsys) -> None:
    code, _, err = run(["check", "-o", "sarif=r.sarif", "-o", "pdf=r.pdf"], capsys)
    assert code == 2
    assert "unknown format 'pdf'" in err
    assert not (corpus / "r.sarif").exists()


def test_a_missing_output_folder_writes_no_file_and_prints_no_report(corpus, capsys) -> None:
    code, out, err = run(["check", "-o", "json=good.json", "-o", "sarif=missing/r.sarif"], capsys)
    assert (code, out) == (2, "")
    assert err == "factcheck: error: missing/r.sarif: folder of the output file does not exist\n"
    assert not (corpus / "good.json").exists()


def test_a_rule_code_that_matches_no_rule_is_an_error(corpus, capsys) -> None:
    # A typo in CI would otherwise turn every rule off and always pass.
    code, out, err = run(["check", "--select", "FC999"], capsys)
    assert (code, out) == (2, "")
    assert (
        err
        == "factcheck: error: --select: no rule code starts with 'FC999' (see 'factcheck rules')\n"
    )
    code, _, _ = run(["check", "--select", "fc1", "--ignore", "FC105"], capsys)
    assert code == 1


def test_an_unreadable_folder_in_the_corpus_is_one_line(
    corpus, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    (corpus / "articles" / "locked").mkdir()
    real_scandir = os.scandir

    def scandir(path):
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr("factcheck.pipeline.os.scandir", scandir)
    code, out, err = run(["check"], capsys)
    assert (code, out) == (2, "")
    assert err == "factcheck: error: articles/locked: cannot read the folder (Permission denied)\n"


def test_configured_reference_judges_an_events_quotes(corpus, capsys) -> None:
    (corpus / "sources").mkdir()
    (corpus / "sources" / "bridge-briefing.txt").write_text(
        "Mayor: We will rebuild the bridge before the winter comes, and it will cost "
        "$12.5 million.\n",
        encoding="utf-8",
    )
    (corpus / "factcheck.toml").write_text(
        '[references]\nbridge = "sources/bridge-briefing.txt"\n', encoding="utf-8"
    )
    _, out, _ = run(["check", "-f", "json", "--select", "FC2", "--fail-on", "none"], capsys)
    report = json.loads(out)
    assert report["alignment"]["sources"]
    flagged = {(f["rule"], f["evidence"][0]["article_id"]) for f in report["findings"]}
    assert ("FC201", "herald") in flagged  # “We are going to rebuild…” is not what was said
    assert not any(article == "courier" for _, article in flagged)
    _, shown, _ = run(["config"], capsys)
    assert 'references = {"bridge" = "sources/bridge-briefing.txt"}' in shown


def test_jobs_and_cache_never_change_the_report(corpus, capsys) -> None:
    args = ["check", "-f", "json", "--fail-on", "none"]
    _, plain, _ = run([*args, "--no-cache"], capsys)
    _, parallel, _ = run([*args, "--jobs", "2", "--no-cache"], capsys)
    _, first, _ = run(args, capsys)  # fills .factcheck-cache
    cached = sorted((corpus / ".factcheck-cache").glob("extractions-*/*.json"))
    assert len(cached) == 4
    cached[0].write_text("{not json", encoding="utf-8")  # a damaged entry is extracted again
    _, second, _ = run([*args, "--jobs", "2"], capsys)
    assert plain == parallel == first == second


def test_compare_with_jobs_is_byte_identical(capsys) -> None:
    from support import ARTICLES

    outputs = {run(["compare", "-f", "json", "-j", str(n), str(ARTICLES)], capsys)[1]
               for n in (1, 2)}  # fmt: skip
    assert len(outputs) == 1


def test_an_article_outside_the_corpus_joins_its_event_by_content(corpus, capsys) -> None:
    # A draft not yet filed: its folder ("drafts") says nothing of its event.
    (corpus / "drafts").mkdir()
    draft = corpus / "drafts" / "wire.txt"
    draft.write_text(MAYOR_C.replace("$12.5 million", "$15 million"), encoding="utf-8")
    _, out, _ = run(["check", str(draft), "-f", "json", "--fail-on", "none"], capsys)
    report = json.loads(out)
    events = {a["id"]: a["meta"]["event"] for a in report["articles"]}
    assert events["wire"] == "bridge" and {"courier", "herald"} <= set(events)
    assert any(f["rule"] == "FC105" for f in report["findings"])


def test_loose_articles_are_grouped_by_what_they_share(corpus, capsys) -> None:
    articles = corpus / "articles"
    (articles / "wire.txt").write_text(MAYOR_C, encoding="utf-8")  # the bridge, no event
    (articles / "match-report.txt").write_text(
        "Cup final\n\n“We played with total belief from the first whistle to the last,” the "
        "captain said after the final.\n",
        encoding="utf-8",
    )
    (articles / "fan-view.txt").write_text(
        "Fans react\n\nSupporters cheered as the captain said the team “played with total "
        "belief from the first whistle to the last”.\n",
        encoding="utf-8",
    )
    (articles / "weather.txt").write_text(
        "Forecast\n\nHeavy rain is expected across the north on Sunday, forecasters said.\n",
        encoding="utf-8",
    )
    _, out, _ = run(["check", "-f", "json", "--fail-on", "none", "--no-cache"], capsys)
    events = {a["id"]: a["meta"]["event"] for a in json.loads(out)["articles"]}
    assert events["wire"] == "bridge"  # joins the folder event its quote comes from
    assert events["match-report"] == events["fan-view"] == "auto-fan-view"
    assert events["weather"] == "auto-weather"
    assert events["sport-daily"] == "derby"


def test_check_reads_only_the_events_of_the_articles_it_checks(
    corpus, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    import factcheck.corpus.index as index
    import factcheck.pipeline as pipeline

    assert run(["index"], capsys)[0] == 0  # every article indexed once
    read: list[str] = []
    for module in (pipeline, index):

        def counted(path: Path, real=module.load_article):
            read.append(Path(path).name)
            return real(path)

        monkeypatch.setattr(module, "load_article", counted)
    new = corpus / "articles" / "derby" / "gazette.txt"
    new.write_text(DERBY_B.replace("Derby report", "Derby wrap"), encoding="utf-8")
    code, out, _ = run(["check", str(new), "-f", "json", "--fail-on", "none"], capsys)
    assert code == 0
    assert sorted(a["id"] for a in json.loads(out)["articles"]) == [
        "gazette", "sport-daily", "the-post",
    ]  # fmt: skip
    # The new article is parsed for the index and for the check; the bridge event never.
    assert sorted(read) == ["gazette.txt", "gazette.txt", "sport-daily.txt", "the-post.txt"]


def test_an_article_reached_through_a_symlink_is_not_compared_with_itself(corpus, capsys):
    (corpus / "linked").symlink_to(corpus / "articles", target_is_directory=True)
    target = corpus / "linked" / "derby" / "the-post.txt"
    code, out, _ = run(["check", str(target), "-f", "json", "--fail-on", "none"], capsys)
    assert code == 0
    assert sorted(a["id"] for a in json.loads(out)["articles"]) == ["sport-daily", "the-post"]


def test_extractions_cached_by_other_extractor_code_are_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factcheck import pipeline
    from factcheck.load import article_from_text

    article = article_from_text("Storm\n\nUp to 40 were hurt.\n", article_id="storm")
    cache = tmp_path / "cache"
    pipeline.extract_all([article], cache=cache)
    (first,) = cache.glob("extractions-*/*.json")
    monkeypatch.setattr(pipeline, "_extractor_digest", lambda: "code changed since")
    pipeline.extract_all([article], cache=cache)
    # Extracted again, not read back; and the other code's extractions are gone.
    (second,) = cache.glob("extractions-*/*.json")
    assert second.parent != first.parent and not first.parent.exists()


# ---------------------------------------------------------------- CI workflow fixes


def test_an_output_that_is_a_folder_is_one_line_and_writes_nothing(corpus, capsys) -> None:
    (corpus / "out").mkdir()
    code, out, err = run(["check", "-o", "sarif=out/x1.sarif", "-o", "json=out"], capsys)
    assert (code, out, err) == (2, "", "factcheck: error: out: is a folder\n")
    assert list((corpus / "out").iterdir()) == []
    code, _, err = run(["baseline", "create", "-o", "out"], capsys)
    assert (code, err) == (2, "factcheck: error: out: is a folder\n")
    assert not (corpus / ".factcheck-baseline.json").exists()


def test_two_reports_to_one_file_is_a_usage_error(corpus, capsys) -> None:
    code, out, err = run(["check", "-o", "json=same.txt", "-o", "sarif=./same.txt"], capsys)
    assert (code, out) == (2, "")
    assert err.startswith("factcheck: error: same.txt: two reports would be written")
    assert err.count("\n") == 1
    assert not (corpus / "same.txt").exists()


def test_rule_codes_may_be_separated_by_commas(corpus, capsys) -> None:
    code, out, _ = run(["check", "-f", "json", "--ignore", "fc105,FC104", "--fail-on", "none"],
                       capsys)  # fmt: skip
    assert code == 0 and rules_of(out) and not {"FC104", "FC105"} & set(rules_of(out))
    (corpus / "factcheck.toml").write_text('select = ["FC104,FC105"]\n', encoding="utf-8")
    _, out, _ = run(["check", "-f", "json", "--fail-on", "none"], capsys)
    assert set(rules_of(out)) == {"FC104", "FC105"}


def test_a_failure_hidden_by_min_severity_is_said(corpus, capsys) -> None:
    args = ["--select", "FC101", "--fail-on", "warning", "--min-severity", "error"]
    code, out, err = run(["check", "--no-color", *args], capsys)
    assert code == 1 and "0 error, 0 warning" in out
    assert err == (
        "factcheck: 1 finding at or above --fail-on warning is hidden by --min-severity error\n"
    )
    code, _, err = run(["compare", "articles/bridge", "--no-color", *args[2:]], capsys)
    assert code == 1 and "hidden by --min-severity error" in err
    _, _, err = run(["check", *args[:2], "--fail-on", "none", "--min-severity", "error"], capsys)
    assert "hidden" not in err


SIDECAR = "title: Bridge plan\noutlet: The Wire\n"


def test_a_changed_sidecar_is_a_changed_article(corpus, capsys) -> None:
    bridge = corpus / "articles" / "bridge"
    (bridge / "herald.meta.yml").write_text(SIDECAR, encoding="utf-8")
    subprocess.run(["git", "add", "-A"], check=True)
    git = ["git", "-c", "user.email=t@example.org", "-c", "user.name=t"]
    subprocess.run([*git, "commit", "-qm", "sidecar"], check=True)
    (bridge / "herald.meta.yml").write_text(SIDECAR + "date: 2024-05-01\n", encoding="utf-8")
    code, out, _ = run(["check", "--changed-since", "HEAD", "-f", "json"], capsys)
    assert code == 1
    assert {f["rule"] for f in json.loads(out)["findings"]} >= {"FC105"}
    # Given as a path, a sidecar stands for its article, not an article of YAML.
    code, out, _ = run(["check", "articles/bridge/herald.meta.yml", "-f", "json"], capsys)
    report = json.loads(out)
    assert sorted(a["id"] for a in report["articles"]) == ["courier", "herald"]
    assert report["articles"][1]["meta"]["outlet"] == "The Wire"
    (bridge / "lonely.meta.yml").write_text(SIDECAR, encoding="utf-8")
    code, _, err = run(["check", "articles/bridge/lonely.meta.yml"], capsys)
    assert code == 2
    assert err.startswith("factcheck: error: articles/bridge/lonely.meta.yml: sidecar metadata")


def test_a_cache_path_that_cannot_be_used_costs_only_time(corpus, capsys) -> None:
    _, expected, _ = run(["check", "-f", "json", "--no-cache"], capsys)
    (corpus / ".factcheck-cache").write_text("not a folder", encoding="utf-8")
    code, out, err = run(["check", "-f", "json"], capsys)
    assert (code, out) == (1, expected)
    assert err == (
        "factcheck: warning: .factcheck-cache: is a file, not a folder; running without the cache\n"
    )


def test_baseline_create_with_paths_keeps_the_other_articles_entries(corpus, capsys) -> None:
    assert run(["baseline", "create"], capsys)[0] == 0
    path = corpus / ".factcheck-baseline.json"
    before = json.loads(path.read_text(encoding="utf-8"))["findings"]
    derby = [e for e in before if "articles/derby/the-post.txt" in e["files"]]
    assert derby and len(derby) < len(before)
    # The bridge's conflict is fixed; re-baselining the herald keeps the derby's entries.
    herald = corpus / "articles" / "bridge" / "herald.txt"
    herald.write_text(MAYOR_B.replace("$14 million", "$12.5 million"), encoding="utf-8")
    code, _, err = run(["baseline", "create", "articles/bridge/herald.txt"], capsys)
    assert code == 0 and "kept" in err
    after = json.loads(path.read_text(encoding="utf-8"))["findings"]
    assert [e for e in after if "articles/derby/the-post.txt" in e["files"]] == derby
    assert not any(e["rule"] == "FC105" for e in after)
    code, out, err = run(["check", "-f", "json"], capsys)
    assert (code, json.loads(out)["findings"], err) == (0, [], "")


def test_baseline_create_on_a_folder_without_articles_keeps_the_baseline(corpus, capsys):
    assert run(["baseline", "create"], capsys)[0] == 0
    path = corpus / ".factcheck-baseline.json"
    before = path.read_text(encoding="utf-8")
    (corpus / "articles" / "empty").mkdir()
    code, _, err = run(["baseline", "create", "articles/empty"], capsys)
    assert code == 2 and "no article files" in err
    assert path.read_text(encoding="utf-8") == before


def test_baseline_matches_when_an_article_id_changes(corpus, capsys) -> None:
    assert run(["baseline", "create"], capsys)[0] == 0
    # A second courier.txt elsewhere renames the bridge's courier to "bridge/courier".
    (corpus / "articles" / "derby" / "courier.txt").write_text(DERBY_A, encoding="utf-8")
    code, out, _ = run(["check", "-f", "json", "articles/bridge"], capsys)
    report = json.loads(out)
    assert "bridge/courier" in {a["id"] for a in report["articles"]}
    assert (code, report["findings"]) == (0, [])


def test_a_version_1_baseline_is_still_read_and_an_unknown_version_is_refused(
    corpus, capsys
) -> None:
    _, out, _ = run(["check", "-f", "json"], capsys)
    findings = json.loads(out)["findings"]
    entries = [
        {"fingerprint": f["fingerprint"], "rule": f["rule"], "message": f["message"],
         "articles": sorted({e["article_id"] for e in f["evidence"]})}
        for f in findings
    ]  # fmt: skip
    path = corpus / ".factcheck-baseline.json"
    path.write_text(json.dumps({"version": 1, "tool": "factcheck", "findings": entries}))
    code, out, _ = run(["check", "-f", "json"], capsys)
    assert (code, json.loads(out)["findings"]) == (0, [])
    path.write_text(json.dumps({"version": 99, "tool": "factcheck", "findings": []}))
    code, out, err = run(["check"], capsys)
    assert (code, out) == (2, "")
    assert err.startswith(f"factcheck: error: {path.name}: baseline version 99 is not supported")
    assert err.count("\n") == 1


RATE = "{title}\n\nThe council approved a budget that rises {rate} next year, the mayor said.\n"


def test_a_figure_against_several_points_at_the_outlier_first(corpus, capsys) -> None:
    folder = corpus / "articles" / "rates"
    folder.mkdir()
    for name, rate in (("aa-courier", "6.2%"), ("bb-gazette", "6.7%"), ("cc-herald", "6.2%")):
        (folder / f"{name}.txt").write_text(RATE.format(title=name, rate=rate), encoding="utf-8")
    _, out, _ = run(["check", "articles/rates", "-f", "sarif", "--select", "FC105"], capsys)
    [result] = json.loads(out)["runs"][0]["results"]
    main_location = result["locations"][0]["physicalLocation"]
    assert main_location["artifactLocation"]["uri"] == "articles/rates/bb-gazette.txt"
    assert main_location["region"]["snippet"]["text"] == "6.7%"
    assert result["message"]["text"].endswith("is 6.7% in bb-gazette but 6.2% in aa-courier "
                                              "and cc-herald")  # fmt: skip
    _, out, _ = run(["check", "articles/rates", "-f", "github", "--select", "FC105"], capsys)
    assert out.startswith("::error file=articles/rates/bb-gazette.txt,")


def test_report_paths_are_relative_to_the_repository_root(
    corpus, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    (corpus / "factcheck.toml").write_text('articles = "articles"\n', encoding="utf-8")
    monkeypatch.chdir(corpus / "articles" / "bridge")
    _, out, _ = run(["check", "-f", "sarif"], capsys)
    uris = {
        location["physicalLocation"]["artifactLocation"]["uri"]
        for result in json.loads(out)["runs"][0]["results"]
        for location in [*result["locations"], *result.get("relatedLocations", [])]
    }
    assert uris == {"articles/bridge/courier.txt", "articles/bridge/herald.txt",
                    "articles/derby/sport-daily.txt", "articles/derby/the-post.txt"}  # fmt: skip
    _, junit, _ = run(["check", "-f", "junit", "--fail-on", "none"], capsys)
    assert 'name="articles/bridge/courier.txt"' in junit
    (corpus / "outside").mkdir()
    wire = "---\nevent: bridge\n---\n" + MAYOR_C.replace("$12.5", "$14.5")
    (corpus / "outside" / "wire.md").write_text(wire, encoding="utf-8")
    _, out, _ = run(["check", "../../articles/../outside/wire.md", "-f", "github"], capsys)
    files = {part for line in out.splitlines() for part in line.split(",") if "file=" in part}
    assert "::error file=outside/wire.md" in files
    # Run from outside the repository with a configuration inside it: the same paths.
    (corpus / "conf").mkdir()
    (corpus / "conf" / "factcheck.toml").write_text('articles = "../articles"\n', "utf-8")
    monkeypatch.chdir(corpus.parent)
    config = str(corpus / "conf" / "factcheck.toml")
    _, out, _ = run(["check", "--config", config, "-f", "sarif", "--fail-on", "none"], capsys)
    assert "articles/bridge/courier.txt" in {
        location["physicalLocation"]["artifactLocation"]["uri"]
        for result in json.loads(out)["runs"][0]["results"]
        for location in result["locations"]
    }


def test_a_missing_corpus_folder_says_so(corpus, capsys) -> None:
    (corpus / "factcheck.toml").write_text('articles = "stories"\n', encoding="utf-8")
    code, _, err = run(["check"], capsys)
    assert (code, err) == (2, "factcheck: error: stories: the corpus folder does not exist\n")
    (corpus / "stories").mkdir()
    code, _, err = run(["check"], capsys)
    assert err == (
        "factcheck: error: stories: no article files (.txt, .md, .markdown, .text) in the "
        "corpus folder\n"
    )


def test_junit_follows_fail_on(corpus, capsys) -> None:
    import xml.etree.ElementTree as ET

    _, out, _ = run(["check", "-f", "junit", "--fail-on", "none"], capsys)
    suite = ET.fromstring(out).find("testsuite")
    assert suite.get("failures") == "0" and not list(suite.iter("failure"))
    assert "FC105" in "".join(o.text for o in suite.iter("system-out"))
    _, out, _ = run(["check", "-f", "junit"], capsys)
    suite = ET.fromstring(out).find("testsuite")
    failures = len(list(suite.iter("failure")))
    assert 0 < failures == int(suite.get("failures")) <= int(suite.get("tests"))


def test_a_reference_for_an_unknown_event_is_a_warning(corpus, capsys) -> None:
    (corpus / "sources").mkdir()
    (corpus / "sources" / "x.txt").write_text("Mayor: We will rebuild.\n", encoding="utf-8")
    (corpus / "factcheck.toml").write_text(
        '[references]\nno-such-event = "sources/x.txt"\n', encoding="utf-8"
    )
    _, _, err = run(["check", "--fail-on", "none"], capsys)
    assert err == (
        f"factcheck: warning: {corpus / 'factcheck.toml'}: references.no-such-event: no article "
        "of the corpus is in this event; the reference is not used\n"
    )


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("factcheck.toml", 'ignore = ["FC9"]\n', "ignore: no rule code starts with 'FC9'"),
        ("factcheck.toml", "articles = 3\n", "articles: expected a string (a path), got 3"),
        ("pyproject.toml", '[tool.factcheck]\nignore = ["FC9"]\n',
         "tool.factcheck.ignore: no rule code starts with 'FC9'"),
        ("pyproject.toml", '[tool.factcheck]\nfail-on = "often"\n', "tool.factcheck.fail-on: "),
    ],
)  # fmt: skip
def test_configuration_errors_name_the_file_and_key(corpus, capsys, name, text, expected) -> None:
    (corpus / name).write_text(text, encoding="utf-8")
    code, _, err = run(["check"], capsys)
    assert code == 2 and err.count("\n") == 1
    assert err.startswith(f"factcheck: error: {corpus / name}: {expected}")


def test_stale_entries_are_counted_in_words(corpus, capsys) -> None:
    run(["baseline", "create"], capsys)
    herald = corpus / "articles" / "bridge" / "herald.txt"
    herald.write_text(MAYOR_B.replace("$14 million", "$12.5 million"), encoding="utf-8")
    _, out, err = run(["check", "--no-color", "--fail-on", "none"], capsys)
    assert "1 baseline entry no longer matches a finding" in err
    assert "1 stale baseline entry" in out.replace("\n", " ")


def test_baseline_create_judges_quotes_against_the_configured_references(corpus, capsys) -> None:
    (corpus / "sources").mkdir()
    (corpus / "sources" / "bridge-briefing.txt").write_text(
        "Mayor: We will rebuild the bridge before the winter comes.\n", encoding="utf-8"
    )
    (corpus / "factcheck.toml").write_text(
        'select = ["FC2"]\n[references]\nbridge = "sources/bridge-briefing.txt"\n',
        encoding="utf-8",
    )
    _, _, err = run(["baseline", "create"], capsys)
    assert "wrote 0 findings" not in err
    code, out, err = run(["check", "-f", "json", "--fail-on", "info"], capsys)
    assert (code, json.loads(out)["findings"], err) == (0, [], "")


def test_real_paths_resolve_symlinked_folders_and_files_as_realpath_does(tmp_path, monkeypatch):
    (tmp_path / "real" / "sub").mkdir(parents=True)
    (tmp_path / "real" / "sub" / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "folder").symlink_to(tmp_path / "real", target_is_directory=True)
    (tmp_path / "real" / "sub" / "b.txt").symlink_to(tmp_path / "real" / "sub" / "a.txt")
    monkeypatch.chdir(tmp_path / "real")
    files = [
        Path("sub/a.txt"),
        tmp_path / "folder" / "sub" / "a.txt",
        tmp_path / "folder" / "sub" / ".." / "sub" / "b.txt",
        Path("../folder/sub/b.txt"),
        Path("sub/missing.txt"),
        Path("a.txt"),
    ]
    found = _real_paths(files)
    assert found == {file: os.path.realpath(file) for file in files}
    assert found[files[3]] == str(tmp_path / "real" / "sub" / "a.txt")
