from __future__ import annotations

import math
import statistics

from ..model import Severity
from .base import Check, paired

MIN_CHARS = 20
LIMIT = 4.0  # robust z-score beyond which a ratio is an outlier


class LengthCheck(Check):
    id = "length"
    severity = Severity.WARNING
    description = ("Length ratio outliers: a unit whose translation is far longer or shorter than the pair's own "
                   "ratio (median and median absolute deviation of the log ratios of the document).")

    def run(self, context):
        pairs = [p for p in paired(context) if len(p.source.unit.text) >= MIN_CHARS and p.target.unit.text]
        if len(pairs) < 5:
            return
        logs = [math.log(len(p.target.unit.text) / len(p.source.unit.text)) for p in pairs]
        centre = statistics.median(logs)
        spread = statistics.median(abs(x - centre) for x in logs) or 0.05
        for pair, value in zip(pairs, logs):
            score = (value - centre) / (1.4826 * spread)
            if abs(score) > LIMIT:
                side = "longer" if score > 0 else "shorter"
                yield self.finding(
                    pair.unit_id,
                    f"{pair.unit_id}: the translation is {math.exp(value - centre):.2f} times the usual length ratio "
                    f"({side} than the rest of the document); check for missing or added text",
                    pair.source.unit.text, pair.target.unit.text,
                )
