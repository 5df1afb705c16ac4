"""Executors: results in the items' order whatever finished first; a worker set up once."""

from __future__ import annotations

import os
import time

from align.parallel import process_pool, serial

_prefix = ""


def _start(prefix: str) -> None:
    global _prefix
    _prefix = prefix


def _slow_first(item: int) -> str:
    """Early items take longest, so that later chunks finish first."""
    time.sleep(0.002 * max(0, 20 - item))
    return f"{_prefix}{item}:{os.getpid()}"


def test_a_pool_gives_the_results_in_the_items_order():
    results = list(process_pool(2, chunk=3, window=2)(_slow_first, range(40)))
    assert [r.split(":")[0] for r in results] == [str(i) for i in range(40)]
    assert len({r.split(":")[1] for r in results}) == 2  # both workers did some


def test_the_initializer_runs_in_each_worker():
    results = list(process_pool(2, chunk=2, initializer=_start, initargs=("w",))(_slow_first, range(10)))
    assert all(r.startswith("w") for r in results)


def test_serial_is_a_plain_map_in_this_process():
    assert list(serial(_slow_first, [20, 21])) == [f"20:{os.getpid()}", f"21:{os.getpid()}"]
