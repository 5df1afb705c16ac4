"""The main job on three or more language versions: one TMX that holds every language, and each version's
alignment, QA and terms against the source.

Files, in ``out_dir``, for a source ``A_RES_79_236`` in English with French and Spanish versions:

* ``A_RES_79_236.en-fr-es.tmx`` and ``.paragraphs.tmx``: one TU per span or unit of the source with every
  version that has it (``versions.py``); the ``.review.tmx`` files hold the versions' texts set apart as
  doubtful, each in a TU with the source;
* ``A_RES_79_236.en-fr.alignment.json``, ``.qa.json``, ``.terms.json`` (with a glossary), and the same for
  ``en-es``: what ``untm align`` writes for a pair;
* ``A_RES_79_236.en-fr-es.html``: one review page, a version at a time;
* with ``pairs``, each pair's own TMX files too (``A_RES_79_236.en-fr.tmx`` ...), for CAT tools that want
  bilingual memories.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import __version__
from .errors import UntmError
from .job import pair_memories, readable_date, write_memories
from .languages import tmx_code
from .memory import Doubt, version_units
from .model import TmxHeader, counted
from .outputs import OutputSet
from .pipeline import Analysis, Reading, Review, align_versions, analyse_versions, glossary_beside
from .qa.report import qa_json
from .report import alignment_json
from .review import versions_page
from .versions import Versions, paragraph_spans, sentence_spans


@dataclass(frozen=True)
class VersionsJob:
    source: Path
    targets: tuple[Path, ...]
    out_dir: Path
    creation_date: str  # YYYYMMDDThhmmssZ
    source_lang: str | None = None
    target_langs: tuple[str | None, ...] = ()  # each version's, where its file does not say
    srx: Path | None = None
    symbol: str | None = None
    source_code: str | None = None  # written in the TMX; default: the language
    target_codes: tuple[str | None, ...] = ()
    glossary: Path | None = None  # default: glossary.tbx beside the source text, if there
    fix_languages: bool = False
    doubt: Doubt = Doubt()
    pairs: bool = False  # each pair's TMX files too


@dataclass(frozen=True)
class VersionsResult:
    versions: Versions
    analyses: tuple[Analysis, ...]
    outputs: tuple[Path, ...]
    spans: int  # sentence TUs of the memory
    complete: int  # of which hold every language
    warnings: tuple[str, ...] = ()


def run_versions(job: VersionsJob) -> VersionsResult:
    """Read, align each version with the source, compose and write; nothing is written unless all succeeds."""
    if job.target_codes and len(job.target_codes) != len(job.targets):
        raise UntmError(f"{counted(len(job.target_codes), 'target code')} given for {len(job.targets)} versions: give one for "
                        "each, comma-separated, in the order of the versions (--tgt-code fr-FR,es-ES)")
    reading = Reading(job.source_lang, None, job.symbol, job.srx, job.fix_languages)
    versions = align_versions(job.source, job.targets, reading, job.target_langs)
    glossary = job.glossary or glossary_beside(job.source)
    analyses, warnings = analyse_versions(versions, Review(glossary=glossary))
    languages = versions.languages
    codes = (tmx_code(job.source_code, languages[0]),
             *(tmx_code(code, language) for code, language in zip(job.target_codes or (None,) * len(job.targets),
                                                                   languages[1:])))
    source = versions.source
    stem = f"{source.stem}.{'-'.join(languages)}"

    def header(segtype: str) -> TmxHeader:
        return TmxHeader(srclang=codes[0], segtype=segtype, creationdate=job.creation_date,
                         creationtoolversion=__version__)

    sentences, paragraphs = tuple(sentence_spans(versions)), tuple(paragraph_spans(versions))
    memory = tuple(version_units(versions, sentences, codes, job.doubt))
    complete = sum(len(unit.variants) == len(codes) for unit in memory)
    with OutputSet(job.out_dir, inputs=(job.source, *job.targets)) as outputs:
        write_memories(outputs, stem, header,
                       lambda review: version_units(versions, sentences, codes, job.doubt, True) if review else memory,
                       lambda review: version_units(versions, paragraphs, codes, job.doubt, review))
        for alignment, analysis, code in zip(versions.alignments, analyses, codes[1:]):
            pair = f"{source.stem}.{alignment.source.language}-{alignment.target.language}"
            outputs.write_json(f"{pair}.alignment.json", alignment_json(alignment))
            outputs.write_json(f"{pair}.qa.json", qa_json(alignment, [c.id for c in analysis.checks],
                                                           analysis.findings))
            if analysis.terms is not None:
                outputs.write_json(f"{pair}.terms.json", analysis.terms.as_json())
            if job.pairs:
                pair_memories(outputs, pair, header, alignment, (codes[0], code), job.doubt)
        outputs.write(f"{stem}.html", versions_page(
            tuple((a.alignment, a.findings, a.glossary, a.terms) for a in analyses), readable_date(job.creation_date),
            job.doubt.min_confidence))
    every = tuple(w for a in analyses for w in a.warnings)
    return VersionsResult(versions, analyses, outputs.paths, len(memory), complete,
                          tuple(dict.fromkeys(warnings + every)))

