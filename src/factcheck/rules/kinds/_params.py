from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Params(BaseModel):
    """Base of every kind's parameters: unknown keys are an error, not silently ignored."""

    model_config = ConfigDict(extra="forbid", frozen=True)
