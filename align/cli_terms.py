"""``untm terms``: the terminology report for two texts or an aligned TMX."""

from __future__ import annotations

import os
from pathlib import Path

from .cli_types import examples, require_file, warn
from .errors import UntmError
from .languages import base_language
from .progress import progress_bar

EXIT_DEVIATION = 1


def add_command(commands) -> None:
    terms = commands.add_parser(
        "terms",
        help="terminology consistency of two texts or an aligned TMX against a glossary",
        description="For each glossary term, every unit where it occurs, how it was rendered, and where it deviates.",
        **examples("untm terms A_RES_57_263.fr.txt A_RES_57_263.en.txt --glossary sources/glossary.tbx",
                   "untm terms corpus.fr-en.tmx --glossary terms.csv --csv - | column -t -s,",
                   "untm terms A.fr.txt A.en.txt --fail-on deviation"),
    )
    terms.add_argument("source", type=Path, help="source version (text, Akoma Ntoso XML, PDF, Word) or an aligned TMX file")
    terms.add_argument("target", type=Path, nargs="?", help="target version; none for a TMX")
    terms.add_argument("--glossary", type=Path, metavar="FILE",
                       help="TBX, or CSV/TSV with source and target columns (default: glossary.tbx beside SOURCE)")
    terms.add_argument("--out", metavar="DIR", type=Path, default=Path("out"), help="directory for <stem>.terms.json (default: out)")
    terms.add_argument("--csv", type=Path, metavar="FILE", help="also write one row per term and unit as CSV (-: standard output)")
    terms.add_argument("--fail-on", choices=["deviation"], help="exit 1 when a deviation is found (for CI pipelines)")
    terms.add_argument("--src-lang", metavar="LANG", help="source language when the file name does not say")
    terms.add_argument("--tgt-lang", metavar="LANG", help="target language when the file name does not say (for a TMX: default "
                       "the other language of a two-language TMX)")
    terms.add_argument("--fix-languages", action="store_true", help="read a version whose text is not in the language it is declared in (two names swapped) in the language its text is in, with a warning; without it such a version is refused")
    terms.add_argument("--srx", metavar="FILE", type=Path, help="SRX 2.0 segmentation rules")
    terms.add_argument("--symbol", metavar="SYMBOL", help="document symbol when the text does not give it")
    terms.add_argument("--workers", metavar="N", type=int, default=0, help="processes finding the terms of a TMX (default: all cores)")
    terms.set_defaults(func=run_terms)


def run_terms(args) -> int:
    from .outputs import report_stream

    from tmx.reader import read_info

    from .model import LanguagePair
    from .pipeline import Reading, Review, glossary_beside, glossary_for, run
    from .terms_tmx import terms_of_tmx

    require_file(args.source)
    args.glossary = args.glossary or glossary_beside(args.source)
    if args.glossary is None:
        raise UntmError(f"{args.source}: give --glossary FILE (TBX, CSV or TSV); there is no glossary.tbx beside it")

    if args.source.suffix.lower() == ".tmx":
        if args.target is not None:
            raise UntmError(f"{args.target}: a TMX is checked alone; give the TMX file only")
        info = read_info(args.source)
        source_lang = base_language(args.src_lang or info.srclang)
        if source_lang in ("", "*all*"):
            raise UntmError(f"{args.source}: the TMX names no source language; give --src-lang")
        args.tgt_lang = args.tgt_lang or _other_language(args.source, source_lang)
        if args.workers < 0:
            raise UntmError(f"--workers {args.workers}: give a number of processes, or 0 for all cores")
        glossary = glossary_for(args.glossary, source_lang, args.tgt_lang)
        warn(getattr(glossary, "warnings", ()))
        with progress_bar("terms", "TU") as tick:
            report = terms_of_tmx(args.source, glossary, LanguagePair(args.src_lang or source_lang, args.tgt_lang),
                                  workers=args.workers or os.cpu_count() or 1, progress=tick)
        stem = args.source.stem
    else:
        if args.target is None:
            raise UntmError(f"{args.source}: give the target text too, or an aligned TMX file")
        reading = Reading(args.src_lang, args.tgt_lang, args.symbol, args.srx, args.fix_languages)
        analysis = run(args.source, args.target, reading, Review(glossary=args.glossary, checks=()))
        warn(analysis.warnings)
        source, target, report = analysis.alignment.source, analysis.alignment.target, analysis.terms
        stem = f"{source.stem}.{source.language}-{target.language}"
    write_report(report, args.out / f"{stem}.terms.json", args.csv, inputs=[args.source, args.glossary])
    print(report.as_text(), file=report_stream(args.csv))
    return EXIT_DEVIATION if args.fail_on == "deviation" and report.deviations else 0


def _other_language(path: Path, source: str) -> str:
    """The language of a two-language TMX that is not ``source``, as its first TU has them."""
    from tmx.reader import TmxReader

    unit = next(iter(TmxReader(path)), None)
    if unit is None:
        raise UntmError(f"{path}: the TMX holds no TU; nothing to check")
    others = sorted({base_language(v.lang) for v in unit.variants} - {source})
    if len(others) != 1:
        raise UntmError(f"{path}: its TUs hold {', '.join(others) or 'no language'} besides {source}; give --tgt-lang, "
                        "the language of the renderings to check")
    return others[0]


def write_report(report, json_path: Path, csv_path: Path | None, inputs) -> None:
    """The JSON report (a ``TermsReport``'s) and, if asked, the CSV (``-``: standard output): both, or neither."""
    from .outputs import OutputSet

    with OutputSet(Path("."), inputs=inputs) as outputs:
        outputs.write_json(json_path, report.as_json())
        if csv_path is not None:
            outputs.write(csv_path, report.as_csv().encode("utf-8"))
