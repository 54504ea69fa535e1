"""Hand-built summaries for the view tests, and a strict HTML reader to check the views with.

The summaries are built by hand, not by ``summarize()``: the views must be testable
without a model, and a hand-built summary can hold exactly the awkward cases (an
evidence sentence that starts inside a quote, an unresolved date, hostile text).
Every offset is found with ``str.find`` in the real article, so they are real offsets.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from html.parser import HTMLParser

from summarizer.models import (
    ArticleSummary,
    Claim,
    Event,
    Provenance,
    Quote,
    Span,
    Speaker,
    Usage,
    When,
)
from tests.conftest import SEED

VOID = {"meta", "br", "img", "hr", "input", "link", "wbr", "source", "area", "base", "col", "embed", "track"}


def span(text: str, needle: str, after: str = "") -> Span:
    """The first ``needle`` in ``text`` (after the first ``after``, if given)."""
    origin = text.find(after) if after else 0
    assert origin >= 0, f"{after!r} not in the article"
    start = text.find(needle, origin)
    assert start >= 0, f"{needle!r} not in the article"
    return Span(text=needle, start=start, end=start + len(needle))


def quote(text: str, words: str, speaker_id: str | None, mention: Span | None, cue: Span | None) -> Quote:
    s = span(text, words)
    return Quote(
        text=words,
        start=s.start,
        end=s.end,
        speaker_id=speaker_id,
        speaker_mention=mention,
        cue=cue,
        attribution="reporting_clause" if speaker_id else "unattributed",
    )


def provenance(**changes: object) -> Provenance:
    values: dict[str, object] = {
        "model": "smollm2-135m-instruct",
        "provider": "embedded",
        "base_url_host": "127.0.0.1",
        "prompt_version": "summarize.v1",
        "schema_hash": "ac1202ec21a01544",
        "library_version": "0.1.0",
        "attempts": 2,
        "published": dt.date(2020, 3, 13),
        "published_source": "dateline",
        "cached": False,
        "chunks": 1,
        "input_format": "text",
    }
    values.update(changes)
    return Provenance.model_validate(values)


def seed_summary() -> ArticleSummary:
    """The seed article, summarized by hand."""
    t = SEED.read_text(encoding="utf-8")
    esper_q = (
        "I have spoken with the president. He’s given me the authority to do what we need to do, "
        "consistent with his guidance. And, you know - if that becomes the case,"
    )
    raab_q1 = (
        "We must find those responsible. I welcome the Iraqi President’s call for an immediate "
        "investigation to hold perpetrators to account - but we must see action,"
    )
    raab_q2 = "it is essential to defend against these deplorable acts."
    esper_full = span(t, "Defense Secretary Mark Esper")
    esper = span(t, "Esper told", after=esper_q)
    esper = Span(text="Esper", start=esper.start, end=esper.start + 5)
    raab_full = span(t, "British Foreign Secretary Dominic Raab")
    raab = span(t, "Raab also said")
    raab = Span(text="Raab", start=raab.start, end=raab.start + 4)
    officials = span(t, "two US officials")
    speakers = [
        Speaker(id="P1", name="Mark Esper", role="Defense Secretary", kind="person", mentions=[esper_full, esper]),
        Speaker(
            id="P2", name="Dominic Raab", role="British Foreign Secretary", kind="person", mentions=[raab_full, raab]
        ),
        Speaker(id="P3", name="two US officials", role=None, kind="description", mentions=[officials]),
    ]
    quotes = [
        quote(t, esper_q, "P1", esper, span(t, "told", after=esper_q)),
        quote(t, raab_q1, "P2", raab_full, span(t, "said", after=raab_q1)),
        quote(t, raab_q2, "P2", raab, span(t, "said", after="Raab also")),
    ]
    # An evidence sentence that starts inside Esper's quote and ends after it: the
    # sentence splitter cuts quotes at their full stops.
    inside = span(t, "He’s given me the authority to do what we need to do, consistent with his guidance.")
    after_quote = span(t, "Esper told reporters at the Pentagon")
    straddling = Span(text=t[inside.start : after_quote.end], start=inside.start, end=after_quote.end)
    esper_paragraph = Span(
        text=t[quotes[0].start - 1 : after_quote.end], start=quotes[0].start - 1, end=after_quote.end
    )
    taji = span(
        t,
        "On Wednesday, at least 18 Katyusha rockets were fired at military camp Taji in Iraq, "
        "killing one British and two American personnel.",
    )
    events = [
        Event(
            what="Airstrikes hit five positions of Kata’ib Hezbollah in Babylon",
            who=None,
            whom=span(t, "Kata’ib Hezbollah"),
            where=span(t, "Babylon"),
            when=None,
            evidence=[
                span(
                    t,
                    "Airstrikes have been reported on five positions of the Iran-backed Kata’ib "
                    "Hezbollah in Babylon, southwest of the Iraqi capital Baghdad, according to "
                    "Al Arabiya correspondent.",
                )
            ],
        ),
        Event(
            what="At least 18 Katyusha rockets hit camp Taji, killing three coalition personnel",
            who=None,
            whom=span(t, "military camp Taji"),
            where=span(t, "Iraq", after="camp Taji"),
            when=When(
                text="Wednesday",
                start=taji.start + 3,
                end=taji.start + 12,
                date=dt.date(2020, 3, 11),
                resolution="resolved",
            ),
            evidence=[taji],
        ),
        Event(
            what="Trump gave the Pentagon the authority to respond to the rocket attack",
            who=span(t, "US President Donald Trump"),
            whom=span(t, "the Pentagon", after="Donald Trump"),
            where=None,
            when=When(text="Eariler", start=t.find("Eariler"), end=t.find("Eariler") + 7, resolution="unresolved"),
            evidence=[span(t, "Eariler, US President Donald Trump has given the Pentagon"), esper_paragraph],
        ),
    ]
    claims = [
        Claim(
            statement="The Pentagon blamed Iran-backed militia for Wednesday's attack",
            source_id=None,
            source_span=span(t, "the Pentagon", after="But the"),
            evidence=[
                span(
                    t,
                    "But the Pentagon earlier on Thursday squarely blamed Iran-backed militia for "
                    "Wednesday's attack, which also wounded 14 people.",
                )
            ],
        ),
        Claim(
            statement="Trump gave Esper the authority to do what is needed",
            source_id="P1",
            source_span=esper,
            evidence=[straddling],
        ),
        Claim(
            statement="The US response will be proportional to the rocket attack",
            source_id="P3",
            source_span=None,
            evidence=[
                span(
                    t,
                    "One of the officials said the US response would be proportional to that Wednesday rocket attack.",
                )
            ],
        ),
    ]
    return ArticleSummary(
        text=t,
        summary="The US and Britain struck Iran-backed militia positions in Iraq after a rocket attack "
        "on Wednesday killed two US troops and a British service member.",
        speakers=speakers,
        events=events,
        claims=claims,
        quotes=quotes,
        provenance=provenance(),
        usage=Usage(prompt_tokens=862, completion_tokens=66, calls=2),
    )


HOSTILE_TEXT = (
    "<script>alert(1)</script> The minister <b onmouseover=alert(2)>said</b> "
    "“we will </style></script><script>document.title='PWNED'</script> act & win | now” "
    'on Monday, Smith "><img src=x onerror="document.title=\'PWNED\'"> said. '
    "He added “[bold]loud[/bold] `code` *stars* _under_ [link](javascript:alert(3))” later."
)


def hostile_summary() -> ArticleSummary:
    """Markup, markdown and rich markup everywhere the article or the model can put text."""
    t = HOSTILE_TEXT
    q1 = "we will </style></script><script>document.title='PWNED'</script> act & win | now"
    q2 = "[bold]loud[/bold] `code` *stars* _under_ [link](javascript:alert(3))"
    name = 'Smith "><img src=x onerror="document.title=\'PWNED\'">'
    mention = span(t, name)
    evil = "</style><script>alert(4)</script>\"' onmouseover=alert(5) [bold]x[/bold] | a | b"
    return ArticleSummary(
        article_id="<script>alert(6)</script>",
        text=t,
        summary=evil,
        speakers=[Speaker(id="P1", name=name, role=evil, kind="person", mentions=[mention])],
        events=[
            Event(
                what=evil,
                who=mention,
                where=span(t, "<b onmouseover=alert(2)>"),
                when=When(text="Monday", start=t.find("Monday"), end=t.find("Monday") + 6, resolution="unresolved"),
                evidence=[span(t, "<script>alert(1)</script> The minister")],
            )
        ],
        claims=[Claim(statement=evil, source_id="P1", source_span=mention, evidence=[span(t, q1)])],
        quotes=[
            quote(t, q1, "P1", mention, span(t, "said", after=name)),
            quote(t, q2, None, None, None),
        ],
        provenance=provenance(model="<script>alert(7)</script>", prompt_version="v1 | x"),
        usage=Usage(prompt_tokens=1, completion_tokens=2, calls=1),
    )


# --- a strict reader of HTML ------------------------------------------------------------------


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    text: str = ""
    children: list[Element] = field(default_factory=list)

    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    def keys(self) -> set[str]:
        return set(self.attrs.get("data-k", "").split())

    def descendants(self) -> list[Element]:
        out: list[Element] = []
        for child in self.children:
            out += [child, *child.descendants()]
        return out


class StrictHTML(HTMLParser):
    """Every element, with its attributes and its text content; fails on a tag closed
    out of order, or one never closed."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[Element] = []
        self._open: list[Element] = []
        self.feed(source)
        self.close()
        assert not self._open, f"never closed: {[e.tag for e in self._open]}"

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        names = [name for name, _ in attrs]
        assert len(names) == len(set(names)), f"repeated attribute in <{tag}>: {names}"
        element = Element(tag, {name: value or "" for name, value in attrs})
        if self._open:
            self._open[-1].children.append(element)
        self.elements.append(element)
        if tag not in VOID:
            self._open.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self._open.pop()

    def handle_endtag(self, tag: str) -> None:
        assert self._open, f"</{tag}> closes nothing"
        assert self._open[-1].tag == tag, f"</{tag}> closes <{self._open[-1].tag}>"
        self._open.pop()

    def handle_data(self, data: str) -> None:
        for element in self._open:
            element.text += data

    def find(self, tag: str | None = None, **attrs: str) -> list[Element]:
        return [
            e
            for e in self.elements
            if (tag is None or e.tag == tag) and all(e.attrs.get(k.replace("_", "-")) == v for k, v in attrs.items())
        ]

    def having(self, attr: str) -> list[Element]:
        return [e for e in self.elements if attr in e.attrs]
