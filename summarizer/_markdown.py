"""Plain Markdown rendering of a summary, for terminals, reports and plain renderers."""

from __future__ import annotations

from .models import ArticleSummary


def _cell(text: str | None) -> str:
    return (text or "").replace("|", "\\|").replace("\n", " ")


def to_markdown(result: ArticleSummary) -> str:
    lines = ["## Summary", "", result.summary, ""]
    if result.quotes:
        lines += ["## Quotes", "", "| speaker | role | quote | offsets |", "|---|---|---|---|"]
        for q in result.quotes:
            lines.append(
                f"| {_cell(q.speaker or 'unattributed')} | {_cell(q.speaker_role)} "
                f"| “{_cell(q.text)}” | {q.start}–{q.end} |"
            )
        lines.append("")
    if result.events:
        lines += ["## Events", "", "| what | who | where | when | date |", "|---|---|---|---|---|"]
        for e in result.events:
            lines.append(
                f"| {_cell(e.what)} | {_cell(e.who.text if e.who else None)} "
                f"| {_cell(e.where.text if e.where else None)} "
                f"| {_cell(e.when.text if e.when else None)} "
                f"| {e.when.date.isoformat() if e.when and e.when.date else ''} |"
            )
        lines.append("")
    if result.claims:
        lines += ["## Claims", "", "| claim | source |", "|---|---|"]
        for c in result.claims:
            lines.append(f"| {_cell(c.statement)} | {_cell(c.source)} |")
        lines.append("")
    p, u = result.provenance, result.usage
    lines.append(
        f"_{p.provider}/{p.model}, prompt {p.prompt_version}, {p.attempts} attempt(s), "
        f"{u.prompt_tokens} prompt + {u.completion_tokens} completion tokens, "
        f"summarizer {p.library_version}_"
    )
    return "\n".join(lines) + "\n"
