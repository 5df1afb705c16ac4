"""``untm batch``: a whole folder of documents into one TMX."""

from __future__ import annotations

from pathlib import Path

from .cli_types import examples, probability
from .memory import MIN_CONFIDENCE

EXIT_SOME_FAILED = 1


def add_command(commands, date_from) -> None:
    batch = commands.add_parser(
        "batch", help="align every document of a folder into one TMX, of two languages or more",
        description="INPUT_DIR holds the versions of each document in any form (text, Akoma Ntoso XML, PDF, Word) named <stem>.<lang>.<ext> or as the UN names them (A_RES_79_236-2424614F.xml), side by side or in the UNxml layout (English/, French/...); every pair is aligned; one combined sentence TMX, one "
                    "paragraph TMX and a summary are written; with three languages or more (--langs, or --src-lang alone "
                    "on a folder of more), one TMX holds them all. Exit 0: all done; 1: some documents failed or lack a version.",
        **examples("untm batch 79session --src-lang en --tgt-lang fr --out out",
                   "untm batch 79session --src-lang en --out six   # one TMX of the six languages",
                   "untm batch 79session --langs en,fr,es --workers 2",
                   "untm batch folder/ --tgt-lang en --glossary terms.tbx --resume",
                   "untm batch 79session --src-lang en --tgt-lang es --executor dask --scheduler tcp://host:8786"),
    )
    batch.add_argument("input_dir", type=Path)
    batch.add_argument("--src-lang", metavar="LANG", help="source language (the .fr in <stem>.fr.txt, the F in A_RES_79_236-2424614F.xml, "
                       "the French/ folder); default: of a folder in two languages, the one --tgt-lang is not")
    batch.add_argument("--tgt-lang", metavar="LANG", help="target language; default: of a folder in two languages, the one --src-lang "
                       "is not")
    batch.add_argument("--langs", metavar="LANGS", help="the languages of one multilingual TMX, comma-separated, the "
                       "source first: en,fr,es (default: of a folder in three languages or more, given --src-lang "
                       "alone, all of them)")
    batch.add_argument("--out", metavar="DIR", type=Path, default=Path("out"), help="output directory (default: out)")
    batch.add_argument("--workers", metavar="N", type=int, default=0, help="processes (default: all cores)")
    batch.add_argument("--resume", action="store_true", help="reuse the results of documents already done and unchanged")
    batch.add_argument("--executor", choices=["local", "dask"], default="local", help="where documents are processed")
    batch.add_argument("--scheduler", metavar="ADDRESS", help="Dask scheduler address for --executor dask (tcp://host:8786)")
    batch.add_argument("--srx", metavar="FILE", type=Path, help="SRX 2.0 segmentation rules")
    batch.add_argument("--glossary", metavar="FILE", type=Path, help="glossary (TBX, CSV or TSV) for QA's terminology check, as in "
                       "untm align (default: glossary.tbx in INPUT_DIR, if there)")
    batch.add_argument("--src-code", metavar="CODE", help="language code written in the TMX for the source (default: the language; e.g. fr-FR)")
    batch.add_argument("--tgt-code", metavar="CODE", help="language code written in the TMX for the target (e.g. en-GB)")
    batch.add_argument("--date", metavar="DATE", help="TMX creation date (default: SOURCE_DATE_EPOCH, else now)")
    batch.add_argument("--min-confidence", type=probability, default=MIN_CONFIDENCE, metavar="P",
                       help="the probability of being right under which a link is doubtful: it is written to "
                            f"corpus.<src>-<tgt>.review.tmx, not the TM (default {MIN_CONFIDENCE})")
    batch.add_argument("--flag-doubtful", action="store_true",
                       help="keep the doubtful links in the TM, flagged with the property x-review")
    batch.set_defaults(func=lambda args: run(args, date_from))


_NAMED = 50  # failed or incomplete documents named on stdout; all are in corpus.summary.json


def run(args, date_from) -> int:
    from .model import counted
    from .batch_run import BatchJob, Progress, languages_of, run_batch
    from .memory import Doubt

    if args.langs:
        source, targets = _chosen(args.langs, args.src_lang, args.tgt_lang)
    elif args.src_lang and args.tgt_lang:
        source, targets = args.src_lang, (args.tgt_lang,)
    else:
        source, targets = languages_of(args.input_dir, args.src_lang, args.tgt_lang)

    job = BatchJob(
        input_dir=args.input_dir, out_dir=args.out, source_lang=source, target_lang=targets[0],
        more_langs=targets[1:],
        creation_date=date_from(args.date), workers=args.workers, srx=args.srx,
        source_code=args.src_code, target_code=args.tgt_code, resume=args.resume,
        executor=args.executor, scheduler=args.scheduler, doubt=Doubt(args.min_confidence, args.flag_doubtful), glossary=args.glossary,
    )
    result = run_batch(job, Progress)
    incomplete = f", {len(result.incomplete)} without some of the languages" if job.more_langs else ""
    print(f"{counted(result.documents, 'document')} ({result.reused} reused), {result.failed} failed, {result.missing} without "
          f"a version{incomplete}; {result.sentence_tus} sentence TUs, {result.paragraph_tus} paragraph TUs")
    if result.review_tus or result.review_paragraph_tus:
        sentences, paragraphs = result.review_tus, result.review_paragraph_tus
        print(f"under confidence {job.doubt.min_confidence:g}, kept out of the TM for review: "
              f"{counted(sentences, 'sentence TU')}, {counted(paragraphs, 'paragraph TU')} (the .review.tmx files)")
    for path in result.outputs:
        print(f"wrote {path}")
    problems = [("failed", stem, why) for stem, why in result.failures] + \
        [("no version", stem, why) for stem, why in result.missing_versions] + \
        [("incomplete", stem, why) for stem, why in result.incomplete]
    for what, stem, why in problems[:_NAMED]:
        print(f"{what}: {stem}: {why}")
    if len(problems) > _NAMED:
        print(f"... and {len(problems) - _NAMED} more: see corpus.summary.json")
    return EXIT_SOME_FAILED if result.failed or result.missing or result.incomplete else 0


def _chosen(langs: str, source: str | None, target: str | None) -> tuple[str, tuple[str, ...]]:
    """``--langs en,fr,es``: the source first (or the one --src-lang names), the others the targets."""
    from .errors import UntmError

    chosen = [part.strip().lower() for part in langs.split(",") if part.strip()]
    source = (source or chosen[0]).lower() if chosen else source
    if target or len(chosen) < 2 or source not in chosen:
        raise UntmError(f"--langs {langs}: give two languages or more, the source first (or named by --src-lang), "
                        "and no --tgt-lang")
    return source, tuple(language for language in chosen if language != source)
