"""Tokens and time: evidence by reference vs asking the model to copy quotes.

On the seed article and the embedded model (SmolLM2-135M-Instruct served by
llama-cpp-python on 127.0.0.1), measures the calls, prompt tokens, completion tokens and
wall time of:

* (a) ``summarize(text, model="embedded", base_url=..., cache=False)``: the library's
  request, which numbers the sentences and quotes and gets IDs back;
* (b) a plain instructor request for the same three classes as free text (events:
  what/who/whom/where/when; claims: statement/source; quotes: text/speaker), the system
  prompt asking for quotes copied verbatim. Same output mode as the library uses for
  the embedded model (JSON_SCHEMA mode with ``response_format={"type": "json_object",
  "schema": ...}`` in ``extra_body``), the same generation settings
  (``Profile.generation()``: temperature 0, seed, max_tokens, repeat_penalty), list
  and length bounds like the library's (without them SmolLM2 loops until max_tokens),
  and instructor's own re-asks with the library's ``max_retries``;
* (c) langextract (``lx.extract``) with extraction classes event, claim and quote, a
  one-paragraph prompt description and one few-shot example, through its OpenAI
  provider pointed at the same server, with its defaults otherwise (it splits the text
  into chunks of ``max_char_buffer=1000`` characters, one request each, sent one after
  another, as the server answers them anyway). It runs in a separate interpreter
  (``bench/_langextract_job.py``) because langextract pulls a newer openai than the
  library pins. Two things it cannot do against this server are
  done for it, so that it gets the same footing as (a) and (b): its schema constraints
  send response_format type "json_schema", which llama-cpp-python's server rejects, so
  its own schema (``OpenAISchema.from_examples``) goes as ``{"type": "json_object",
  "schema": ...}`` through its ``response_format`` parameter; and its provider forwards
  a fixed list of parameters without ``repeat_penalty``, so the proxy adds the
  library's. ``--langextract-raw`` sends its requests as it makes them by itself
  (``{"type": "json_object"}``, any JSON, no repeat penalty).

Every token is counted the same way: a counting reverse proxy on 127.0.0.1 in front of
the model server sums ``usage.prompt_tokens`` / ``usage.completion_tokens`` of every
response, re-asks and chunks included, and each of (a), (b), (c) talks to the proxy.
The grounding columns count the quotes each answer gives, how many occur verbatim in
the article (ignoring quote-mark style and whitespace), and how many of those lie inside
the article's own quote marks ("real"). The figures of merit are completion tokens
(a)/(b) (target <= 0.5) and total tokens (a)/(c) (target <= 0.6).

Run: ``python bench/tokens.py`` (on 2 idle cores about a minute, three minutes with (c); longer
when other work shares the cores, which changes the wall times but not the token
counts). (c) runs where langextract is importable here, or with ``--langextract-python
PATH`` naming an interpreter that has it; otherwise it is skipped, with a message.
Set that interpreter up with ``python3 -m venv /tmp/venv-lx && /tmp/venv-lx/bin/pip
install 'langextract[openai]'``, then ``python bench/tokens.py --langextract-python
/tmp/venv-lx/bin/python``. ``--repeat N`` runs each request N times, to check that the
answers, and so the counts, do not change between runs; ``--show-answers`` prints every
completion; ``--only ab`` runs some of the three.
"""

from __future__ import annotations

import argparse
import http.client
import importlib.util
import json
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import _common
import instructor
import openai
from instructor.core.exceptions import IncompleteOutputException, InstructorRetryException
from pydantic import BaseModel, Field

from summarizer import summarize
from summarizer._llm.embedded import server_url
from summarizer._llm.endpoint import Endpoint, resolve_endpoint
from summarizer._pipeline.session import DEFAULT_MAX_RETRIES
from summarizer._text.article import prepare

COMPLETION_TARGET = 0.5  # completion tokens (a)/(b)
TOTAL_TARGET = 0.6  # total tokens (a)/(c)
LANGEXTRACT_JOB = Path(__file__).resolve().parent / "_langextract_job.py"
# Long enough that a client never gives up on a slow answer and asks again, which would
# count a second request: on shared cores one answer has taken over three minutes.
CLIENT_TIMEOUT_S = 900.0


# --- the counting proxy -------------------------------------------------------------


@dataclass(frozen=True)
class Call:
    """One request the proxy forwarded, and what the server said about it."""

    status: int
    prompt_tokens: int
    completion_tokens: int
    finish_reason: str | None
    content: str | None  # the completion's text
    abandoned: bool = False  # the client had hung up (timed out) before the answer came


class CountingProxy:
    """A reverse proxy on 127.0.0.1 that counts calls and tokens from each response.

    ``fill`` adds parameters to the JSON request bodies that lack them (for a client
    that cannot send them itself). One connection per request (HTTP/1.0), which costs
    nothing next to seconds of generation and keeps the proxy simple.
    """

    def __init__(self, upstream: str) -> None:
        parts = urlsplit(upstream)
        assert parts.hostname is not None and parts.port is not None, upstream
        self._host, self._port, self._prefix = parts.hostname, parts.port, parts.path.rstrip("/")
        self.fill: dict[str, Any] = {}
        self._calls: list[Call] = []
        self._lock = threading.Lock()
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                proxy._forward(self)

            def do_GET(self) -> None:
                proxy._forward(self)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, name="token-proxy", daemon=True)
        self._thread.start()
        self.base_url = f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def _forward(self, handler: BaseHTTPRequestHandler) -> None:
        body = handler.rfile.read(int(handler.headers.get("Content-Length") or 0))
        if body and self.fill:
            request = json.loads(body)
            if isinstance(request, dict):
                body = json.dumps({**self.fill, **request}).encode()
        path = self._prefix + handler.path.removeprefix("/v1")
        upstream = http.client.HTTPConnection(self._host, self._port, timeout=CLIENT_TIMEOUT_S)
        try:
            upstream.request(
                handler.command,
                path,
                body=body or None,
                headers={"Content-Type": "application/json", "Accept": "application/json"},
            )
            response = upstream.getresponse()
            status, data = response.status, response.read()
            content_type = response.getheader("Content-Type", "application/json")
        finally:
            upstream.close()
        abandoned = False
        try:
            handler.send_response(status)
            handler.send_header("Content-Type", content_type)
            handler.send_header("Content-Length", str(len(data)))
            handler.end_headers()
            handler.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            abandoned = True  # the server spent the tokens all the same: count them, flagged
        if handler.path.endswith("/chat/completions"):
            self._record(status, data, abandoned)

    def _record(self, status: int, data: bytes, abandoned: bool) -> None:
        usage: dict[str, Any] = {}
        finish, content = None, None
        try:
            answer = json.loads(data)
            usage = answer.get("usage") or {}
            choice = (answer.get("choices") or [{}])[0]
            finish, content = choice.get("finish_reason"), (choice.get("message") or {}).get("content")
        except (ValueError, AttributeError):
            pass
        call = Call(
            status,
            int(usage.get("prompt_tokens") or 0),
            int(usage.get("completion_tokens") or 0),
            finish,
            content,
            abandoned,
        )
        with self._lock:
            self._calls.append(call)

    def take(self) -> list[Call]:
        """The calls since the last take, in the order they were answered."""
        with self._lock:
            calls, self._calls = self._calls, []
        return calls

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


# --- grounding: do the "verbatim" quotes occur in the article? ---------------------

_MARKS = str.maketrans(
    {
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
    }
)
_TRIM = " \"'.,;:!?"


def _normalized(text: str) -> tuple[str, list[int]]:
    """The text with straight quote marks and single spaces, and each character's index in ``text``."""
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text.translate(_MARKS)):
        if ch.isspace():
            if out and out[-1] == " ":
                continue
            ch = " "
        out.append(ch)
        where.append(i)
    return "".join(out), where


class Grounding:
    """Finds a quote in the article and tells whether it lies inside the article's quote marks."""

    def __init__(self, article: str) -> None:
        self.article = article
        self._norm, self._where = _normalized(article)
        self.quote_spans = [(q.start, q.end) for q in prepare(article).quotes]

    def locate(self, quote: str) -> tuple[int, int] | None:
        needle = _normalized(quote)[0].strip(_TRIM)
        if not needle:
            return None
        at = self._norm.find(needle)
        if at < 0:
            return None
        return self._where[at], self._where[at + len(needle) - 1] + 1

    def inside_quote_marks(self, span: tuple[int, int]) -> bool:
        return any(start <= span[0] and span[1] <= end for start, end in self.quote_spans)


@dataclass
class Quotes:
    found: int = 0
    verbatim: int = 0
    real: int = 0  # verbatim and inside the article's quote marks

    @classmethod
    def of(cls, grounding: Grounding, texts: list[str]) -> Quotes:
        tally = cls(found=len(texts))
        for text in texts:
            span = grounding.locate(text)
            if span is not None:
                tally.verbatim += 1
                tally.real += grounding.inside_quote_marks(span)
        return tally


# --- the three runs -------------------------------------------------------------------


@dataclass
class Run:
    label: str
    calls: list[Call]
    seconds: float
    quotes: Quotes | None
    outcome: str  # what came back, in a few words
    ok: bool = True  # False when the request failed in a way that makes its figures meaningless
    notes: list[str] = field(default_factory=list)

    @property
    def prompt(self) -> int:
        return sum(c.prompt_tokens for c in self.calls)

    @property
    def completion(self) -> int:
        return sum(c.completion_tokens for c in self.calls)

    @property
    def total(self) -> int:
        return self.prompt + self.completion

    def counts(self) -> tuple[int, int, int]:
        return len(self.calls), self.prompt, self.completion


def run_ours(proxy: CountingProxy, text: str, grounding: Grounding) -> Run:
    proxy.fill = {}
    start = time.perf_counter()
    try:
        result = summarize(text, model="embedded", base_url=proxy.base_url, cache=False, timeout=CLIENT_TIMEOUT_S)
    except Exception as exc:  # report it with the tokens it spent; the bench goes on
        seconds = time.perf_counter() - start
        first_line = str(exc).splitlines()[0] if str(exc) else ""
        return Run("(a)", proxy.take(), seconds, None, f"FAILED {type(exc).__name__}: {first_line[:120]}", ok=False)
    seconds = time.perf_counter() - start
    calls = proxy.take()
    quotes = Quotes.of(grounding, [q.text for q in result.quotes])
    exact = sum(result.text[q.start : q.end] == q.text for q in result.quotes)
    usage = result.usage
    notes = [
        f"{len(result.events)} events, {len(result.claims)} claims, {len(result.quotes)} quotes; "
        f"quotes with article[start:end] == text: {exact}/{len(result.quotes)}"
    ]
    if (usage.calls, usage.prompt_tokens, usage.completion_tokens) != (
        len(calls),
        sum(c.prompt_tokens for c in calls),
        sum(c.completion_tokens for c in calls),
    ):
        notes.append(f"the library's own usage differs from the proxy's count: {usage}")
    return Run("(a)", calls, seconds, quotes, f"summary, {result.provenance.attempts} attempt(s)", notes=notes)


class CopiedEvent(BaseModel):
    what: str = Field(max_length=120, description="What happened, briefly.")
    who: str | None = Field(default=None, max_length=80, description="Who acted.")
    whom: str | None = Field(default=None, max_length=80, description="On whom or what.")
    where: str | None = Field(default=None, max_length=80, description="Where.")
    when: str | None = Field(default=None, max_length=80, description="When.")


class CopiedClaim(BaseModel):
    statement: str = Field(max_length=160, description="The assertion, briefly.")
    source: str | None = Field(default=None, max_length=80, description="Who makes it.")


class CopiedQuote(BaseModel):
    text: str = Field(max_length=400, description="The quoted words, copied verbatim from the article.")
    speaker: str | None = Field(default=None, max_length=80, description="Who said them.")


class CopiedExtraction(BaseModel):
    events: list[CopiedEvent] = Field(max_length=4)
    claims: list[CopiedClaim] = Field(max_length=4)
    quotes: list[CopiedQuote] = Field(max_length=6)


COPY_SYSTEM_PROMPT = (
    "You extract structured information from a news article and answer in JSON. List the "
    "main events (what happened, who acted, on whom or what, where and when), the claims "
    "the article attributes to someone (the statement and its source) and the direct "
    "quotes. Copy each quote's words verbatim from the article, without the quote marks, "
    "and name its speaker. Use only what the article says; leave a field null when the "
    "article does not say."
)


def _generation(endpoint: Endpoint, schema: dict[str, Any], name: str) -> dict[str, Any]:
    """The library's request parameters for the embedded model (its profile's, as
    ``_client._ask`` sends them)."""
    return _common.create_params(endpoint.profile.request(schema, name, max_tokens=endpoint.profile.max_tokens))


def _quotes_in_raw(content: str | None) -> list[str]:
    """Quote texts from an answer that failed validation, where its JSON still parses."""
    try:
        answer = json.loads(content or "")
        return [str(q.get("text", "")) for q in answer.get("quotes", []) if isinstance(q, dict)]
    except (ValueError, AttributeError):
        return []


def run_copying(proxy: CountingProxy, text: str, grounding: Grounding) -> Run:
    proxy.fill = {}
    endpoint = resolve_endpoint("embedded", proxy.base_url, None)
    params = _generation(endpoint, CopiedExtraction.model_json_schema(), CopiedExtraction.__name__)
    raw = openai.OpenAI(base_url=proxy.base_url, api_key=endpoint.api_key, max_retries=0, timeout=CLIENT_TIMEOUT_S)
    client = instructor.from_openai(raw, mode=instructor.Mode.JSON_SCHEMA)
    start = time.perf_counter()
    value: CopiedExtraction | None = None
    try:
        value = client.chat.completions.create(
            response_model=CopiedExtraction,
            messages=[{"role": "system", "content": COPY_SYSTEM_PROMPT}, {"role": "user", "content": text}],
            model=endpoint.model,
            max_retries=DEFAULT_MAX_RETRIES,
            **params,
        )
        outcome = "valid answer"
    except IncompleteOutputException:
        outcome = f"cut off at max_tokens={endpoint.profile.max_tokens} (instructor does not re-ask)"
    except InstructorRetryException as exc:
        last = exc.failed_attempts[-1].exception if exc.failed_attempts else exc
        outcome = f"no valid answer ({type(last).__name__})"
    finally:
        seconds = time.perf_counter() - start
        raw.close()
    calls = proxy.take()
    if value is not None:
        quotes = Quotes.of(grounding, [q.text for q in value.quotes])
        notes = [f"{len(value.events)} events, {len(value.claims)} claims, {len(value.quotes)} quotes"]
    else:
        quotes = Quotes.of(grounding, _quotes_in_raw(calls[-1].content if calls else None))
        notes = ["quotes counted from the last attempt's raw JSON"]
    return Run("(b)", calls, seconds, quotes, f"{outcome}, {len(calls)} attempt(s)", notes=notes)


def run_langextract(proxy: CountingProxy, python: str, text: str, grounding: Grounding, raw: bool) -> Run:
    endpoint = resolve_endpoint("embedded", proxy.base_url, None)
    generation = endpoint.profile.generation()
    proxy.fill = {} if raw else dict(generation.get("extra_body", {}))
    job = {
        "text": text,
        "base_url": proxy.base_url,
        "model": endpoint.model,
        "temperature": generation["temperature"],
        "seed": generation["seed"],
        "max_tokens": generation["max_tokens"],
        "schema": not raw,
    }
    start = time.perf_counter()
    try:
        done = subprocess.run(
            [python, str(LANGEXTRACT_JOB)], input=json.dumps(job), capture_output=True, text=True, timeout=1800
        )
    except subprocess.TimeoutExpired:
        proxy.fill = {}
        return Run("(c)", proxy.take(), time.perf_counter() - start, None, "FAILED: no answer in 1800 s", ok=False)
    process_seconds = time.perf_counter() - start
    proxy.fill = {}
    calls = proxy.take()
    if done.returncode != 0:
        tail = done.stderr.strip().splitlines()[-1:] or ["(no output)"]
        return Run("(c)", calls, process_seconds, None, f"FAILED: {tail[0][:160]}", ok=False)
    answer = json.loads(done.stdout)
    extractions = answer["extractions"]
    by_class: dict[str, int] = {}
    for e in extractions:
        by_class[e["class"]] = by_class.get(e["class"], 0) + 1
    aligned: dict[str, int] = {}
    for e in extractions:
        aligned[str(e["alignment"])] = aligned.get(str(e["alignment"]), 0) + 1
    quotes = Quotes.of(grounding, [e["text"] for e in extractions if e["class"] == "quote"])
    notes = [
        f"langextract {answer['version']}; extractions by class {dict(sorted(by_class.items()))}; "
        f"its alignment of them {dict(sorted(aligned.items()))}",
        f"wall time is lx.extract's; the subprocess with imports took {process_seconds:.1f} s",
        "as langextract sends them: response_format json_object without a schema, no repeat_penalty"
        if raw
        else f"langextract's own schema as json_object schema; the proxy added {proxy_fill_text(generation)}",
    ]
    return Run("(c)", calls, answer["seconds"], quotes, f"{len(extractions)} extractions", notes=notes)


def proxy_fill_text(generation: dict[str, Any]) -> str:
    return ", ".join(f"{k}={v}" for k, v in generation.get("extra_body", {}).items())


# --- the report ----------------------------------------------------------------------


def langextract_python(option: str | None) -> tuple[str | None, str]:
    """(interpreter to run langextract with, or None; why)."""
    if option:
        check = subprocess.run([option, "-c", "import langextract, openai"], capture_output=True, text=True)
        if check.returncode != 0:
            return None, f"{option} cannot import langextract and openai: pip install 'langextract[openai]'"
        return option, f"langextract in {option}"
    if importlib.util.find_spec("langextract") is not None:
        return sys.executable, "langextract in this interpreter"
    return None, (
        "langextract is not installed here; to run (c), make a separate venv "
        "(python3 -m venv /tmp/venv-lx && /tmp/venv-lx/bin/pip install 'langextract[openai]') and pass "
        "--langextract-python /tmp/venv-lx/bin/python"
    )


def warm_up(upstream: str) -> None:
    """One tiny untimed request: the first generation after loading pays for paging the model in."""
    client = openai.OpenAI(base_url=upstream, api_key="x", max_retries=0, timeout=120)
    try:
        client.chat.completions.create(
            model="smollm2-135m-instruct", messages=[{"role": "user", "content": "Hi"}], max_tokens=1
        )
    finally:
        client.close()


LABELS = {
    "(a)": "(a) summarize(): evidence by reference",
    "(b)": "(b) instructor, quotes copied verbatim",
    "(c)": "(c) langextract",
}


def print_table(runs: list[Run], seconds: dict[str, float]) -> None:
    print(
        f"{'request':<42}{'calls':>6}{'prompt':>8}{'compl.':>8}{'total':>8}{'wall s':>8}"
        f"{'quotes':>8}{'verbatim':>10}{'real':>6}"
    )
    print("-" * 104)
    for run in runs:
        q = run.quotes
        grounding = f"{q.found:>8}{q.verbatim:>10}{q.real:>6}" if q is not None else f"{'-':>8}{'-':>10}{'-':>6}"
        print(
            f"{LABELS[run.label]:<42}{len(run.calls):>6}{run.prompt:>8}{run.completion:>8}{run.total:>8}"
            f"{seconds[run.label]:>8.1f}{grounding}"
        )
    print("-" * 104)


def print_details(runs: list[Run], show_answers: bool) -> None:
    for run in runs:
        print(f"{run.label} {run.outcome}")
        for note in run.notes:
            print(f"    {note}")
        for i, call in enumerate(run.calls, 1):
            status = "" if call.status == 200 else f" HTTP {call.status}"
            if call.abandoned:
                status += " (ABANDONED: the client had timed out and asked again)"
            print(
                f"    call {i}: {call.prompt_tokens} prompt + {call.completion_tokens} completion tokens, "
                f"finish_reason={call.finish_reason}{status}"
            )
            if show_answers:
                print(f"      {(call.content or '')[:2000]!r}")


def _completion(run: Run) -> int:
    return run.completion


def _total(run: Run) -> int:
    return run.total


def ratio_line(name: str, ours: Run | None, theirs: Run | None, get: Callable[[Run], int], target: float | None) -> str:
    if ours is None or theirs is None:
        return f"{name}: not measured"
    if not (ours.ok and theirs.ok) or get(theirs) == 0:
        return f"{name}: n/a (a run failed)"
    value = get(ours) / get(theirs)
    line = f"{name} = {get(ours)}/{get(theirs)} = {value:.2f}"
    if target is None:
        return line
    return line + f" (target <= {target}): " + ("met" if value <= target else "NOT met")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument(
        "--langextract-python", metavar="PATH", help="a Python interpreter that has langextract[openai], for (c)"
    )
    parser.add_argument(
        "--langextract-raw",
        action="store_true",
        help="send langextract's requests as it makes them (no schema, no repeat_penalty)",
    )
    parser.add_argument("--repeat", type=int, default=1, help="run each request N times (default 1)")
    parser.add_argument("--only", default="abc", help="which of a, b, c to run (default abc)")
    parser.add_argument("--show-answers", action="store_true", help="print each completion's text")
    args = parser.parse_args(argv)

    lx_python, lx_why = langextract_python(args.langextract_python) if "c" in args.only else (None, "not asked")
    if args.langextract_python and "c" in args.only and lx_python is None:
        parser.error(lx_why)  # asked for (c) by name: do not quietly skip it

    _common.print_header("Tokens per article: evidence by reference vs copied quotes (embedded model)")
    text = _common.seed_text()
    grounding = Grounding(text)
    upstream = server_url()
    warm_up(upstream)
    proxy = CountingProxy(upstream)
    print(f"model server: llama-cpp-python at {upstream}; counting proxy at {proxy.base_url}")
    print(
        f"article: {_common.SEED.name}, {len(text)} characters, {len(grounding.quote_spans)} direct quotes "
        f"between quote marks; max_retries={DEFAULT_MAX_RETRIES}; (c): {lx_why}"
    )
    sys.stdout.flush()

    rounds: list[dict[str, Run]] = []
    try:
        for _ in range(max(1, args.repeat)):
            runs: dict[str, Run] = {}
            if "a" in args.only:
                runs["(a)"] = run_ours(proxy, text, grounding)
            if "b" in args.only:
                runs["(b)"] = run_copying(proxy, text, grounding)
            if "c" in args.only and lx_python is not None:
                runs["(c)"] = run_langextract(proxy, lx_python, text, grounding, args.langextract_raw)
            rounds.append(runs)
    finally:
        proxy.close()

    first = rounds[0]
    print()
    # Other work on shared cores only ever adds time: with repeats, the fastest run is
    # the one least disturbed.
    print_table(list(first.values()), {label: min(r[label].seconds for r in rounds) for label in first})
    print("quotes: how many the answer gives; verbatim: found in the article (quote-mark style and")
    print(
        "whitespace aside); real: verbatim and inside the article's own quote marks."
        + (f" wall s: the fastest of {len(rounds)} runs." if len(rounds) > 1 else "")
    )
    abandoned = sum(c.abandoned for r in rounds for run in r.values() for c in run.calls)
    if abandoned:
        print(f"WARNING: {abandoned} answer(s) came after their client had timed out; their tokens are counted")
    print()
    print_details(list(first.values()), args.show_answers)
    if len(rounds) > 1:
        print(f"\nrepeats ({len(rounds)} runs of each): (calls, prompt, completion) per run")
        for label in first:
            counts = [r[label].counts() for r in rounds]
            same = "identical" if len(set(counts)) == 1 else "DIFFER"
            seconds = ", ".join(f"{r[label].seconds:.1f}" for r in rounds)
            print(f"  {label}: {same}: {counts}; wall s {seconds}")
    print()
    a, b, c = first.get("(a)"), first.get("(b)"), first.get("(c)")
    for name, theirs, get in (("total (a)/(b)", b, _total), ("completion (a)/(c)", c, _completion)):
        if theirs is not None:
            print("for reference: " + ratio_line(name, a, theirs, get, None))
    print("RESULT " + ratio_line("completion (a)/(b)", a, b, _completion, COMPLETION_TARGET))
    if c is None and "c" in args.only:
        print("RESULT total (a)/(c): skipped: " + lx_why)
    else:
        print("RESULT " + ratio_line("total (a)/(c)", a, c, _total, TOTAL_TARGET))
    return 0 if all(run.ok for r in rounds for run in r.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
