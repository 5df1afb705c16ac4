"""The printed labels of a UN document's paragraphs, in every language: what they say.

``1.``, Arabic ``19 -``, Chinese ``一、`` (a paragraph's number); ``(a)``,
``a)``, ``(أ)``, ``㈠``, ``’1‘`` (a sub-paragraph's label); ``IX.``, Arabic
``تاسعا`` (a heading's); ``57/263.`` (the title line's).  The builder of
:mod:`align.reading.structure` asks these what a paragraph opens with.
"""

from __future__ import annotations

import re

from ..languages import ARABIC_DIGITS, article_number, roman_numeral

# The line a resolution's title is on, after the masthead: "48/161. Title", "ES-11/1. Title".
TITLE_LINE = re.compile(r"^\s*(?:\d{1,4}/\d{1,4}|ES-\d+/\d+)\s*\.(?:\s|$)")
# "57/263. Title"; the Arabic prints no stop: "79/236 التعاون".
TITLE = re.compile(r"^\s*(\d{1,4}/\d{1,4}(?:\s*[A-Z](?![\w/]))?|ES-\d+/\d+)\s*(?:[.\-–]\s+|\s+(?=\D))(.*)$", re.S)
# Bidirectional marks the UN's Chinese and Arabic files set around numbers.
MARKS = "\u200e\u200f\u061c"
# "1.", Arabic "19 -", and the Chinese of conventions "一、".
OPERATIVE = re.compile(rf"^[\s{MARKS}]*([\d٠-٩]{{1,4}}|[一二三四五六七八九十百]{{1,4}}(?=、))[\s{MARKS}]*"
                       rf"(?:\.|、|\s*[-–](?=[\s{MARKS}]))[\s{MARKS}]*(.*)$", re.S)
# A number typed before the text with nothing after it ("26 Requests"): read only as the next paragraph.
BARE_NUMBER = re.compile(r"^\s*(\d{1,3})\s+(?=\S)")
# (a), a), (أ), ㈠, and Arabic's roman (i) written ’1‘.
ITEM = re.compile(rf"^[\s{MARKS}]*(?:\(\s*([^\s()]{{1,6}}|[^\s()] [^\s()])\s*\)|([^\s()’‘]{{1,6}})\)|([㈠-㈩])|’([\d٠-٩]{{1,2}})‘)[\s{MARKS}]*(.*)$", re.S)
# A heading's label printed alone: "IX.", "B.", "九、", Arabic "تاسعا" (ninth), "باء" (B).
HEADING_LABEL = re.compile(
    r"^\s*(?:[IVXLC]{1,6}|[A-ZА-Я]|[一二三四五六七八九十]{1,3}|"
    r"(?:أولا|ثانيا|ثالثا|رابعا|خامسا|سادسا|سابعا|ثامنا|تاسعا|عاشرا|حادي عشر|ثاني عشر)|"
    r"(?:ألف|باء|جيم|دال|هاء|واو|زاي|حاء|طاء|ياء|كاف|لام|ميم|نون))\s*[.、\-–]?\s*$"
)
HEADING_WORDS = 40
FINAL_STOP = tuple(".;:,。；：，،؛")
OPERATIVE_END = tuple(".:。：")
# A bullet item: "• Priority 1: governance".
BULLET = re.compile(r"^\s*[•·▪◦●■\-–−]\s+(?=\S)")
# A section heading with its label: "I. Preamble", "B. Fundamental rights".
SECTION = re.compile(r"^\s*(?:[IVXLC]{1,6}|[A-Z])\.\s+(?=\S)")


def number(label: str) -> int:
    western = label.translate(ARABIC_DIGITS)
    return int(western) if western.isdigit() else article_number(label)


def roman(digits: str | None) -> str | None:
    return None if digits is None else roman_numeral(int(digits.translate(ARABIC_DIGITS)))


def label_only(text: str) -> bool:
    """A paragraph number or a sub-paragraph label with no text after it."""
    match = OPERATIVE.match(text) or ITEM.match(text)
    return bool(match) and not match.group(match.lastindex).strip()


def is_heading(text: str) -> bool:
    return 0 < len(text.split()) <= HEADING_WORDS and not text.rstrip().endswith(FINAL_STOP)


_LABEL_WORDS = 12  # a line this short ending in a colon, after a complete paragraph, is a heading
# ... and a line opened by a word and a number ("Action 9. We will ...", "行动9. 我们将...", "الإجراء 9 - سنعزز")
_TITLED = re.compile(r"^[^\W\d_]{2,15}\s?\d{1,2}\s?(?:\.\s|[\-–—]\s?(?=[^\W\d_]))")
_TITLED_WORDS = 60  # a sentence, however long the language makes it ("Mesure 7. Nous entendons ...": 45 words)


def heads(text: str, before: str, following: str) -> bool:
    """Whether an unnumbered line between a paragraph (``before``) and the next (``following``) is a heading
    over what follows, not the rest of the paragraph before it, though its words alone do not say so
    (``is_heading``):

    * a short line ending in a colon, before a numbered one: "We commit to taking the following actions:"
      before paragraph 48, which the Russian prints without the colon (a heading either way), and the Russian
      79/2's "Обязательства:" (Commitments) before paragraph 42;
    * a line that a word and a number open, before a numbered paragraph or a heading: 79/1's "Action 9. We will
      strengthen our actions to address climate change." (行动9. 我们将加强应对气候变化的行动。, "Mesure 7.
      Nous entendons ...", "الإجراء 43 – سنعزز ...") and "Objectif 2. Rendre l’économie numérique plus
      inclusive ...", whose stop makes them look like sentences, and which some versions print in bold and
      others not;

    either after a complete paragraph, or after the last item of a list, which may end in a semicolon.
    """
    words, before = len(text.split()), before.rstrip()
    numbered = bool(OPERATIVE.match(following))
    if not before.endswith((".", "。", ";", "；")):
        return False
    if words <= _LABEL_WORDS and text.rstrip().endswith((":", "：")):
        return numbered
    titled = _TITLED.match(text)  # and what follows the number begins a sentence: not "In 10 – years from now"
    return bool(titled) and not text[titled.end():titled.end() + 1].islower() and words <= _TITLED_WORDS \
        and (numbered or is_heading(following))
