"""The field-aware comparison of a summary with its golden file.

A summary is compared as a reader would check it, not as a JSON tree: quotes are
matched by their offsets and compared by text and speaker *name* (speaker IDs are
renumbered freely), speakers by name, events and claims by the evidence sentences
they cite, dates by where they are written. Each difference names the field::

    quotes["We must find those responsible…" 1756:1913].speaker: expected 'Dominic Raab', got 'Mark Esper'
    events[evidence "Airstrikes have been reported on five…"].what: expected 'Airstrikes hit', got 'Strikes hit'

What is compared strictly is fixed for what comes from the article (quote text and
offsets, spans, speaker names, dates); the model's own prose (``summary``, an
event's ``what``, a claim's ``statement``) is compared exactly or, with
``prose="similar"``, by rapidfuzz similarity. Provenance and usage change with
every library release and re-record; they are compared only when asked for.

It works on the JSON form (``ArticleSummary.model_dump(mode="json")``, what golden
files hold), so a golden written by an older release, or edited by hand, still compares.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Literal

from rapidfuzz import fuzz

from ..models import ArticleSummary

__all__ = ["Compare", "Difference", "compare"]

Json = dict[str, Any]
# Fields compared by a field-specific rule below; any other top-level field (one a
# later release adds) is compared as plain JSON. Not article_id: it names the input
# (a hash of the text, or the path it was read from; None in goldens written before
# single summaries had one), and the input is compared as ``text``.
_HANDLED = {
    "article_id",
    "text",
    "summary",
    "speakers",
    "quotes",
    "events",
    "claims",
    "dates",
    "provenance",
    "usage",
    "partial",
}
_LABEL_CHARS = 40
_VALUE_CHARS = 300


@dataclass(frozen=True)
class Compare:
    """What to compare, and how strictly.

    prose
        ``"exact"``: the model's prose (``summary``, events' ``what``, claims'
        ``statement``) must be equal. ``"similar"``: a rapidfuzz ratio of at least
        ``similarity`` (0-100) is enough. Quotes, spans, offsets and names are always exact.
    provenance, usage
        Also compare ``provenance`` (model, prompt version, library version...) and
        ``usage`` (tokens, calls); off by default.
    ignore
        Fields never compared, as differences name them: ``"provenance.library_version"``,
        ``"dates"`` (a field ignores everything under it).
    """

    prose: Literal["exact", "similar"] = "exact"
    similarity: float = 90.0
    provenance: bool = False
    usage: bool = False
    ignore: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        if self.prose not in ("exact", "similar"):
            raise ValueError(f"prose must be 'exact' or 'similar', not {self.prose!r}")
        if not 0 <= self.similarity <= 100:
            raise ValueError(f"similarity is a rapidfuzz ratio from 0 to 100, not {self.similarity!r}")


@dataclass(frozen=True)
class Difference:
    """One field that differs: ``field`` names it, ``expected`` is the golden's value."""

    field: str
    expected: str
    actual: str
    note: str = ""

    def __str__(self) -> str:
        note = f" ({self.note})" if self.note else ""
        return f"{self.field}: expected {self.expected}, got {self.actual}{note}"


def compare(
    expected: ArticleSummary | Json, actual: ArticleSummary | Json, options: Compare | None = None
) -> list[Difference]:
    """The differences between a golden summary and a new one, field by field; empty
    when they match.

    >>> compare(golden, result, Compare(prose="similar", similarity=85))  # doctest: +SKIP
    []
    """
    return _Comparison(_as_json(expected), _as_json(actual), options or Compare()).run()


def _as_json(summary: ArticleSummary | Json) -> Json:
    return summary.model_dump(mode="json") if isinstance(summary, ArticleSummary) else summary


def _show(value: Any) -> str:
    if value is None:
        return "nothing"
    text = repr(value)
    return text if len(text) <= _VALUE_CHARS else text[: _VALUE_CHARS - 1] + "…'"


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _LABEL_CHARS else text[: _LABEL_CHARS - 1] + "…"


def _span(span: Json | None) -> tuple[Any, ...] | None:
    return None if span is None else (span.get("text"), span.get("start"), span.get("end"))


def _show_span(span: tuple[Any, ...] | None) -> str:
    if span is None:
        return "nothing"
    text, start, end = span
    where = f" at {start}:{end}" if start is not None else ""
    return f"{_show(text)}{where}"


class _Comparison:
    def __init__(self, expected: Json, actual: Json, options: Compare) -> None:
        self.expected = expected
        self.actual = actual
        self.options = options
        self.out: list[Difference] = []
        self.names = (_speaker_names(expected), _speaker_names(actual))

    def run(self) -> list[Difference]:
        self._text()
        self._partial()
        self._prose("summary", self.expected.get("summary"), self.actual.get("summary"))
        self._speakers()
        self._quotes()
        self._evidenced("events", self._event_fields)
        self._evidenced("claims", self._claim_fields)
        self._dates()
        for name in ("provenance", "usage"):
            if getattr(self.options, name):
                self._plain(name, self.expected.get(name), self.actual.get(name))
        for name in sorted((set(self.expected) | set(self.actual)) - _HANDLED):
            self._plain(name, self.expected.get(name), self.actual.get(name))
        return self.out

    def add(self, field: str, expected: str, actual: str, note: str = "") -> None:
        if not any(field == f or field.startswith((f"{f}.", f"{f}[")) for f in self.options.ignore):
            self.out.append(Difference(field, expected, actual, note))

    # ------------------------------------------------------------------ fields

    def _text(self) -> None:
        a, b = self.expected.get("text", ""), self.actual.get("text", "")
        if a != b:
            at = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
            self.add(
                "text",
                f"{len(a)} characters",
                f"{len(b)} characters",
                f"the article differs from character {at}: {_show(a[at : at + 30])} vs {_show(b[at : at + 30])}",
            )

    def _partial(self) -> None:
        a, b = self.expected.get("partial"), self.actual.get("partial")
        if (a is None) != (b is None):
            self.add("partial", _show_partial(a), _show_partial(b))
        elif (
            a is not None
            and b is not None
            and (a.get("missing"), a.get("reason")) != (b.get("missing"), b.get("reason"))
        ):
            self.add("partial", _show_partial(a), _show_partial(b))

    def _prose(self, field: str, a: str | None, b: str | None) -> None:
        if a == b:
            return
        if a is not None and b is not None and self.options.prose == "similar":
            score = fuzz.ratio(" ".join(a.split()), " ".join(b.split()))
            if score >= self.options.similarity:
                return
            self.add(field, _show(a), _show(b), f"similarity {score:.0f} < {self.options.similarity:g}")
            return
        self.add(field, _show(a), _show(b))

    def _plain(self, field: str, a: Any, b: Any) -> None:
        if isinstance(a, dict) and isinstance(b, dict):
            for key in sorted(set(a) | set(b)):
                self._plain(f"{field}.{key}", a.get(key), b.get(key))
        elif a != b:
            self.add(field, _show(a), _show(b))

    def _speakers(self) -> None:
        a = {s["name"]: s for s in self.expected.get("speakers", [])}
        b = {s["name"]: s for s in self.actual.get("speakers", [])}
        self._presence("speakers", a, b, lambda name: _show(name))
        for name in a.keys() & b.keys():
            field = f"speakers[{_show(name)}]"
            for key in ("role", "kind"):
                if a[name].get(key) != b[name].get(key):
                    self.add(f"{field}.{key}", _show(a[name].get(key)), _show(b[name].get(key)))
            self._spans(f"{field}.mentions", a[name].get("mentions", []), b[name].get("mentions", []))

    def _quotes(self) -> None:
        a = {(q["start"], q["end"]): q for q in self.expected.get("quotes", [])}
        b = {(q["start"], q["end"]): q for q in self.actual.get("quotes", [])}
        self._presence("quotes", a, b, lambda k: f"{_show(_clip((a.get(k) or b[k])['text']))} at {k[0]}:{k[1]}")
        for key in sorted(a.keys() & b.keys()):
            qa, qb = a[key], b[key]
            field = f"quotes[{_show(_clip(qa['text']))} {key[0]}:{key[1]}]"
            if qa["text"] != qb["text"]:
                self.add(f"{field}.text", _show(qa["text"]), _show(qb["text"]))
            who_a, who_b = self._speaker(0, qa.get("speaker_id")), self._speaker(1, qb.get("speaker_id"))
            if who_a != who_b:
                self.add(f"{field}.speaker", _show(who_a), _show(who_b))
            for span in ("speaker_mention", "cue"):
                if _span(qa.get(span)) != _span(qb.get(span)):
                    self.add(f"{field}.{span}", _show_span(_span(qa.get(span))), _show_span(_span(qb.get(span))))
            if qa.get("attribution") != qb.get("attribution"):
                self.add(f"{field}.attribution", _show(qa.get("attribution")), _show(qb.get("attribution")))

    def _evidenced(self, name: str, fields: Callable[[str, Json, Json], None]) -> None:
        items_a, items_b = self.expected.get(name), self.actual.get(name)
        if items_a is None or items_b is None:
            if (items_a is None) != (items_b is None):
                self.add(name, _show_count(items_a, name), _show_count(items_b, name))
            return
        a, b = _by_evidence(items_a), _by_evidence(items_b)
        self._presence(name, a, b, lambda k: f"with evidence {_show_evidence(k)}")
        for key in a.keys() & b.keys():
            fields(f"{name}[evidence {_show_evidence(key)}]", a[key], b[key])

    def _event_fields(self, field: str, a: Json, b: Json) -> None:
        self._prose(f"{field}.what", a.get("what"), b.get("what"))
        # Whose words: a golden written before the field existed holds the model's.
        if a.get("what_from", "model") != b.get("what_from", "model"):
            self.add(f"{field}.what_from", _show(a.get("what_from", "model")), _show(b.get("what_from", "model")))
        for key in ("who", "whom", "where"):
            if _span(a.get(key)) != _span(b.get(key)):
                self.add(f"{field}.{key}", _show_span(_span(a.get(key))), _show_span(_span(b.get(key))))
        when_a, when_b = a.get("when"), b.get("when")
        if _when(when_a) != _when(when_b):
            self.add(f"{field}.when", _show_when(when_a), _show_when(when_b))

    def _claim_fields(self, field: str, a: Json, b: Json) -> None:
        self._prose(f"{field}.statement", a.get("statement"), b.get("statement"))
        source_a, source_b = self._speaker(0, a.get("source_id")), self._speaker(1, b.get("source_id"))
        if source_a != source_b:
            self.add(f"{field}.source", _show(source_a), _show(source_b))
        if _span(a.get("source_span")) != _span(b.get("source_span")):
            self.add(
                f"{field}.source_span", _show_span(_span(a.get("source_span"))), _show_span(_span(b.get("source_span")))
            )

    def _dates(self) -> None:
        a = {_span(d): d for d in self.expected.get("dates", [])}
        b = {_span(d): d for d in self.actual.get("dates", [])}
        self._presence("dates", a, b, lambda k: _show_span(k))
        for key in a.keys() & b.keys():
            if _when(a[key]) != _when(b[key]):
                self.add(f"dates[{_show_span(key)}]", _show_when(a[key]), _show_when(b[key]))

    # ------------------------------------------------------------------ helpers

    def _presence(self, field: str, a: dict[Any, Any], b: dict[Any, Any], label: Callable[[Any], str]) -> None:
        for key in _ordered(a.keys() - b.keys()):
            self.add(field, label(key), "nothing", "missing from the new summary")
        for key in _ordered(b.keys() - a.keys()):
            self.add(field, "nothing", label(key), "not in the golden file")

    def _spans(self, field: str, a: list[Json], b: list[Json]) -> None:
        sa, sb = {_span(s) for s in a}, {_span(s) for s in b}
        for span in _ordered(sa - sb):
            self.add(field, _show_span(span), "nothing", "missing from the new summary")
        for span in _ordered(sb - sa):
            self.add(field, "nothing", _show_span(span), "not in the golden file")

    def _speaker(self, side: int, speaker_id: str | None) -> str | None:
        if speaker_id is None:
            return None
        return self.names[side].get(speaker_id, f"unknown speaker {speaker_id}")


def _speaker_names(summary: Json) -> dict[str, str]:
    return {s["id"]: s["name"] for s in summary.get("speakers", [])}


def _by_evidence(items: list[Json]) -> dict[tuple[Any, ...], Json]:
    """Items keyed by the evidence they cite; a second item citing the same evidence
    gets the next key, so neither is lost. Items citing the same evidence are taken in
    the order of their spans (source, cue, content, who, whom, where), not of the list,
    so a new order of the same items is no difference."""
    groups: dict[tuple[Any, ...], list[Json]] = {}
    for item in items:
        groups.setdefault(tuple(_span(s) for s in item.get("evidence", [])), []).append(item)
    out: dict[tuple[Any, ...], Json] = {}
    for evidence, group in groups.items():
        for n, item in enumerate(sorted(group, key=_identity) if len(group) > 1 else group):
            out[(*evidence, *([None] * n))] = item
    return out


def _identity(item: Json) -> str:
    """What an item is, beside its evidence and its prose: its spans."""
    spans = [_span(item.get(k)) for k in ("source_span", "cue", "who", "whom", "where")]
    spans += [_span(c) for c in item.get("content") or []]
    return repr(spans)


def _show_evidence(key: tuple[Any, ...]) -> str:
    spans = [s for s in key if s is not None]
    if not spans:
        return "none"
    first = f"{_show(_clip(spans[0][0]))} at {spans[0][1]}:{spans[0][2]}"
    return first + (f" and {len(spans) - 1} more" if len(spans) > 1 else "")


def _ordered(keys: Iterable[Any]) -> list[Any]:
    return sorted(keys, key=repr)


def _when(when: Json | None) -> tuple[Any, ...] | None:
    if when is None:
        return None
    return (when.get("text"), when.get("start"), when.get("end"), when.get("date"), when.get("resolution"))


def _show_when(when: Json | None) -> str:
    if when is None:
        return "nothing"
    date = when.get("date") or when.get("resolution")
    return f"{_show_span(_span(when))} ({date})"


def _show_count(items: list[Json] | None, name: str) -> str:
    return f"none (the model gave no {name})" if items is None else f"{len(items)} {name}"


def _show_partial(partial: Json | None) -> str:
    if partial is None:
        return "a complete summary"
    return f"a partial summary missing {', '.join(partial.get('missing', []))} ({partial.get('reason')})"
