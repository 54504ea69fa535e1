"""A batch's progress: a rich bar on stderr in a terminal, a display that updates in
place in a notebook, nothing in a pipe.

In Jupyter stderr is no terminal, and rich's live bar there needs ipywidgets (without
it rich warns and shows nothing). A notebook always has IPython, whose display handles
update an output in place (JupyterLab, Notebook, VS Code, nbclient): so the notebook
view is the same rich bar rendered to HTML (and plain text) by a recording console,
shown with ``display(..., display_id=True)`` and updated at most every 0.2 s.
"""

from __future__ import annotations

import io
import sys
import time
from collections.abc import Callable
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

from ..models import FailedArticle
from ..results import Result

_REFRESH = 0.2  # seconds between two updates of a notebook's display
_PRE = '<pre style="white-space:pre;overflow-x:auto;line-height:normal;font-family:monospace">{code}</pre>'


def in_notebook() -> bool:
    """Whether this process is a Jupyter kernel (rich's test: IPython's ZMQ shell, Colab)."""
    return Console().is_jupyter


def shown_by_default() -> bool:
    """A progress bar is shown, unless asked otherwise, in a terminal and in a notebook."""
    return sys.stderr.isatty() or in_notebook()


class _Snapshot:
    """One state of the bar, as a notebook shows it."""

    def __init__(self, text: str, html: str) -> None:
        self.text, self.html = text, html

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, str]:
        return {"text/plain": self.text, "text/html": self.html}


class BatchProgress:
    """Articles done out of the batch, with how many are partial or failed."""

    def __init__(self, enabled: bool | None, total: int, done: int) -> None:
        self.partial = self.failed = 0
        show = shown_by_default() if enabled is None else enabled
        self._notebook = show and in_notebook()
        self._bar: Progress | None = None
        self._handle: Any = None
        self._shown = 0.0
        if show:
            self._bar = Progress(
                TextColumn("summarizing"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[partial]} partial, {task.fields[failed]} failed"),
                TimeElapsedColumn() if self._notebook else TimeRemainingColumn(),
                # In a notebook the bar is never started: it is only rendered (_snapshot).
                console=Console(file=io.StringIO()) if self._notebook else Console(stderr=True),
                auto_refresh=not self._notebook,
                transient=False,
            )
            self._task = self._bar.add_task("summarizing", total=total, completed=done, partial=0, failed=0)

    def _snapshot(self) -> _Snapshot:
        assert self._bar is not None
        console = Console(
            file=io.StringIO(),
            record=True,
            width=100,
            force_terminal=True,
            force_jupyter=False,
            color_system="truecolor",
        )
        console.print(self._bar.make_tasks_table(self._bar.tasks))
        return _Snapshot(console.export_text(clear=False), console.export_html(inline_styles=True, code_format=_PRE))

    def _show(self, final: bool = False) -> None:
        now = time.monotonic()
        if not final and now - self._shown < _REFRESH:
            return
        self._shown = now
        from IPython import display as ipython_display

        # IPython's display() carries no annotations; it returns a DisplayHandle here.
        display: Callable[..., Any] = ipython_display.display
        if self._handle is None:
            self._handle = display(self._snapshot(), display_id=True)
        else:
            self._handle.update(self._snapshot())

    def __enter__(self) -> BatchProgress:
        if self._bar is not None:
            if self._notebook:
                self._show(final=True)
            else:
                self._bar.start()
        return self

    def advance(self, result: Result) -> None:
        if isinstance(result, FailedArticle):
            self.failed += 1
        elif result.partial is not None:
            self.partial += 1
        if self._bar is not None:
            self._bar.update(self._task, advance=1, partial=self.partial, failed=self.failed)
            if self._notebook:
                self._show()

    def __exit__(self, *exc: object) -> None:
        if self._bar is None:
            return
        if self._notebook:
            self._show(final=True)
        else:
            self._bar.stop()
