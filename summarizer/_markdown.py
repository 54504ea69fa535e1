"""Plain Markdown rendering of a summary, for terminals, reports and plain renderers."""

from __future__ import annotations

from .models import ArticleSummary


def _cell(text: str | None) -> str:
    return (text or "").replace("|", "\\|").replace("\n", " ")


def _table(title: str, headers: list[str], rows: list[list[str | None]]) -> list[str]:
    if not rows:
        return []
    lines = [f"## {title}", "", "| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return [*lines, ""]


def to_markdown(result: ArticleSummary) -> str:
    lines = ["## Summary", "", result.summary, ""]
    lines += _table(
        "Quotes",
        ["speaker", "role", "quote", "offsets"],
        [
            [
                speaker.name if speaker else "unattributed",
                speaker.role if speaker else None,
                f"“{q.text}”",
                f"{q.start}–{q.end}",
            ]
            for q in result.quotes
            for speaker in [result.speaker(q.speaker_id)]
        ],
    )
    lines += _table(
        "Events",
        ["what", "who", "where", "when", "date"],
        [
            [
                e.what,
                e.who.text if e.who else None,
                e.where.text if e.where else None,
                e.when.text if e.when else None,
                e.when.date.isoformat() if e.when and e.when.date else None,
            ]
            for e in result.events
        ],
    )
    lines += _table("Claims", ["claim", "source"], [[c.statement, s.name if (s := result.speaker(c.source_id)) else None] for c in result.claims])
    p, u = result.provenance, result.usage
    lines.append(
        f"_{p.provider}/{p.model}, prompt {p.prompt_version}, {p.attempts} attempt(s), "
        f"{u.prompt_tokens} prompt + {u.completion_tokens} completion tokens, "
        f"summarizer {p.library_version}_"
    )
    return "\n".join(lines) + "\n"
