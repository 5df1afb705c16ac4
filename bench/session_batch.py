"""untm batch over a whole session of the UN's Akoma Ntoso files: documents a second and peak memory.

    python bench/session_batch.py ../shared/corpus/unxml/79session [--workers 2] [--part 80]

Runs ``untm batch --src-lang en`` over the folder (every resolution, six
languages, one multilingual TMX), then over its first ``--part`` resolutions
(a folder of links), each as its own process: the peak resident set of the
largest process of each run shows whether memory stays flat as the session
grows (``ru_maxrss``, read as KiB: Linux).  Exit 1 of ``untm batch`` (some
documents lack a version, as 20 of the 79th session do) is a run; any other
stops the bench.  The documents are the UN's (source: United Nations).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def run(folder: Path, out: Path, workers: int) -> dict:
    """One ``untm batch`` in a child that reports its own peak (and its workers')."""
    code = ("import resource, subprocess, sys, time; started = time.perf_counter(); "
            "done = subprocess.run(sys.argv[1:], capture_output=True, text=True); "
            "done.returncode in (0, 1) or sys.exit(done.stderr); "
            "own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss; "
            "children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss; "
            "print(time.perf_counter() - started, max(own, children), done.stdout.splitlines()[0])")
    command = [sys.executable, "-m", "align", "batch", str(folder), "--src-lang", "en", "--out", str(out),
               "--workers", str(workers)]
    line = subprocess.run([sys.executable, "-c", code, *command], capture_output=True, text=True, check=True).stdout
    if not line.strip() or line.split(" ", 2)[2].split()[0] == "0":
        raise SystemExit(f"untm batch read nothing in {folder}: {line.strip() or 'no output'}")
    seconds, peak, summary = line.split(" ", 2)
    documents = int(summary.split()[0])
    return {"documents": documents, "seconds": float(seconds), "peak_mib": int(peak) / 1024, "summary": summary.strip()}


def first(folder: Path, count: int, into: Path) -> Path:
    """A folder of links to the first ``count`` resolutions of the English, and their versions."""
    english = sorted((folder / "English").iterdir())[:count]
    stems = {path.name.split("-")[0] for path in english}
    for language in folder.iterdir():
        if language.is_dir():
            (into / language.name).mkdir(parents=True)
            for path in language.iterdir():
                if path.name.split("-")[0] in stems:
                    (into / language.name / path.name).symlink_to(path.resolve())
    return into


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--part", type=int, default=80)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="untm-session-") as work:
        whole = run(args.folder, Path(work) / "whole", args.workers)
        part = run(first(args.folder, args.part, Path(work) / "part"), Path(work) / "out", args.workers)
    print(f"{time.strftime('%Y-%m-%d')}, {platform.machine()}, {os.cpu_count()} cores, Python "
          f"{platform.python_version()}, {args.workers} workers")
    print("| run | documents | seconds | documents/s | peak RSS |")
    print("|---|---|---|---|---|")
    for name, result in (("whole session", whole), (f"first {args.part}", part)):
        print(f"| {name} | {result['documents']} | {result['seconds']:.0f} | "
              f"{result['documents'] / result['seconds']:.1f} | {result['peak_mib']:.0f} MiB |")
    if args.json:
        args.json.write_text(json.dumps({"whole": whole, "part": part}, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
