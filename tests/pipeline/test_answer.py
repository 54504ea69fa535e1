"""The answer models: one static pydantic model per answer shape, each article's IDs
and names given through the validation context and filled into a JSON-Schema
template. What the model receives and what a re-ask tells it must be what a model
built for the article would have given (the goldens and their cassettes hold the
schemas; these tests hold the rest).

The answers below are written in this file as test fixtures; no model wrote them."""

import hashlib
import json
from typing import Any

import pytest
from pydantic import BaseModel, Field, ValidationError

from summarizer._llm.profiles import EMBEDDED, OPENAI
from summarizer._pipeline.answer import AnswerContext, answer_spec, summary_spec
from summarizer._pipeline.events import ROLE_KINDS, EventOffer, offers
from summarizer._text.analysis import analyse
from summarizer._text.article import prepare
from tests.llm.test_repairs import OPEN_QUOTES


def _spec(text: str, **kw: Any) -> Any:
    article = prepare(text)
    options: dict[str, Any] = {"unresolved_quotes": [], "speakers": []}
    return answer_spec(article, **{**options, **kw})


def _offered(text: str) -> tuple[Any, list[EventOffer]]:
    """The article's event candidates as offered to a hosted model."""
    analysis = analyse(text)
    return analysis.article, list(offers(analysis))


def _sorted_hash(schema: dict[str, Any]) -> str:
    blob = json.dumps(schema, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(blob.encode()).hexdigest()[:16]


def test_one_model_per_shape_whatever_the_article(seed_text: str) -> None:
    seed = _spec(seed_text, unresolved_quotes=["Q1"], speakers=["Mark Esper"])
    other = _spec(OPEN_QUOTES, unresolved_quotes=["Q1"], speakers=["Jane Doe", "John Roe"])
    assert seed.model is other.model
    assert seed.json_schema != other.json_schema  # each has its own enums
    article, events = _offered(seed_text)
    offered = answer_spec(article, unresolved_quotes=[], speakers=[], events=events)
    assert offered.model is not seed.model and offered.model.__name__ == seed.model.__name__ == "ArticleAnswer"
    final = summary_spec(prepare(seed_text))
    assert final.model.__name__ == "SummaryAnswer"


def test_validation_needs_the_article_context(seed_text: str) -> None:
    spec = _spec(seed_text)
    answer = {"summary": "Airstrikes were reported in Babylon.", "events": []}
    assert spec.validate_python(answer).summary == "Airstrikes were reported in Babylon."
    with pytest.raises(TypeError, match="context=AnswerContext"):
        spec.model.model_validate(answer)


def test_a_profile_that_cannot_write_a_summary_is_asked_for_none(seed_text: str) -> None:
    """The embedded profile's summary is the lede: its request has no summary field, and a
    part with nothing else to choose asks nothing at all (no request is made)."""
    article, candidates = _seed_candidates(seed_text)
    extractive = answer_spec(article, unresolved_quotes=[], speakers=[], candidates=candidates, extractive_summary=True)
    assert list(extractive.json_schema["properties"]) == ["claims"]
    assert extractive.asks
    nothing = _spec(seed_text, extractive_summary=True)
    assert nothing.json_schema["properties"] == {} and not nothing.asks
    assert nothing.validate_python({}).repairs == ()
    prose = _spec(seed_text)
    assert prose.json_schema["properties"]["summary"]["type"] == "string" and prose.asks


@pytest.mark.parametrize("extractive", [True, False])
@pytest.mark.parametrize(
    "options",
    [
        {},
        {"events": True},
        {"unresolved_quotes": ["Q1", "Q3"], "speakers": ["Mark Esper", 'the \x00 "odd" name']},
    ],
)
def test_the_schema_hash_is_the_hash_of_the_schema_sent(
    seed_text: str, extractive: bool, options: dict[str, Any]
) -> None:
    if options.pop("events", False):
        options["events"] = _offered(seed_text)[1]
    spec = _spec(seed_text, extractive_summary=extractive, **options)
    assert spec.schema_hash == _sorted_hash(spec.json_schema)
    final = summary_spec(prepare(seed_text))
    assert final.schema_hash == _sorted_hash(final.json_schema)


def _errors(exc: ValidationError) -> list[tuple[Any, ...]]:
    return [(e["type"], e["loc"], e["msg"]) for e in exc.errors(include_url=False)]


def test_bounds_that_depend_on_the_article_fail_as_pydantic_bounds_do() -> None:
    """The re-ask carries pydantic's own message for a bound that now lives in a
    validator: compared with a model that has the bound as a constraint."""
    pairs = [{"quote": q, "speaker": "unknown"} for q in ("Q1", "Q2", "Q9")]
    answer = {"summary": "Jane Doe visited the border.", "quote_speakers": pairs}
    spec = _spec(OPEN_QUOTES, unresolved_quotes=["Q1", "Q2"], speakers=["Jane Doe"])
    with pytest.raises(ValidationError) as too_many:
        spec.validate_python(answer)

    class Pairs(BaseModel):
        quote_speakers: list[dict[str, str]] = Field(max_length=2)

    with pytest.raises(ValidationError) as reference:
        Pairs.model_validate({"quote_speakers": pairs})
    assert _errors(too_many.value) == _errors(reference.value)
    assert "List should have at most 2 items after validation, not 3" in str(too_many.value)


def test_ids_and_names_outside_the_context_are_reasked_precisely() -> None:
    spec = _spec(OPEN_QUOTES, unresolved_quotes=["Q1", "Q2"], speakers=["Jane Doe", "John Roe"])
    answer = {"summary": "Jane Doe visited the border.", "quote_speakers": [{"quote": "Q4", "speaker": "Mallory"}]}
    with pytest.raises(ValidationError) as failed:
        spec.validate_python(answer)
    messages = [m for _, _, m in _errors(failed.value)]
    assert messages == [
        "Value error, Q4 does not exist; valid quote IDs are Q1–Q2",
        "Value error, 'Mallory' is not a speaker named in the article; choose one of 'Jane Doe', 'John Roe', 'unknown'",
    ]


def test_the_context_holds_what_the_schema_offers(seed_text: str) -> None:
    spec = _spec(OPEN_QUOTES, unresolved_quotes=["Q2"], speakers=["Jane Doe"])
    assert isinstance(spec.context, AnswerContext)
    pair = spec.json_schema["$defs"]["QuoteSpeaker"]["properties"]
    assert pair["quote"]["enum"] == list(spec.context.quote_ids) == ["Q2"]
    assert pair["speaker"]["enum"] == list(spec.context.speakers) == ["Jane Doe", "unknown"]
    assert spec.json_schema["properties"]["quote_speakers"]["maxItems"] == 1


def test_event_and_argument_ids_are_enums_typed_by_role(seed_text: str) -> None:
    article, events = _offered(seed_text)
    assert events, "the seed has action clauses"
    spec = answer_spec(article, unresolved_quotes=[], speakers=[], events=events)
    schema = spec.json_schema["$defs"]["EventAnswer"]["properties"]
    assert schema["event"]["enum"] == [e.id for e in events]
    for role in ("who", "whom", "where", "when"):
        enum = schema[role]["anyOf"][0]["enum"]
        fitting = [a.id for e in events for a in e.arguments if a.kind in ROLE_KINDS[role]]
        # A role no argument fits offers every argument (an enum is never empty); the
        # validator refuses a wrong kind all the same.
        assert enum == (fitting or [a.id for e in events for a in e.arguments])
        assert schema[role]["anyOf"][1] == {"type": "null"}
    # No field takes free text for an argument: each is an enum of IDs or null.
    assert set(schema) == {"event", "what", "who", "whom", "where", "when"}


def test_request_bodies_per_response_format(seed_text: str) -> None:
    article, candidates = _seed_candidates(seed_text)
    spec = answer_spec(article, unresolved_quotes=[], speakers=[], candidates=candidates, extractive_summary=True)
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
    analysis = analyse(seed_text)
    return analysis.article, list(analysis.claims)


def test_claims_are_chosen_by_attribution_id_and_checked_against_their_evidence(seed_text: str) -> None:
    article, candidates = _seed_candidates(seed_text)
    officials = next(c for c in candidates if article.text[c.source[0] : c.source[1]] == "two US officials")
    spec = answer_spec(article, unresolved_quotes=[], speakers=[], candidates=candidates, extractive_summary=True)
    claim_schema = spec.json_schema["$defs"]["ClaimAnswer"]["properties"]
    assert claim_schema["attribution"]["enum"] == [c.id for c in candidates]

    good = {"attribution": officials.id, "claim": "the US is carrying out retaliatory strikes in Iraq"}
    answer = spec.validate_python({"claims": [good]})
    assert getattr(answer, "claims")[0].attribution == officials.id  # noqa: B009

    # A paraphrase its evidence does not support is dropped (the claim keeps the text's
    # words), not re-asked: a weak model tends to repeat it and would lose the whole answer.
    wrong = {"attribution": officials.id, "claim": "Esper ordered bombing of Tehran"}
    repaired = spec.validate_python({"claims": [wrong]})
    assert getattr(repaired, "claims") == []  # noqa: B009
    assert repaired.repairs == (
        f"claim {officials.id}: 'Esper ordered bombing of Tehran' says what S6 do not "
        "('Esper', 'ordered', 'bombing', 'Tehran'): kept the text's words",
    )
    echo = {"attribution": "A99", "claim": "The article comes as numbered sentences, S2],"}
    with pytest.raises(ValidationError) as failed:
        spec.validate_python({"claims": [echo]})
    messages = [m for _, _, m in _errors(failed.value)]
    assert messages[0].startswith("Value error, A99 does not exist; valid attribution IDs are A1–")


def _event_spec(seed_text: str) -> tuple[Any, Any, EventOffer]:
    """A hosted request's spec for the seed, and its first event with both a who and a whom."""
    article, events = _offered(seed_text)
    spec = answer_spec(article, unresolved_quotes=[], speakers=[], events=events)
    event = next(e for e in events if e.reading("who") and e.reading("whom"))
    return article, spec, event


def _pick(event: EventOffer, what: str, **roles: str | None) -> dict[str, Any]:
    return {"event": event.id, "what": what, **{r: roles.get(r) for r in ("who", "whom", "where", "when")}}


def test_an_event_is_chosen_by_id_with_its_arguments_by_id(seed_text: str) -> None:
    article, spec, event = _event_spec(seed_text)
    who, whom = event.reading("who"), event.reading("whom")
    assert who is not None and whom is not None
    what = article.text[event.verb[0] : event.verb[1]] + " " + article.text[whom.span[0] : whom.span[1]]
    answer = spec.validate_python({"summary": "Airstrikes were reported.", "events": [_pick(event, what, who=who.id)]})
    (chosen,) = getattr(answer, "events")  # noqa: B009
    assert (chosen.event, chosen.who, chosen.whom) == (event.id, who.id, None)
    assert answer.repairs == ()


def test_a_written_argument_or_an_unknown_id_is_reasked(seed_text: str) -> None:
    """An argument written out (a name, even one the article has) is refused: arguments
    are chosen by ID only, so the re-ask says so and names the IDs."""
    article, spec, event = _event_spec(seed_text)
    who = event.reading("who")
    assert who is not None
    written = article.text[who.span[0] : who.span[1]]
    for value in (written, "E99z"):
        with pytest.raises(ValidationError) as failed:
            spec.validate_python({"summary": "Airstrikes were reported.", "events": [_pick(event, "x" * 5, who=value)]})
        ((_, loc, message),) = _errors(failed.value)
        assert loc == ("events", 0, "who")
        ids = spec.context.argument_ids
        assert message == (
            f"Value error, {value!r} is not an argument ID: an event's who, whom, where and when are the IDs "
            f"of its listed arguments ({ids[0]}–{ids[-1]}), never written out; use null when none fits"
        )
    with pytest.raises(ValidationError) as failed:
        spec.validate_python(
            {"summary": "Airstrikes were reported.", "events": [{**_pick(event, "xxxxx"), "event": "E99"}]}
        )
    assert [m for _, _, m in _errors(failed.value)] == [
        f"Value error, E99 does not exist; valid event IDs are {spec.context.event_ids[0]}–{spec.context.event_ids[-1]}"
    ]


def test_an_argument_of_another_event_or_of_the_wrong_kind_is_reasked(seed_text: str) -> None:
    _, spec, event = _event_spec(seed_text)
    other = next(a for e in spec.context.events if e.id != event.id for a in e.arguments if a.kind == "actor")
    with pytest.raises(ValidationError) as failed:
        spec.validate_python({"summary": "Airstrikes were reported.", "events": [_pick(event, "xxxxx", who=other.id)]})
    fitting = ", ".join(a.id for a in event.arguments if a.kind in ROLE_KINDS["who"])
    ((_, _, message),) = _errors(failed.value)
    assert message == (
        f"Value error, event {event.id}: who {other.id} is an argument of {other.id[:-1]}, not of {event.id}: "
        f"choose one of {fitting} or null"
    )
    who = event.reading("who")
    assert who is not None
    with pytest.raises(ValidationError) as failed:
        spec.validate_python({"summary": "Airstrikes were reported.", "events": [_pick(event, "xxxxx", where=who.id)]})
    ((_, _, message),) = _errors(failed.value)
    assert message.startswith(f"Value error, event {event.id}: where {who.id} is an actor, and where takes a place: ")


def test_an_event_its_sentence_does_not_report_is_dropped(seed_text: str) -> None:
    _, spec, event = _event_spec(seed_text)
    what = "The article comes as numbered sentences, S2],"
    answer = spec.validate_python({"summary": "Airstrikes were reported.", "events": [_pick(event, what)]})
    assert getattr(answer, "events") == []  # noqa: B009
    assert answer.repairs == (f"event {event.id}: what {what!r} says what {event.sentence_id} do not ('S2'): dropped",)


def test_an_event_reported_twice_keeps_its_first_report(seed_text: str) -> None:
    article, spec, event = _event_spec(seed_text)
    what = article.text[event.what[0] : event.what[1]]
    answer = spec.validate_python({"summary": "Airstrikes were reported.", "events": [_pick(event, what)] * 2})
    assert len(getattr(answer, "events")) == 1  # noqa: B009
    assert answer.repairs == (f"event {event.id} reported twice: kept the first",)
