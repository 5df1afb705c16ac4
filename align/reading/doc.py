"""Legacy binary Word files (``.doc``, OLE2 compound documents), through LibreOffice.

No Python library reads the old binary Word format well enough to keep
footnotes apart from the text, so the file is converted to OOXML by
LibreOffice running headless (``soffice --headless --convert-to docx``) in a
temporary folder, and the result read by the Word reader.  Where LibreOffice
is not installed the file is refused with the way to convert it.  (Word's
NOTEREF fields -- a footnote called again -- may not survive LibreOffice's
conversion: those calls are then lost, and the text says "Error: Reference
source not found" where Word showed the number; the document says so in a
warning.)
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from dataclasses import replace
from pathlib import Path

from ..errors import InputError
from ..model import Document
from .base import Reader, Request
from .docx import DocxReader

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_TIMEOUT = 120  # seconds: a resolution converts in a few
_BROKEN_REFERENCE = "Error: Reference source not found"


def office() -> str | None:
    """The LibreOffice command, if installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


class LegacyWordReader(Reader):
    form = "doc"
    description = "legacy binary Word (.doc), converted by LibreOffice where it is installed"

    def recognises(self, data: bytes) -> bool:
        return data.startswith(OLE2)

    def read(self, data: bytes, request: Request) -> Document:
        command = office()
        if command is None:
            raise InputError(request.path, "a legacy binary Word file (.doc), which untm reads through LibreOffice, "
                             "and LibreOffice is not installed",
                             "install it (apt-get install libreoffice-writer-nogui) or save the file as .docx from Word")
        with tempfile.TemporaryDirectory(prefix="untm-doc-") as folder:
            source = Path(folder) / "document.doc"
            source.write_bytes(data)
            try:
                subprocess.run([command, "--headless", f"-env:UserInstallation=file://{folder}/profile",
                                "--convert-to", "docx", "--outdir", folder, str(source)],
                               check=True, capture_output=True, timeout=_TIMEOUT)
                converted = (Path(folder) / "document.docx").read_bytes()
            except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError):
                raise InputError(request.path, "LibreOffice could not convert this .doc file",
                                 "open it in Word or LibreOffice and save it as .docx") from None
        document = DocxReader().read(converted, request)
        broken = [unit.id for unit in document.units if _BROKEN_REFERENCE in unit.text]
        warnings = (f"{request.path}: LibreOffice could not convert the repeated footnote calls of "
                    f"{', '.join(broken)}: they read {_BROKEN_REFERENCE!r}; save the file as .docx from Word",) \
            if broken else ()
        return replace(document, form=self.form, warnings=document.warnings + warnings)
