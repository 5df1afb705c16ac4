"""Reading TMX files as they come from CAT tools, streamed, in constant memory.

translate-toolkit's ``tmxfile`` parses the whole document into memory; a TM
exported from an archive can be gigabytes, so this reader walks the file with
``iterparse`` and frees each ``<tu>`` once read.  It resolves no entity,
loads no DTD and opens no network connection.

It takes what real files hold: TMX 1.1 to 1.4, ``lang`` (TMX 1.1, as OmegaT
writes it) as well as ``xml:lang``, upper-case and region codes (``EN-US``),
``srclang="*all*"``, inline codes kept as markup, several target languages
per TU.  A TU that cannot be used is skipped and counted, never silently.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from . import safexml
from .errors import TmxFileError, unreadable
from .ranges import ByteRange
from .units import TmxUnit, Variant
from .writer import XML_LANG

CODES = frozenset({"bpt", "ept", "ph", "it", "ut"})  # native codes: not text
UNPARSED = "not well-formed XML"  # how the error of a file that does not parse begins
_SEG = re.compile(r"^<seg[^>]*>(.*)</seg>$", re.S)


@dataclass(frozen=True)
class TmxInfo:
    """What the ``<header>`` says."""

    version: str
    srclang: str
    segtype: str
    creationtool: str
    o_tmf: str


@dataclass(frozen=True)
class TmPair:
    """A TU read as a source and a target segment."""

    source: Variant
    target: Variant
    unit: TmxUnit


def read_info(path: str | Path) -> TmxInfo:
    """The header of a TMX file, read without going through its body."""
    reader = TmxReader(path)
    for _ in reader:
        break
    return reader.info


def language_match(requested: str, actual: str) -> int:
    """2: same code (case aside); 1: same base language (fr ~ fr-FR ~ FR-ca); 0: other."""
    if requested == actual:
        return 2
    want, got = requested.lower().replace("_", "-"), actual.lower().replace("_", "-")
    if want == got:
        return 2
    return 1 if base_language(want) == base_language(got) else 0


def base_language(code: str) -> str:
    """The primary language subtag of a code, in lower case: ``fr`` for ``FR``, ``fr-FR``, ``fr_CA``."""
    return code.strip().lower().replace("_", "-").split("-")[0]


def pick(variants: tuple[Variant, ...], language: str) -> Variant | None:
    """The variant in ``language``: exact code first, then the same base language."""
    best = None
    for variant in variants:  # the first of the best: one of the same code at once (the common case, quick)
        if variant.lang == language:
            return variant
        score = language_match(language, variant.lang)
        if score == 2:
            return variant
        if score and best is None:
            best = variant
    return best


class TmxReader:
    """Iterate over the TUs of a TMX file.  ``info`` is set once the header is read."""

    def __init__(self, path: str | Path, progress: Callable[[int], object] | None = None,
                 part: tuple[ByteRange, TmxInfo] | None = None):
        """``progress`` is called with 1 for each TU read (a progress bar's ``update``).  With ``part``, only the
        TUs of that range of the file are read (``ranges.split``), as the file's header (given) says; lines are
        the file's."""
        self.path = str(path)
        self.progress = progress
        self.part = part[0] if part else None
        self.info: TmxInfo | None = part[1] if part else None
        self._lines = self.part.line - 1 if self.part else 0  # what a line of the parsed text is off by
        self.skipped: Counter[str] = Counter()
        self.first_skipped: dict[str, int] = {}
        self.units_read = 0
        self.elements = 0  # the <tu> elements read, usable or not: a TU's place is its element's
        self.languages: Counter[str] = Counter()  # the variants read, by language code

    def __iter__(self) -> Iterator[TmxUnit]:
        for element in self._elements(("header", "tu")):
            if element.tag == "header":
                self.info = self._info(element, element.getroottree().getroot())
                continue
            if self.info is None:
                raise self._error("a <tu> comes before any <header>", self._line(element))
            self.elements += 1
            unit = self._unit(element)
            _free(element)
            if self.progress is not None:
                self.progress(1)
            if unit is not None:
                self.units_read += 1
                yield unit
        if self.info is None:
            raise self._error("no TMX <header> found: this is not a TMX file", None)

    def units_at(self, places: set[int]) -> Iterator[tuple[int, TmxUnit]]:
        """The TUs at ``places`` (as ``elements`` counts them, from 0) and their places, the others passed over
        unread: a second look at a few TUs of a part of a file."""
        left = set(places)
        for place, element in enumerate(self._elements("tu")):
            if place in left:
                left.discard(place)
                if (unit := self._unit(element)) is not None:
                    yield place, unit
                if not left:
                    return
            _free(element)

    def _elements(self, tags) -> Iterator:
        """The file's (or the part's) elements of ``tags``, as they end; what does not parse, or cannot be read,
        is said as the file's error."""
        try:
            source = io.BytesIO(self.part.document()) if self.part else self.path
            for _, element in safexml.iterparse(source, events=("end",), tag=tags):
                yield element
        except etree.XMLSyntaxError as exc:
            raise self._unparsed(exc) from None
        except OSError as exc:
            raise TmxFileError(self.path, *unreadable(exc)) from None

    def pairs(self, source_lang: str | None = None, target_lang: str | None = None,
              whole: bool = True) -> Iterator[TmPair]:
        """Each TU as (source, target); the source language defaults to the header's, the target to the TU's
        other language.  A TU that holds several other languages, with no ``target_lang`` to choose, is an
        error (reading one of them would be a guess); so is a language asked for that no TU holds (``whole``:
        of a part of the file, the caller asks ``require`` once all parts are read)."""
        yielded = False
        for unit in self:
            pair = self.pair(unit, source_lang, target_lang)
            if pair is not None:
                yielded = True
                yield pair
        if not yielded and whole:
            self.require(source_lang, target_lang)

    def pair(self, unit: TmxUnit, source_lang: str | None = None, target_lang: str | None = None) -> TmPair | None:
        """A TU as ``pairs`` reads it: its source and its target, or ``None`` (the TU skipped and counted)."""
        source = self._source(unit, source_lang)
        if source is None:
            return None
        if target_lang:
            target = pick(unit.variants, target_lang)
        else:
            others = [v for v in unit.variants if not language_match(source.lang, v.lang)]
            if len({base_language(v.lang) for v in others}) > 1:
                raise self._error(f"this TU holds {', '.join(v.lang for v in others)} beside {source.lang}, "
                                  "and no target language is given", unit.line, "say which to read (--tgt-lang)")
            target = others[0] if others else None
        if target is None:
            self._skip("no variant in the target language", unit.line)
            return None
        return TmPair(source, target, unit)

    def each_pair(self, source_lang: str | None = None, target_lang: str | None = None) -> Iterator[TmPair]:
        """Each TU as (source, target) for every other language it holds (only ``target_lang``, when given):
        a TU of six languages is five pairs."""
        if target_lang:
            yield from self.pairs(source_lang, target_lang)
            return
        yielded = False
        for unit in self:
            source = self._source(unit, source_lang)
            if source is None:
                continue
            others = [v for v in unit.variants if not language_match(source.lang, v.lang)]
            if not others:
                self._skip("no variant in the target language", unit.line)
            for target in others:
                yielded = True
                yield TmPair(source, target, unit)
        if not yielded:
            self.require(source_lang, None)

    def _source(self, unit: TmxUnit, source_lang: str | None) -> Variant | None:
        source_code = source_lang or self._header_source()
        source = pick(unit.variants, source_code) if source_code else None
        if source is None:
            self._skip("no variant in the source language", unit.line)
        return source

    def require(self, *wanted: str | None) -> None:
        """After a read that gave no pair: a language asked for that no TU holds is the user's error."""
        held = {base_language(lang) for lang in self.languages}
        for language in wanted:
            if language and self.units_read and base_language(language) not in held:
                raise self._error(f"no TU holds a {language!r} variant (its languages: "
                                  f"{', '.join(sorted(self.languages))})", None, "give a language the TM holds")

    def _skip(self, reason: str, line: int | None) -> None:
        self.skipped[reason] += 1
        self.first_skipped.setdefault(reason, line or 0)

    def skip_report(self) -> dict[str, str]:
        """Each reason a TU was skipped: how many, and the line of the first."""
        return {
            reason: f"{count} (first at line {self.first_skipped[reason]})"
            for reason, count in self.skipped.items()
        }

    def _header_source(self) -> str | None:
        srclang = self.info.srclang if self.info else ""
        return None if srclang in ("", "*all*") else srclang

    def _unparsed(self, exc: etree.XMLSyntaxError) -> TmxFileError:
        return self._error(f"{UNPARSED} ({exc.msg})", exc.lineno + self._lines if exc.lineno else None)

    def _line(self, element) -> int | None:
        return element.sourceline + self._lines if element.sourceline else None

    def _error(self, problem: str, line: int | None, fix: str = "give a TMX file (TMX 1.1 to 1.4)") -> TmxFileError:
        return TmxFileError(self.path, problem, fix, line=line)

    def _info(self, header, root) -> TmxInfo:
        if root.tag != "tmx":
            raise self._error(f"the root element is <{root.tag}>, not <tmx>", self._line(root))
        return TmxInfo(
            version=root.get("version", ""),
            srclang=header.get("srclang", ""),
            segtype=header.get("segtype", ""),
            creationtool=header.get("creationtool", ""),
            o_tmf=header.get("o-tmf", ""),
        )

    def _unit(self, tu) -> TmxUnit | None:
        variants, props, notes = [], [], []
        for child in tu:  # one pass: a TU is read for every TU of a file of millions
            tag = child.tag
            if tag == "tuv":
                language = child.get(XML_LANG) or child.get("lang")
                seg = child.find("seg")
                if not language or seg is None:
                    self._skip("<tuv> without a language or a <seg>", self._line(child))
                    continue
                variants.append(seg_variant(language, seg))
                self.languages[language] += 1
            elif tag == "prop":
                props.append((child.get("type", ""), child.text or ""))
            elif tag == "note":
                notes.append(child.text or "")
        if not variants:
            self._skip("<tu> without a usable <tuv>", self._line(tu))
            return None
        return TmxUnit(
            tuid=tu.get("tuid"),
            variants=tuple(variants),
            props=tuple(props),
            notes=tuple(notes),
            srclang=tu.get("srclang"),
            line=self._line(tu),
        )


def seg_variant(language: str, seg) -> Variant:
    """Plain text of a ``<seg>`` (codes out, ``<hi>`` in) and its markup when it has inline elements."""
    if len(seg) == 0:
        return Variant(language, seg.text or "")
    parts = [seg.text or ""]
    _collect(seg, parts)
    match = _SEG.match(etree.tostring(seg, encoding="unicode", with_tail=False))
    return Variant(language, "".join(parts), match.group(1) if match else None)


def _collect(element, parts: list[str]) -> None:
    for child in element:
        if child.tag not in CODES and isinstance(child.tag, str):
            parts.append(child.text or "")
            _collect(child, parts)
        parts.append(child.tail or "")


def _free(element) -> None:
    """Drop a read element and the siblings before it, so memory stays flat."""
    element.clear(keep_tail=False)
    parent = element.getparent()
    if parent is not None:
        while element.getprevious() is not None:
            del parent[0]
