"""The code base stays ruff clean: a lint error fails the test suite like any other defect."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from support import ROOT


def _ruff() -> str:
    found = Path(sys.executable).with_name("ruff")
    return str(found) if found.exists() else shutil.which("ruff") or ""


@pytest.mark.skipif(not _ruff(), reason="ruff is installed with the [test] extra")
def test_ruff_check_is_clean() -> None:
    result = subprocess.run(
        [_ruff(), "check", "--no-cache", "src", "tests", "benchmarks"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
