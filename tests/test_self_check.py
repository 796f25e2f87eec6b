"""factcheck checks its own articles in CI, with the project's baseline: nothing new may appear."""

from __future__ import annotations

import subprocess
import sys

from support import ROOT


def test_own_articles_pass_against_the_baseline() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "factcheck", "check", "--format", "github"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no longer match" not in result.stderr, "refresh with: factcheck baseline create"
