"""From the lines of a PDF extraction to paragraphs of body text and footnotes.

The layout this reads (UN documents as extracted from their PDFs):

* a paragraph starts on an indented line and runs until a blank line;
* a footnote block is a rule of underscores, then footnotes ``1 text``,
  numbered on through the document, with unindented continuation lines;
  it sits where a PDF page broke, so the paragraph before it may go on after
  it (the resumed text is indented);
* page furniture -- running headers (the symbol alone on a line), page
  numbers, form feeds -- is dropped and counts as a page break;
* a footnote call printed as a superscript may push the punctuation that
  followed it onto a line of its own (``Sud-Sud2`` ... ``;``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..languages import LanguageProfile
from .labels import TITLE_LINE

RULE = re.compile(r"^\s*_{5,}\s*$")
# "1 Text" at the margin; the 1990s typescripts' "1/ Text", indented, or "1/" alone with the text after it.
_FOOTNOTE = re.compile(r"^(\s*)(\d{1,3})(/(?=\s|$)|\s+(?=\S))\s*(.*)$")
CONTINUED = re.compile(r"^\s*/\s?\.\.\.\s*$")  # "/..." at the foot of a 1990s page: the text goes on overleaf
SYMBOL = r"[A-Z]{1,6}(?:/[A-Z0-9.]*[A-Z0-9])+"
_HEADER = re.compile(rf"^\s*(?:(?:Page\s+)?\d+\s+)?({SYMBOL})(?:\s+(?:Page\s+)?\d+)?\s*$")
_PAGE_NUMBER = re.compile(r"^\s*(?:(?:Page|Página|Pág\.|Стр\.|Страница)\s*)?(?:-\s*)?\d{1,3}(?:\s*-)?(?:\s*/\s*\d{1,3})?\s*$")
_PUNCTUATION_ONLY = re.compile(r"^\s*[;:,.!?،؛؟。；，：]+\s*$")
_NUMBERED = re.compile(r"^\s*(?:\d+\.|\([a-z]{1,5}\))\s")
_TERMINAL = tuple(";:,.!?،؛؟。；，：！？")


@dataclass(frozen=True)
class Line:
    number: int  # 1-based line of the input file
    text: str


@dataclass(frozen=True)
class Block:
    lines: tuple[Line, ...]
    after_break: bool = False

    @property
    def text(self) -> str:
        return " ".join(line.text.strip() for line in self.lines)


@dataclass(frozen=True)
class Layout:
    blocks: tuple[Block, ...]
    footnotes: tuple[tuple[int, tuple[Line, ...]], ...]
    header_symbols: tuple[str, ...]


def split_lines(text: str) -> list[Line | None]:
    """Number the lines; a form feed becomes a page break (``None``)."""
    out: list[Line | None] = []
    for number, raw in enumerate(text.split("\n"), start=1):
        if "\f" not in raw:
            out.append(Line(number, raw.rstrip()))
            continue
        pieces = raw.split("\f")
        for index, piece in enumerate(pieces):
            if index:
                out.append(None)
            if piece.strip() or len(pieces) == 1:
                out.append(Line(number, piece.rstrip()))
    return out


def read_layout(text: str, language: LanguageProfile) -> Layout:
    reader = _LayoutReader(language)
    lines = split_lines(text)
    for line in (_spaced(lines) if _unspaced(lines) else lines):
        reader.feed(line)
    reader.close_block()
    return Layout(
        blocks=tuple(_merge_broken(reader.blocks, language)),
        footnotes=tuple((n, tuple(lines)) for n, lines in reader.footnotes),
        header_symbols=tuple(reader.header_symbols),
    )


_LABEL_ALONE = re.compile(r"^\s*(?:\d{1,3}\.|\(?[a-z]{1,5}\)|\d{1,4}/\d{1,4}\.)\s*$")


_TYPED_CALL_END = re.compile(r"\s+\d{1,3}/[,;.:]?$")


def _ends_paragraph(line: Line, following: Line, width: int) -> bool:
    """A line ending in a stop (a ``5/`` call after it aside), short itself or followed by a short line
    that opens with a capital: the first line of a paragraph is indented, which pdftotext turns into
    a shorter line."""
    text = _TYPED_CALL_END.sub(",", line.text.strip())
    if not text.endswith(_TERMINAL) or _LABEL_ALONE.match(text):
        return False
    after = following.text.strip()
    opens = after[:1].isupper() or bool(_LABEL_ALONE.match(after))
    return opens and (len(text) < 0.85 * width or len(after) < 0.88 * width)


def _width(lines: list[Line | None]) -> int:
    lengths = sorted(len(line.text.strip()) for line in lines if line is not None and line.text.strip())
    return lengths[int(len(lengths) * 0.9)] if lengths else 0


def _unspaced(lines: list[Line | None]) -> bool:
    """Text extracted with no blank line between paragraphs (pdftotext without -layout): more
    paragraph ends run straight into a capital than stand before a blank line."""
    width = _width(lines)
    into_text = before_blank = 0
    for line, following in zip(lines, lines[1:]):
        if line is None or following is None or not line.text.strip():
            continue
        if not following.text.strip():
            text = line.text.strip()
            before_blank += text.endswith(_TERMINAL) and not _LABEL_ALONE.match(text)
        elif _ends_paragraph(line, following, width):
            into_text += 1
    return into_text > max(3, 2 * before_blank)


def _spaced(lines: list[Line | None]) -> list[Line | None]:
    """A blank line after each line that ends a paragraph, and before a paragraph number alone on its line."""
    width = _width(lines)
    out: list[Line | None] = []
    for line, following in zip(lines, lines[1:] + [None]):
        if line is not None and _LABEL_ALONE.match(line.text) and out and out[-1] is not None and out[-1].text.strip():
            out.append(Line(line.number, ""))
        out.append(line)
        if line is not None and following is not None and line.text.strip() and following.text.strip() \
                and _ends_paragraph(line, following, width):
            out.append(Line(line.number, ""))
    return out


class _LayoutReader:
    def __init__(self, language: LanguageProfile):
        self.language = language
        self.blocks: list[Block] = []
        self.footnotes: list[tuple[int, list[Line]]] = []
        self.header_symbols: list[str] = []
        self.current: list[Line] = []
        self.current_after_break = False
        self.pending_break = False
        self.in_footnotes = False
        self.notes_in_block = 0  # footnotes begun since the last rule
        self.notes_paused = False  # a blank line in a footnote block: it may end there
        self.expect_date = False

    def close_block(self) -> None:
        if self.current:
            self.blocks.append(Block(tuple(self.current), self.current_after_break))
        self.current = []

    def page_break(self) -> None:
        self.close_block()
        self.pending_break = True
        self.in_footnotes = self.notes_paused = False

    def feed(self, line: Line | None) -> None:
        if line is None:
            self.page_break()
            return
        text = line.text
        if self.notes_paused and text.strip() and not self._opens_footnote(text):
            self.in_footnotes = self.notes_paused = False  # a blank line ended the footnote block
            self.pending_break = True
        header = _HEADER.match(text)
        if header and not self.in_footnotes:
            self.header_symbols.append(header.group(1))
            self.page_break()
            return
        if (_PAGE_NUMBER.match(text) and not self.in_footnotes) or CONTINUED.match(text):
            self.page_break()
            return
        if RULE.match(text):
            self.close_block()
            self.in_footnotes = True
            self.notes_in_block = 0
            return
        if self.in_footnotes and self._feed_footnote(line):
            return
        if not text.strip():
            self.close_block()
            return
        self._feed_body(line)

    def _feed_footnote(self, line: Line) -> bool:
        """Take a line of a footnote block; False when the body resumes."""
        text = line.text
        if self._opens_footnote(text):
            expected = self.footnotes[-1][0] + 1 if self.footnotes else 1
            self.footnotes.append((expected, [line]))
            self.notes_in_block += 1
            self.notes_paused = False
            return True
        if not text.strip():
            # the rule, a blank line, the footnotes; "1/", a blank line, its text; or a blank line
            # between two footnotes: the block ends only where a line that opens none follows
            self.notes_paused = bool(self.notes_in_block) and not self._number_alone()
            return True
        if text[0].isspace():
            self.in_footnotes = False
            self.pending_break = True
            return False
        if self.footnotes:
            self.footnotes[-1][1].append(line)
        else:  # a rule with no footnote after it: not a footnote block
            self.in_footnotes = False
            return False
        return True

    def _opens_footnote(self, text: str) -> bool:
        """The line opens the next footnote: ``2 Text`` at the margin, or ``2/`` anywhere."""
        match = _FOOTNOTE.match(text)
        expected = self.footnotes[-1][0] + 1 if self.footnotes else 1
        return bool(match) and int(match.group(2)) == expected and (match.group(3) == "/" or not match.group(1))

    def _number_alone(self) -> bool:
        lines = self.footnotes[-1][1]
        return len(lines) == 1 and bool(re.fullmatch(r"\s*\d{1,3}/?\s*", lines[0].text))

    def _feed_body(self, line: Line) -> None:
        # The meeting and the date close a resolution, each on a line of its
        # own even where no blank line sets them apart; "The General Assembly,"
        # opens it on a line of its own.
        meeting = bool(self.language.meeting.match(line.text))
        if meeting or (self.expect_date and self.language.date.match(line.text)) \
                or self.language.intro.match(line.text):
            self.close_block()
            self._start(line)
            self.close_block()
            self.expect_date = meeting
            return
        self.expect_date = False
        if TITLE_LINE.match(line.text):  # "48/161. Title" opens the resolution, after its masthead
            self.close_block()
        if not self.current:
            self._start(line)
        else:
            self.current.append(line)

    def _start(self, line: Line) -> None:
        self.current = [line]
        self.current_after_break = self.pending_break
        self.pending_break = False


def _merge_broken(blocks: list[Block], language: LanguageProfile) -> list[Block]:
    """Rejoin paragraphs cut by a page break or a displaced punctuation sign."""
    merged: list[Block] = []
    for block in blocks:
        # The first block is the title, which no page break cuts.
        if len(merged) > 1 and _continues(merged[-1], block, language):
            previous = merged[-1]
            merged[-1] = Block(previous.lines + block.lines, previous.after_break)
        else:
            merged.append(block)
    return merged


def _continues(previous: Block, block: Block, language: LanguageProfile) -> bool:
    text = block.text
    if _PUNCTUATION_ONLY.match(text):
        return True
    if not block.after_break or _NUMBERED.match(text):
        return False
    if language.intro.match(text) or language.meeting.match(text):
        return False
    first = text.lstrip()[:1]
    return first.islower() or not previous.text.rstrip().endswith(_TERMINAL)


_BLANKS = re.compile(r"[ \t]+")


def join_lines(lines: tuple[Line, ...], language: LanguageProfile, hyphenated: frozenset[str], words: frozenset[str]) -> str:
    """Join wrapped lines into one paragraph, undoing line-end hyphenation.

    ``inter-`` / ``regional`` becomes ``interregional``; the hyphen stays when
    the next line starts with a capital (``South-`` / ``South``) or when the
    document writes the hyphenated form, or the same first part hyphenated,
    elsewhere (``capacity-building``; ``quarante-neuvième`` where it has
    ``quarante-huitième``).
    """
    out = ""
    for line in lines:
        piece = line.text.strip()
        if not out:
            out = piece
        elif _PUNCTUATION_ONLY.match(piece):
            sep = " " if language.space_before_high_punctuation and piece[0] in ";:!?" else ""
            out += sep + piece
        elif out.endswith("-") and _undo_hyphen(out, piece, hyphenated, words):
            out = out[:-1] + piece
        elif out.endswith("-") and re.search(r"\w-$", out):
            out += piece
        else:
            out += " " + piece
    if "\t" in out or "  " in out:  # rare: spare the regular expression its scan of every paragraph
        out = _BLANKS.sub(" ", out)
    return out.strip()


_KEEP_HYPHEN_PREFIXES = frozenset(
    "high low long short self well non co follow cross two three multi-year "
    "small medium large middle full part".split()
)


def _undo_hyphen(before: str, after: str, hyphenated: frozenset[str], words: frozenset[str]) -> bool:
    left = re.search(r"(\w+)-$", before)
    right = re.match(r"(\w+)", after)
    if not left or not right or not right.group(1)[0].islower() or not left.group(1)[-1].isalpha():
        return False
    l, r = left.group(1), right.group(1)
    if f"{l}-{r}".lower() in hyphenated:
        return False
    if f"{l}{r}".lower() in words:
        return True
    # the document hyphenates the same first part elsewhere: quarante-neuvième after quarante-huitième
    prefix = f"{l.lower()}-"
    if any(word.startswith(prefix) for word in hyphenated):
        return False
    return l.lower() not in _KEEP_HYPHEN_PREFIXES
