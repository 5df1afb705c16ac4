"""A minimal PDF writer for tests: Helvetica lines placed where a test needs them.

Each page is a list of lines ``(x, y, size, text)`` or ``(x, y, size, text, bold)``,
``y`` from the foot of an A4 page.  Text is WinAnsi (Latin-1) only.
"""

from __future__ import annotations


def pdf(pages: list[list[tuple]]) -> bytes:
    objects: list[str] = []

    def add(text: str) -> int:
        objects.append(text)
        return len(objects)

    regular = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    bold = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    parent = add("")  # the page tree, filled in when the pages are known
    kids = []
    for lines in pages:
        stream = ""
        for line in lines:
            x, y, size, text = line[:4]
            font = "F2" if len(line) > 4 and line[4] else "F1"
            escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            stream += f"BT /{font} {size} Tf {x} {y} Td ({escaped}) Tj ET\n"
        content = add(f"<< /Length {len(stream.encode('latin-1'))} >>\nstream\n{stream}endstream")
        kids.append(add(f"<< /Type /Page /Parent {parent} 0 R /MediaBox [0 0 595 842] /Resources << /Font "
                        f"<< /F1 {regular} 0 R /F2 {bold} 0 R >> >> /Contents {content} 0 R >>"))
    objects[parent - 1] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>"
    catalog = add(f"<< /Type /Catalog /Pages {parent} 0 R >>")
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    table = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root {catalog} 0 R >>\nstartxref\n{table}\n%%EOF\n".encode()
    return out


def resolution(extra: list[tuple] = (), y0: int = 760) -> list[tuple]:
    """A short resolution's first page: masthead, title, intro, a preambular and two operative paragraphs."""
    return [
        (300, 800, 10, "A/RES/57/1"),
        (72, y0, 12, "57/1. Title of the resolution", True),
        (72, y0 - 30, 12, "The General Assembly,"),
        (90, y0 - 60, 12, "Recalling its resolution 56/202 of 21 December 2001,"),
        (90, y0 - 90, 12, "1. Decides to continue the consideration of the question;"),
        (90, y0 - 120, 12, "2. Requests the Secretary-General to report on the matter."),
        *extra,
    ]
