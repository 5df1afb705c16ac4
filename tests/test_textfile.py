from __future__ import annotations

import pytest

from align.errors import InputError
from align.reading.textfile import decode, read_bytes

TEXT = "L’Assemblée générale,\r\n coopération Sud-Sud œuvre\r\n"
EXPECTED = "L’Assemblée générale,\n coopération Sud-Sud œuvre\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (TEXT.encode("utf-8-sig"), "utf-8-sig"),
        (TEXT.encode("utf-16"), "utf-16"),
        (b"\xfe\xff" + TEXT.encode("utf-16-be"), "utf-16"),
        (TEXT.encode("cp1252"), "cp1252"),
    ],
)
def test_each_encoding_in_the_wild_decodes_to_the_same_text(data, encoding):
    assert decode(data, "f.txt") == (EXPECTED, encoding)


def test_a_lone_cr_is_a_line_end():
    assert decode(b"a\rb", "f.txt")[0] == "a\nb"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"  \n\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "NUL bytes"),
        (b"caf\xe9 \x81\x8d", "neither UTF-8"),
    ],
)
def test_what_is_not_text_is_refused_with_the_fix(data, message):
    with pytest.raises(InputError) as caught:
        decode(data, "doc.fr.txt")
    assert message in str(caught.value)
    assert str(caught.value).startswith("doc.fr.txt: ")


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file; check the path"):
        read_bytes(tmp_path / "absent.fr.txt")
    with pytest.raises(InputError, match="a folder, not a file; give a file"):
        read_bytes(tmp_path)


def test_a_truncated_utf8_file_is_refused_not_misread():
    data = "L’Assemblée générale,\n coopération".encode("utf-8")[:-1] + "é".encode("utf-8")[:1]
    with pytest.raises(InputError, match="ends in the middle of a character"):
        decode(data, "cut.fr.txt")


def test_a_damaged_utf8_file_says_where():
    data = "L’Assemblée générale,\n".encode("utf-8") + b"coop\xe9ration\n"
    with pytest.raises(InputError) as caught:
        decode(data, "bad.fr.txt")
    offset = len("L’Assemblée générale,\ncoop".encode("utf-8"))
    assert caught.value.line == 2 and f"byte {offset} (0xE9) is not" in str(caught.value)


@pytest.mark.parametrize("encoding", ["koi8_r", "cp1251", "shift_jis", "gb2312"])
def test_other_encodings_are_refused(encoding):
    text = {"koi8_r": "Генеральная Ассамблея, принимая во внимание",
            "cp1251": "Генеральная Ассамблея, принимая во внимание",
            "shift_jis": "総会は、国際連合の目的を想起し",
            "gb2312": "大会回顾联合国宪章的宗旨和原则"}[encoding]
    with pytest.raises(InputError, match="neither UTF-8, UTF-16 nor Windows-1252"):
        decode(text.encode(encoding), "other.txt")


def test_a_text_file_refuses_what_xml_leaves_out_and_keeps_its_page_breaks():
    """The text reader's class of characters XML 1.0 cannot carry (its Char production), on every code point;
    a form feed is a page break, which the layout reads."""
    from align.reading.text import _UNUSABLE

    def xml_char(code: int) -> bool:
        return code in (0x9, 0xA, 0xD) or 0x20 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD or 0x10000 <= code <= 0x10FFFF

    every = "".join(map(chr, range(0x110000)))
    assert _UNUSABLE.findall(every) == [c for c in every if not xml_char(ord(c)) and c != "\f"]
