"""Articles in other languages: detection, the case tables of fr, de, es, it, pt and nl
(tests/text/cases/<language>.py) through ``analyse``, and abstention elsewhere."""

from __future__ import annotations

import importlib

import pytest

from summarizer._text.analysis import LANGUAGES, analyse
from summarizer._text.language import detect

from .cases.languages import PUBLISHED, Claim, Date, Speaker
from .linear import assert_linear

OTHERS = [language for language in LANGUAGES if language != "en"]


def _table(name: str) -> list[tuple[str, Speaker | Date | Claim]]:
    rows: list[tuple[str, Speaker | Date | Claim]] = []
    for language in OTHERS:
        module = importlib.import_module(f"tests.text.cases.{language}")
        rows.extend((language, row) for row in getattr(module, name, ()))
    return rows


SPEAKERS = _table("SPEAKERS")
DATES = _table("DATES")
CLAIMS = _table("CLAIMS")


@pytest.mark.parametrize(("language", "row"), SPEAKERS, ids=[f"{lang}: {row.rule}" for lang, row in SPEAKERS])
def test_speaker(language: str, row: Speaker) -> None:
    analysis = analyse(row.text, language=language)
    attribution = analysis.attributions[row.quote]
    found = attribution.speaker.name if attribution.speaker else None
    assert found == row.speaker


@pytest.mark.parametrize(("language", "row"), CLAIMS, ids=[f"{lang}: {row.rule}" for lang, row in CLAIMS])
def test_claim(language: str, row: Claim) -> None:
    found = [c for c in analyse(row.text, language=language).claims if c.kind != "quote"]
    if row.source is None:
        # No source named: no claim, or one whose pronoun the text does not resolve.
        assert [(row.text[c.source[0] : c.source[1]], c.speaker) for c in found if c.speaker or not c.pronoun] == []
        return
    assert found, "no claim"
    assert found[0].speaker is not None
    assert found[0].speaker.name == row.source
    assert row.text[found[0].contents[0][0] :].startswith(row.content)


@pytest.mark.parametrize(("language", "row"), DATES, ids=[f"{lang}: {row.rule}" for lang, row in DATES])
def test_date(language: str, row: Date) -> None:
    analysis = analyse(row.text, language=language)
    assert analysis.published == PUBLISHED
    found = {w.text: w.date for w in analysis.dates() or []}
    assert row.expression in found
    assert found[row.expression] == row.date


@pytest.mark.parametrize(("language", "row"), SPEAKERS, ids=[f"{lang}: {row.rule}" for lang, row in SPEAKERS])
def test_case_rows_are_detected_in_their_language(language: str, row: Speaker) -> None:
    # The rows are short: most are told apart; those that are not say so here.
    if len(row.text) < 60:
        pytest.skip("too short to tell reliably")
    assert detect(row.text) == language


@pytest.mark.parametrize(
    "text",
    [
        "„Nie poddamy się tak łatwo” – powiedział premier Jan Kowalski po spotkaniu w Warszawie.",
        "«Мы не отступим ни на шаг», — заявил министр Иван Петров журналистам в Москве.",
        "「我们不会退缩」，部长王明在北京对记者说。",
        # Swedish, Finnish and Danish copy writes both marks alike: ”...” and »...».
        "”Vi kommer inte att ge upp kampen om jobben”, sade statsministern Ulf Kristersson i Stockholm.",
        "»Regeringen står fast vid budgeten», sade finansministern Elisabeth Svantesson på tisdagen.",
        "”Emme anna periksi tässä asiassa”, sanoi pääministeri Petteri Orpo tiistaina Helsingissä.",
        "”Vi giver ikke op, før aftalen er på plads”, sagde statsminister Mette Frederiksen i København.",
        "»Vi skal bygge flere boliger i byene«, sa kommunalminister Erling Sande til NRK.",
        "„Nebudeme ustupovat vydírání“, řekl premiér Petr Fiala novinářům v Praze.",
    ],
)
def test_other_languages_keep_quotes_and_guess_no_speaker(text: str) -> None:
    analysis = analyse(text)
    assert analysis.language not in LANGUAGES
    assert not analysis.supported
    assert len(analysis.quotes) == 1
    assert analysis.attributions[0].speaker is None
    assert analysis.claims == ()


def test_english_stays_english() -> None:
    analysis = analyse('"We will not back down," Keir Stanton told the Commons on Wednesday.')
    assert analysis.language == "en"
    assert analysis.attributions[0].speaker is not None
    assert analysis.dates() is None


def test_language_overrides_detection() -> None:
    text = "« Nous tiendrons bon », a déclaré M. Bayrou devant les députés."
    assert analyse(text).language == "fr"
    assert analyse(text, language="en").language == "en"


def test_other_language_gets_iso_dates_only() -> None:
    analysis = analyse("Президент выступил 2020-03-13 в Москве и вчера в Санкт-Петербурге.")
    found = analysis.dates() or []
    assert [w.text for w in found] == ["2020-03-13"]


@pytest.mark.parametrize(
    ("language", "text", "dateline"),
    [
        ("fr", "Paris, le 13 mars 2020\n\nIl y a trois jours de grève prévus dans les transports.", "le 13 mars 2020"),
        ("pt", "Lisboa, 13 de março de 2020 — Há duas semanas de prazo para recorrer.", "13 de março de 2020"),
    ],
)
def test_a_duration_is_not_a_date(language: str, text: str, dateline: str) -> None:
    # "il y a" / "há" also say "there are": before "de" the phrase is a length of time.
    assert [w.text for w in analyse(text, language=language).dates() or []] == [dateline]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Der Vertrag wurde vor zwei Wochen unterzeichnet und gestern bestätigt."),
        ("es", "El Gobierno aprobó el plan hace dos semanas y lo publicó ayer."),
    ],
)
def test_relative_dates_wait_for_the_publication_date(language: str, text: str) -> None:
    found = analyse(text, language=language).dates() or []
    assert len(found) == 2
    assert all(w.date is None for w in found)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "—a b —dijo\n" * 20_000),
        ("es", "—a b —c" * 50_000),
        ("de", "»a " * 75_000),
    ],
    ids=["dialogue-lines", "dialogue-dashes", "inward-guillemets"],
)
def test_other_typography_is_linear(language: str, text: str) -> None:
    assert_linear(lambda t: analyse(t, language=language, published=PUBLISHED).quotes, text)


def test_through_summarize_with_no_model_answer() -> None:
    # The whole pipeline with a loopback model that answers nothing: what the text gives.
    from summarizer import summarize
    from summarizer.testing import FakeLLM, FakeResponse

    swedish = "”Vi kommer inte att ge upp kampen om jobben”, sade statsministern Ulf Kristersson i Stockholm."
    german = "»Die Kontrollen bleiben bis Ende Juni«, sagte Innenministerin Nancy Faeser am Montag in Berlin."
    with FakeLLM(lambda _body: FakeResponse(400, '{"error": {"message": "no model"}}')) as llm:
        nordic, inward = (
            summarize(t, model="none", base_url=llm.base_url, api_key="unused", allow_partial=True, max_retries=0)
            for t in (swedish, german)
        )
    assert nordic.provenance.language == "sv"
    assert [(q.speaker_id, q.attribution) for q in nordic.quotes] == [(None, "unsupported_language")]
    assert [(q.attribution, inward.speakers[0].name) for q in inward.quotes] == [("reporting_clause", "Nancy Faeser")]


def test_detection_scores_are_py3langids_bit_for_bit() -> None:
    # language._Identifier walks the bytes and widens the table faster; its scores must be
    # py3langid's own exactly, on every kind of text: the case rows, scripts, mixed and random.
    import random

    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    from summarizer._text.language import _identifier

    plain = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    fast = _identifier()
    texts = [row.text for _, row in SPEAKERS] + ["", "a", "42", "ß", "«»", "Hello", "\u00e9t\u00e9"]
    rng = random.Random(22)
    letters = [chr(c) for c in [*range(32, 127), *range(0xC0, 0x17F), *range(0x400, 0x450), *range(0x4E00, 0x4E20)]]
    texts += ["".join(rng.choice(letters) for _ in range(rng.choice([1, 2, 5, 40, 600]))) for _ in range(60)]
    texts += [texts[i][j:] + texts[i + 1][:j] for i, j in zip(range(0, 40, 2), range(3, 60, 3), strict=False)]
    for text in texts:
        assert fast._decide(text).tobytes() == plain._decide(text).tobytes(), text
        assert fast.classify(text) == plain.classify(text), text
