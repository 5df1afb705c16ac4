"""A TMX file's body cut into byte ranges at ``</tu>``, for several processes to parse one file.

A translation memory of millions of TUs is otherwise read by one process,
however many check what it reads; cut into ranges, each process parses its
own.  A range is parsed as a document of its own: the file's root start tag
(with the namespaces it declares) and ``<body>`` on one line, the range's
bytes, then ``</body></tmx>``.

The cut is sound for what TMX files hold: in text, ``<`` is escaped, so the
bytes ``</tu>`` end a TU.  A comment or a CDATA section holding them would
cut a TU in two; that range then fails to parse, and the caller reads the
file again whole (``TmxReader`` without a range), which gives the true error,
or the true reading, either way.  A range holds at most some 2 MB and 50,000
lines (past 65,535 lines of one document, libxml2 only guesses an element's
line).  Not cut (``split`` gives ``None``): a file
in another encoding than UTF-8 (or ASCII), and a file whose DOCTYPE declares
entities a range would not know.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

# about 2,000 TUs of a UN resolution's sentences, a worker's task; and at most about 50,000 lines, where libxml2 knows
# the line of each element (past 65,535 lines of one document it is a guess, as it is for a whole file read at once)
RANGE_BYTES = 2 << 20
RANGE_LINES = 50_000
_HEAD = 1 << 16  # where the root start tag and <body> are looked for
_BLOCK = 1 << 20
_ROOT = re.compile(rb"<tmx\b[^>]*>")
_BODY = re.compile(rb"<body\b[^>]*?(/?)>")
_DECLARED = re.compile(rb"^<\?xml[^>]*encoding\s*=\s*[\"']([A-Za-z0-9._-]+)[\"']")
_TU_END = re.compile(rb"</tu\s*>")


@dataclass(frozen=True)
class ByteRange:
    """``[start, end)`` of a file's bytes, holding whole TUs; ``line`` is the file's line the range starts on."""

    path: str
    start: int
    end: int
    line: int
    head: bytes  # the root start tag and <body>, on one line

    def document(self) -> bytes:
        """The range as a document of its own, its first TU on the head's line."""
        with open(self.path, "rb") as stream:
            stream.seek(self.start)
            return self.head + stream.read(self.end - self.start) + b"</body></tmx>"


def split(path: str | Path, size: int | None = None) -> list[ByteRange] | None:
    """The body of a TMX file in ranges of about ``size`` bytes (``RANGE_BYTES``), each ending after a ``</tu>``;
    ``None`` where the file is not to be cut (see the module's docstring), has no body, or cannot be read."""
    path, size = str(path), size or RANGE_BYTES
    try:
        with open(path, "rb") as stream:
            head = stream.read(_HEAD)
            stream.seek(0, 2)
            length = stream.tell()
            stream.seek(max(0, length - _HEAD))
            tail_at = stream.tell()
            tail = stream.read()
    except OSError:
        return None
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or not _utf8(head):
        return None
    root = _ROOT.search(head)
    if root is None or b"<!ENTITY" in head[:root.start()]:
        return None
    body = _BODY.search(head, root.end())
    end = tail.rfind(b"</body")
    if body is None or body.group(1) or end < 0:
        return None
    start, end = body.end(), tail_at + end
    line_head = b" ".join(root.group().splitlines()) + b"<body>"
    return _cut(path, start, end, size, line_head, 1 + head.count(b"\n", 0, start))


def _utf8(head: bytes) -> bool:
    declared = _DECLARED.match(head.removeprefix(b"\xef\xbb\xbf"))
    return declared is None or declared.group(1).lower() in (b"utf-8", b"utf8", b"us-ascii", b"ascii")


def _cut(path: str, start: int, end: int, size: int, head: bytes, line: int) -> list[ByteRange]:
    """Ranges from ``start`` to ``end``, each cut after the first ``</tu>`` past ``size`` bytes or
    ``RANGE_LINES`` lines; their lines counted in the same pass over the file."""
    ranges: list[ByteRange] = []
    with open(path, "rb") as stream:
        stream.seek(start)
        position, first, first_line = start, start, line
        while position < end:
            block = stream.read(min(_BLOCK, end - position))
            if not block:
                break
            offset = 0  # what of the block is counted already
            while True:
                at = first + size - position  # where the range is long enough, in the block
                many = _newline(block, offset, RANGE_LINES - (line - first_line))
                if many is not None:
                    at = min(at, many)
                found = _TU_END.search(block, max(offset, at)) if at < len(block) else None
                if found is None:
                    break  # the </tu> is in a later block: read on
                line += block.count(b"\n", offset, found.end())
                offset = found.end()
                ranges.append(ByteRange(path, first, position + offset, first_line, head))
                first, first_line = position + offset, line
            line += block.count(b"\n", offset)
            position += len(block)
    if first < end:
        ranges.append(ByteRange(path, first, end, first_line, head))
    return ranges


def _newline(block: bytes, offset: int, count: int) -> int | None:
    """Where the ``count``-th line break from ``offset`` stands in ``block`` (``offset`` for none left); ``None``
    where the block has fewer."""
    if count <= 0:
        return offset
    if block.count(b"\n", offset) < count:
        return None
    at = offset - 1
    for _ in range(count):
        at = block.index(b"\n", at + 1)
    return at
