"""Writing a set of output files all or nothing.

Each file is written to a temporary file beside its destination; only when
every one is complete are they renamed into place.  On any error the
temporary files are removed, so a failed run leaves no partial output.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

from .errors import OutputError


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


class OutputSet:
    def __init__(self, directory: Path, inputs: Iterable[Path] = ()):
        self.directory = directory
        self._inputs = {Path(p).resolve() for p in inputs}
        self._pending: list[tuple[Path, Path]] = []

    def __enter__(self) -> OutputSet:
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(f"{self.directory}: cannot create the output directory ({exc.strerror})") from None
        return self

    def open(self, name: str) -> BinaryIO:
        """A binary stream that becomes ``directory/name`` when the set is committed."""
        final = self.directory / name
        if final.resolve() in self._inputs:
            raise OutputError(f"{final}: this output would overwrite an input file; choose another --out directory")
        handle, temp = tempfile.mkstemp(prefix=f".{name}.", suffix=".part", dir=self.directory)
        self._pending.append((Path(temp), final))
        return os.fdopen(handle, "wb")

    def write(self, name: str, data: bytes) -> None:
        with self.open(name) as stream:
            stream.write(data)

    def write_json(self, name: str, data) -> None:
        """UTF-8 JSON, indented, one value per line: diffable."""
        self.write(name, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8") + b"\n")

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            mode = 0o666 & ~_umask()
            for temp, final in self._pending:
                os.chmod(temp, mode)  # mkstemp makes 0600; give the usual permissions
                os.replace(temp, final)
        else:
            for temp, _ in self._pending:
                temp.unlink(missing_ok=True)

    @property
    def paths(self) -> tuple[Path, ...]:
        return tuple(final for _, final in self._pending)
