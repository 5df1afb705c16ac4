"""``untm tm ...``: check, merge, stats, export, index and leverage analysis of TMX files."""

from __future__ import annotations

import os
from pathlib import Path

from .cli_types import examples, require_file
from .errors import UntmError
from .progress import progress_bar

# Each subcommand imports what it runs when it runs (see cli.py); ``tmx.export.ExportFormat`` holds the
# formats, and a test keeps this list the same.
EXPORT_FORMATS = ("tsv", "xliff", "moses")


def add_commands(commands, date_from) -> None:
    tm = commands.add_parser("tm", help="check, merge, inspect, export and analyse translation memories",
                             **examples("untm tm check out/*.tmx", "untm tm stats corpus.fr-en.tmx",
                                        "untm tm export corpus.fr-en.tmx -o corpus.xlf"))
    ops = tm.add_subparsers(dest="tm_command", required=True)

    def languages(parser):
        parser.add_argument("--src-lang", metavar="LANG", help="source language to read (default: the TMX header's srclang)")
        parser.add_argument("--tgt-lang", metavar="LANG", help="target language to read (default: the other language "
                            "of each TU; a TM of three languages or more needs it, but for export, merge and stats, "
                            "which take every language)")

    check = ops.add_parser("check", help="check TMX files against TMX 1.4b before a CAT tool loads them",
                           **examples("untm tm check out/A_RES_57_263.fr-en.tmx other.tmx"),
                           description="Report every place where a TMX file breaks TMX 1.4b (the structure, the "
                           "header's required attributes, xml:lang, a variant in the source language, unique "
                           "tuids, inline elements), as FILE:LINE: message. Exit 0 when every file is valid, "
                           "1 when one has a problem, 2 when a file cannot be read.")
    check.add_argument("inputs", type=Path, nargs="+", help="TMX files")
    check.set_defaults(func=_check)

    merge = ops.add_parser("merge", help="union of TMX files, exact duplicates removed, conflicts listed",
                           **examples("untm tm merge a.tmx b.tmx -o all.tmx", "untm tm merge *.tmx -o - | gzip > all.tmx.gz"))
    merge.add_argument("inputs", type=Path, nargs="+", help="TMX files")
    merge.add_argument("-o", "--output", type=Path, required=True, help="merged TMX file to write")
    merge.add_argument("--date", metavar="DATE", help="TMX creation date (default: SOURCE_DATE_EPOCH, else now)")
    languages(merge)
    merge.set_defaults(func=lambda args: _merge(args, date_from))

    stats = ops.add_parser("stats", help="TUs, languages, documents, lengths, duplicates, conflicts",
                           **examples("untm tm stats corpus.fr-en.tmx", "untm tm stats corpus.fr-en.tmx --json - | jq .tus"))
    stats.add_argument("tmx", type=Path)
    stats.add_argument("-o", "--output", "--json", dest="json", type=Path, metavar="FILE",
                       help="also write the figures as JSON (-: standard output)")
    languages(stats)
    stats.set_defaults(func=_stats)

    export = ops.add_parser("export", help="TSV (a column per language, props as columns), XLIFF 1.2 (a file per "
                            "target language), or Moses parallel text (a file per language)",
                            **examples("untm tm export corpus.fr-en.tmx -o corpus.tsv",
                                       "untm tm export corpus.fr-en.tmx -o job.xlf --tgt-lang en",
                                       "untm tm export corpus.fr-en.tmx --format moses -o train"))
    export.add_argument("tmx", type=Path)
    export.add_argument("--format", choices=EXPORT_FORMATS,
                        help="tsv, xliff or moses (default: as the output's name says: .tsv, .xlf or .xliff; tsv for -o -)")
    export.add_argument("-o", "--output", type=Path, required=True,
                        help="file to write; for moses, the prefix of OUTPUT.<lang>, one file per language")
    languages(export)
    export.set_defaults(func=_export)

    index = ops.add_parser("index", help="store a fuzzy-match index beside a TMX file (FILE.tmx.index)",
                           **examples("untm tm index corpus.fr-en.tmx"))
    index.add_argument("tmx", type=Path)
    languages(index)
    index.set_defaults(func=_index)

    leverage = ops.add_parser("analyze", help="leverage analysis of a new document against a TM",
                              **examples("untm tm analyze A_RES_58_1.fr.txt --tm corpus.fr-en.tmx"))
    leverage.add_argument("document", type=Path, help="the new document (text, Akoma Ntoso XML, PDF or Word), e.g. A_RES_58_220.fr.txt")
    leverage.add_argument("--fix-languages", action="store_true", help="read a document whose text is not in the language it is declared in in the language its text is in, with a warning; without it such a document is refused")
    leverage.add_argument("--tm", metavar="FILE", type=Path, required=True, help="TMX file (its stored index is used when fresh)")
    leverage.add_argument("-o", "--output", "--json", dest="json", type=Path, metavar="FILE",
                          help="also write every segment's best match as JSON (-: standard output)")
    leverage.add_argument("--srx", metavar="FILE", type=Path, help="SRX 2.0 segmentation rules")
    leverage.add_argument("--symbol", metavar="SYMBOL", help="document symbol when the text does not give it")
    languages(leverage)
    leverage.set_defaults(func=_analyze)


def _pair(args):
    from .model import LanguagePair

    return LanguagePair(args.src_lang, args.tgt_lang)


def _check(args) -> int:
    from tmx.check import check_tmx

    from .model import counted

    for path in args.inputs:
        require_file(path)
    flawed = 0
    for path in args.inputs:
        problems = check_tmx(path)
        for problem in problems:
            print(f"{path}:{problem.line}: {problem.message}")
        print(f"{path}: {counted(len(problems), 'problem')}" if problems else f"{path}: valid TMX 1.4b")
        flawed += bool(problems)
    return 1 if flawed else 0


def _merge(args, date_from) -> int:
    from tmx.merge import merge_tmx
    from tmx.reader import read_info

    from . import __version__
    from .model import TmxHeader, counted
    from .outputs import OutputSet, report_stream

    for path in args.inputs:
        require_file(path)
    srclang = args.src_lang or read_info(args.inputs[0]).srclang or "*all*"
    header = TmxHeader(srclang=srclang, segtype="sentence", creationdate=date_from(args.date), creationtoolversion=__version__)
    with OutputSet(Path("."), inputs=args.inputs) as outputs:
        with outputs.open(args.output) as stream:
            with progress_bar("merge", "TU read (twice)") as tick:
                result = merge_tmx(args.inputs, stream, header, _pair(args), tick)
    report = report_stream(args.output)
    print(f"wrote {args.output}: {result.written} TUs from {counted(len(args.inputs), 'file')}; "
          f"{counted(result.duplicates, 'exact duplicate')} removed; "
          f"{counted(len(result.conflicts), 'conflicting source')}", file=report)
    for conflict in result.conflicts:
        print(f"conflict: {conflict.source}", file=report)
        for text, origin in conflict.targets:
            print(f"    -> {text}  [{origin}]", file=report)
    for reason, count in result.skipped.items():
        print(f"skipped: {reason}: {count}", file=report)
    return 0


def _stats(args) -> int:
    from .outputs import report_stream

    from tmx.stats import tm_stats

    with progress_bar("stats", "TU") as tick:
        stats = tm_stats(args.tmx, _pair(args), tick)
    if args.json:  # written first: nothing is said of a run whose output could not be written
        _write_json(args.json, stats.as_json(), [args.tmx])
    print(stats.as_text(), file=report_stream(args.json))
    return 0


def _export(args) -> int:
    from contextlib import ExitStack

    from tmx.export import SINGLE_FILE, ExportFormat, export_moses, export_xliff, moses_languages

    from . import __version__

    from .outputs import OutputSet, is_stdout, report_stream

    fmt = ExportFormat(args.format or _format_of(args.output))
    if fmt is ExportFormat.MOSES and is_stdout(args.output):
        raise UntmError("-o -: Moses text is two files, one per language; give their prefix, e.g. -o corpus")
    with OutputSet(Path("."), inputs=[args.tmx]) as outputs:
        left_out = 0
        if fmt is ExportFormat.MOSES:
            prefix = args.output
            with ExitStack() as files:
                streams = {code: files.enter_context(outputs.open(prefix.with_name(f"{prefix.name}.{code.lower()}")))
                           for code in moses_languages(args.tmx, _pair(args))}
                rows, left_out = export_moses(args.tmx, streams, _pair(args))
        else:
            with outputs.open(args.output) as stream:
                if fmt is ExportFormat.XLIFF:  # its <tool> names untm's version
                    rows = export_xliff(args.tmx, stream, _pair(args), tool_version=__version__)
                else:
                    rows = SINGLE_FILE[fmt](args.tmx, stream, _pair(args))
    report = report_stream(args.output)
    for path in outputs.paths:
        print(f"wrote {path}", file=report)
    print(f"{rows} TUs exported as {fmt.value}", file=report)
    if left_out:
        print(f"left out: {left_out} TUs that lack one of the languages (Moses lines are parallel in every file; "
              "give --tgt-lang for one pair)", file=report)
    return 0


_SUFFIXES = {".tsv": "tsv", ".tab": "tsv", ".txt": "tsv", ".xlf": "xliff", ".xliff": "xliff"}


def _format_of(output: Path) -> str:
    """The export format an output's name says (``corpus.tsv``, ``job.xlf``; standard output: TSV)."""
    if str(output) == "-":
        return "tsv"
    if found := _SUFFIXES.get(output.suffix.lower()):
        return found
    raise UntmError(f"-o {output}: give --format (tsv, xliff, moses); the name does not say which "
                    "(.tsv, .xlf or .xliff)")


def _index(args) -> int:
    from tmx.index import TmIndex, index_path

    target = index_path(args.tmx)
    require_file(args.tmx)
    temp = target.with_name(target.name + ".part")
    try:
        with progress_bar("index", "TU") as tick:
            index = TmIndex.build(args.tmx, temp, _index_languages(args), tick)
        count = len(index)
        index.close()
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)
    print(f"wrote {target}: {count} TUs indexed")
    return 0


def _index_languages(args):
    """The languages an index is built for, the source as ``tm analyze`` will ask for it: the one given, else
    the header's (so that an analysis of a document in that language finds the stored index fresh)."""
    from tmx.reader import read_info

    from .model import LanguagePair

    header = read_info(args.tmx).srclang
    return LanguagePair(args.src_lang or (header if header not in ("", "*all*") else None), args.tgt_lang)


def _analyze(args) -> int:
    from .outputs import report_stream

    from tmx.index import load_or_build

    from .leverage import analyze
    from .model import LanguagePair
    from .reading import read_document
    from .srx import rules_from

    rules = rules_from(args.srx)
    document = read_document(args.document, args.src_lang, args.symbol, args.fix_languages)
    # the TM is read from the document's language (a TM of six languages serves a document in any of them);
    # one that holds no variant in it is refused, not matched against sources in another language
    languages = LanguagePair(args.src_lang or document.language, args.tgt_lang)
    with progress_bar("TM index", "TU") as tick:  # read when no fresh index is stored beside the TM
        index = load_or_build(args.tm, languages, tick)
    result = analyze(document, rules, index)
    if args.json:  # written first: nothing is said of a run whose output could not be written
        _write_json(args.json, result.as_json(), [args.document, args.tm])
    print(result.as_table(), file=report_stream(args.json))
    return 0


def _write_json(path: Path, data, inputs) -> None:
    from .outputs import OutputSet, is_stdout

    with OutputSet(Path("."), inputs=inputs) as outputs:
        outputs.write_json(path, data)
    if not is_stdout(path):
        print(f"wrote {path}")
