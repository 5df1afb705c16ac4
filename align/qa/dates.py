from __future__ import annotations

from ..model import Severity
from .values import Side, ValuesCheck


_NEXT_TO = 4  # characters between a day and a year that belong to it ("1 de abril d 2025")


def _year_elsewhere(value, others, mine: Side, theirs: Side):
    """A day without its year on one side, the same day with a year on the other, where the first side gives
    that year elsewhere in the unit, as a year of its own (a clause's, no noun's: not "the 2030 Agenda", "2026
    participants"): "during 2025, namely from 7 to 25 April" against "2025年4月7日至25日" (79/72).  Not a year just
    after the day ("1 de abril d 2025": a date mistyped), nor one in another date ("2024年10月21日11月1日": a
    range that lost its 至)."""
    if value.kind != "date" or not value.value.startswith("--"):
        return None
    years = {v.value for v in mine.values if v.kind == "number" and len(v.value) == 4
             and not 0 <= v.start - value.end <= _NEXT_TO and _alone(v, mine.text)}
    other = next((v for v in others if v.kind == "date" and v.value[4:] == value.value[1:] and v.value[:4] in years),
                 None)
    return other and ((other,), f"{value.text} in the {mine.name}, {other.text} in the other version: the same day, "
                                f"its year given elsewhere in the {mine.name}")


class DatesCheck(ValuesCheck):
    id = "dates"
    severity = Severity.ERROR
    description = ("Dates and times of day in each language's form (19 septembre 2002 = 19 September 2002 = "
                   "19 de septiembre de 2002 = 2002年9月19日 = 19 أيلول/سبتمبر 2002; 6 p.m. = 18 heures = 下午6时).")
    kinds = ("date", "time")
    noun = "date"

    excuses = (_year_elsewhere,)  # a day whose year its version gives elsewhere: a note


def _alone(value, text: str) -> bool:
    """A number that ends its clause: what follows it is a stop or a comma, or nothing ("during 2025, namely")."""
    rest = text[value.end:].lstrip()
    return not rest or rest[0] in ",.;:，。；："
