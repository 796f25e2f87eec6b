"""The patterns the extractors compile are spelt the same in every run: word lists kept in sets
(whose order changes with the hash seed) are ordered before they are joined into patterns."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from support import ROOT

# Records every pattern factcheck's own modules compile as they are imported (and the regions'
# patterns, compiled when first needed), with where it was compiled.
_RECORD = """
import json, re, sys
compile_ = re.compile
seen = []
def recording(pattern, flags=0):
    caller = sys._getframe(1).f_code.co_filename
    if "factcheck" in caller and isinstance(pattern, str):
        seen.append([caller.rsplit("factcheck", 1)[1], sys._getframe(1).f_lineno, pattern])
    return compile_(pattern, flags)
re.compile = recording
import factcheck.extract.speakers, factcheck.extract.figures, factcheck.extract.quotes
import factcheck.extract.periods, factcheck.align.figures
from factcheck.align import regions
regions._patterns(False), regions._patterns(True)
print(json.dumps(seen))
"""


def _patterns(seed: str) -> list[list]:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT / "src")}
    out = subprocess.run(
        [sys.executable, "-c", _RECORD], env=env, capture_output=True, text=True, check=True
    ).stdout
    return json.loads(out)


def test_patterns_are_spelt_alike_whatever_the_hash_seed() -> None:
    first, second = _patterns("1"), _patterns("2")
    assert len(first) > 400  # the extractors' patterns were all recorded
    differing = [
        f"{where}:{line}"
        for (where, line, one), (_, _, other) in zip(first, second, strict=True)
        if one != other
    ]
    assert differing == []
