"""Hostile XML: entity bombs, external entities, deep nesting -- refused fast, nothing leaked."""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pytest

from align.errors import InputError, SegmentationRulesError
from tmx.errors import TmxFileError
from align.glossary import read_glossary
from align.srx import parse_srx
from tmx.reader import TmxReader

from .conftest import ROOT

LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE tmx [\n<!ENTITY lol "lol">\n'
    + "\n".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10))
    + ']>\n<tmx version="1.4"><header srclang="fr"/><body><tu><tuv xml:lang="fr"><seg>coopération Sud-Sud &lol9;</seg>'
    '</tuv><tuv xml:lang="en"><seg>x</seg></tuv></tu></body></tmx>\n'
)


def test_a_billion_laughs_tmx_given_to_untm_terms_ends_fast_in_little_memory(tmp_path):
    bomb = tmp_path / "laughs.tmx"
    bomb.write_text(LAUGHS, encoding="utf-8")
    probe = (
        "import json, re; from align.cli import main; "
        f"code = main(['terms', {str(bomb)!r}, '--glossary', {str(ROOT / 'sources' / 'glossary.tbx')!r}, "
        f"'--tgt-lang', 'en', '--out', {str(tmp_path / 'out')!r}]); "
        # VmHWM, the peak of this process's own memory (ru_maxrss would count the parent's, from before exec).
        "hwm = int(re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1)); "
        "print(json.dumps({'code': code, 'mib': hwm / 1024}))"
    )
    start = time.monotonic()
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, timeout=60)
    elapsed = time.monotonic() - start
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["code"] == 2 and "not well-formed XML" in done.stderr
    assert elapsed < 5 and result["mib"] < 200
    assert not (tmp_path / "out").exists()


def _external(tmp_path, root: str, body: str) -> tuple[str, str]:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET", encoding="utf-8")
    return f'<?xml version="1.0"?><!DOCTYPE {root} [<!ENTITY x SYSTEM "{secret.as_uri()}">]>{body}', "TOP-SECRET"


def test_external_entities_never_reach_a_tmx_reading(tmp_path):
    text, secret = _external(tmp_path, "tmx", '<tmx version="1.4"><header srclang="fr"/><body><tu>'
                             '<tuv xml:lang="fr"><seg>a &x;</seg></tuv><tuv xml:lang="en"><seg>b</seg></tuv></tu></body></tmx>')
    path = tmp_path / "xxe.tmx"
    path.write_text(text, encoding="utf-8")
    assert all(secret not in v.text for unit in TmxReader(path) for v in unit.variants)


def test_external_entities_never_reach_segmentation_rules(tmp_path):
    text, secret = _external(tmp_path, "srx", '<srx xmlns="http://www.lisa.org/srx20" version="2.0"><header/><body>'
                             '<languagerules><languagerule languagerulename="A"><rule break="yes"><beforebreak>&x;</beforebreak>'
                             '<afterbreak>\\s</afterbreak></rule></languagerule></languagerules><maprules>'
                             '<languagemap languagepattern=".*" languagerulename="A"/></maprules></body></srx>')
    try:
        rules = parse_srx(text.encode("utf-8"), "xxe.srx")
    except SegmentationRulesError:
        return
    assert all(secret not in rule.before for _, rs in rules.language_rules for rule in rs)


def test_external_entities_never_reach_a_glossary(tmp_path):
    text, secret = _external(tmp_path, "martif", '<martif type="TBX" xml:lang="en"><text><body><termEntry id="a">'
                             '<langSet xml:lang="fr"><tig><term>&x;</term></tig></langSet><langSet xml:lang="en"><tig>'
                             '<term>b</term></tig></langSet></termEntry></body></text></martif>')
    path = tmp_path / "xxe.tbx"
    path.write_text(text, encoding="utf-8")
    try:
        glossary = read_glossary(path, "fr", "en")
    except InputError:
        return
    assert all(secret not in term.text for entry in glossary.entries for term in entry.source)


def test_deep_nesting_is_refused_clearly(tmp_path):
    path = tmp_path / "deep.tmx"
    path.write_text('<tmx version="1.4"><header srclang="fr"/><body><tu><tuv xml:lang="fr"><seg>'
                    + "<hi>" * 5000 + "x" + "</hi>" * 5000 + "</seg></tuv></tu></body></tmx>", encoding="utf-8")
    with pytest.raises(TmxFileError, match="not well-formed XML"):
        list(TmxReader(path))
