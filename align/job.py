"""The main job: two language versions in, TMX and alignment files out."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from . import __version__
from .languages import tmx_code
from .memory import Doubt, doubtful, paragraph_units, sentence_units
from .model import Alignment, Finding, Severity, Tally, TmxHeader, TmxUnit, counted
from .cli_types import FailOn
from .outputs import OutputSet
from .pipeline import Reading, Review, glossary_beside, run
from .qa.report import qa_json
from .report import alignment_json
from .terms import TermsReport
from .review import review_page
from tmx.writer import write_tmx


@dataclass(frozen=True)
class AlignJob:
    source: Path
    target: Path
    out_dir: Path
    creation_date: str  # YYYYMMDDThhmmssZ
    source_lang: str | None = None
    target_lang: str | None = None
    srx: Path | None = None
    symbol: str | None = None
    source_code: str | None = None  # written in the TMX; default: the language
    target_code: str | None = None
    glossary: Path | None = None  # default: glossary.tbx beside the source text, if there
    fix_languages: bool = False  # a version not in its declared language: read in its own, not refused
    doubt: Doubt = Doubt()  # links under its confidence go to <stem>.review.tmx, not the TM (or are flagged)


@dataclass(frozen=True)
class AlignResult:
    alignment: Alignment
    outputs: tuple[Path, ...]
    terms: TermsReport | None = None
    findings: tuple[Finding, ...] = ()
    warnings: tuple[str, ...] = ()  # of the reading of the glossary (an encoding guessed)


def run_align(job: AlignJob) -> AlignResult:
    """Read, segment, align and write; nothing is written unless all succeeds."""
    reading = Reading(job.source_lang, job.target_lang, job.symbol, job.srx, job.fix_languages)
    analysis = run(job.source, job.target, reading, Review(glossary=job.glossary or glossary_beside(job.source)))
    alignment, glossary, terms, findings = analysis.alignment, analysis.glossary, analysis.terms, analysis.findings
    source, target = alignment.source, alignment.target
    src, tgt = source.language, target.language
    stem = f"{source.stem}.{src}-{tgt}"
    src_code = tmx_code(job.source_code, src)
    tgt_code = tmx_code(job.target_code, tgt)

    def header(segtype: str) -> TmxHeader:
        return TmxHeader(
            srclang=src_code, segtype=segtype, creationdate=job.creation_date, creationtoolversion=__version__
        )

    with OutputSet(job.out_dir, inputs=(job.source, job.target)) as outputs:
        pair_memories(outputs, stem, header, alignment, (src_code, tgt_code), job.doubt)
        outputs.write_json(f"{stem}.alignment.json", alignment_json(alignment))
        outputs.write_json(f"{stem}.qa.json", qa_json(alignment, [c.id for c in analysis.checks], findings))
        if terms is not None:
            outputs.write_json(f"{stem}.terms.json", terms.as_json())
        outputs.write(f"{stem}.html", review_page(alignment, findings, readable_date(job.creation_date), glossary, terms,
                                                      job.doubt.min_confidence))
    return AlignResult(alignment, outputs.paths, terms, findings, analysis.warnings)


def write_memories(outputs: OutputSet, stem: str, header: Callable[[str], TmxHeader],
                   sentences: Callable[[bool], Iterable[TmxUnit]], paragraphs: Callable[[bool], Iterable[TmxUnit]]
                   ) -> None:
    """The sentence and paragraph TMX (``sentences(False)``, ``paragraphs(False)``), then what is set apart from
    them for review (``...(True)``; nothing when the doubtful are flagged instead: the files are written all the
    same, so that none left by an earlier run misleads)."""
    for review in (False, True):
        suffix = ".review" if review else ""
        with outputs.open(f"{stem}{suffix}.tmx") as stream:
            write_tmx(stream, header("sentence"), sentences(review))
        with outputs.open(f"{stem}.paragraphs{suffix}.tmx") as stream:
            write_tmx(stream, header("paragraph"), paragraphs(review))


def pair_memories(outputs: OutputSet, stem: str, header: Callable[[str], TmxHeader], alignment: Alignment,
                  codes: tuple[str, str], doubt: Doubt) -> None:
    """A pair's memories, as ``write_memories`` writes them."""
    write_memories(outputs, stem, header, lambda review: sentence_units(alignment, *codes, doubt, review),
                   lambda review: paragraph_units(alignment, *codes, doubt, review))


def readable_date(date: str) -> str:
    """``20021220T000000Z`` -> ``2002-12-20 00:00:00 UTC``."""
    return f"{date[0:4]}-{date[4:6]}-{date[6:8]} {date[9:11]}:{date[11:13]}:{date[13:15]} UTC"


def failures(alignment: Alignment, findings: tuple[Finding, ...], fail_on: frozenset[FailOn],
             min_confidence: float = Doubt().min_confidence) -> tuple[str, ...]:
    """What of ``fail_on`` an alignment and its QA findings hold, one line each: empty when nothing is."""
    found: list[str] = []
    if FailOn.UNPAIRED in fail_on and (unpaired := alignment.unpaired()):
        found.append(f"{counted(len(unpaired), 'unit')} on one side only: {', '.join(p.unit_id for p in unpaired)}")
    if FailOn.LOW_CONFIDENCE in fail_on:  # what the memory would set apart: a unit, or a link of one
        links, units = doubtful(alignment, Doubt(min_confidence))
        set_apart = set(units) | {link.rsplit(":", 1)[0] for link in links}
        weak = [pair.unit_id for pair in alignment.pairs if pair.unit_id in set_apart]
        if weak:
            found.append(f"{counted(len(weak), 'unit')} with a link under confidence {min_confidence}: {', '.join(weak)}")
    if FailOn.QA_ERROR in fail_on and (errors := Tally.of(findings).errors):
        # each error's unit, and the others it names (a cause's "document" aside: it names its units too)
        units = sorted({unit for f in findings if f.severity is Severity.ERROR
                        for unit in (f.unit, *(u for u in f.units if u != "document"))})
        found.append(f"{counted(errors, 'QA error')}: {', '.join(units)}")
    return tuple(found)
