"""Anthropic Messages and Gemini generateContent as their own wire protocols.

The rest of the model layer speaks chat completions: the messages, re-asks included,
are OpenAI chat messages, and instructor's JSON_SCHEMA handlers parse a
``ChatCompletion``. Here a request in that shape becomes the provider's own body,
and its answer a ``ChatCompletion`` (text, finish reason, usage), so that parsing,
re-asking, refusals and cut-off answers are handled once for every provider.

Raw HTTP (through the same pooled client, transport retries and error types as
chat completions) rather than each provider's SDK: the bodies are small, documented
JSON, and one transport keeps one retry policy and one set of errors; no SDK is
needed at run time. Field names as in each provider's API reference:

* Anthropic Messages (``POST /v1/messages``): ``model``, ``max_tokens``, ``system``,
  ``messages`` (alternating ``user``/``assistant``), ``temperature``,
  ``output_config: {"format": {"type": "json_schema", "schema": ...}}``; the answer's
  ``content[].text``, ``stop_reason`` (``end_turn``, ``max_tokens``, ``refusal`` ...),
  ``usage.input_tokens``/``output_tokens``, and ``cache_read_input_tokens``/
  ``cache_creation_input_tokens`` (not in ``input_tokens``; each billed at its own price).
* Gemini (``POST /v1beta/models/{model}:generateContent``): ``systemInstruction``,
  ``contents`` (roles ``user``/``model``), ``generationConfig`` (``temperature``,
  ``seed``, ``maxOutputTokens``, ``responseMimeType``, ``responseSchema``); the answer's
  ``candidates[0].content.parts[].text`` (parts with ``thought: true`` are thinking),
  ``finishReason`` (``STOP``, ``MAX_TOKENS``, ``SAFETY``, ``RECITATION``,
  ``PROHIBITED_CONTENT`` ...) with the candidate's ``safetyRatings`` (``category``,
  ``probability``, ``blocked``), ``promptFeedback.blockReason`` and its ``safetyRatings``,
  ``usageMetadata`` (``promptTokenCount``, which includes ``cachedContentTokenCount``,
  ``candidatesTokenCount``, ``thoughtsTokenCount``).
"""

from __future__ import annotations

from typing import Any

from openai.types.chat import ChatCompletion

from .profiles import ANTHROPIC_VERSION, SEED, TEMPERATURE, Profile
from .schema import compact

SCHEMA_PROMPT = "Answer with one JSON object, and nothing else, that matches this JSON Schema:\n"


def _system_and_turns(messages: list[dict[str, Any]]) -> tuple[str, list[tuple[str, str]]]:
    system = "\n\n".join(str(m["content"]) for m in messages if m["role"] == "system")
    turns: list[tuple[str, str]] = []
    for m in messages:
        if m["role"] == "system":
            continue
        role = "assistant" if m["role"] == "assistant" else "user"
        text = str(m.get("content") or "")
        if turns and turns[-1][0] == role:  # both APIs want the roles to alternate
            turns[-1] = (role, turns[-1][1] + "\n\n" + text)
        else:
            turns.append((role, text))
    return system, turns


def anthropic_body(
    model: str,
    messages: list[dict[str, Any]],
    schema: dict[str, Any],
    *,
    max_tokens: int,
    in_prompt: bool,
) -> dict[str, Any]:
    system, turns = _system_and_turns(messages)
    if in_prompt:
        system += "\n\n" + SCHEMA_PROMPT + compact(schema)
    body: dict[str, Any] = {
        "model": model,
        "max_tokens": max_tokens,
        "system": system,
        "messages": [{"role": role, "content": text} for role, text in turns],
        "temperature": TEMPERATURE,
    }
    if not in_prompt:
        body["output_config"] = {"format": {"type": "json_schema", "schema": schema}}
    return body


def gemini_body(messages: list[dict[str, Any]], schema: dict[str, Any], *, max_tokens: int) -> dict[str, Any]:
    system, turns = _system_and_turns(messages)
    return {
        "systemInstruction": {"parts": [{"text": system}]},
        "contents": [
            {"role": "model" if role == "assistant" else "user", "parts": [{"text": text}]} for role, text in turns
        ],
        "generationConfig": {
            "temperature": TEMPERATURE,
            "seed": SEED,
            "maxOutputTokens": max_tokens,
            "responseMimeType": "application/json",
            "responseSchema": schema,
        },
    }


def headers(profile: Profile, api_key: str) -> dict[str, Any]:
    """The key in the header its provider reads, and no other credential: the openai
    SDK's ``Authorization`` and OpenAI organization headers are left out."""
    import openai

    if profile.auth == "bearer":
        return {}
    omitted = {name: openai.Omit() for name in ("Authorization", "OpenAI-Organization", "OpenAI-Project")}
    if profile.auth == "api-key":
        return {**omitted, "api-key": api_key}
    if profile.auth == "x-api-key":
        return {**omitted, "x-api-key": api_key, "anthropic-version": ANTHROPIC_VERSION}
    return {**omitted, "x-goog-api-key": api_key}


# The count of prompt tokens written to the provider's cache (Anthropic's
# cache_creation_input_tokens), kept beside OpenAI's cached_tokens in
# usage.prompt_tokens_details: they are billed at their own price (see pricing).
CACHE_WRITE_FIELD = "cache_write_tokens"


def _completion(
    model: str,
    text: str | None,
    finish: str,
    prompt: int,
    completion: int,
    reasoning: int,
    refusal: str | None = None,
    *,
    cache_read: int = 0,
    cache_write: int = 0,
) -> ChatCompletion:
    return ChatCompletion.model_validate(
        {
            "id": "converted",
            "object": "chat.completion",
            "created": 0,
            "model": model,
            "choices": [
                {
                    "index": 0,
                    "finish_reason": finish,
                    "message": {"role": "assistant", "content": text, "refusal": refusal},
                }
            ],
            "usage": {
                "prompt_tokens": prompt,
                "completion_tokens": completion,
                "total_tokens": prompt + completion,
                "completion_tokens_details": {"reasoning_tokens": reasoning},
                "prompt_tokens_details": {"cached_tokens": cache_read, CACHE_WRITE_FIELD: cache_write},
            },
        }
    )


_ANTHROPIC_FINISH = {"max_tokens": "length", "model_context_window_exceeded": "length"}


def from_anthropic(model: str, data: dict[str, Any]) -> ChatCompletion:
    text = "".join(block.get("text", "") for block in data.get("content") or [] if block.get("type") == "text")
    usage = data.get("usage") or {}
    prompt = sum(
        int(usage.get(k) or 0) for k in ("input_tokens", "cache_creation_input_tokens", "cache_read_input_tokens")
    )
    stop = data.get("stop_reason") or "end_turn"
    refusal = (text or "the model refused") if stop == "refusal" else None
    return _completion(
        model,
        None if refusal else text,
        _ANTHROPIC_FINISH.get(stop, "stop"),
        prompt,
        int(usage.get("output_tokens") or 0),
        0,
        refusal,
        cache_read=int(usage.get("cache_read_input_tokens") or 0),
        cache_write=int(usage.get("cache_creation_input_tokens") or 0),
    )


_GEMINI_FILTERED = {"SAFETY", "RECITATION", "PROHIBITED_CONTENT", "BLOCKLIST", "SPII", "IMAGE_SAFETY"}


def _blocked(reason: str, ratings: object) -> str:
    """Why Gemini stopped: the reason and the safety categories it blocked or rated
    above negligible (``HARM_CATEGORY_DANGEROUS_CONTENT: HIGH``)."""
    named = [
        f"{r.get('category', '?')}: {r.get('probability', '?')}"
        for r in (ratings if isinstance(ratings, list) else [])
        if isinstance(r, dict) and (r.get("blocked") or r.get("probability") not in (None, "NEGLIGIBLE"))
    ]
    return f"Gemini stopped it ({reason}" + (f"; {', '.join(named)}" if named else "") + ")"


def from_gemini(model: str, data: dict[str, Any]) -> ChatCompletion:
    usage = data.get("usageMetadata") or {}
    prompt = int(usage.get("promptTokenCount") or 0)  # cached content tokens included
    cached = int(usage.get("cachedContentTokenCount") or 0)
    thoughts = int(usage.get("thoughtsTokenCount") or 0)
    completion = int(usage.get("candidatesTokenCount") or 0) + thoughts
    candidates = data.get("candidates") or []
    if not candidates:
        # The prompt was blocked (promptFeedback.blockReason): a content filter.
        feedback = data.get("promptFeedback") or {}
        why = _blocked(str(feedback.get("blockReason") or "blocked"), feedback.get("safetyRatings"))
        return _completion(model, why, "content_filter", prompt, completion, thoughts, cache_read=cached)
    first = candidates[0]
    parts = (first.get("content") or {}).get("parts") or []
    text = "".join(p.get("text", "") for p in parts if not p.get("thought"))
    reason = first.get("finishReason") or "STOP"
    if reason in _GEMINI_FILTERED:
        # The answer is withheld: what is said is why, for the RefusedError.
        why = _blocked(reason, first.get("safetyRatings"))
        return _completion(model, why, "content_filter", prompt, completion, thoughts, cache_read=cached)
    finish = "length" if reason == "MAX_TOKENS" else "stop"
    return _completion(model, text, finish, prompt, completion, thoughts, cache_read=cached)
