"""Batches: a folder of documents into one TMX, in order, whatever the workers; failures reported."""

from __future__ import annotations

import importlib.util
import os
from dataclasses import replace

import pytest

from align import batch
from align.batch import plan, process_document
from align.batch_run import BatchJob, Progress, run_batch
from align.cli import main
from align.memory import Doubt

from .conftest import EN, FR, required

DATE = "20021220T000000Z"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """Twelve copies of A/RES/57/263 with their own symbols and amounts, one without English, one empty."""
    folder = tmp_path_factory.mktemp("corpus")
    fr, en = FR.read_text(encoding="utf-8"), EN.read_text(encoding="utf-8")
    for n in range(1, 13):
        for lang, text in (("fr", fr), ("en", en)):
            copy = text.replace("57/263.", f"57/{300 + n}.").replace("3,5 millions", f"{n},5 millions")
            copy = copy.replace("3.5 million", f"{n}.5 million")
            (folder / f"A_RES_57_{300 + n}.{lang}.txt").write_text(copy, encoding="utf-8")
    (folder / "A_RES_57_999.fr.txt").write_text(fr, encoding="utf-8")
    (folder / "A_RES_57_998.fr.txt").write_bytes(b"")
    (folder / "A_RES_57_998.en.txt").write_text(en, encoding="utf-8")
    return folder


def test_plan_pairs_versions_and_lists_the_missing(corpus):
    batch = plan(corpus, "fr", "en")
    assert batch.stems[:2] == ("A_RES_57_301", "A_RES_57_302") and len(batch.stems) == 13
    assert batch.task("A_RES_57_301").source == str(corpus / "A_RES_57_301.fr.txt")
    assert batch.missing == (("A_RES_57_999", "no en version (A_RES_57_999.en.*)"),)


@pytest.mark.parametrize("args, message", [
    (["--src-lang", "fr", "--tgt-lang", "fr"], "both 'fr'"),
    (["--src-lang", "fr", "--tgt-lang", "en", "--workers", "-1"], "--workers -1"),
    (["--src-lang", "fr", "--tgt-lang", "xx"], "unknown language 'xx'"),
    (["--src-lang", "fr", "--tgt-lang", "en", "--tgt-code", "fr-FR"], "'fr-FR' is not a code for 'en'"),
])
def test_impossible_arguments_are_refused_with_exit_2(corpus, tmp_path, capsys, args, message):
    assert main(["batch", str(corpus), *args, "--out", str(tmp_path / "out")]) == 2
    assert message in capsys.readouterr().err and not (tmp_path / "out" / "corpus.fr-en.tmx").exists()


def test_a_bad_document_is_an_outcome_not_a_crash(corpus):
    task = plan(corpus, "fr", "en").task("A_RES_57_998")
    outcome = process_document(task)
    assert outcome.error and "the file is empty" in outcome.error and outcome.sentence_tus.count == 0


def test_a_failure_while_making_the_tus_is_an_outcome_not_a_crash(corpus, monkeypatch):
    """What fails after the alignment (making and serializing the TUs) fails the document, not the archive."""
    def broken(*args, **kwargs):
        raise ValueError("a character XML cannot carry")

    monkeypatch.setattr(batch, "sentence_units", broken)
    outcome = process_document(plan(corpus, "fr", "en").task("A_RES_57_301"))
    assert outcome.error == "internal error (ValueError: a character XML cannot carry); please report it"


def test_a_file_gone_since_the_plan_is_an_outcome_not_a_crash(corpus, tmp_path):
    task = plan(corpus, "fr", "en").task("A_RES_57_301")
    gone = replace(task, source=str(tmp_path / "gone.fr.txt"))
    outcome = process_document(gone)
    assert outcome.error and "no such file" in outcome.error and outcome.sentence_tus.count == 0


def test_output_is_the_same_bytes_for_one_and_two_workers(corpus, tmp_path):
    one = run_batch(BatchJob(corpus, tmp_path / "one", "fr", "en", DATE, workers=1))
    two = run_batch(BatchJob(corpus, tmp_path / "two", "fr", "en", DATE, workers=2))
    assert (one.documents, one.failed, one.missing, one.sentence_tus) == (13, 1, 1, 12 * 25)
    for name in ("corpus.fr-en.tmx", "corpus.fr-en.paragraphs.tmx", "corpus.summary.json"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes(), name
    assert two.sentence_tus == one.sentence_tus


def test_resume_reuses_unchanged_documents_and_redoes_changed_ones(corpus, tmp_path):
    out = tmp_path / "out"
    run_batch(BatchJob(corpus, out, "fr", "en", DATE, workers=1))
    first = (out / "corpus.fr-en.tmx").read_bytes()
    again = run_batch(BatchJob(corpus, out, "fr", "en", DATE, workers=1, resume=True))
    assert again.reused == 12 and (out / "corpus.fr-en.tmx").read_bytes() == first
    changed = corpus / "A_RES_57_301.en.txt"
    original = changed.read_text(encoding="utf-8")
    try:
        changed.write_text(original.replace("Takes note", "Notes"), encoding="utf-8")
        third = run_batch(BatchJob(corpus, out, "fr", "en", DATE, workers=1, resume=True))
        assert third.reused == 11
        assert b"Notes of the report" in (out / "corpus.fr-en.tmx").read_bytes()
    finally:
        changed.write_text(original, encoding="utf-8")


def test_resume_reads_each_file_once(corpus, tmp_path, monkeypatch):
    out = tmp_path / "out"
    run_batch(BatchJob(corpus, out, "fr", "en", DATE, workers=1))
    reads, read_bytes = [], batch.read_bytes

    def counted(path):
        reads.append(path)
        return read_bytes(path)

    monkeypatch.setattr(batch, "read_bytes", counted)
    again = run_batch(BatchJob(corpus, out, "fr", "en", DATE, workers=1, resume=True))
    assert again.reused == 12 and again.failed == 1
    assert len(reads) == len(set(reads)) == 2 * 13


def test_language_codes_are_written_and_a_change_of_code_is_not_reused(corpus, tmp_path):
    out = tmp_path / "out"
    run_batch(BatchJob(corpus, out, "fr", "en", DATE, workers=1))
    again = run_batch(BatchJob(corpus, out, "fr", "en", DATE, workers=1, source_code="fr-FR", target_code="en-GB",
                               resume=True))
    assert again.reused == 0
    for name in ("corpus.fr-en.tmx", "corpus.fr-en.paragraphs.tmx"):
        text = (out / name).read_text(encoding="utf-8")
        assert 'srclang="fr-FR"' in text and 'xml:lang="fr"' not in text
        assert text.count('xml:lang="fr-FR"') == text.count('xml:lang="en-GB"') == text.count("<tu ") > 0


def test_progress_is_plain_log_lines_off_a_terminal(corpus, tmp_path, capsys):
    run_batch(BatchJob(corpus, tmp_path, "fr", "en", DATE, workers=1), Progress)
    lines = capsys.readouterr().err.splitlines()
    assert lines[-1].startswith("batch: 13/13 documents, 300 TUs,") and "ETA" in lines[-1]


def test_cli_exit_codes(corpus, tmp_path, capsys):
    assert main(["batch", str(corpus), "--src-lang", "fr", "--tgt-lang", "en", "--out", str(tmp_path / "a"), "--workers", "1"]) == 1
    assert "13 documents (0 reused), 1 failed, 1 without a version" in capsys.readouterr().out
    clean = tmp_path / "clean"
    clean.mkdir()
    for name in ("A_RES_57_301.fr.txt", "A_RES_57_301.en.txt"):
        (clean / name).write_bytes((corpus / name).read_bytes())
    assert main(["batch", str(clean), "--src-lang", "fr", "--tgt-lang", "en", "--out", str(tmp_path / "b"), "--workers", "1"]) == 0
    assert main(["batch", str(tmp_path / "nowhere"), "--src-lang", "fr", "--tgt-lang", "en"]) == 2
    assert "not a folder" in capsys.readouterr().err


def test_dask_cluster_gives_the_same_bytes(corpus, tmp_path):
    try:
        from dask.distributed import LocalCluster
    except ImportError:
        if os.environ.get("CI") == "true":
            raise
        pytest.skip("Dask is not installed: pip install 'untm[dask]'")
    run_batch(BatchJob(corpus, tmp_path / "local", "fr", "en", DATE, workers=1))
    with LocalCluster(n_workers=2, processes=False, threads_per_worker=1, dashboard_address=None) as cluster:
        run_batch(BatchJob(corpus, tmp_path / "dask", "fr", "en", DATE, executor="dask", scheduler=cluster.scheduler_address))
    for name in ("corpus.fr-en.tmx", "corpus.fr-en.paragraphs.tmx", "corpus.summary.json"):
        assert (tmp_path / "local" / name).read_bytes() == (tmp_path / "dask" / name).read_bytes(), name


def test_doubtful_links_go_to_the_review_files_and_resume_keeps_them_apart(corpus, tmp_path):
    out = tmp_path / "out"
    doubt = Doubt(min_confidence=0.95)
    first = run_batch(BatchJob(corpus, out, "fr", "en", DATE, workers=1, doubt=doubt))
    assert first.review_tus and first.sentence_tus + first.review_tus == 12 * 25
    review = (out / "corpus.fr-en.review.tmx").read_bytes()
    assert b"A/RES/57/301:FN2:1" in review and b"A/RES/57/301:FN2:1" not in (out / "corpus.fr-en.tmx").read_bytes()
    again = run_batch(BatchJob(corpus, out, "fr", "en", DATE, workers=1, doubt=doubt, resume=True))
    assert again.reused == 12 and (out / "corpus.fr-en.review.tmx").read_bytes() == review
    # another threshold is another result: nothing reused, every link back in the memory
    everything = run_batch(BatchJob(corpus, out, "fr", "en", DATE, workers=1, doubt=Doubt(0.0), resume=True))
    assert everything.reused == 0 and everything.sentence_tus == 12 * 25 and everything.review_tus == 0


def test_two_documents_of_one_symbol_keep_their_tus_apart_and_the_batch_names_what_failed(tmp_path, capsys):
    from tmx.check import check_tmx

    folder = tmp_path / "in"
    folder.mkdir()
    for stem in ("A_RES_57_263", "copy"):  # a document and a copy of it under another name: one symbol
        (folder / f"{stem}.fr.txt").write_text(FR.read_text(encoding="utf-8"), encoding="utf-8")
        (folder / f"{stem}.en.txt").write_text(EN.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "empty.fr.txt").write_bytes(b"")
    (folder / "empty.en.txt").write_text(EN.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "lone.fr.txt").write_text(FR.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["batch", str(folder), "--src-lang", "fr", "--tgt-lang", "en", "--out", str(out), "--workers", "1",
                 "--date", "2002-12-20"]) == 1
    printed = capsys.readouterr().out
    assert "failed: empty: " in printed and "the file is empty" in printed
    assert "no version: lone: no en version" in printed
    for tmx in out.glob("*.tmx"):
        assert check_tmx(tmx) == [], tmx
    text = (out / "corpus.fr-en.tmx").read_text(encoding="utf-8")
    assert 'tuid="A/RES/57/263:OP1:1"' in text and 'tuid="A/RES/57/263@copy:OP1:1"' in text


def test_progress_is_a_bar_on_a_terminal(monkeypatch):
    import io
    import sys

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    screen = Terminal()
    monkeypatch.setattr(sys, "stderr", screen)
    progress = Progress(3)  # on standard error, as the command makes it
    for done in (1, 2, 3):
        progress.update(done, 10 * done)
    shown = screen.getvalue()
    assert shown.startswith("\rbatch:") and shown.endswith("\n") and "\n" not in shown[:-1]  # one line, redrawn
    assert "100%" in shown and "3/3" in shown and "30 TUs" in shown and "batch: 3/3 documents" not in shown


def test_an_unreachable_dask_scheduler_is_bad_input_and_leaves_nothing(corpus, tmp_path, capsys, monkeypatch):
    required(importlib.util.find_spec("distributed") is not None, "Dask", "pip install '.[test]'")
    from align import parallel

    monkeypatch.setattr(parallel, "CONNECT_TIMEOUT", "2s")
    out = tmp_path / "out"
    code = main(["batch", str(corpus), "--src-lang", "fr", "--tgt-lang", "en", "--out", str(out),
                 "--executor", "dask", "--scheduler", "tcp://127.0.0.1:9"])
    err = capsys.readouterr().err
    assert code == 2 and "cannot reach the Dask scheduler" in err and "internal error" not in err
    assert not out.exists() or list(out.iterdir()) == []


def test_a_long_tm_command_shows_a_bar_on_a_terminal_and_nothing_off_it(tmp_path, monkeypatch, capsys):
    import io
    import sys

    from align.cli import main as untm

    assert untm(["align", str(FR), str(EN), "--out", str(tmp_path)]) == 0
    tmx = str(tmp_path / "A_RES_57_263.fr-en.tmx")
    capsys.readouterr()
    assert untm(["tm", "stats", tmx]) == 0
    assert capsys.readouterr().err == ""  # off a terminal: nothing on standard error

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    for command, what in ((["tm", "stats", tmx], "stats"), (["tm", "index", tmx], "index"),
                          (["tm", "merge", tmx, "-o", str(tmp_path / "m.tmx")], "merge"),
                          (["terms", tmx, "--glossary", str(FR.parent / "glossary.tbx"), "--out", str(tmp_path / "t"),
                            "--workers", "1"], "terms")):
        screen = Terminal()
        monkeypatch.setattr(sys, "stderr", screen)
        assert untm(command) == 0, command
        assert screen.getvalue().startswith(f"\r{what}: ") and " TU" in screen.getvalue(), (command, screen.getvalue())
