"""Loopback fakes of three wire protocols (OpenAI chat completions, Anthropic Messages,
Gemini generateContent), each checking every request against its provider's
documented constraints, and each answer against the schema of the request it answers,
as these providers enforce it. Their answers (and the error bodies of the error tests)
are written in the test code that drives them: they are not recordings of any provider.

A fake answers a request that breaks a constraint the way the provider would, with a
400 naming the constraint, and keeps the violation in ``violations``; a test asserts
that list is empty. The documented constraints checked, with where they are stated:

* OpenAI Structured Outputs, "Supported schemas" (developers.openai.com, guide
  structured-outputs): ``strict: true``; every object ``additionalProperties: false``
  with every property ``required``; no ``allOf``/``not``/``if``/``then``/``else``/
  ``dependentRequired``/``dependentSchemas``, no ``default``; "up to 5000 object
  properties total, with up to 10 levels of nesting"; "up to 1000 enum values across all
  enum properties"; "for a single enum property with string values, the total string
  length of all enum values cannot exceed 15,000 characters when there are more than
  250 enum values"; "total string length of all property names, definition names, enum
  values, and const values cannot exceed 120,000 characters".
* OpenAI chat completions reference: ``max_tokens`` is deprecated and "not compatible
  with o-series models"; reasoning models take ``max_completion_tokens`` and reject
  ``temperature``. Mistral: ``random_seed``, not ``seed``. Azure: ``api-key`` header,
  ``api-version`` query on a classic deployment URL.
* Anthropic (platform.claude.com, structured-outputs; Messages reference):
  ``x-api-key`` and ``anthropic-version`` headers; ``max_tokens`` required; roles
  alternate starting with ``user``; ``output_config.format`` ``json_schema``;
  ``additionalProperties: false``; no ``minimum``/``maximum``/``minLength``/
  ``maxLength``; ``minItems`` only 0 or 1; at most 24 optional and 16 union-typed
  parameters.
* Gemini (ai.google.dev, structured-output; REST ``Schema``): ``x-goog-api-key``;
  ``generationConfig`` fields; ``responseSchema`` an OpenAPI subset (no ``$ref``,
  ``$defs``, ``additionalProperties``, ``const``); enums: no documented number, the
  library's budget (60 values) is checked as the bound.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self
from urllib.parse import parse_qs, urlsplit

from summarizer._llm.schema import GEMINI_LIMITS, OPENAI_LIMITS, enum_stats, within
from summarizer.testing import schema_errors

# A reply: the body (200), or (status, body), or (status, body, headers).
Answer = Callable[["Seen"], dict[str, Any] | tuple[int, dict[str, Any]] | tuple[int, dict[str, Any], dict[str, str]]]


@dataclass
class Seen:
    """One request as the fake received it."""

    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]  # lower-case names
    raw: bytes
    body: dict[str, Any]

    @property
    def schema(self) -> dict[str, Any] | None:
        b = self.body
        if "response_format" in b:
            return b["response_format"].get("json_schema", {}).get("schema") or b["response_format"].get("schema")
        if "output_config" in b:
            return b["output_config"]["format"]["schema"]
        return b.get("generationConfig", {}).get("responseSchema")


class Loopback:
    """A threaded HTTP server on 127.0.0.1 (an ephemeral port), started by ``with`` and
    stopped after it; a subclass builds its handler and calls ``_serve``."""

    _server: ThreadingHTTPServer
    _thread: threading.Thread

    def _serve(self, handler: type[BaseHTTPRequestHandler]) -> None:
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()


@dataclass
class Fake(Loopback):
    """A loopback server for one wire protocol; ``answer`` gives each reply, which must
    match the schema of the request it answers (see ``answer_problems``)."""

    wire: str  # "chat", "anthropic", "gemini"
    answer: Answer
    key: str | None = None  # the key this provider must see, and only this one
    options: dict[str, Any] = field(default_factory=dict)
    seen: list[Seen] = field(default_factory=list)
    violations: list[str] = field(default_factory=list)
    # Canned answers the provider could not have given: they fail the schema of the
    # request they answer. Leaving the ``with`` block fails the test (see answer_problems).
    answer_violations: list[str] = field(default_factory=list)

    def __exit__(self, exc_type: object, *exc: object) -> None:
        super().__exit__(exc_type, *exc)
        if self.answer_violations and exc_type is None:
            raise AssertionError(
                "the test's canned answers fail the schema of the requests they answer, which "
                "this provider enforces:\n" + "\n".join(self.answer_violations)
            )

    def __post_init__(self) -> None:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                raw = self.rfile.read(int(self.headers["Content-Length"]))
                url = urlsplit(self.path)
                seen = Seen(
                    url.path, parse_qs(url.query), {k.lower(): v for k, v in self.headers.items()}, raw, json.loads(raw)
                )
                fake.seen.append(seen)
                problems = CHECKS[fake.wire](seen, fake)
                fake.violations += problems
                status, reply, headers = (
                    (400, {"error": {"message": "; ".join(problems)}}, {}) if problems else _reply(fake, seen)
                )
                if status == 200:
                    wrong = answer_problems(fake.wire, seen, reply)
                    fake.violations += wrong
                    fake.answer_violations += wrong
                data = json.dumps(reply).encode()
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._serve(Handler)


def _reply(fake: Fake, seen: Seen) -> tuple[int, dict[str, Any], dict[str, str]]:
    made = fake.answer(seen)
    if not isinstance(made, tuple):
        return 200, made, {}
    if len(made) == 2:
        return made[0], made[1], {}
    return made


# ------------------------------------------------------------------ answers, per wire


def _answer_text(wire: str, reply: dict[str, Any]) -> tuple[str | None, bool]:
    """The text of a canned reply, and whether the model finished it (not cut off or filtered)."""
    if wire == "chat":
        choice = (reply.get("choices") or [{}])[0]
        return choice.get("message", {}).get("content"), choice.get("finish_reason") == "stop"
    if wire == "anthropic":
        text = "".join(b.get("text", "") for b in reply.get("content") or [] if b.get("type") == "text")
        return text, reply.get("stop_reason") == "end_turn"
    candidate = (reply.get("candidates") or [{}])[0]
    text = "".join(p.get("text", "") for p in (candidate.get("content") or {}).get("parts") or [])
    return text, candidate.get("finishReason", "STOP") == "STOP"


def answer_problems(wire: str, seen: Seen, reply: dict[str, Any]) -> list[str]:
    """How a canned answer fails the schema of the request it answers. These providers
    decode under the schema (OpenAI ``strict``, Anthropic ``output_config``, Gemini
    ``responseSchema``), so a finished answer always matches it; an answer written in a
    test that does not proves less than it seems."""
    schema = seen.schema
    text, finished = _answer_text(wire, reply)
    if schema is None or not finished or text is None:
        return []
    try:
        answer = json.loads(text)
    except ValueError:
        return [f"a finished answer is not JSON: {text[:80]!r}"]
    return [f"answer fails the request's schema: {error}" for error in schema_errors(answer, schema)]


def chat_reply(
    content: str, *, prompt: int = 1000, completion: int = 100, reasoning: int = 0, cached: int = 0
) -> dict[str, Any]:
    return {
        "id": "fake",
        "object": "chat.completion",
        "created": 0,
        "model": "fake",
        "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": content}}],
        "usage": {
            "prompt_tokens": prompt,
            "completion_tokens": completion,
            "total_tokens": prompt + completion,
            "completion_tokens_details": {"reasoning_tokens": reasoning},
            "prompt_tokens_details": {"cached_tokens": cached},
        },
    }


def anthropic_reply(content: str, *, stop: str = "end_turn", cache_read: int = 0) -> dict[str, Any]:
    return {
        "id": "msg_fake",
        "type": "message",
        "role": "assistant",
        "model": "claude-fake",
        "content": [{"type": "text", "text": content}],
        "stop_reason": stop,
        # input_tokens leaves out the tokens read from the cache (Anthropic's usage object).
        "usage": {"input_tokens": 1000 - cache_read, "output_tokens": 100, "cache_read_input_tokens": cache_read},
    }


def gemini_reply(content: str, *, finish: str = "STOP", thoughts: int = 50, cached: int = 0) -> dict[str, Any]:
    return {
        "candidates": [{"content": {"role": "model", "parts": [{"text": content}]}, "finishReason": finish}],
        # promptTokenCount includes cachedContentTokenCount.
        "usageMetadata": {
            "promptTokenCount": 1000,
            "candidatesTokenCount": 100,
            "thoughtsTokenCount": thoughts,
            "cachedContentTokenCount": cached,
        },
    }


def minimal_answer(schema: dict[str, Any]) -> dict[str, Any]:
    """A valid answer to any of the library's answer schemas: a summary the article
    cannot contradict and empty lists (no event, claim or speaker is invented)."""
    answer: dict[str, Any] = {}
    for name, prop in schema.get("properties", {}).items():
        kind = prop.get("type")
        answer[name] = [] if kind == "array" else "The article reports what happened."
    return answer


# ------------------------------------------------------------------ schema walks


def _nodes(node: Any, depth: int = 0) -> Iterator[tuple[int, dict[str, Any]]]:
    if isinstance(node, dict):
        yield depth, node
        for key, value in node.items():
            if key in ("properties", "$defs", "definitions") and isinstance(value, dict):
                for sub in value.values():
                    yield from _nodes(sub, depth + (key == "properties"))
            elif key in ("items", "anyOf"):
                for sub in value if isinstance(value, list) else [value]:
                    yield from _nodes(sub, depth)


def _keywords(schema: dict[str, Any]) -> set[str]:
    return {k for _, node in _nodes(schema) for k in node}


def _enum_problems(schema: dict[str, Any], limits: Any, who: str) -> list[str]:
    total, chars, enums = enum_stats(schema)
    if within(schema, limits):
        return []
    return [f"{who}: schema over its enum limits ({total} values, {chars} characters, enums {enums[:3]}...)"]


# ------------------------------------------------------------------ checks, per wire

_OPENAI_UNSUPPORTED = {"allOf", "not", "if", "then", "else", "dependentRequired", "dependentSchemas", "default"}
_REASONING = re.compile(r"^(o\d+(-.*)?|gpt-5(?!.*-chat).*)$")


def _closed_objects(schema: dict[str, Any]) -> list[str]:
    problems = []
    for _, node in _nodes(schema):
        if node.get("type") == "object" or "properties" in node:
            if node.get("additionalProperties") is not False:
                problems.append("additionalProperties: false must always be set in objects")
            if "required" in node and set(node["required"]) != set(node.get("properties", {})):
                problems.append("all fields must be required")
    return problems


def _key_problems(seen: Seen, fake: Fake, header: str, value: str | None) -> list[str]:
    problems = []
    if fake.key is not None and value != fake.key:
        problems.append(f"{header} is {value!r}, not this provider's key")
    for other in fake.options.get("foreign_keys", ()):
        if other.encode() in seen.raw or any(other in v for v in seen.headers.values()):
            problems.append("another provider's key was sent here")
    return problems


def _chat_auth(seen: Seen, fake: Fake, flavour: str) -> list[str]:
    if flavour != "azure":
        bearer = seen.headers.get("authorization", "").removeprefix("Bearer ")
        return _key_problems(seen, fake, "Authorization", bearer)
    problems = _key_problems(seen, fake, "api-key", seen.headers.get("api-key"))
    if "authorization" in seen.headers:
        problems.append("Azure takes the key in api-key, not Authorization")
    if "/deployments/" in seen.path and "api-version" not in seen.query:
        problems.append("a classic Azure deployment URL needs ?api-version=")
    return problems


def check_chat(seen: Seen, fake: Fake) -> list[str]:
    b = seen.body
    flavour = fake.options.get("flavour", "openai")
    problems = _chat_auth(seen, fake, flavour)
    if not seen.path.endswith("/chat/completions"):
        problems.append(f"unknown path {seen.path}")
    if flavour == "mistral" and "seed" in b:
        problems.append("Mistral: extra fields are not permitted: seed (its name is random_seed)")
    if flavour == "compatible" and _REASONING.match(b.get("model", "")):
        # OpenAI's reasoning models behind an OpenAI-compatible proxy take OpenAI's parameters.
        if "max_tokens" in b or "temperature" in b:
            problems.append("Unsupported parameter: 'max_tokens' or 'temperature' for a reasoning model")
    if flavour in ("openai", "azure"):
        if "max_tokens" in b:
            problems.append("Unsupported parameter: 'max_tokens' (use 'max_completion_tokens')")
        if _REASONING.match(b.get("model", "")) and "temperature" in b:
            problems.append("Unsupported parameter: 'temperature' is not supported with this model")
    rf = b.get("response_format", {})
    if flavour in ("openai", "azure", "mistral"):
        js = rf.get("json_schema", {})
        if rf.get("type") != "json_schema" or js.get("strict") is not True:
            problems.append("response_format must be json_schema with strict: true")
        schema = js.get("schema", {})
        problems += _closed_objects(schema)
        bad = _keywords(schema) & _OPENAI_UNSUPPORTED
        if bad:
            problems.append(f"Invalid schema: unsupported keywords {sorted(bad)}")
        if sum(len(n.get("properties", {})) for _, n in _nodes(schema)) > 5000:
            problems.append("more than 5000 object properties")
        if max(d for d, _ in _nodes(schema)) > 10:
            problems.append("more than 10 levels of nesting")
        problems += _enum_problems(schema, OPENAI_LIMITS, "OpenAI strict")
    return problems


_ANTHROPIC_FIELDS = {"model", "max_tokens", "system", "messages", "temperature", "output_config"}


def check_anthropic(seen: Seen, fake: Fake) -> list[str]:
    b, problems = seen.body, []
    problems += _key_problems(seen, fake, "x-api-key", seen.headers.get("x-api-key"))
    if "authorization" in seen.headers:
        problems.append("Anthropic takes the key in x-api-key, not Authorization")
    if not seen.headers.get("anthropic-version"):
        problems.append("anthropic-version header missing")
    if seen.path != "/v1/messages":
        problems.append(f"unknown path {seen.path}")
    if set(b) - _ANTHROPIC_FIELDS:
        problems.append(f"unknown fields {sorted(set(b) - _ANTHROPIC_FIELDS)}")
    if not isinstance(b.get("max_tokens"), int):
        problems.append("max_tokens: Field required")
    roles = [m["role"] for m in b.get("messages", [])]
    if not roles or roles[0] != "user" or any(a == c for a, c in zip(roles, roles[1:], strict=False)):
        problems.append(f"messages: roles must alternate, starting with user ({roles})")
    schema = seen.schema
    if schema is not None:
        if b["output_config"]["format"].get("type") != "json_schema":
            problems.append("output_config.format.type must be json_schema")
        problems += [p for p in _closed_objects(schema) if "additionalProperties" in p]
        bad = _keywords(schema) & {"minimum", "maximum", "minLength", "maxLength", "maxItems", "multipleOf"}
        if bad:
            problems.append(f"unsupported schema keywords {sorted(bad)}")
        if any(n.get("minItems", 0) > 1 for _, n in _nodes(schema)):
            problems.append("minItems: only 0 or 1 supported")
        unions = sum(1 for _, n in _nodes(schema) if "anyOf" in n or isinstance(n.get("type"), list))
        optional = sum(
            len(set(n["properties"]) - set(n.get("required", []))) for _, n in _nodes(schema) if "properties" in n
        )
        if unions > 16 or optional > 24:
            problems.append(f"Schema is too complex: {unions} union-typed, {optional} optional parameters")
        problems += _enum_problems(schema, OPENAI_LIMITS, "Anthropic")
    return problems


_GEMINI_CONFIG = {"temperature", "seed", "maxOutputTokens", "responseMimeType", "responseSchema"}
_GEMINI_SCHEMA = {
    "type", "format", "description", "nullable", "enum", "items", "minItems", "maxItems",
    "properties", "required", "propertyOrdering", "anyOf",
}  # fmt: skip


def check_gemini(seen: Seen, fake: Fake) -> list[str]:
    b, problems = seen.body, []
    problems += _key_problems(seen, fake, "x-goog-api-key", seen.headers.get("x-goog-api-key"))
    if "authorization" in seen.headers or "key" in seen.query:
        problems.append("the key goes in x-goog-api-key only")
    if not re.fullmatch(r"/v1beta/models/[^/:]+:generateContent", seen.path):
        problems.append(f"unknown path {seen.path}")
    config = b.get("generationConfig", {})
    if set(config) - _GEMINI_CONFIG:
        problems.append(f"unknown generationConfig fields {sorted(set(config) - _GEMINI_CONFIG)}")
    roles = [c["role"] for c in b.get("contents", [])]
    if not roles or roles[0] != "user" or set(roles) - {"user", "model"}:
        problems.append(f"contents roles {roles}")
    schema = config.get("responseSchema")
    if schema is not None:
        if config.get("responseMimeType") != "application/json":
            problems.append("responseSchema needs responseMimeType application/json")
        bad = _keywords(schema) - _GEMINI_SCHEMA
        if bad:
            problems.append(f"Invalid JSON payload: unknown schema fields {sorted(bad)}")
        problems += _enum_problems(schema, GEMINI_LIMITS, "Gemini")
    return problems


CHECKS: dict[str, Callable[[Seen, Fake], list[str]]] = {
    "chat": check_chat,
    "anthropic": check_anthropic,
    "gemini": check_gemini,
}


# ------------------------------------------------------------------ a dense article

_FIRST = [
    "Maria", "Tomas", "Aisha", "Kenji", "Olga", "Pedro", "Fatima", "Lars", "Ngozi", "Dmitri", "Sofia", "Rahul",
    "Ingrid", "Mateo", "Yusuf", "Chloe", "Arjun", "Elena", "Kwame", "Hana", "Bruno", "Leila", "Viktor",
]  # fmt: skip
_LAST = [
    "Alvarez", "Brennan", "Okafor", "Lindqvist", "Moreau", "Tanaka", "Kowalski", "Haddad", "Osei", "Ferreira",
    "Novak", "Quigley", "Ramirez", "Sato", "Thorne", "Umarov", "Vance", "Whitlock", "Yilmaz", "Zielinski", "Achebe",
]  # fmt: skip
_PARTIES = ["Labour", "Conservative", "Green", "Liberal", "Independent"]
_TEAMS = ["Rovers", "United", "Athletic", "City", "Wanderers", "Albion", "Harriers", "Rangers"]
_TOWNS = [
    "Ashford", "Bexley", "Carlow", "Dunmore", "Elston", "Fernhill", "Glenbrook", "Harlow", "Ivybridge", "Jarrow",
    "Kilmore", "Lydney", "Marlow", "Northam", "Oakham", "Penrith", "Quarry Bank", "Redruth", "Selby", "Tring",
]  # fmt: skip


def dense_results_article(chars: int = 15_000) -> str:
    """A results roundup written here (~15k characters): ward-by-ward election results
    with each ward's full result table and a sports results table, each line naming people, places
    and numbers, with a few
    quotes: the kind of article whose enums of names and sentence IDs are largest."""
    lines = ["date 2024-05-03", "Results roundup: council elections and the weekend's fixtures", ""]
    n = 0
    while sum(len(line) + 1 for line in lines) < chars:
        i = n
        first, last = _FIRST[i % len(_FIRST)], _LAST[(i * 5) % len(_LAST)]
        rival = f"{_FIRST[(i * 7 + 5) % len(_FIRST)]} {_LAST[(i * 3 + 1) % len(_LAST)]}"
        town = _TOWNS[i % len(_TOWNS)]
        party, other = _PARTIES[i % len(_PARTIES)], _PARTIES[(i + 2) % len(_PARTIES)]
        lines.append(
            f"In {town} Ward {i + 1}, {first} {last} ({party}) won with {1200 + 37 * i:,} votes, ahead of "
            f"{rival} ({other}) on {900 + 23 * i:,}; turnout was {31 + i % 29}.{i % 10} per cent."
        )
        if i % 4 == 0:
            lines.append(f'"This is a result for every street in {town}," {first} {last} said after the count.')
        # The full result, as a results table gives it: a name every 30 characters.
        table = "; ".join(
            f"{_FIRST[(8 * i + k) % len(_FIRST)]} {_LAST[(8 * i + k) // len(_FIRST) % len(_LAST)]} "
            f"({_PARTIES[(i + k) % len(_PARTIES)]}) {300 + 17 * k + i:,}"
            for k in range(8)
        )
        lines.append(f"Ward {i + 1} in full: {table}.")
        home, away = _TEAMS[i % len(_TEAMS)], _TEAMS[(i + 3) % len(_TEAMS)]
        lines.append(
            f"{_TOWNS[(i + 4) % len(_TOWNS)]} {home} beat {_TOWNS[(i + 6) % len(_TOWNS)]} {away} {i % 5 + 1}-{i % 3} "
            f"before {2100 + 113 * i:,} fans, with goals from {_FIRST[(i * 11 + 2) % len(_FIRST)]} "
            f"{_LAST[(i * 13 + 4) % len(_LAST)]} in the {10 + i % 80}th minute."
        )
        n += 1
    return "\n".join(lines) + "\n"
