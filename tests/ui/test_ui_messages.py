"""The app's own sentence for every problem code of the ledger, in every language it ships."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.domain.errors import ErrorCode
from app.ui import i18n, language, messages


@pytest.fixture
def english_after(qapp: object) -> Iterator[None]:
    yield
    language.install("en", system="C")
    i18n.configure(translator=None, locale_name=i18n.MAIN_REGION["en"])


@pytest.mark.parametrize("lang", list(i18n.LANGUAGES))
def test_every_problem_code_has_its_own_sentence_in_every_language(
        lang: str, english_after: None) -> None:
    assert language.install(lang, system="C") == lang
    unexpected = messages.sentence(messages.UNEXPECTED)
    missing = [code.value for code in ErrorCode if code not in messages.SENTENCES]
    assert not missing, f"add a sentence to app/ui/messages.py for {missing}"
    untranslated = []
    for code in ErrorCode:
        shown = messages.sentence(code.value)
        assert shown, code
        assert shown != unexpected, code
        english = messages.SENTENCES[code]
        if lang != "en" and shown == english:
            untranslated.append(code.value)
    assert not untranslated, f"no {lang} translation for {untranslated}"


def test_a_german_cashier_reads_german_sentences_for_the_newer_codes(
        english_after: None) -> None:
    language.install("de", system="C")
    assert messages.sentence("location_exists") == (
        "Eine Filiale mit diesem Kürzel gibt es bereits. Wählen Sie ein anderes.")
    language.install("en", system="C")
    assert messages.sentence("location_exists") == (
        "A store with this code exists already. Choose another code.")
