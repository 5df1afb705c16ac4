"""Reading a UN resolution, as extracted from its PDF, into a ``Document``.

Unit ids come from the document's own numbering and are the same in every
language: ``title``, ``intro``, ``PP1``... (preambular paragraphs, counted),
``OP1``... (operative paragraphs, as numbered), ``OP2(a)``, ``OP2(a)(ii)``,
``meeting``, ``date``, ``FN1``...
"""

from __future__ import annotations

import re
from pathlib import Path

from . import calls
from .articles import RawUnit, article_units, has_articles
from .errors import InputError
from .languages import LanguageProfile, language_from_path, profile
from .layout import Block, Line, join_lines, read_layout
from .model import Document, Unit, UnitKind
from .textfile import decode, read_bytes

_TITLE = re.compile(r"^\s*(\d{1,3}/\d{1,4}(?:\s*[A-Z])?)\s*\.\s+(.*)$", re.S)
_OPERATIVE = re.compile(r"^\s*(\d{1,4})\.\s+(.*)$", re.S)
_ITEM = re.compile(r"^\s*\(([a-z]{1,5})\)\s+(.*)$", re.S)
_ROMAN = frozenset("i ii iii iv v vi vii viii ix x xi xii xiii xiv xv".split())
_INTRO_WORDS = 8
# Ordinary white space only: no-break spaces (U+00A0, U+202F) are typography and stay.
_SPACES = re.compile(r"[ \t\n\r\f\v]+")
_ODD_SPACE = re.compile(r"[\t\n\r\f\v]|  ")


def read_document(path: str | Path, language: str | None = None, symbol: str | None = None) -> Document:
    """Read a file; the language comes from ``language`` or the name (``.fr.txt``)."""
    return parse_bytes(read_bytes(path), str(path), language, symbol)


def parse_bytes(data: bytes, path: str, language: str | None = None, symbol: str | None = None) -> Document:
    """``read_document`` of a file whose bytes were read already (a batch fingerprints the bytes it parses)."""
    text, _ = decode(data, path)
    code = language or language_from_path(path)
    if code is None:
        raise InputError(
            path,
            "cannot tell the language from the file name",
            "name it like A_RES_57_263.fr.txt or give --src-lang/--tgt-lang",
        )
    return parse_text(text, language=code, path=path, symbol=symbol)


# Characters XML 1.0 cannot carry (form feeds are page breaks, handled by the layout).
_UNUSABLE = re.compile("[^\t\n\r\f\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def parse_text(text: str, *, language: str, path: str = "<text>", symbol: str | None = None) -> Document:
    lang = profile(language)
    unusable = _UNUSABLE.search(text)
    if unusable:
        raise InputError(
            path,
            f"character U+{ord(unusable.group(0)):04X} cannot be carried by XML, so not by a TMX file",
            "remove it from the text",
            line=text.count("\n", 0, unusable.start()) + 1,
        )
    layout = read_layout(text, lang)
    if not layout.blocks:
        raise InputError(path, "no paragraph of text found", "give the text of a resolution")
    joiner = _Joiner(lang, text)
    if has_articles(layout.blocks, lang):
        body, builder_warnings = article_units(layout.blocks, lang, joiner), []
        found_symbol = None
    else:
        builder = _UnitBuilder(path, lang, joiner)
        found_symbol = builder.title(layout.blocks[0])
        for block in layout.blocks[1:]:
            builder.body(block)
        body, builder_warnings = builder.units, builder.warnings
    _check_unique(body, path)
    footnotes = [
        (f"FN{number}", UnitKind.FOOTNOTE, _strip_number(joiner(lines)), lines)
        for number, lines in layout.footnotes
    ]
    units, warnings = _with_calls(body, len(footnotes), path)
    units += [Unit(uid, kind, text, tuple(l.number for l in lines)) for uid, kind, text, lines in footnotes]
    symbol = symbol or found_symbol or (layout.header_symbols[0] if layout.header_symbols else None)
    if symbol is None:
        raise InputError(
            path,
            "no document symbol found (no first line like '57/263. Title' and no running header)",
            "give the symbol with --symbol",
            line=layout.blocks[0].lines[0].number,
        )
    return Document(
        symbol=symbol,
        language=lang.code,
        title=units[0].text,
        units=tuple(units),
        path=path,
        warnings=tuple(builder_warnings + warnings),
    )


class _Joiner:
    """Joins a paragraph's lines; the document's words, evidence on hyphenation, are read once, if needed."""

    def __init__(self, lang: LanguageProfile, text: str):
        self.lang, self.text = lang, text
        self.hyphenated: frozenset[str] | None = None
        self.words: frozenset[str] = frozenset()

    def __call__(self, lines: tuple[Line, ...]) -> str:
        if self.hyphenated is None and any(line.text.endswith("-") for line in lines):
            lowered = self.text.lower()
            self.hyphenated = frozenset(re.findall(r"\w+-\w+", lowered))
            self.words = frozenset(re.findall(r"\w+", lowered))
        return join_lines(lines, self.lang, self.hyphenated or frozenset(), self.words)


def _strip_number(text: str) -> str:
    return re.sub(r"^\d+\s+", "", text)



class _UnitBuilder:
    """Gives each body block its id, in reading order."""

    def __init__(self, path: str, lang: LanguageProfile, joiner: _Joiner):
        self.path, self.lang, self.join = path, lang, joiner
        self.units: list[RawUnit] = []
        self.warnings: list[str] = []
        self.preambular = 0
        self.operative = 0
        self.parent: str | None = None
        self.letter: str | None = None
        self.lines_of: dict[str, int] = {}

    def title(self, block: Block) -> str | None:
        text = self.join(block.lines)
        match = _TITLE.match(text)
        self._add("title", UnitKind.TITLE, match.group(2) if match else text, block.lines)
        return f"A/RES/{match.group(1).replace(' ', '')}" if match else None

    def body(self, block: Block) -> None:
        text = self.join(block.lines)
        first = block.lines[0].text
        if len(self.units) == 1 and self._is_intro(text):
            self._add("intro", UnitKind.INTRO, text, block.lines)
        elif self.lang.meeting.match(first):
            self._add("meeting", UnitKind.MEETING, text, block.lines)
        elif self.lang.date.match(first) and self.units[-1][0] == "meeting":
            self._add("date", UnitKind.DATE, text, block.lines)
        elif match := _OPERATIVE.match(text):
            self._operative(int(match.group(1)), match.group(2), block)
        elif (match := _ITEM.match(text)) and self.parent:
            self._item(match.group(1), match.group(2), block)
        elif self.operative == 0:
            self.preambular += 1
            self.parent, self.letter = f"PP{self.preambular}", None
            self._add(self.parent, UnitKind.PREAMBULAR, text, block.lines)
        else:
            uid, kind, previous, lines = self.units[-1]
            self.warnings.append(
                f"{self.path}:{block.lines[0].number}: unnumbered paragraph after "
                f"{uid}, read as the rest of {uid}"
            )
            self.units[-1] = (uid, kind, previous + " " + text, lines + block.lines)

    def _is_intro(self, text: str) -> bool:
        if self.lang.intro.match(text):
            return True
        return len(text.split()) <= _INTRO_WORDS and text.rstrip().endswith((",", "،", "，"))

    def _operative(self, number: int, text: str, block: Block) -> None:
        if number != self.operative + 1:
            self.warnings.append(
                f"{self.path}:{block.lines[0].number}: paragraph {number} follows "
                f"paragraph {self.operative}: numbering gap or repeat"
            )
        self.operative = number
        self.parent, self.letter = f"OP{number}", None
        self._add(self.parent, UnitKind.OPERATIVE, text, block.lines)

    def _item(self, label: str, text: str, block: Block) -> None:
        roman = (
            label in _ROMAN
            and self.letter is not None
            and chr(ord(label[0]) - 1) != self.letter[-1]
        )
        if roman:
            uid = f"{self.parent}({self.letter})({label})"
        else:
            self.letter = label
            uid = f"{self.parent}({label})"
        self._add(uid, UnitKind.SUBPARAGRAPH, text, block.lines)

    def _add(self, uid: str, kind: UnitKind, text: str, lines: tuple[Line, ...]) -> None:
        if uid in self.lines_of:
            raise InputError(
                self.path,
                f"paragraph {uid} appears twice (first at line {self.lines_of[uid]})",
                "check the numbering of the text",
                line=lines[0].number,
            )
        self.lines_of[uid] = lines[0].number
        self.units.append((uid, kind, text, lines))


def _check_unique(units: list[RawUnit], path: str) -> None:
    first: dict[str, int] = {}
    for uid, _, _, lines in units:
        if uid in first:
            raise InputError(
                path, f"paragraph {uid} appears twice (first at line {first[uid]})",
                "check the numbering of the text", line=lines[0].number,
            )
        first[uid] = lines[0].number


def _with_calls(body: list[RawUnit], count: int, path: str) -> tuple[list[Unit], list[str]]:
    """Cut footnote calls out of the body units and record where they stood."""
    texts = [text for _, _, text, _ in body]
    chosen = calls.choose(calls.candidates(texts, count), count) if count else {}
    warnings = [
        f"{path}: no call to footnote {n} found in the text" for n in range(1, count + 1) if n not in chosen
    ]
    units = []
    for index, (uid, kind, text, lines) in enumerate(body):
        mine = [cand for cand in chosen.values() if cand.text_index == index]
        clean, found = calls.remove(text, mine)
        if _ODD_SPACE.search(clean):  # rare: most texts need no collapsing, and the substitution visits every space
            clean = _SPACES.sub(" ", clean)
        units.append(Unit(uid, kind, clean.strip(" "), tuple(l.number for l in lines), found))
    return units, warnings
