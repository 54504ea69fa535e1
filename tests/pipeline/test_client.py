"""The client object: options defined once, one connection pool and one event loop
across calls, sync use inside a running loop, close semantics, and the batch functions
taking every option. Against FakeLLM on 127.0.0.1."""

from __future__ import annotations

import asyncio
import gc
import importlib.util
import inspect
import os
import re
import threading
import time
import typing
import warnings
from pathlib import Path
from typing import Any

import pytest
import typer.main

import summarizer
import summarizer.eval
from summarizer import (
    ArticleSummary,
    FailedArticle,
    Summarizer,
    SummarizerOptions,
    asummarize,
    asummarize_iter,
    asummarize_many,
    summarize,
    summarize_iter,
    summarize_many,
)
from summarizer._pipeline.options import DEFAULTS, Unpack
from summarizer.testing import FakeLLM, FakeResponse
from tests.pipeline.test_summarize import GOOD
from tests.test_hostile import minimal_answer

ROOT = Path(__file__).resolve().parent.parent.parent

# Every public entry point that takes the options.
ENTRY_POINTS: list[Any] = [
    Summarizer,
    summarize,
    asummarize,
    summarize_many,
    asummarize_many,
    summarize_iter,
    asummarize_iter,
    summarizer.eval.evaluate,
]


def _threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("summarizer-")]


def _wait_until(condition: Any, seconds: float = 5.0) -> bool:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


@pytest.fixture(autouse=True)
def _no_thread_left_behind() -> Any:
    before = set(_threads())
    yield
    gc.collect()
    assert _wait_until(lambda: set(_threads()) <= before), "a Summarizer's thread outlived the test"


# ---------------------------------------------------------------- options, defined once


def test_the_options_type_is_the_one_definition() -> None:
    names = list(SummarizerOptions.__annotations__)
    assert list(DEFAULTS) == names
    for fn in ENTRY_POINTS:
        target = fn.__init__ if isinstance(fn, type) else fn
        # Statically: **options is typed by SummarizerOptions, so mypy checks each keyword.
        assert typing.get_type_hints(target)["options"] == Unpack[SummarizerOptions], fn
        # At run time (help(), Jupyter): every option, keyword-only, with its default.
        params = inspect.signature(fn).parameters
        options = {n: p for n, p in params.items() if n in DEFAULTS}
        assert list(options) == names, fn
        for name, param in options.items():
            assert param.kind is inspect.Parameter.KEYWORD_ONLY
            assert param.default == DEFAULTS[name]


def test_the_batch_functions_accept_every_option_summarize_does() -> None:
    single = set(inspect.signature(summarize).parameters) - {"article", "published"}
    for fn in (summarize_many, asummarize_many, summarize_iter, asummarize_iter, summarizer.eval.evaluate):
        assert single <= set(inspect.signature(fn).parameters), fn


def test_every_option_is_documented_once_in_the_docstring_and_the_guide() -> None:
    doc = inspect.getdoc(SummarizerOptions) or ""
    documented = re.findall(r"^(\w+)\n    ", doc, flags=re.MULTILINE)
    assert documented == list(DEFAULTS)
    guide = (ROOT / "docs" / "guide" / "client.md").read_text(encoding="utf-8")
    table = guide.split("| option | default | meaning |", 1)[1].split("\n\n", 1)[0]
    rows = [line.split("|")[1:3] for line in table.strip().splitlines()[1:]]
    assert [name.strip().strip("`") for name, _ in rows] == list(DEFAULTS)
    for name, default in rows:
        value = DEFAULTS[name.strip().strip("`")]
        if isinstance(value, bool | int):
            assert str(value).lower() in default.lower(), (name, default)


# Checked by mypy, not run: the same mistakes a type checker catches in users' code.
TYPING_SNIPPET = """
from summarizer import Summarizer, SummarizerOptions, summarize, summarize_iter, summarize_many
from summarizer.eval import evaluate

options: SummarizerOptions = {"model": "fake", "part_tokens": 1000}
summarize_many([], part_tokens=1000, max_parts=None, concurrency=2)
summarize_iter([], **options)
evaluate([], allow_partial=False, cache=False)
Summarizer(**options).summarize("text", published="2020-01-01")
summarize("text", modle="fake")  # E1
summarize_many([], max_parts="many")  # E2
Summarizer(published="2020-01-01")  # E3
"""


def test_a_type_checker_checks_every_option(tmp_path: Path) -> None:
    mypy_api = pytest.importorskip("mypy.api")
    snippet = tmp_path / "uses_options.py"
    snippet.write_text(TYPING_SNIPPET, encoding="utf-8")
    # From the repository root, so that the package's own mypy cache is reused.
    with pytest.MonkeyPatch.context() as m:
        m.chdir(ROOT)
        out, _, _ = mypy_api.run(["--strict", "--no-error-summary", str(snippet)])
    errors = {int(line.split(":")[1]) for line in out.splitlines() if ": error:" in line}
    lines = TYPING_SNIPPET.splitlines()
    expected = {n for n, line in enumerate(lines, start=1) if "# E" in line}
    assert errors == expected, out
    assert 'Unexpected keyword argument "modle"' in out and 'did you mean "model"' in out


def test_an_unknown_option_is_a_type_error_with_a_suggestion() -> None:
    with pytest.raises(TypeError, match="unknown option 'modle'; did you mean 'model'"):
        summarize("A text.", modle="fake")  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="unknown option 'outt'"):
        Summarizer(outt="x")  # type: ignore[call-arg]
    assert _threads() == []


def test_bad_values_are_refused_before_anything_starts() -> None:
    for options in ({"concurrency": 0}, {"timeout": 0}, {"part_tokens": 10}, {"max_parts": 0}):
        with pytest.raises(ValueError):
            Summarizer(base_url="http://127.0.0.1:1/v1", model="fake", **options)
    assert _threads() == []


def test_the_cli_has_a_flag_for_every_option() -> None:
    from summarizer import cli
    from summarizer.cli import eval as _eval_cli

    # api_key: from OPENAI_API_KEY only (a key on the command line shows in `ps`);
    # allow_partial: --strict takes its place.
    wanted = set(DEFAULTS) - {"api_key", "allow_partial"}
    group = typer.main.get_command(cli.app)
    assert isinstance(group, typer.core.TyperGroup)
    for command in (group.commands[cli.DEFAULT_COMMAND], typer.main.get_command(_eval_cli.app)):
        flags = {p.name for p in command.params}
        assert wanted <= flags, wanted - flags


# ---------------------------------------------------------------- one pool, one loop


def test_one_connection_pool_across_calls(seed_text: str) -> None:
    with FakeLLM(lambda body: GOOD) as llm:
        with Summarizer(base_url=llm.base_url, model="fake", cache=False) as client:
            first = client.summarize(seed_text)
            second = client.summarize(seed_text, published="2020-03-14")
            batch = client.summarize_many([{"id": "x", "text": seed_text, "published": "2020-03-15"}])
        assert len(llm.requests) == 3 and llm.connections == 1
        # One-off functions make a client, and a pool, each.
        summarize(seed_text, base_url=llm.base_url, model="fake", cache=False)
        summarize(seed_text, base_url=llm.base_url, model="fake", cache=False)
        assert llm.connections == 3
    assert first.complete and second.complete and isinstance(batch[0], ArticleSummary)
    assert second.provenance.published is not None and second.provenance.published.isoformat() == "2020-03-14"


async def test_sync_and_async_calls_share_the_pool(seed_text: str) -> None:
    with FakeLLM(lambda body: GOOD) as llm:
        async with Summarizer(base_url=llm.base_url, model="fake", cache=False) as client:
            await client.asummarize(seed_text)
            results = await asyncio.gather(client.asummarize(seed_text), client.asummarize(seed_text))
            client.summarize(seed_text)  # sync, from inside this running loop
            pairs = [pair async for pair in client.asummarize_iter([seed_text, seed_text + " "])]
        assert llm.connections <= 2  # the two gathered calls may need two connections at once
        assert len(llm.requests) == 6
    assert all(r.complete for r in results) and sorted(i for i, _ in pairs) == [0, 1]


def test_sync_methods_inside_a_running_loop(seed_text: str) -> None:
    """As in a Jupyter cell: sync code called where an event loop is already running."""

    async def cell() -> tuple[ArticleSummary, list[int], int]:
        asyncio.get_running_loop()  # there is one
        with FakeLLM(lambda body: GOOD) as llm:
            client = Summarizer(base_url=llm.base_url, model="fake", cache=False, concurrency=1)
            one = client.summarize(seed_text)
            order = [i for i, _ in client.summarize_iter([seed_text, seed_text + " "])]
            many = client.summarize_many([seed_text])
            client.close()
            assert isinstance(many[0], ArticleSummary)
            return one, order, llm.connections

    one, order, connections = asyncio.run(cell())
    assert one.complete and sorted(order) == [0, 1] and connections == 1


# ---------------------------------------------------------------- closing


def test_a_client_never_used_starts_nothing_and_closes_quietly() -> None:
    client = Summarizer(base_url="http://127.0.0.1:1/v1", model="fake")
    assert _threads() == []
    client.close()
    client.close()  # idempotent
    assert "closed" in repr(client)


def test_closed_means_closed(seed_text: str) -> None:
    with FakeLLM(lambda body: GOOD) as llm:
        with Summarizer(base_url=llm.base_url, model="fake", cache=False) as client:
            client.summarize(seed_text)
            assert len(_threads()) == 1
        assert _threads() == []  # the thread ended with the client
        for call in (
            lambda: client.summarize(seed_text),
            lambda: client.summarize_many([seed_text]),
            lambda: client.summarize_iter([seed_text]),
            lambda: client.__enter__(),
        ):
            with pytest.raises(RuntimeError, match="Summarizer is closed"):
                call()
        with pytest.raises(RuntimeError, match="Summarizer is closed"):
            asyncio.run(client.asummarize(seed_text))
        assert len(llm.requests) == 1


async def test_async_with_closes(seed_text: str) -> None:
    with FakeLLM(lambda body: GOOD) as llm:
        async with Summarizer(base_url=llm.base_url, model="fake", cache=False) as client:
            await client.asummarize(seed_text)
        with pytest.raises(RuntimeError, match="closed"):
            await client.asummarize(seed_text)
    assert _threads() == []


def test_closing_cancels_a_call_in_flight(seed_text: str) -> None:
    errors: list[BaseException] = []
    with FakeLLM(lambda body: FakeResponse(200, "{}", delay=2.0)) as llm:
        client = Summarizer(base_url=llm.base_url, model="fake", cache=False, allow_partial=False)

        def call() -> None:
            try:
                client.summarize(seed_text)
            except BaseException as exc:
                errors.append(exc)

        caller = threading.Thread(target=call)
        caller.start()
        assert _wait_until(lambda: len(llm.requests) == 1)
        started = time.monotonic()
        client.close()
        caller.join(timeout=5)
        assert time.monotonic() - started < 1.5  # did not wait for the slow answer
    assert len(errors) == 1 and isinstance(errors[0], RuntimeError) and "closed" in str(errors[0])


async def test_a_cancelled_async_call_stops_and_the_client_goes_on(seed_text: str) -> None:
    def answer(body: dict[str, Any]) -> Any:
        if "2020-01-01" in str(body["messages"][-1]["content"]):
            return FakeResponse(200, "{}", delay=2.0)
        return GOOD

    with FakeLLM(answer) as llm:
        async with Summarizer(base_url=llm.base_url, model="fake", cache=False) as client:
            with pytest.raises(asyncio.TimeoutError):
                await asyncio.wait_for(client.asummarize(seed_text, published="2020-01-01"), 0.5)
            assert (await client.asummarize(seed_text)).complete


def test_an_unclosed_client_closes_when_collected(seed_text: str) -> None:
    with FakeLLM(lambda body: GOOD) as llm:
        client = Summarizer(base_url=llm.base_url, model="fake", cache=False)
        client.summarize(seed_text)
        assert len(_threads()) == 1
        del client
        gc.collect()
        assert _wait_until(lambda: _threads() == [])


def test_leaving_a_client_iterator_early_cancels_the_rest(seed_text: str) -> None:
    articles = [{"id": f"a{i}", "text": seed_text, "published": f"2020-01-{i + 1:02d}"} for i in range(6)]

    def slow(body: dict[str, Any]) -> dict[str, Any]:
        time.sleep(0.05)
        return GOOD

    with FakeLLM(slow) as llm:
        with Summarizer(base_url=llm.base_url, model="fake", cache=False, concurrency=1) as client:
            for _ in client.summarize_iter(articles):
                break
            time.sleep(0.3)  # uncancelled, the other five would be asked by now
            assert len(llm.requests) <= 2  # the one answered, and the one in flight then
            assert client.summarize(seed_text).complete  # and the client goes on


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no os.fork here")
def test_a_forked_child_gets_a_loop_and_a_pool_of_its_own(seed_text: str) -> None:
    with FakeLLM(lambda body: GOOD) as llm:
        with Summarizer(base_url=llm.base_url, model="fake", cache=False) as client:
            client.summarize(seed_text)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)  # 3.12+: fork with threads
                pid = os.fork()
            if pid == 0:  # the child: never returns to pytest
                code = 1
                try:
                    code = 0 if client.summarize(seed_text).complete else 2
                    client.close()
                finally:
                    os._exit(code)
            deadline = time.monotonic() + 30
            while (waited := os.waitpid(pid, os.WNOHANG))[0] == 0 and time.monotonic() < deadline:
                time.sleep(0.05)
            if waited[0] == 0:
                os.kill(pid, 9)
                os.waitpid(pid, 0)
                pytest.fail("the forked child hung")
            assert os.waitstatus_to_exitcode(waited[1]) == 0
            assert client.summarize(seed_text).complete  # the parent's client goes on
        assert len(llm.requests) == 3 and llm.connections == 2


# ---------------------------------------------------------------- every option, every entry point


def _long_article(chars: int = 12_000) -> str:
    spec = importlib.util.spec_from_file_location("make_article", ROOT / "tests" / "long" / "make_article.py")
    assert spec and spec.loader
    make = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make)
    paragraphs = ["RIVERTON (Valley Courier) - The flood crest reached the lower valley this week."]
    while sum(len(p) + 2 for p in paragraphs) < chars:
        paragraphs.append(make.paragraph(len(paragraphs)))
    return "\n\n".join(paragraphs) + "\n\nLast Update: Friday, 17 April 2026\n"


def test_batch_functions_take_part_tokens_and_max_parts(seed_text: str) -> None:
    article = _long_article()
    with FakeLLM(minimal_answer) as llm:
        [parted] = summarize_many([article], base_url=llm.base_url, model="fake", cache=False, part_tokens=1000)
        [refused, short] = summarize_many(
            [article, seed_text], base_url=llm.base_url, model="fake", cache=False, part_tokens=1000, max_parts=2
        )
        pairs = dict(
            summarize_iter([article], base_url=llm.base_url, model="fake", cache=False, part_tokens=1000, max_parts=2)
        )
    assert isinstance(parted, ArticleSummary) and parted.complete and parted.provenance.chunks >= 3
    assert isinstance(refused, FailedArticle) and refused.reason == "too_long" and "max_parts=2" in refused.message
    assert isinstance(short, ArticleSummary) and short.complete
    assert isinstance(pairs[0], FailedArticle) and pairs[0].reason == "too_long"


async def test_async_batch_functions_take_part_tokens() -> None:
    article = _long_article()
    with FakeLLM(minimal_answer) as llm:
        [many] = await asummarize_many([article], base_url=llm.base_url, model="fake", cache=False, part_tokens=1000)
        pairs = [
            pair
            async for pair in asummarize_iter(
                [article], base_url=llm.base_url, model="fake", cache=False, part_tokens=1000
            )
        ]
    assert isinstance(many, ArticleSummary) and many.provenance.chunks >= 3
    assert isinstance(pairs[0][1], ArticleSummary) and pairs[0][1].provenance.chunks == many.provenance.chunks


def test_concurrency_bounds_the_parts_of_one_article_too() -> None:
    in_flight = peak = 0
    lock = threading.Lock()

    def slow(body: dict[str, Any]) -> dict[str, Any]:
        nonlocal in_flight, peak
        with lock:
            in_flight += 1
            peak = max(peak, in_flight)
        time.sleep(0.05)
        with lock:
            in_flight -= 1
        return minimal_answer(body)

    with FakeLLM(slow) as llm:
        result = summarize(
            _long_article(), base_url=llm.base_url, model="fake", cache=False, part_tokens=1000, concurrency=2
        )
    assert result.complete and result.provenance.chunks >= 3 and peak <= 2
