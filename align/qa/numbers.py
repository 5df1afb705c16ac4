from __future__ import annotations

from ..model import Severity
from .values import ValuesCheck


class NumbersCheck(ValuesCheck):
    id = "numbers"
    severity = Severity.ERROR
    description = ("Numbers, amounts and percentages, read per locale (3,5 = 3.5; 1 000 = 1,000; "
                   "3,5 millions = 3.5 million; 5 % = 5 per cent; 78e = 78th).")
    kinds = ("number", "percent", "grade")
    noun = "number"
