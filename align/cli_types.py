"""Types of command-line values that several commands take."""

from __future__ import annotations

import argparse


def probability(value: str) -> float:
    """A number from 0 to 1 (``--min-confidence``); anything else is a usage error (exit 2)."""
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not 0.0 <= number <= 1.0:
        raise argparse.ArgumentTypeError(f"{value!r}: give a probability from 0 to 1, e.g. 0.5")
    return number
