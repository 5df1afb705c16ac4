"""``untm align`` given three or more versions: the job is ``versions_job.run_versions``; this says what it did."""

from __future__ import annotations

from .cli_types import EXIT_FAILED_CHECK, warn
from .job import failures
from .memory import Doubt
from .report import run_text
from .versions_job import VersionsJob, run_versions

MOST_VERSIONS = 5  # the six official languages: a source and five translations


def align_versions(args, creation_date: str) -> int:
    from .errors import UntmError

    if len(args.targets) > MOST_VERSIONS:
        raise UntmError(f"{len(args.targets) + 1} versions given: give a source and at most {MOST_VERSIONS} "
                        "translations (the six official languages)")
    job = VersionsJob(
        source=args.source,
        targets=tuple(args.targets),
        out_dir=args.out,
        creation_date=creation_date,
        source_lang=args.src_lang,
        target_langs=_each(args.tgt_lang),
        srx=args.srx,
        symbol=args.symbol,
        source_code=args.src_code,
        target_codes=_each(args.tgt_code),
        glossary=args.glossary,
        fix_languages=args.fix_languages,
        doubt=Doubt(args.min_confidence, args.flag_doubtful),
        pairs=args.pairs,
    )
    result = run_versions(job)
    warn(result.warnings)
    found = []
    for analysis in result.analyses:
        alignment = analysis.alignment
        print(run_text(alignment, job.doubt, analysis.terms, analysis.findings))
        pair = f"{alignment.source.language}-{alignment.target.language}"
        found += [f"{pair}: {line}"
                  for line in failures(alignment, analysis.findings, args.fail_on, args.min_confidence)]
    share = result.complete / result.spans if result.spans else 0.0
    print(f"memory: {result.spans} sentence TUs, {result.complete} with all {len(result.versions.languages)} "
          f"languages ({share:.0%})")
    for path in result.outputs:
        print(f"wrote {path}")
    for line in found:
        print(f"fail: {line}")
    return EXIT_FAILED_CHECK if found else 0


def _each(value: str | None) -> tuple[str | None, ...]:
    """``fr,es`` -> ``("fr", "es")``; nothing given -> ``()`` (each version as its file says)."""
    if value is None:
        return ()
    return tuple(part.strip() or None for part in value.split(","))
