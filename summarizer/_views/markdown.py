"""Plain Markdown rendering of a summary, for terminals, reports and plain renderers.

Text from the article or the model is escaped where Markdown would read it as
syntax: table pipes, HTML tags, links, emphasis and code. A Markdown renderer shows
it as written, and an article holding ``<script>`` or ``[x](javascript:...)`` stays text.
This module imports our models only for type checking, so ``models.py`` can import it
lazily.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..models import ArticleSummary, Partial, When

__all__ = ["partial_notice", "to_markdown"]

# Said where the summary is the article's own first sentences: no model judged them.
LEDE_NOTE = "Lede: the article's first sentences, as written; no model wrote this summary."

# Backslash first, so the escapes added for the others are not escaped again.
_SPECIAL = re.compile(r"([\\|<>\[\]`*_])")
_ENTITY = re.compile(r"&(?=#?\w+;)")
# What opens a block (heading, quote, list, rule) when it starts a paragraph.
_BLOCK_START = re.compile(r"^(#|>|[-+=]|\d+(?=[.)]))")


def _inline(text: str | None) -> str:
    """One line of Markdown that renders as ``text``."""
    text = " ".join((text or "").split())
    return _ENTITY.sub(r"\\&", _SPECIAL.sub(r"\\\1", text))


def _paragraph(text: str) -> str:
    text = _inline(text)
    match = _BLOCK_START.match(text)
    if match is None:
        return text
    if match.group(1)[0].isdigit():
        return text[: match.end()] + "\\" + text[match.end() :]
    return "\\" + text


def _table(title: str, headers: list[str], rows: list[list[str]]) -> list[str]:
    if not rows:
        return []
    lines = [f"## {title}", "", "| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return [*lines, ""]


def _date(when: When | None) -> str:
    if when is None:
        return ""
    return when.label


def partial_notice(partial: Partial) -> str:
    """One line saying a summary is partial: what is missing, why, and what to do."""
    return f"Partial summary, missing {', '.join(partial.missing)} ({partial.reason}): {partial.message}"


def _absent(title: str) -> list[str]:
    """A section the model gave nothing for: said, not left out, so it cannot pass for empty."""
    return [f"## {title}", "", "_Not available: the model gave no answer (see the note above)._", ""]


def to_markdown(result: ArticleSummary) -> str:
    def name(speaker_id: str | None, empty: str) -> str:
        speaker = result.speaker(speaker_id)
        if speaker is not None:
            return _inline(speaker.name)
        return _inline(f"unknown speaker {speaker_id}") if speaker_id else empty

    def role(speaker_id: str | None) -> str:
        speaker = result.speaker(speaker_id)
        return _inline(speaker.role) if speaker is not None else ""

    lines = []
    if result.partial is not None:
        lines += ["> **" + _inline(partial_notice(result.partial)) + "**", ""]
    if result.summary is not None:
        lede = ["*" + _inline(LEDE_NOTE) + "*", ""] if result.summary_from == "lede" else []
        lines += ["## Summary", "", *lede, _paragraph(result.summary), ""]
    else:
        lines += _absent("Summary")
    lines += _table(
        "Speakers",
        ["id", "name", "role", "kind", "quotes"],
        [
            [
                _inline(s.id),
                _inline(s.name),
                _inline(s.role),
                s.kind,
                str(sum(q.speaker_id == s.id for q in result.quotes)),
            ]
            for s in result.speakers
        ],
    )
    lines += _table(
        "Quotes",
        ["speaker", "role", "quote", "offsets"],
        [
            [name(q.speaker_id, "unattributed"), role(q.speaker_id), f"“{_inline(q.text)}”", f"{q.start}–{q.end}"]
            for q in result.quotes
        ],
    )
    if result.events is None:
        lines += _absent("Events")
    else:
        lines += _table(
            "Events",
            ["what", "who", "where", "when", "date", "reported by"],
            [
                [
                    _inline(e.what),
                    _inline(e.who.text if e.who else None),
                    _inline(e.where.text if e.where else None),
                    _inline(e.when.text if e.when else None),
                    _date(e.when),
                    _inline(e.reported_by.text if e.reported_by else None),
                ]
                for e in result.events
            ],
        )
    if result.claims is None:
        lines += _absent("Claims")
    else:
        lines += _table(
            "Claims",
            ["claim", "source", "role"],
            [[_inline(c.statement), name(c.source_id, ""), role(c.source_id)] for c in result.claims],
        )
    p, u = result.provenance, result.usage
    facts = [
        f"{p.provider}/{p.model}",
        f"prompt {p.prompt_version}",
        f"{p.attempts} attempt(s)",
        f"{u.calls} call(s)",
        f"{u.prompt_tokens} prompt + {u.completion_tokens} completion tokens",
        *(["cached"] if p.cached else []),
        *([f"{p.chunks} chunks"] if p.chunks != 1 else []),
        *(["from HTML"] if p.input_format == "html" else []),
        f"summarizer {p.library_version}",
    ]
    lines.append("_" + _inline(", ".join(facts)) + "_")
    return "\n".join(lines) + "\n"
