"""Progress on a terminal: a bar (tqdm) while a long command runs, nothing when its output is not read live.

A command that may run for more than a second (``untm batch``, ``tm index``,
``tm merge``, ``tm stats``, ``tm analyze``, ``terms`` over a TMX) shows how
far it has got on standard error, when standard error is a terminal; in a
pipeline or a log file it writes nothing (``untm batch`` keeps its own
plain log lines there).  The bar counts what is read -- documents, or TUs
-- with no total where the work streams and none is known beforehand.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager


def on_terminal() -> bool:
    stream = sys.stderr
    return hasattr(stream, "isatty") and stream.isatty()


@contextmanager
def progress_bar(what: str, unit: str, total: int | None = None) -> Iterator[Callable[[int], object]]:
    """A callable to give the number of ``unit`` done since the last call: a tqdm bar's ``update`` on a
    terminal, else a function that does nothing."""
    if not on_terminal():
        yield _nothing
        return
    from tqdm import tqdm  # imported only when a bar is shown

    with tqdm(total=total, desc=what, unit=f" {unit}", unit_scale=True, leave=False, mininterval=0.25,
              file=sys.stderr, dynamic_ncols=True) as bar:
        yield bar.update


def _nothing(_: int = 1) -> None:
    return None
