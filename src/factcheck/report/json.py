"""JSON: the `Report` model itself, with its schema version (see ``factcheck schema``)."""

from __future__ import annotations

import json

from factcheck.models import Report


def render_json(report: Report) -> str:
    return report.model_dump_json(indent=2) + "\n"


def report_schema() -> str:
    return json.dumps(Report.model_json_schema(), indent=2, sort_keys=True) + "\n"
