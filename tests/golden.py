"""Golden files of real UN documents as the readers read them.

    python -m tests.golden          # compare, print what differs
    python -m tests.golden --write  # write them again (then read the diff before committing)

Each golden file is the document's symbol, language, form and every unit: id,
kind, first and last line (or page, or element line), footnote calls (number
and offset) and text.  The documents are the UN's (../shared/corpus/un-docs).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from align.model import Document

HERE = Path(__file__).resolve().parent
GOLDEN = HERE / "data" / "golden" / "readers"
DOCS = HERE.parent.parent / "shared" / "corpus" / "un-docs"

# golden file name -> file in ../shared/corpus/un-docs
FILES = {
    **{f"A_RES_79_236.{lang}": f"A_RES_79_236.{lang}.xml" for lang in ("ar", "en", "es", "fr", "ru", "zh")},
    **{f"A_RES_48_161.{lang}": f"A_RES_48_161.{lang}.pdf" for lang in ("en", "fr")},
    "N1738922": "word/N1738922.DOC",  # A/RES/72/8: 26 footnotes, NOTEREF repeats
    "N1824644": "word/N1824644.DOC",  # E/RES/2018/29: one unnumbered operative paragraph, (a)-(c), (i)-(xxiv)
    "N1822444": "word/N1822444.DOC",  # E/RES/2018/14*: reissue mark, an annex with sections
}


def as_json(document: Document) -> dict:
    return {
        "symbol": document.symbol,
        "language": document.language,
        "form": document.form,
        "units": [
            {"id": u.id, "kind": u.kind.value, "lines": [u.lines[0], u.lines[-1]],
             "calls": [[c.number, c.offset] for c in u.calls], "text": u.text}
            for u in document.units
        ],
    }


def dump(data: dict) -> str:
    """One unit a line: a diff shows the units that changed."""
    head = json.dumps({k: v for k, v in data.items() if k != "units"}, ensure_ascii=False)[:-1]
    units = ",\n".join(json.dumps(unit, ensure_ascii=False) for unit in data["units"])
    return f'{head}, "units": [\n{units}\n]}}\n'


def main() -> int:
    from align.reading import read_document

    write = "--write" in sys.argv
    changed = 0
    for name, relative in FILES.items():
        data = as_json(read_document(DOCS / relative))
        path = GOLDEN / f"{name}.json"
        if write:
            path.write_text(dump(data), encoding="utf-8")
        elif not path.exists() or json.loads(path.read_text(encoding="utf-8")) != data:
            changed += 1
            print(f"differs: {path.name}")
    return 1 if changed else 0


if __name__ == "__main__":
    raise SystemExit(main())
