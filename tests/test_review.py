"""The HTML review page: its content, and how it renders in a real browser (headless Chromium).

Under CI (``CI=true``) the browser tests must run; elsewhere they are skipped
when Chromium is not installed (``apt-get install chromium``).  Screenshots
are kept in ``tests/artefacts/``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from lxml import html

from align.job import AlignJob, run_align

from .conftest import EN, FR, ROOT, UDHR, UDHR_SYMBOL, UNIT_IDS

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARTEFACTS = ROOT / "tests" / "artefacts"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic",
         "--no-first-run", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def resolution_page(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("review")
    run_align(AlignJob(FR, EN, out, "20021220T000000Z"))
    return out / "A_RES_57_263.fr-en.html"


@pytest.fixture(scope="module")
def udhr_page(tmp_path_factory, udhr) -> Path:
    out = tmp_path_factory.mktemp("review-udhr")
    run_align(AlignJob(UDHR / "udhr.en.txt", UDHR / "udhr.ar.txt", out, "19481210T000000Z", symbol=UDHR_SYMBOL))
    return out / "A_RES_217(III).en-ar.html"


def units(tree):
    return tree.xpath("//article[contains(@class,'unit')]")


def marks(tree, side: str, term: str):
    return tree.xpath(f"//div[contains(@class,'{side}')]//mark[contains(concat(' ',@class,' '),' t-{term} ')]")


def test_page_has_every_unit_pair_in_order(resolution_page):
    tree = html.parse(str(resolution_page))
    assert [a.get("id") for a in units(tree)] == [f"unit-{uid}" for uid in UNIT_IDS]
    for article in units(tree):
        assert len(article.xpath(".//div[contains(@class,'side')]")) == 2


def test_header_names_document_languages_tool_settings_and_date(resolution_page):
    text = html.parse(str(resolution_page)).xpath("//header")[0].text_content()
    for expected in ("A/RES/57/263", "fr (", "→ en", "untm ", "un.srx@sha256:", "glossary.tbx (sha256 ", "25 paired", "2002-12-20"):
        assert expected in text


def test_header_counts_the_findings_as_qa_says_them(resolution_page):
    header = html.parse(str(resolution_page)).xpath("//header")[0]
    assert header.xpath("string(.//dt[.='Findings']/following-sibling::dd[1])") == "0 errors, 0 warnings, 0 notes"


def test_terms_are_marked_on_both_sides_and_tabled(resolution_page):
    tree = html.parse(str(resolution_page))
    assert len(marks(tree, "source", "triangular-cooperation")) >= 4
    assert len(marks(tree, "target", "triangular-cooperation")) >= 4
    row = tree.xpath("//tr[@id='term-triangular-cooperation']")[0]
    assert [a.get("href") for a in row.xpath(".//a")] == ["#unit-OP2", "#unit-OP3", "#unit-OP6", "#unit-OP7"]


def test_footnote_calls_link_to_their_footnotes(resolution_page):
    tree = html.parse(str(resolution_page))
    calls = tree.xpath("//article[@id='unit-OP7']//div[contains(@class,'source')]//sup[@class='call']/a")
    assert [a.get("href") for a in calls] == ["#unit-FN4", "#unit-FN5"]
    assert tree.xpath("//article[@id='unit-FN4']")


def test_arabic_is_right_to_left_and_findings_link_to_units(udhr_page):
    tree = html.parse(str(udhr_page))
    assert {d.get("dir") for d in tree.xpath("//div[contains(@class,'target')]")} == {"rtl"}
    ids = {a.get("id") for a in units(tree)}
    links = [a.get("href") for a in tree.xpath("//section[@id='findings']//a")]
    assert "#unit-PP4" in links and all(link[1:] in ids for link in links)
    pp4 = tree.xpath("//article[@id='unit-PP4']")[0]
    assert "unpaired" in pp4.get("class") and pp4.get("data-findings") == "1"


def test_the_page_loads_nothing_from_anywhere(resolution_page):
    tree = html.parse(str(resolution_page))
    assert not tree.xpath("//*[@src] | //link | //*[@href][not(starts-with(@href,'#'))]")


# -- In a real browser ----------------------------------------------------------

def _chromium():
    if CHROMIUM is None:
        if os.environ.get("CI") == "true":
            pytest.fail("Chromium is required under CI: .ci/run must apt-get install chromium")
        pytest.skip("Chromium is not installed: apt-get install chromium")
    return CHROMIUM


def render(page: Path, tmp_path: Path, screenshot: str | None = None) -> tuple[html.HtmlElement, list[str]]:
    """The DOM Chromium renders, and the URLs the page itself requested (from Chromium's NetLog)."""
    chromium = _chromium()
    netlog = tmp_path / "netlog.json"
    command = [chromium, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", f"--log-net-log={netlog}"]
    dom = subprocess.run([*command, "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=120, check=True)
    if screenshot:
        ARTEFACTS.mkdir(exist_ok=True)
        subprocess.run([*command, "--window-size=1400,2400", f"--screenshot={ARTEFACTS / screenshot}", page.as_uri()],
                       capture_output=True, timeout=120, check=True)
    log = json.loads(netlog.read_text(encoding="utf-8"))
    start = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
    # Chromium's own service traffic is initiated by the browser ("not an origin"); the page's is not.
    requested = [e["params"]["url"] for e in log["events"]
                 if e["type"] == start and "url" in e.get("params", {})
                 and e["params"].get("initiator") != "not an origin"]
    return html.fromstring(dom.stdout), requested


def test_chromium_renders_the_resolution_page(resolution_page, tmp_path):
    dom, requested = render(resolution_page, tmp_path, "review-A_RES_57_263.fr-en.png")
    assert len(units(dom)) == 25
    assert len(marks(dom, "source", "triangular-cooperation")) >= 4
    assert len(marks(dom, "target", "triangular-cooperation")) >= 4
    ids = {a.get("id") for a in units(dom)}
    assert all(a.get("href")[1:] in ids for a in dom.xpath("//section[@id='findings']//a"))
    assert dom.xpath("//output[@id='threshold-value']")[0].text == "1.00"  # the script ran
    assert [url for url in requested if not url.startswith("file:")] == []
    assert (ARTEFACTS / "review-A_RES_57_263.fr-en.png").stat().st_size > 10_000


def test_chromium_renders_the_udhr_english_arabic_page(udhr_page, tmp_path):
    dom, requested = render(udhr_page, tmp_path, "review-udhr.en-ar.png")
    assert len(units(dom)) == 62
    assert [url for url in requested if not url.startswith("file:")] == []
    assert dom.xpath("//article[@id='unit-PP4']//em")[0].text == "— missing —"


def test_the_request_detector_sees_a_page_request(tmp_path):
    """The check above can fail: a page that loads an image is caught."""
    page = tmp_path / "remote.html"
    page.write_text('<!DOCTYPE html><html><body><img src="http://localhost:9/x.png"></body></html>', encoding="utf-8")
    _, requested = render(page, tmp_path)
    assert "http://localhost:9/x.png" in requested


def test_findings_about_the_whole_document_link_to_the_header(tmp_path):
    from .conftest import planted_french

    french = tmp_path / "A_RES_57_263.fr.txt"
    french.write_text(planted_french(), encoding="utf-8")
    run_align(AlignJob(EN, french, tmp_path / "out", "20021220T000000Z"))
    tree = html.parse(str(tmp_path / "out" / "A_RES_57_263.en-fr.html"))
    targets = {element.get("id") for element in tree.xpath("//*[@id]")}
    links = [a.get("href")[1:] for a in tree.xpath("//section[@id='findings']//a")]
    assert "unit-document" in links and "unit-OP5" in links
    assert all(link in targets for link in links)


def test_a_finding_that_names_several_units_is_shown_at_each():
    # the Russian 79/93 A lacks items (a)-(e) and gives others: two findings, each shown at every unit it names, so
    # that "only units with findings" keeps them all
    from align.aligner import align_documents
    from align.pipeline import Review, analyse
    from align.review import review_page
    from align.srx import default_rules

    from .conftest import session

    english, russian = session("Russian", "A_RES_79_93")
    alignment = align_documents(english, russian, default_rules())
    findings = analyse(alignment, Review()).findings
    grouped = [f for f in findings if f.check == "structure" and len(f.units) >= 5]
    assert len(grouped) == 2
    tree = html.fromstring(review_page(alignment, findings, "2026-12-01"))
    for unit in (unit for finding in grouped for unit in finding.units):
        assert int(tree.xpath(f"//article[@id='unit-{unit}']")[0].get("data-findings")) >= 1, unit
