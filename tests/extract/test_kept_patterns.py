"""Compiled patterns kept between runs are the patterns `re.compile` makes."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

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
