"""The answer models: what the model is asked to answer, and its checks.

One static pydantic model per answer shape, defined once at import: an article's
answer with an extractive or a free-text summary, with or without open quotes to
attribute, and the final summary of an article summarized in parts. What differs
from article to article (the sentence and quote IDs that exist, the names a speaker
may be given, the article's phrases) is not in the model but in an
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
from .._text.grounding import align, ungrounded_names, ungrounded_numbers, unsupported_words

UNKNOWN_SPEAKER = "unknown"
MENTION_MAX_LENGTH = 80
TIME_MAX_LENGTH = 40


def _id_range(ids: tuple[str, ...]) -> str:
    if not ids:
        return "none"
    return ids[0] if len(ids) == 1 else f"{ids[0]}–{ids[-1]}"


@dataclass(frozen=True, eq=False)
class AnswerContext:
    """What one request's answer is checked against, and what its schema offers: the
    article, the sentence IDs the answer may cite (one part's, for a long article),
    the open quotes it is asked about and the speakers it may name for them, the
    attribution candidates a claim may be chosen from, and the article's phrases for
    actors, places and times."""

    article: PreparedArticle
    sentence_ids: tuple[str, ...]
    quote_ids: tuple[str, ...] = ()
    # The names a quote's speaker may be given, UNKNOWN_SPEAKER last.
    speakers: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    times: tuple[str, ...] = ()
    candidates: tuple[AttributionCandidate, ...] = ()
    claim_ids: tuple[str, ...] = field(init=False)
    _sentences: frozenset[str] = field(init=False, repr=False)
    _quotes: frozenset[str] = field(init=False, repr=False)
    _speakers: frozenset[str] = field(init=False, repr=False)
    _candidates: dict[str, AttributionCandidate] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_sentences", frozenset(self.sentence_ids))
        object.__setattr__(self, "_quotes", frozenset(self.quote_ids))
        object.__setattr__(self, "_speakers", frozenset(self.speakers))
        object.__setattr__(self, "_candidates", {c.id: c for c in self.candidates})
        object.__setattr__(self, "claim_ids", tuple(c.id for c in self.candidates))

    def windows(self, evidence: Iterable[str]) -> list[tuple[int, int]]:
        """The character ranges of the ``evidence`` sentences."""
        sentences = [self.article.sentence(s) for s in evidence]
        return [(s.start, s.end) for s in sentences]


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
SlotName = Literal["sentence_ids", "quote_ids", "speakers", "claim_ids", "actors", "places", "times"]
# quote_speakers has one item per open quote at most: its maxItems is a slot too.
_QUOTE_COUNT = f"{_SLOT}quote_count"


def _slot(name: SlotName) -> dict[str, Any]:
    return {"enum": [f"{_SLOT}{name}"]}


# A phrase slot with no values in the article becomes free text of at most this length.
_FREE_LENGTH = {"actors": MENTION_MAX_LENGTH, "places": MENTION_MAX_LENGTH, "times": TIME_MAX_LENGTH}

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
    free_length = _FREE_LENGTH.get(name)

    def fill(context: AnswerContext) -> dict[str, Any]:
        values: tuple[str, ...] = getattr(context, name)
        if not values and free_length is not None:
            # What pydantic gives for Annotated[str, Field(max_length=...)], keys sorted as
            # pydantic sorts them.
            free = {key: value for key, value in node.items() if key != "enum"}
            return dict(sorted({**free, "maxLength": free_length}.items()))
        return {**node, "enum": list(values)}

    return fill


# ----------------------------------------------------------------- field types


def _sentence_id(value: str, info: ValidationInfo) -> str:
    context = _context(info)
    if value not in context._sentences:
        raise ValueError(f"{value} does not exist; valid sentence IDs are {_id_range(context.sentence_ids)}")
    return value


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


def _phrase_check(name: Literal["actors", "places", "times"]) -> Callable[[str, ValidationInfo], str]:
    """A phrase from the article is one of its phrases (an enum in the schema, so
    constrained decoding references rather than copies; anything else is aligned or
    dropped by the item's validator), or free text of bounded length when the
    article offers none."""
    max_length = _FREE_LENGTH[name]

    def check(value: str, info: ValidationInfo) -> str:
        if not getattr(_context(info), name) and len(value) > max_length:
            # The error Field(max_length=...) gives, word for word: the bound applies
            # only to some articles.
            raise PydanticKnownError("string_too_long", {"max_length": max_length})
        return value

    return check


SentenceId = Annotated[str, Field(json_schema_extra=_slot("sentence_ids")), AfterValidator(_sentence_id)]
QuoteId = Annotated[str, Field(json_schema_extra=_slot("quote_ids")), AfterValidator(_quote_id)]
SpeakerName = Annotated[str, Field(json_schema_extra=_slot("speakers")), AfterValidator(_speaker)]
ClaimId = Annotated[str, Field(json_schema_extra=_slot("claim_ids")), AfterValidator(_claim_id)]
Actor = Annotated[str, Field(json_schema_extra=_slot("actors")), AfterValidator(_phrase_check("actors"))]
Place = Annotated[str, Field(json_schema_extra=_slot("places")), AfterValidator(_phrase_check("places"))]
Time = Annotated[str, Field(json_schema_extra=_slot("times")), AfterValidator(_phrase_check("times"))]


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
    # attributed more than once keeps its first attribution, and an actor, place,
    # time or source that aligns nowhere in the article is dropped (faithful beats
    # complete; it is never emitted either way). ``repairs`` says, in words, what was
    # repaired. It is private state, so the JSON Schema sent to the model does not
    # change.

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
        for number, item in enumerate(events, start=1):
            if item._unsupported:
                repairs.append(f"event {number}: what {item._unsupported}: dropped")
            else:
                repairs += [f"event {number}: {dropped}" for dropped in item._dropped]
        claims = getattr(answer, "claims", [])
        repairs += [f"claim {c.attribution}: {c._unsupported}: kept the text's words" for c in claims if c._unsupported]
        if events:
            answer.events = [e for e in events if not e._unsupported]  # type: ignore[attr-defined]
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


def _unaligned(name: str, value: str) -> str:
    # align() looks in the evidence sentences first, then in the whole article.
    return f"{name} {value!r} not in the article: dropped"


def _unsupported(value: str, context: AnswerContext, sentence_ids: Iterable[str]) -> str | None:
    """Why ``value`` is not supported by its evidence sentences (it uses words they do
    not, or one of our IDs), or None when it is."""
    ids = list(sentence_ids)
    evidence = " ".join(context.article.sentence(s).text for s in ids)
    missing = unsupported_words(value, evidence)
    if not missing:
        return None
    return f"{value!r} says what {', '.join(ids)} do not ({', '.join(repr(w) for w in missing)})"


class EventAnswer(BaseModel):
    model_config = ConfigDict(extra="forbid")
    evidence: list[SentenceId] = Field(
        min_length=1, max_length=3, description="IDs of the sentences that report the event."
    )
    what: str = Field(min_length=3, max_length=120, description="What happened, briefly.")
    who: Actor | None = Field(description="Who acted: a person or organisation the article names.")
    whom: Actor | None = Field(description="On whom or what, as the article names them.")
    where: Place | None = Field(description="Where: a place the article names.")
    when: Time | None = Field(description="When, as written, e.g. 'on Wednesday'.")

    # What _grounded dropped; AnswerBase numbers it into the answer's repairs.
    _dropped: list[str] = PrivateAttr(default_factory=list)
    # Why the what is not supported by the evidence; AnswerBase then drops the event.
    _unsupported: str | None = PrivateAttr(default=None)

    @model_validator(mode="after")
    def _grounded(self, info: ValidationInfo) -> Self:
        context = _context(info)
        # Dropped, not re-asked (see AnswerBase): an event its sentences do not report is
        # no event, and an argument not in the article is none.
        self._unsupported = _unsupported(self.what, context, self.evidence)
        windows = context.windows(self.evidence)
        for name in ("who", "whom", "where", "when"):
            value = getattr(self, name)
            if value and align(context.article.text, value, windows) is None:
                setattr(self, name, None)
                self._dropped.append(_unaligned(name, value))
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


def _summary_field(extractive: bool) -> Any:
    if extractive:
        return (
            list[SentenceId],
            Field(
                min_length=1,
                max_length=2,
                description="IDs of the one or two sentences that best summarize the article.",
            ),
        )
    return (
        Annotated[str, AfterValidator(_summary_grounded)],
        Field(min_length=10, max_length=500, description="Two or three sentences."),
    )


def _article_answer(*, extractive: bool, open_quotes: bool, claims: bool, events: bool) -> type[AnswerBase]:
    # The field order is the order of the schema's properties.
    fields: dict[str, Any] = {"summary": _summary_field(extractive)}
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


def _summary_answer(*, extractive: bool) -> type[AnswerBase]:
    return create_model("SummaryAnswer", __base__=AnswerBase, summary=_summary_field(extractive))


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


# (kind, extractive summary, open quotes, attribution candidates, events)
ShapeKey = tuple[Literal["article", "summary"], bool, bool, bool, bool]

_SHAPES: dict[ShapeKey, _Shape] = {
    **{
        ("article", extractive, open_quotes, claims, events): _Shape.of(
            _article_answer(extractive=extractive, open_quotes=open_quotes, claims=claims, events=events)
        )
        for extractive in (False, True)
        for open_quotes in (False, True)
        for claims in (False, True)
        for events in (False, True)
    },
    **{
        ("summary", extractive, False, False, False): _Shape.of(_summary_answer(extractive=extractive))
        for extractive in (False, True)
    },
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
    actors: list[str],
    places: list[str],
    times: list[str],
    candidates: list[AttributionCandidate] | None = None,
    extractive_summary: bool = False,
    sentence_ids: list[str] | None = None,
    events: bool = True,
) -> AnswerSpec:
    """The answer asked for ``article``.

    ``unresolved_quotes`` are the quote IDs whose speaker the text does not state
    outright; only for those is the model asked to choose a speaker, from
    ``speakers`` or "unknown". A claim is one of the attribution ``candidates``
    (by ID) in the model's words; an event's actors are chosen from ``actors``,
    its place from ``places``, its time from ``times``. With ``extractive_summary`` the summary is
    a choice of sentence IDs rather than free text, for models too small to write
    one without inventing names. ``sentence_ids`` limits evidence to one part of a
    long article. Without ``events`` the model is not asked for events.
    """
    if sentence_ids is None:
        sentence_ids = [s.id for s in article.sentences]
    context = AnswerContext(
        article=article,
        sentence_ids=tuple(sentence_ids),
        quote_ids=tuple(unresolved_quotes),
        speakers=(*speakers, UNKNOWN_SPEAKER) if unresolved_quotes else (),
        actors=tuple(actors),
        places=tuple(places),
        times=tuple(times),
        candidates=tuple(candidates or ()),
    )
    return _spec(("article", extractive_summary, bool(unresolved_quotes), bool(candidates), events), context)


def summary_spec(article: PreparedArticle, *, candidate_ids: list[str], extractive_summary: bool) -> AnswerSpec:
    """The answer of the final call for an article summarized in parts: just the
    summary, checked against the whole article. Extractive, it is a choice among
    ``candidate_ids``, the sentences the parts chose."""
    context = AnswerContext(article=article, sentence_ids=tuple(candidate_ids))
    return _spec(("summary", extractive_summary, False, False, False), context)
