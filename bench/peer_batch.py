"""untm batch against the pipeline a user would compose instead, on the same documents, in one run.

    pip install -e '.[bench]'
    python bench/peer_batch.py [--documents 1000] [--workers 2] [--same-text]

The documents are pairs made from ``sources/`` (A/RES/57/263, French and the
English working text), each with its own symbol and amounts; unless
``--same-text``, every word of seven letters or more but a paragraph's first
takes a suffix of the document's own (``coopérationqb``), so that no two
documents read alike and no cache can carry one document's work to the
next (numbers, symbols and the words that open paragraphs are left alone).

* **untm**: ``untm batch`` with ``--workers`` processes: read, structure,
  segment, align, QA, terms, sentence and paragraph TMX.
* **peer**: NLTK's Punkt (untrained: its data cannot be downloaded here)
  splits each version into sentences, ``galechurch`` (Gale-Church in Rust)
  aligns them, lxml's incremental writer writes one TMX; the same number of
  worker processes, the writer in the main one.

Reported: documents a second for each, and how many of A/RES/57/263's 25
units (title, paragraphs, footnotes, meeting, date: the golden files of the
tests) each pairs with its own translation (for the peer, a unit counts when
each sentence of its French is linked to sentences of its English only, and
the reverse).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "sources"
sys.path.insert(0, str(ROOT / "bench"))

from bench_batch import make_corpus  # noqa: E402  (the copies bench_batch makes)
_LONG = re.compile(r"(?<![\w/.-])([^\W\d_]{7,})(?![\w/])")


def _suffix(n: int) -> str:
    letters = ""
    n += 26
    while n:
        n, r = divmod(n, 26)
        letters = "abcdefghijklmnopqrstuvwxyz"[r] + letters
    return letters


def varied(text: str, n: int) -> str:
    """Every long word of each paragraph but its first with the document's suffix."""
    suffix = _suffix(n)
    out = []
    for line in text.split("\n"):
        head = re.match(r"\s*\S+", line)
        cut = head.end() if head else 0
        out.append(line[:cut] + _LONG.sub(lambda m: m.group(1) + suffix, line[cut:]))
    return "\n".join(out)


def run_untm(corpus: Path, out: Path, workers: int) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "align", "batch", str(corpus), "--src-lang", "fr", "--tgt-lang", "en",
                    "--out", str(out), "--workers", str(workers), "--date", "20021220T000000Z"],
                   check=True, capture_output=True)
    return time.perf_counter() - started


_splitter = None


def _peer_document(paths: tuple[str, str]) -> list[tuple[str, str]]:
    """In a worker: Punkt sentences of each version, aligned by galechurch, as text pairs."""
    import galechurch
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    global _splitter
    if _splitter is None:
        _splitter = PunktSentenceTokenizer()
    source, target = (_splitter.tokenize(Path(p).read_text(encoding="utf-8")) for p in paths)
    block = galechurch.align(source, target)
    return [(" ".join(source[b.source_start:b.source_end]), " ".join(target[b.target_start:b.target_end]))
            for b in block.beads]


def run_peer(corpus: Path, out: Path, workers: int) -> float:
    from lxml import etree

    started = time.perf_counter()
    pairs = [(str(fr), str(fr.with_name(fr.name.replace(".fr.", ".en.")))) for fr in sorted(corpus.glob("*.fr.txt"))]
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    with multiprocessing.get_context("fork").Pool(workers) as pool, etree.xmlfile(str(out), encoding="utf-8") as xf:
        xf.write_declaration()
        with xf.element("tmx", version="1.4"):
            xf.write(etree.Element("header", creationtool="peer", creationtoolversion="1", segtype="sentence",
                                   adminlang="en", srclang="fr", datatype="plaintext", **{"o-tmf": "none"}))
            with xf.element("body"):
                for aligned in pool.imap(_peer_document, pairs, chunksize=8):
                    for source, target in aligned:
                        tu = etree.Element("tu")
                        for code, text in (("fr", source), ("en", target)):
                            tuv = etree.SubElement(tu, "tuv", {lang: code})
                            etree.SubElement(tuv, "seg").text = text
                        xf.write(tu)
    return time.perf_counter() - started


GOLDEN = ROOT / "tests" / "data" / "golden"  # the units of A/RES/57/263 in each language, read and checked by hand


def _golden(language: str) -> dict[str, str]:
    units = json.loads((GOLDEN / f"A_RES_57_263.{language}.json").read_text(encoding="utf-8"))["units"]
    return {unit["id"]: _letters(unit["text"]) for unit in units}


def _letters(text: str) -> str:
    """The letters of a text, caseless: what a sentence and the unit holding it share, whatever the spaces,
    the footnote calls and the numbers of the paragraphs."""
    return "".join(c for c in text.casefold() if c.isalpha())


def gold_untm() -> int:
    """Units of A/RES/57/263 that untm pairs with their own translation: each pair's two texts are the golden
    units of one id."""
    sys.path.insert(0, str(ROOT))
    from align.pipeline import align_pair

    fr, en = _golden("fr"), _golden("en")
    alignment = align_pair(SOURCES / "A_RES_57_263.fr.txt", SOURCES / "A_RES_57_263.en.txt")
    return sum(1 for pair in alignment.pairs if pair.paired
               and _letters(pair.source.unit.text) == fr.get(pair.unit_id)
               and _letters(pair.target.unit.text) == en.get(pair.unit_id))


def gold_peer() -> int:
    """Units of A/RES/57/263 the peer pairs with their own translation: the sentences it splits the files into
    (as in the timed run) are each placed in the golden unit that holds them; a unit counts when it has
    sentences, each linked to sentences of the same unit of the other language only, and the reverse."""
    import galechurch
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    splitter = PunktSentenceTokenizer()
    sides = []
    for language in ("fr", "en"):
        golden = _golden(language)
        sentences = splitter.tokenize((SOURCES / f"A_RES_57_263.{language}.txt").read_text(encoding="utf-8"))
        # a sentence of numbers alone ("1.") belongs nowhere in particular: None; one across two units, too
        owners = [next((uid for uid, text in golden.items() if letters and letters in text), None)
                  if (letters := _letters(sentence)) else None for sentence in sentences]
        sides.append((golden, sentences, owners))
    (golden_fr, fr_sentences, fr_owner), (golden_en, en_sentences, en_owner) = sides
    links: dict[str, set] = {}
    back: dict[str, set] = {}
    for bead in galechurch.align(fr_sentences, en_sentences).beads:
        src = {fr_owner[i] for i in range(bead.source_start, bead.source_end)}
        tgt = {en_owner[i] for i in range(bead.target_start, bead.target_end)}
        for uid in src:
            links.setdefault(uid, set()).update(tgt)
        for uid in tgt:
            back.setdefault(uid, set()).update(src)
    return sum(1 for uid in golden_fr if uid in golden_en and links.get(uid) == {uid} and back.get(uid) == {uid})


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--same-text", action="store_true", help="copies alike but for symbols and amounts")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="untm-peer-") as work:
        corpus = Path(work) / "corpus"
        make_corpus(corpus, args.documents, None if args.same_text else varied)
        untm = run_untm(corpus, Path(work) / "untm", args.workers)
        peer = run_peer(corpus, Path(work) / "peer.tmx", args.workers)
    print(f"{time.strftime('%Y-%m-%d')}, {platform.machine()}, {os.cpu_count()} cores, Python "
          f"{platform.python_version()}; {args.documents:,} documents, "
          f"{'alike' if args.same_text else 'each with its own words'}, {args.workers} workers")
    print("| pipeline | documents/s | units of A/RES/57/263 paired with their own translation |")
    print("|---|---|---|")
    print(f"| untm batch (structure, QA, terms, sentence and paragraph TMX) | {args.documents / untm:,.0f} | "
          f"{gold_untm()}/25 |")
    print(f"| NLTK Punkt + galechurch + lxml writer | {args.documents / peer:,.0f} | {gold_peer()}/25 |")
    print(f"untm / peer: {peer / untm:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
