"""The ``untm`` command line: builds a job, runs it, maps errors to exit codes."""

from __future__ import annotations

import argparse
import os
import re
import sys
from datetime import datetime, timezone
from pathlib import Path

# Only what builds the parser is imported here: each command imports what it runs when it runs, so that
# --version and --help cost a bare interpreter's start and little more (bench/bench_startup.py).
from . import __version__
from .cli_batch import add_command as add_batch_command
from .cli_qa import add_command as add_qa_command
from .cli_terms import add_command as add_terms_command
from .cli_tm import add_commands as add_tm_commands
from .cli_types import EXIT_FAILED_CHECK, FailOn, examples, probability, warn
from .errors import USER_ERRORS, UntmError
from .memory import MIN_CONFIDENCE

EXIT_BAD_INPUT = 2
EXIT_INTERNAL = 70  # EX_SOFTWARE


def tmx_date(value: str | None, epoch: str | None) -> str:
    """``--date`` (2002-12-20, 2002-12-20T10:00:00Z, 20021220T100000Z), else SOURCE_DATE_EPOCH, else now."""
    if value:
        try:
            if re.fullmatch(r"\d{8}T\d{6}Z", value):  # TMX's own form: a real moment all the same
                return datetime.strptime(value, "%Y%m%dT%H%M%SZ").strftime("%Y%m%dT%H%M%SZ")
            moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            raise UntmError(f"--date {value!r} is not a date; write it as 2002-12-20 or 2002-12-20T10:00:00Z") from None
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=timezone.utc)
    elif epoch:
        try:
            moment = datetime.fromtimestamp(int(epoch), timezone.utc)
        except ValueError:
            raise UntmError(f"SOURCE_DATE_EPOCH={epoch!r} is not a number of seconds; unset it or correct it") from None
    else:
        moment = datetime.now(timezone.utc)
    return moment.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="untm", description="Align UN documents and build translation memories.",
                                     **examples("untm align A_RES_57_263.fr.txt A_RES_57_263.en.txt --out out",
                                                "untm qa A_RES_79_1.en.xml A_RES_79_1.fr.pdf --severity error",
                                                "untm completion bash > /etc/bash_completion.d/untm"))
    parser.add_argument("--version", action="version", version=f"untm {__version__}")
    parser.add_argument("-q", "--quiet", action="store_true", help="say nothing on standard output but what was "
                        "asked for (-o -) and why a run failed")
    parser.add_argument("-v", "--verbose", action="store_true", help="say more: a traceback with an internal error")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    align = commands.add_parser(
        "align",
        help="align two or more language versions of a document and write TMX",
        description="Align two language versions by paragraph number, then sentence by sentence; write a "
        "sentence TMX, a paragraph TMX, the alignment and the QA findings as JSON, the terms report (with a "
        "glossary) and an HTML review page. Given three to six versions, each is aligned with the first, and "
        "one TMX holds every language (with --pairs, each pair's TMX too).",
        **examples("untm align A_RES_57_263.fr.txt A_RES_57_263.en.txt --out out",
                   "untm align A_RES_79_236-2424614E.xml A_RES_79_236-2424614F.xml --glossary terms.csv",
                   "untm align - A_RES_57_263.en.txt --src-lang fr < A_RES_57_263.fr.txt",
                   "untm align A.fr.pdf A.en.docx --fail-on unpaired,qa-error --min-confidence 0.7",
                   "untm align A_RES_79_236-2424614E.xml A_RES_79_236-2424614{A,C,F,R,S}.xml --pairs"),
    )
    align.add_argument("source", type=Path, help="source-language version: text, Akoma Ntoso XML, PDF or Word (A_RES_57_263.fr.txt, A_RES_79_236-2424614F.xml)")
    align.add_argument("targets", type=Path, nargs="+", metavar="target",
                       help="target-language version, in any of those forms; up to five, each in another language")
    align.add_argument("--out", type=Path, default=Path("out"), metavar="DIR", help="output directory (default: out)")
    align.add_argument("--srx", metavar="FILE", type=Path, help="SRX 2.0 segmentation rules (default: untm's rules for UN texts)")
    align.add_argument("--src-lang", metavar="LANG", help="source language when neither the document nor its file name says (ar, en, es, fr, ru, zh)")
    align.add_argument("--tgt-lang", metavar="LANG", help="target language when the file name does not say "
                       "(for several versions, one each, comma-separated: fr,es)")
    align.add_argument("--symbol", metavar="SYMBOL", help="document symbol when the text does not give it, e.g. A/RES/57/263")
    align.add_argument("--date", metavar="DATE", help="TMX creation date (default: SOURCE_DATE_EPOCH, else now)")
    align.add_argument("--src-code", metavar="CODE", help="language code written in the TMX for the source (default: the language, e.g. fr; or fr-FR)")
    align.add_argument("--tgt-code", metavar="CODE", help="language code written in the TMX for the target (e.g. "
                       "en-GB; for several versions, one each, comma-separated)")
    align.add_argument("--pairs", action="store_true", help="with three or more versions, write each pair's TMX "
                       "files too, for CAT tools that want bilingual memories")
    align.add_argument("--glossary", metavar="FILE", type=Path,
                       help="glossary (TBX, CSV/TSV) for DIR/<stem>.terms.json (default: glossary.tbx beside the source text, if any)")
    align.add_argument("--fail-on", type=_fail_on, default=frozenset(), metavar="WHAT",
                       help="exit 1 when the run finds any of these, comma-separated: unpaired (a unit on one side "
                            "only), low-confidence (a link under --min-confidence), qa-error; the files are written "
                            "all the same")
    align.add_argument("--min-confidence", type=probability, default=MIN_CONFIDENCE, metavar="P",
                       help="the probability of being right under which a link is doubtful: it is written to "
                            f"<stem>.review.tmx, not the TM, and fails --fail-on low-confidence (default {MIN_CONFIDENCE})")
    align.add_argument("--flag-doubtful", action="store_true",
                       help="keep the doubtful links in the TM, flagged with the property x-review, instead of "
                            "setting them apart in <stem>.review.tmx")
    align.add_argument("--fix-languages", action="store_true", help="read a version whose text is not in the language it is declared in (two names swapped) in the language its text is in, with a warning; without it such a version is refused")
    align.set_defaults(func=_align)
    add_tm_commands(commands, _date)
    add_terms_command(commands)
    add_qa_command(commands)
    add_batch_command(commands, _date)
    completion = commands.add_parser("completion", help="print a shell completion script (bash, zsh, tcsh)",
                                     **examples("untm completion bash > ~/.local/share/bash-completion/completions/untm",
                                                "untm completion zsh > ~/.zfunc/_untm"))
    completion.add_argument("shell", choices=("bash", "zsh", "tcsh"))
    completion.set_defaults(func=lambda args: _completion(parser, args.shell))
    _everywhere(commands)
    return parser


def _everywhere(commands) -> None:
    """-q and -v after the command too ("untm align a b -v"), in every command and sub-command; absent there,
    they leave what was said before the command as it is."""
    for name, command in commands.choices.items():
        if name == "completion":  # its script is all it says: -q would make it say nothing
            continue
        command.add_argument("-q", "--quiet", action="store_true", default=argparse.SUPPRESS,
                             help="say nothing on standard output but what was asked for and why a run failed")
        command.add_argument("-v", "--verbose", action="store_true", default=argparse.SUPPRESS,
                             help="say more: a traceback with an internal error")
        for action in command._actions:  # argparse keeps sub-commands as an action; it offers no other way in
            if isinstance(action, argparse._SubParsersAction):
                _everywhere(action)


def _completion(parser: argparse.ArgumentParser, shell: str) -> int:
    import shtab  # only asked for once, when completion is installed

    print(shtab.complete(parser, shell))
    return 0


def _date(value: str | None) -> str:
    return tmx_date(value, os.environ.get("SOURCE_DATE_EPOCH"))


def _align(args) -> int:
    if len(args.targets) > 1:
        from .cli_versions import align_versions

        return align_versions(args, _date(args.date))
    if args.pairs:
        warn(("--pairs is for three or more versions: two give one pair's files anyway",))
    args.target = args.targets[0]
    from .job import AlignJob, failures, run_align
    from .memory import Doubt
    from .report import run_text

    job = AlignJob(
        source=args.source,
        target=args.target,
        out_dir=args.out,
        creation_date=_date(args.date),
        source_lang=args.src_lang,
        target_lang=args.tgt_lang,
        srx=args.srx,
        symbol=args.symbol,
        source_code=args.src_code,
        target_code=args.tgt_code,
        glossary=args.glossary,
        fix_languages=args.fix_languages,
        doubt=Doubt(args.min_confidence, args.flag_doubtful),
    )
    result = run_align(job)
    warn(result.warnings)
    print(run_text(result.alignment, job.doubt, result.terms, result.findings))
    for path in result.outputs:
        print(f"wrote {path}")
    found = failures(result.alignment, result.findings, args.fail_on, args.min_confidence)
    for line in found:
        print(f"fail: {line}")
    return EXIT_FAILED_CHECK if found else 0


def _fail_on(value: str) -> frozenset[FailOn]:
    """``unpaired,qa-error`` -> the checks; an unknown one is a usage error (exit 2)."""
    known = {item.value: item for item in FailOn}
    chosen = [part.strip() for part in value.split(",") if part.strip()]
    unknown = [part for part in chosen if part not in known]
    if unknown:
        raise argparse.ArgumentTypeError(f"{', '.join(unknown)}: give one or more of {', '.join(known)}")
    return frozenset(known[part] for part in chosen)


class _PipeSafe:
    """Standard output that, once its reader has gone (``| head``), drops what is printed after, so the
    command runs to its end and its exit status (1 for a failed check) still reaches ``set -o pipefail``."""

    def __init__(self, stream, keep: tuple[str, ...] | None = None):
        # with ``keep`` (--quiet), only the lines that start with one of its prefixes are written
        self._stream, self._gone, self._keep, self._kept = stream, False, keep, False

    def write(self, text: str) -> int:
        if self._keep is not None:
            self._kept = self._kept or text.startswith(self._keep)
            if not self._kept:
                return len(text)
            self._kept = not text.endswith("\n")  # the line goes on until its end
        if not self._gone:
            try:
                self._stream.write(text)
            except BrokenPipeError:
                self._gone_now()
        return len(text)

    def flush(self) -> None:
        if not self._gone:
            try:
                self._stream.flush()
            except BrokenPipeError:
                self._gone_now()

    def _gone_now(self) -> None:
        self._gone = True
        # what Python still holds for the closed pipe would fail again at exit: point it at nothing
        os.dup2(os.open(os.devnull, os.O_WRONLY), self._stream.fileno())

    @property
    def buffer(self) -> _PipeSafeBytes:
        """The binary side (``-o -`` copies a file's bytes there), as safe as the text side."""
        return _PipeSafeBytes(self)

    def __getattr__(self, name):
        return getattr(self._stream, name)


class _PipeSafeBytes:
    """The binary stream under a ``_PipeSafe``: bytes written after the reader has gone are dropped too."""

    def __init__(self, text: _PipeSafe):
        self._text = text

    def write(self, data: bytes) -> int:
        if not self._text._gone:
            try:
                self._text._stream.flush()  # what was printed before comes first
                self._text._stream.buffer.write(data)
            except BrokenPipeError:
                self._text._gone_now()
        return len(data)

    def flush(self) -> None:
        if not self._text._gone:
            try:
                self._text._stream.buffer.flush()
            except BrokenPipeError:
                self._text._gone_now()


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    stdout, sys.stdout = sys.stdout, _PipeSafe(sys.stdout, ("fail: ",) if args.quiet else None)
    stderr = sys.stderr
    if args.quiet:  # what went wrong still says so; what a run says of itself does not
        sys.stderr = _PipeSafe(sys.stderr, ("untm: ",))
    try:
        return args.func(args)
    except USER_ERRORS as exc:
        print(f"untm: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("untm: interrupted; no output was left half-written", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug, not the user's doing: one line, and the way to see more
        if os.environ.get("UNTM_DEBUG") or args.verbose:
            raise
        print(f"untm: internal error ({type(exc).__name__}: {exc}); please report it with the input "
              "that caused it (UNTM_DEBUG=1 shows the traceback)", file=sys.stderr)
        return EXIT_INTERNAL
    finally:
        sys.stdout.flush()  # now, while a closed pipe is still caught
        sys.stdout, sys.stderr = stdout, stderr
