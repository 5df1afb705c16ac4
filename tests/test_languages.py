from __future__ import annotations

import pytest

from align.errors import UntmError
from align.languages import LANGUAGES, language_from_path, profile


@pytest.mark.parametrize(
    ("path", "language"),
    [("sources/A_RES_57_263.fr.txt", "fr"), ("X.EN.txt", "en"), ("udhr.zh.txt", "zh"), ("notes.txt", None), ("a.de.txt", None)],
)
def test_language_from_the_file_name(path, language):
    assert language_from_path(path) == language


def test_profiles_accept_region_and_case():
    assert profile("fr-FR").code == "fr"
    assert profile("EN").code == "en"
    assert profile("de").code == "de" and profile("de").months == ()  # read by structure only
    with pytest.raises(UntmError, match="unknown language 'xx'"):
        profile("xx")


@pytest.mark.parametrize(
    ("language", "intro", "meeting", "date"),
    [
        ("en", "The General Assembly,", "78th plenary meeting", "20 December 2002"),
        ("fr", "L’Assemblée générale,", "78e séance plénière", "20 décembre 2002"),
        ("es", "La Asamblea General,", "78ª sesión plenaria", "20 de diciembre de 2002"),
        ("ru", "Генеральная Ассамблея,", "78-е пленарное заседание", "20 декабря 2002 года"),
        ("ar", "إن الجمعية العامة،", "الجلسة العامة 78", "20 ديسمبر 2002"),
        ("zh", "大会，", "第78次全体会议", "2002年12月20日"),
    ],
)
def test_each_language_knows_its_resolution_furniture(language, intro, meeting, date):
    lang = profile(language)
    assert lang.intro.match(intro)
    assert lang.meeting.match(meeting)
    assert lang.date.match(date)
    assert not lang.date.match("Groupe des 77, held")
    assert language in LANGUAGES
