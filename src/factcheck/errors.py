"""Errors the user can act on, and the exit codes the CLI gives for them (one place)."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    FINDINGS = 1  # a finding reached --fail-on
    USAGE = 2  # bad option, unreadable input, malformed rule or config file


class FactcheckError(Exception):
    """A problem with the user's input: printed as one line, exit code 2."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class InputError(FactcheckError):
    """An article that cannot be read."""


class RuleFileError(FactcheckError):
    """A rule file that is not valid."""
