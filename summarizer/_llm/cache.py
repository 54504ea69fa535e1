"""The response cache: a validated model answer, stored on disk, never paid for twice.

What is stored is the model's *answer* (the JSON it returned, after validation),
keyed by a hash of everything that changes it: provider, model, server, prompt
version, schema hash, generation parameters and the exact messages, which contain
the prepared article. The final summary is rebuilt from the answer on every hit,
and the answer is validated again against the current article, so an entry can
make a summary cheaper but never different, and never wrong.

Storage is one SQLite file in WAL mode, which many processes can read and write
at once. Anything unreadable (a damaged entry, a checksum mismatch, an answer
that no longer validates) is logged and treated as a miss; a file that is not a
database is moved aside and replaced.
No API key or auth header is part of the key or the value.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import platformdirs

from ..models import Usage

log = logging.getLogger(__name__)

CACHE_FORMAT = 1
ENV_VAR = "SUMMARIZER_CACHE"
_OFF = {"0", "off", "false", "no", "none", ""}
_BUSY_TIMEOUT_MS = 30_000

CacheOption = bool | str | os.PathLike[str]


def off(env: str | None) -> bool:
    """Whether a ``$SUMMARIZER_CACHE`` value turns the cache off."""
    return env is not None and env.strip().lower() in _OFF


def default_path() -> Path:
    """``$SUMMARIZER_CACHE`` if it names a file, else the platform's user cache directory."""
    env = os.environ.get(ENV_VAR)
    if env is not None and not off(env):
        return Path(env).expanduser()
    return Path(platformdirs.user_cache_dir("summarizer", appauthor=False)) / "answers.sqlite3"


def resolve(option: CacheOption) -> Path | None:
    """The cache file for ``cache=``: True (default location), False, or a path.

    ``SUMMARIZER_CACHE=off`` turns the default off; an explicit path still wins.
    """
    if option is False:
        return None
    if option is True:
        if off(os.environ.get(ENV_VAR)):
            return None
        return default_path()
    path = Path(option).expanduser()
    return path / "answers.sqlite3" if path.is_dir() else path


# Filesystems on which SQLite's locking (and WAL's shared memory, which needs one host)
# cannot be trusted: the SQLite FAQ and "How To Corrupt An SQLite Database File", 2.1.
_NETWORK_FILESYSTEMS = frozenset(
    {"nfs", "nfs4", "cifs", "smb3", "smbfs", "ncpfs", "afs", "9p", "ceph", "glusterfs", "lustre", "gpfs"}
    | {"beegfs", "orangefs", "pvfs2", "ocfs2", "gfs2", "davfs", "virtiofs"}
    # FUSE mounts of remote storage; local FUSE mounts (fuse-overlayfs, lxcfs) are not listed.
    | {"fuse.sshfs", "fuse.s3fs", "fuse.gcsfuse", "fuse.juicefs", "fuse.rclone", "fuse.goofys"}
    | {"fuse.mountpoint-s3", "fuse.blobfuse", "fuse.blobfuse2", "fuse.ceph-fuse", "fuse.glusterfs"}
)


def network_filesystem(path: Path, mountinfo: Path = Path("/proc/self/mountinfo")) -> str | None:
    """The type of the network filesystem ``path`` would be on (``"nfs4"``, ``"fuse.sshfs"``...),
    or None for a local one, or when it cannot be told (no ``/proc``: not Linux).

    The mount is the longest mount point that is a prefix of the resolved path (of its
    nearest existing parent, for a file not yet made)."""
    try:
        lines = mountinfo.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    target = Path(os.path.realpath(path))
    best: tuple[int, str] | None = None
    for line in lines:
        fields, _, rest = line.partition(" - ")
        parts, tail = fields.split(), rest.split()
        if len(parts) < 5 or not tail:
            continue
        mount = Path(parts[4].replace("\\040", " "))
        if (target == mount or mount in target.parents) and (best is None or len(mount.parts) > best[0]):
            best = (len(mount.parts), tail[0])
    if best is None:
        return None
    return best[1] if best[1] in _NETWORK_FILESYSTEMS else None


def _safe_url(url: str | None) -> str | None:
    """The server URL without credentials or query string (some proxies put keys there)."""
    if url is None:
        return None
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path.rstrip("/"), "", ""))


def key(
    *,
    provider: str,
    model: str,
    base_url: str | None,
    prompt_version: str,
    schema_hash: str,
    params: dict[str, Any],
    messages: list[dict[str, str]],
    article: str,
    published: str | None,
) -> str:
    """sha256 over everything that changes the answer, and nothing secret."""
    material = {
        "format": CACHE_FORMAT,
        "provider": provider,
        "model": model,
        "base_url": _safe_url(base_url),
        "prompt_version": prompt_version,
        "schema_hash": schema_hash,
        "params": params,
        "messages": messages,
        "article_sha256": hashlib.sha256(article.encode("utf-8", "surrogatepass")).hexdigest(),
        "published": published,
    }
    blob = json.dumps(material, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True)
class Entry:
    answer: str  # the model's validated answer, as JSON
    attempts: int
    usage: Usage  # what the answer cost when it was made
    # What validation repaired when the answer was made: the stored answer is the
    # repaired one, so validating it again on a hit finds nothing left to repair.
    repairs: tuple[str, ...] = ()


class ResponseCache:
    """One SQLite file shared by threads (one connection, a lock) and processes (WAL)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None
        self._broken = False
        self._opened: tuple[int, int] | None = None  # (device, inode) of the file in use

    def _identity(self) -> tuple[int, int] | None:
        try:
            st = os.stat(self.path)
        except OSError:
            return None
        return st.st_dev, st.st_ino

    def _connect(self) -> sqlite3.Connection | None:
        identity = self._identity()
        if identity != self._opened:
            # Deleted or replaced (say, `rm` to clear the cache): start over with the
            # file that is there now instead of writing into a deleted one.
            if self._db is not None:
                self._db.close()
            self._db = None
            self._broken = False
        if self._db is not None or self._broken:
            return self._db
        try:
            db = self._open()
        except sqlite3.DatabaseError as exc:
            if not _not_a_database(exc) or not self._move_aside(exc):
                self._give_up(exc)
                return None
            try:
                db = self._open()
            except (sqlite3.Error, OSError) as again:
                self._give_up(again)
                return None
        except (sqlite3.Error, OSError) as exc:
            self._give_up(exc)
            return None
        self._db = db
        self._opened = self._identity()
        return db

    def _open(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, timeout=_BUSY_TIMEOUT_MS / 1000, check_same_thread=False, isolation_level=None)
        try:
            db.execute(f"PRAGMA busy_timeout = {_BUSY_TIMEOUT_MS}")
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = NORMAL")
            db.execute(
                "CREATE TABLE IF NOT EXISTS answers ("
                " key TEXT PRIMARY KEY, created REAL NOT NULL, label TEXT NOT NULL,"
                " payload TEXT NOT NULL, checksum TEXT NOT NULL)"
            )
        except BaseException:
            db.close()
            raise
        return db

    def _move_aside(self, exc: sqlite3.Error) -> bool:
        """Rename a file that is not a database out of the way, keeping it for inspection."""
        aside = self.path.with_name(f"{self.path.name}.corrupt-{int(time.time())}")
        try:
            self.path.rename(aside)
        except FileNotFoundError:
            pass  # another process moved it first
        except OSError:
            return False
        log.warning(
            "response cache %s is not a database (%s); moved it to %s and started afresh", self.path, exc, aside
        )
        return True

    def _give_up(self, exc: BaseException) -> None:
        # A read-only directory, a full disk, a file we cannot move: run without the
        # cache rather than fail the summary.
        log.warning("response cache %s is unusable, continuing without it: %s", self.path, exc)
        self._broken = True
        self._opened = self._identity()

    def get(self, key: str) -> Entry | None:
        with self._lock:
            db = self._connect()
            if db is None:
                return None
            try:
                row = db.execute("SELECT payload, checksum FROM answers WHERE key = ?", (key,)).fetchone()
            except sqlite3.Error as exc:
                log.warning("response cache %s could not be read, treating as a miss: %s", self.path, exc)
                return None
        if row is None:
            return None
        payload, checksum = row
        try:
            if not isinstance(payload, str) or hashlib.sha256(payload.encode()).hexdigest() != checksum:
                raise ValueError("checksum mismatch")
            data = json.loads(payload)
            repairs = data.get("repairs", [])  # absent from entries written before repairs existed
            if not isinstance(repairs, list) or not all(isinstance(r, str) for r in repairs):
                raise ValueError("repairs is not a list of strings")
            return Entry(
                answer=str(data["answer"]),
                attempts=int(data["attempts"]),
                usage=Usage.model_validate(data["usage"]),
                repairs=tuple(repairs),
            )
        except (ValueError, KeyError, TypeError) as exc:
            log.warning("response cache entry %s… is damaged, treating as a miss: %s", key[:12], exc)
            return None

    def put(self, key: str, label: str, entry: Entry) -> None:
        payload = json.dumps(
            {
                "answer": entry.answer,
                "attempts": entry.attempts,
                "usage": entry.usage.model_dump(),
                "repairs": list(entry.repairs),
            },
            ensure_ascii=False,
        )
        checksum = hashlib.sha256(payload.encode()).hexdigest()
        with self._lock:
            db = self._connect()
            if db is None:
                return
            try:
                db.execute(
                    "INSERT OR REPLACE INTO answers (key, created, label, payload, checksum) VALUES (?, ?, ?, ?, ?)",
                    (key, time.time(), label, payload, checksum),
                )
            except sqlite3.Error as exc:
                log.warning("response cache %s could not be written, continuing: %s", self.path, exc)

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None


def _not_a_database(exc: sqlite3.Error) -> bool:
    message = str(exc).lower()
    return "not a database" in message or "malformed" in message


_instances: dict[Path, ResponseCache] = {}
_instances_lock = threading.Lock()


def open_cache(option: CacheOption) -> ResponseCache | None:
    """The process-wide cache object for ``cache=``, or None when it is off."""
    path = resolve(option)
    if path is None:
        return None
    with _instances_lock:
        cache = _instances.get(path)
        if cache is None:
            cache = _instances[path] = ResponseCache(path)
        return cache
