"""Degrade, don't lose: when the model gives no valid answer, the article still yields
a summary with everything that needs no model, marked partial.

Runs against FakeLLM on 127.0.0.1; every model answer here is a hand-written test
fixture (or built from the request's schema by ``minimal_answer``), not a recording.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from tenacity import wait_none

from summarizer import (
    ArticleSummary,
    FailedArticle,
    InvalidArticleError,
    ModelUnavailableError,
    PartialSummaryError,
    RefusedError,
    SummaryFailedError,
    asummarize,
    asummarize_many,
    read_results,
    summarize,
    summarize_iter,
    summarize_many,
)
from summarizer._llm import client as _client
from summarizer.results import SummaryBatch
from summarizer.testing import FakeCompletion, FakeLLM, FakeResponse
from tests.conftest import SEED
from tests.pipeline.test_long import _generator
from tests.pipeline.test_summarize import GOOD, WRONG_ID
from tests.test_hostile import minimal_answer
from tests.views.views import StrictHTML

# A quote with no reporting clause: its speaker is the model's to choose.
OPEN_QUOTE = "Prime Minister Jane Doe visited the border on Monday.\n\n“We will not back down from this fight.”"
CUT = FakeCompletion('{"summary": "The', finish_reason="length")


@pytest.fixture(autouse=True)
def no_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    """Transport retries back off exponentially in production; here that only slows the tests."""
    monkeypatch.setattr(_client, "_backoff", wait_none())


def _summarize(article: str, llm: FakeLLM, **kw: Any) -> ArticleSummary:
    return summarize(article, base_url=llm.base_url, model="fake", cache=False, **kw)


def _first_user(body: dict[str, Any]) -> str:
    """The request's first user message (re-asks append more messages after it)."""
    return str(next(m["content"] for m in body["messages"] if m["role"] == "user"))


# ----------------------------------------------------------------- one article, one request


def test_invalid_answers_give_a_partial_summary_with_everything_the_text_gives(seed_text: str) -> None:
    with FakeLLM([WRONG_ID, WRONG_ID]) as llm:
        result = _summarize(seed_text, llm, max_retries=1)
    assert not result.complete and result.partial is not None
    p = result.partial
    assert p.missing == ["summary", "events", "claims"]  # every seed quote has a reporting clause
    assert (p.reason, p.error_type, p.attempts) == ("validation", "SummaryFailedError", 2)
    assert "E99 does not exist" in p.message and "max_retries" in p.message and "\n" not in p.message
    # No model's summary: the article's lede as written, marked so (and "summary" is missing).
    assert result.summary is not None and result.summary_from == "lede"
    assert result.summary.startswith("Airstrikes have been reported")
    # The lead's action clauses are the events, as written: they need no model.
    assert result.events and {e.what_from for e in result.events} == {"text"}
    assert result.events[0].what.startswith("The airstrikes targeted")
    # What needs no model is all there, the claims the text attributes too, as written.
    assert result.claims and {c.statement_from for c in result.claims} == {"text"}
    officials = next(c for c in result.claims if c.source_span and c.source_span.text == "two US officials")
    assert officials.statement.startswith("The United States is carrying out retaliatory strikes")
    assert result.text == seed_text
    assert [(result.speaker(q.speaker_id).name, q.attribution) for q in result.quotes] == [  # type: ignore[union-attr]
        ("Mark Esper", "reporting_clause"),
        ("Dominic Raab", "reporting_clause"),
        ("Dominic Raab", "reporting_clause"),
    ]
    assert [(d.text, str(d.date)) for d in result.dates][:2] == [
        ("on Wednesday", "2020-03-11"),
        ("earlier on Thursday", "2020-03-12"),
    ]
    assert result.provenance.published == dt.date(2020, 3, 13)
    # Every attempt is paid for and counted.
    assert result.usage.calls == 2 and result.provenance.attempts == 2 and not result.provenance.cached
    assert result.usage.prompt_tokens > 0 and result.usage.completion_tokens > 0


def test_raise_for_partial_raises_with_the_summary_and_passes_a_complete_one(seed_text: str) -> None:
    with FakeLLM([WRONG_ID, GOOD]) as llm:
        partial = _summarize(seed_text, llm, max_retries=0)
        complete = _summarize(seed_text, llm)
    assert complete.complete and complete.partial is None
    assert complete.raise_for_partial() is complete
    with pytest.raises(PartialSummaryError, match=r"missing summary, events, claims \(validation\)") as info:
        partial.raise_for_partial()
    assert info.value.result is partial and info.value.partial is partial.partial


def test_an_unreachable_model_gives_a_partial_summary(seed_text: str) -> None:
    with FakeLLM([FakeResponse(503)] * 10) as llm:
        result = _summarize(seed_text, llm)
    assert len(llm.requests) == _client.TRANSPORT_ATTEMPTS
    assert result.partial is not None
    assert (result.partial.reason, result.partial.error_type) == ("unavailable", "ModelUnavailableError")
    assert "check that the model is reachable" in result.partial.message
    assert "503" in result.partial.message
    assert len(result.quotes) == 3
    # The speakers of quotes and of the claims the text attributes, all found without the model.
    assert {"Mark Esper", "Dominic Raab", "two US officials"} <= {s.name for s in result.speakers}
    assert result.claims and all(c.statement_from == "text" for c in result.claims)
    assert result.usage.calls == 0  # no answer came back to be counted


@pytest.mark.parametrize(
    ("answer", "reason"),
    [
        (FakeCompletion(None, refusal="I can't help with that request."), "refusal"),
        (FakeCompletion("", finish_reason="content_filter"), "content_filter"),
    ],
)
def test_a_refusal_gives_a_partial_summary(seed_text: str, answer: FakeCompletion, reason: str) -> None:
    with FakeLLM([answer, GOOD]) as llm:
        result = _summarize(seed_text, llm)
    assert len(llm.requests) == 1  # refusals are still not retried
    assert result.partial is not None
    assert (result.partial.reason, result.partial.error_type) == (reason, "RefusedError")
    assert result.usage.calls == 1 and result.partial.attempts == 1


def test_an_answer_cut_off_twice_gives_a_partial_summary(seed_text: str) -> None:
    with FakeLLM([CUT, CUT]) as llm:
        result = _summarize(seed_text, llm)
    assert result.partial is not None and result.partial.reason == "truncated"
    assert "larger output budget" in result.partial.message
    assert result.usage.calls == 2


def test_a_quote_the_model_would_attribute_stays_unattributed() -> None:
    with FakeLLM(["not JSON", "still not JSON"]) as llm:
        result = _summarize(OPEN_QUOTE, llm, max_retries=1)
    assert result.partial is not None
    assert result.partial.missing == ["summary", "events", "claims", "quote_speakers"]
    [quote] = result.quotes
    assert (quote.speaker_id, quote.attribution) == (None, "unattributed")


@pytest.mark.parametrize(
    ("script", "error"),
    [
        pytest.param([WRONG_ID], SummaryFailedError, id="validation"),
        pytest.param([FakeResponse(503)] * 5, ModelUnavailableError, id="unavailable"),
        pytest.param([FakeCompletion(None, refusal="no")], RefusedError, id="refusal"),
    ],
)
def test_allow_partial_false_raises_as_before(seed_text: str, script: list[Any], error: type[Exception]) -> None:
    with FakeLLM(script) as llm:
        with pytest.raises(error):
            _summarize(seed_text, llm, max_retries=0, allow_partial=False)


async def test_async_twin_degrades_and_raises_alike(seed_text: str) -> None:
    with FakeLLM([WRONG_ID, WRONG_ID]) as llm:
        result = await asummarize(seed_text, base_url=llm.base_url, model="fake", max_retries=0)
        assert result.partial is not None and result.partial.reason == "validation"
        with pytest.raises(SummaryFailedError):
            await asummarize(seed_text, base_url=llm.base_url, model="fake", max_retries=0, allow_partial=False)


def test_null_fields_are_only_valid_in_a_partial_summary(seed_text: str) -> None:
    with FakeLLM([GOOD]) as llm:
        data = json.loads(_summarize(seed_text, llm).model_dump_json())
    with pytest.raises(ValueError, match="events may be null only in a partial summary"):
        ArticleSummary.model_validate({**data, "events": None})


# ----------------------------------------------------------------- a long article in parts


def _long_article() -> str:
    """About 16,000 characters of the synthetic flood article (written for the tests)."""
    make = _generator()
    paragraphs = ["RIVERTON (Valley Courier) - The flood crest reached the lower valley this week."]
    paragraphs += [make.paragraph(n) for n in range(40)]
    return "\n\n".join(paragraphs) + "\n\nLast Update: Friday, 17 April 2026\n"


def test_a_failing_part_keeps_what_the_other_parts_gave() -> None:
    article = _long_article()

    def answer(body: dict[str, Any]) -> Any:
        if "part 2 of" in _first_user(body):
            # Fails validation every time (a server that does not enforce the schema).
            return FakeCompletion({"summary": "x"}, off_schema=True)
        return minimal_answer(body)

    with FakeLLM(answer) as llm:
        result = _summarize(article, llm, part_tokens=1000, max_retries=1)
    parts = result.provenance.chunks
    assert parts >= 4
    assert result.partial is not None
    assert result.partial.missing[:3] == ["summary", "events", "claims"]
    assert result.partial.reason == "validation" and result.partial.attempts == 2
    assert result.partial.message.startswith(f"1 of {parts} parts got no answer from the model; try a stronger model")
    # The answered parts' events and claims are kept (minimal_answer gives each part one
    # event, on its first sentence), and the summary is written from their summaries.
    assert result.events is not None and len(result.events) == parts - 1
    assert result.claims is not None and result.claims
    assert result.summary
    assert len(result.quotes) > 10
    # Every request is counted: the failing part's two attempts, the others, the final call.
    assert result.usage.calls == len(llm.requests) == (parts - 1) + 2 + 1
    assert result.provenance.attempts == result.usage.calls


def test_a_failing_final_call_loses_only_the_summary() -> None:
    article = _long_article()

    def answer(body: dict[str, Any]) -> Any:
        if "Summaries of the" in _first_user(body):
            return "I would rather not."
        return minimal_answer(body)

    with FakeLLM(answer) as llm:
        result = _summarize(article, llm, part_tokens=1000, max_retries=0)
    assert result.partial is not None and result.partial.missing == ["summary"]
    assert result.partial.message.startswith("the final summary of the parts got no answer; try a stronger model")
    assert result.summary_from == "lede"  # the model's final summary is missing: the lede stands in
    assert result.events is not None and len(result.events) == result.provenance.chunks
    assert result.usage.calls == len(llm.requests) == result.provenance.chunks + 1


def test_when_every_part_fails_the_final_call_is_not_made() -> None:
    with FakeLLM([FakeResponse(401, '{"error": {"message": "bad key"}}')] * 20) as llm:
        result = _summarize(_long_article(), llm, part_tokens=1000)
    parts = result.provenance.chunks
    assert len(llm.requests) == parts  # one each (auth errors are not retried), no final call
    assert result.partial is not None and result.partial.reason == "unavailable"
    assert f"{parts} of {parts} parts" in result.partial.message and "OPENAI_API_KEY" in result.partial.message
    assert result.summary_from == "lede"
    assert result.events and all(e.what_from == "text" for e in result.events)
    assert result.claims and all(c.statement_from == "text" for c in result.claims)
    assert len(result.quotes) > 10 and result.speakers


def test_a_re_run_with_the_cache_asks_only_what_failed(tmp_path: Path) -> None:
    article = _long_article()
    cache = tmp_path / "cache.sqlite"
    failing = True

    def answer(body: dict[str, Any]) -> Any:
        if failing and "part 2 of" in _first_user(body):
            return FakeResponse(503)
        return minimal_answer(body)

    with FakeLLM(answer) as llm:
        first = summarize(article, base_url=llm.base_url, model="fake", cache=cache, part_tokens=1000)
        assert first.partial is not None and first.partial.reason == "unavailable"
        failing = False
        before = len(llm.requests)
        second = summarize(article, base_url=llm.base_url, model="fake", cache=cache, part_tokens=1000)
    assert second.complete
    assert len(llm.requests) - before == 2  # the failed part and the final call


# ----------------------------------------------------------------- batches


def _batch_articles(seed_text: str) -> list[dict[str, Any]]:
    return [
        {"id": "ok", "text": seed_text, "published": "2020-03-13"},
        {"id": "partial", "text": seed_text, "published": "2020-03-14"},
        {"id": "empty", "text": "  "},
        {"id": "bad-date", "text": seed_text, "published": "13/03/2020"},
    ]


def _fail_on_the_14th(body: dict[str, Any]) -> Any:
    return WRONG_ID if "2020-03-14" in _first_user(body) else GOOD


def test_a_batch_counts_complete_partial_and_failed(seed_text: str) -> None:
    with FakeLLM(_fail_on_the_14th) as llm:
        results = summarize_many(_batch_articles(seed_text), base_url=llm.base_url, model="fake", max_retries=0)
    ok, partial, empty, bad_date = results
    assert isinstance(ok, ArticleSummary) and ok.complete
    assert isinstance(partial, ArticleSummary) and partial.partial is not None and len(partial.quotes) == 3
    assert isinstance(empty, FailedArticle) and empty.reason == "invalid_input"
    # A date that cannot be read fails its own article, not the batch.
    assert isinstance(bad_date, FailedArticle) and bad_date.reason == "invalid_input"
    assert "'13/03/2020' is not an ISO date" in bad_date.message
    failures = results.failures_df()
    assert failures[["article_id", "status", "reason"]].values.tolist() == [
        ["partial", "partial", "validation"],
        ["empty", "failed", "invalid_input"],
        ["bad-date", "failed", "invalid_input"],
    ]
    assert failures.missing[0] == "summary, events, claims"
    html = results._repr_html_()
    assert "1 complete, 1 partial, 2 failed" in html and "partial: validation" in html


def test_a_batch_progress_bar_counts_partial(seed_text: str, capsys: pytest.CaptureFixture[str]) -> None:
    with FakeLLM(_fail_on_the_14th) as llm:
        articles = _batch_articles(seed_text)[:2]
        summarize_many(articles, base_url=llm.base_url, model="fake", max_retries=0, progress=True)
    assert "1 partial, 0 failed" in capsys.readouterr().err


def test_every_batch_function_takes_allow_partial(seed_text: str) -> None:
    articles = _batch_articles(seed_text)[:2]
    with FakeLLM(_fail_on_the_14th) as llm:
        kw: dict[str, Any] = {"base_url": llm.base_url, "model": "fake", "max_retries": 0, "concurrency": 1}
        many = summarize_many(articles, allow_partial=False, **kw)
        iterated = dict(summarize_iter(articles, allow_partial=False, **kw))
        degraded = dict(summarize_iter(articles, **kw))
    for second in (many[1], iterated[1]):
        assert isinstance(second, FailedArticle) and second.reason == "validation"
    assert isinstance(degraded[1], ArticleSummary) and degraded[1].partial is not None


async def test_async_batch_takes_allow_partial(seed_text: str) -> None:
    articles = _batch_articles(seed_text)[:2]
    with FakeLLM(_fail_on_the_14th) as llm:
        kw: dict[str, Any] = {"base_url": llm.base_url, "model": "fake", "max_retries": 0}
        strict = await asummarize_many(articles, allow_partial=False, **kw)
        lenient = await asummarize_many(articles, **kw)
    assert isinstance(strict[1], FailedArticle)
    assert isinstance(lenient[1], ArticleSummary) and lenient[1].partial is not None


def test_partial_results_round_trip_through_the_results_file(seed_text: str, tmp_path: Path) -> None:
    out = tmp_path / "results.jsonl"
    with FakeLLM(_fail_on_the_14th) as llm:
        results = summarize_many(
            _batch_articles(seed_text), base_url=llm.base_url, model="fake", max_retries=0, out=out, concurrency=1
        )
    again = read_results(out)
    assert isinstance(again, SummaryBatch) and again == results
    partial = again[1]
    assert isinstance(partial, ArticleSummary) and partial.partial == results[1].partial  # type: ignore[union-attr]
    assert partial.summary_from == "lede" and partial.events and partial.events[0].what_from == "text"
    line = json.loads(out.read_text(encoding="utf-8").splitlines()[1])
    assert line["summary_from"] == "lede" and line["partial"]["missing"] == ["summary", "events", "claims"]


def test_eval_scores_a_partial_summary_on_what_it_has() -> None:
    from summarizer.eval import load_gold, score

    gold = load_gold(Path(__file__).parent.parent / "gold" / "eval_gold.jsonl")[0]
    with FakeLLM(["not JSON"]) as llm:
        result = _summarize(gold.text, llm, max_retries=0, published=gold.published)
    scored = score(gold, result)
    assert scored.mistakes[0] == "partial summary (validation): missing summary, events, claims"
    assert scored.quotes_matched == len(gold.quotes)  # the quotes need no model
    assert scored.claims_matched == len(gold.claims or [])  # nor the claims: found in the text
    assert scored.events_matched == 1  # the lead's event, found in the text


# ----------------------------------------------------------------- views


def _partial_seed(seed_text: str) -> ArticleSummary:
    with FakeLLM([WRONG_ID]) as llm:
        return _summarize(seed_text, llm, max_retries=0)


def test_markdown_says_it_is_partial(seed_text: str) -> None:
    md = _partial_seed(seed_text).to_markdown()
    first = md.splitlines()[0]
    assert first.startswith("> **Partial summary, missing summary, events, claims (validation):")
    # The summary; the lead's events and the claims the text attributes are listed, as written.
    assert md.count("Lede: the article's first sentences, as written") == 1  # no model's summary
    assert "| The airstrikes targeted the infrastructure" in md
    assert "| Mark Esper | Defense Secretary |" in md  # the quotes are all there


def test_html_shows_a_banner(seed_text: str) -> None:
    result = _partial_seed(seed_text)
    doc = StrictHTML(result.to_html())
    [banner] = [e for e in doc.find("div") if "partial" in e.classes()]
    assert banner.text.startswith("Partial summary, missing summary, events, claims (validation):")
    assert "border" in banner.attrs.get("style", "")  # visible even where the stylesheet is stripped
    assert any(e.text.startswith("Lede:") for e in doc.find("span"))  # the summary is the lede, said so
    assert len(doc.find("mark")) == 3  # every quote still highlighted


def test_cli_prints_a_partial_summary_and_one_line_on_stderr() -> None:
    with FakeLLM([WRONG_ID, WRONG_ID]) as llm:
        proc = _run(str(SEED), "--base-url", llm.base_url, "--model", "fake", "--max-retries", "0")
        strict = _run(str(SEED), "--base-url", llm.base_url, "--model", "fake", "--max-retries", "0", "--strict")
    assert proc.returncode == 0, proc.stderr
    result = ArticleSummary.model_validate_json(proc.stdout)
    assert result.partial is not None and len(result.quotes) == 3
    assert proc.stderr.count(b"\n") == 1
    assert proc.stderr.startswith(b"summarize: Partial summary, missing summary, events, claims (validation):")
    assert strict.returncode == 1 and strict.stdout == proc.stdout and strict.stderr == proc.stderr


def test_cli_pretty_and_markdown_show_a_partial_summary() -> None:
    with FakeLLM([WRONG_ID, WRONG_ID]) as llm:
        pretty = _run(str(SEED), "--base-url", llm.base_url, "--model", "fake", "--max-retries", "0", "-f", "pretty")
        md = _run(str(SEED), "--base-url", llm.base_url, "--model", "fake", "--max-retries", "0", "-f", "markdown")
    assert pretty.returncode == md.returncode == 0
    assert b"Partial summary" in pretty.stdout and b"not available" not in pretty.stdout.split(b"Events")[-1]
    assert b"The airstrikes targeted" in pretty.stdout
    assert md.stdout.startswith(b"> **Partial summary")


def test_cli_batch_counts_partial_and_strict_fails_on_it(seed_text: str, tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    body = seed_text.split("\n", 1)[1]
    for day in (13, 14):
        (folder / f"{day}.txt").write_text(f"date 2020-03-{day}\n{body}", encoding="utf-8")
    out = tmp_path / "results.jsonl"
    with FakeLLM(_fail_on_the_14th) as llm:
        args = [str(folder), "--base-url", llm.base_url, "--model", "fake", "--max-retries", "0", "--no-cache"]
        lenient = _run(*args, "--out", str(out))
        strict = _run(*args, "--strict")
    assert lenient.returncode == 0, lenient.stderr
    lines = lenient.stderr.decode().splitlines()
    # The summary line ends with what the batch cost: unknown for a server with no price.
    assert lines[-1].startswith(f"summarize: 1 complete, 1 partial, 0 failed in {out}; 2 call(s), ")
    assert lines[-1].endswith(" tokens, cost unknown")
    assert lines[0].startswith(f"summarize: {folder / '14.txt'}: Partial summary, missing summary")
    assert strict.returncode == 1
    assert strict.stderr.decode().splitlines()[-1].startswith("summarize: 1 complete, 1 partial, 0 failed; ")


def _run(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-c", "from summarizer.cli import main; main()", *args],
        capture_output=True,
        timeout=120,
    )


# ----------------------------------------------------------------- published=


@pytest.mark.parametrize(
    "published",
    ["2020-03-13", " 2020-03-13 ", "2020-03-13T23:15:00+00:00", dt.date(2020, 3, 13), dt.datetime(2020, 3, 13, 23, 15)],
)
def test_published_accepts_iso_strings_dates_and_datetimes(published: object) -> None:
    article = "The minister spoke on Wednesday about the budget."
    answer = {"summary": "The minister spoke about the budget."}  # no attribution or action clause to choose
    with FakeLLM([answer]) as llm:
        result = _summarize(article, llm, published=published)
    assert result.provenance.published == dt.date(2020, 3, 13)
    assert result.provenance.published_source == "argument"
    assert [(d.text, d.date) for d in result.dates] == [("on Wednesday", dt.date(2020, 3, 11))]


@pytest.mark.parametrize("published", ["13/03/2020", "2020-02-30", "yesterday", ""])
def test_a_bad_published_string_is_a_clear_error_before_any_call(published: str) -> None:
    with FakeLLM([]) as llm:
        with pytest.raises(InvalidArticleError, match="is not an ISO date; give it as 'YYYY-MM-DD'"):
            _summarize("The minister spoke on Wednesday.", llm, published=published)
    assert llm.requests == []


def test_published_of_another_type_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="published must be an ISO date string"):
        summarize(
            "The minister spoke.",
            model="fake",
            base_url="http://127.0.0.1:1/v1",
            published=20200313,  # type: ignore[arg-type]
        )


def test_six_hundred_attributed_quotes_survive_a_model_that_never_answers() -> None:
    """An article of 600 clearly attributed quotes used to come back as nothing when
    the model failed. Now every quote and its clause-named speaker comes back. The
    model's answers here are hand-written nonsense, not a recording."""
    first = (
        "Ana Ben Cora Dev Eli Fay Gus Hana Ivo Jun Kai Lea Max Nia Oto Pia Raj Sol Tom Uma Val Wes Xia Yan Zoe".split()
    )
    last = (
        "Abbott Baker Cruz Diaz Ellis Flores Grant Hayes Ito Jones Khan Lopez "
        "Moss Nash Ortiz Park Quinn Reyes Rossi Stone Tran Ueda Vega Wolfe"
    ).split()
    names = [f"{f} {n}" for n in last for f in first][:600]
    article = "date 2021-06-01\n\n" + "\n\n".join(
        f'Councillor {name} said, "The plan for district {i} will be reviewed next week."'
        for i, name in enumerate(names, start=1)
    )
    with FakeLLM(lambda body: "this is not JSON") as llm:
        result = summarize(article, base_url=llm.base_url, model="fake", cache=False)
    assert result.partial is not None and result.partial.reason == "validation"
    assert len(result.quotes) == 600 and len(result.speakers) == 600
    for i, quote in enumerate(result.quotes, start=1):
        assert result.speaker(quote.speaker_id).name == names[i - 1]  # type: ignore[union-attr]
        assert result.text[quote.start : quote.end] == quote.text


@pytest.mark.parametrize(
    ("article", "lede"),
    [
        (  # a place in title case with its agency, an en dash
            "Storm closes ports along the coast.\n\n"
            "Lisbon (AFP) – Portugal closed three ports on Tuesday as a storm brought waves of up to "
            "nine metres, the navy said.\n\nFishing fleets stayed in harbour.",
            "Portugal closed three ports on Tuesday",
        ),
        (  # a state's abbreviation ends a sentence inside the dateline
            "Mayor wins second term.\n\n"
            "RENO, Nev. (AP) — Mayor Ana Ruiz won a second term on Tuesday with 58% of the vote.\n\n"
            "Turnout was the highest in a decade.",
            "Mayor Ana Ruiz won a second term",
        ),
        (  # the date and the agency, no place
            "Dec 29 (Reuters) - The central bank left its main rate unchanged on Tuesday, citing weak "
            "growth.\n\nEconomists had expected a cut.",
            "The central bank left its main rate unchanged",
        ),
        (  # a no-break space before the dash
            "CHARLESTON, S.C.\u00a0— Voters queued for hours on Saturday at polling stations across the "
            "state.\n\nOfficials reported no problems.",
            "Voters queued for hours on Saturday",
        ),
        (  # a dek between the headline and the paragraph the dateline opens
            "Ministers weigh plan for shared coastguard.\n\n"
            "After the floods, the region aims to pool its rescue boats.\n\n"
            "BRUSSELS - Ministers from six countries met on Friday to discuss a joint coastguard.\n\n"
            "A decision is expected in March.",
            "Ministers from six countries met on Friday",
        ),
        (  # no dateline: the first body sentences as written
            "Ministers weigh plan for joint coastguard.\n\n"
            "After the floods, ministers from six countries met on Friday to discuss a joint coastguard.\n\n"
            "BRUSSELS is expected to decide in March.",
            "After the floods, ministers",
        ),
        (  # VOA scraped text: headline, dateline and story glued with hyphens, a caption glued on
            "Court Rules on Clerk Licences as Boycotts Spread-WASHINGTON —\u00a0-The fight over the "
            "rights of same-sex couples went on Tuesday when a federal appeals court ruled that a county "
            "clerk must issue marriage licences. Two more firms joined a boycott of the state.-FILE - "
            "Governor Dale Morrow speaks at the capitol in Riverton, May 4, 2016-Opponents of the law say "
            "it will cost the state millions.",
            "The fight over the rights of same-sex couples went on Tuesday",
        ),
        (  # the glued form with the agency (AP)
            "Storm Floods Coastal Towns-MIAMI (AP) — Heavy rain flooded streets across southern Florida "
            "on Monday, officials said.",
            "Heavy rain flooded streets",
        ),
        (  # VOA scraped text: a headline glued to the story with a hyphen and no dateline
            "Junta Frees Dozens of Political Prisoners-Five prisoners were released on Tuesday as part of an "
            "amnesty announced by the government. More releases are expected.",
            "Five prisoners were released on Tuesday",
        ),
        (  # a glued dateline with no headline before it: the glue is dropped
            "JAKARTA, Indonesia —\u00a0-A strong earthquake shook the eastern islands on Friday. "
            "No tsunami warning was issued.",
            "A strong earthquake shook",
        ),
        (  # VOA with its lines: headline, dateline line, a 'FILE - ' caption after the first paragraph
            "Court Rules on Clerk Licences as Boycotts Spread\nWASHINGTON —\u00a0\n"
            "The fight over the rights of same-sex couples went on Tuesday when a federal appeals court ruled "
            "against the clerk.\nFILE - Governor Dale Morrow speaks at the capitol in Riverton, May 4, 2016.\n"
            "Opponents of the law say it will cost the state millions.",
            "The fight over the rights of same-sex couples went on Tuesday when a federal appeals court ruled "
            "against the clerk. Opponents",
        ),
        (  # a Reuters 'FILE PHOTO:' caption and credit above the dateline
            "FILE PHOTO: Workers walk past a shipyard in Busan, South Korea, March 2, 2021. "
            "REUTERS/Min Ho Park/File Photo\n\n"
            "SEOUL, March 12 (Reuters) - Shipbuilders won a record number of orders in February, data showed.",
            "Shipbuilders won a record number of orders",
        ),
        (  # an AFP handout credit with a stop above the story
            "Amateur video -Handout photo released by the family of the victim.\n\n"
            "Paris (AFP) - Three activists were found dead in an office in central Paris on Thursday, police said.",
            "Three activists were found dead",
        ),
        (  # a BBC 'Image caption' line of two sentences before the story
            "Image caption Rescue workers searched the rubble through the night. More than 40 people are missing.\n\n"
            "Rescue teams searched for survivors on Tuesday after a landslide buried dozens of homes.",
            "Rescue teams searched for survivors",
        ),
        (  # a Guardian caption and credit before the story
            "Volunteers fill sandbags in the village of Marsh End on Sunday. Photograph: Ella Byrne/PA\n\n"
            "Residents of a Somerset village were told to leave their homes on Sunday as the river rose.",
            "Residents of a Somerset village",
        ),
        (  # a headline with its added stop that the story's first paragraph restates (US daily)
            "Harbor commissioner survives recall vote.\n\n"
            "Harbor commissioner Dana Whitfield survived a recall vote on Tuesday, keeping her seat by 412 "
            "votes after a campaign over dredging contracts that split the port town.",
            "Harbor commissioner Dana Whitfield survived",
        ),
        (  # an indirect question for a headline, no question mark, the story not restating it
            "How the floods gave a small-town mayor a mission.\n\n"
            "Few politicians would admit it, but Mayor Lena Ortiz says she was adrift in her first months "
            "in office, until the river rose over Marsh End.\n\nThen came the night of March 3.",
            "Few politicians would admit it",
        ),
        (  # a section label in capitals over the story
            "IN BRIEF.\n\nPortugal braced for weeks of uncertainty on Monday after voters ended decades of "
            "two-party rule.\n\nThe ruling party took the most seats.",
            "Portugal braced for weeks",
        ),
        (  # a headline naming by the surname alone one the story names in full
            "Okafor on why young voters should back the ferry plan.\n\n"
            "Jobs will come back to the harbour towns only if the boats run again, Daniel Okafor said on "
            "Monday at a rally in Port Ellis.\n\nThe plan goes to a vote in May.",
            "Jobs will come back",
        ),
        (  # VOA scraped text: a handout credit glued before the story at the text's start, a place as dateline
            "Amateur video -Handout photo released by the opposition shows damaged buildings-Cardell-Three "
            "aid workers were shot dead in Cardell overnight, police said on Thursday. The killings shocked "
            "the town.",
            "Three aid workers were shot dead",
        ),
        (  # a glued headline with an initial's stop in it ("S. African ...")
            "S. Korean Navy Seizes Fishing Boats-SEOUL — -South Korea's navy seized two fishing boats near "
            "the sea border on Sunday. The crews were questioned.",
            "South Korea's navy seized",
        ),
    ],
    ids=[
        "title-case-place-agency",
        "abbreviation-in-dateline",
        "date-and-agency",
        "no-break-space",
        "dek-before-dateline",
        "no-dateline",
        "voa-glued-headline-dateline-caption",
        "ap-glued-headline-dateline",
        "voa-glued-headline-bare",
        "glued-dateline-alone",
        "voa-lines-file-caption",
        "reuters-file-photo-caption",
        "afp-handout-credit",
        "bbc-image-caption-line",
        "guardian-caption-credit",
        "restated-headline",
        "how-title-headline",
        "label-line-headline",
        "surname-headline",
        "voa-glued-handout-credit",
        "glued-headline-initial",
    ],
)
def test_the_lede_leaves_out_the_news_dateline(article: str, lede: str) -> None:
    with FakeLLM([WRONG_ID, WRONG_ID]) as llm:
        result = _summarize(article, llm, max_retries=1)
    assert result.summary_from == "lede" and result.summary is not None
    assert result.summary.startswith(lede), result.summary
    # never a caption, a credit nor the glue of scraped text
    assert not any(w in result.summary for w in ("FILE", "Handout", "Photo", "REUTERS", "caption", "-The", "-A ")), (
        result.summary
    )
