"""``untm qa``: QA of a translation against its original."""

from __future__ import annotations

from pathlib import Path

from .cli_types import examples, warn
from .errors import UntmError

EXIT_ERRORS = 1


def add_command(commands) -> None:
    qa = commands.add_parser("qa", help="QA of a translation against its original",
                             **examples("untm qa A_RES_57_263.fr.txt A_RES_57_263.en.txt",
                                        "untm qa A_RES_79_1.en.xml A_RES_79_1.fr.pdf --severity error --exclude typography",
                                        "untm qa original.docx new.docx --glossary terms.tbx --tm earlier.tmx --html qa.html",
                                        "untm qa A.en.txt B.fr.txt --json - | jq '.findings | length'"),
                             description="Structure, footnotes, numbers, dates, symbols, terms, untranslated units, "
                                         "length, typography and consistency with a TM. Exit 0: no error; 1: errors.")
    qa.add_argument("original", type=Path, nargs="?", help="the original (text, Akoma Ntoso XML, PDF or Word), e.g. A_RES_57_263.en.txt")
    qa.add_argument("translation", type=Path, nargs="?", help="the new language version, in any of those forms")
    qa.add_argument("--glossary", metavar="FILE", type=Path, help="glossary for the terminology check")
    qa.add_argument("--tm", metavar="FILE", type=Path, help="TMX of earlier translations for the consistency check")
    qa.add_argument("-o", "--output", type=Path, action="append", metavar="FILE",
                    help="write the findings to FILE, as JSON (.json) or an HTML page (.html); may be given twice")
    qa.add_argument("--json", type=Path, metavar="FILE", help="write the findings as JSON (-: standard output)")
    qa.add_argument("--html", type=Path, metavar="FILE", help="write the findings as an HTML page (-: standard output)")
    qa.add_argument("--checks", metavar="IDS", help="comma-separated check ids to run (default: all)")
    qa.add_argument("--exclude", metavar="IDS", help="comma-separated check ids not to run, e.g. typography")
    qa.add_argument("--severity", choices=("error", "warning", "info"), default="info",
                    help="the least severity listed and written: error, warning, or info (all; the default)")
    qa.add_argument("--list-checks", action="store_true", help="list the checks and exit")
    qa.add_argument("--src-lang", metavar="LANG", help="language of the original when the file name does not say")
    qa.add_argument("--tgt-lang", metavar="LANG", help="language of the translation when the file name does not say")
    qa.add_argument("--symbol", metavar="SYMBOL", help="document symbol when the text does not give it")
    qa.add_argument("--srx", metavar="FILE", type=Path, help="SRX 2.0 segmentation rules")
    qa.add_argument("--fix-languages", action="store_true", help="read a version whose text is not in the language it is declared in (two names swapped) in the language its text is in, with a warning; without it such a version is refused")
    qa.set_defaults(func=run_qa)


def run_qa(args) -> int:
    from .model import Severity, Tally
    from .outputs import OutputSet, report_stream
    from .pipeline import Reading, Review, run
    from .qa.registry import CHECKS, describe
    from .qa.report import qa_html, qa_json

    if args.list_checks:
        print(describe())
        return 0
    for output in args.output or ():  # -o names the file; its suffix, the form (--json and --html say it)
        form = {".json": "json", ".html": "html", ".htm": "html"}.get(output.suffix.lower())
        if form is None or getattr(args, form) is not None:
            raise UntmError(f"-o {output}: give one .json and one .html file at most (or --json -, --html -)")
        setattr(args, form, output)
    if args.original is None or args.translation is None:
        raise UntmError("give the original and the translation (or --list-checks)")
    reading = Reading(args.src_lang, args.tgt_lang, args.symbol, args.srx, args.fix_languages)
    review = Review(args.glossary, args.tm, _chosen(args.checks, args.exclude, tuple(c.id for c in CHECKS)))
    analysis = run(args.original, args.translation, reading, review)
    order = list(Severity)  # most severe first
    least = order.index(Severity(args.severity))
    alignment, checks = analysis.alignment, analysis.checks
    findings = [f for f in analysis.findings if order.index(f.severity) <= least]
    warn(analysis.warnings)
    inputs = [args.original, args.translation]
    # both files, or neither: one set; "-" is standard output, and the listing then goes to standard error
    with OutputSet(Path("."), inputs=inputs) as outputs:
        if args.json is not None:
            outputs.write_json(args.json, qa_json(alignment, [c.id for c in checks], findings))
        if args.html is not None:
            outputs.write(args.html, qa_html(alignment, findings))
    listing = report_stream(args.json, args.html)
    for finding in findings:
        print(f"{finding.severity.value:<8} {finding.check:<12} {finding.unit:<10} {finding.message}", file=listing)
        for symptom in finding.follows:  # what follows from the cause: said under it, not counted again
            print(f"{'':<8} └ {symptom.check:<10} {symptom.unit:<10} {symptom.message}", file=listing)
    print(Tally.of(findings).text(), file=listing)
    return EXIT_ERRORS if Tally.of(analysis.findings).errors else 0

def _chosen(checks: str | None, exclude: str | None, known: tuple[str, ...]) -> tuple[str, ...] | None:
    """The check ids to run: ``--checks`` (default: all) less ``--exclude``; ``None`` for all."""
    if not exclude:
        return tuple(checks.split(",")) if checks else None
    left_out = [part.strip() for part in exclude.split(",") if part.strip()]
    if unknown := [part for part in left_out if part not in known]:
        raise UntmError(f"--exclude {', '.join(unknown)}: no such check; the checks are {', '.join(known)}")
    return tuple(c for c in (checks.split(",") if checks else known) if c not in left_out)
