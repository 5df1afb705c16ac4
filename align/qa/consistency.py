from __future__ import annotations

from ..model import Severity
from .base import Check, paired

MATCH_THRESHOLD = 85  # TM fuzzy score from which an earlier translation is compared
CHRF_FLOOR = 60.0  # below this chrF the translation has diverged from the earlier one


class ConsistencyCheck(Check):
    id = "consistency"
    severity = Severity.WARNING
    description = ("Consistency with earlier translations (--tm): each sentence whose source matches a TM source "
                   f"({MATCH_THRESHOLD} % or more) has its translation compared with the TM's by chrF and TER "
                   "(sacrebleu); a divergence, or any other translation of an exact (100 %) match, is a warning "
                   "with both texts.")

    def run(self, context):
        if context.tm is None:
            return
        from sacrebleu.metrics import CHRF, TER  # only a run with a TM needs sacrebleu

        chrf_metric, ter_metric = CHRF(), TER()
        for pair in paired(context):
            for link in pair.links:
                if not link.source or not link.target:
                    continue
                source = " ".join(pair.source.sentences[i].text for i in link.source)
                target = " ".join(pair.target.sentences[j].text for j in link.target)
                match = context.tm.best(source)
                if match is None or match.score < MATCH_THRESHOLD or match.target.split() == target.split():
                    continue
                chrf = chrf_metric.sentence_score(target, [match.target])
                # an exact match translated otherwise is an inconsistency however close the wording (as in
                # Xbench and Trados QA); a fuzzy one only once the translation has diverged
                if match.score < 100 and chrf.score >= CHRF_FLOOR:
                    continue
                ter = ter_metric.sentence_score(target, [match.target])
                yield self.finding(
                    pair.unit_id,
                    f"{pair.unit_id}: the TM translated this source ({match.score} % match) differently: "
                    f"chrF {chrf.score:.1f}, TER {ter.score:.1f} ({chrf_metric.get_signature()}); reuse the agreed "
                    f"wording unless it must change. TM: “{match.target}”",
                    source, target,
                )
