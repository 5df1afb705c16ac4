from __future__ import annotations

import re

from ..model import Severity
from .base import Check, paired

# French: a no-break space (U+00A0 or the narrow U+202F) before ; : ! ? and inside « ».
_FRENCH = (
    (re.compile(r"[^\s\u00a0\u202f][;:!?](?!//)"), "no space before “{}”; put a no-break space"),
    (re.compile(r" [;:!?»]"), "an ordinary space before “{}”; use a no-break space"),
    (re.compile(r"« "), "an ordinary space after “«”; use a no-break space"),
)


class TypographyCheck(Check):
    id = "typography"
    severity = Severity.INFO
    description = "Typography of the target language (French: a no-break space before ; : ! ? and inside « »)."

    def run(self, context):
        if context.alignment.target.language.split("-")[0] != "fr":
            return
        for pair in paired(context):
            text = pair.target.unit.text
            problems = []
            for pattern, message in _FRENCH:
                for match in pattern.finditer(text):
                    if re.search(r"\d:\d|https?:", text[max(0, match.start() - 4):match.end() + 2]):
                        continue
                    problems.append(message.format(match.group(0).strip()[-1]))
            if problems:
                listed = "; ".join(dict.fromkeys(problems))
                yield self.finding(pair.unit_id, f"{pair.unit_id}: {listed} ({len(problems)} place(s))", target=text)
