"""The per-article response model: what the model is asked to answer, and its checks.

Built anew for every article so that ID fields are enums of the IDs that exist:
schema-constrained decoding (OpenAI structured outputs, llama.cpp grammars) can
then only emit real IDs. The validators check what a schema cannot (grounding),
and their messages are what instructor sends back on a re-ask, so each one says
exactly what is wrong and what would be right. What can be repaired without
guessing (a phrase the article lacks, a quote attributed twice) is repaired
instead, and recorded: see ``AnswerBase``.
"""

# No `from __future__ import annotations`: the models below are built inside a
# function and pydantic must see the local types as objects, not strings.

import hashlib
import itertools
from functools import cached_property
import json
import weakref
from dataclasses import dataclass
from collections.abc import Callable
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ModelWrapValidatorHandler,
    PrivateAttr,
    create_model,
    model_validator,
)

from ._article import PreparedArticle
from ._grounding import align, ungrounded_names, ungrounded_numbers

UNKNOWN_SPEAKER = "unknown"


def _id_range(ids: list[str]) -> str:
    if not ids:
        return "none"
    return ids[0] if len(ids) == 1 else f"{ids[0]}–{ids[-1]}"


# Enums go into the schema as a short placeholder, replaced by the real list once the
# schema is built: pydantic walks and hashes every enum value several times while it
# builds a schema, which for a long article's hundreds of sentence IDs and names
# took most of the time spent per request.
_PLACEHOLDER = "\x00enum:"
_enum_values: dict[str, list[str]] = {}
_next_placeholder = itertools.count()


def _enum(values: list[str]) -> dict[str, Any]:
    token = f"{_PLACEHOLDER}{next(_next_placeholder)}"
    _enum_values[token] = values
    return {"enum": [token]}


def _fill_enums(node: Any, tokens: dict[str, list[str]]) -> Any:
    """``node`` with every placeholder enum replaced by its values; the tokens seen are
    collected in ``tokens``."""
    if isinstance(node, dict):
        enum = node.get("enum")
        if isinstance(enum, list) and len(enum) == 1 and str(enum[0]).startswith(_PLACEHOLDER):
            tokens[enum[0]] = _enum_values[enum[0]]
            return {**node, "enum": _enum_values[enum[0]]}
        return {k: _fill_enums(v, tokens) for k, v in node.items()}
    if isinstance(node, list):
        return [_fill_enums(v, tokens) for v in node]
    return node


def _enum_type(values: list[str], explain: Callable[[str], str]) -> Any:
    """A str whose schema is an enum of ``values`` and whose validator says, via
    ``explain``, what is wrong with any other value (for providers that do not
    enforce the schema)."""
    valid = set(values)

    def check(value: str) -> str:
        if value not in valid:
            raise ValueError(explain(value))
        return value

    return Annotated[str, Field(json_schema_extra=_enum(values)), AfterValidator(check)]


def _id_type(kind: str, ids: list[str]) -> Any:
    return _enum_type(ids, lambda v: f"{v} does not exist; valid {kind} IDs are {_id_range(ids)}")


def _choice_type(kind: str, choices: list[str]) -> Any:
    listed = ", ".join(repr(c) for c in choices)
    return _enum_type(
        choices, lambda v: f"{v!r} is not a {kind} named in the article; choose one of {listed}"
    )


def _phrase_type(choices: list[str], max_length: int) -> Any:
    """A phrase from the article: an enum of the phrases found there, so constrained
    decoding references rather than copies; free text (aligned by a validator) when
    the article offers no candidates."""
    if not choices:
        return Annotated[str, Field(max_length=max_length)]
    return Annotated[str, Field(json_schema_extra=_enum(choices))]


_schemas: weakref.WeakKeyDictionary[type, dict[str, dict[str, Any]]] = weakref.WeakKeyDictionary()


class AnswerBase(BaseModel):
    """Base of each article's answer model. Its JSON Schema is built once, not on
    every use: the cache key, the request and instructor each ask for it, and
    building it costs milliseconds, a large share of the library's time per article.

    Some faults of a weak model are repaired rather than re-asked, since a re-ask
    costs a whole answer and a weak model tends to repeat the fault: a quote
    attributed more than once keeps its first attribution, and an actor, place,
    time or source that aligns nowhere in the article is dropped (faithful beats
    complete; it is never emitted either way). ``repairs`` says, in words, what was repaired. It is
    private state, so the JSON Schema sent to the model does not change.
    """

    model_config = ConfigDict(extra="forbid")
    _repairs: list[str] = PrivateAttr(default_factory=list)

    @property
    def repairs(self) -> tuple[str, ...]:
        """What validation repaired in this answer, e.g. "Q3 attributed twice: kept the first"."""
        return tuple(self._repairs)

    @model_validator(mode="wrap")
    @classmethod
    def _repair(cls, data: Any, handler: ModelWrapValidatorHandler["AnswerBase"]) -> "AnswerBase":
        # Before the fields are validated: a repeated attribution may break the list's
        # length limit, which is one per open quote.
        data, repairs = _attribute_once(data)
        answer = handler(data)
        for kind, items in (("event", getattr(answer, "events", [])), ("claim", getattr(answer, "claims", []))):
            for number, item in enumerate(items, start=1):
                repairs += [f"{kind} {number}: {dropped}" for dropped in getattr(item, "_dropped", [])]
        answer._repairs = repairs
        return answer

    @classmethod
    def model_json_schema(cls, *args: Any, **kwargs: Any) -> dict[str, Any]:
        built = _schemas.setdefault(cls, {})
        key = repr((args, sorted(kwargs.items())))
        if key not in built:
            tokens: dict[str, list[str]] = {}
            built[key] = _fill_enums(super().model_json_schema(*args, **kwargs), tokens)
            # The values now live in the schema; the registry must not grow per article.
            for token in tokens:
                _enum_values.pop(token, None)
        # Shared, not copied (a deep copy of the enums costs as much as building it):
        # the callers, this package and instructor, only read it.
        return built[key]


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
    repairs = [
        f"{q} attributed {'twice' if n == 2 else f'{n} times'}: kept the first" for q, n in repeated
    ]
    return {**data, "quote_speakers": kept}, repairs


def _unaligned(name: str, value: str) -> str:
    # align() looks in the evidence sentences first, then in the whole article.
    return f"{name} {value!r} not in the article: dropped"


@dataclass(frozen=True)
class AnswerSpec:
    """The response model for one article and what it was built from."""

    model: type[BaseModel]
    unresolved_quotes: tuple[str, ...]
    speaker_choices: tuple[str, ...]

    @cached_property
    def json_schema(self) -> dict[str, Any]:
        return self.model.model_json_schema()

    @cached_property
    def schema_hash(self) -> str:
        blob = json.dumps(self.json_schema, sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(blob.encode()).hexdigest()[:16]


def _windows(article: PreparedArticle, evidence: list[str]) -> list[tuple[int, int]]:
    return [(article.sentence(s).start, article.sentence(s).end) for s in evidence]


def build_answer_model(
    article: PreparedArticle,
    *,
    unresolved_quotes: list[str],
    speakers: list[str],
    mentions: list[str],
    times: list[str],
    extractive_summary: bool = False,
    sentence_ids: list[str] | None = None,
    base: type[AnswerBase] = AnswerBase,
) -> AnswerSpec:
    """The response model for ``article``.

    ``unresolved_quotes`` are the quote IDs whose speaker the text does not state
    outright; only for those is the model asked to choose a speaker, from
    ``speakers`` or "unknown". Actors, places and sources are chosen from
    ``mentions``, times from ``times``. With ``extractive_summary`` the summary is
    a choice of sentence IDs rather than free text, for models too small to write
    one without inventing names. ``sentence_ids`` limits evidence to one part of a
    long article. ``base`` is the class every answer model derives from
    (``_client`` passes one that instructor needs no wrapper for).
    """
    text = article.text
    if sentence_ids is None:
        sentence_ids = [s.id for s in article.sentences]
    SentenceId = _id_type("sentence", sentence_ids)
    Mention = _phrase_type(mentions, 80)
    Time = _phrase_type(times, 40)
    strict = ConfigDict(extra="forbid")

    class EventAnswer(BaseModel):
        model_config = strict
        evidence: list[SentenceId] = Field(
            min_length=1, max_length=3, description="IDs of the sentences that report the event."
        )
        what: str = Field(min_length=3, max_length=120, description="What happened, briefly.")
        who: Mention | None = Field(description="Who acted, as the article names them.")
        whom: Mention | None = Field(description="On whom or what, as written.")
        where: Mention | None = Field(description="Where, as written.")
        when: Time | None = Field(description="When, as written, e.g. 'on Wednesday'.")

        # What _grounded dropped; AnswerBase numbers it into the answer's repairs.
        _dropped: list[str] = PrivateAttr(default_factory=list)

        @model_validator(mode="after")
        def _grounded(self) -> "EventAnswer":
            # Dropped, not re-asked: see AnswerBase.
            windows = _windows(article, list(self.evidence))
            for name in ("who", "whom", "where", "when"):
                value = getattr(self, name)
                if value and align(text, value, windows) is None:
                    setattr(self, name, None)
                    self._dropped.append(_unaligned(name, value))
            return self

    class ClaimAnswer(BaseModel):
        model_config = strict
        evidence: list[SentenceId] = Field(
            min_length=1, max_length=3, description="IDs of the sentences that make the claim."
        )
        claim: str = Field(min_length=3, max_length=160, description="The assertion, briefly.")
        source: Mention | None = Field(description="Who makes the claim, as the article names them.")

        _dropped: list[str] = PrivateAttr(default_factory=list)

        @model_validator(mode="after")
        def _grounded(self) -> "ClaimAnswer":
            if self.source and align(text, self.source, _windows(article, list(self.evidence))) is None:
                self._dropped.append(_unaligned("source", self.source))
                self.source = None
            return self

    summary_field = _summary_field(text, SentenceId, extractive_summary)
    fields: dict[str, Any] = {
        "summary": summary_field,
        "events": (list[EventAnswer], Field(max_length=4)),
        "claims": (list[ClaimAnswer], Field(max_length=4)),
    }

    if unresolved_quotes:
        QuoteId = _id_type("quote", list(unresolved_quotes))
        SpeakerName = _choice_type("speaker", [*speakers, UNKNOWN_SPEAKER])

        class QuoteSpeaker(BaseModel):
            model_config = strict
            quote: QuoteId
            speaker: SpeakerName

        fields["quote_speakers"] = (
            # A quote attributed twice keeps its first attribution: see AnswerBase.
            list[QuoteSpeaker],
            Field(max_length=len(unresolved_quotes), description="Who said each open quote."),
        )

    model = create_model("ArticleAnswer", __base__=base, **fields)
    return AnswerSpec(
        model=model,
        unresolved_quotes=tuple(unresolved_quotes),
        speaker_choices=tuple(speakers),
    )


def build_summary_model(
    article: PreparedArticle,
    *,
    candidate_ids: list[str],
    extractive_summary: bool,
    base: type[AnswerBase] = AnswerBase,
) -> AnswerSpec:
    """The response model of the final call for an article summarized in parts:
    just the summary, checked against the whole article. Extractive, it is a choice
    among ``candidate_ids``, the sentences the parts chose."""
    SentenceId = _id_type("sentence", candidate_ids)
    model = create_model(
        "SummaryAnswer",
        __base__=base,
        summary=_summary_field(article.text, SentenceId, extractive_summary),
    )
    return AnswerSpec(model=model, unresolved_quotes=(), speaker_choices=())


def _summary_field(text: str, SentenceId: Any, extractive_summary: bool) -> Any:
    def summary_grounded(summary: str) -> str:
        problems = []
        numbers = ungrounded_numbers(summary, text)
        if numbers:
            problems.append(
                "the summary contains numbers the article does not state: "
                + ", ".join(numbers) + "; use only the article's figures"
            )
        names = ungrounded_names(summary, text)
        if names:
            problems.append(
                "the summary names things the article does not mention: "
                + ", ".join(names) + "; use only names from the article"
            )
        if problems:
            raise ValueError("; ".join(problems))
        return summary

    if extractive_summary:
        return (
            list[SentenceId],
            Field(min_length=1, max_length=2, description="IDs of the one or two sentences that best summarize the article."),
        )
    return (
        Annotated[str, AfterValidator(summary_grounded)],
        Field(min_length=10, max_length=500, description="Two or three sentences."),
    )
