"""Long articles: parts, overlap, merging, and offsets that still slice.

The golden test replays a real recording of the embedded model on a synthetic
34,000-character article (tests/long/, written for the tests). The 100,000-character
test runs on FakeLLM with answers built from each request's schema.
"""

from __future__ import annotations

import importlib.util
import itertools
from pathlib import Path
from typing import Any

import pytest

from summarizer import ArticleSummary, ArticleTooLongError, Span, summarize
from summarizer._pipeline import chunks as _chunks
from summarizer._text.article import prepare
from summarizer.golden.pytest_plugin import GoldenFixture
from summarizer.models import Event
from summarizer.testing import FakeCompletion, FakeLLM
from tests.test_golden import GOLDEN_DIR, STRICT
from tests.test_hostile import minimal_answer

LONG = Path(__file__).parent.parent / "long" / "flood_synthetic.txt"


def _generator() -> Any:
    spec = importlib.util.spec_from_file_location("make_article", LONG.with_name("make_article.py"))
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _spans(result: ArticleSummary) -> list[Span]:
    spans: list[Span] = []
    for s in result.speakers:
        spans += s.mentions
    for q in result.quotes:
        spans.append(Span(text=q.text, start=q.start, end=q.end))
        spans += [x for x in (q.speaker_mention, q.cue) if x]
    for e in result.events:
        spans += [x for x in (e.who, e.whom, e.where) if x] + e.evidence
        if e.when and e.when.start is not None and e.when.end is not None:
            spans.append(Span(text=e.when.text, start=e.when.start, end=e.when.end))
    for c in result.claims:
        spans += [x for x in (c.source_span,) if x] + c.evidence
    for d in result.dates:
        assert d.start is not None and d.end is not None
        spans.append(Span(text=d.text, start=d.start, end=d.end))
    return spans


def assert_long_result(article: str, result: ArticleSummary) -> None:
    assert result.text == article
    for span in _spans(result):
        assert article[span.start : span.end] == span.text, span
    starts = [(q.start, q.end) for q in result.quotes]
    assert len(starts) == len(set(starts)), "a quote appears twice"
    texts = [(q.text, q.start) for q in result.quotes]
    assert len(texts) == len(set(texts))
    assert starts == sorted(starts)
    names = [s.name for s in result.speakers]
    assert len(names) == len(set(names)), "a speaker is listed twice"
    ids = {s.id for s in result.speakers}
    assert all(q.speaker_id is None or q.speaker_id in ids for q in result.quotes)
    assert all(c.source_id is None or c.source_id in ids for c in result.claims)


@pytest.mark.golden
def test_long_article_golden(summarizer_golden: GoldenFixture) -> None:
    article = LONG.read_text(encoding="utf-8")
    assert len(article) >= 30_000
    result = summarizer_golden.check(
        LONG,
        golden=GOLDEN_DIR / f"{LONG.stem}.json",
        cassette=Path(__file__).parent / "cassettes" / "test_long" / "test_long_article_golden.yaml",
        compare=STRICT,
        model="embedded",
        # A generous timeout: recording runs the real model, which on a busy machine
        # can take minutes per part; replaying is instant.
        timeout=1800,
    )
    assert_long_result(article, result)
    assert result.provenance.chunks >= 3
    # The embedded profile's summary is the lede: no final call combines the parts, so
    # provenance names only the prompt that was sent.
    assert result.provenance.prompt_version == "summarize.v4"
    # Every quote of the article is found once, whichever part it fell in.
    assert len(result.quotes) == len(prepare(article).quotes)
    # One entry per person, however often and however they are named.
    people = {s.name: s for s in result.speakers if s.kind == "person"}
    assert {"Helena Marsh", "Tomas Ridley", "Amara Quist", "Jonah Pell", "Ruth Calloway"} <= set(people)
    assert people["Helena Marsh"].role == "Governor"
    assert len(people["Helena Marsh"].mentions) > 5


def _hundred_thousand() -> str:
    make = _generator()
    paragraphs = ["RIVERTON (Valley Courier) - The flood crest reached the lower valley this week."]
    n = 0
    while sum(len(p) + 2 for p in paragraphs) < 100_000:
        paragraphs.append(make.paragraph(n))
        n += 1
    return "\n\n".join(paragraphs) + "\n\nLast Update: Friday, 17 April 2026\n"


def test_hundred_thousand_characters_on_a_fake_model() -> None:
    article = _hundred_thousand()
    assert len(article) >= 100_000
    with FakeLLM(minimal_answer) as llm:
        result = summarize(article, base_url=llm.base_url, model="fake", cache=False, part_tokens=4000)
    assert_long_result(article, result)
    parts = result.provenance.chunks
    assert parts >= 8
    # One call per part and one for the final summary; nothing else.
    assert result.usage.calls == parts + 1 == len(llm.requests)
    # Cost stays close to linear: all prompts together carry the article about once,
    # plus the overlap, the instructions repeated per part, a line per attribution and a
    # line per event candidate offered (at most MAX_EVENTS_PER_PART a part; about 0.13 of
    # the article here).
    sent = sum(len(m["content"]) for r in llm.requests for m in r["messages"])
    assert sent < 1.9 * len(article), (sent, len(article))
    # Each part's answer gave one event, on its first sentence (parts overlap: some share it).
    assert 1 <= len(result.events) <= parts
    assert len(result.quotes) == len(prepare(article).quotes)
    # Each part is told where it sits; the final call sees only the parts' summaries.
    users = [next(m["content"] for m in r["messages"] if m["role"] == "user") for r in llm.requests]
    told = sorted(next(k for k in range(1, parts + 1) if f"part {k} of {parts}" in u) for u in users[:-1])
    assert told == list(range(1, parts + 1))  # sent concurrently, so in any order
    assert "Summaries of the" in users[-1] and "Sentences:" not in users[-1]


def test_short_article_is_one_call(seed_text: str) -> None:
    with FakeLLM(minimal_answer) as llm:
        result = summarize(seed_text, base_url=llm.base_url, model="fake", cache=False)
    assert result.provenance.chunks == 1 and result.usage.calls == 1
    assert result.provenance.prompt_version == "summarize.v4"


def test_max_parts_guards_cost_before_any_call() -> None:
    article = _hundred_thousand()
    with FakeLLM(minimal_answer) as llm:
        with pytest.raises(ArticleTooLongError, match="max_parts=3") as info:
            summarize(article, base_url=llm.base_url, model="fake", part_tokens=4000, max_parts=3)
    assert llm.requests == []
    assert "max_parts=None" in str(info.value)


def test_a_failing_part_fails_the_article_when_partial_is_not_allowed() -> None:
    """allow_partial=False: the old behaviour. The default keeps the other parts: see test_partial.py."""
    article = _hundred_thousand()

    def answer(body: dict[str, Any]) -> dict[str, Any]:
        user = body["messages"][1]["content"]  # the first user message; re-asks append more
        if "part 2 of" in user:
            # Fails validation every time (a server that does not enforce the schema).
            return FakeCompletion({"summary": "x"}, off_schema=True)
        return minimal_answer(body)

    from summarizer import SummaryFailedError

    with FakeLLM(answer) as llm:
        with pytest.raises(SummaryFailedError) as info:
            summarize(
                article,
                base_url=llm.base_url,
                model="fake",
                cache=False,
                part_tokens=4000,
                max_retries=1,
                allow_partial=False,
            )
    assert info.value.attempts == 2  # the failing part's two attempts
    assert len(llm.requests) < 20  # the other parts were not retried


# ----------------------------------------------------------------- splitting and merging


def test_parts_cover_every_sentence_with_bounded_overlap() -> None:
    prepared = prepare(_hundred_thousand())
    parts = _chunks.split(prepared, 12_000)
    ids = [s.id for p in parts for s in p.sentences]
    assert set(ids) == {s.id for s in prepared.sentences}
    for a, b in itertools.pairwise(parts):
        shared = set(a.sentence_ids) & set(b.sentence_ids)
        assert 0 < len(shared) <= _chunks.MAX_OVERLAP_SENTENCES
        assert a.sentences[-1].end <= prepared.text.find("\n\n", a.sentences[-1].end) or True
    for p in parts:
        size = sum(s.end - s.start + 1 for s in p.sentences)
        assert size <= 12_000 or len(p.sentences) == 1
        assert all(p.start <= q.open_mark < p.end for q in p.quotes)


def test_a_sentence_longer_than_a_part_is_a_part_of_its_own() -> None:
    text = "Short one. " + "word " * 3000 + "end. Another short one."
    prepared = prepare(text)
    parts = _chunks.split(prepared, 1000)
    assert any(len(p.sentences) == 1 and p.end - p.start > 1000 for p in parts)


def _span(text: str, start: int, end: int) -> Span:
    return Span(text=text[start:end], start=start, end=end)


def test_events_merge_across_parts_on_shared_evidence_only() -> None:
    text = "A happened here. B happened there. C happened later."
    s1, s2, s3 = _span(text, 0, 16), _span(text, 17, 34), _span(text, 35, 52)
    first = Event(what="the dam broke", evidence=[s1, s2])
    same_elsewhere = Event(what="levee failure downstream", evidence=[s2], where=_span(text, 26, 34))
    other = Event(what="rescue boats arrived", evidence=[s3])
    merged = _chunks.merge_events([[first], [same_elsewhere, other]])
    assert [e.what for e in merged] == ["the dam broke", "rescue boats arrived"]
    assert merged[0].evidence == [s1, s2] and merged[0].where == _span(text, 26, 34)
    # Within one part, two events on one sentence stay two.
    assert len(_chunks.merge_events([[first, Event(what="other", evidence=[s1])]])) == 2
