"""Paths and helpers the tests share (importable because pytest puts tests/ on sys.path)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "articles"
RULES = ROOT / "rules"
POWERHOUSE = ARTICLES / "zuckerberg-ai-powerhouse.txt"
BENZINGA = ARTICLES / "benzinga-zuckerberg-most-popular-ai.txt"
