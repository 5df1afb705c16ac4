"""Writing a set of output files all or nothing.

Each file is written to a temporary file beside its destination; only when
every one is complete are they renamed into place.  On any error the
temporary files are removed, so a failed run leaves no partial output.
An output named ``-`` is standard output: held in a temporary file like
the others and written out when the set is committed.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

from .errors import OutputError


STDOUT = Path("-")  # the output name that means standard output, as Unix tools have it


def is_stdout(name: str | Path | None) -> bool:
    return name is not None and str(name) == "-"


def report_stream(*outputs):
    """Where what a command says of its run goes: standard output, unless one of its outputs is written there."""
    return sys.stderr if any(is_stdout(o) for o in outputs) else sys.stdout


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def output_directory(directory: Path) -> Path:
    """The folder outputs go into, made where it is missing; a file there, or a folder that cannot be made, is
    the user's to mend."""
    if directory.exists() and not directory.is_dir():
        raise OutputError(f"{directory}: cannot create the output directory (a file stands there); give a folder")
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{directory}: cannot create the output directory ({exc.strerror})") from None
    return directory


class OutputSet:
    def __init__(self, directory: Path, inputs: Iterable[Path] = ()):
        self.directory = directory
        self._inputs = {Path(p).resolve() for p in inputs}
        self._pending: list[tuple[Path, Path]] = []

    def __enter__(self) -> OutputSet:
        output_directory(self.directory)
        return self

    def open(self, name: str | Path) -> BinaryIO:
        """A binary stream that becomes ``directory/name`` when the set is committed (a ``name`` with a folder
        of its own stands where it says; ``-`` is standard output, written when the set is committed, after
        every file is complete)."""
        if is_stdout(name):
            handle, temp = tempfile.mkstemp(prefix=".untm-stdout.", suffix=".part")
            self._pending.append((Path(temp), STDOUT))
            return os.fdopen(handle, "wb")
        final = self.directory / name
        if final.resolve() in self._inputs:
            raise OutputError(f"{final}: this output would overwrite an input file; choose another --out directory")
        if final.is_dir():
            raise OutputError(f"{final}: a folder stands where this output goes; give a file name, or move the folder")
        try:
            final.parent.mkdir(parents=True, exist_ok=True)
            handle, temp = tempfile.mkstemp(prefix=f".{final.name}.", suffix=".part", dir=final.parent)
        except OSError as exc:
            raise OutputError(f"{final}: cannot be written ({exc.strerror}); check the folder") from None
        self._pending.append((Path(temp), final))
        return os.fdopen(handle, "wb")

    def write(self, name: str, data: bytes) -> None:
        with self.open(name) as stream:
            stream.write(data)

    def write_json(self, name: str, data) -> None:
        """UTF-8 JSON, indented, one value per line: diffable.  A ``SpooledArray``
        anywhere in ``data`` is streamed from its spool, never held in memory."""
        with self.open(name) as stream:
            _dump(stream, data, 0)
            stream.write(b"\n")

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            mode = 0o666 & ~_umask()
            for done, (temp, final) in enumerate(self._pending):
                if final is STDOUT:
                    with open(temp, "rb") as written:
                        shutil.copyfileobj(written, sys.stdout.buffer)
                    sys.stdout.buffer.flush()
                    temp.unlink()
                    continue
                try:
                    os.chmod(temp, mode)  # mkstemp makes 0600; give the usual permissions
                    os.replace(temp, final)
                except OSError as error:
                    for left, _ in self._pending[done:]:
                        left.unlink(missing_ok=True)
                    raise OutputError(f"{final}: cannot be written ({error.strerror}); the files before it are "
                                      "in place, the others are not: check the folder and run again") from None
        else:
            for temp, _ in self._pending:
                temp.unlink(missing_ok=True)

    @property
    def paths(self) -> tuple[Path, ...]:
        """The files written (standard output is not one)."""
        return tuple(final for _, final in self._pending if final is not STDOUT)


class SpooledArray:
    """A JSON array too long to hold: its items wait in a temporary file until written.

    ``OutputSet.write_json`` writes it where it stands, as ``json.dumps``
    would write a list, so that a summary of a hundred thousand documents
    costs no memory.
    """

    def __init__(self):
        self._spool = tempfile.TemporaryFile()
        self.count = 0

    def append(self, item) -> None:
        self._spool.write(json.dumps(item, ensure_ascii=False).encode("utf-8") + b"\n")
        self.count += 1

    def __iter__(self):
        self._spool.seek(0)
        for line in self._spool:
            yield json.loads(line)

    def close(self) -> None:
        self._spool.close()


def _dump(stream: BinaryIO, value, level: int) -> None:
    """``json.dumps(value, ensure_ascii=False, indent=1)`` at nesting ``level``, streaming spooled arrays."""
    margin = "\n" + " " * level
    if isinstance(value, dict) and _holds_spool(value):
        stream.write(b"{")
        for number, (key, item) in enumerate(value.items()):
            stream.write(f"{',' if number else ''}{margin} {json.dumps(key, ensure_ascii=False)}: ".encode("utf-8"))
            _dump(stream, item, level + 1)
        stream.write((margin + "}").encode("utf-8"))  # a dict holding a spool is never empty
    elif isinstance(value, SpooledArray):
        if not value.count:
            stream.write(b"[]")
            return
        stream.write(b"[")
        for number, item in enumerate(value):
            stream.write(f"{',' if number else ''}{margin} ".encode("utf-8"))
            _dump(stream, item, level + 1)
        stream.write((margin + "]").encode("utf-8"))
    else:
        stream.write(json.dumps(value, ensure_ascii=False, indent=1).replace("\n", margin).encode("utf-8"))


def _holds_spool(value) -> bool:
    return isinstance(value, dict) and any(isinstance(v, SpooledArray) or _holds_spool(v) for v in value.values())
