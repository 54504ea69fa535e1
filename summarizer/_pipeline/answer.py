"""The answer models: what the model is asked to answer, and its checks.

One static pydantic model per answer shape, defined once at import: an article's
answer with or without a written summary (a profile that cannot write one is not asked
for any: its summary is the lede), with or without events, claims and open quotes to
attribute, and the final summary of an article summarized in parts. What differs from
article to article (the sentence, quote, attribution, event and argument IDs that
exist, the names a speaker may be given) is not in the model but in an
``AnswerContext``, given to validation (``model_validate_json(..., context=...)``)
and filled into the JSON Schema sent to the model: each shape's schema is a
template built once, whose enum slots take the article's values, so that
schema-constrained decoding (OpenAI structured outputs, llama.cpp grammars) can
only emit real IDs.

The validators check what a schema cannot (grounding), and what a provider that
does not enforce the schema may still get wrong. Their messages are what instructor
sends back on a re-ask, so each one says exactly what is wrong and what would be
right. What can be repaired without guessing (a phrase the article lacks, a quote
attributed twice) is repaired instead, and recorded: see ``AnswerBase``.

Building a model class and its JSON Schema per article cost about 12 ms; filling a
template costs tens of microseconds.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ModelWrapValidatorHandler,
    PrivateAttr,
    ValidationInfo,
    ValidatorFunctionWrapHandler,
    WrapValidator,
    create_model,
    model_validator,
)
from pydantic_core import PydanticKnownError
from typing_extensions import Self

from .._text.article import PreparedArticle
from .._text.claims import AttributionCandidate
from .._text.grounding import ungrounded_names, ungrounded_numbers, unsupported_words
from .events import ROLE_KINDS, ROLES, ArgumentOffer, EventOffer

UNKNOWN_SPEAKER = "unknown"


def _id_range(ids: tuple[str, ...]) -> str:
    if not ids:
        return "none"
    return ids[0] if len(ids) == 1 else f"{ids[0]}–{ids[-1]}"


@dataclass(frozen=True, eq=False)
class AnswerContext:
    """What one request's answer is checked against, and what its schema offers: the
    article, the open quotes it is asked about and the speakers it may name for them, the
    attribution candidates a claim may be chosen from, and the event candidates an
    event may be chosen from, with their arguments."""

    article: PreparedArticle
    quote_ids: tuple[str, ...] = ()
    # The names a quote's speaker may be given, UNKNOWN_SPEAKER last.
    speakers: tuple[str, ...] = ()
    candidates: tuple[AttributionCandidate, ...] = ()
    events: tuple[EventOffer, ...] = ()
    claim_ids: tuple[str, ...] = field(init=False)
    event_ids: tuple[str, ...] = field(init=False)
    argument_ids: tuple[str, ...] = field(init=False)
    # The argument IDs each role's enum offers: those of the kinds it takes (every
    # argument where no argument is of those kinds, since an enum cannot be empty; the
    # validators refuse a wrong kind all the same).
    agent_ids: tuple[str, ...] = field(init=False)
    place_ids: tuple[str, ...] = field(init=False)
    time_ids: tuple[str, ...] = field(init=False)
    _quotes: frozenset[str] = field(init=False, repr=False)
    _speakers: frozenset[str] = field(init=False, repr=False)
    _candidates: dict[str, AttributionCandidate] = field(init=False, repr=False)
    _events: dict[str, EventOffer] = field(init=False, repr=False)
    # Each argument ID's event and argument.
    _arguments: dict[str, tuple[EventOffer, ArgumentOffer]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        arguments = {a.id: (e, a) for e in self.events for a in e.arguments}
        every = tuple(arguments)

        def of_kind(role: Literal["who", "where", "when"]) -> tuple[str, ...]:
            return tuple(i for i, (_, a) in arguments.items() if a.kind in ROLE_KINDS[role]) or every

        values = {
            "_quotes": frozenset(self.quote_ids),
            "_speakers": frozenset(self.speakers),
            "_candidates": {c.id: c for c in self.candidates},
            "claim_ids": tuple(c.id for c in self.candidates),
            "_events": {e.id: e for e in self.events},
            "event_ids": tuple(e.id for e in self.events),
            "_arguments": arguments,
            "argument_ids": every,
            "agent_ids": of_kind("who"),
            "place_ids": of_kind("where"),
            "time_ids": of_kind("when"),
        }
        for name, value in values.items():
            object.__setattr__(self, name, value)


def _context(info: ValidationInfo) -> AnswerContext:
    context = info.context
    if not isinstance(context, AnswerContext):
        raise TypeError(
            "answer models validate with context=AnswerContext(...): which IDs and names "
            f"are valid depends on the article (got context={context!r})"
        )
    return context


# ----------------------------------------------------------------- schema slots
#
# A field whose values depend on the article carries a slot in its JSON Schema: an
# enum of one placeholder, replaced per article by the real values (see _compile).

_SLOT = "\x00slot:"
# Named after the AnswerContext field whose values fill them.
SlotName = Literal["quote_ids", "speakers", "claim_ids", "event_ids", "agent_ids", "place_ids", "time_ids"]
# quote_speakers has one item per open quote at most: its maxItems is a slot too.
_QUOTE_COUNT = f"{_SLOT}quote_count"


def _slot(name: SlotName) -> dict[str, Any]:
    return {"enum": [f"{_SLOT}{name}"]}


Fill = Callable[[AnswerContext], Any]


def _compile(node: Any, slots: dict[str, Fill]) -> Fill | None:
    """A function that builds ``node`` for one article's context, or None when ``node``
    holds no slot (then it is shared as it is by every article's schema: the callers,
    this package and the openai SDK, only read it). Each slot node found is added to
    ``slots``, by its text in sorted JSON."""
    if isinstance(node, dict):
        slot = _slot_filler(node)
        if slot is not None:
            slots[_sorted_json(node)] = slot
            return slot
        fills = {key: _compile(value, slots) for key, value in node.items()}
        if not any(fills.values()):
            return None
        return lambda context: {key: node[key] if fill is None else fill(context) for key, fill in fills.items()}
    if isinstance(node, list):
        items = [_compile(value, slots) for value in node]
        if not any(items):
            return None
        return lambda context: [
            value if fill is None else fill(context) for value, fill in zip(node, items, strict=True)
        ]
    return None


def _slot_filler(node: dict[str, Any]) -> Fill | None:
    enum = node.get("enum")
    if isinstance(enum, list) and len(enum) == 1 and str(enum[0]).startswith(_SLOT):
        return _enum_filler(node, enum[0].removeprefix(_SLOT))
    if node.get("maxItems") == _QUOTE_COUNT:
        return lambda context: {**node, "maxItems": len(context.quote_ids)}
    return None


def _sorted_json(node: Any) -> str:
    """``node`` as the schema hash reads it."""
    return json.dumps(node, sort_keys=True, ensure_ascii=False)


def _enum_filler(node: dict[str, Any], name: str) -> Fill:
    def fill(context: AnswerContext) -> dict[str, Any]:
        values: tuple[str, ...] = getattr(context, name)
        return {**node, "enum": list(values)}

    return fill


# ----------------------------------------------------------------- field types


def _quote_id(value: str, info: ValidationInfo) -> str:
    context = _context(info)
    if value not in context._quotes:
        raise ValueError(f"{value} does not exist; valid quote IDs are {_id_range(context.quote_ids)}")
    return value


def _speaker(value: str, info: ValidationInfo) -> str:
    context = _context(info)
    if value not in context._speakers:
        listed = ", ".join(repr(c) for c in context.speakers)
        raise ValueError(f"{value!r} is not a speaker named in the article; choose one of {listed}")
    return value


def _claim_id(value: str, info: ValidationInfo) -> str:
    context = _context(info)
    if value not in context._candidates:
        raise ValueError(f"{value} does not exist; valid attribution IDs are {_id_range(context.claim_ids)}")
    return value


def _event_id(value: str, info: ValidationInfo) -> str:
    context = _context(info)
    if value not in context._events:
        raise ValueError(f"{value} does not exist; valid event IDs are {_id_range(context.event_ids)}")
    return value


def _argument_id(value: str, info: ValidationInfo) -> str:
    context = _context(info)
    if value not in context._arguments:
        # A name, place or time written out rather than referenced: refused, never aligned.
        raise ValueError(
            f"{value!r} is not an argument ID: an event's who, whom, where and when are the IDs of its "
            f"listed arguments ({_id_range(context.argument_ids)}), never written out; use null when none fits"
        )
    return value


QuoteId = Annotated[str, Field(json_schema_extra=_slot("quote_ids")), AfterValidator(_quote_id)]
SpeakerName = Annotated[str, Field(json_schema_extra=_slot("speakers")), AfterValidator(_speaker)]
ClaimId = Annotated[str, Field(json_schema_extra=_slot("claim_ids")), AfterValidator(_claim_id)]
EventId = Annotated[str, Field(json_schema_extra=_slot("event_ids")), AfterValidator(_event_id)]
AgentId = Annotated[str, Field(json_schema_extra=_slot("agent_ids")), AfterValidator(_argument_id)]
PlaceId = Annotated[str, Field(json_schema_extra=_slot("place_ids")), AfterValidator(_argument_id)]
TimeId = Annotated[str, Field(json_schema_extra=_slot("time_ids")), AfterValidator(_argument_id)]


def _one_per_open_quote(value: Any, handler: ValidatorFunctionWrapHandler, info: ValidationInfo) -> Any:
    limit = len(_context(info).quote_ids)
    if isinstance(value, list) and len(value) > limit:
        # The error Field(max_length=limit) gives, word for word and as early (before
        # the items are validated): the limit depends on the article.
        raise PydanticKnownError("too_long", {"field_type": "List", "max_length": limit, "actual_length": len(value)})
    return handler(value)


def _summary_grounded(summary: str, info: ValidationInfo) -> str:
    text = _context(info).article.text
    problems = []
    numbers = ungrounded_numbers(summary, text)
    if numbers:
        problems.append(
            "the summary contains numbers the article does not state: "
            + ", ".join(numbers)
            + "; use only the article's figures"
        )
    names = ungrounded_names(summary, text)
    if names:
        problems.append(
            "the summary names things the article does not mention: "
            + ", ".join(names)
            + "; use only names from the article"
        )
    if problems:
        raise ValueError("; ".join(problems))
    return summary


# ----------------------------------------------------------------- the models
#
# No docstrings on the models below: pydantic would put them in the JSON Schema sent.


class AnswerBase(BaseModel):
    # Base of every answer model.
    #
    # Some faults of a weak model are repaired rather than re-asked, since a re-ask
    # costs a whole answer and a weak model tends to repeat the fault: a quote
    # attributed more than once keeps its first attribution, an event reported more
    # than once its first report, and an event or claim whose words its sentences do
    # not support is dropped (faithful beats complete; it is never emitted either way).
    # ``repairs`` says, in words, what was repaired. It is private state, so the JSON
    # Schema sent to the model does not change.

    model_config = ConfigDict(extra="forbid")
    _repairs: list[str] = PrivateAttr(default_factory=list)

    @property
    def repairs(self) -> tuple[str, ...]:
        """What validation repaired in this answer, e.g. "Q3 attributed twice: kept the first"."""
        return tuple(self._repairs)

    @model_validator(mode="wrap")
    @classmethod
    def _repair(cls, data: Any, handler: ModelWrapValidatorHandler[AnswerBase]) -> AnswerBase:
        # Before the fields are validated: a repeated attribution may break the list's
        # length limit, which is one per open quote.
        data, repairs = _attribute_once(_without_empty_claims(data, cls))
        answer = handler(data)
        events = getattr(answer, "events", [])
        reported: set[str] = set()
        kept_events = []
        for item in events:
            if item._unsupported:
                repairs.append(f"event {item.event}: what {item._unsupported}: dropped")
            elif item.event in reported:
                repairs.append(f"event {item.event} reported twice: kept the first")
            else:
                reported.add(item.event)
                kept_events.append(item)
        claims = getattr(answer, "claims", [])
        repairs += [f"claim {c.attribution}: {c._unsupported}: kept the text's words" for c in claims if c._unsupported]
        if events:
            answer.events = kept_events  # type: ignore[attr-defined]
        if claims:
            answer.claims = [c for c in claims if not c._unsupported]  # type: ignore[attr-defined]
        answer._repairs = repairs
        return answer


def _without_empty_claims(data: Any, model: type[BaseModel]) -> Any:
    """``data`` without an empty ``claims`` or ``events`` list where the shape has no such
    field (the article offers no attribution to choose, or the model is not asked for
    events): nothing is lost, nothing to re-ask."""
    if not isinstance(data, dict):
        return data
    unasked = {key for key in ("claims", "events") if data.get(key) == [] and key not in model.model_fields}
    return {key: value for key, value in data.items() if key not in unasked} if unasked else data


def _attribute_once(data: Any) -> tuple[Any, list[str]]:
    """``data`` with each quote's first attribution only, and what was dropped.

    Works on the raw answer (a dict, as parsed from JSON); anything else is left
    for validation to report."""
    if not isinstance(data, dict) or not isinstance(data.get("quote_speakers"), list):
        return data, []
    kept: list[Any] = []
    counts: dict[str, int] = {}
    for item in data["quote_speakers"]:
        quote = item.get("quote") if isinstance(item, dict) else None
        if isinstance(quote, str):
            counts[quote] = counts.get(quote, 0) + 1
            if counts[quote] > 1:
                continue
        kept.append(item)
    repeated = [(q, n) for q, n in counts.items() if n > 1]
    if not repeated:
        return data, []
    repairs = [f"{q} attributed {'twice' if n == 2 else f'{n} times'}: kept the first" for q, n in repeated]
    return {**data, "quote_speakers": kept}, repairs


def _unsupported(value: str, context: AnswerContext, sentence_ids: Iterable[str]) -> str | None:
    """Why ``value`` is not supported by its evidence sentences (it uses words they do
    not, or one of our IDs), or None when it is."""
    ids = list(sentence_ids)
    evidence = " ".join(context.article.sentence(s).text for s in ids)
    missing = unsupported_words(value, evidence)
    if not missing:
        return None
    return f"{value!r} says what {', '.join(ids)} do not ({', '.join(repr(w) for w in missing)})"


def _a(kind: str) -> str:
    return f"an {kind}" if kind[0] in "aeiou" else f"a {kind}"


class EventAnswer(BaseModel):
    model_config = ConfigDict(extra="forbid")
    event: EventId = Field(description="ID of the event.")
    what: str = Field(min_length=3, max_length=120, description="What happened, briefly, in its sentence's words.")
    who: AgentId | None = Field(description="ID of the event's argument that acted, or null.")
    whom: AgentId | None = Field(description="ID of the event's argument acted on, or null.")
    where: PlaceId | None = Field(description="ID of the event's place argument, or null.")
    when: TimeId | None = Field(description="ID of the event's time argument, or null.")

    # Why the what is not supported by the event's sentence; AnswerBase then drops the event.
    _unsupported: str | None = PrivateAttr(default=None)

    @model_validator(mode="after")
    def _grounded(self, info: ValidationInfo) -> Self:
        # An argument of another event, or of a kind its role does not take, is re-asked:
        # which argument fits is the model's to say, not a repair's to guess.
        context = _context(info)
        offer = context._events[self.event]
        problems = []
        for role in ROLES:
            value: str | None = getattr(self, role)
            if value is None:
                continue
            owner, argument = context._arguments[value]
            fitting = [a.id for a in offer.arguments if a.kind in ROLE_KINDS[role]]
            choose = f"choose one of {', '.join(fitting)} or null" if fitting else "use null"
            if owner.id != offer.id:
                problems.append(f"{role} {value} is an argument of {owner.id}, not of {offer.id}: {choose}")
            elif argument.kind not in ROLE_KINDS[role]:
                takes = " or ".join(sorted(ROLE_KINDS[role]))
                problems.append(f"{role} {value} is {_a(argument.kind)}, and {role} takes {_a(takes)}: {choose}")
        if problems:
            raise ValueError(f"event {offer.id}: " + "; ".join(problems))
        # Dropped, not re-asked (see AnswerBase): an event its sentence does not report is none.
        self._unsupported = _unsupported(self.what, context, [offer.sentence_id])
        return self


class ClaimAnswer(BaseModel):
    model_config = ConfigDict(extra="forbid")
    attribution: ClaimId = Field(description="ID of the attribution that makes the claim.")
    claim: str = Field(min_length=3, max_length=160, description="What its source claims, briefly.")

    # Why the paraphrase is not supported by the evidence; AnswerBase then drops it, and
    # the claim keeps the text's words.
    _unsupported: str | None = PrivateAttr(default=None)

    @model_validator(mode="after")
    def _grounded(self, info: ValidationInfo) -> Self:
        # The source and the evidence are the attribution's, found in the text: the
        # model only paraphrases, and the paraphrase must say what the evidence says.
        context = _context(info)
        candidate = context._candidates[self.attribution]
        self._unsupported = _unsupported(self.claim, context, candidate.sentence_ids)
        return self


class QuoteSpeaker(BaseModel):
    model_config = ConfigDict(extra="forbid")
    quote: QuoteId
    speaker: SpeakerName


def _summary_field() -> Any:
    return (
        Annotated[str, AfterValidator(_summary_grounded)],
        Field(min_length=10, max_length=500, description="Two or three sentences."),
    )


def _article_answer(*, summary: bool, open_quotes: bool, claims: bool, events: bool) -> type[AnswerBase]:
    # The field order is the order of the schema's properties. A profile that cannot
    # write a summary is asked for none: its summary is the article's lede.
    fields: dict[str, Any] = {"summary": _summary_field()} if summary else {}
    if events:
        fields["events"] = (list[EventAnswer], Field(max_length=4))
    if claims:
        fields["claims"] = (list[ClaimAnswer], Field(max_length=4))
    if open_quotes:
        fields["quote_speakers"] = (
            # A quote attributed twice keeps its first attribution: see AnswerBase.
            Annotated[list[QuoteSpeaker], WrapValidator(_one_per_open_quote)],
            Field(description="Who said each open quote.", json_schema_extra={"maxItems": _QUOTE_COUNT}),
        )
    return create_model("ArticleAnswer", __base__=AnswerBase, **fields)


def _summary_answer() -> type[AnswerBase]:
    return create_model("SummaryAnswer", __base__=AnswerBase, summary=_summary_field())


@dataclass(frozen=True)
class _Shape:
    model: type[AnswerBase]
    # Builds the JSON Schema for one article's context.
    fill: Fill
    # The schema in sorted JSON, as schema_hash reads it, cut at its slots: literal text
    # at even indexes, the text of a slot node at odd ones. Put together with each
    # slot's text for an article, it is _sorted_json(fill(context)), without encoding
    # the whole schema again.
    sorted_parts: tuple[str, ...]
    slots: dict[str, Fill]

    @classmethod
    def of(cls, model: type[AnswerBase]) -> _Shape:
        schema = model.model_json_schema()
        slots: dict[str, Fill] = {}
        fill = _compile(schema, slots)
        text = _sorted_json(schema)
        parts = re.split("(" + "|".join(map(re.escape, slots)) + ")", text) if slots else [text]
        # A free-text final summary has nothing that depends on the article.
        return cls(model, fill or (lambda context: schema), tuple(parts), slots)

    def sorted_json(self, context: AnswerContext) -> str:
        """``_sorted_json(self.fill(context))``."""
        filled = {text: _sorted_json(fill(context)) for text, fill in self.slots.items()}
        return "".join(part if i % 2 == 0 else filled[part] for i, part in enumerate(self.sorted_parts))


# (kind, written summary, open quotes, attribution candidates, event candidates)
ShapeKey = tuple[Literal["article", "summary"], bool, bool, bool, bool]

_SHAPES: dict[ShapeKey, _Shape] = {
    **{
        ("article", summary, open_quotes, claims, events): _Shape.of(
            _article_answer(summary=summary, open_quotes=open_quotes, claims=claims, events=events)
        )
        for summary in (False, True)
        for open_quotes in (False, True)
        for claims in (False, True)
        for events in (False, True)
    },
    ("summary", True, False, False, False): _Shape.of(_summary_answer()),
}


# ----------------------------------------------------------------- per request


@dataclass(frozen=True)
class AnswerSpec:
    """One request's answer: its model (shared by every article of its shape), the
    context its validators read, and the JSON Schema sent to the model."""

    model: type[AnswerBase]
    context: AnswerContext
    _shape: _Shape = field(repr=False)

    @property
    def unresolved_quotes(self) -> tuple[str, ...]:
        return self.context.quote_ids

    @property
    def asks(self) -> bool:
        """Whether there is anything to ask: a profile asked for no summary, in a part with
        no open quote, attribution or event to choose, has no question for the model."""
        return bool(self.model.model_fields)

    @cached_property
    def json_schema(self) -> dict[str, Any]:
        schema: dict[str, Any] = self._shape.fill(self.context)
        return schema

    @cached_property
    def schema_hash(self) -> str:
        """sha256 prefix of the schema sent, in sorted JSON."""
        blob = self._shape.sorted_json(self.context)
        return hashlib.sha256(blob.encode()).hexdigest()[:16]

    def validate_json(self, text: str | bytes) -> AnswerBase:
        return self.model.model_validate_json(text, context=self.context)

    def validate_python(self, data: Any) -> AnswerBase:
        return self.model.model_validate(data, context=self.context)


def _spec(key: ShapeKey, context: AnswerContext) -> AnswerSpec:
    shape = _SHAPES[key]
    return AnswerSpec(shape.model, context, shape)


def answer_spec(
    article: PreparedArticle,
    *,
    unresolved_quotes: list[str],
    speakers: list[str],
    candidates: list[AttributionCandidate] | None = None,
    events: list[EventOffer] | None = None,
    extractive_summary: bool = False,
) -> AnswerSpec:
    """The answer asked for ``article``.

    ``unresolved_quotes`` are the quote IDs whose speaker the text does not state
    outright; only for those is the model asked to choose a speaker, from
    ``speakers`` or "unknown". A claim is one of the attribution ``candidates``
    (by ID) in the model's words; an event is one of the event candidates ``events``
    (by ID), its who, whom, where and when the IDs of its arguments, its what in the
    model's words. Without ``events`` the model is asked for none. With
    ``extractive_summary`` (a model too small to write a summary without inventing
    names) the model is asked for no summary: the summary is the article's lede.
    """
    context = AnswerContext(
        article=article,
        quote_ids=tuple(unresolved_quotes),
        speakers=(*speakers, UNKNOWN_SPEAKER) if unresolved_quotes else (),
        candidates=tuple(candidates or ()),
        events=tuple(events or ()),
    )
    key: ShapeKey = ("article", not extractive_summary, bool(unresolved_quotes), bool(candidates), bool(events))
    return _spec(key, context)


def summary_spec(article: PreparedArticle) -> AnswerSpec:
    """The answer of the final call for an article summarized in parts: just the
    summary, written from the parts' summaries and checked against the whole article."""
    context = AnswerContext(article=article)
    return _spec(("summary", True, False, False, False), context)
