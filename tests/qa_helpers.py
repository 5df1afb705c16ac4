"""Building QA contexts for the check tests."""

from __future__ import annotations

from align.aligner import align_documents
from align.reading.text import parse_text
from align.qa.base import QaContext
from align.srx import default_rules


def resolution(language: str, body: str, intro: str | None = None) -> str:
    intros = {"en": "The General Assembly,", "fr": "L’Assemblée générale,", "zh": "大会，", "ar": "إن الجمعية العامة،",
              "es": "La Asamblea General,", "ru": "Генеральная Ассамблея,"}
    return f" 57/1. Title \n\n {intro or intros[language]} \n\n{body}"


def context(source_lang: str, source_body: str, target_lang: str, target_body: str, **extra) -> QaContext:
    source = parse_text(resolution(source_lang, source_body), language=source_lang, path=f"o.{source_lang}.txt")
    target = parse_text(resolution(target_lang, target_body), language=target_lang, path=f"t.{target_lang}.txt")
    return QaContext(align_documents(source, target, default_rules()), **extra)


def found(check, ctx) -> list[tuple[str, str, str]]:
    return [(f.severity.value, f.unit, f.message) for f in check.run(ctx)]
