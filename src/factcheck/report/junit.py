"""JUnit XML, for CI test dashboards: one test case per article, a failure per finding."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from factcheck.models import Report
from factcheck.report._common import location


def render_junit(report: Report) -> str:
    suites = ET.Element("testsuites", name="factcheck")
    suite = ET.SubElement(suites, "testsuite", name="factcheck")
    failures_total = 0
    for article in report.articles:
        case = ET.SubElement(suite, "testcase", classname="factcheck", name=article.path)
        for finding in report.findings:
            here = [e for e in finding.evidence if e.article_id == article.id]
            if not here:
                continue
            failures_total += 1
            failure = ET.SubElement(
                case, "failure", message=finding.message, type=f"{finding.rule} {finding.name}"
            )
            lines = [f"{finding.severity.value}: {finding.rule} {finding.message}"]
            lines += [f"at {location(e)}: {e.text}" for e in finding.evidence]
            failure.text = "\n".join(lines)
    suite.set("tests", str(len(report.articles)))
    suite.set("failures", str(failures_total))
    suite.set("errors", "0")
    suites.set("tests", str(len(report.articles)))
    suites.set("failures", str(failures_total))
    ET.indent(suites)
    body = ET.tostring(suites, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"
