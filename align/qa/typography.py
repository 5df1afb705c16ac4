from __future__ import annotations

import regex  # the Chinese rule's classes compile 20 times faster than with the standard library's re

from ..languages import base_language
from ..model import Severity, counted
from .base import Check, paired

# Each language's rules: a pattern of what its editors do not write, and what
# to write instead ("{}" is the sign found).
_SPACE_BEFORE = (regex.compile(r"\s[;:!?,](?![\d/])"), "a space before “{}”; remove it")
_RULES: dict[str, tuple[tuple[regex.Pattern[str], str], ...]] = {
    # A no-break space (U+00A0 or the narrow U+202F) before ; : ! ? and inside « ».
    "fr": (
        (regex.compile(r"[^\s\u00a0\u202f][;:!?](?!//)"), "no space before “{}”; put a no-break space"),
        (regex.compile(r" [;:!?»]"), "an ordinary space before “{}”; use a no-break space"),
        (regex.compile(r"« "), "an ordinary space after “«”; use a no-break space"),
    ),
    "en": (
        _SPACE_BEFORE,
        (regex.compile(r"[«»]"), "the French quotation mark “{}”; English uses “ ”"),
    ),
    # A question or an exclamation opens with ¿ or ¡ in the same sentence.
    "es": (
        _SPACE_BEFORE,
        (regex.compile(r"(?:^|(?<=[.?!]))[^.?!¿]*\?"), "“{}” without its opening “¿”"),
        (regex.compile(r"(?:^|(?<=[.?!]))[^.?!¡]*!"), "“{}” without its opening “¡”"),
    ),
    "ru": (_SPACE_BEFORE,),
    # Full-width punctuation next to Chinese characters: ，；：！？（）.
    "zh": (
        (regex.compile(r"(?<=[\u3400-\u9fff])[,;:!?()]|[,;:!?()](?=[\u3400-\u9fff])"),
         "the ASCII “{}” in Chinese text; use its full-width form (，；：！？（）)"),
    ),
    # Arabic punctuation after an Arabic word: ، ؛ ؟.
    "ar": ((regex.compile(r"(?<=[\u0621-\u064a])[,;?]"), "the Latin “{}” after an Arabic word; use ، ؛ or ؟"),),
}
_EXEMPT = regex.compile(r"\d:\d|https?:")  # 10:30, a URL


class TypographyCheck(Check):
    id = "typography"
    severity = Severity.INFO
    description = ("Typography of the target language: French no-break spaces before ; : ! ? and inside « »; "
                   "no space before punctuation in English, Spanish and Russian; ¿ and ¡ in Spanish; "
                   "full-width punctuation in Chinese; Arabic ، ؛ ؟ after Arabic words.")

    def run(self, context):
        rules = _RULES.get(base_language(context.alignment.target.language), ())
        if not rules:
            return
        for pair in paired(context):
            text = pair.target.unit.text
            problems = []
            for pattern, message in rules:
                for match in pattern.finditer(text):
                    if _EXEMPT.search(text[max(0, match.start() - 4):match.end() + 2]):
                        continue
                    problems.append(message.format(match.group(0).strip()[-1]))
            if problems:
                listed = "; ".join(dict.fromkeys(problems))
                yield self.finding(pair.unit_id, f"{pair.unit_id}: {listed} ({counted(len(problems), 'place')})", target=text)
