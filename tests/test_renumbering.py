"""Ids are a hypothesis, content is the evidence: a renumbered translation, a missing footnote."""

from __future__ import annotations

import re

from align.aligner import align_documents
from align.reading.text import parse_text
from align.srx import default_rules
from bench.damaged_pairs import merged, without_paragraph

from .conftest import EN, FR, session


def _without(number: int) -> str:
    """The French with paragraph ``number`` deleted and the later ones numbered one less."""
    lines = FR.read_text(encoding="utf-8").split("\n")
    label = re.compile(r"^(\s+)(\d{1,2})\. ")
    start = next(i for i, line in enumerate(lines) if (m := label.match(line)) and int(m.group(2)) == number)
    end = next(i for i, line in enumerate(lines) if (m := label.match(line)) and int(m.group(2)) == number + 1)
    out = []
    for line in lines[:start] + lines[end:]:
        match = label.match(line)
        if match and int(match.group(2)) > number:
            line = f"{match.group(1)}{int(match.group(2)) - 1}. " + line[match.end():]
        out.append(line)
    return "\n".join(out)


def _renumbered(source, target) -> tuple[list[str], dict]:
    """The warnings that say a run was re-paired by content, and the pairs by id."""
    alignment = align_documents(source, target, default_rules())
    return [w for w in alignment.target.warnings if "numbered by content" in w], {p.unit_id: p for p in alignment.pairs}


def test_an_original_that_lost_a_paragraph_against_a_whole_translation(en_doc):
    french = parse_text(_without(4), language="fr", path="cut.fr.txt")
    said, _ = _renumbered(french, en_doc)
    assert said == [f"{en_doc.path}: numbered by content, not by number: translation OP5–OP11 are original "
                    "OP4–OP10; translation OP4 has no original"]


def test_a_renumbered_translation_against_its_original(en_doc):
    french = parse_text(_without(4), language="fr", path="cut.fr.txt")
    said, pairs = _renumbered(en_doc, french)
    assert said == ["cut.fr.txt: numbered by content, not by number: translation OP4–OP10 are original "
                    "OP5–OP11; original OP4 is missing"]
    assert pairs["OP5"].target.unit.text.startswith("Recommande")
    assert pairs["OP11"].target.unit.text.startswith("Prie le Secrétaire général d’inscrire")
    assert pairs["OP4"].target is None  # missing, said, never paired with the wrong paragraph


def without_footnote_5() -> str:
    """The French with footnote 5 gone and 6 and 7 numbered 5 and 6 in the footnote block, the calls in the
    text left as they were (an edit made by hand)."""
    text = FR.read_text(encoding="utf-8")
    text = text.replace("5 Ibid. par. 43. \n", "").replace("\n6 Voir DP/2003/2.", "\n5 Voir DP/2003/2.")
    return text.replace("\n7 Rapport de la Conférence des Nations Unies", "\n6 Rapport de la Conférence des Nations Unies")


def test_a_missing_footnote_leaves_the_later_ones_their_own_units(en_doc):
    french = parse_text(without_footnote_5(), language="fr", path="fn.fr.txt")
    assert len([u for u in french.units if u.id.startswith("FN")]) == 6
    said, pairs = _renumbered(en_doc, french)
    assert said == ["fn.fr.txt: numbered by content, not by number: translation FN5–FN6 are original FN6–FN7; "
                    "original FN5 is missing"]
    assert pairs["FN6"].target.unit.text == "Voir DP/2003/2." and pairs["FN5"].target is None


def test_a_translation_numbered_as_its_original_is_left_as_it_is(fr_doc, en_doc):
    alignment = align_documents(fr_doc, en_doc, default_rules())
    assert not any("numbered by content" in w for w in alignment.target.warnings)


def test_the_next_to_last_paragraph_missing_moves_one_unit_and_is_said(en_doc):
    french = parse_text(_without(10), language="fr", path="cut.fr.txt")
    said, pairs = _renumbered(en_doc, french)
    assert said == ["cut.fr.txt: numbered by content, not by number: translation OP10 is original OP11; "
                    "original OP10 is missing"]
    assert pairs["OP11"].target.unit.text.startswith("Prie le Secrétaire général d’inscrire")
    assert pairs["OP10"].target is None


def test_a_short_chinese_text_read_as_english_is_refused_by_its_script():
    import pytest

    from align.errors import InputError
    from align.reading import read_data

    from .conftest import shared

    data = shared("corpus", "un-docs", "A_RES_79_131.zh.xml").read_bytes()  # two paragraphs
    with pytest.raises(InputError, match="its text is in 'zh' \\(by its han script\\), not in 'en'"):
        read_data(data, "x.xml", language="en")


def _joined(number: int) -> str:
    """The French with paragraphs ``number`` and ``number + 1`` run into one, the later ones numbered one less."""
    lines = FR.read_text(encoding="utf-8").split("\n")
    label = re.compile(r"^(\s+)(\d{1,2})\. ")
    out = []
    for line in lines:
        match = label.match(line)
        if match and int(match.group(2)) == number + 1:
            while out and not out[-1].strip():
                out.pop()  # the second paragraph runs on after the first
            line = line[match.end():]
        elif match and int(match.group(2)) > number + 1:
            line = f"{match.group(1)}{int(match.group(2)) - 1}. " + line[match.end():]
        out.append(line)
    return "\n".join(out)


def test_two_paragraphs_run_into_one_are_said_to_be_merged_and_the_later_ones_keep_their_originals(en_doc):
    french = parse_text(_joined(5), language="fr", path="joined.fr.txt")
    assert "OP11" not in french.ids()
    alignment = align_documents(en_doc, french, default_rules())
    said = [w for w in alignment.target.warnings if "numbered by content" in w]
    assert said == ["joined.fr.txt: numbered by content, not by number: translation OP6–OP10 are original "
                    "OP7–OP11; translation OP5 holds original OP5 and OP6, run together"]
    pairs = {p.unit_id: p for p in alignment.pairs}
    assert pairs["OP11"].target.unit.text.startswith("Prie le Secrétaire général d’inscrire")
    assert pairs["OP6"].target is None  # its text is in OP5's: never paired with the next paragraph
    # the merged paragraph is half a translation of OP5: kept out of the memory
    assert pairs["OP5"].confidence < 0.5
    assert alignment.repairs[0].missing == ("OP6",) and "OP5" in alignment.repairs[0].units


def test_a_paragraph_cut_in_two_is_said_to_be_split(en_doc):
    english = EN.read_text(encoding="utf-8")
    cut = english.index("concrete proposals")  # OP6, cut in the middle, the later ones numbered one more
    renumbered = re.sub(r"(?m)^(\s+)(\d{1,2})\. ", lambda m: f"{m.group(1)}{int(m.group(2)) + 1}. "
                        if int(m.group(2)) > 6 else m.group(0), english[cut:])
    split = parse_text(english[:cut] + "\n\n 7. " + renumbered, language="en", path="split.en.txt")
    alignment = align_documents(parse_text(FR.read_text(encoding="utf-8"), language="fr", path="a.fr.txt"),
                                split, default_rules())
    said = [w for w in alignment.target.warnings if "numbered by content" in w]
    assert len(said) == 1 and "original OP6 is split in translation OP6 and OP7" in said[0], said
    pairs = {p.unit_id: p for p in alignment.pairs}
    assert pairs["OP7"].target.unit.text.startswith("Reaffirms the emphasis placed in the Monterrey")
    assert pairs["OP6"].confidence < 0.5  # the first half of OP6 only: for review


_EN_OPS = [
    "Welcomes the report of the Secretary-General on the implementation of the Programme of Action;",
    "Stresses the importance of national ownership of development strategies and of their financing;",
    "Requests the Secretary-General to report to the General Assembly at its eightieth session on the matter;",
    "Requests the Secretary-General to report to the General Assembly at its eighty-first session on the matter;",
    "Calls upon Member States and the organizations of the United Nations system to strengthen cooperation;",
    "Decides to include in the provisional agenda of its eighty-second session the item entitled “Development”.",
]
_FR_OPS = [
    "Accueille avec satisfaction le rapport du Secrétaire général sur l’application du Programme d’action ;",
    "Souligne l’importance de l’appropriation nationale des stratégies de développement et de leur financement ;",
    "Prie le Secrétaire général de lui faire rapport à sa quatre-vingtième session sur la question ;",
    "Prie le Secrétaire général de lui faire rapport à sa quatre-vingt-unième session sur la question ;",
    "Demande aux États Membres et aux organismes des Nations Unies de renforcer la coopération ;",
    "Décide d’inscrire à l’ordre du jour provisoire de sa quatre-vingt-deuxième session la question intitulée "
    "« Développement ».",
]


def test_when_the_content_cannot_tell_which_of_two_neighbours_is_missing_neither_is_trusted():
    from .qa_helpers import resolution

    english = parse_text(resolution("en", "\n\n".join(f" {n}. {t}" for n, t in enumerate(_EN_OPS, 1)) + "\n"),
                         language="en", path="o.en.txt")
    kept = _FR_OPS[:2] + _FR_OPS[3:]  # the French lost OP3 of its two look-alikes, and numbers on
    french = parse_text(resolution("fr", "\n\n".join(f" {n}. {t}" for n, t in enumerate(kept, 1)) + "\n"),
                        language="fr", path="t.fr.txt")
    alignment = align_documents(english, french, default_rules())
    said = [w for w in alignment.target.warnings if "numbered by content" in w]
    assert len(said) == 1 and said[0].endswith(  # the missing unit's neighbour, not a rival alignment's pair
        "original OP4 is missing; the content cannot tell whether OP4 or OP3 is the one missing: the pair of OP3 "
        "is doubtful"), said
    repair = alignment.repairs[0]
    # whichever of the two it names missing, the other's pair -- the wrong one here, OP3 with the French
    # "quatre-vingt-unième" -- is doubted and kept out of the memory
    assert {"OP3", "OP4"} <= set(repair.missing + repair.doubtful)
    assert len(repair.missing) == len(repair.doubtful) == 1  # one named missing, the other doubted
    pairs = {p.unit_id: p for p in alignment.pairs}
    for uid in repair.doubtful:
        assert pairs[uid].confidence <= 0.4 and all(link.confidence <= 0.4 for link in pairs[uid].links)
    assert pairs["OP6"].target.unit.text.startswith("Décide d’inscrire") and pairs["OP6"].confidence > 0.5


def _swapped(number: int) -> str:
    """The French with paragraphs ``number`` and ``number + 1`` printed in the other order, numbered in order."""
    lines = FR.read_text(encoding="utf-8").split("\n")
    label = re.compile(r"^(\s+)(\d{1,2})\. ")
    starts = [next(i for i, line in enumerate(lines) if (m := label.match(line)) and int(m.group(2)) == n)
              for n in (number, number + 1, number + 2)]
    first, second = lines[starts[0]:starts[1]], lines[starts[1]:starts[2]]
    first[0], second[0] = label.sub(rf"\g<1>{number + 1}. ", first[0]), label.sub(rf"\g<1>{number}. ", second[0])
    return "\n".join(lines[:starts[0]] + second + first + lines[starts[2]:])


def test_two_paragraphs_in_the_other_order_are_said_to_be_swapped_and_paired_by_content(en_doc):
    french = parse_text(_swapped(5), language="fr", path="swapped.fr.txt")
    assert french.unit("OP5").text.startswith("Prie le Secrétaire général, agissant")  # the original's OP6
    said, pairs = _renumbered(en_doc, french)
    assert said == ["swapped.fr.txt: numbered by content, not by number: translation OP5 and OP6 are original "
                    "OP6 and OP5, in the other order"]
    assert pairs["OP5"].target.unit.text.startswith("Recommande") and pairs["OP5"].confidence > 0.5
    assert pairs["OP6"].target.unit.text.startswith("Prie le Secrétaire général, agissant")
    assert pairs["OP6"].confidence > 0.5
    assert pairs["OP7"].target.unit.text == parse_text(FR.read_text(encoding="utf-8"), language="fr").unit("OP7").text


def test_a_translation_of_two_paragraphs_run_together_taken_for_the_second_is_doubted():
    english, chinese = session("Chinese", "A_RES_79_128")
    # the Chinese OP1 holds the original's OP1 and OP2; the costs take it as well for OP2 alone, OP1 missing
    alignment = align_documents(english, merged(chinese, 1)[0], default_rules())
    said = [w for w in alignment.target.warnings if "numbered by content" in w]
    assert len(said) == 1 and "translation OP1 may hold original OP1 and OP2, run together" in said[0], said
    pairs = {p.unit_id: p for p in alignment.pairs}
    assert pairs["OP2"].target.unit.text.startswith(chinese.unit("OP1").text)
    assert pairs["OP2"].confidence <= 0.4 and all(link.confidence <= 0.4 for link in pairs["OP2"].links)
    assert pairs["OP3"].target.unit.text == chinese.unit("OP3").text and pairs["OP3"].confidence > 0.5


def test_a_missing_paragraph_whose_neighbour_reads_alike_leaves_the_neighbour_doubted():
    english, french = session("French", "A_RES_79_121")
    # the French lost "Prend note du rapport de la Commission ... sur les travaux de sa soixante-quinzième
    # session"; the words of the next, "Se félicite du travail accompli par la Commission ... à sa
    # soixante-quinzième session", are translated as well by the English of either
    alignment = align_documents(english, without_paragraph(french, 1)[0], default_rules())
    said = [w for w in alignment.target.warnings if "numbered by content" in w]
    assert len(said) == 1 and "cannot tell whether translation OP1 is original OP1 or OP2" in said[0], said
    pairs = {p.unit_id: p for p in alignment.pairs}
    assert pairs["OP1"].confidence <= 0.4
    assert pairs["OP5"].target.unit.text == french.unit("OP5").text and pairs["OP5"].confidence > 0.5


def test_a_translation_that_numbers_from_1_again_after_a_heading_is_paired_by_content():
    """The French A/RES/79/323 (the UN's Akoma Ntoso file) numbers the paragraphs after heading G of its annex
    1, 2, 3... where the English goes on with 58, 59...: read as a scope of their own (``ANX1.S2.OP1``), they
    are scored against the English paragraphs of the scope that encloses them, and renamed after them."""
    english, french = session("French", "A_RES_79_323")
    assert "ANX1.S2.OP1" in french.ids() and "ANX1.OP58" not in french.ids()
    alignment = align_documents(english, french, default_rules())
    assert not alignment.unpaired()
    assert any("translation ANX1.S2.OP1–" in r.message and "are original ANX1.OP58–" in r.message
               for r in alignment.repairs)
    pair = next(p for p in alignment.pairs if p.unit_id == "ANX1.OP58")
    assert pair.source.unit.text.startswith("Science, technology and innovation are advancing")
    assert pair.target.unit.text.startswith("La science, la technologie et l’innovation\xa0progressent")
    assert pair.confidence > 0.9


def test_footnotes_one_paragraph_calls_in_another_order_are_paired_by_content():
    """The Chinese A/RES/79/42 calls "Ibid., vol. 1456" before "Ibid., vol. 3132" in PP7, the English after;
    the Chinese 79/8 calls the Beijing report before resolutions S-23/2 and S-23/3 in PP17.  Paired by number,
    each footnote had its neighbour's translation, with a fair confidence (they share a treaty number)."""
    english, chinese = session("Chinese", "A_RES_79_42")
    alignment = align_documents(english, chinese, default_rules())
    pairs = {p.unit_id: p for p in alignment.pairs}
    assert "第3132卷" in pairs["FN2"].target.unit.text and "第1456卷" in pairs["FN3"].target.unit.text
    assert pairs["FN2"].confidence > 0.9 and pairs["FN3"].confidence > 0.9
    assert [r.message for r in alignment.repairs] == [
        "numbered by content, not by number: translation FN2 and FN3 are original FN3 and FN2: "
        "PP7 calls them in another order"]
    # the calls follow their footnotes: the Chinese PP7 calls them in its own order, numbered as the English
    assert [c.number for c in pairs["PP7"].target.unit.calls] == [3, 2]
    english, chinese = session("Chinese", "A_RES_79_8")
    alignment = align_documents(english, chinese, default_rules())
    pairs = {p.unit_id: p for p in alignment.pairs}
    assert pairs["FN7"].target.unit.text == "S-23/2号决议，附件。"
    assert pairs["FN8"].target.unit.text == "S-23/3号决议，附件。"
    assert pairs["FN9"].target.unit.text.startswith("《第四次妇女问题世界会议的报告")
    assert not alignment.unpaired()
    assert "translation FN7, FN8 and FN9 are original FN9, FN7 and FN8: PP17 calls them in another order" in \
        alignment.repairs[0].message


def test_footnotes_in_their_own_order_or_with_one_missing_are_not_reordered():
    from align.callorder import groups, reordered

    together, apart = frozenset({"PP7"}), frozenset({"PP8"})
    assert groups([together, together, apart, apart, apart, frozenset({"PP7", "PP9"})]) == \
        {"PP7": range(0, 2), "PP8": range(2, 5)}
    ids = ["FN1", "FN2", "FN3"]
    crossed = {(0, 1): 0.0, (1, 0): 0.0, (0, 0): 5.0, (1, 1): 5.0}

    def cost(i: int, j: int) -> float:
        return crossed.get((i, j), 20.0)
    callers = [together, together, apart]
    assert reordered(ids, ids, callers, callers, cost, margin=6.0) == {0: 1, 1: 0}
    assert reordered(ids, ids, callers, callers, cost, margin=11.0) == {}  # not better by the margin
    # a footnote of the group missing in the translation: its numbers are another matter (renumbering's)
    assert reordered(ids, ["FN1", "FN3"], callers, [together, apart], cost, margin=6.0) == {}


def test_an_article_missing_is_not_taken_for_two_run_together_where_the_words_say_whose_it_is(udhr):
    """The Arabic Universal Declaration without article 13: the cheapest reading takes the Arabic article 13
    (the original's 14, on asylum) for articles 13 and 14 run together; the English article 13 ("freedom of
    movement and residence") has few of its words in it, the English 14 most: the pair of article 13, with its
    paragraphs, is doubtful and kept out of the memory."""
    from align.memory import MIN_CONFIDENCE

    arabic = udhr("ar")
    alignment = align_documents(udhr("en"), without_paragraph(arabic, 13, label="ART")[0], default_rules())
    pairs = {p.unit_id: p for p in alignment.pairs}
    assert pairs["ART13.1"].target.unit.text == arabic.unit("ART14.1").text
    assert all(pairs[uid].confidence < MIN_CONFIDENCE for uid in ("ART13.1", "ART13.2"))
    assert "the pair of ART13 is doubtful" in alignment.repairs[0].message
    assert pairs["ART15.1"].target.unit.text == arabic.unit("ART15.1").text and pairs["ART15.1"].confidence > 0.5
