"""A QA run's findings as JSON and as a self-contained HTML page (built with lxml)."""

from __future__ import annotations

from typing import Any

from lxml import etree
from lxml.builder import E

from .. import __version__
from ..languages import direction
from ..model import Alignment, Finding, Tally


def qa_json(alignment: Alignment, checks: list[str], findings: tuple[Finding, ...]) -> dict[str, Any]:
    return {
        "source_lang": alignment.source.language,
        "target_lang": alignment.target.language,
        "document": alignment.source.symbol,
        "tool": {"name": "untm", "version": __version__},
        "checks": checks,
        "findings": [_finding(f) for f in findings],
        "summary": Tally.of(findings).by_severity(),
    }


def _finding(f: Finding) -> dict[str, Any]:
    """A finding; a cause with the units it concerns and the findings that follow from it."""
    found = {"check": f.check, "severity": f.severity.value, "unit": f.unit, "message": f.message,
             "source": f.source, "target": f.target}
    if f.units:
        found["units"] = list(f.units)
        found["follows"] = [_finding(symptom) for symptom in f.follows]
    return found


def follows_text(f: Finding) -> str:
    """What a cause explains, in a few words: "; it explains 3 findings: footnotes OP7, OP8, OP11"."""
    if not f.follows:
        return ""
    shown = ", ".join(f"{s.check} {s.unit}" for s in f.follows[:6]) + (" …" if len(f.follows) > 6 else "")
    return f" (it explains {len(f.follows)} finding{'s' if len(f.follows) > 1 else ''}: {shown})"


_STYLE = """
body{font-family:system-ui,sans-serif;margin:2rem;max-width:1400px}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.3rem .5rem;vertical-align:top;text-align:start}
.error td:first-child{background:#fdd}.warning td:first-child{background:#ffe9b3}.info td:first-child{background:#e6f0ff}
td.text{font-size:.9em;color:#333;max-width:30rem}
@media print{body{margin:0}}
"""


def qa_html(alignment: Alignment, findings: tuple[Finding, ...]) -> bytes:
    src, tgt = alignment.source, alignment.target
    rows = [
        E.tr(
            E.td(f.severity.value), E.td(f.check), E.td(E.a(f.unit, id=f"finding-{n}")),
            E.td(f.message + follows_text(f)),
            E.td(f.source, {"class": "text", "lang": src.language, "dir": direction(src.language)}),
            E.td(f.target, {"class": "text", "lang": tgt.language, "dir": direction(tgt.language)}),
            {"class": f.severity.value},
        )
        for n, f in enumerate(findings, start=1)
    ]
    page = E.html(
        E.head(E.meta(charset="utf-8"), E.title(f"QA {src.symbol} {src.language}-{tgt.language}"), E.style(_STYLE)),
        E.body(
            E.h1(f"QA of {src.symbol}: {src.language} → {tgt.language}"),
            E.p(f"untm {__version__}; original {src.path}; translation {tgt.path}; "
                + Tally.of(findings).text()),
            E.table(E.tr(*(E.th(h) for h in ("severity", "check", "unit", "message", "original", "translation"))), *rows),
        ),
        lang="en",
    )
    return etree.tostring(page, doctype="<!DOCTYPE html>", encoding="utf-8", method="html")
