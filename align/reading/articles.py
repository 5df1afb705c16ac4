"""Reading a declaration or convention numbered by articles (the UDHR layout).

Unit ids: ``title``; ``PP1``... (the preamble's considerations, "Whereas",
"Considérant", "鉴于"...); ``intro`` ("The General Assembly"), with ``PR0``
for what stands before it and ``PR1``... for the proclamation after it;
``ART1``... for articles, ``ART13.1`` for item 1 of article 13 (``1.``,
``㈠``), ``ART2.p2`` for a second unnumbered paragraph.  Headings (the
preamble's, each article's) are structure, not units: their number is in
the id.
"""

from __future__ import annotations

import re

from ..languages import ARABIC_DIGITS, LanguageProfile, article_number
from ..model import UnitKind
from .layout import Block, Line

_ITEM = re.compile(r"^\s*(?:([\d٠-٩]{1,3})\s*[.)]\s+|([㈠-㈩])\s*)(.*)$", re.S)

RawUnit = tuple[str, UnitKind, str, tuple[Line, ...]]


def has_articles(blocks: tuple[Block, ...], lang: LanguageProfile) -> bool:
    return any(lang.article.match(block.lines[0].text) for block in blocks[1:])


def article_units(blocks: tuple[Block, ...], lang: LanguageProfile, join) -> list[RawUnit]:
    units: list[RawUnit] = [("title", UnitKind.TITLE, join(blocks[0].lines), blocks[0].lines)]
    preambular = 0
    before_intro = 0
    proclamation = 0
    seen_intro = False
    article: int | None = None
    unnumbered = 0
    for block in blocks[1:]:
        text = join(block.lines)
        heading = lang.article.match(text)
        if heading:
            article, unnumbered = article_number(heading.group(1)), 0
            continue
        if lang.preamble.match(text):
            continue
        if article is None:
            if lang.whereas.match(text) and not seen_intro and not before_intro:
                preambular += 1
                units.append((f"PP{preambular}", UnitKind.PREAMBULAR, text, block.lines))
            elif lang.intro.match(text) and not seen_intro:
                seen_intro = True
                units.append(("intro", UnitKind.INTRO, text, block.lines))
            elif not seen_intro:
                before_intro += 1
                uid = "PR0" if before_intro == 1 else f"PR0.{before_intro}"
                units.append((uid, UnitKind.OPERATIVE, text, block.lines))
            else:
                proclamation += 1
                units.append((f"PR{proclamation}", UnitKind.OPERATIVE, text, block.lines))
            continue
        item = _ITEM.match(text)
        if item:
            number = int(item.group(1).translate(ARABIC_DIGITS)) if item.group(1) else ord(item.group(2)) - 0x321F
            units.append((f"ART{article}.{number}", UnitKind.SUBPARAGRAPH, item.group(3).strip(), block.lines))
        else:
            unnumbered += 1
            uid = f"ART{article}" if unnumbered == 1 else f"ART{article}.p{unnumbered}"
            units.append((uid, UnitKind.OPERATIVE, text, block.lines))
    return units
