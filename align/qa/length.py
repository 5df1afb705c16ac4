from __future__ import annotations

import math
import statistics

from ..model import Severity
from .base import Check

MIN_CHARS = 20
LIMIT = 4.0  # robust z-score beyond which a ratio is an outlier


class LengthCheck(Check):
    id = "length"
    severity = Severity.WARNING
    description = ("Length ratio outliers: a unit whose translation is far longer or shorter than the pair's own "
                   "ratio (median and median absolute deviation of the log ratios of the document).")

    def run(self, context):
        # each pair with the units left alone it holds (a heading run into it is no added text)
        rows = [(uid, source, target) for uid, source, target in context.compared
                if len(source) >= MIN_CHARS and target]
        if len(rows) < 5:
            return
        logs = [math.log(len(target) / len(source)) for _, source, target in rows]
        centre = statistics.median(logs)
        spread = statistics.median(abs(x - centre) for x in logs) or 0.05
        for (uid, source, target), value in zip(rows, logs):
            score = (value - centre) / (1.4826 * spread)
            if abs(score) > LIMIT:
                side = "longer" if score > 0 else "shorter"
                yield self.finding(
                    uid,
                    f"{uid}: the translation is {math.exp(value - centre):.2f} times the usual length ratio "
                    f"({side} than the rest of the document); check for missing or added text",
                    source, target,
                )
