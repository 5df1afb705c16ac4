"""Paragraphs in reading order -> units with structural ids, whatever the form.

Every reader (text, Akoma Ntoso, PDF, Word) turns its file into the
paragraphs of the document as printed -- each with its printed label
(``1.``, ``19 -``, ``(a)``, ``a)``, ``(أ)``, ``㈠``) at its head -- and this
module gives them their ids, so that ids are the same across forms and
languages by construction:

* the first paragraph is the title (``57/263. Title`` gives the symbol);
* a short paragraph ending in a comma (``The General Assembly,``) right after
  a title is ``intro``;
* ``N. text`` is operative paragraph ``OPN``, numbered as printed;
* a sub-paragraph label (:func:`align.languages.item_labels`) makes
  ``OP2(a)``, and a roman one under a letter ``OP2(a)(ii)``;
* any other paragraph before the first operative one is preambular, counted:
  ``PP1``...;
* after the operative paragraphs, a short paragraph without a final stop is
  a heading (``IX. Documentation``), named after the paragraph it follows:
  ``OP18.h1``; a heading's label alone (``IX.``, Arabic ``تاسعا``) joins the
  heading text after it, as other versions print them on one line;
* the meeting and the date lines close the resolution: ``meeting``, ``date``;
* scopes restart the numbering, and their ids carry the scope's: an annex
  heading (``Annex``, ``Annexe II``): ``ANX1.OP3``, its title ``ANX1.title``;
  an article heading (``Article 4``) inside it: ``ANX1.ART4.OP1``; a part of
  a collection of resolutions (79/93 A and B): ``A.OP1``; paragraph 1
  printed again after a heading: ``S2.OP1``.

A number printed twice or out of order (``80, 81, 80``) is read as the next
one, with a warning naming both; an unnumbered paragraph after an operative
one that is not a heading is read as the rest of it, with a warning: content
is never dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..errors import InputError
from ..languages import (
    CHINESE_NUMERALS,
    LanguageProfile,
    article_number,
    is_roman,
    item_labels,
    roman_numeral,
    roman_value,
)
from ..model import FootnoteCall, Unit, UnitKind, within
from . import labels
from .paragraph import Paragraph, cut, join

_INTRO_WORDS = 8
_UNDER_HEADING = re.compile(r"\.p\d+$")
_ANNEX_TITLE_WORDS = 15


@dataclass(frozen=True)
class Structure:
    units: tuple[Unit, ...]
    symbol: str | None  # from the title line (``57/263. Title``), when it has one
    warnings: tuple[str, ...]


def build(paragraphs: list[Paragraph], lang: LanguageProfile, path: str, place: str = "line") -> Structure:
    """Give each paragraph its id, in reading order; ``place`` is what a paragraph's ``lines`` count
    (``line``, ``page``, ``paragraph``), to say where in the file a warning points."""
    builder = _Builder(path, lang, place)
    builder.numbered = any(labels.OPERATIVE.match(paragraph.text) for paragraph in paragraphs)
    symbol = builder.title(paragraphs[0])
    pending: Paragraph | None = None
    for number, paragraph in enumerate(paragraphs[1:], start=2):
        builder.following = paragraphs[number].text if number < len(paragraphs) else ""
        if pending is not None:
            paragraph = join(pending, paragraph)
            pending = None
        if paragraph.kind in (None, UnitKind.HEADING) and (labels.label_only(paragraph.text) or (
                (builder.operative or builder.unnumbered) and labels.HEADING_LABEL.match(paragraph.text))):
            pending = paragraph  # "1." in one element, its text in the next (the UN's French and Spanish 79/1)
            continue
        builder.body(paragraph)
    if pending is not None:  # a label, and nothing after it
        builder.warnings.append(f"{builder.at(pending)}: {pending.text!r} ends the text with nothing after it: "
                                "left out")
    return Structure(tuple(builder.units), symbol, tuple(builder.warnings))


class _Builder:
    def __init__(self, path: str, lang: LanguageProfile, place: str = "line"):
        self.path, self.lang, self.place = path, lang, place
        self.units: list[Unit] = []
        self.warnings: list[str] = []
        self.part = self.annex = self.section = self.article = ""
        self.parts = self.annexes = self.sections = 0
        self.expect_title = False
        self.preambular = self.operative = self.headings = 0
        self.unnumbered = False  # the resolution's one operative paragraph is not numbered
        self.quotes = 0
        self.gap: tuple[str, int] | None = None  # the last paragraph skipped a number: (scope, its number)
        self.numbered = True  # the document numbers some paragraph: an unnumbered one ending in "." is not operative
        self.following = ""  # the text of the paragraph after the one being read
        self.heading_since_operative = False
        self.parent: str | None = None
        self.letter: str | None = None
        self.circled = False  # the open letter was printed ㈠, ㈡...
        self.sub = 0  # the last (i), (ii)... under the open letter
        self.lines_of: dict[str, int] = {}

    def at(self, paragraph: Paragraph) -> str:
        """Where the paragraph is: ``file:12`` for a line, ``file (page 3)`` otherwise."""
        number = paragraph.lines[0]
        return f"{self.path}:{number}" if self.place == "line" else f"{self.path} ({self.place} {number})"

    @property
    def prefix(self) -> str:
        return self.part + self.annex + self.section + self.article

    def title(self, paragraph: Paragraph) -> str | None:
        match = labels.TITLE.match(paragraph.text)
        text, calls = cut(paragraph, match.start(2) if match else 0)
        self._add("title", UnitKind.TITLE, text, paragraph.lines, calls)
        return f"A/RES/{match.group(1).replace(' ', '')}" if match else None

    def body(self, paragraph: Paragraph) -> None:
        text = paragraph.text
        if paragraph.kind in (UnitKind.MEETING, UnitKind.DATE):
            self._add(f"{self.part}{paragraph.kind.value}", paragraph.kind, *_whole(paragraph))
        elif paragraph.kind is UnitKind.TITLE:
            self.parts += 1
            self.part, self.annex, self.section, self.article = f"{chr(ord('A') + self.parts - 1)}.", "", "", ""
            self.annexes = self.sections = 0
            self._restart()
            self._add(self.prefix + "title", UnitKind.TITLE, *_whole(paragraph))
        elif (end := self._annex_heading(text)) is not None:
            self.annexes += 1
            self.annex, self.section, self.article = f"ANX{self.annexes}.", "", ""
            self.sections = 0
            self._restart()
            self._titled_heading(paragraph, end)
        elif self.annex and (found := self._article_heading(paragraph)):
            number, end = found
            self.article = f"ART{number}."
            self._restart()
            self._titled_heading(paragraph, end)
        elif self.expect_title and not labels.OPERATIVE.match(text):
            self.expect_title = False
            self._add(self.prefix + "title", UnitKind.TITLE, *_whole(paragraph))
        elif self._is_intro(text):
            self._add(self.prefix + "intro", UnitKind.INTRO, *_whole(paragraph))
        elif (self.operative or self.unnumbered) and self.lang.intro.match(text):
            # "... adoption of the following draft resolution:" and the text it quotes
            self.quotes += 1
            self.section = f"{self.section}Q{self.quotes}."
            self._restart()
            self._add(self.prefix + "intro", UnitKind.INTRO, *_whole(paragraph))
        elif paragraph.kind is UnitKind.HEADING:
            self._heading(paragraph)
        elif self.lang.meeting.match(text):
            self._add(f"{self.part}meeting", UnitKind.MEETING, *_whole(paragraph))
        elif self.lang.date.match(text) and self.units[-1].id == f"{self.part}meeting":
            self._add(f"{self.part}date", UnitKind.DATE, *_whole(paragraph))
        elif (match := labels.OPERATIVE.match(text)) and self.circled and self.letter and labels.number(match.group(1)) == self.sub + 1:
            # Under a ㈠ letter the Chinese of a convention numbers (i), (ii)... 1. 2.
            self._item(roman_numeral(self.sub + 1), match.start(2), False, paragraph)
        elif match and labels.number(match.group(1)) != self.operative + 1 and self.operative \
                and labels.is_heading(text[match.start(2):]) and not self.annex:
            # "1. Parliamentary committees" under "I. Institutional framework", paragraph 18
            # before it and 19 after: a numbered heading of a report, not paragraph 1
            self._heading(paragraph)
        elif not match and (bare := labels.BARE_NUMBER.match(text)) and self.operative and \
                int(bare.group(1)) == self.operative + 1:
            self._operative(self.operative + 1, paragraph, bare.end())
        elif match:
            self._operative(labels.number(match.group(1)), paragraph, match.start(2))
        elif (item := self._item_of(text)) and self.parent:
            self._item(*item, paragraph)
        elif labels.BULLET.match(text) and self.parent:
            # a bullet item ("• Priority 1: governance"): the rest of its paragraph, as other
            # language versions print the items without bullets, as lines of that paragraph; a short
            # line just before them is their lead-in, not a heading ("Targets:", and "Задачи" that the
            # Russian prints without the colon)
            if self.units[-1].kind is UnitKind.HEADING and self.units[-1].id.startswith(self.parent + ".") \
                    and len(self.units) > 1 and self.units[-2].id == self.parent:
                self._lead_in()
            self._continue(paragraph)
        elif (section := labels.SECTION.match(text)) and labels.is_heading(text[section.end():]):
            self._heading(paragraph)
        elif self.operative == 0 and not self.unnumbered and self.units[-1].id != self.prefix + "title" \
                and text.rstrip().endswith(labels.OPERATIVE_END) and not labels.is_heading(text) \
                and (text.rstrip().endswith((":", "：")) or not self.numbered):
            # The one operative paragraph of a resolution that has one is not numbered:
            # preambular paragraphs end in a comma, it in a full stop (or a colon before its items).
            self.unnumbered = True
            self._open(f"{self.prefix}OP")
            self._add(self.parent, UnitKind.OPERATIVE, *_whole(paragraph))
        elif self.operative == 0 and not self.unnumbered:
            self.preambular += 1
            self._open(f"{self.prefix}PP{self.preambular}")
            self._add(self.parent, UnitKind.PREAMBULAR, *_whole(paragraph))
        elif labels.is_heading(text) or self._label(paragraph):
            self._heading(paragraph)
        else:
            self._continue(paragraph)

    def _article_heading(self, paragraph: Paragraph) -> tuple[int, int] | None:
        """The number of the article a heading opens, and where the heading ends (its title may follow; of
        any length after the number's point, where it ends no sentence: "Artículo 14. Delitos relacionados con
        material en línea que muestra abusos sexuales de niños ..." in the Spanish 79/243)."""
        text = paragraph.text
        if match := self.lang.article.match(text):
            return article_number(match.group(1)), len(text)
        words = text.split()
        if len(words) > 2 and (match := self.lang.article.match(" ".join(words[:2]))) \
                and (paragraph.kind is UnitKind.HEADING or
                     labels.is_heading(" ".join(words[2:])) and len(words) <= _ANNEX_TITLE_WORDS
                     or words[1].endswith(".") and not text.rstrip().endswith(labels.FINAL_STOP)):
            return article_number(match.group(1)), text.index(words[1]) + len(words[1])
        return None

    def _annex_heading(self, text: str) -> int | None:
        """Where an annex heading ends (``Annex II``), its title may follow; ``None``: not one."""
        match = self.lang.annex.match(text)
        if not match:
            return None
        rest = text[match.end():].strip()
        if rest and (len(rest.split()) > _ANNEX_TITLE_WORDS or not labels.is_heading(rest)):
            return None
        return match.end()

    def _heading(self, paragraph: Paragraph) -> None:
        self.headings += 1
        self.heading_since_operative = True
        after = f"OP{self.operative}." if self.operative else ("OP." if self.unnumbered else "")
        self._add(f"{self.prefix}{after}h{self.headings}", UnitKind.HEADING, *_whole(paragraph))

    def _titled_heading(self, paragraph: Paragraph, end: int) -> None:
        """An annex's or an article's heading, and its title: on the heading's line ("Anexo Compromiso de
        Sevilla", "Article 2 Terminologie") or the next paragraph."""
        heading, rest = _split(paragraph, end)
        self._add(self.prefix + "heading", UnitKind.HEADING, *_whole(heading))
        if rest is None:
            self.expect_title = True
        else:
            self._add(self.prefix + "title", UnitKind.TITLE, *_whole(rest))

    def _restart(self) -> None:
        self.preambular = self.operative = self.headings = 0
        self.unnumbered = False
        self._open(None)
        self.heading_since_operative = False

    def _open(self, parent: str | None) -> None:
        """A new paragraph that sub-paragraphs belong to; no letter is open in it."""
        self.parent, self.letter, self.circled, self.sub = parent, None, False, 0

    def _continue(self, paragraph: Paragraph) -> None:
        last = self.units[-1]
        if last.kind is UnitKind.HEADING or _UNDER_HEADING.search(last.id):
            # text under a heading, not numbered (a list of sources, definitions): a unit of its own
            base = last.id if last.kind is UnitKind.HEADING else _UNDER_HEADING.sub("", last.id)
            count = 1 + sum(1 for u in self.units if u.id.startswith(base + ".p"))
            self._add(f"{base}.p{count}", UnitKind.OPERATIVE, *_whole(paragraph))
            return
        self.warnings.append(
            f"{self.at(paragraph)}: unnumbered paragraph after {last.id}, read as the rest of {last.id}"
        )
        text, calls = cut(paragraph, 0)
        shift = len(last.text) + 1
        self.units[-1] = replace(
            last, text=f"{last.text} {text}", lines=last.lines + paragraph.lines,
            calls=last.calls + tuple(replace(c, offset=c.offset + shift) for c in calls),
        )

    def _label(self, paragraph: Paragraph) -> bool:
        """A line between the last unit and the next paragraph that heads what follows (``labels.heads``)."""
        last = self.units[-1]
        return last.kind is not UnitKind.HEADING and labels.heads(paragraph.text, last.text, self.following)

    def _lead_in(self) -> None:
        """The heading just read is the lead-in of the bullets after it: the rest of the paragraph before it."""
        heading = self.units.pop()
        self.headings -= 1
        del self.lines_of[heading.id]
        last = self.units[-1]
        shift = len(last.text) + 1
        self.units[-1] = replace(last, text=f"{last.text} {heading.text}", lines=last.lines + heading.lines,
                                 calls=last.calls + tuple(replace(c, offset=c.offset + shift) for c in heading.calls))

    def _is_intro(self, text: str) -> bool:
        if self.units[-1].id != self.prefix + "title" or self.preambular or self.operative:
            return False
        text = text.strip(labels.MARKS + " ")
        if self.lang.intro.match(text):
            return True
        return len(text.split()) <= _INTRO_WORDS and text.rstrip().endswith((",", "،", "，"))

    def _item_of(self, text: str) -> tuple[str, int, bool] | None:
        """The label (as ids write it), where the text starts, and whether it is a ㈠ letter."""
        match = labels.ITEM.match(text)
        if not match:
            return None
        raw = match.group(1) or match.group(2) or match.group(3) or labels.roman(match.group(4))
        candidates = item_labels(raw, self.lang)
        if not candidates:
            return None
        if self.circled and raw in CHINESE_NUMERALS:  # ㈠ ... ㈩ then (十一): the eleventh letter
            return "abcdefghijklmnopqrst"[CHINESE_NUMERALS.index(raw)], match.start(5), True
        if match.group(3):
            # ㈠ is (i) under a letter, but the Chinese of a convention letters its
            # first level ㈠ ㈡ ㈢ where the other languages print (a) (b) (c).
            if self.letter is None or self.circled:
                return "abcdefghij"[ord(match.group(3)) - 0x3220], match.start(5), True
        expected = chr(ord(self.letter[-1]) + 1) if self.letter else "a"
        label = next((label for label in candidates if label[-1] == expected), candidates[0])
        return label, match.start(5), False

    def _operative(self, number: int, paragraph: Paragraph, start: int) -> None:
        if number == 1 and self.operative and self.heading_since_operative:
            self.sections += 1
            self.section = f"S{self.sections + 1}."
            self._restart()
        elif number == self.operative and self.gap == (self.prefix, number):
            self._renumber_gap(number, paragraph)
        elif number <= self.operative:
            self.warnings.append(
                f"{self.at(paragraph)}: paragraph {number} printed after paragraph {self.operative}: "
                f"read as paragraph {self.operative + 1}"
            )
            number = self.operative + 1
        elif number != self.operative + 1:
            self.warnings.append(
                f"{self.at(paragraph)}: paragraph {number} follows "
                f"paragraph {self.operative}: numbering gap or repeat"
            )
        self.gap = (self.prefix, number) if number == self.operative + 2 else None
        self.operative = number
        self.heading_since_operative = False
        self.headings = 0
        self._open(f"{self.prefix}OP{number}")
        text, calls = cut(paragraph, start)
        self._add(self.parent, UnitKind.OPERATIVE, text, paragraph.lines, calls)

    def _renumber_gap(self, number: int, paragraph: Paragraph) -> None:
        """9, 11, 11, 12: the first 11 was 10 misprinted (the Arabic A/RES/79/138), and is read so."""
        old, new = f"{self.prefix}OP{number}", f"{self.prefix}OP{number - 1}"
        for index, unit in enumerate(self.units):
            if within(unit.id, old):
                uid = new + unit.id[len(old):]
                del self.lines_of[unit.id]
                self.lines_of[uid] = unit.lines[0]
                self.units[index] = replace(unit, id=uid)
        self.warnings.append(f"{self.at(paragraph)}: paragraph {number} printed twice after paragraph "
                             f"{number - 2}: the first read as paragraph {number - 1}")

    def _item(self, label: str, start: int, circled: bool, paragraph: Paragraph) -> None:
        roman = (not circled and is_roman(label) and self.letter is not None
                 and chr(ord(label[0]) - 1) != self.letter[-1])
        if roman:
            self.sub = roman_value(label) or self.sub
            uid = f"{self.parent}({self.letter})({label})"
        else:
            if self.letter is not None and label <= self.letter and len(label) == len(self.letter):
                following = chr(ord(self.letter[-1]) + 1) * len(self.letter)
                self.warnings.append(f"{self.at(paragraph)}: sub-paragraph ({label}) printed after "
                                     f"({self.letter}) in {self.parent}: read as ({following})")
                label = following
            self.letter, self.circled, self.sub = label, circled, 0
            uid = f"{self.parent}({label})"
            if circled and (first := labels.OPERATIVE.match(paragraph.text[start:])) \
                    and labels.number(first.group(1)) == 1:
                # "㈠ 1. 明知财产为犯罪所得 ...": the letter's text opens with its item (i), as the English "(a) (i)
                # The conversion ..." does; the "2." after it is (ii)
                self.sub = 1
        text, calls = cut(paragraph, start)
        self._add(uid, UnitKind.SUBPARAGRAPH, text, paragraph.lines, calls)

    def _add(self, uid: str, kind: UnitKind, text: str, lines: tuple[int, ...],
             calls: tuple[FootnoteCall, ...] = ()) -> None:
        if uid in self.lines_of:
            raise InputError(
                self.path,
                f"paragraph {uid} appears twice (first at {self.place} {self.lines_of[uid]})",
                "check the numbering of the text",
                line=lines[0] if self.place == "line" else None,
            )
        self.lines_of[uid] = lines[0]
        self.units.append(Unit(uid, kind, text, lines, calls))


def _split(paragraph: Paragraph, end: int) -> tuple[Paragraph, Paragraph | None]:
    """The paragraph up to ``end``, and what follows it (``None`` when nothing does)."""
    head = Paragraph(paragraph.text[:end], paragraph.lines, tuple(c for c in paragraph.calls if c.offset <= end))
    text, calls = cut(paragraph, end)
    return head, (Paragraph(text, paragraph.lines, calls) if text else None)


def _whole(paragraph: Paragraph) -> tuple[str, tuple[int, ...], tuple[FootnoteCall, ...]]:
    text, calls = cut(paragraph, 0)
    return text, paragraph.lines, calls
