"""Types of command-line values that several commands take."""

from __future__ import annotations

import argparse
import enum
import sys
from pathlib import Path


def probability(value: str) -> float:
    """A number from 0 to 1 (``--min-confidence``); anything else is a usage error (exit 2)."""
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not 0.0 <= number <= 1.0:
        raise argparse.ArgumentTypeError(f"{value!r}: give a probability from 0 to 1, e.g. 0.5")
    return number


EXIT_FAILED_CHECK = 1  # --fail-on found what it was asked to fail on


class FailOn(enum.Enum):
    """What makes ``untm align --fail-on`` exit 1, for pipelines (the outputs are written all the same)."""

    UNPAIRED = "unpaired"  # a unit on one side only
    LOW_CONFIDENCE = "low-confidence"  # a sentence link under the confidence asked for
    QA_ERROR = "qa-error"  # a QA finding of severity error


class HelpFormatter(argparse.HelpFormatter):
    """argparse's, but an epilog of examples keeps its lines (the description is reflowed as usual)."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        if text.startswith("examples:"):
            return "".join(indent + line for line in text.splitlines(keepends=True))
        return super()._fill_text(text, width, indent)


def examples(*lines: str) -> dict:
    """What a subparser takes to end its --help with examples: ``add_parser(..., **examples("untm ..."))``."""
    return {"epilog": "examples:\n" + "\n".join(f"  {line}" for line in lines), "formatter_class": HelpFormatter}


def warn(messages) -> None:
    """Each warning of a run on standard error, as ``untm: warning: ...`` (kept under --quiet)."""
    for message in messages:
        print(f"untm: warning: {message}", file=sys.stderr)


def require_file(path) -> None:
    """A file the command will read exists (``-``, standard input, always does); else bad input, worded as every
    unreadable file is."""
    from tmx.errors import unreadable

    if str(path) != "-" and not Path(path).is_file():
        from .errors import UntmError

        problem, fix = unreadable(IsADirectoryError() if Path(path).is_dir() else FileNotFoundError())
        raise UntmError(f"{path}: {problem}; {fix}")
