from __future__ import annotations

from ..model import Severity
from ..localized import digits
from .base import difference
from .values import Side, ValuesCheck


def _volumes(value, others, mine: Side, theirs: Side):
    """A Treaty Series volume one apart, the number after it (the treaty's registration number, "vol. 1833,
    No. 31363" against "vol. 1834, no 31363") the same on both sides: a treaty printed over two volumes whose
    languages' authentic texts stand in different ones, as the UN's versions cite them."""
    after = _next_number(value, mine.values) if value.kind == "number" and mine.name == "original" else None
    other = None if after is None else next((v for v in others if v.kind == "number" and _one_apart(value.value, v.value)
                                             and _next_number(v, theirs.values) == after), None)
    return other and ((other,), f"vol. {value.text} in the original, {other.text} in the translation, the treaty's "
                                "registration number the same: the volume of each language's authentic text?")


def _articles(value, others, mine: Side, theirs: Side):
    """An article and its paragraph as one number on one side and two on the other: "article 3.5" against
    "الفقرة 5 من المادة 3" (paragraph 5 of article 3), "article 4 (4)" against "artículo 4.4".  Each number of
    the pair whole, the two found, in either order, among the other side's numbers that differ."""
    if value.kind != "number" or value.text.count(".") != 1 or not value.text.replace(".", "").isdigit():
        return None
    article, paragraph = (part.lstrip("0") for part in value.text.split("."))
    numbers = [v for v in others if v.kind == "number"]
    first = next((v for v in numbers if v.value == article), None)
    second = next((v for v in numbers if v.value == paragraph and v is not first), None)
    return first and second and ((first, second), f"{value.text} in the {mine.name}, {first.text} and {second.text} "
                                 f"in the {theirs.name}: an article and its paragraph, written as one number and as two?")


def _indices(value, others, mine: Side, theirs: Side):
    """An index whose base is 100 on one side, what it exceeds the base by in per cent on the other: the
    margin between the pay of the United Nations and of the comparator civil service, which the English of
    79/252 gives as "a range of 110 to 120 ... the desirable midpoint of 115" and the French as "10 à 20 pour
    cent ... 15 pour cent"."""
    if value.kind != "number" or value.value.count(".") > 1 or not 100 < float(value.value) < 200:
        return None
    excess = round(float(value.value) - 100, 6)
    other = next((v for v in others if v.kind == "percent" and float(v.value.rstrip("%")) == excess), None)
    return other and ((other,), f"{value.text} in the {mine.name}, {other.text} in the other version: an index of "
                                "100 and what it exceeds 100 by?")


class NumbersCheck(ValuesCheck):
    id = "numbers"
    severity = Severity.ERROR
    description = ("Numbers, amounts and percentages, read per locale (3,5 = 3.5; 1 000 = 1,000; "
                   "3,5 millions = 3.5 million; 5 % = 5 per cent; 78e = 78th).")
    kinds = ("number", "percent", "grade")
    noun = "number"
    # a volume one apart, an article's paragraph, an index of 100: a note; each value excused once
    excuses = (_volumes, _articles, _indices)

    def grouped(self, missing, extra, source_text: str, target_text: str) -> str | None:
        """Whole numbers that differ only in how their digits are grouped: the two texts hold the same digits in
        the same order.  A table's cells are read as running text, a space between them, so "8 126" is eight
        and 126 in one version, 8,126 in the other, and neither reading is sure; where every digit of the unit
        stands in both in one order, no number differs (a decimal, a date, a digit more or fewer does)."""
        # both sides have numbers the other has not, all whole and in digits, and the two texts agree digit for
        # digit: the numbers regroup the same digits ("118 8 126" against 118 and 8 126); a number one side has
        # and the other has not at all (in a symbol there, "INFCIRC/549") is no regrouping
        if not (missing and extra) or not _whole(missing + extra) or digits(source_text) != digits(target_text):
            return None
        return (f"{difference([v.text for v in missing], [v.text for v in extra])}: the same digits in the same "
                "order, grouped otherwise (a table's cells read together?); check the table")


def _whole(values) -> bool:
    """Whether each value is a whole number written in digits alone (not "3.5 million", not "XXI")."""
    return all(v.kind == "number" and v.value == digits(v.text).lstrip("0") for v in values)


def _one_apart(a: str, b: str) -> bool:
    return a.isdigit() and b.isdigit() and len(a) >= 3 and abs(int(a) - int(b)) == 1


def _next_number(value, values) -> str | None:
    """The value of the next number within a few characters after ``value`` (a registration number)."""
    later = [v for v in values if v.kind == "number" and 0 < v.start - value.end <= 12]
    return min(later, key=lambda v: v.start).value if later else None
