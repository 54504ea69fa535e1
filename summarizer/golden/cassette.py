"""Recording the model's HTTP exchange as a cassette, with every secret scrubbed, and
replaying it with recording off and the network blocked.

vcrpy is imported here only, and only when a cassette is opened: it is in the
``[testing]`` extra, not a core dependency.
"""

from __future__ import annotations

import os
import re
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from .._errors import SummarizerError

__all__ = ["AUTH_HEADERS", "GoldenError", "Replay", "recording", "replaying"]

# Request headers that carry credentials, for every provider the library can reach
# (OpenAI and compatible servers, Azure, Anthropic, Gemini) and the cookies a proxy sets.
AUTH_HEADERS = (
    "authorization",
    "api-key",
    "x-api-key",
    "x-goog-api-key",
    "openai-organization",
    "openai-project",
    "proxy-authorization",
    "cookie",
)
# Response headers that name the account.
_ACCOUNT_HEADERS = ("set-cookie", "openai-organization", "openai-project")
# Query parameters that carry credentials (Gemini's ?key=, signed URLs).
_KEY_PARAMS = re.compile(r"(?i)^(key|api[-_]?key|access[-_]?token|token|auth|signature|sig|x-goog-api-key)$")
# Environment variables whose values are secrets: scrubbed wherever they appear.
_SECRET_NAMES = re.compile(r"(?i)(api[-_]?key|token|secret|password)")
_SCRUBBED = "<scrubbed>"
_MATCH_ON = ("method", "path", "body")
# What changes from one recording to the next when nothing else did: the ephemeral port
# of a loopback server, the server's clock, and the IDs it gives each request and answer.
# A re-recording that differs from the cassette only in these keeps the cassette's bytes,
# so a review diff shows what changed and nothing else.
_VOLATILE_HEADERS = frozenset(
    {
        "date",
        "x-request-id",
        "request-id",
        "openai-processing-ms",
        "cf-ray",
        "x-envoy-upstream-service-time",
        "anthropic-organization-id",
        "x-ratelimit-reset-requests",
        "x-ratelimit-reset-tokens",
        "x-ratelimit-remaining-requests",
        "x-ratelimit-remaining-tokens",
        "server-timing",
        "x-goog-request-id",
    }
)
_VOLATILE_BODY = (
    (re.compile(r'("(?:id|system_fingerprint|responseId|msg_id)"\s*:\s*)"[^"]*"'), r'\1"<id>"'),
    (re.compile(r'("created(?:_at)?"\s*:\s*)\d+'), r"\g<1>0"),
)
_LOOPBACK_PORT = re.compile(r"^(https?://(?:127\.0\.0\.1|localhost|\[::1\])):\d+")
_LOOPBACK_HOST = re.compile(r"^(127\.0\.0\.1|localhost|\[::1\]):\d+$")


class GoldenError(SummarizerError):
    """A golden check that cannot run: a file missing, an interaction missing or left
    unplayed, vcrpy not installed. The message says how to fix it (usually: re-record)."""


class NetworkBlockedError(RuntimeError):
    """A connection attempted while a cassette replays. Not an OSError: the transport
    would take that for a network fault and ask again."""


def _vcr() -> Any:
    try:
        import vcr
    except ImportError as exc:
        # The module actually missing may be one of vcrpy's own (yaml, wrapt): name it.
        what = "is not installed" if exc.name in (None, "vcr") else f"cannot be imported ({exc})"
        raise GoldenError(
            f"golden tests record and replay with vcrpy, which {what}: pip install 'vcrpy>=8.2.1' "
            "(or, from a clone of this repository, pip install '.[testing]')"
        ) from exc
    return vcr


def _secrets(extra: tuple[str, ...]) -> list[str]:
    values = [v for name, v in os.environ.items() if _SECRET_NAMES.search(name) and len(v) >= 8]
    values += [v for v in extra if v and len(v) >= 8]
    return sorted(set(values), key=len, reverse=True)


def _scrub_text(value: Any, secrets: list[str]) -> Any:
    if isinstance(value, bytes):
        text = value.decode("utf-8", "surrogateescape")
        scrubbed = _scrub_text(text, secrets)
        return value if scrubbed == text else scrubbed.encode("utf-8", "surrogateescape")
    if isinstance(value, str):
        for secret in secrets:
            value = value.replace(secret, _SCRUBBED)
    return value


def _scrub_uri(uri: str, secrets: list[str]) -> str:
    parts = urlsplit(uri)
    query = [(k, _SCRUBBED if _KEY_PARAMS.match(k) else v) for k, v in parse_qsl(parts.query, keep_blank_values=True)]
    netloc = parts.netloc.rsplit("@", 1)[-1]  # user:password@host
    return _scrub_text(urlunsplit(parts._replace(netloc=netloc, query=urlencode(query))), secrets)  # type: ignore[no-any-return]


def _request_scrubber(secrets: list[str]) -> Any:
    def scrub(request: Any) -> Any:
        for name in list(request.headers):
            if name.lower() in AUTH_HEADERS:
                del request.headers[name]
            elif name.lower() == "host":
                request.headers[name] = _LOOPBACK_HOST.sub(r"\1", request.headers[name])
            else:
                request.headers[name] = _scrub_text(request.headers[name], secrets)
        # The port of a loopback server changes every run; replays match on the path.
        request.uri = _LOOPBACK_PORT.sub(r"\1", _scrub_uri(request.uri, secrets))
        request.body = _scrub_text(request.body, secrets)
        return request

    return scrub


def _response_scrubber(secrets: list[str]) -> Any:
    def scrub(response: dict[str, Any]) -> dict[str, Any]:
        headers = response.get("headers", {})
        for name in list(headers):
            if name.lower() in _ACCOUNT_HEADERS:
                del headers[name]
            else:
                headers[name] = [_scrub_text(v, secrets) for v in headers[name]]
        body = response.get("body", {})
        if "string" in body:
            body["string"] = _scrub_text(body["string"], secrets)
        return response

    return scrub


@contextmanager
def recording(path: Path, *, secrets: tuple[str, ...] = ()) -> Iterator[None]:
    """Record every HTTP exchange inside the block to ``path`` (replacing it), with
    credentials taken out: the headers of ``AUTH_HEADERS``, key-like query
    parameters, and any secret value (``secrets``, and every environment variable
    named like a key or token) wherever it appears.

    A loopback server's port is left out of the recorded URLs. When the new recording
    differs from the old cassette only in dates, request IDs and answer IDs, the old
    cassette is kept byte for byte."""
    vcr = _vcr()
    found = _secrets(secrets)
    before = path.read_bytes() if path.exists() else None
    path.unlink(missing_ok=True)
    recorder = vcr.VCR(
        record_mode="all",
        match_on=_MATCH_ON,
        decode_compressed_response=True,
        before_record_request=_request_scrubber(found),
        before_record_response=_response_scrubber(found),
    )
    with recorder.use_cassette(str(path)):
        yield
    if before is not None and path.exists() and _same_exchange(before, path.read_bytes()):
        path.write_bytes(before)


def _same_exchange(old: bytes, new: bytes) -> bool:
    """True when two cassettes differ at most in what changes between recordings of
    the same exchange (``_VOLATILE_HEADERS``, ``_VOLATILE_BODY``, loopback ports)."""
    import yaml  # vcrpy's own dependency: there whenever a cassette is recorded

    try:
        return bool(_stable(yaml.safe_load(old)) == _stable(yaml.safe_load(new)))
    except yaml.YAMLError:
        return False


def _volatile_header(name: str) -> bool:
    # The openai SDK's x-stainless-* name the machine, runtime and retry count.
    return name.lower() in _VOLATILE_HEADERS or name.lower().startswith("x-stainless-")


def _stable(cassette: Any) -> Any:
    if not isinstance(cassette, dict):
        return cassette
    stable = []
    for interaction in cassette.get("interactions") or []:
        request, response = dict(interaction.get("request", {})), dict(interaction.get("response", {}))
        request["uri"] = _LOOPBACK_PORT.sub(r"\1", str(request.get("uri", "")))
        for part in (request, response):
            headers = part.get("headers") or {}
            part["headers"] = {k.lower(): v for k, v in headers.items() if not _volatile_header(k)}
        body = dict(response.get("body") or {})
        text = body.get("string")
        if isinstance(text, bytes):
            text = text.decode("utf-8", "surrogateescape")
        if isinstance(text, str):
            for pattern, replacement in _VOLATILE_BODY:
                text = pattern.sub(replacement, text)
        body["string"] = text
        response["body"] = body
        stable.append((request, response))
    return stable


@dataclass
class Replay:
    """What a replay saw: requests the cassette had no answer for, and how many of
    the cassette's interactions were never asked for."""

    path: Path
    unmatched: list[str] = field(default_factory=list)
    unplayed: int = 0

    def problem(self, rerecord: str) -> str | None:
        """A message saying what went wrong and how to re-record, or None."""
        if self.unmatched:
            first = self.unmatched[0]
            return (
                f"{len(self.unmatched)} request(s) have no recorded answer in {self.path} (first: {first}): "
                f"what is sent to the model changed since it was recorded; if that is intended, {rerecord}"
            )
        if self.unplayed:
            return (
                f"{self.unplayed} interaction(s) recorded in {self.path} were never asked for: "
                f"the pipeline now makes fewer requests; if that is intended, {rerecord}"
            )
        return None


@contextmanager
def replaying(path: Path) -> Iterator[Replay]:
    """Replay ``path`` inside the block, recording off and every connection refused;
    the ``Replay`` says, after the block, what did not match."""
    vcr = _vcr()
    replay = Replay(path)
    player = vcr.VCR(record_mode="none", match_on=_MATCH_ON, decode_compressed_response=True)
    with player.use_cassette(str(path)) as cassette, _network_blocked():
        can_play = cassette.can_play_response_for

        def noting_misses(request: Any) -> bool:
            ok = bool(can_play(request))
            if not ok:
                replay.unmatched.append(f"{request.method} {urlsplit(request.uri).path}")
            return ok

        cassette.can_play_response_for = noting_misses
        yield replay
        replay.unplayed = len(cassette) - len(cassette.play_counts)


@contextmanager
def _network_blocked() -> Iterator[None]:
    """Refuse every internet connection while a cassette replays: a request the
    cassette does not hold must fail, never reach a server (nor start one)."""
    connect, connect_ex = socket.socket.connect, socket.socket.connect_ex

    def check(sock: Any, address: Any) -> None:
        if sock.family in (socket.AF_INET, socket.AF_INET6):
            sock.close()  # the caller only closes it on an OSError, which this is not
            raise NetworkBlockedError(f"network blocked while replaying a golden cassette (connect to {address})")

    def refuse(self: Any, address: Any) -> None:
        check(self, address)
        connect(self, address)

    def refuse_ex(self: Any, address: Any) -> int:
        check(self, address)
        return connect_ex(self, address)

    socket.socket.connect = refuse  # type: ignore[method-assign]
    socket.socket.connect_ex = refuse_ex  # type: ignore[method-assign]
    try:
        yield
    finally:
        socket.socket.connect, socket.socket.connect_ex = connect, connect_ex  # type: ignore[method-assign]
