from __future__ import annotations

from ..model import Severity
from .values import ValuesCheck


class DatesCheck(ValuesCheck):
    id = "dates"
    severity = Severity.ERROR
    description = ("Dates and times of day in each language's form (19 septembre 2002 = 19 September 2002 = "
                   "19 de septiembre de 2002 = 2002年9月19日 = 19 أيلول/سبتمبر 2002; 6 p.m. = 18 heures = 下午6时).")
    kinds = ("date", "time")
    noun = "date"
