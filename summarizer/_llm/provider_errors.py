"""What a provider's error response means: its cause, whether asking again can help, and
after how long; read from the response's structured fields, its message's words only as
a last resort.

The fields read, as each provider documents its error body:

* OpenAI (and Mistral, and OpenAI-compatible servers): ``{"error": {"message", "type",
  "param", "code"}}``. A 429 is a rate limit (``code: rate_limit_exceeded``) or a spent
  account: ``insufficient_quota`` ("You exceeded your current quota, please check your
  plan and billing details") and ``organization_spend_limit_exceeded`` are billing, and
  waiting does not help.
* Azure OpenAI: the same body with ``code`` a string such as ``"429"`` or
  ``"content_filter"`` (a prompt stopped by the content filter is a 400, with
  ``innererror.content_filter_result`` naming each category and whether it was
  ``filtered``). A 429's message says "Please retry after N seconds" and links to
  ``aka.ms/oai/quotaincrease``: a rate limit, whatever the link's words.
* Anthropic: ``{"type": "error", "error": {"type", "message"}}`` with the types of its
  errors page: ``rate_limit_error`` (429), ``overloaded_error`` (529), ``api_error``
  (500), ``billing_error`` (402), ``authentication_error``, ``permission_error``; a
  spend limit reached is ``enforced_spend_limit_reached``, not to be retried.
* Google (Gemini API), the google.rpc error model: ``{"error": {"code", "message",
  "status", "details": [{"@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason"},
  {"@type": "...QuotaFailure", "violations": [{"quotaMetric", "quotaId"}]}, {"@type":
  "...RetryInfo", "retryDelay": "1s"}]}}``. ``RESOURCE_EXHAUSTED`` (429) is a rate limit
  to wait out: its message always says "quota", even for a per-minute limit, and the
  ``QuotaFailure``'s ``quotaId`` says which (``GenerateRequestsPerMinutePerProjectPerModel-
  FreeTier``); ``RetryInfo.retryDelay`` says how long. A bad key is a 400
  ``INVALID_ARGUMENT`` whose ``ErrorInfo.reason`` is ``API_KEY_INVALID``.

The delay to wait comes from ``retry-after-ms``, ``retry-after`` (both headers), then
``RetryInfo.retryDelay``, then a message's "retry after N seconds" / "retry in Ns".
Nothing here does I/O or imports a provider's SDK: the client hands in what it received.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from . import ratelimit

Kind = Literal[
    "rate_limit",  # too many requests or tokens per minute or day: wait and retry
    "overloaded",  # the provider is busy or failed (5xx, 529, 408, 409): retry
    "billing",  # credit, billing or a spend cap: not retried
    "auth",  # the key is wrong or lacks permission
    "not_found",  # no such model (or deployment)
    "content_filter",  # the provider's content filter stopped the prompt
    "context",  # the prompt is longer than the model's context
    "schema",  # the provider rejected the answer's JSON Schema
    "parameter",  # the provider does not accept a parameter this library sends
    "rejected",  # any other 4xx
]

# Codes, types, statuses and reasons (lower case) that say the account has no credit or
# has reached a spend cap: OpenAI's error codes, Anthropic's error types, Google's
# ErrorInfo reasons.
_BILLING = {
    "insufficient_quota",
    "organization_spend_limit_exceeded",
    "project_spend_limit_exceeded",
    "billing_hard_limit_reached",
    "billing_not_active",
    "billing_error",
    "enforced_spend_limit_reached",
    "credit_balance_too_low",
    "billing_disabled",
}
_RATE_LIMIT = {
    "rate_limit_exceeded",
    "rate_limit_error",
    "resource_exhausted",
    "429",
    "throttling_error",
    "tokens",
    "requests",
}
_OVERLOADED = {"overloaded_error", "api_error", "server_error", "unavailable", "internal", "timeout_error"}
_AUTH = {
    "invalid_api_key",
    "authentication_error",
    "permission_error",
    "api_key_invalid",
    "api_key_expired",
    "unauthenticated",
    "permission_denied",
    "401",
    "403",
}
_CONTENT_FILTER = {"content_filter", "responsibleaipolicyviolation", "content_policy_violation"}
_CONTEXT = {"context_length_exceeded", "request_too_large", "string_above_max_length"}
_NOT_FOUND = {"model_not_found", "not_found_error", "deploymentnotfound", "not_found", "404"}

# Words of a provider rejecting a request's JSON Schema (the client asks again without enums).
SCHEMA_REJECTED = r"schema|response_format|responseSchema|output_config|too many states|too complex"
# Message words, read only when no structured field decided (first match wins).
_WORDS: tuple[tuple[str, Kind], ...] = (
    (
        r"context.?length|context window|maximum context|prompt is too long|too many tokens|"
        r"input token count|exceeds the maximum number of tokens|reduce the length",
        "context",
    ),
    (SCHEMA_REJECTED, "schema"),
    (
        r"unsupported (parameter|value)|unsupported_parameter|not supported|unknown (field|parameter|name)|"
        r"extra (inputs|fields) are not permitted|unrecognized",
        "parameter",
    ),
    # "quota" alone is not here: Google's and Azure's rate limits say it too.
    (r"credit balance|billing|insufficient (funds|credit|balance)|spend(ing)? limit|prepay", "billing"),
)
_MESSAGE_DELAY = re.compile(r"retry (?:after|in) (\d+(?:\.\d+)?) ?(ms|s|sec|seconds?)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Diagnosis:
    """What an error response means."""

    kind: Kind
    retry: bool  # asking again (after ``delay``) can succeed
    delay: float | None  # seconds the provider asks to wait; None if it does not say
    code: str | None  # the structured field that decided, for the message (``insufficient_quota``)
    detail: str | None = None  # which limit or which filter categories, when the body says


def error_object(body: object) -> dict[str, Any]:
    """The error object of a body: ``{"error": {...}}`` (OpenAI, Azure, Anthropic, Google;
    Google's REST errors sometimes come as a one-item list), else the body itself."""
    if isinstance(body, list) and len(body) == 1:
        body = body[0]
    if not isinstance(body, dict):
        return {}
    inner = body.get("error")
    return inner if isinstance(inner, dict) else body


def _details(error: Mapping[str, Any]) -> list[dict[str, Any]]:
    details = error.get("details")
    return [d for d in details if isinstance(d, dict)] if isinstance(details, list) else []


def _detail_type(detail: Mapping[str, Any]) -> str:
    """``QuotaFailure`` for ``type.googleapis.com/google.rpc.QuotaFailure``."""
    return str(detail.get("@type", "")).rsplit(".", 1)[-1].rsplit("/", 1)[-1]


def codes(error: Mapping[str, Any]) -> list[str]:
    """Every structured field that names the error, in lower case, most specific first:
    ErrorInfo reasons, Azure's inner code, then ``code``, ``type`` and ``status``."""
    found: list[Any] = [d.get("reason") for d in _details(error)]
    inner = error.get("innererror")
    if isinstance(inner, dict):
        found.append(inner.get("code"))
    found += [error.get("code"), error.get("type"), error.get("status")]
    return [str(c).lower() for c in found if c not in (None, "")]


def quota_ids(error: Mapping[str, Any]) -> list[str]:
    """The limits a Google ``QuotaFailure`` names (``quotaId``, else ``quotaMetric``)."""
    ids = []
    for detail in _details(error):
        if _detail_type(detail) == "QuotaFailure":
            for violation in detail.get("violations") or []:
                if isinstance(violation, dict):
                    name = violation.get("quotaId") or violation.get("quotaMetric")
                    if name:
                        ids.append(str(name))
    return ids


def filtered_categories(error: Mapping[str, Any]) -> list[str]:
    """The categories Azure's content filter stopped (``filtered: true``)."""
    inner = error.get("innererror")
    result = inner.get("content_filter_result") if isinstance(inner, dict) else None
    if not isinstance(result, dict):
        return []
    return [
        f"{name} ({verdict.get('severity', 'detected')})"
        for name, verdict in result.items()
        if isinstance(verdict, dict) and verdict.get("filtered")
    ]


def delay(headers: Mapping[str, str], error: Mapping[str, Any], message: str) -> float | None:
    """Seconds the provider asks to wait: the headers, Google's ``RetryInfo``, the message."""
    after = ratelimit.retry_after(headers)
    if after is not None:
        return after
    for detail in _details(error):
        if _detail_type(detail) == "RetryInfo" and isinstance(detail.get("retryDelay"), str):
            seconds = ratelimit.parse_duration(detail["retryDelay"])
            if seconds is not None:
                return seconds
    match = _MESSAGE_DELAY.search(message)
    if match:
        number, unit = float(match.group(1)), match.group(2).lower()
        return number / 1000 if unit == "ms" else number
    return None


def _first(found: list[str], wanted: set[str]) -> str | None:
    return next((c for c in found if c in wanted), None)


# Codes that decide whatever the status: a spent account's 429 is no rate limit.
_DECISIVE: tuple[tuple[set[str], Kind], ...] = (
    (_BILLING, "billing"),
    (_CONTENT_FILTER, "content_filter"),
    (_AUTH, "auth"),
    (_CONTEXT, "context"),
)


def _by_fields(status: int, found: list[str]) -> tuple[Kind, str | None] | None:
    """The kind the structured fields (and the status) say, or None when they do not."""
    for wanted, kind in _DECISIVE:
        code = _first(found, wanted)
        if code is not None:
            return kind, code
    if status == 402:
        return "billing", found[0] if found else None
    if status in (401, 403):
        return "auth", found[0] if found else None
    code = _first(found, _RATE_LIMIT)
    if status == 429 or code is not None:
        return "rate_limit", code
    code = _first(found, _OVERLOADED)
    if status >= 500 or status in (408, 409) or code is not None:
        return "overloaded", code
    if status == 404 or _first(found, _NOT_FOUND):
        return "not_found", _first(found, _NOT_FOUND)
    return None


def diagnose(status: int, headers: Mapping[str, str], body: object, message: str) -> Diagnosis:
    """What the error response of ``status``, ``headers`` and parsed ``body`` (whose
    message is ``message``) means; see the module docstring."""
    error = error_object(body)
    found = codes(error)
    decided = _by_fields(status, found)
    if decided is None or (decided[0] == "rate_limit" and not quota_ids(error) and decided[1] is None):
        # A bare 429 (or none at all) with no field naming it: the message may still say
        # the account is spent ("Your credit balance is too low").
        for pattern, kind in _WORDS:
            if re.search(pattern, message, re.IGNORECASE):
                decided = (kind, None)
                break
    kind, code = decided if decided is not None else ("rejected", None)
    retry = kind in ("rate_limit", "overloaded")
    detail: str | None = None
    if kind == "rate_limit":
        detail = ", ".join(quota_ids(error)) or None
    elif kind == "content_filter":
        detail = ", ".join(filtered_categories(error)) or None
    return Diagnosis(kind, retry, delay(headers, error, message) if retry else None, code, detail)


def advice(diagnosis: Diagnosis, *, provider: str, model: str, keys: str) -> str:
    """What to do about an error, in words that name its real cause and the key to check
    (``keys``: the environment variables the key came from, or the api_key= given)."""
    kind, code = diagnosis.kind, f" ({diagnosis.code})" if diagnosis.code else ""
    if kind == "billing":
        return (
            f"the {provider} account has no credit left or reached a spend limit{code}: waiting does not help, "
            f"so it was not retried; check the billing and spend limits of the account whose key is in {keys}"
        )
    if kind == "rate_limit":
        which = f" ({diagnosis.detail})" if diagnosis.detail else code
        return (
            f"rate limited by {provider}{which}, still after waiting as it asked: lower concurrency=, pass "
            f"rpm=/tpm= under the limits of the key in {keys}, or raise them with {provider}"
        )
    if kind == "overloaded":
        return f"{provider} is overloaded or failing{code}: try again later"
    if kind == "auth":
        return f"authentication failed{code}: check {keys} (a key goes only to its own provider)"
    if kind == "not_found":
        return f"model not found: check that {provider} serves a model (or deployment) named {model!r}"
    if kind == "content_filter":
        return f"{provider}'s content filter stopped the prompt{code}"
    if kind == "context":
        return (
            "the prompt exceeds the model's context window: the article may be too long for this "
            "model; pass part_tokens= to summarize it in smaller parts, or use a model with a larger context"
        )
    if kind == "schema":
        return (
            "the provider rejected the answer's JSON Schema, also without its enums; please report this "
            "with the message above"
        )
    if kind == "parameter":
        return (
            "the provider does not accept a request parameter this library sends for this model; "
            "please report this with the message above (a deployment of a reasoning model: pass reasoning=True)"
        )
    return "the provider rejected the request (see its message above)"
