"""The answer models: one static pydantic model per answer shape, each article's IDs
and names given through the validation context and filled into a JSON-Schema
template. What the model receives and what a re-ask tells it must be what a model
built for the article would have given (the goldens and their cassettes hold the
schemas; these tests hold the rest)."""

import hashlib
import json
from typing import Annotated, Any

import pytest
from pydantic import BaseModel, Field, ValidationError, create_model

from summarizer._llm.profiles import EMBEDDED, OPENAI
from summarizer._pipeline.answer import AnswerContext, answer_spec, summary_spec
from summarizer._text.article import prepare
from tests.llm.test_repairs import OPEN_QUOTES


def _spec(text: str, **kw: Any) -> Any:
    article = prepare(text)
    options: dict[str, Any] = {"unresolved_quotes": [], "speakers": [], "actors": [], "places": [], "times": []}
    return answer_spec(article, **{**options, **kw})


def _sorted_hash(schema: dict[str, Any]) -> str:
    blob = json.dumps(schema, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(blob.encode()).hexdigest()[:16]


def test_one_model_per_shape_whatever_the_article(seed_text: str) -> None:
    seed = _spec(seed_text, actors=["Iraq"], extractive_summary=True)
    other = _spec(OPEN_QUOTES, actors=["Jane Doe", "John Roe"], times=["on Monday"], extractive_summary=True)
    assert seed.model is other.model
    assert seed.json_schema != other.json_schema  # each has its own enums
    quoted = _spec(OPEN_QUOTES, unresolved_quotes=["Q1"], speakers=["Jane Doe"], extractive_summary=True)
    assert quoted.model is not seed.model and quoted.model.__name__ == seed.model.__name__ == "ArticleAnswer"
    final = summary_spec(prepare(seed_text), candidate_ids=["S1", "S2"], extractive_summary=True)
    assert final.model.__name__ == "SummaryAnswer"


def test_validation_needs_the_article_context(seed_text: str) -> None:
    spec = _spec(seed_text, extractive_summary=True)
    answer = {"summary": ["S1"], "events": []}
    assert spec.validate_python(answer).summary == ["S1"]
    with pytest.raises(TypeError, match="context=AnswerContext"):
        spec.model.model_validate(answer)


@pytest.mark.parametrize("extractive", [True, False])
@pytest.mark.parametrize(
    "options",
    [
        {},
        {"actors": ["Mark Esper"], "places": ["Iraq"], "times": ["on Wednesday"]},
        {"unresolved_quotes": ["Q1", "Q3"], "speakers": ["Mark Esper"], "actors": ['the \x00 "odd" name']},
        {"sentence_ids": ["S3", "S4"]},
    ],
)
def test_the_schema_hash_is_the_hash_of_the_schema_sent(
    seed_text: str, extractive: bool, options: dict[str, Any]
) -> None:
    spec = _spec(seed_text, extractive_summary=extractive, **options)
    assert spec.schema_hash == _sorted_hash(spec.json_schema)
    final = summary_spec(prepare(seed_text), candidate_ids=["S2", "S5", "S1"], extractive_summary=extractive)
    assert final.schema_hash == _sorted_hash(final.json_schema)


def test_phrases_are_free_text_when_the_article_offers_none(seed_text: str) -> None:
    spec = _spec(seed_text, extractive_summary=True)
    event = spec.json_schema["$defs"]["EventAnswer"]["properties"]
    assert event["who"]["anyOf"][0] == {"maxLength": 80, "type": "string"}
    assert event["when"]["anyOf"][0] == {"maxLength": 40, "type": "string"}
    offered = _spec(seed_text, extractive_summary=True, actors=["Iraq"], times=["on Wednesday"])
    event = offered.json_schema["$defs"]["EventAnswer"]["properties"]
    assert event["who"]["anyOf"][0] == {"enum": ["Iraq"], "type": "string"}
    assert event["when"]["anyOf"][0] == {"enum": ["on Wednesday"], "type": "string"}


def _errors(exc: ValidationError) -> list[tuple[Any, ...]]:
    return [(e["type"], e["loc"], e["msg"]) for e in exc.errors(include_url=False)]


def test_bounds_that_depend_on_the_article_fail_as_pydantic_bounds_do(seed_text: str) -> None:
    """The re-ask carries pydantic's own message for a bound that now lives in a
    validator: compared with a model that has the bound as a constraint."""
    event = {"evidence": ["S1"], "what": "something", "who": "x" * 81, "whom": None, "where": None, "when": None}
    answer = {"summary": ["S1"], "events": [event]}
    with pytest.raises(ValidationError) as free:
        _spec(seed_text, extractive_summary=True).validate_python(answer)
    Reference = create_model("Reference", who=(Annotated[str, Field(max_length=80)] | None, ...))
    with pytest.raises(ValidationError) as reference:
        Reference.model_validate({"who": "x" * 81})
    assert [(t, ("events", 0, *loc), m) for t, loc, m in _errors(reference.value)] == _errors(free.value)

    pairs = [{"quote": q, "speaker": "unknown"} for q in ("Q1", "Q2", "Q9")]
    answer = {"summary": ["S1"], "events": [], "quote_speakers": pairs}
    spec = _spec(OPEN_QUOTES, unresolved_quotes=["Q1", "Q2"], speakers=["Jane Doe"], extractive_summary=True)
    with pytest.raises(ValidationError) as too_many:
        spec.validate_python(answer)

    class Pairs(BaseModel):
        quote_speakers: list[dict[str, str]] = Field(max_length=2)

    with pytest.raises(ValidationError) as reference:
        Pairs.model_validate({"quote_speakers": pairs})
    assert _errors(too_many.value) == _errors(reference.value)
    assert "List should have at most 2 items after validation, not 3" in str(too_many.value)


def test_ids_and_names_outside_the_context_are_reasked_precisely() -> None:
    spec = _spec(
        OPEN_QUOTES, unresolved_quotes=["Q1", "Q2"], speakers=["Jane Doe", "John Roe"], extractive_summary=True
    )
    answer = {
        "summary": ["S9"],
        "events": [],
        "quote_speakers": [{"quote": "Q4", "speaker": "Mallory"}],
    }
    with pytest.raises(ValidationError) as failed:
        spec.validate_python(answer)
    messages = [m for _, _, m in _errors(failed.value)]
    assert messages == [
        "Value error, S9 does not exist; valid sentence IDs are S1–S4",
        "Value error, Q4 does not exist; valid quote IDs are Q1–Q2",
        "Value error, 'Mallory' is not a speaker named in the article; choose one of 'Jane Doe', 'John Roe', 'unknown'",
    ]


def test_the_context_holds_what_the_schema_offers(seed_text: str) -> None:
    spec = _spec(OPEN_QUOTES, unresolved_quotes=["Q2"], speakers=["Jane Doe"], extractive_summary=True)
    assert isinstance(spec.context, AnswerContext)
    pair = spec.json_schema["$defs"]["QuoteSpeaker"]["properties"]
    assert pair["quote"]["enum"] == list(spec.context.quote_ids) == ["Q2"]
    assert pair["speaker"]["enum"] == list(spec.context.speakers) == ["Jane Doe", "unknown"]
    assert spec.json_schema["properties"]["quote_speakers"]["maxItems"] == 1
    assert spec.json_schema["properties"]["summary"]["items"]["enum"] == list(spec.context.sentence_ids)


def test_request_bodies_per_response_format(seed_text: str) -> None:
    spec = _spec(seed_text, extractive_summary=True)
    embedded = EMBEDDED.request(spec.json_schema, spec.model.__name__, max_tokens=768)
    # The order of the recorded cassettes' bodies (after "messages" and "model").
    assert list(embedded) == ["max_tokens", "response_format", "seed", "temperature", "repeat_penalty"]
    assert embedded["response_format"] == {"type": "json_object", "schema": spec.json_schema}
    hosted = OPENAI.request(spec.json_schema, spec.model.__name__, max_tokens=2048)
    # OpenAI: max_completion_tokens and strict structured outputs (tests/llm/test_providers.py).
    assert list(hosted) == ["max_completion_tokens", "response_format", "seed", "temperature"]
    assert hosted["response_format"] == {
        "type": "json_schema",
        "json_schema": {"name": "ArticleAnswer", "schema": spec.json_schema, "strict": True},
    }


def _seed_candidates(seed_text: str) -> tuple[Any, list[Any]]:
    from summarizer._text.analysis import TextAnalysis

    article = prepare(seed_text)
    return article, list(TextAnalysis(article, "en").claims)


def test_claims_are_chosen_by_attribution_id_and_checked_against_their_evidence(seed_text: str) -> None:
    article, candidates = _seed_candidates(seed_text)
    officials = next(c for c in candidates if article.text[c.source[0] : c.source[1]] == "two US officials")
    options = {"unresolved_quotes": [], "speakers": [], "actors": [], "places": [], "times": []}
    spec = answer_spec(article, candidates=candidates, extractive_summary=True, **options)
    claim_schema = spec.json_schema["$defs"]["ClaimAnswer"]["properties"]
    assert claim_schema["attribution"]["enum"] == [c.id for c in candidates]

    good = {"attribution": officials.id, "claim": "the US is carrying out retaliatory strikes in Iraq"}
    answer = spec.validate_python({"summary": ["S1"], "events": [], "claims": [good]})
    assert getattr(answer, "claims")[0].attribution == officials.id  # noqa: B009

    # A paraphrase its evidence does not support is dropped (the claim keeps the text's
    # words), not re-asked: a weak model tends to repeat it and would lose the whole answer.
    wrong = {"attribution": officials.id, "claim": "Esper ordered bombing of Tehran"}
    repaired = spec.validate_python({"summary": ["S1"], "events": [], "claims": [wrong]})
    assert getattr(repaired, "claims") == []  # noqa: B009
    assert repaired.repairs == (
        f"claim {officials.id}: 'Esper ordered bombing of Tehran' says what S6 do not "
        "('Esper', 'ordered', 'bombing', 'Tehran'): kept the text's words",
    )
    echo = {"attribution": "A99", "claim": "The article comes as numbered sentences, S2],"}
    with pytest.raises(ValidationError) as failed:
        spec.validate_python({"summary": ["S1"], "events": [], "claims": [echo]})
    messages = [m for _, _, m in _errors(failed.value)]
    assert messages[0].startswith("Value error, A99 does not exist; valid attribution IDs are A1–")


def test_an_event_its_evidence_does_not_report_is_dropped(seed_text: str) -> None:
    spec = _spec(seed_text, extractive_summary=True)
    event = {"evidence": ["S2"], "what": "The article comes as numbered sentences, S2],", "who": None}
    answer = spec.validate_python({"summary": ["S1"], "events": [{**event, "whom": None, "where": None, "when": None}]})
    assert getattr(answer, "events") == []  # noqa: B009
    assert answer.repairs == (
        "event 1: what 'The article comes as numbered sentences, S2],' says what S2 do not ('S2'): dropped",
    )
