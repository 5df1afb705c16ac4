"""Shared by the numbers and dates checks: compare the values of each paired unit.

A value one side has and the other has nowhere in the unit is an error.  A value both have, but one side
more often ("the 1949 Geneva Conventions of 12 August 1949" beside "Conventions de Genève du 12 août 1949";
"the 2030 Agenda ... by 2030" beside "Programme 2030"), is said once or by a pronoun in the other
language far more often than it is a real omission: a warning.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..languages import known
from ..localized import compare, extract
from ..model import Severity
from .base import Check, difference


@dataclass(frozen=True)
class Side:
    """One version of a pair of units, as an excuse sees it: its name, the values read in it, its text."""

    name: str  # original, translation
    values: list
    text: str


# An excuse: for a value one side has alone, and the other side's values left alone, those that say the same
# in another form, and what to say of it (a note), or None.
Excuse = Callable[[object, list, Side, Side], "tuple[tuple, str] | None"]


def excused(missing: list, extra: list, sides: tuple[Side, Side], excuses: tuple[Excuse, ...]) -> list:
    """(the original's values, the translation's, what to say) of each group of values that differ in form only:
    each excuse in turn, on either side's values, each value excused once."""
    found, used = [], set()
    for excuse in excuses:
        for ones, others, mine, theirs in ((missing, extra, *sides), (extra, missing, *reversed(sides))):
            for value in ones:
                if id(value) in used:
                    continue
                if hit := excuse(value, [v for v in others if id(v) not in used], mine, theirs):
                    matched, note = hit
                    used |= {id(value), *map(id, matched)}
                    found.append(((value,), matched, note) if mine.name == "original" else (matched, (value,), note))
    return found


class ValuesCheck(Check):
    kinds: tuple[str, ...] = ()
    noun = "value"
    excuses: tuple[Excuse, ...] = ()  # what differs in form only, said as a note

    def run(self, context):
        source_lang = context.alignment.source.language
        target_lang = context.alignment.target.language
        if not (known(source_lang) and known(target_lang)):
            return  # a language untm has no profile for (German): its numbers and dates are not read; the
            # reading says so
        # each pair read with the units left alone it holds, and two units left alone that hold the same text
        for uid, source_text, target_text in context.compared:
            found = extract(source_text, source_lang), extract(target_text, target_lang)
            source, target = ([v for v in values if v.kind in self.kinds] for values in found)
            missing, extra = compare(source, target)
            sides = Side("original", found[0], source_text), Side("translation", found[1], target_text)
            for mine, theirs, note in excused(missing, extra, sides, self.excuses):
                for value in mine:
                    missing.remove(value)
                for value in theirs:
                    extra.remove(value)
                yield self.finding(uid, f"{uid}: {note}", source_text, target_text, severity=Severity.INFO)
            if not missing and not extra:
                continue
            if note := self.grouped(missing, extra, source_text, target_text):
                yield self.finding(uid, f"{uid}: {note}", source_text, target_text, severity=Severity.INFO)
                continue
            message = difference([v.text for v in missing], [v.text for v in extra])
            holds = _held(found[0]), _held(found[1])
            absent = any((v.kind, v.value) not in holds[1] for v in missing) or \
                any((v.kind, v.value) not in holds[0] for v in extra)
            if absent:
                yield self.finding(uid, f"{uid}: {message}; check the {self.noun}", source_text, target_text)
            else:
                yield self.finding(uid, f"{uid}: {message}, though the other side has it too (said once there?); "
                                   f"check the {self.noun}", source_text, target_text, severity=Severity.WARNING)

    def grouped(self, missing, extra, source_text: str, target_text: str) -> str | None:
        """What to say, as a note, where all that differs is how the digits are grouped: none here."""
        return None


def _held(values) -> set[tuple[str, str]]:
    """Every value a side has, a date's year also as a number (the year of "the 1949 Geneva Conventions of 12
    August 1949" stands in the French date "12 août 1949")."""
    held = {(v.kind, v.value) for v in values}
    held |= {("number", v.value[:4].lstrip("0")) for v in values if v.kind == "date" and v.value[:4].isdigit()}
    return held
