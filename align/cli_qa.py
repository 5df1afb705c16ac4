"""``untm qa``: QA of a translation against its original."""

from __future__ import annotations

import sys
from pathlib import Path

from .errors import UntmError

EXIT_ERRORS = 1


def add_command(commands) -> None:
    qa = commands.add_parser("qa", help="QA of a translation against its original",
                             description="Structure, footnotes, numbers, dates, symbols, terms, untranslated units, "
                                         "length, typography and consistency with a TM. Exit 0: no error; 1: errors.")
    qa.add_argument("original", type=Path, nargs="?", help="the original (text, Akoma Ntoso XML, PDF or Word), e.g. A_RES_57_263.en.txt")
    qa.add_argument("translation", type=Path, nargs="?", help="the new language version, in any of those forms")
    qa.add_argument("--glossary", type=Path, help="glossary for the terminology check")
    qa.add_argument("--tm", type=Path, help="TMX of earlier translations for the consistency check")
    qa.add_argument("--json", type=Path, metavar="FILE", help="write the findings as JSON (-: standard output)")
    qa.add_argument("--html", type=Path, metavar="FILE", help="write the findings as an HTML page (-: standard output)")
    qa.add_argument("--checks", help="comma-separated check ids to run (default: all)")
    qa.add_argument("--list-checks", action="store_true", help="list the checks and exit")
    qa.add_argument("--src-lang", help="language of the original when the file name does not say")
    qa.add_argument("--tgt-lang", help="language of the translation when the file name does not say")
    qa.add_argument("--symbol", help="document symbol when the text does not give it")
    qa.add_argument("--srx", type=Path, help="SRX 2.0 segmentation rules")
    qa.add_argument("--fix-languages", action="store_true", help="read a version whose text is not in the language it is declared in (two names swapped) in the language its text is in, with a warning; without it such a version is refused")
    qa.set_defaults(func=run_qa)


def run_qa(args) -> int:
    from .model import Severity
    from .outputs import OutputSet, is_stdout
    from .pipeline import Reading, Review, run
    from .qa.registry import describe
    from .qa.report import qa_html, qa_json

    if args.list_checks:
        print(describe())
        return 0
    if args.original is None or args.translation is None:
        raise UntmError("give the original and the translation (or --list-checks)")
    reading = Reading(args.src_lang, args.tgt_lang, args.symbol, args.srx, args.fix_languages)
    review = Review(args.glossary, args.tm, tuple(args.checks.split(",")) if args.checks else None)
    analysis = run(args.original, args.translation, reading, review)
    alignment, checks, findings = analysis.alignment, analysis.checks, analysis.findings
    for warning in analysis.warnings:
        print(f"untm: warning: {warning}", file=sys.stderr)
    inputs = [args.original, args.translation]
    # both files, or neither: one set; "-" is standard output, and the listing then goes to standard error
    with OutputSet(Path("."), inputs=inputs) as outputs:
        if args.json is not None:
            outputs.write_json(args.json, qa_json(alignment, [c.id for c in checks], findings))
        if args.html is not None:
            outputs.write(args.html, qa_html(alignment, findings))
    listing = sys.stderr if is_stdout(args.json) or is_stdout(args.html) else sys.stdout
    for finding in findings:
        print(f"{finding.severity.value:<8} {finding.check:<12} {finding.unit:<10} {finding.message}", file=listing)
        for symptom in finding.follows:  # what follows from the cause: said under it, not counted again
            print(f"{'':<8} └ {symptom.check:<10} {symptom.unit:<10} {symptom.message}", file=listing)
    errors = sum(f.severity is Severity.ERROR for f in findings)
    print(f"{errors} errors, {sum(f.severity is Severity.WARNING for f in findings)} warnings, "
          f"{sum(f.severity is Severity.INFO for f in findings)} notes", file=listing)
    return EXIT_ERRORS if errors else 0

