"""A repeated `compare` replays its last run: the same output, and a fresh run whenever any
input, option or rule changes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck import replay
from factcheck.cli import main
from support import ROOT

A = (
    "Acme Corp said on Tuesday it would cut 1,200 jobs, about 8% of its staff. "
    "“We have to get leaner,” chief executive Dana Ruiz said. "
    "The company reported revenue of $4.2 billion for the year.\n"
)
B = (
    "Acme Corp will cut 1,500 jobs, roughly 8% of its workforce, the company said on Tuesday. "
    "“We have to be leaner,” chief executive Dana Ruiz told analysts. "
    "Revenue for the year came to $4.2 billion.\n"
)


@pytest.fixture
def event(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Two articles on one event in a fresh folder, the current one (so the cache is its)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text(A, encoding="utf-8")
    (tmp_path / "news" / "b.txt").write_text(B, encoding="utf-8")
    return tmp_path


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    captured = capsys.readouterr()
    return int(code), captured.out, captured.err


def no_compare(monkeypatch: pytest.MonkeyPatch) -> None:
    """From here on, a run that compares fails: only a replay can succeed."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("compared again")

    monkeypatch.setattr("factcheck.pipeline.compare", refuse)


def kept_runs(folder: Path) -> list[Path]:
    return sorted((folder / ".factcheck-cache").glob("runs/*.json"))


def test_a_repeated_compare_replays_its_report_warnings_and_exit_code(event, capsys, monkeypatch):
    one = ["compare", "news/a.txt", "-f", "json"]
    both = ["compare", "news", "-f", "markdown"]
    alone, compared = run(one, capsys), run(both, capsys)
    assert "only one article" in alone[2]
    assert compared[0] == 1  # 1,200 jobs against 1,500: an error
    assert "1,500" in compared[1]
    no_compare(monkeypatch)
    assert run(one, capsys) == alone
    assert run(both, capsys) == compared


def test_each_format_and_option_is_a_run_of_its_own(event, capsys, monkeypatch):
    json_run = run(["compare", "news", "-f", "json"], capsys)
    markdown = run(["compare", "news", "-f", "markdown"], capsys)
    assert json.loads(json_run[1])["summary"]["articles"] == 2
    assert markdown[1].startswith("#")
    no_compare(monkeypatch)
    assert run(["compare", "news", "-f", "json"], capsys) == json_run
    with pytest.raises(AssertionError, match="compared again"):
        main(["compare", "news", "-f", "markdown", "--min-severity", "error"])


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda root: (root / "news" / "b.txt").write_text(
            B.replace("1,500", "1,700"), encoding="utf-8"), id="article"),
        pytest.param(lambda root: (root / "news" / "b.meta.yml").write_text(
            "outlet: The Daily Ledger\n", encoding="utf-8"), id="sidecar added"),
        pytest.param(lambda root: (root / "news" / "c.txt").write_text(
            B, encoding="utf-8"), id="article added to the folder"),
    ],
)  # fmt: skip
def test_any_changed_input_runs_the_compare_again(event, capsys, change):
    first = run(["compare", "news", "-f", "json"], capsys)
    change(event)
    second = run(["compare", "news", "-f", "json"], capsys)
    assert second != first
    # And the new run is the one kept: a third run gives the second's output.
    assert run(["compare", "news", "-f", "json"], capsys) == second


def test_a_configuration_that_moves_the_cache_runs_the_compare_again(event, capsys, monkeypatch):
    first = run(["compare", "news", "-f", "json"], capsys)
    (event / "factcheck.toml").write_text('cache = "elsewhere"\n', encoding="utf-8")
    assert run(["compare", "news", "-f", "json"], capsys) == first
    assert list((event / "elsewhere").glob("runs/*.json"))
    no_compare(monkeypatch)
    assert run(["compare", "news", "-f", "json"], capsys) == first


def test_a_changed_rule_file_runs_the_compare_again(event, capsys):
    rules = event / "house-rules"
    rules.mkdir()
    shipped = (ROOT / "rules" / "FC105-figure-mismatch.yml").read_text(encoding="utf-8")
    ours = shipped.replace("code: FC105", "code: NR901").replace(
        "name: figure-mismatch", "name: house"
    )
    path = rules / "NR901-house.yml"
    path.write_text(ours.replace("severity: error", "severity: info"), encoding="utf-8")
    args = ["compare", "news", "-f", "json", "--rules", "house-rules"]
    first = json.loads(run(args, capsys)[1])
    path.write_text(ours.replace("severity: error", "severity: warning"), encoding="utf-8")
    second = json.loads(run(args, capsys)[1])
    assert {f["severity"] for f in first["findings"] if f["rule"] == "NR901"} == {"info"}
    assert {f["severity"] for f in second["findings"] if f["rule"] == "NR901"} == {"warning"}


def test_output_files_are_written_again_by_a_replay(event, capsys, monkeypatch):
    args = ["compare", "news", "-o", "sarif=report.sarif", "-f", "json"]
    first = run(args, capsys)
    written = (event / "report.sarif").read_bytes()
    (event / "report.sarif").unlink()
    no_compare(monkeypatch)
    assert run(args, capsys) == first
    assert (event / "report.sarif").read_bytes() == written


def test_no_cache_never_replays(event, capsys, monkeypatch):
    run(["compare", "news", "-f", "json"], capsys)
    no_compare(monkeypatch)
    with pytest.raises(AssertionError, match="compared again"):
        main(["compare", "news", "-f", "json", "--no-cache"])


def test_a_damaged_run_file_is_ignored(event, capsys):
    first = run(["compare", "news", "-f", "json"], capsys)
    [kept] = kept_runs(event)
    kept.write_text('{"chunks": [["out", "stale"]]', encoding="utf-8")
    assert run(["compare", "news", "-f", "json"], capsys) == first


def test_a_run_that_fails_is_not_kept(event, capsys):
    (event / "news" / "b.txt").write_bytes(b"\x00\x01\x02 not text")
    code, _, err = run(["compare", "news", "-f", "json"], capsys)
    assert code == 2
    assert "b.txt" in err
    assert kept_runs(event) == []


def test_only_the_most_recent_runs_are_kept(event, capsys, monkeypatch):
    monkeypatch.setattr(replay, "RUNS_KEPT", 2)
    for output_format in ("json", "markdown", "csv"):
        run(["compare", "news", "-f", output_format], capsys)
    assert len(kept_runs(event)) == 2


def test_the_key_reads_every_input_and_none_when_one_is_missing(event):
    options: dict[str, object] = {"format": "json"}
    key = replay.compare_key([Path("news")], None, [], options)
    assert key is not None
    assert replay.compare_key([Path("news")], None, [], {"format": "csv"}) != key
    assert replay.compare_key([Path("news/a.txt"), Path("news/b.txt")], None, [], options) != key
    assert replay.compare_key([Path("news"), Path("gone.txt")], None, [], options) is None
    assert replay.compare_key([Path("news")], Path("gone.txt"), [], options) is None


def test_a_replay_loads_no_model_and_no_rule(event):
    """What makes a repeated compare start fast: no pydantic, yaml or rapidfuzz."""
    probe = (
        "import json, sys\nfrom factcheck.cli import main\n"
        "code = main(['compare', 'news', '-f', 'json'])\n"
        "print(json.dumps(sorted(sys.modules)), file=sys.stderr)\nsys.exit(code)\n"
    )
    runs = [
        subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                       check=False, cwd=event)
        for _ in range(2)
    ]  # fmt: skip
    assert runs[0].stdout == runs[1].stdout
    assert runs[0].returncode == runs[1].returncode
    first, second = (set(json.loads(r.stderr.splitlines()[-1])) for r in runs)
    assert {"pydantic.main", "factcheck.models", "yaml"} <= first
    assert not {"pydantic.main", "factcheck.models", "yaml", "rapidfuzz"} & second


def test_a_replay_keeps_the_order_of_warnings_and_report(event):
    from typer.testing import CliRunner

    from factcheck.cli import app

    runner = CliRunner()
    args = ["compare", "news/a.txt", "-f", "json"]
    first, second = runner.invoke(app, args), runner.invoke(app, args)
    assert first.output.startswith("factcheck: warning: only one article")
    assert second.output == first.output
    assert second.exit_code == first.exit_code


def test_a_run_too_large_to_keep_is_compared_again(event, capsys, monkeypatch):
    monkeypatch.setattr(replay, "RUN_BYTES_KEPT", 1_000)
    first = run(["compare", "news", "-f", "json"], capsys)
    assert kept_runs(event) == []
    no_compare(monkeypatch)
    with pytest.raises(AssertionError, match="compared again"):
        main(["compare", "news", "-f", "json"])
    assert first[0] == 1


def test_a_run_file_with_a_strange_exit_code_is_ignored(event, capsys):
    first = run(["compare", "news", "-f", "json"], capsys)
    [kept] = kept_runs(event)
    data = json.loads(kept.read_text(encoding="utf-8"))
    kept.write_text(json.dumps({**data, "exit_code": 7}), encoding="utf-8")
    assert run(["compare", "news", "-f", "json"], capsys) == first


def test_a_closed_stdout_still_writes_the_output_file(event):
    """A cron job that writes only -o files may run with stdout closed."""
    command = f"'{sys.executable}' -m factcheck compare news -f json -o report.json >&-"
    result = subprocess.run(["sh", "-c", command], capture_output=True, text=True, cwd=event)
    assert result.returncode == 1, result.stderr
    assert json.loads((event / "report.json").read_text(encoding="utf-8"))["findings"]
