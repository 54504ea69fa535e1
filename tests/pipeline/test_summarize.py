"""summarize() end to end against FakeLLM, a scripted OpenAI-compatible server on
127.0.0.1. The answers below are hand-written test fixtures, not recordings."""

import codecs
import hashlib
import re
import time
import warnings
from pathlib import Path
from typing import Any

import pytest

from summarizer import (
    ArticleTooLongError,
    InvalidArticleError,
    ModelUnavailableError,
    Summarizer,
    SummaryFailedError,
    asummarize,
    summarize,
)
from summarizer._pipeline.events import ROLES, Role, offers
from summarizer._text.analysis import analyse
from summarizer.testing import FakeCompletion, FakeLLM, FakeResponse

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_36f5bebade865c5d.txt"


def seed_event(opening: str, what: str, *roles: Role) -> dict[str, Any]:
    """An event of the seed as a model answers it, by ID: the event offered for the
    sentence that opens with ``opening`` (found by its text, so that the fixture does not
    depend on how many events the text layer finds before it), with the clause's own
    arguments for ``roles`` and null for the others."""
    analysis = analyse(SEED.read_text(encoding="utf-8"))
    offer = next(o for o in offers(analysis) if analysis.article.sentence(o.sentence_id).text.startswith(opening))
    answer: dict[str, Any] = {"event": offer.id, "what": what}
    for role in ROLES:
        argument = offer.reading(role) if role in roles else None
        answer[role] = argument.id if argument is not None else None
    return answer


GOOD = {
    "summary": "The United States struck Kata’ib Hezbollah in Iraq after a rocket attack killed two US troops.",
    "events": [
        seed_event("Britain also took part", "Britain took part in the US-led coalition strikes", "who"),
        # Told in Esper's words (S10): the event says who reports it.
        seed_event("Eariler, US President", "Trump gave the Pentagon the authority to respond", "who"),
    ],
    # A4: "the Pentagon ... blamed Iran-backed militia for Wednesday's attack" (S8).
    "claims": [{"attribution": "A4", "claim": "Iran-backed militia was behind the attack"}],
}
# An event ID that does not exist: outside the schema's enum, so only a server that does
# not enforce the schema can give it (FakeLLM, as an OpenAI-compatible server, is told so).
WRONG_ID_ANSWER = {**GOOD, "events": [{**GOOD["events"][0], "event": "E99"}]}
WRONG_ID = FakeCompletion(WRONG_ID_ANSWER, off_schema=True)
# Within the schema, but a name the article never mentions in the summary: what a
# schema-enforcing provider can give that the validators re-ask.
UNGROUNDED = {**GOOD, "summary": "Vladimir Putin ordered the strikes on Kata’ib Hezbollah."}


def _name(result: Any, speaker_id: str | None) -> str | None:
    speaker = result.speaker(speaker_id)
    return None if speaker is None else speaker.name


def _summarize(article: str, llm: FakeLLM, **kw: object) -> object:
    return summarize(article, base_url=llm.base_url, model="fake", **kw)  # type: ignore[arg-type]


def test_wrong_id_is_reasked_with_precise_message_then_accepted(seed_text: str) -> None:
    with FakeLLM([WRONG_ID, GOOD]) as llm:
        result = summarize(seed_text, base_url=llm.base_url, model="fake")
    assert len(llm.requests) == 2
    reask = llm.requests[1]["messages"][-1]["content"]
    assert "E99 does not exist; valid event IDs are E1–" in reask
    assert result.provenance.attempts == 2
    # Usage sums both attempts: FakeLLM counts one token per four characters.
    first_prompt = sum(len(m["content"]) for m in llm.requests[0]["messages"]) // 4
    second_prompt = sum(len(m["content"]) for m in llm.requests[1]["messages"]) // 4
    assert result.usage.calls == 2
    assert result.usage.prompt_tokens == first_prompt + second_prompt
    assert result.usage.completion_tokens > 0


def test_result_is_grounded(seed_text: str) -> None:
    with FakeLLM([GOOD]) as llm:
        result = summarize(seed_text, base_url=llm.base_url, model="fake")
    for q in result.quotes:
        assert seed_text[q.start : q.end] == q.text
    assert [(result.speaker(q.speaker_id).name, q.attribution) for q in result.quotes] == [  # type: ignore[union-attr]
        ("Mark Esper", "reporting_clause"),
        ("Dominic Raab", "reporting_clause"),
        ("Dominic Raab", "reporting_clause"),
    ]
    for event in result.events:
        for span in [event.who, event.whom, event.where, *event.evidence]:
            if span is not None:
                assert seed_text[span.start : span.end] == span.text
    # The events the model chose by ID: their arguments are the clauses' own spans, and an
    # event told in someone's speech says who tells it.
    britain, given = result.events
    assert (britain.what_from, britain.who and britain.who.text, britain.reported_by) == ("model", "Britain", None)
    assert given.who is not None and given.who.text == "US President Donald Trump"
    assert given.reported_by is not None and given.reported_by.text == "Defense Secretary Mark Esper"
    assert _name(result, given.reported_by_id) == "Mark Esper"
    # Every attribution the text makes is a claim; the one the model chose is in its words.
    [chosen] = [c for c in result.claims if c.statement_from == "model"]
    source = result.speaker(chosen.source_id)
    assert source is not None and source.name == "Pentagon" and chosen.source_span is not None
    assert chosen.statement == "Iran-backed militia was behind the attack" and chosen.kind == "blamed"
    officials = next(c for c in result.claims if c.evidence[0].text.startswith("The United States is carrying"))
    assert _name(result, officials.source_id) == "two US officials"
    for claim in result.claims:  # Raab's words are never Esper's
        if any("deplorable" in c.text or "find those responsible" in c.text for c in claim.content):
            assert _name(result, claim.source_id) == "Dominic Raab"
    # One speaker list: Esper once, with his role, however the article names him.
    assert [(s.name, s.role) for s in result.speakers if s.kind == "person"][-3:] == [
        ("Pentagon", None),
        ("Mark Esper", "Defense Secretary"),
        ("Dominic Raab", "British Foreign Secretary"),
    ]
    assert result.text == seed_text
    assert [(d.text, str(d.date)) for d in result.dates][:2] == [
        ("on Wednesday", "2020-03-11"),
        ("earlier on Thursday", "2020-03-12"),
    ]
    p = result.provenance
    assert (p.provider, p.model, p.prompt_version, p.base_url_host) == (
        "openai-compatible",
        "fake",
        "summarize.v4",
        "127.0.0.1",
    )
    assert p.published is not None and p.published.isoformat() == "2020-03-13"


def test_ungrounded_summary_is_reasked(seed_text: str) -> None:
    invented = {**GOOD, "summary": "Strikes on Baghdad were ordered by Vladimir Putin, 250 of them."}
    with FakeLLM([invented, GOOD]) as llm:
        summarize(seed_text, base_url=llm.base_url, model="fake")
    reask = llm.requests[1]["messages"][-1]["content"]
    assert "numbers the article does not state: 250" in reask
    assert "Vladimir, Putin" in reask


def test_persistent_invalid_answers_fail_with_everything_needed(seed_text: str) -> None:
    with FakeLLM([WRONG_ID, WRONG_ID]) as llm:
        with pytest.raises(SummaryFailedError) as info:
            summarize(seed_text, base_url=llm.base_url, model="fake", max_retries=1, allow_partial=False)
    err = info.value
    assert err.attempts == 2 and err.usage.calls == 2
    assert any("E99 does not exist" in e for e in err.errors)
    assert err.last_completion is not None and "E99" in err.last_completion
    assert "max_retries" in str(err)


def test_pronoun_speaker_is_resolved_from_the_text_not_asked() -> None:
    """'she said' goes to the nearest earlier named person: no model choice needed."""
    article = (
        "Prime Minister Jane Doe visited the border on Monday.\n\n“We will not back down from this fight,” she said."
    )
    answer = {"summary": "Jane Doe visited the border.", "events": [], "claims": []}
    with FakeLLM([answer]) as llm:
        result = summarize(article, base_url=llm.base_url, model="fake")
    schema = llm.requests[0]["response_format"]["json_schema"]["schema"]
    assert "quote_speakers" not in schema["properties"]
    [quote] = result.quotes
    speaker = result.speaker(quote.speaker_id)
    assert speaker is not None and quote.speaker_mention is not None
    assert (speaker.name, speaker.role, quote.attribution) == ("Jane Doe", "Prime Minister", "pronoun")
    assert quote.speaker_mention.text == "she"
    assert [m.text for m in speaker.mentions] == ["she"]


def test_unresolvable_pronoun_is_left_and_flagged() -> None:
    article = "The border was quiet on Monday.\n\n“We will not back down from this fight,” he said."
    answer = {"summary": "The border was quiet on Monday.", "claims": []}
    with FakeLLM([answer]) as llm:
        result = summarize(article, base_url=llm.base_url, model="fake")
    [quote] = result.quotes
    assert quote.speaker_id is None and quote.attribution == "unresolved_pronoun"
    assert quote.speaker_mention is not None and quote.speaker_mention.text == "he"
    assert result.speakers == []


def test_model_chooses_speaker_only_for_a_quote_without_clause() -> None:
    article = "Prime Minister Jane Doe visited the border on Monday.\n\n“We will not back down from this fight.”"
    answer = {
        "summary": "Jane Doe visited the border.",
        "events": [],
        "quote_speakers": [{"quote": "Q1", "speaker": "Jane Doe"}],
    }
    with FakeLLM([answer]) as llm:
        result = summarize(article, base_url=llm.base_url, model="fake")
    schema = llm.requests[0]["response_format"]["json_schema"]["schema"]
    assert schema["$defs"]["QuoteSpeaker"]["properties"]["quote"]["enum"] == ["Q1"]
    [quote] = result.quotes
    speaker = result.speaker(quote.speaker_id)
    assert speaker is not None
    assert (speaker.name, speaker.role, quote.attribution) == ("Jane Doe", "Prime Minister", "model")


@pytest.mark.parametrize("article", ["", "   \n\t  "])
def test_empty_article_fails_before_any_call(article: str) -> None:
    with FakeLLM([]) as llm:
        with pytest.raises(InvalidArticleError):
            summarize(article, base_url=llm.base_url, model="fake")
    assert llm.requests == []


@pytest.mark.parametrize("article", [b"bytes", 42, None])
def test_non_text_is_a_type_error(article: object) -> None:
    with pytest.raises(TypeError, match="article must be str"):
        summarize(article)  # type: ignore[arg-type]


def test_a_sentence_beyond_the_context_names_the_limit() -> None:
    """A long article is split into parts; one sentence longer than the whole context
    cannot be, and says so before any call."""
    article = "The minister spoke about the budget " + "and the deficit " * 2500 + "at length."
    with pytest.raises(ArticleTooLongError, match="context is 8192 tokens") as info:
        summarize(article, model="embedded", base_url="http://127.0.0.1:1/v1")
    assert info.value.limit_tokens < 8192 < info.value.estimated_tokens


def test_transport_fault_is_retried_once_per_layer(seed_text: str) -> None:
    script = [FakeResponse(503), FakeResponse(429, headers={"Retry-After": "1"}), GOOD]
    with FakeLLM(script) as llm:
        started = time.monotonic()
        result = summarize(seed_text, base_url=llm.base_url, model="fake")
        elapsed = time.monotonic() - started
    assert len(llm.requests) == 3  # no multiplication: the SDK's own retries are off
    assert elapsed >= 1.0  # Retry-After honoured
    assert result.usage.calls == 1 and result.provenance.attempts == 1


def test_unreachable_model_is_a_clear_error(seed_text: str) -> None:
    with FakeLLM([FakeResponse(401, '{"error": {"message": "bad key"}}')]) as llm:
        with pytest.raises(ModelUnavailableError, match="OPENAI_API_KEY"):
            summarize(seed_text, base_url=llm.base_url, model="fake", allow_partial=False)
        assert len(llm.requests) == 1  # auth errors are not retried


def test_truncated_json_body_is_retried(seed_text: str) -> None:
    script = [FakeResponse(200, '{"id": "x", "choices": [', {"Content-Type": "application/json"}), GOOD]
    with FakeLLM(script) as llm:
        result = summarize(seed_text, base_url=llm.base_url, model="fake")
    assert len(llm.requests) == 2 and result.usage.calls == 1


async def test_async_twin(seed_text: str) -> None:
    with FakeLLM([GOOD]) as llm:
        result = await asummarize(seed_text, base_url=llm.base_url, model="fake")
    speaker = result.speaker(result.quotes[0].speaker_id)
    assert speaker is not None and speaker.name == "Mark Esper"


def test_sync_call_inside_running_loop(seed_text: str) -> None:
    """summarize() works where a loop is already running, as in Jupyter."""
    import asyncio

    async def inside() -> str | None:
        with FakeLLM([GOOD]) as llm:
            result = summarize(seed_text, base_url=llm.base_url, model="fake")
            speaker = result.speaker(result.quotes[0].speaker_id)
            return speaker.name if speaker else None

    assert asyncio.run(inside()) == "Mark Esper"


def test_endpoint_resolution(monkeypatch: pytest.MonkeyPatch) -> None:
    from summarizer._llm.endpoint import resolve_endpoint

    assert resolve_endpoint(None, None, None).provider == "embedded"
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")
    assert resolve_endpoint("embedded", None, None).base_url is None  # start our own server
    with pytest.raises(ModelUnavailableError, match="no model"):
        resolve_endpoint(None, None, None)
    monkeypatch.delenv("OPENAI_BASE_URL")
    monkeypatch.setenv("OPENAI_API_KEY", "placeholder")
    openai_default = resolve_endpoint(None, None, None)
    assert (openai_default.provider, openai_default.model) == ("openai", "gpt-4o-mini")
    assert resolve_endpoint("openai/gpt-4o", None, None).model == "gpt-4o"
    ollama = resolve_endpoint("ollama/llama3.1", None, None)
    assert (ollama.model, ollama.base_url) == ("llama3.1", "http://127.0.0.1:11434/v1")


def test_the_default_timeout_depends_on_the_model() -> None:
    """The embedded model runs on the local CPU and gets 600 s per request by default;
    a server gets 180 s; an explicit timeout= wins over both."""
    from summarizer._llm.endpoint import resolve_endpoint
    from summarizer._pipeline.session import Session

    embedded = resolve_endpoint("embedded", None, None)
    server = resolve_endpoint("m", "http://127.0.0.1:1/v1", None)
    assert Session(embedded, timeout=None, max_retries=0, cache=False).timeout == 600
    assert Session(server, timeout=None, max_retries=0, cache=False).timeout == 180
    assert Session(embedded, timeout=5, max_retries=0, cache=False).timeout == 5
    with pytest.raises(ValueError, match="positive"):
        Session(server, timeout=0, max_retries=0, cache=False)


def test_a_model_too_small_for_events_is_not_asked_and_gets_the_texts(seed_text: str) -> None:
    """The embedded profile's model is not asked for events (its events were less faithful
    than the text's on ECB+ dev); the summary's events are the lead's action clauses. Nor
    is it asked for a summary: its summary is the lede, said to be one."""
    answer = {"claims": []}
    with FakeLLM([answer]) as llm:
        result = summarize(seed_text, base_url=llm.base_url, model="embedded", cache=False)
    body = llm.requests[0]
    system = body["messages"][0]["content"]
    assert "- events:" not in system and "- summary:" not in system and "- claims:" in system
    schema = body["response_format"]["schema"]
    assert list(schema["properties"]) == ["claims"]
    assert result.complete and result.events and result.summary_from == "lede"
    assert result.summary is not None and result.summary.startswith("Airstrikes have been reported")
    assert {e.what_from for e in result.events} == {"text"}
    assert result.events[0].who is not None and result.events[0].who.text == "The airstrikes"


def test_a_model_with_nothing_to_choose_is_not_asked() -> None:
    """The embedded profile writes no summary, events or speakers: an article with no
    attribution to choose among leaves it no question, and no request is made."""
    article = "The council approved the budget on Monday.\n\nThe vote was close."
    with FakeLLM([]) as llm:
        result = summarize(article, base_url=llm.base_url, model="embedded", cache=False)
    assert llm.requests == []
    assert result.complete and result.summary_from == "lede" and result.claims == []
    assert result.provenance.attempts == 0 and result.usage.calls == 0 and not result.provenance.cached
    assert result.provenance.prompt_version == "summarize.v4"


def test_a_hosted_model_is_asked_for_events_and_its_events_stand(seed_text: str) -> None:
    with FakeLLM([GOOD]) as llm:
        result = summarize(seed_text, base_url=llm.base_url, model="fake", cache=False)
    assert "- events:" in llm.requests[0]["messages"][0]["content"]
    assert result.events and {e.what_from for e in result.events} == {"model"}


def test_a_path_is_read_and_becomes_the_article_id(seed_text: str, tmp_path: Path) -> None:
    article = tmp_path / "seed.txt"
    article.write_bytes(codecs.BOM_UTF16_LE + seed_text.encode("utf-16-le"))  # read as a batch reads files
    with FakeLLM([GOOD, GOOD]) as llm:
        from_path = summarize(article, base_url=llm.base_url, model="fake", cache=False)
        from_text = summarize(seed_text, base_url=llm.base_url, model="fake", cache=False)
    assert from_path.article_id == str(article)
    assert from_path.model_dump(exclude={"article_id"}) == from_text.model_dump(exclude={"article_id"})
    # A text's ID is the one a batch gives it: the first 16 hex digits of its sha256.
    assert from_text.article_id == hashlib.sha256(seed_text.encode()).hexdigest()[:16]


def test_an_empty_file_is_named_in_the_error(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text(" \n", encoding="utf-8")
    with pytest.raises(InvalidArticleError, match=f"^{re.escape(str(empty))}: the article is empty"):
        summarize(empty, base_url="http://127.0.0.1:1/v1", model="fake")
    with pytest.raises(InvalidArticleError, match="no such file"):
        summarize(tmp_path / "missing.txt", base_url="http://127.0.0.1:1/v1", model="fake")


def test_a_str_that_is_a_file_path_warns_at_the_callers_line(seed_text: str, tmp_path: Path) -> None:
    article = tmp_path / "seed.txt"
    article.write_text(seed_text, encoding="utf-8")
    # Summarized as text, the path is one sentence the seed's answer does not fit: this
    # test reads the warnings, not the answers, so they are not checked.
    with FakeLLM(lambda body: GOOD, check_schema=False) as llm:
        with pytest.warns(UserWarning, match="is the path of a file") as caught:
            summarize(str(article), base_url=llm.base_url, model="fake", cache=False)
        assert caught[0].filename == __file__
        with pytest.warns(UserWarning, match=r"pathlib\.Path") as caught:
            with Summarizer(base_url=llm.base_url, model="fake", cache=False) as client:
                client.summarize(str(article))
        assert caught[0].filename == __file__
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            summarize(seed_text, base_url=llm.base_url, model="fake", cache=False)  # a text: no warning


def test_repr_is_short_and_says_what_the_summary_holds(seed_text: str) -> None:
    with FakeLLM([GOOD]) as llm:
        result = summarize(seed_text, base_url=llm.base_url, model="fake", cache=False)
    assert len(result.model_dump_json()) > 5000  # what print() used to show
    text = repr(result)
    assert len(text) < 500 and str(result) == text
    assert f"{len(result.quotes)} quotes" in text and f"{len(result.speakers)} speakers" in text
    assert result.article_id is not None and result.article_id in text
    assert "fake" in text and " complete: " in text and result.summary[:30] in text  # type: ignore[index]
    # The rich views stay rich: the notebook's HTML and rich's pretty printer show every field.
    assert len(result._repr_html_()) > len(seed_text)
    assert any(name == "text" for name, *_ in result.__rich_repr__())
