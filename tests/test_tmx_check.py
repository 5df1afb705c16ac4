"""untm's own TMX check finds what the spec forbids, each at its line."""

from __future__ import annotations

from tmx.check import check_tmx

from .conftest import DATA


def test_each_flaw_is_reported_at_its_line():
    problems = [str(p) for p in check_tmx(DATA / "tmx" / "flawed.tmx")]
    assert problems == [
        "line 3: <header> lacks the required attribute adminlang",
        "line 3: segtype 'word' is not one of ['block', 'paragraph', 'phrase', 'sentence']",
        "line 3: o-tmf 'UTF-8' names an encoding, not a TM format",
        "line 3: creationdate '2002-12-20' is not YYYYMMDDThhmmssZ",
        "line 9: tuid '1' is used twice",
        "line 9: <tu> has no <tuv> in the source language 'fr'",
        "line 13: <tuv> without xml:lang",
        "line 14: <prop> after a <tuv>: it must come first",
        "line 12: <tu> has no <tuv> in the source language 'fr'",
        "line 17: <tuv> holds 2 <seg>, expected exactly one",
        "line 17: <b> is not allowed in <seg>",
    ]


def test_a_truncated_file_is_reported(tmp_path):
    path = tmp_path / "cut.tmx"
    path.write_bytes((DATA / "tmx" / "flawed.tmx").read_bytes()[:400])
    problems = check_tmx(path)
    assert problems and "not well-formed XML" in problems[-1].message


def test_a_valid_file_has_no_problem(tmp_path):
    path = tmp_path / "ok.tmx"
    path.write_text(
        '<?xml version="1.0"?><tmx version="1.4"><header creationtool="x" creationtoolversion="1" '
        'segtype="sentence" o-tmf="x" adminlang="en" srclang="*all*" datatype="plaintext"/>'
        '<body><tu><tuv xml:lang="FR-fr"><seg>a <ph x="1">&lt;br/&gt;</ph></seg></tuv></tu></body></tmx>',
        encoding="utf-8",
    )
    assert check_tmx(path) == []


def test_lang_in_a_tmx_1_4_file_is_reported_and_left_alone_in_older_ones(tmp_path):
    body = ('<header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" '
            'srclang="fr" datatype="plaintext"/>\n<body>\n<tu><tuv lang="fr"><seg>a</seg></tuv></tu></body></tmx>')
    modern, old = tmp_path / "modern.tmx", tmp_path / "old.tmx"
    modern.write_text(f'<?xml version="1.0"?>\n<tmx version="1.4">{body}', encoding="utf-8")
    old.write_text(f'<?xml version="1.0"?>\n<tmx version="1.1">{body}', encoding="utf-8")
    [problem] = check_tmx(modern)
    assert problem.line == 4 and "<tuv> has lang" in problem.message and "write xml:lang" in problem.message
    assert [p.message for p in check_tmx(old)] == ["tmx version is '1.1', expected '1.4'"]


def test_a_date_of_the_right_form_that_is_no_date_is_reported(tmp_path):
    path = tmp_path / "late.tmx"
    path.write_text(
        '<?xml version="1.0"?><tmx version="1.4"><header creationtool="x" creationtoolversion="1" '
        'segtype="sentence" o-tmf="x" adminlang="en" srclang="*all*" datatype="plaintext" '
        'creationdate="99999999T999999Z" changedate="20231399T256161Z"/>'
        '<body><tu><tuv xml:lang="fr"><seg>a</seg></tuv></tu></body></tmx>',
        encoding="utf-8",
    )
    assert [p.message for p in check_tmx(path)] == [
        "creationdate '99999999T999999Z' is not a date (month 1-12, day of that month, hour 0-23)",
        "changedate '20231399T256161Z' is not a date (month 1-12, day of that month, hour 0-23)",
    ]
