"""The data model: every stage of untm takes and returns these frozen records.

read -> Document (units) -> SegmentedUnit (sentences) -> Alignment -> writers.
"""

from __future__ import annotations

import enum
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

# The records of a TM belong to the tmx package, which stands alone; they are part of this model too.
from tmx.units import LanguagePair, TmxHeader, TmxUnit, Variant  # noqa: F401  (re-exported)


class UnitKind(enum.Enum):
    TITLE = "title"
    INTRO = "intro"
    PREAMBULAR = "preambular"
    OPERATIVE = "operative"
    SUBPARAGRAPH = "subparagraph"
    MEETING = "meeting"
    DATE = "date"
    FOOTNOTE = "footnote"
    HEADING = "heading"


@dataclass(frozen=True)
class FootnoteCall:
    """A footnote call removed from a unit's text.

    ``offset`` is the position in the clean text where the call stood (the
    call followed the character just before it).
    """

    number: int
    offset: int


@dataclass(frozen=True)
class Unit:
    """One structural unit: a paragraph, sub-paragraph, footnote, title...

    ``id`` comes from the document's own numbering and is the same in every
    language version (``PP2``, ``OP2(a)(ii)``, ``FN3``).  ``lines`` are the
    1-based input lines the text was read from.
    """

    id: str
    kind: UnitKind
    text: str
    lines: tuple[int, ...]
    calls: tuple[FootnoteCall, ...] = ()


@dataclass(frozen=True)
class Document:
    """A language version of a document, read into its structure."""

    symbol: str
    language: str
    title: str
    units: tuple[Unit, ...]
    path: str = ""
    warnings: tuple[str, ...] = ()
    # The furniture of the first page, kept apart from the text: (what, text),
    # e.g. ("docStatus", "Distr.: General"), ("session", "Seventy-ninth session").
    metadata: tuple[tuple[str, str], ...] = ()
    form: str = "text"  # the reader that read it: text, akn, pdf, docx, doc
    job: str | None = None  # the UN's job number, the same in every language (A_RES_79_236-2424614F.xml)

    def ids(self) -> tuple[str, ...]:
        return tuple(unit.id for unit in self.units)

    def meta(self, key: str) -> str | None:
        """The first metadata value of ``key`` (``docDate``, ``session``...), if any."""
        return next((value for name, value in self.metadata if name == key), None)

    def unit(self, unit_id: str) -> Unit:
        for unit in self.units:
            if unit.id == unit_id:
                return unit
        raise KeyError(unit_id)

    @property
    def stem(self) -> str:
        """The symbol as a file-name stem: ``A/RES/57/263`` -> ``A_RES_57_263``."""
        return self.symbol.replace("/", "_").replace(" ", "_")


@dataclass(frozen=True)
class Sentence:
    """A sentence of a unit; ``start``/``end`` index the unit's clean text."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class SegmentedUnit:
    unit: Unit
    sentences: tuple[Sentence, ...]


class LinkReason(enum.Enum):
    """Why a link was made."""

    ID = "id"  # paired by structure: the same unit id, one sentence each side
    ANCHOR = "anchor"  # numbers, symbols or footnote calls agree
    LENGTH = "length"  # length-based dynamic programme alone
    UNPAIRED = "unpaired"  # nothing on the other side


@dataclass(frozen=True)
class SentenceLink:
    """Sentences ``source`` (indices) are a translation of ``target``.

    One side may be empty (a 1-0 or 0-1 link): content is never dropped.
    """

    source: tuple[int, ...]
    target: tuple[int, ...]
    confidence: float
    reason: LinkReason


@dataclass(frozen=True)
class UnitPair:
    """Two units with the same id, or one unit with nothing opposite."""

    unit_id: str
    source: SegmentedUnit | None
    target: SegmentedUnit | None
    links: tuple[SentenceLink, ...]
    confidence: float

    @property
    def paired(self) -> bool:
        return self.source is not None and self.target is not None


@dataclass(frozen=True)
class Repair:
    """Units the content paired otherwise than their numbers (``renumbering.py``): one cause, as QA reports it."""

    message: str  # "translation OP4–OP10 are original OP5–OP11; original OP4 is missing"
    units: tuple[str, ...]  # the original's units it concerns, by id
    missing: tuple[str, ...] = ()  # original units without a translation of their own (left out, or merged)
    extra: tuple[str, ...] = ()  # translation units without an original (named after the unit before: OP3+1)
    joined: tuple[str, ...] = ()  # original units paired with more or less than their translation (merged, split)
    doubtful: tuple[str, ...] = ()  # original units whose pair the content cannot confirm (which neighbour is missing)
    reordered: bool = False  # footnotes numbered otherwise only because the translation calls them in its order


@dataclass(frozen=True)
class Alignment:
    source: Document
    target: Document
    pairs: tuple[UnitPair, ...]
    length_ratio: float
    segmentation: str = field(default="")
    repairs: tuple[Repair, ...] = ()  # what the content re-paired, missing, merged or split

    def unpaired(self) -> tuple[UnitPair, ...]:
        return tuple(pair for pair in self.pairs if not pair.paired)


class TermStatus(enum.Enum):
    PREFERRED = "preferred"
    ADMITTED = "admitted"  # an accepted variant
    FORBIDDEN = "forbidden"  # deprecated: its use is a deviation


@dataclass(frozen=True)
class Term:
    text: str
    status: TermStatus = TermStatus.PREFERRED


@dataclass(frozen=True)
class GlossaryEntry:
    """A concept: its terms in the source and in the target language."""

    id: str
    source: tuple[Term, ...]
    target: tuple[Term, ...]

    @property
    def name(self) -> str:
        """The preferred source term, which names the entry in reports."""
        return next((t.text for t in self.source if t.status is TermStatus.PREFERRED), self.source[0].text)

    @property
    def rendering(self) -> str:
        return next((t.text for t in self.target if t.status is TermStatus.PREFERRED), self.target[0].text)


@dataclass(frozen=True)
class Glossary:
    path: str
    sha256: str
    source_lang: str
    target_lang: str
    entries: tuple[GlossaryEntry, ...]


class Severity(enum.Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True)
class Finding:
    """What a QA check found, where, and what to do."""

    check: str
    severity: Severity
    unit: str
    message: str
    source: str = ""
    target: str = ""
    # a cause (a renumbering, a missing paragraph): the units it concerns, and the findings on them that
    # follow from it (numbers, dates... that differ because the paragraphs do), grouped under it
    units: tuple[str, ...] = ()
    follows: tuple[Finding, ...] = ()


@dataclass(frozen=True)
class Tally:
    """How many findings of each severity: the one count every report gives (a cause's ``follows`` are
    counted with it, not again)."""

    errors: int = 0
    warnings: int = 0
    notes: int = 0  # Severity.INFO

    @classmethod
    def of(cls, findings: Iterable[Finding]) -> Tally:
        counts = Counter(finding.severity for finding in findings)
        return cls(counts[Severity.ERROR], counts[Severity.WARNING], counts[Severity.INFO])

    def count(self, severity: Severity) -> int:
        return {Severity.ERROR: self.errors, Severity.WARNING: self.warnings, Severity.INFO: self.notes}[severity]

    def by_severity(self) -> dict[str, int]:
        """As JSON has it: ``{"error": 2, "warning": 1, "info": 3}``."""
        return {severity.value: self.count(severity) for severity in Severity}

    def text(self) -> str:
        """``2 errors, 1 warning, 3 notes``."""
        return ", ".join(counted(self.count(severity), noun) for severity, noun in _NOUNS.items())


_NOUNS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def counted(number: int, noun: str, plural: str | None = None) -> str:
    """``1 unit``, ``2 units`` (``plural`` where adding an s will not do): how untm says a count."""
    return f"{number} {noun if number == 1 else plural or noun + 's'}"


def within(uid: str, head: str) -> bool:
    """Whether unit ``uid`` is ``head`` or part of it: ``OP3``, ``OP3(a)``, ``OP3.h1`` of ``OP3``; ``ART13.1`` of
    ``ART13`` (not ``OP30``)."""
    return uid == head or uid.startswith((head + "(", head + "."))


def unit_head(uid: str) -> str:
    """``OP4(a)(ii)``, ``OP4.h1`` and ``OP3+1(b)`` belong to ``OP4``, ``OP4`` and ``OP3+1``; ``ANX1.OP2(b)`` to
    ``ANX1.OP2``: the numbered unit a sub-unit is part of."""
    match = re.match(r"^(.*?(?:OP|FN)\d+(?:\+\d+)?)(?=[(.]|$)", uid)
    return match.group(1) if match else uid
