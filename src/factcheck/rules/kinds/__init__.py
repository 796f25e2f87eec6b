"""The built-in rule kinds: each module is one kind, with its parameters and its check."""

from __future__ import annotations

from pathlib import Path

from factcheck.extract.kept_patterns import kept_file, kept_patterns
from factcheck.rules.context import RuleKind

# The kinds and the aligner they import compile their patterns as they load: kept between
# runs, as the extractors' are (see `factcheck.extract.kept_patterns`).
with kept_patterns(kept_file(Path(__file__).resolve().parent)):
    from factcheck.rules.kinds import (
        date_mismatch,
        figure_date,
        figure_mismatch,
        figure_uncorroborated,
        malformed_quote,
        quote_majority,
        quote_provenance,
        quote_uncorroborated,
        quote_wording,
        source_dropped,
        source_speaker,
        speaker_mismatch,
        unsourced_claim,
        unsourced_figure,
        unsourced_superlative,
    )

KINDS: dict[str, RuleKind] = {
    module.KIND.name: module.KIND
    for module in (
        quote_wording,
        quote_uncorroborated,
        malformed_quote,
        speaker_mismatch,
        figure_mismatch,
        figure_uncorroborated,
        figure_date,
        date_mismatch,
        unsourced_claim,
        unsourced_figure,
        unsourced_superlative,
        source_dropped,
        quote_provenance,
        quote_majority,
        source_speaker,
    )
}
