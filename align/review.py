"""One self-contained HTML page to review an alignment: side by side, confidence, terms, QA.

Built with lxml's element builder (never by gluing strings), with inline CSS
and a few lines of script for the filters; it loads nothing from anywhere.
"""

from __future__ import annotations

from lxml import etree
from lxml.builder import E

from . import __version__
from .languages import direction
from .memory import MIN_CONFIDENCE
from .model import Alignment, Finding, Glossary, SegmentedUnit, Severity, Tally, TermStatus, UnitPair
from .qa.report import follows_text
from .termmatch import Occurrence, matchers_for
from .terms import TermsReport


STYLE = """
:root{--low:#fde2c8;--very-low:#f8b4b4;--error:#b00020;--warning:#8a5a00;--info:#2a5db0}
*{box-sizing:border-box}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;padding:1rem 2rem;max-width:1400px;color:#1b1b1b}
header dl{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;margin:.5rem 0}
header dt{font-weight:600}header dd{margin:0;overflow-wrap:anywhere}
.scroll{overflow-x:auto}
.controls{position:sticky;top:0;background:#fff;padding:.5rem 0;border-bottom:1px solid #ddd;z-index:1;display:flex;flex-wrap:wrap;gap:1.5rem}
section{margin:1.5rem 0}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #ddd;padding:.25rem .5rem;text-align:start;vertical-align:top}
.unit{border:1px solid #ddd;border-radius:6px;margin:1rem 0;padding:.5rem 1rem;break-inside:avoid}
.unit h3{margin:.2rem 0;font-size:1rem}.unit h3 .conf{font-weight:normal;color:#555;margin-inline-start:.5rem}
.pair{display:grid;grid-template-columns:1fr 1fr;gap:1.5rem}
.side{min-width:0}.side .lang{font-size:.75rem;color:#666;text-transform:uppercase}
.s{border-radius:3px;padding:0 .1rem}.s.low{background:var(--low)}.s.very-low{background:var(--very-low)}
mark.term{background:#fff3a6;border-bottom:2px solid #c9a800;padding:0}
mark.term.deprecated{background:#ffd0d0;border-bottom-color:#b00020}
sup.call a{text-decoration:none}
.links{font-size:.85rem;color:#444;margin:.3rem 0;padding-inline-start:1.2rem}
.links .low{color:var(--warning);font-weight:600}
.findings{margin:.3rem 0;padding-inline-start:1.2rem}
.error{color:var(--error)}.warning{color:var(--warning)}.info{color:var(--info)}
.unpaired{border-style:dashed;border-color:var(--error)}
.hidden{display:none}
@media (max-width:760px){body{padding:.5rem}.pair{grid-template-columns:1fr;gap:.5rem}
header dl{grid-template-columns:1fr}header dt{margin-top:.3rem}}
@media print{.controls{display:none}.version.hidden{display:block}body{max-width:none;padding:0;font-size:11pt}a{color:inherit;text-decoration:none}
.unit{border-color:#999}}
"""

VERSIONS_SCRIPT = """
(function(){
  var chooser=document.getElementById('version');
  function show(){document.querySelectorAll('.version').forEach(function(v){
    v.classList.toggle('hidden',v.dataset.lang!==chooser.value);});}
  chooser.addEventListener('change',show);
  var wanted=(location.hash.match(/^#([a-z]+)-/)||[])[1];
  if(wanted&&document.querySelector('.version[data-lang="'+wanted+'"]'))chooser.value=wanted;
  show();
})();
"""

SCRIPT = """
(function(){
  var slider=document.getElementById('threshold'),out=document.getElementById('threshold-value'),
      only=document.getElementById('only-findings');
  function apply(){
    var t=parseFloat(slider.value);out.textContent=t.toFixed(2);
    document.querySelectorAll('.unit').forEach(function(u){
      var low=parseFloat(u.dataset.minConfidence)<t||t>=1,
          found=!only.checked||parseInt(u.dataset.findings,10)>0;
      u.classList.toggle('hidden',!(low&&found));
    });
  }
  slider.addEventListener('input',apply);only.addEventListener('change',apply);apply();
})();
"""


def review_page(alignment: Alignment, findings: tuple[Finding, ...], date: str,
                glossary: Glossary | None = None, terms: TermsReport | None = None,
                low: float = MIN_CONFIDENCE) -> bytes:
    """The page; links under ``low`` (the confidence under which the memory sets them apart) are coloured."""
    src, tgt = alignment.source, alignment.target
    return _page(f"{src.symbol} {src.language}–{tgt.language}: alignment review",
                 [_header(alignment, findings, date, glossary)],
                 _pair_content(alignment, findings, glossary, terms, low))


def versions_page(pages: tuple[tuple[Alignment, tuple[Finding, ...], Glossary | None, TermsReport | None], ...],
                  date: str, low: float = MIN_CONFIDENCE) -> bytes:
    """One page for several versions of a document, one (alignment, findings, glossary, terms) for each
    version against the source: a selector shows one version at a time (all of them in print, or without
    script); every id of a version's part starts with its language (``fr-unit-OP3``)."""
    source = pages[0][0].source
    languages = [alignment.target.language for alignment, *_ in pages]
    parts = [E.div(_header(alignment, findings, date, glossary, f"{alignment.target.language}-"),
                   *_pair_content(alignment, findings, glossary, terms, low, f"{alignment.target.language}-"),
                   {"class": "version", "data-lang": alignment.target.language})
             for alignment, findings, glossary, terms in pages]
    chooser = E.label("Version ", E.select(*(E.option(f"{source.language} → {language}", value=language)
                                             for language in languages), id="version"))
    return _page(f"{source.symbol} {source.language}–{'/'.join(languages)}: alignment review",
                 [E.h1(f"{source.symbol}: {source.language} → {', '.join(languages)}")], parts, chooser,
                 VERSIONS_SCRIPT)


def _page(title: str, head: list, content: list, *controls_and_script) -> bytes:
    extra = [item for item in controls_and_script if not isinstance(item, str)]
    scripts = [E.script(item) for item in controls_and_script if isinstance(item, str)]
    page = E.html(
        E.head(
            E.meta(charset="utf-8"),
            E.meta(name="viewport", content="width=device-width, initial-scale=1"),
            E.title(title),
            E.style(STYLE),
        ),
        E.body(
            *head,
            E.div(
                *extra,
                E.label("Show units with a link below ",
                        E.input(type="range", id="threshold", min="0", max="1", step="0.05", value="1"),
                        " ", E.output("1.00", id="threshold-value")),
                E.label(E.input(type="checkbox", id="only-findings"), " only units with findings"),
                {"class": "controls"},
            ),
            *content,
            E.script(SCRIPT),
            *scripts,
        ),
        lang="en",
    )
    return etree.tostring(page, doctype="<!DOCTYPE html>", encoding="utf-8", method="html")


def _pair_content(alignment: Alignment, findings: tuple[Finding, ...], glossary: Glossary | None,
                  terms: TermsReport | None, low: float, at: str = "") -> list:
    """Findings, terms and units of one pair; ``at`` starts every id (one page holds several pairs)."""
    matchers = matchers_for(glossary) if glossary else None
    by_unit: dict[str, list[Finding]] = {}
    for finding in findings:  # shown at each unit it names (a run of missing units: at every one)
        for unit in dict.fromkeys((finding.unit, *finding.units)):
            by_unit.setdefault(unit, []).append(finding)
    return [
        _findings_summary(findings, at),
        _terms_table(terms, at) if terms is not None else E.section(id=f"{at}terms"),
        E.section(E.h2("Units"), *(_unit(pair, by_unit.get(pair.unit_id, []), alignment, matchers, low, at)
                                  for pair in alignment.pairs), id=f"{at}units"),
    ]


def _header(alignment: Alignment, findings, date: str, glossary: Glossary | None, at: str = ""):
    src, tgt = alignment.source, alignment.target
    rows = [
        ("Document", f"{src.symbol} — {src.title}"),
        ("Languages", f"{src.language} ({src.path}) → {tgt.language} ({tgt.path})"),
        ("Tool", f"untm {__version__}"),
        ("Segmentation", alignment.segmentation),
        ("Glossary", f"{glossary.path} (sha256 {glossary.sha256})" if glossary else "none"),
        ("Units", f"{len(src.units)} {src.language}, {len(tgt.units)} {tgt.language}, "
                  f"{sum(p.paired for p in alignment.pairs)} paired, {len(alignment.unpaired())} unpaired"),
        ("Links", str(sum(len(p.links) for p in alignment.pairs))),
        ("Findings", Tally.of(findings).text()),
        ("Run", date),
    ]
    return E.header(
        E.h1(f"{src.symbol}: {src.language} → {tgt.language}"),
        E.dl(*(child for name, value in rows for child in (E.dt(name), E.dd(value)))),
        id=f"{at}unit-document",  # the target of findings about the whole document
    )


def _findings_summary(findings: tuple[Finding, ...], at: str = ""):
    items = []
    for severity in Severity:
        chosen = [f for f in findings if f.severity is severity]
        if chosen:
            items.append(E.h3(f"{severity.value}: {len(chosen)}", {"class": severity.value}))
            items.append(E.ul(*(E.li(E.a(f.unit, href=f"#{at}unit-{f.unit}"), f" {f.check}: {f.message}{follows_text(f)}",
                                     {"class": severity.value}) for f in chosen)))
    return E.section(E.h2("QA findings"), *(items or [E.p("No finding.")]), id=f"{at}findings")


def _terms_table(terms: TermsReport, at: str = ""):
    rows = []
    for row in terms.terms:
        entry = row.entry
        links = []
        for unit in row.units:
            links += [E.a(unit.unit, {"href": f"#{at}unit-{unit.unit}", "class": "error" if unit.status.deviation else ""}),
                      " "]
        renderings = sorted({r for u in row.units for r in u.renderings})
        rows.append(E.tr(
            E.td(entry.name, lang=terms.source_lang), E.td(entry.rendering, lang=terms.target_lang),
            E.td(str(row.total)), E.td(str(row.consistent)), E.td(str(row.deviations)),
            E.td(*links), E.td("; ".join(renderings), lang=terms.target_lang),
            id=f"{at}term-{entry.id}",
        ))
    head = E.tr(*(E.th(h) for h in ("term", "rendering", "units", "consistent", "deviations", "where", "renderings found")))
    return E.section(E.h2("Terms"), E.div(E.table(head, *rows), {"class": "scroll"}), id=f"{at}terms")


def _unit(pair: UnitPair, findings: list[Finding], alignment: Alignment, matchers, low: float, at: str = ""):
    confidences = [link.confidence for link in pair.links] or [0.0]
    link_of_source = {i: n for n, link in enumerate(pair.links, 1) for i in link.source}
    link_of_target = {j: n for n, link in enumerate(pair.links, 1) for j in link.target}
    sides = []
    for side, unit, document, link_of, matcher in (
        ("source", pair.source, alignment.source, link_of_source, matchers[0] if matchers else None),
        ("target", pair.target, alignment.target, link_of_target, matchers[1] if matchers else None),
    ):
        language = document.language
        attributes = {"class": f"side {side}", "lang": language, "dir": direction(language)}
        if unit is None:
            sides.append(E.div(E.div(language, {"class": "lang"}), E.em("— missing —"), attributes))
            continue
        occurrences = matcher.find(unit.unit.text) if matcher else []
        sides.append(E.div(E.div(language, {"class": "lang"}), _text(unit, occurrences, link_of, pair, matcher, low, at),
                           attributes))
    links = E.ol(*(E.li(
        f"{alignment.source.language} {_numbers(link.source)} ↔ {alignment.target.language} {_numbers(link.target)}: "
        f"{link.confidence:.2f} ({link.reason.value})",
        {"class": "low" if link.confidence < low else "", "data-confidence": f"{link.confidence:.3f}"},
    ) for link in pair.links), {"class": "links"})
    article = E.article(
        E.h3(pair.unit_id, E.span(f"{pair.confidence:.2f}", {"class": "conf"})),
        E.div(*sides, {"class": "pair"}),
        links,
        {"class": "unit" + ("" if pair.paired else " unpaired"), "id": f"{at}unit-{pair.unit_id}",
         "data-min-confidence": f"{min(confidences):.3f}", "data-findings": str(len(findings))},
    )
    if findings:
        article.append(E.ul(*(E.li(f"{f.severity.value} · {f.check}: {f.message}{follows_text(f)}",
                                   {"class": f.severity.value})
                              for f in findings), {"class": "findings"}))
    return article


def _numbers(indices: tuple[int, ...]) -> str:
    return "[" + ",".join(str(i + 1) for i in indices) + "]" if indices else "[–]"


def _text(unit: SegmentedUnit, occurrences: list[Occurrence], link_of: dict[int, int], pair: UnitPair, matcher,
          low: float, at: str = ""):
    """The unit's text: sentences as spans, terms as <mark>, footnote calls as links."""
    text = unit.unit.text
    container = E.p()
    calls = {}
    for call in unit.unit.calls:
        calls.setdefault(call.offset, []).append(call.number)
    cuts = {0, len(text)} | set(calls)
    for s in unit.sentences:
        cuts |= {s.start, s.end}
    for o in occurrences:
        cuts |= {o.start, o.end}
    points = sorted(cuts)
    confidence = {n: link.confidence for n, link in enumerate(pair.links, 1)}
    current_sentence, holder = None, container
    for a, b in zip(points, points[1:] + [None]):
        for number in calls.get(a, []):
            _append(holder, E.sup(E.a(str(number), href=f"#{at}unit-FN{number}"), {"class": "call"}))
        if b is None:
            break
        sentence = next((i for i, s in enumerate(unit.sentences) if s.start <= a < s.end), None)
        if sentence != current_sentence:
            current_sentence = sentence
            if sentence is None:
                holder = container
            else:
                link = link_of.get(sentence)
                level = confidence.get(link, 1.0) if link else 0.0
                classes = "s" + (" very-low" if level < low / 2 else " low" if level < low else "")
                holder = E.span({"class": classes, "data-link": str(link or 0)})
                container.append(holder)
        active = [o for o in occurrences if o.start <= a and b <= o.end]
        piece = text[a:b]
        if active:
            ids = matcher.glossary_ids
            entries = sorted({ids[o.entry] for o in active})
            forbidden = any(o.term.status is TermStatus.FORBIDDEN for o in active)
            mark = E.mark(piece, {"class": " ".join(["term", *(f"t-{e}" for e in entries), *(["deprecated"] if forbidden else [])]),
                                  "title": ", ".join(sorted({f"{ids[o.entry]} ({o.term.status.value})" for o in active}))})
            _append(holder, mark)
        else:
            _append(holder, piece)
    return container


def _append(parent, item) -> None:
    if isinstance(item, str):
        if len(parent):
            parent[-1].tail = (parent[-1].tail or "") + item
        else:
            parent.text = (parent.text or "") + item
    else:
        parent.append(item)
