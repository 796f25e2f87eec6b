"""The built-in rule kinds: each module is one kind, with its parameters and its check."""

from __future__ import annotations

from factcheck.rules.context import RuleKind
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
    unsourced_background,
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
        unsourced_background,
        source_dropped,
        quote_provenance,
        quote_majority,
        source_speaker,
    )
}
