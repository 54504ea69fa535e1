"""The notebook view: a summary as self-contained HTML, each quote highlighted in the article.

One ``<style>``, the article with ``<mark>`` elements, tables, a provenance footer and
a small optional ``<script>``; no network, no CDN, no external fonts. Whatever comes
from the article or the model is escaped with ``html.escape(..., quote=True)``, in
text and in attributes alike. The stylesheet and the script hold only our own
identifiers (the per-render root ID, ``q0``, ``s1``, ...), never content.

The view degrades in three steps, because Jupyter strips scripts (and sometimes
``<style>``) from untrusted notebooks:

- without anything: every quote is a ``<mark>`` coloured by an inline ``style``;
- with the stylesheet: hovering an event, claim, quote or speaker outlines what it
  links to (CSS ``:has()``), and evidence links jump to their sentence (``:target``);
- with the script: a click pins that highlight and scrolls the article to it.

This module imports nothing else of ours (models only for type checking, and
``FailedArticle`` inside ``batch_html``), so ``models.py`` can import it lazily and
still import nothing but its own views.
"""

from __future__ import annotations

import html
import itertools
import json
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..models import ArticleSummary, FailedArticle, Partial, Span, When

__all__ = ["SPEAKER_COLOURS", "UNATTRIBUTED_COLOUR", "batch_html", "speaker_colours", "to_html"]

# Okabe-Ito and friends: distinguishable for the common colour-vision deficiencies, and
# readable as a translucent background on light and dark notebook themes alike.
SPEAKER_COLOURS = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#CC79A7",
    "#D55E00",
    "#56B4E9",
    "#B8A200",
    "#7E57C2",
)
UNATTRIBUTED_COLOUR = "#9E9E9E"
_BG_ALPHA = "38"  # appended to a colour: a translucent background (#RRGGBBAA)
_BATCH_VIEWS = 50  # articles of a batch shown in full; display batch[i] for the rest
_CLIP = 160


def speaker_colours(summary: ArticleSummary) -> dict[str, str]:
    """Speaker ID -> colour, by the speaker's position in ``summary.speakers``: the same
    summary always gets the same colours, and the first speakers get the most distinct ones."""
    colours: dict[str, str] = {}
    for i, speaker in enumerate(summary.speakers):
        colours.setdefault(speaker.id, SPEAKER_COLOURS[i % len(SPEAKER_COLOURS)])
    return colours


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _clip(text: str, limit: int = _CLIP) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --- the article with its highlights -------------------------------------------------------


@dataclass(eq=False)
class _Layer:
    """One highlighted stretch of the article, before nesting."""

    start: int
    end: int
    rank: int  # lower ranks nest outside higher ones, so they are never split: quotes are 0
    tag: str
    classes: str
    keys: set[str] = field(default_factory=set)
    attrs: dict[str, str] = field(default_factory=dict)
    anchor: str | None = None  # an id for the first piece, the target of links

    def open(self, first: bool) -> str:
        attrs = {"class": self.classes, "data-k": " ".join(sorted(self.keys)), **self.attrs}
        if first and self.anchor is not None:
            attrs = {"id": self.anchor, **attrs}
        return f"<{self.tag}" + "".join(f' {name}="{_e(value)}"' for name, value in attrs.items()) + ">"


def _nest(text: str, layers: Iterable[_Layer]) -> str:
    """The text with every layer as an element, by a sweep over the layers' boundaries.

    Between two boundaries the set of covering layers is constant. The open elements are
    kept ordered by (rank, start, longest first); where the wanted order differs from
    the open one, elements are closed back to the common prefix and the rest reopened.
    So the output is always well nested, a layer that outlives an inner one is split
    into pieces with the same attributes, and rank-0 layers (quotes, which never
    overlap each other) stay in one piece: one ``<mark>`` per quote.
    """
    n = len(text)
    kept = [layer for layer in layers if 0 <= layer.start < layer.end <= n]
    starts: dict[int, list[_Layer]] = {}
    ends: dict[int, list[_Layer]] = {}
    for layer in kept:
        starts.setdefault(layer.start, []).append(layer)
        ends.setdefault(layer.end, []).append(layer)
    order = {layer: i for i, layer in enumerate(kept)}  # _Layer hashes by identity
    bounds = sorted({0, n, *starts, *ends})
    active: set[_Layer] = set()
    opened: list[_Layer] = []
    seen: set[_Layer] = set()
    out: list[str] = []
    for a, b in itertools.pairwise(bounds):
        active.difference_update(ends.get(a, ()))
        active.update(starts.get(a, ()))
        wanted = sorted(active, key=lambda x: (x.rank, x.start, -x.end, order[x]))
        keep = 0
        while keep < min(len(opened), len(wanted)) and opened[keep] is wanted[keep]:
            keep += 1
        out += [f"</{layer.tag}>" for layer in reversed(opened[keep:])]
        for layer in wanted[keep:]:
            out.append(layer.open(first=layer not in seen))
            seen.add(layer)
        opened = wanted
        out.append(_e(text[a:b]))
    out += [f"</{layer.tag}>" for layer in reversed(opened)]
    return "".join(out)


@dataclass
class _View:
    """Everything one render shares: the root ID, the highlights, the links between items."""

    summary: ArticleSummary
    root: str
    colours: dict[str, str]
    speaker_index: dict[str, int]
    layers: list[_Layer] = field(default_factory=list)
    evidence_ids: dict[tuple[int, int], str] = field(default_factory=dict)  # (start, end) -> element id

    @classmethod
    def of(cls, summary: ArticleSummary) -> _View:
        index: dict[str, int] = {}
        for i, speaker in enumerate(summary.speakers):
            index.setdefault(speaker.id, i)
        view = cls(summary, f"summarizer-{uuid.uuid4().hex[:12]}", speaker_colours(summary), index)
        view.layers = view._highlights()
        return view

    def skey(self, speaker_id: str | None) -> str | None:
        """Our key for a speaker ("s0"): model-given IDs never reach CSS or the script."""
        i = self.speaker_index.get(speaker_id) if speaker_id is not None else None
        return None if i is None else f"s{i}"

    def colour(self, speaker_id: str | None) -> str:
        return self.colours.get(speaker_id, UNATTRIBUTED_COLOUR) if speaker_id else UNATTRIBUTED_COLOUR

    def speaker_label(self, speaker_id: str | None, *, empty: str) -> str:
        speaker = self.summary.speaker(speaker_id)
        if speaker is not None:
            return speaker.name
        return f"unknown speaker {speaker_id}" if speaker_id else empty

    def _highlights(self) -> list[_Layer]:
        """Quotes, speaker mentions and evidence sentences, each stretch once with every
        item key it belongs to; fills ``evidence_ids`` for the tables' links."""
        s = self.summary
        layers: list[_Layer] = []
        for i, q in enumerate(s.quotes):
            skey = self.skey(q.speaker_id)
            colour = self.colour(q.speaker_id)
            speaker = s.speaker(q.speaker_id)
            title = self.speaker_label(q.speaker_id, empty="unattributed")
            if speaker is not None and speaker.role:
                title += f", {speaker.role}"
            layers.append(
                _Layer(
                    q.start,
                    q.end,
                    rank=0,
                    tag="mark",
                    classes="q" if skey else "q unattributed",
                    keys={f"q{i}", *([skey] if skey else [])},
                    attrs={
                        "data-item": f"q{i}",
                        "data-quote": str(i),
                        "title": title,
                        "style": f"background-color:{colour}{_BG_ALPHA};border-bottom:2px solid {colour}",
                    },
                    anchor=f"{self.root}-q{i}",
                )
            )
        mentions: dict[tuple[int, int], _Layer] = {}

        def mention(span: Span, speaker_id: str | None, *keys: str) -> None:
            layer = mentions.get((span.start, span.end))
            if layer is None:
                colour = self.colour(speaker_id)
                layer = mentions[(span.start, span.end)] = _Layer(
                    span.start,
                    span.end,
                    rank=1,
                    tag="span",
                    classes="mention",
                    attrs={
                        "title": self.speaker_label(speaker_id, empty="unresolved"),
                        "style": f"border-bottom:2px dotted {colour}",
                    },
                )
            layer.keys.update(k for k in (self.skey(speaker_id), *keys) if k)

        for speaker in s.speakers:
            for span in speaker.mentions:
                mention(span, speaker.id)
        for i, q in enumerate(s.quotes):
            if q.speaker_mention is not None:
                mention(q.speaker_mention, q.speaker_id, f"q{i}")
        for i, c in enumerate(s.claims or ()):
            if c.source_span is not None:
                mention(c.source_span, c.source_id, f"c{i}")
        evidence: dict[tuple[int, int], _Layer] = {}
        items = [(f"e{i}", e.evidence) for i, e in enumerate(s.events or ())]
        items += [(f"c{i}", c.evidence) for i, c in enumerate(s.claims or ())]
        for key, spans in items:
            for span in spans:
                where = (span.start, span.end)
                if where not in evidence:
                    n = len(evidence)
                    self.evidence_ids[where] = f"{self.root}-v{n}"
                    evidence[where] = _Layer(
                        span.start,
                        span.end,
                        rank=2,
                        tag="span",
                        classes="ev",
                        attrs={"data-ev": str(n)},
                        anchor=self.evidence_ids[where],
                    )
                evidence[where].keys.add(key)
        return [*layers, *mentions.values(), *evidence.values()]

    def evidence_links(self, spans: Sequence[Span]) -> str:
        links = []
        for n, span in enumerate(spans, 1):
            target = self.evidence_ids.get((span.start, span.end))
            title = _e(_clip(span.text, 300))
            if target is None or not 0 <= span.start < span.end <= len(self.summary.text):
                links.append(f'<span class="badref" title="{title}">[{n}]</span>')
            else:
                links.append(f'<a href="#{target}" title="{title}">[{n}]</a>')
        return " ".join(links) or '<span class="none">—</span>'


# --- tables --------------------------------------------------------------------------------


def _row(attrs: dict[str, str], cells: Sequence[str]) -> str:
    a = "".join(f' {name}="{_e(value)}"' for name, value in attrs.items())
    return f"<tr{a}>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"


def _table(title: str, headers: Sequence[str], rows: Sequence[str], empty: str) -> str:
    if not rows:
        return f'<h4>{_e(title)}</h4><p class="none">{_e(empty)}</p>'
    head = "".join(f"<th>{_e(h)}</th>" for h in headers)
    return f"<h4>{_e(title)}</h4><table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _span_text(span: Span | None) -> str:
    return _e(span.text) if span is not None else '<span class="none">—</span>'


def _when(when: When | None) -> tuple[str, str]:
    """(as written, the resolved ISO date or "unresolved")."""
    if when is None:
        return '<span class="none">—</span>', '<span class="none">—</span>'
    date = _e(when.label) if when.date is not None else '<span class="unresolved">unresolved</span>'
    return _e(when.text), date


def _swatch(colour: str) -> str:
    return f'<span class="swatch" style="background-color:{colour}"></span>'


_PARTIAL_STYLE = (
    "margin:.4em 0 .8em;padding:.5em .8em;border:2px solid #B3261E;border-radius:4px;background-color:#B3261E1A"
)
_NOT_GIVEN = "Not available: the model gave no answer (see the note at the top)."


def _partial_banner(partial: Partial) -> str:
    """The notice that a summary is partial. Styled inline, so that it shows even where
    the notebook strips the stylesheet."""
    return (
        f'<div class="partial" role="status" style="{_PARTIAL_STYLE}">'
        f"<b>Partial summary</b>, missing {_e(', '.join(partial.missing))} ({_e(partial.reason)}): "
        f"{_e(partial.message)}</div>"
    )


def _absent(title: str) -> str:
    return f'<h4>{_e(title)}</h4><p class="none missing">{_e(_NOT_GIVEN)}</p>'


def _events(v: _View) -> str:
    if v.summary.events is None:
        return _absent("Events")
    rows = []
    for i, e in enumerate(v.summary.events):
        written, date = _when(e.when)
        cells = [_e(e.what), _span_text(e.who), _span_text(e.whom), _span_text(e.where), written, date]
        cells.append(_span_text(e.reported_by))
        rows.append(_row({"data-item": f"e{i}", "data-k": f"e{i}"}, [*cells, v.evidence_links(e.evidence)]))
    headers = ["what", "who", "whom", "where", "when", "date", "reported by", "evidence"]
    return _table("Events", headers, rows, "No events.")


def _claims(v: _View) -> str:
    if v.summary.claims is None:
        return _absent("Claims")
    rows = []
    for i, c in enumerate(v.summary.claims):
        skey = v.skey(c.source_id)
        source = _e(v.speaker_label(c.source_id, empty="—"))
        if c.source_id is not None:
            source = _swatch(v.colour(c.source_id)) + source
        keys = " ".join(k for k in (f"c{i}", skey) if k)
        cells = [_e(c.statement), source, v.evidence_links(c.evidence)]
        rows.append(_row({"data-item": f"c{i}", "data-k": keys}, cells))
    return _table("Claims", ["claim", "source", "evidence"], rows, "No claims.")


def _quotes(v: _View) -> str:
    rows = []
    for i, q in enumerate(v.summary.quotes):
        speaker = v.summary.speaker(q.speaker_id)
        skey = v.skey(q.speaker_id)
        name = _swatch(v.colour(q.speaker_id)) + _e(v.speaker_label(q.speaker_id, empty="unattributed"))
        role = _e(speaker.role) if speaker is not None and speaker.role else '<span class="none">—</span>'
        text = f'<a class="ql" href="#{v.root}-q{i}">“{_e(q.text)}”</a>'
        keys = " ".join(k for k in (f"q{i}", skey) if k)
        rows.append(_row({"data-item": f"q{i}", "data-k": keys}, [name, role, text, _e(q.attribution)]))
    return _table("Quotes", ["speaker", "role", "quote", "attribution"], rows, "No quotes.")


def _speakers(v: _View) -> str:
    s = v.summary
    rows = []
    for i, speaker in enumerate(s.speakers):
        if v.speaker_index[speaker.id] != i:
            continue  # a duplicate ID: quotes and claims point to the first speaker with it
        skey = f"s{i}"
        quotes = [f"q{i}" for i, q in enumerate(s.quotes) if q.speaker_id == speaker.id]
        claims = [f"c{i}" for i, c in enumerate(s.claims or ()) if c.source_id == speaker.id]
        cells = [
            _swatch(v.colour(speaker.id)) + _e(speaker.name),
            _e(speaker.role) if speaker.role else '<span class="none">—</span>',
            _e(speaker.kind),
            str(len(quotes)),
            str(len(claims)),
            str(len(speaker.mentions)),
        ]
        rows.append(_row({"data-item": skey, "data-k": " ".join([skey, *quotes, *claims])}, cells))
    return _table("Speakers", ["name", "role", "kind", "quotes", "claims", "mentions"], rows, "No speakers.")


# Said where the summary is the article's own first sentences: no model judged them.
LEDE_NOTE = "Lede: the article's first sentences, as written; no model wrote this summary."


def _lede_label(summary: ArticleSummary) -> str:
    if summary.summary_from != "lede":
        return ""
    return f'<span class="none" title="{_e(LEDE_NOTE)}">Lede:</span> '


def _footer(summary: ArticleSummary) -> str:
    p, u = summary.provenance, summary.usage
    host = f" at {p.base_url_host}" if p.base_url_host else ""
    published = f"{p.published.isoformat()} ({p.published_source})" if p.published is not None else "unknown"
    facts = [
        ("model", f"{p.model} ({p.provider}{host})"),
        ("prompt", p.prompt_version),
        ("schema", p.schema_hash),
        ("attempts", str(p.attempts)),
        ("cached", "yes" if p.cached else "no"),
        ("chunks", str(p.chunks)),
        ("input", p.input_format),
        ("published", published),
        ("summarizer", p.library_version),
        (
            "usage",
            f"{u.calls} call{'s' if u.calls != 1 else ''}, {u.prompt_tokens} prompt + "
            f"{u.completion_tokens} completion = {u.total_tokens} tokens",
        ),
        ("cost", f"${u.cost_usd:.4f}" if u.cost_usd is not None else "unknown"),
    ]
    return "<footer>" + " · ".join(f"<span><b>{_e(k)}</b> {_e(val)}</span>" for k, val in facts) + "</footer>"


# --- style and script ----------------------------------------------------------------------

_FONT = 'system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif'  # local fonts only
_CSS = (
    "#R{font-family:"
    + _FONT
    + ";font-size:14px;line-height:1.5;max-width:1100px}"
    + """
#R h3{margin:.2em 0 .4em;font-size:1.15em}
#R h4{margin:1.1em 0 .3em;font-size:1em}
#R .summary{margin:0 0 .8em}
#R .id{opacity:.7;font-weight:normal;font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em}
#R .text{white-space:pre-wrap;overflow-wrap:anywhere;max-height:60vh;overflow:auto;padding:.6em .8em;border:1px solid rgba(128,128,128,.35);border-radius:4px}
#R mark{color:inherit;padding:0 1px;border-radius:2px}
#R table{border-collapse:collapse;width:100%;font-size:.95em}
#R th,#R td{border:1px solid rgba(128,128,128,.3);padding:.25em .5em;text-align:left;vertical-align:top}
#R th{background:rgba(128,128,128,.1)}
#R tr[data-item]{cursor:pointer}
#R tr[data-item]:hover,#R mark:hover{outline:2px solid #E8A317;outline-offset:1px}
#R a.ql{color:inherit;text-decoration:none}
#R a.ql:hover{text-decoration:underline}
#R .swatch{display:inline-block;width:.8em;height:.8em;border-radius:2px;margin-right:.35em;vertical-align:baseline}
#R .none{opacity:.55}
#R .unresolved{font-style:italic;color:#B3261E}
#R .badref{text-decoration:line-through;opacity:.6}
#R .legend{margin:.3em 0 .6em;font-size:.9em}
#R .legend span.item{margin-right:1em;white-space:nowrap}
#R footer{margin-top:1em;font-size:.85em;opacity:.75}
#R .pin{outline:2px solid #E8A317;outline-offset:1px}
#R .ev.pin,#R .ev:target{background-color:rgba(255,196,0,.3)}
#R mark:target,#R .ev:target{outline:2px solid #E8A317}
"""
)

# A click pins the highlight that hover shows, and scrolls the article to it. Keys are
# compared as strings, never put into a selector.
_JS = """(function(){var r=document.getElementById(ROOT);if(!r||r.getAttribute("data-js"))return;
r.setAttribute("data-js","on");
r.addEventListener("click",function(ev){var t=ev.target;if(!t.closest||t.closest("a"))return;
t=t.closest("[data-item]");if(!t||!r.contains(t))return;
var k=t.getAttribute("data-item"),on=!t.classList.contains("pin-src"),first=null;
r.querySelectorAll(".pin,.pin-src").forEach(function(x){x.classList.remove("pin","pin-src");});
if(!on)return;t.classList.add("pin-src");
r.querySelectorAll("[data-k]").forEach(function(x){
if((" "+x.getAttribute("data-k")+" ").indexOf(" "+k+" ")<0)return;
x.classList.add("pin");if(!first&&x.closest(".text"))first=x;});
if(first&&first.scrollIntoView)first.scrollIntoView({block:"nearest"});});})();"""


def _style(root: str, keys: Iterable[str], evidence: int) -> str:
    css = _CSS.replace("#R", f"#{root}")
    # Hover an item, outline what it links to. Browsers without :has() drop these rules
    # and keep the rest, so they get one rule each.
    for key in sorted(keys):
        hovered = f'#{root}:has([data-item="{key}"]:hover)'
        css += f'{hovered} [data-k~="{key}"]{{outline:2px solid #E8A317;outline-offset:1px}}\n'
        css += f'{hovered} .ev[data-k~="{key}"]{{background-color:rgba(255,196,0,.3)}}\n'
    # A link jumps to the first piece of an evidence sentence; light up all its pieces.
    for n in range(evidence):
        css += f'#{root}:has(#{root}-v{n}:target) .ev[data-ev="{n}"]{{background-color:rgba(255,196,0,.3)}}\n'
    return f"<style>{css}</style>"


def _legend(v: _View) -> str:
    items = [
        f'<span class="item">{_swatch(v.colour(sp.id))}{_e(sp.name)}</span>'
        for i, sp in enumerate(v.summary.speakers)
        if v.speaker_index.get(sp.id) == i
    ]
    if any(q.speaker_id is None or q.speaker_id not in v.colours for q in v.summary.quotes):
        items.append(f'<span class="item">{_swatch(UNATTRIBUTED_COLOUR)}unattributed</span>')
    return f'<div class="legend">{"".join(items)}</div>' if items else ""


def to_html(summary: ArticleSummary, *, page: bool = False) -> str:
    """The summary as self-contained HTML (a fragment, or a whole page with ``page=True``)."""
    v = _View.of(summary)
    text = _nest(summary.text, v.layers)
    keys = {f"q{i}" for i in range(len(summary.quotes))}
    keys |= {f"e{i}" for i in range(len(summary.events or ()))}
    keys |= {f"c{i}" for i in range(len(summary.claims or ()))}
    keys |= {f"s{i}" for i in v.speaker_index.values()}
    title = "Summary" + (f' <span class="id">{_e(summary.article_id)}</span>' if summary.article_id else "")
    body = (
        f'<div class="summarizer-view" id="{v.root}">'
        + _style(v.root, keys, len(v.evidence_ids))
        + f"<h3>{title}</h3>"
        + (_partial_banner(summary.partial) if summary.partial is not None else "")
        + (
            f'<p class="summary">{_lede_label(summary)}{_e(summary.summary)}</p>'
            if summary.summary is not None
            else '<p class="summary none missing">No summary: the model gave no answer.</p>'
        )
        + _legend(v)
        + f'<div class="text">{text}</div>'
        + _events(v)
        + _claims(v)
        + _quotes(v)
        + _speakers(v)
        + _footer(summary)
        + f"<script>{_JS.replace('ROOT', json.dumps(v.root))}</script>"
        + "</div>"
    )
    return _page(body, summary.article_id or "summary") if page else body


def _page(body: str, title: str) -> str:
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
        f"<title>{_e(title)}</title></head><body>{body}</body></html>\n"
    )


# --- a batch -------------------------------------------------------------------------------

_BATCH_CSS = (
    "#R{font-family:"
    + _FONT
    + ";font-size:14px;line-height:1.45}"
    + """
#R>table{border-collapse:collapse;width:100%;font-size:.95em;margin-bottom:.8em}
#R>table th,#R>table td{border:1px solid rgba(128,128,128,.3);padding:.25em .5em;text-align:left;vertical-align:top}
#R>table th{background:rgba(128,128,128,.1)}
#R .failed{color:#B3261E;font-weight:600}
#R .partial{color:#B3261E}
#R .id{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em}
#R details{margin:.3em 0;border:1px solid rgba(128,128,128,.3);border-radius:4px;padding:.3em .6em}
#R summary{cursor:pointer}
"""
)


def batch_html(results: Sequence[ArticleSummary | FailedArticle], *, page: bool = False) -> str:
    """A batch as one table row per article, and each summary's full view folded below."""
    # Imported here, not at the top: models imports this module lazily, and the
    # isinstance test needs the real class.
    from ..models import FailedArticle

    root = f"summarizer-{uuid.uuid4().hex[:12]}"
    failed = sum(isinstance(r, FailedArticle) for r in results)
    partial = sum(not isinstance(r, FailedArticle) and r.partial is not None for r in results)
    rows, views = [], []
    for i, r in enumerate(results):
        ident = r.article_id if r.article_id is not None else f"#{i}"
        anchor = f"{root}-a{i}"
        if isinstance(r, FailedArticle):
            cells = [
                str(i),
                f'<span class="id">{_e(ident)}</span>',
                f'<span class="failed">failed: {_e(r.reason)}</span>',
                _e(_clip(r.message)),
                "",
                "",
                "",
            ]
        else:
            folded = i < _BATCH_VIEWS
            status = "complete"
            if r.partial is not None:
                status = f'<span class="partial">partial: {_e(r.partial.reason)}</span>'
            events = "—" if r.events is None else str(len(r.events))
            claims = "—" if r.claims is None else str(len(r.claims))
            cells = [
                str(i),
                f'<a class="id" href="#{anchor}">{_e(ident)}</a>' if folded else f'<span class="id">{_e(ident)}</span>',
                status,
                _e(_clip(r.summary)) if r.summary is not None else '<span class="partial">no summary</span>',
                str(len(r.quotes)),
                events,
                claims,
            ]
            if folded:
                views.append(
                    f'<details id="{anchor}"><summary><span class="id">{_e(ident)}</span> · '
                    f"{len(r.quotes)} quotes, {events} events, {claims} claims"
                    f"{' · partial' if r.partial is not None else ''}</summary>"
                    f"{to_html(r)}</details>"
                )
        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    headers = ["#", "article", "status", "summary", "quotes", "events", "claims"]
    head = "".join(f"<th>{h}</th>" for h in headers)
    more = (
        f"<p>The first {_BATCH_VIEWS} articles are shown in full; display <code>results[i]</code> for any other.</p>"
        if len(results) > _BATCH_VIEWS
        else ""
    )
    body = (
        f'<div class="summarizer-batch" id="{root}"><style>{_BATCH_CSS.replace("#R", f"#{root}")}</style>'
        f"<p><b>{len(results)} article{'s' if len(results) != 1 else ''}</b>: "
        f"{len(results) - partial - failed} complete, {partial} partial, {failed} failed</p>"
        f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
        f"{''.join(views)}{more}</div>"
    )
    return _page(body, "summaries") if page else body
