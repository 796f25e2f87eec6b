"""Stage 4 — check rules: the rule files, their kinds and the engine that runs them.

The aligner and the rule kinds compile their patterns as they load: more than a third of a
cached `factcheck compare`. They are kept between runs, as the extractors' are (see
`factcheck.extract.kept_patterns`), by loading them here, before any module of this package
(whichever a caller imports first). A pattern a rule builds from its parameters when it first
runs is kept by `compile_built`; one a run builds from an article's words is never kept.
"""

from __future__ import annotations

from pathlib import Path

from factcheck.extract.kept_patterns import kept_file, kept_patterns

with kept_patterns(kept_file(Path(__file__).resolve().parent)):
    import factcheck.align
    import factcheck.rules.kinds  # noqa: F401 - loaded here for their patterns to be kept
