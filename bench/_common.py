"""Shared pieces of the benchmarks in bench/: machine info, the recorded answer, the fake server.

Not a benchmark itself. The scripts import it as ``_common`` (``python bench/<name>.py``
puts bench/ first on ``sys.path``).

The fake model server is ``summarizer.testing.FakeLLM`` on 127.0.0.1, answering every
request with the embedded model's real recorded completion for the seed article (from
the golden test's cassette). By default it runs in a child process, as a real model
server would: in the benchmark's own process its request handling would compete for
the GIL with the code being measured.
"""

from __future__ import annotations

import functools
import json
import multiprocessing
import multiprocessing.connection
import os
import platform
import ssl
import statistics
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx2
import instructor
import openai
import yaml
from instructor.v2.core.function_calls import ResponseSchema
from pydantic import BaseModel

import summarizer
from summarizer._llm.endpoint import resolve_endpoint
from summarizer._pipeline.answer import AnswerSpec
from summarizer._pipeline.session import whole_request
from summarizer._text.analysis import analyse
from summarizer.eval import EvalReport, GoldArticle, evaluate
from summarizer.models import ArticleSummary, FailedArticle
from summarizer.testing import FakeLLM, FakeResponse

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_36f5bebade865c5d.txt"
CASSETTE = ROOT / "tests" / "cassettes" / "test_golden" / "test_seed_golden.yaml"


# The text layer keeps what it finds in an article in caches keyed by the text (the quotes,
# claims and pronouns of one article share them). A benchmark that analyses the same text
# again is served from them, as no real run reading each article once would be: the
# benchmarks empty them before each article. Kept: the caches by language and the language
# identifier's model and the lexicons, which a real run loads once.
_PROCESS_CACHES = frozenset({"_grammar", "supported", "speech_cues", "_calendar", "_identifier", "load"})


@functools.cache
def _text_caches() -> list[Any]:
    import importlib
    import pkgutil

    import summarizer._text as text_layer

    found = []
    for info in pkgutil.iter_modules(text_layer.__path__):
        module = importlib.import_module(f"{text_layer.__name__}.{info.name}")
        for name, value in vars(module).items():
            owned = getattr(value, "__module__", None) == module.__name__
            if owned and hasattr(value, "cache_clear") and name not in _PROCESS_CACHES:
                found.append(value)
    return found


def forget_texts() -> None:
    """Empty the text layer's per-text caches: the next article is analysed as one never seen."""
    for cached in _text_caches():
        cached.cache_clear()


def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@contextmanager
def model_options(name: str) -> Iterator[dict[str, str]]:
    """The summarize options for a model string; ``"none"`` is a loopback fake answering every
    request with an HTTP 400, so each summary is partial and holds the deterministic part alone."""
    if name != "none":
        yield {"model": name}
        return
    with FakeLLM(lambda _body: FakeResponse(400, '{"error": {"message": "no model in this run"}}')) as llm:
        yield {"model": "none", "base_url": llm.base_url, "api_key": "unused"}


def evaluate_keeping(golds: list[GoldArticle], model: str) -> tuple[EvalReport, dict[str, ArticleSummary], float]:
    """``summarizer.eval.evaluate`` of ``golds`` with ``model`` (see ``model_options``): the
    report, the summaries by gold ID (failed articles left out) and the seconds it took."""
    summaries: dict[str, ArticleSummary] = {}

    def keep(gold: GoldArticle, result: ArticleSummary | FailedArticle) -> None:
        if isinstance(result, ArticleSummary):
            summaries[gold.id] = result

    started = time.perf_counter()
    with model_options(model) as options:
        report = evaluate(golds, progress=sys.stderr.isatty(), on_result=keep, **options)
    return report, summaries, time.perf_counter() - started


def machine_info() -> str:
    """Python, CPUs and load, for reading the figures in context."""
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        usable = os.cpu_count() or 0
    try:
        load = "load avg {:.2f} {:.2f} {:.2f}".format(*os.getloadavg())
    except OSError:
        load = "load avg n/a"
    return (
        f"python {platform.python_version()} ({platform.python_implementation()}) on {platform.system()} "
        f"{platform.machine()}; cpu_count={os.cpu_count()} usable={usable}; {load}; "
        f"summarizer {summarizer.__version__}"
    )


@dataclass(frozen=True)
class Recording:
    """The embedded model's one recorded exchange for the seed article."""

    request: dict[str, Any]  # the request body, parsed
    response_body: str  # the raw chat-completion JSON it answered


def load_recording(path: Path = CASSETTE) -> Recording:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    interaction = data["interactions"][0]
    body = interaction["request"]["body"]
    return Recording(
        request=json.loads(body if isinstance(body, str) else body["string"]),
        response_body=interaction["response"]["body"]["string"],
    )


class RecordedAnswer:
    """A FakeLLM responder: the recorded completion for every request, after ``delay`` s.

    Counts the requests that match the recorded request body exactly, so a benchmark
    can tell that it replays what was recorded. Module-level and plain data, so it
    pickles into the server's child process.
    """

    def __init__(self, recording: Recording, delay: float = 0.0) -> None:
        self.recording = recording
        self.delay = delay
        self.served = 0
        self.matching = 0
        self._lock = threading.Lock()

    def __getstate__(self) -> dict[str, Any]:
        return {"recording": self.recording, "delay": self.delay}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.recording = state["recording"]
        self.delay = state["delay"]
        self.served = 0
        self.matching = 0
        self._lock = threading.Lock()

    def __call__(self, request: dict[str, Any]) -> FakeResponse:
        same = request == self.recording.request
        with self._lock:
            self.served += 1
            self.matching += same
        return FakeResponse(200, self.recording.response_body, {"Content-Type": "application/json"}, delay=self.delay)


def _no_delay(llm: FakeLLM) -> bool:
    """Set TCP_NODELAY on the server's connections; False if this FakeLLM has no handler to set.

    FakeLLM writes the response head and body in two send() calls. On a reused
    keep-alive connection Nagle's algorithm holds the body back until the client
    ACKs the head, and the client delays that ACK (up to 40 ms on Linux): every
    request after a connection's first takes ~40 ms longer than the script says.
    ``disable_nagle_algorithm`` is socketserver's switch for TCP_NODELAY; the
    handler class is FakeLLM's own per instance, so nothing else is affected.
    """
    server = getattr(llm, "_server", None)
    handler = getattr(server, "RequestHandlerClass", None)
    if handler is None or not hasattr(handler, "disable_nagle_algorithm"):
        return False
    handler.disable_nagle_algorithm = True
    return True


def _serve(responder: RecordedAnswer, conn: multiprocessing.connection.Connection, no_delay: bool) -> None:
    """Child process: run FakeLLM until told to stop or the parent goes away."""
    with FakeLLM(responder) as llm:
        conn.send((llm.base_url, _no_delay(llm) if no_delay else False))
        while True:
            try:
                command = conn.recv()
            except (EOFError, OSError):
                return
            conn.send((responder.served, responder.matching))
            if command == "stop":
                return


class FakeServer:
    """A handle on the running fake server: its URL and what it has served."""

    def __init__(
        self,
        base_url: str,
        no_delay: bool,
        responder: RecordedAnswer | None,
        conn: multiprocessing.connection.Connection | None,
    ) -> None:
        self.base_url = base_url
        self.no_delay = no_delay
        self._responder = responder
        self._conn = conn

    def describe(self) -> str:
        where = "in this process" if self._responder is not None else "in a child process"
        nagle = (
            "TCP_NODELAY set on its connections"
            if self.no_delay
            else "stock socket options (adds ~40 ms to each request on a reused connection)"
        )
        return f"FakeLLM at {self.base_url} {where}, {nagle}"

    def stats(self) -> tuple[int, int]:
        """(requests served, requests whose body equals the recorded request)."""
        if self._responder is not None:
            return self._responder.served, self._responder.matching
        assert self._conn is not None
        self._conn.send("stats")
        served, matching = self._conn.recv()
        return int(served), int(matching)


@contextmanager
def fake_server(
    recording: Recording, *, delay: float = 0.0, in_process: bool = False, no_delay: bool = True
) -> Iterator[FakeServer]:
    """FakeLLM on 127.0.0.1 serving ``recording``; in a child process unless ``in_process``.

    ``no_delay`` sets TCP_NODELAY on its connections (see ``_no_delay``).
    """
    responder = RecordedAnswer(recording, delay)
    if in_process:
        with FakeLLM(responder) as llm:
            yield FakeServer(llm.base_url, _no_delay(llm) if no_delay else False, responder, None)
        return
    ctx = multiprocessing.get_context("spawn")
    parent, child = ctx.Pipe()
    process = ctx.Process(target=_serve, args=(responder, child, no_delay), name="fake-llm", daemon=True)
    process.start()
    child.close()
    try:
        try:
            if not parent.poll(60):
                raise RuntimeError("the fake LLM server did not start within 60 s")
            base_url, set_no_delay = parent.recv()
        except EOFError:
            raise RuntimeError("the fake LLM server process exited before it started serving") from None
        yield FakeServer(base_url, set_no_delay, None, parent)
    finally:
        try:
            parent.send("stop")
            parent.recv()
        except (EOFError, OSError):
            pass
        parent.close()
        process.join(timeout=10)
        if process.is_alive():
            process.kill()
            process.join()


@dataclass(frozen=True)
class BareRequest:
    """What the library sends for the seed, built once: the bare path pays nothing for it."""

    model: str
    messages: list[dict[str, str]]
    response_model: type[BaseModel]
    params: dict[str, Any]


def bare_model(spec: AnswerSpec) -> type[BaseModel]:
    """A response model for plain instructor use that sends ``spec``'s JSON Schema and
    validates as ``spec`` does: one class for one article, its schema built once, as
    the library's per-article models were before the static answer models. It is an
    instructor ``ResponseSchema`` already, so instructor uses it as it is.

    instructor's ``create(context=...)`` would also render the messages as Jinja
    templates, so the article's validation context is bound here instead."""
    schema, context = spec.json_schema, spec.context

    class Bare(spec.model, ResponseSchema):  # type: ignore[misc,valid-type]  # spec.model is a value
        @classmethod
        def model_json_schema(cls, *args: Any, **kwargs: Any) -> dict[str, Any]:
            return schema

        @classmethod
        def model_validate_json(cls, json_data: str | bytes, **kwargs: Any) -> Any:
            return super().model_validate_json(json_data, **{**kwargs, "context": context})

    Bare.__name__ = Bare.__qualname__ = spec.model.__name__
    return Bare


def build_bare_request(text: str, base_url: str) -> BareRequest:
    """The response model, messages and parameters the library uses for ``text`` with
    model="embedded" at ``base_url`` (from ``session.whole_request`` and the profile,
    as ``_client._ask`` sends them)."""
    endpoint = resolve_endpoint("embedded", base_url, None)
    spec, prompt = whole_request(analyse(text), endpoint)
    fields = endpoint.profile.request(spec.json_schema, spec.model.__name__, max_tokens=endpoint.profile.max_tokens)
    return BareRequest(endpoint.model, prompt.messages(), bare_model(spec), create_params(fields))


def create_params(fields: dict[str, Any]) -> dict[str, Any]:
    """Request body ``fields`` (``Profile.request``) as arguments of ``chat.completions.create``,
    the way an instructor user writes them: the OpenAI parameters as they are, the rest
    (for llama.cpp: the response format with its schema, the repeat penalty) in ``extra_body``.
    instructor's JSON_SCHEMA mode adds its own ``response_format``, which ``extra_body``
    then overrides in the body sent."""
    typed = {"max_tokens", "seed", "temperature"}
    params = {k: v for k, v in fields.items() if k in typed}
    extra = {k: v for k, v in fields.items() if k not in typed}
    return {**params, "extra_body": extra} if extra else params


_SSL_CONTEXT: ssl.SSLContext | None = None


def instructor_client(base_url: str) -> tuple[openai.AsyncOpenAI, Any]:
    """(the openai client, to close; instructor's client on it, JSON_SCHEMA mode).

    Like the library, it loads the CA bundle once per process, not once per client
    (40-75 ms each time), so one-shot calls compare like for like.
    """
    global _SSL_CONTEXT
    if _SSL_CONTEXT is None:
        _SSL_CONTEXT = httpx2.create_ssl_context()
    raw = openai.AsyncOpenAI(
        base_url=base_url, api_key="x", http_client=openai.DefaultAsyncHttpxClient(verify=_SSL_CONTEXT)
    )
    return raw, instructor.from_openai(raw, mode=instructor.Mode.JSON_SCHEMA)


async def bare_call(client: Any, request: BareRequest) -> BaseModel:
    """One bare instructor call: one attempt, its answer validated once."""
    value: BaseModel = await client.chat.completions.create(
        response_model=request.response_model,
        messages=request.messages,
        model=request.model,
        max_retries=1,  # instructor: one attempt in all
        **request.params,
    )
    return value


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms"


def summary_stats(samples: list[float]) -> tuple[float, float]:
    """(median, mean)."""
    return statistics.median(samples), statistics.fmean(samples)


def print_header(title: str) -> None:
    print(title)
    print("=" * len(title))
    print(machine_info())
    sys.stdout.flush()
