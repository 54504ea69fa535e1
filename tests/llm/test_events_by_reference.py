"""Events by reference, on the wire: a hosted model is offered the article's event
candidates by ID (in the prompt, and as enums of the schema sent), picks events and
their arguments by ID, and never writes an argument span itself.

The servers are the loopback fakes of ``provider_fakes``. Every answer below is written
in this file as a test fixture (no model wrote it): one that invents an argument, and
one that chooses by ID.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from summarizer import summarize
from summarizer._pipeline.events import ROLE_KINDS, ROLES, EventOffer, offers
from summarizer._text.analysis import analyse
from summarizer.testing import schema_errors
from tests.llm.provider_fakes import Fake, Seen, chat_reply

KEY = "sk-openai-test-key"
# Not in the seed: an argument a model made up.
INVENTED = "the Revolutionary Guard"


@pytest.fixture
def openai_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)


def _offers(seed_text: str) -> list[EventOffer]:
    return list(offers(analyse(seed_text)))


def _by_id(offer: EventOffer, what: str) -> dict[str, Any]:
    """An event chosen by ID, each role given the argument its clause gives it."""
    answer: dict[str, Any] = {"event": offer.id, "what": what}
    for role in ROLES:
        argument = offer.reading(role)
        answer[role] = argument.id if argument is not None else None
    return answer


def _answers(seed_text: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """A valid answer choosing every offered event by ID (at most four, the schema's
    limit), each with its clause as its what; and the same answer with the first
    event's who written out as a name the article does not have."""
    text = seed_text
    chosen = [_by_id(o, text[o.what[0] : o.what[1]][:120]) for o in _offers(seed_text)[:4]]
    valid = {"summary": "Airstrikes were reported on positions of Kata’ib Hezbollah.", "events": chosen, "claims": []}
    invented = {**valid, "events": [{**chosen[0], "who": INVENTED}, *chosen[1:]]}
    return valid, invented


def _reply(answers: list[dict[str, Any]]) -> Any:
    queue = iter(answers)

    def answer(seen: Seen) -> dict[str, Any]:
        return chat_reply(json.dumps(next(queue)))

    return answer


def test_a_hosted_request_offers_events_and_arguments_by_id(seed_text: str, openai_key: None) -> None:
    """OpenAI with strict structured outputs: the event and argument IDs are enums of
    the schema sent, so the model can only name them; the invented argument fails that
    schema (OpenAI would not decode it); the answer by ID resolves to the article's spans."""
    offered = _offers(seed_text)
    assert len(offered) >= 2, "the seed has action clauses"
    valid, invented = _answers(seed_text)
    fake = Fake("chat", _reply([valid]), key=KEY, options={"flavour": "openai"})
    with fake:
        result = summarize(seed_text, model="openai/gpt-4o-mini", base_url=fake.url + "/v1", cache=False)
    assert fake.violations == [] and result.complete
    (seen,) = fake.seen
    assert seen.body["response_format"]["json_schema"]["strict"] is True

    # The prompt lists each event candidate with its sentence and its arguments, by ID.
    system, user = (m["content"] for m in seen.body["messages"])
    assert "chosen from the events listed as [E1], [E2]" in system and "Never write a" in system
    for offer in offered:
        line = next(x for x in user.splitlines() if x.startswith(f"[{offer.id}] {offer.sentence_id}, "))
        for argument in offer.arguments:
            written = seed_text[argument.span[0] : argument.span[1]]
            assert f"[{argument.id}] {argument.role or argument.kind}: {written}" in line

    # The schema offers the same IDs as enums: events, and arguments by the kinds each role takes.
    assert seen.schema is not None
    event = seen.schema["$defs"]["EventAnswer"]["properties"]
    assert event["event"]["enum"] == [o.id for o in offered]
    for role in ROLES:
        fitting = [a.id for o in offered for a in o.arguments if a.kind in ROLE_KINDS[role]]
        assert event[role]["anyOf"][0]["enum"] == fitting
    # No free text for an argument: the invented one fails the schema sent, which OpenAI enforces.
    errors = schema_errors(invented, seen.schema)
    assert len(errors) == 1 and errors[0].startswith(f"events.0.who: '{INVENTED}' is not valid under any of")

    # What the model chose resolves to the article's own spans, its sentence the evidence.
    assert [e.what for e in result.events] == [e["what"] for e in valid["events"]]
    for chosen, offer in zip(result.events, offered, strict=False):
        sentence = analyse(seed_text).article.sentence(offer.sentence_id)
        assert [(s.start, s.end) for s in chosen.evidence] == [(sentence.start, sentence.end)]
        for role in ROLES:
            span = getattr(chosen, role)
            reading = offer.reading(role)
            assert (span is None) == (reading is None)
            if span is not None and reading is not None:
                assert (span.start, span.end) == reading.span and seed_text[span.start : span.end] == span.text


def test_an_invented_argument_is_reasked_and_never_reaches_the_result(seed_text: str) -> None:
    """An OpenAI-compatible server that does not enforce the schema lets the invented
    argument through: the library's validators refuse it, re-ask with a message that
    says arguments are IDs, and the result holds only the answer by ID."""
    valid, invented = _answers(seed_text)
    fake = Fake("chat", _reply([invented, valid]), key=KEY, options={"flavour": "compatible"})
    with fake:
        result = summarize(seed_text, model="fake", base_url=fake.url + "/v1", api_key=KEY, cache=False)
        # This server passed on an answer outside its schema, as such servers may (the fake
        # notes it): the invented argument, and only it.
        (passed,) = fake.answer_violations
        assert f"events.0.who: '{INVENTED}' is not valid under any of" in passed
        fake.answer_violations.clear()
    first, second = fake.seen
    reask = second.body["messages"][-1]["content"]
    assert f"'{INVENTED}' is not an argument ID" in reask and "never written out; use null" in reask
    assert result.complete and result.provenance.attempts == 2
    assert INVENTED not in result.model_dump_json()
    assert [e.what for e in result.events] == [e["what"] for e in valid["events"]]
    for event in result.events:
        for span in (event.who, event.whom, event.where, event.when):
            if span is not None:
                assert span.start is not None and span.end is not None
                assert seed_text[span.start : span.end] == span.text
