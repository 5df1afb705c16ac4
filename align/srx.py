"""Sentence segmentation by SRX 2.0 rules, the format OmegaT, Okapi and Trados use.

A rule says whether the text may break at a position: ``beforebreak`` must
match the text ending there and ``afterbreak`` the text starting there.  At
each position the first matching rule, in the order the language map gives,
decides; where none matches there is no break.

SRX rules are Java regular expressions.  The ``regex`` module reads nearly
all of them as they are (``\\p{Lu}``, possessive quantifiers, variable-length
look-behind); ``\\Q...\\E`` quoting and leading inline flags are rewritten.

``cascade``: with ``cascade="no"`` only the first language map that matches
the language applies; with ``"yes"`` every matching map's rules apply, in
order.  When the header does not say, untm cascades, as OmegaT does, so that
a CAT tool's own rules segment here as they do there.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import regex
from lxml import etree

from tmx import safexml

from .errors import SegmentationRulesError, unreadable

SRX_NS = "http://www.lisa.org/srx20"
_NS = {"srx": SRX_NS}


@dataclass(frozen=True)
class Rule:
    breaks: bool
    before: str
    after: str


@dataclass(frozen=True)
class LanguageMap:
    pattern: str
    rule_name: str


@dataclass(frozen=True)
class SegmentationRules:
    """The rules of one SRX file; ``name`` and ``sha256`` identify it in outputs."""

    name: str
    sha256: str
    cascade: bool
    language_rules: tuple[tuple[str, tuple[Rule, ...]], ...]
    maps: tuple[LanguageMap, ...]

    def rules_for(self, language: str) -> tuple[Rule, ...]:
        by_name = dict(self.language_rules)
        chosen: list[Rule] = []
        for lang_map in self.maps:
            if regex.fullmatch(lang_map.pattern, language, regex.IGNORECASE):
                chosen.extend(by_name.get(lang_map.rule_name, ()))
                if not self.cascade:
                    break
        return tuple(chosen)

    @property
    def signature(self) -> str:
        return f"{self.name}@sha256:{self.sha256[:12]}"


class Segmenter:
    """Splits text of one language at the breaks its rules allow."""

    def __init__(self, rules: SegmentationRules, language: str):
        self.language = language
        self._compiled = []
        for rule in rules.rules_for(language):
            try:
                pattern = regex.compile(
                    f"(?<={_java_to_python(rule.before)})(?={_java_to_python(rule.after)})"
                )
            except regex.error as exc:
                raise SegmentationRulesError(
                    f"{rules.name}: rule {rule.before!r} / {rule.after!r} is not a "
                    f"usable regular expression ({exc}); correct or remove it"
                ) from None
            self._compiled.append((pattern, rule.breaks))

    def breaks(self, text: str) -> list[int]:
        """Positions where the text breaks.

        Only a position where some break rule matches can break, so those are
        found first (a scan per break rule, usually one or two); at each, the
        rules are then tried in order and the first that matches decides.
        This is the SRX semantics without scanning the text once per
        exception rule (OmegaT's German rules have hundreds).
        """
        candidates = sorted({
            match.start()
            for pattern, breaks in self._compiled if breaks
            for match in pattern.finditer(text)
            if 0 < match.start() < len(text)
        })
        return [pos for pos in candidates if self._decide(text, pos)]

    def _decide(self, text: str, position: int) -> bool:
        for pattern, breaks in self._compiled:
            if pattern.match(text, position):
                return breaks
        return False

    def spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of each segment, with the spaces between them left out."""
        spans = []
        start = 0
        for end in [*self.breaks(text), len(text)]:
            piece = text[start:end]
            if piece.strip():
                left = start + len(piece) - len(piece.lstrip())
                right = start + len(piece.rstrip())
                spans.append((left, right))
            start = end
        return spans


def _java_to_python(pattern: str) -> str:
    out = regex.sub(r"\\Q(.*?)(?:\\E|$)", lambda m: regex.escape(m.group(1)), pattern, flags=regex.S)
    flags = regex.match(r"\(\?([a-zA-Z]+)\)", out)
    if flags:  # a leading (?i) must become a scoped group once wrapped
        out = f"(?{flags.group(1)}:{out[flags.end():]})"
    return f"(?:{out})" if out else ""


def parse_srx(data: bytes, name: str) -> SegmentationRules:
    try:
        root = etree.fromstring(data, safexml.parser())
    except etree.XMLSyntaxError as exc:
        raise SegmentationRulesError(f"{name}: not well-formed XML ({exc}); give an SRX 2.0 file") from None
    if etree.QName(root).localname != "srx" or root.nsmap.get(None) != SRX_NS:
        raise SegmentationRulesError(
            f"{name}: the root element is not <srx> in the SRX 2.0 namespace {SRX_NS}; "
            "give an SRX 2.0 file (SRX 1.0 files must be converted)"
        )
    header = root.find("srx:header", _NS)
    cascade = (header.get("cascade", "yes") if header is not None else "yes") != "no"
    language_rules = []
    for lang_rule in root.iterfind("srx:body/srx:languagerules/srx:languagerule", _NS):
        rules = tuple(
            Rule(
                breaks=rule.get("break", "yes") != "no",
                before=rule.findtext("srx:beforebreak", default="", namespaces=_NS),
                after=rule.findtext("srx:afterbreak", default="", namespaces=_NS),
            )
            for rule in lang_rule.iterfind("srx:rule", _NS)
        )
        language_rules.append((lang_rule.get("languagerulename", ""), rules))
    maps = tuple(
        LanguageMap(m.get("languagepattern", ""), m.get("languagerulename", ""))
        for m in root.iterfind("srx:body/srx:maprules/srx:languagemap", _NS)
    )
    if not maps:
        raise SegmentationRulesError(f"{name}: no <languagemap> in <maprules>; the file maps no language to rules")
    known = {rule_name for rule_name, _ in language_rules}
    for lang_map in maps:
        if lang_map.rule_name not in known:
            raise SegmentationRulesError(
                f"{name}: language map {lang_map.pattern!r} names rules "
                f"{lang_map.rule_name!r}, which the file does not define"
            )
    return SegmentationRules(
        name=name,
        sha256=hashlib.sha256(data).hexdigest(),
        cascade=cascade,
        language_rules=tuple(language_rules),
        maps=maps,
    )


def load_srx(path: str | Path) -> SegmentationRules:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        problem, fix = unreadable(exc)
        raise SegmentationRulesError(f"{path}: {problem} (the SRX rules); {fix}") from None
    return parse_srx(data, Path(path).name)


def rules_from(path: str | Path | None) -> SegmentationRules:
    """The rules of an SRX file, or untm's defaults when no file is given."""
    return load_srx(path) if path else default_rules()


def default_rules() -> SegmentationRules:
    """untm's rules for UN texts (``align/rules/un.srx``)."""
    data = resources.files("align.rules").joinpath("un.srx").read_bytes()
    return parse_srx(data, "un.srx")
