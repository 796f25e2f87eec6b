"""Start-up: each command imports only the modules it needs (what is imported, never a time)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from support import ROOT

PROBE = """
import json, sys
from factcheck.cli import main
code = main({args!r})
with open({out!r}, "w") as stream:
    json.dump(sorted(sys.modules), stream)
sys.exit(code)
"""


def imported(args: list[str], tmp_path: Path) -> set[str]:
    """The modules loaded once `factcheck ARGS` has run, in a fresh interpreter, in a folder
    of its own that holds the bundled articles (and, after a first run, its cache)."""
    out = tmp_path / "modules.json"
    folder = tmp_path / "project"
    if not folder.is_dir():
        shutil.copytree(ROOT / "articles", folder / "articles")
    result = subprocess.run(
        [sys.executable, "-c", PROBE.format(args=args, out=str(out))],
        capture_output=True,
        text=True,
        check=False,
        cwd=folder,
    )
    assert result.returncode in (0, 1), result.stderr
    return set(json.loads(out.read_text()))


def test_version_loads_no_model_no_pipeline_no_rich(tmp_path: Path) -> None:
    modules = imported(["--version"], tmp_path)
    assert {m for m in modules if m.startswith("factcheck")} == {
        "factcheck",
        "factcheck.cli",
        "factcheck.errors",
        "factcheck.report",
    }
    assert not {"rich.console", "yaml", "tempfile"} & modules


def test_json_report_loads_no_terminal_renderer(tmp_path: Path) -> None:
    modules = imported(["compare", "--format", "json"], tmp_path)
    assert "factcheck.report.json" in modules
    assert not {m for m in modules if m == "rich" or m.startswith("rich.")}
    assert "factcheck.report.terminal" not in modules
    # Modules of other commands, and of comparing against a primary source, stay unloaded.
    for unused in ("factcheck.align.provenance", "factcheck.baseline"):
        assert unused not in modules
    assert not {m for m in modules if m.startswith("factcheck.corpus")}


def test_cached_compare_never_loads_the_extractors(tmp_path: Path) -> None:
    imported(["compare", "--format", "json"], tmp_path)  # extracts, and caches
    # Another format: compared again (not replayed), from the cached extractions.
    modules = imported(["compare", "--format", "markdown"], tmp_path)
    assert "factcheck.report.markdown" in modules
    assert not {m for m in modules if m.startswith("factcheck.extract.")} - {
        "factcheck.extract.numbers",  # number words, for reading a quote against its source
        "factcheck.extract.dates",  # three patterns, read by the date rule on every compare
        "factcheck.extract.kept_patterns",  # the rules' patterns, kept between runs
        "factcheck.extract.bodies",  # the nouns of organisations, read by FC110
    }
    fresh = imported(["compare", "--format", "json", "--no-cache"], tmp_path)
    assert {"factcheck.extract.figures", "factcheck.extract.quotes"} <= fresh


def test_terminal_report_loads_rich(tmp_path: Path) -> None:
    modules = imported(["compare", "--no-color"], tmp_path)
    assert {"factcheck.report.terminal", "rich.console"} <= modules
