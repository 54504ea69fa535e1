"""The one answer JSON Schema, made into what each provider accepts.

Generic over any JSON Schema (nothing here names a field of the answer): each
dialect keeps the keywords its provider documents, closes every object, and keeps
the enums within the provider's documented limits. An enum that would go over them
is dropped from the schema sent (the field stays a string) and is enforced by the
answer's validators alone, which check every ID and phrase against the article
(see _pipeline/answer.py); which enums were dropped is returned, for provenance.

Documented limits relied on (quoted in tests/llm/test_providers.py):

* OpenAI Structured Outputs, "Supported schemas" (developers.openai.com, guide
  structured-outputs): "A schema may have up to 5000 object properties total, with up
  to 10 levels of nesting"; "total string length of all property names, definition
  names, enum values, and const values cannot exceed 120,000 characters"; "A schema
  may have up to 1000 enum values across all enum properties"; "For a single enum
  property with string values, the total string length of all enum values cannot
  exceed 15,000 characters when there are more than 250 enum values"; every object
  must set ``additionalProperties: false`` and list every property in ``required``;
  not supported: ``allOf``, ``not``, ``dependentRequired``, ``dependentSchemas``,
  ``if``/``then``/``else``. Supported string keywords are ``pattern`` and ``format``
  only (so ``minLength``/``maxLength`` are left to the validators).
* Anthropic structured outputs (platform.claude.com, build-with-claude/
  structured-outputs): ``additionalProperties: false`` on every object; not
  supported: recursive schemas, ``minimum``/``maximum``, ``minLength``/``maxLength``,
  array constraints beyond ``minItems`` of 0 or 1; at most 24 optional parameters and
  16 union-typed parameters (``anyOf`` or a type array) across the strict schemas of
  a request. No enum size is documented; OpenAI's numbers are used as a ceiling.
* Gemini ``responseSchema`` (ai.google.dev, structured-output; the REST ``Schema``
  object): an OpenAPI 3.0 subset, with ``type``, ``format``, ``description``,
  ``nullable``, ``enum``, ``items``, ``minItems``, ``maxItems``, ``properties``,
  ``required``, ``propertyOrdering``, ``anyOf``; no ``$ref``. The guide documents no
  number for enums, only that "a complex schema can result in an InvalidArgument: 400
  error. Complexity might come from ... enums with many values" and "Reduce the number
  of valid values for enums". Users report 400s at about 100 values (python-genai
  #950, still at 260 after Google's update), so a conservative budget is kept here.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

Dialect = Literal["as-is", "openai-strict", "anthropic", "gemini"]


@dataclass(frozen=True)
class EnumLimits:
    """How many enum values a provider's schema may hold."""

    total_values: int  # across every enum of the schema
    big_enum_values: int | None = None  # an enum with more values than this ...
    big_enum_chars: int | None = None  # ... may hold at most this many characters
    total_chars: int | None = None  # property names, definition names, enum and const values
    source: str = ""


# OpenAI Structured Outputs, "Limitations on enum size" and "on total string size".
OPENAI_LIMITS = EnumLimits(
    total_values=1000, big_enum_values=250, big_enum_chars=15_000, total_chars=120_000, source="OpenAI strict"
)
# Anthropic documents no enum size: OpenAI's ceiling, which its grammars compile well within.
ANTHROPIC_LIMITS = EnumLimits(
    total_values=1000, big_enum_values=250, big_enum_chars=15_000, total_chars=120_000, source="Anthropic"
)
# Gemini documents no number; reports of 400s start near 100 values (see above).
GEMINI_LIMITS = EnumLimits(total_values=60, total_chars=4000, source="Gemini")

# What is left when a provider rejected a schema within its documented limits.
NO_ENUMS = EnumLimits(total_values=0, source="none")

# Anthropic: "at most 24 optional parameters" and "16 union-typed parameters".
ANTHROPIC_MAX_UNIONS = 16
ANTHROPIC_MAX_OPTIONAL = 24

_COMMON = {"type", "description", "title", "enum", "const", "properties", "required", "items", "anyOf"}
_KEEP: dict[Dialect, frozenset[str]] = {
    "openai-strict": frozenset(
        _COMMON
        | {"additionalProperties", "$defs", "definitions", "$ref", "pattern", "format", "minItems", "maxItems"}
        | {"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"}
    ),
    "anthropic": frozenset(_COMMON | {"additionalProperties", "$defs", "definitions", "$ref", "format", "minItems"}),
    "gemini": frozenset(
        (_COMMON - {"const", "title"}) | {"format", "nullable", "minItems", "maxItems", "propertyOrdering"}
    ),
}


@dataclass(frozen=True)
class Adapted:
    """The schema to send, and the enums left to the validators (by path, in words)."""

    schema: dict[str, Any]
    relaxed: tuple[str, ...] = ()
    # The schema cannot be made to fit the provider's structured outputs (e.g. too many
    # unions for Anthropic): it goes in the prompt instead.
    in_prompt: bool = False


def adapt(schema: dict[str, Any], dialect: Dialect, limits: EnumLimits | None = None) -> Adapted:
    """``schema`` in ``dialect``, within ``limits``."""
    if dialect == "as-is" and limits is None:
        return Adapted(schema)  # the very object: the embedded model's body stays byte for byte
    out = copy.deepcopy(schema)
    if dialect == "gemini":
        out = _inline_refs(out, out.get("$defs", {}))
        out.pop("$defs", None)
        out = _nullable(out)
    if dialect != "as-is":
        keep, close = _KEEP[dialect], dialect != "gemini"
        out = _clean(out, keep, close=close, min_items_max=1 if dialect == "anthropic" else None)
    relaxed = _fit_enums(out, limits) if limits is not None else ()
    in_prompt = dialect == "anthropic" and (
        _count(out, _is_union) > ANTHROPIC_MAX_UNIONS or _optional_count(out) > ANTHROPIC_MAX_OPTIONAL
    )
    return Adapted(out, tuple(relaxed), in_prompt)


def _clean(node: Any, keep: frozenset[str], *, close: bool, min_items_max: int | None) -> Any:
    """Only the ``keep`` keywords; with ``close`` every object closed and all its
    properties required (OpenAI strict, Anthropic)."""
    if isinstance(node, list):
        return [_clean(item, keep, close=close, min_items_max=min_items_max) for item in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key not in keep:
            continue
        if key in ("properties", "$defs", "definitions"):
            out[key] = {
                name: _clean(sub, keep, close=close, min_items_max=min_items_max) for name, sub in value.items()
            }
        elif key in ("items", "anyOf"):
            out[key] = _clean(value, keep, close=close, min_items_max=min_items_max)
        elif key == "minItems" and min_items_max is not None and isinstance(value, int) and value > min_items_max:
            out[key] = min_items_max  # Anthropic takes 0 or 1; the validators check the rest
        else:
            out[key] = value
    if close and (out.get("type") == "object" or "properties" in out):
        out["additionalProperties"] = False
        out["required"] = list(out.get("properties", {}))
    return out


def _inline_refs(node: Any, defs: dict[str, Any], depth: int = 0) -> Any:
    """``$ref``s replaced by their definitions (Gemini's schema has none)."""
    if depth > 32:
        raise ValueError("recursive schema: Gemini's responseSchema cannot express it")
    if isinstance(node, list):
        return [_inline_refs(item, defs, depth) for item in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/$defs/"):
        target = defs[ref.removeprefix("#/$defs/")]
        merged = {**target, **{k: v for k, v in node.items() if k != "$ref"}}
        return _inline_refs(merged, defs, depth + 1)
    return {key: _inline_refs(value, defs, depth) for key, value in node.items() if key != "$defs"}


def _nullable(node: Any) -> Any:
    """``anyOf: [X, {"type": "null"}]`` as OpenAPI's ``X`` with ``nullable: true``."""
    if isinstance(node, list):
        return [_nullable(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {key: _nullable(value) for key, value in node.items()}
    branches = out.get("anyOf")
    if isinstance(branches, list):
        others = [b for b in branches if b != {"type": "null"}]
        if len(others) == 1 and len(others) < len(branches):
            rest = {k: v for k, v in out.items() if k != "anyOf"}
            return {**others[0], **rest, "nullable": True}
    return out


def _walk(node: Any, path: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        yield path, node
        for key, value in node.items():
            if key in ("properties", "$defs", "definitions") and isinstance(value, dict):
                for name, sub in value.items():
                    yield from _walk(sub, f"{path}.{name}" if path else name)
            elif key == "items":
                yield from _walk(value, f"{path}[]")
            elif key == "anyOf" and isinstance(value, list):
                for sub in value:
                    yield from _walk(sub, path)


def enum_stats(schema: dict[str, Any]) -> tuple[int, int, list[tuple[str, int, int]]]:
    """Total enum values, total characters of names, enum and const values, and each
    enum as (path, values, characters)."""
    enums = [
        (path, len(node["enum"]), sum(len(str(v)) for v in node["enum"]))
        for path, node in _walk(schema)
        if isinstance(node.get("enum"), list)
    ]
    names = sum(
        len(name)
        for _, node in _walk(schema)
        for key in ("properties", "$defs", "definitions")
        if isinstance(node.get(key), dict)
        for name in node[key]
    )
    consts = sum(len(str(node["const"])) for _, node in _walk(schema) if "const" in node)
    return sum(n for _, n, _ in enums), names + consts + sum(c for _, _, c in enums), enums


def within(schema: dict[str, Any], limits: EnumLimits) -> bool:
    total, chars, enums = enum_stats(schema)
    if total > limits.total_values or (limits.total_chars is not None and chars > limits.total_chars):
        return False
    big, big_chars = limits.big_enum_values, limits.big_enum_chars
    return not any(big is not None and big_chars is not None and n > big and c > big_chars for _, n, c in enums)


def _fit_enums(schema: dict[str, Any], limits: EnumLimits) -> list[str]:
    """Drop the largest enums until the schema is within ``limits``; what was dropped."""
    relaxed: list[str] = []
    while not within(schema, limits):
        nodes = [(path, node) for path, node in _walk(schema) if isinstance(node.get("enum"), list)]
        if not nodes:
            break
        path, node = max(nodes, key=lambda pn: (len(pn[1]["enum"]), sum(len(str(v)) for v in pn[1]["enum"])))
        count = len(node.pop("enum"))
        node.setdefault("type", "string")
        relaxed.append(f"{path or '<root>'}: {count} values checked by the validators, not the schema")
    return relaxed


def _is_union(node: dict[str, Any]) -> bool:
    return isinstance(node.get("anyOf"), list) or isinstance(node.get("type"), list)


def _count(schema: dict[str, Any], test: Any) -> int:
    return sum(1 for _, node in _walk(schema) if test(node))


def _optional_count(schema: dict[str, Any]) -> int:
    return sum(
        len(set(node["properties"]) - set(node.get("required", [])))
        for _, node in _walk(schema)
        if isinstance(node.get("properties"), dict)
    )


def compact(schema: dict[str, Any]) -> str:
    """The schema as one line of JSON, for a prompt."""
    return json.dumps(schema, ensure_ascii=False, separators=(",", ":"))
