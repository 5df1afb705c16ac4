"""Running one function over many items on several processes, results in the items' order.

An executor is ``run(function, items) -> iterator of results``, results in
the order of the items whatever finished first: ``serial`` in this process,
``process_pool`` on this machine's cores, ``dask_cluster`` on a Dask
cluster.  Items are pulled as they are needed and only a bounded window is
in flight, so that memory stays flat over any number of items.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import islice
from typing import Any

from .errors import UntmError

Executor = Callable[[Callable[[Any], Any], Iterable[Any]], Iterator[Any]]


def serial(function, items):
    return map(function, items)


def _each(function, chunk):
    return [function(item) for item in chunk]


def process_pool(workers: int, chunk: int = 8, window: int = 8,
                 initializer: Callable[..., None] | None = None, initargs: tuple = ()) -> Executor:
    """A pool of processes; items go in chunks (less traffic between processes), at most
    ``window`` chunks per worker in flight.  ``initializer(*initargs)`` runs once in each
    worker: to build there what every item needs (a glossary's automata) instead of
    sending it with each chunk."""
    def run(function, items):
        items = iter(items)
        with ProcessPoolExecutor(max_workers=workers, initializer=initializer, initargs=initargs) as pool:
            pending: deque = deque()
            while True:
                batch = list(islice(items, chunk))
                if batch:
                    pending.append(pool.submit(_each, function, batch))
                if pending and (not batch or len(pending) >= window * workers):
                    yield from pending.popleft().result()
                if not batch and not pending:
                    return
    return run


CONNECT_TIMEOUT = "10s"  # how long a Dask scheduler is waited for before the batch is refused


def dask_cluster(scheduler: str, window: int = 512) -> Executor:
    """Runs on a Dask cluster (``untm[dask]``); results are taken in submission order."""
    def run(function, items):
        try:
            from dask.distributed import Client
        except ImportError:
            raise UntmError("--executor dask needs Dask: pip install 'untm[dask]'") from None
        try:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError, ValueError) as exc:  # refused, unreachable, or not an address
            raise UntmError(f"--scheduler {scheduler}: cannot reach the Dask scheduler ({exc}); start one "
                            "(dask scheduler) or give its address, e.g. tcp://127.0.0.1:8786") from None
        with client:
            pending = []
            for item in items:
                pending.append(client.submit(function, item, pure=False))
                if len(pending) >= window:
                    yield pending.pop(0).result()
            for future in pending:
                yield future.result()
    return run
