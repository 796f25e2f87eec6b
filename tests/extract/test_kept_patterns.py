"""Compiled patterns kept between runs are the patterns `re.compile` makes."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.extract import kept_patterns as kept_patterns_module
from factcheck.extract.kept_patterns import kept_patterns
from support import ROOT

PATTERNS = [
    (r"\b(?P<amount>\d[\d,]*(?:\.\d+)?)\s*(?:million|billion|bn|m)\b", re.IGNORECASE),
    (r"(?<=\s)(?:said|says|told)\b(?!\s+that)", 0),
    (r"[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿ’'-]+(?:\s+[A-ZÀ-Ö][a-zà-ö]+){0,3}", 0),
    (r"“(?P<quote>[^”]{1,400})”\s*,?\s*(?P<speaker>[^.]+?)\s+said", re.DOTALL),
    (r"^\s*(?:NEW YORK|LONDON)\b.*$", re.MULTILINE),
]
TEXT = "LONDON — “Rates will rise,” Ana Brandt said. Revenue rose to £4.2 billion, she says."


def _compiled(path: Path) -> list[re.Pattern]:
    with kept_patterns(path):
        return [re.compile(pattern, flags) for pattern, flags in PATTERNS]


@pytest.fixture
def writing(monkeypatch):
    monkeypatch.setattr(sys, "dont_write_bytecode", False)


def test_kept_patterns_are_the_ones_re_compiles_and_match_alike(tmp_path, writing) -> None:
    kept = tmp_path / "__pycache__" / "patterns.marshal"
    first = _compiled(kept)
    assert kept.is_file()  # written by the first run
    second = _compiled(kept)  # built from the file
    for (pattern, flags), made, built in zip(PATTERNS, first, second, strict=True):
        plain = re.compile(pattern, flags)
        assert made == plain and built == plain  # same pattern, flags and compiled code
        assert built.groupindex == plain.groupindex
        assert [m.group() for m in built.finditer(TEXT)] == [
            m.group() for m in plain.finditer(TEXT)
        ]
    assert re.compile is not None and re.compile.__module__ == "re"  # put back


def test_a_damaged_file_is_compiled_afresh_and_rewritten(tmp_path, writing) -> None:
    kept = tmp_path / "patterns.marshal"
    kept.write_bytes(b"\x00not marshal data")
    built = _compiled(kept)
    assert built == [re.compile(pattern, flags) for pattern, flags in PATTERNS]
    assert kept.read_bytes() != b"\x00not marshal data"


def test_a_bad_pattern_still_raises_and_nothing_is_written(tmp_path, writing) -> None:
    kept = tmp_path / "patterns.marshal"
    with pytest.raises(re.error), kept_patterns(kept):
        re.compile(r"(?P<open>unclosed")
    assert not kept.exists()
    assert re.compile.__module__ == "re"


def test_nothing_is_written_where_bytecode_is_not(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    kept = tmp_path / "patterns.marshal"
    assert _compiled(kept) == [re.compile(pattern, flags) for pattern, flags in PATTERNS]
    assert not kept.exists()


_EXTRACTORS_BUILT = """
import re, sys
from factcheck.extract import kept_patterns as kept_patterns_module
from factcheck.extract.kept_patterns import kept_patterns
sys.dont_write_bytecode = False
with kept_patterns(__import__("pathlib").Path(sys.argv[1])):
    import factcheck.extract.figures, factcheck.extract.quotes, factcheck.extract.speakers
modules = (factcheck.extract.figures, factcheck.extract.quotes, factcheck.extract.speakers)
patterns = [v for m in modules for v in vars(m).values() if isinstance(v, re.Pattern)]
unlike = [p.pattern[:60] for p in patterns if p != re.compile(p.pattern, p.flags)]
print(len(patterns), len(unlike), unlike[:3])
"""


def test_the_extractors_patterns_are_all_the_ones_re_compiles(tmp_path) -> None:
    """Every pattern the extractors compile, as written and then as built from the kept file,
    equals `re.compile`'s (in fresh processes: the modules are imported once each)."""
    kept = tmp_path / "patterns.marshal"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    for run in ("written", "built from the file"):
        printed = subprocess.run(
            [sys.executable, "-c", _EXTRACTORS_BUILT, str(kept)],
            env=env, capture_output=True, text=True, check=True,
        ).stdout.strip().split(maxsplit=2)  # fmt: skip
        assert int(printed[0]) > 300, run
        assert printed[1:] == ["0", "[]"], run
        assert kept.is_file()


_BUILT_BY_A_RUN = """
import re, sys
sys.dont_write_bytecode = False
from factcheck.extract import kept_patterns
made = []
plain_compile_built = kept_patterns.compile_built
def checked(pattern, flags=0):
    compiled = plain_compile_built(pattern, flags)
    made.append(compiled == re.compile(pattern, flags))
    return compiled
kept_patterns.compile_built = checked
import factcheck.align, factcheck.rules.kinds
for module in list(sys.modules.values()):
    if getattr(module, "compile_built", None) is plain_compile_built:
        module.compile_built = checked
from factcheck.pipeline import compare, load_articles
from factcheck.rules.loader import builtin_rules_dir, load_rules
articles = load_articles(sorted(__import__("pathlib").Path(sys.argv[1]).glob("*.txt")))
report = compare(articles, load_rules([builtin_rules_dir()]))
print(len(made), made.count(False), len(report.findings))
"""


def test_patterns_the_rules_build_at_run_time_are_kept_and_equal_re_compile(tmp_path) -> None:
    """The rules' patterns built from their parameters, compiled by a first run and built from
    the kept file by a second (each a fresh process, its files under its own pycache prefix),
    are `re.compile`'s, and both runs report the same."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "PYTHONPYCACHEPREFIX": str(tmp_path)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)

    def run() -> list[str]:
        return subprocess.run(
            [sys.executable, "-c", _BUILT_BY_A_RUN, str(ROOT / "articles")],
            env=env, capture_output=True, text=True, check=True,
        ).stdout.split()  # fmt: skip

    compiled = run()
    assert int(compiled[0]) > 20 and compiled[1] == "0"
    (kept,) = tmp_path.rglob("built-patterns.*.marshal")
    assert len(marshal.loads(kept.read_bytes())) > 20
    written = kept.stat().st_mtime_ns
    assert run() == compiled
    assert kept.stat().st_mtime_ns == written  # nothing new to keep: every one was built from it


def test_built_patterns_are_written_once_at_exit_and_bounded(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    path = tmp_path / "built.marshal"
    first = kept_patterns_module._BuiltPatterns(path)
    made = [first.compile(pattern, flags) for pattern, flags in PATTERNS]
    assert made == [re.compile(pattern, flags) for pattern, flags in PATTERNS]
    assert not path.exists()  # not before the process ends
    first.store()
    assert len(marshal.loads(path.read_bytes())) == len(PATTERNS)
    # A later run keeps what earlier runs built as well as its own …
    second = kept_patterns_module._BuiltPatterns(path)
    assert second.compile(r"\bfiled\s+suit\b", re.I) == re.compile(r"\bfiled\s+suit\b", re.I)
    second.store()
    assert len(marshal.loads(path.read_bytes())) == len(PATTERNS) + 1
    # … up to a bound, past which it keeps only its own.
    monkeypatch.setattr(kept_patterns_module, "_MOST_BUILT", len(PATTERNS))
    third = kept_patterns_module._BuiltPatterns(path)
    third.compile(r"\bsettled\b", 0)
    third.store()
    assert list(marshal.loads(path.read_bytes())) == ["0:\\bsettled\\b"]


def test_built_patterns_are_not_written_where_bytecode_is_not(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    path = tmp_path / "built.marshal"
    built = kept_patterns_module._BuiltPatterns(path)
    assert built.compile(PATTERNS[0][0], PATTERNS[0][1]) == re.compile(*PATTERNS[0])
    built.store()
    assert not path.exists()


def test_a_bad_built_pattern_still_raises() -> None:
    with pytest.raises(re.error):
        kept_patterns_module.compile_built(r"(?P<open>unclosed")
