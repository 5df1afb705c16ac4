"""Reading a UN resolution, as extracted from its PDF, into a ``Document``.

Unit ids come from the document's own numbering and are the same in every
language: ``title``, ``intro``, ``PP1``... (preambular paragraphs, counted),
``OP1``... (operative paragraphs, as numbered), ``OP2(a)``, ``OP2(a)(ii)``,
``meeting``, ``date``, ``FN1``...
"""

from __future__ import annotations

import json
import re
from dataclasses import replace

from ..errors import InputError
from ..languages import LanguageProfile, profile
from ..model import Document, Unit, UnitKind
from . import calls, structure
from .articles import article_units, has_articles
from .base import Reader, Request, language_of
from .labels import TITLE_LINE
from .layout import Line, join_lines, read_layout
from .paragraph import Paragraph, check_unique, join
from .textfile import decode

# Ordinary white space only: no-break spaces (U+00A0, U+202F) are typography and stay.
_SPACES = re.compile(r"[ \t\n\r\f\v]+")
_ODD_SPACE = re.compile(r"[\t\n\r\f\v]|  ")


class TextReader(Reader):
    """Any text the other readers do not claim; decoding refuses what is not text."""

    form = "text"
    description = "plain text, as extracted from a PDF or saved from a word processor"

    def recognises(self, data: bytes) -> bool:
        return True

    def read(self, data: bytes, request: Request) -> Document:
        text, _ = decode(data, request.path)
        _refuse_data(text, request.path)
        language, guessed = language_of(request, text=text)
        document = parse_text(text, language=language, path=request.path, symbol=request.symbol)
        return replace(document, warnings=(guessed,) + document.warnings) if guessed else document


# Characters XML 1.0 cannot carry (form feeds are page breaks, handled by the layout).
# Written as the few left out, which compiles in a tenth of the time of the class of those allowed.
_UNUSABLE = re.compile("[\x00-\x08\x0b\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


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
        body = [Unit(uid, kind, t, tuple(l.number for l in lines))
                for uid, kind, t, lines in article_units(layout.blocks, lang, joiner)]
        builder_warnings: tuple[str, ...] = ()
        found_symbol = None
        masthead = []
    else:
        paragraphs = [Paragraph(joiner(block.lines), tuple(l.number for l in block.lines)) for block in layout.blocks]
        masthead, paragraphs = _masthead(paragraphs)
        built = structure.build(paragraphs, lang, path)
        body, builder_warnings, found_symbol = list(built.units), built.warnings, built.symbol
    check_unique(body, path)
    footnotes = [
        Unit(f"FN{number}", UnitKind.FOOTNOTE, _strip_number(joiner(lines)), tuple(l.number for l in lines))
        for number, lines in layout.footnotes
    ]
    units, warnings = _with_calls(body, len(footnotes), path)
    units += footnotes
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
        warnings=tuple(builder_warnings) + tuple(warnings),
        metadata=tuple(("masthead", paragraph.text) for paragraph in masthead),
    )


_MASTHEAD_BLOCKS = 25


def _masthead(paragraphs: list[Paragraph]) -> tuple[list[Paragraph], list[Paragraph]]:
    """The first page's masthead (Distr., symbol, date, session, agenda item, "RESOLUTION ADOPTED BY ...")
    before the title line ``48/161. Title``: kept apart, as metadata.  A number alone on its line
    (``48/161.``, as pdftotext gives it) is joined to the title after it."""
    for index, paragraph in enumerate(paragraphs[:_MASTHEAD_BLOCKS]):
        match = TITLE_LINE.match(paragraph.text)
        if match:
            rest = paragraphs[index:]
            if not paragraph.text[match.end():].strip() and len(rest) > 1:
                rest = [join(rest[0], rest[1])] + rest[2:]
            return paragraphs[:index], rest
    return [], paragraphs


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
    return re.sub(r"^\d+/?\s+", "", text)



def _with_calls(body: list[Unit], count: int, path: str) -> tuple[list[Unit], list[str]]:
    """Cut footnote calls out of the body units and record where they stood."""
    texts = [unit.text for unit in body]
    typed = [cand for index, text in enumerate(texts) for cand in calls.typed(text, index, count)] if count else []
    if typed:  # "1/" calls: each one is a call, and a footnote may be called twice
        chosen = typed
    else:
        chosen = list(calls.choose(calls.candidates(texts, count), count).values()) if count else []
    numbers = {cand.number for cand in chosen}
    warnings = [
        f"{path}: no call to footnote {n} found in the text" for n in range(1, count + 1) if n not in numbers
    ]
    units = []
    for index, unit in enumerate(body):
        mine = [cand for cand in chosen if cand.text_index == index]
        clean, found = calls.remove(unit.text, mine)
        if _ODD_SPACE.search(clean):  # rare: most texts need no collapsing, and the substitution visits every space
            clean = _SPACES.sub(" ", clean)
        units.append(replace(unit, text=clean.strip(" "), calls=found))
    return units, warnings


def _refuse_data(text: str, path: str) -> None:
    """Text that is data, not a document (a JSON or JSON Lines file given by mistake): said, rather than
    read as a document with no symbol and no paragraph."""
    stripped = text.lstrip()
    if stripped[:1] not in ("{", "["):
        return
    for candidate in (stripped, stripped.split("\n", 1)[0]):  # the whole, or its first record
        try:
            json.loads(candidate)
        except ValueError:
            continue
        raise InputError(path, "this is JSON data, not a document",
                         "give the document itself: text, Akoma Ntoso XML, PDF or Word")
