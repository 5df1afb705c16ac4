"""The alignment as JSON (every unit and link) and as a one-screen summary."""

from __future__ import annotations

from typing import Any

from . import __version__
from .memory import Doubt, doubtful
from .model import Alignment, Document, Finding, SegmentedUnit, Tally, UnitPair

FORMAT = "untm-alignment/1"
LOWEST_SHOWN = 5


def alignment_json(alignment: Alignment) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "tool": {"name": "untm", "version": __version__},
        "document": alignment.source.symbol,
        "source": _document(alignment.source),
        "target": _document(alignment.target),
        "segmentation": alignment.segmentation,
        "length_ratio": round(alignment.length_ratio, 4),
        "units": [_pair(pair) for pair in alignment.pairs],
        "repairs": [{"message": r.message, "units": list(r.units), "missing": list(r.missing), "extra": list(r.extra)}
                    for r in alignment.repairs],
        "summary": summary_counts(alignment),
    }


def _document(document: Document) -> dict[str, Any]:
    return {
        "path": document.path,
        "form": document.form,
        "language": document.language,
        "symbol": document.symbol,
        "title": document.title,
        "units": len(document.units),
        "warnings": list(document.warnings),
        "metadata": [{"what": what, "text": text} for what, text in document.metadata],
    }


def _side(unit: SegmentedUnit | None) -> dict[str, Any] | None:
    if unit is None:
        return None
    return {
        "text": unit.unit.text,
        "kind": unit.unit.kind.value,
        "lines": [unit.unit.lines[0], unit.unit.lines[-1]] if unit.unit.lines else [],
        "calls": [{"footnote": c.number, "offset": c.offset} for c in unit.unit.calls],
        "sentences": [{"text": s.text, "start": s.start, "end": s.end} for s in unit.sentences],
    }


def _pair(pair: UnitPair) -> dict[str, Any]:
    return {
        "unit": pair.unit_id,
        "status": "paired" if pair.paired else ("source_only" if pair.source else "target_only"),
        "confidence": pair.confidence,
        "reason": "id" if pair.paired else "unpaired",
        "source": _side(pair.source),
        "target": _side(pair.target),
        "links": [
            {"source": list(l.source), "target": list(l.target), "confidence": l.confidence, "reason": l.reason.value}
            for l in pair.links
        ],
    }


def summary_counts(alignment: Alignment) -> dict[str, Any]:
    links = [link for pair in alignment.pairs for link in pair.links]
    return {
        "source_units": len(alignment.source.units),
        "target_units": len(alignment.target.units),
        "paired_units": sum(pair.paired for pair in alignment.pairs),
        "unpaired_units": [pair.unit_id for pair in alignment.unpaired()],
        "links": len(links),
        "one_sided_links": sum(1 for l in links if not l.source or not l.target),
    }


def summary_text(alignment: Alignment) -> str:
    """What a user reads after a run: counts, the weakest links, anything unpaired."""
    counts = summary_counts(alignment)
    src, tgt = alignment.source, alignment.target
    lines = [
        f"{src.symbol}  {src.language} -> {tgt.language}  (segmentation {alignment.segmentation})",
        f"units: {counts['source_units']} {src.language}, {counts['target_units']} {tgt.language}, "
        f"{counts['paired_units']} paired",
        f"sentence links: {counts['links']} ({counts['one_sided_links']} one-sided)",
    ]
    ranked = sorted(
        ((link.confidence, pair.unit_id, link) for pair in alignment.pairs if pair.paired for link in pair.links),
        key=lambda item: (item[0], item[1]),
    )
    if ranked:
        lines.append("lowest confidences:")
        for confidence, uid, link in ranked[:LOWEST_SHOWN]:
            lines.append(
                f"  {confidence:.3f}  {uid:<8} {src.language} {_indices(link.source)} -> "
                f"{tgt.language} {_indices(link.target)}  ({link.reason.value})"
            )
    for pair in alignment.unpaired():
        side = src if pair.source else tgt
        lines.append(f"UNPAIRED {pair.unit_id}: only in {side.path} ({side.language})")
    for warning in src.warnings + tgt.warnings:
        lines.append(f"warning: {warning}")
    return "\n".join(lines)


def doubt_text(alignment: Alignment, doubt: Doubt) -> str | None:
    """The line that says which links were kept out of the memory (or flagged in it), or ``None``."""
    links, units = doubtful(alignment, doubt)
    if not links and not units:
        return None
    where = "flagged in the TM (x-review)" if doubt.flag else "kept out of the TM, in the .review.tmx files"
    parts = []
    if links:
        parts.append(f"{_count(len(links), 'sentence link')} ({_listed(links)})")
    if units:
        parts.append(f"{_count(len(units), 'paragraph')} ({_listed(units)})")
    return f"under confidence {doubt.min_confidence:g}, {where}: " + "; ".join(parts)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _listed(items: list[str], shown: int = 8) -> str:
    return ", ".join(items[:shown]) + (f" and {len(items) - shown} more" if len(items) > shown else "")


def _indices(indices: tuple[int, ...]) -> str:
    return "[" + ",".join(str(i + 1) for i in indices) + "]" if indices else "[-]"


def run_text(alignment: Alignment, doubt: Doubt, terms, findings: tuple[Finding, ...]) -> str:
    """What ``untm align`` says of a pair: the summary, what was set apart, the terms (``TermsReport`` or
    ``None``) and the QA tally."""
    lines = [summary_text(alignment)]
    if said := doubt_text(alignment, doubt):
        lines.append(said)
    if terms is not None:
        lines.append(f"terms: {len(terms.terms)} glossary terms found, {terms.deviations} deviations")
    lines.append(f"qa: {Tally.of(findings).text()}")
    return "\n".join(lines)
