"""The embedded model's server process: ``python -m summarizer._llm.server``.

It runs in a child process of its own, never in the caller's, because llama.cpp is
native code: a crash there (a segfault on some CPUs, an abort on a bad tensor) ends
the process it runs in. Here that is this server, and the caller (a notebook kernel,
a batch of thousands of articles) gets an error for one request and a fresh server
for the next.

Protocol with the parent (``_embedded``):

* it binds 127.0.0.1 on an ephemeral port, loads the model, and when it answers
  HTTP writes one JSON line to stdout: ``{"port": ..., "pid": ..., "use_extra_bufts": false}``;
* it exits when its stdin closes, so a parent that dies, even by SIGKILL, leaves
  no orphan server behind.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import sys
import threading
import time
from typing import Any


def _without_extra_buffer_types() -> None:
    """Load weights into plain CPU buffers, never into "extra" buffer types.

    On CPUs with Intel AMX (``AMX_INT8 = 1`` in llama.cpp's system line), llama.cpp
    repacks the weights into an AMX buffer, and the first decode segfaults
    (ggml-org/llama.cpp#20824, ollama/ollama#17205). The repack is an "extra buffer
    type", switched off by ``llama_model_params.use_extra_bufts = False``, which
    ``Llama.__init__`` does not expose: it takes its params from
    ``llama_model_default_params()``, looked up on the module at call time, so the
    defaults are changed there. A 135M model loses nothing measurable without it.
    """
    import llama_cpp.llama_cpp as native

    default_params = native.llama_model_default_params

    def params() -> Any:
        p = default_params()
        p.use_extra_bufts = False
        return p

    native.llama_model_default_params = params


def _evaluate_every_prompt_from_scratch(llama: Any) -> None:
    """Make the answer to a request independent of the request before it.

    llama-cpp-python reuses the cached prefix of the previous prompt and re-evaluates
    only the rest, which changes the logits slightly and so, at temperature 0, the
    answer. Resetting the model's state before each generation (inside the server's
    lock, since ``generate`` runs there) gives every request the cold-start answer.
    """
    generate = llama.generate

    def cold_generate(*args: Any, **kwargs: Any) -> Any:
        llama.reset()
        return generate(*args, **kwargs)

    llama.generate = cold_generate


def _exit_when_parent_goes() -> None:
    # stdin is a pipe from the parent: EOF means the parent closed it or died.
    try:
        while sys.stdin.buffer.read(4096):
            pass
    finally:
        os._exit(0)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m summarizer._llm.server")
    parser.add_argument("--model", required=True, help="path of the GGUF file")
    parser.add_argument("--alias", required=True, help="the model name clients ask for")
    parser.add_argument("--n-ctx", type=int, required=True)
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 2)
    args = parser.parse_args(argv)

    threading.Thread(target=_exit_when_parent_goes, name="parent-watch", daemon=True).start()

    _without_extra_buffer_types()
    import uvicorn
    from llama_cpp.server import app as server_app
    from llama_cpp.server.settings import ModelSettings, ServerSettings

    app = server_app.create_app(
        server_settings=ServerSettings(host="127.0.0.1", port=0),
        model_settings=[
            ModelSettings(
                model=args.model,
                model_alias=args.alias,
                n_ctx=args.n_ctx,
                n_threads=args.threads,
                n_threads_batch=args.threads,
                seed=args.seed,
                logits_all=False,
                verbose=False,
            )
        ],
    )
    # create_app loaded the model into its module-level proxy.
    proxy = server_app._llama_proxy
    if proxy is None or proxy._current_model is None:
        raise SystemExit("llama-cpp-python's server app holds no model after create_app")
    llama: Any = proxy._current_model
    _evaluate_every_prompt_from_scratch(llama)

    # Bound here, not by uvicorn, so the port is known before it serves.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))

    def announce() -> None:
        while not server.started:
            time.sleep(0.01)
        ready = {"port": port, "pid": os.getpid(), "use_extra_bufts": bool(llama.model_params.use_extra_bufts)}
        sys.stdout.write(json.dumps(ready) + "\n")
        sys.stdout.flush()

    threading.Thread(target=announce, name="announce", daemon=True).start()
    server.run(sockets=[sock])


if __name__ == "__main__":
    main()
