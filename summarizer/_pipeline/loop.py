"""The one bridge between callers and the async pipeline: an event loop of its own, in a
background thread, per ``Summarizer``.

Why not ``asyncio.run`` per call: the connection pool inside ``openai.AsyncOpenAI``
belongs to the loop that opened its connections, so a fresh loop per call could never
reuse it; and ``asyncio.run`` refuses to run where a loop is already running (a Jupyter
cell). One long-lived loop in a daemon thread serves every caller: sync code blocks on
a future, async code on any loop awaits one, and the pool, the cache and the limit on
requests in flight stay the same from one call to the next.

Every coroutine given to this module runs to its end before its caller goes on: a caller
interrupted while waiting (Ctrl-C, a cancelled task, a ``break`` out of an iterator)
cancels it and waits until its ``finally`` blocks have run, so a results file is closed
and no request is left behind.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import threading
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, Generic, TypeVar

T = TypeVar("T")

Cleanup = Callable[[], Awaitable[None]]


class Job(Generic[T]):
    """One coroutine running on the loop. ``outcome`` is set once it has ended (its
    result, its exception, or cancelled by :meth:`cancel`), never before."""

    def __init__(self, loop: asyncio.AbstractEventLoop, coro: Coroutine[Any, Any, T], closed: str) -> None:
        self.outcome: concurrent.futures.Future[T] = concurrent.futures.Future()
        self._loop = loop
        self._closed = closed
        self._task: asyncio.Task[T] | None = None
        self._cancelled = False  # by cancel(), rather than by the loop closing
        loop.call_soon_threadsafe(self._start, coro)

    def _start(self, coro: Coroutine[Any, Any, T]) -> None:
        self._task = self._loop.create_task(coro)
        self._task.add_done_callback(self._done)

    def _done(self, task: asyncio.Task[T]) -> None:
        if task.cancelled():
            if self._cancelled:
                self.outcome.cancel()
                # Without this, concurrent.futures.wait() would not count it as done.
                self.outcome.set_running_or_notify_cancel()
            else:
                self.outcome.set_exception(RuntimeError(self._closed))
        elif (exc := task.exception()) is not None:
            self.outcome.set_exception(exc)
        else:
            self.outcome.set_result(task.result())

    def stop(self) -> None:
        """Cancel the coroutine unless it has ended, and wait until it has (sync code)."""
        if not self.outcome.done():
            self.cancel()
        concurrent.futures.wait([self.outcome])

    async def astop(self) -> None:
        """Cancel the coroutine unless it has ended, and await its end (async code)."""
        if not self.outcome.done():
            self.cancel()
        waiter = asyncio.wrap_future(self.outcome)
        await asyncio.wait([waiter])
        if not waiter.cancelled():
            waiter.exception()  # retrieved, so asyncio does not log it as forgotten

    def cancel(self) -> None:
        """Ask the coroutine to stop, from any thread; ``outcome`` is set once it has."""

        def cancel() -> None:
            # Runs after _start: callbacks run in the order they were scheduled.
            self._cancelled = True
            if self._task is not None:
                self._task.cancel()

        with contextlib.suppress(RuntimeError):  # the loop is closed: nothing runs any more
            self._loop.call_soon_threadsafe(cancel)


class LoopThread:
    """An event loop running in a daemon thread until :meth:`close`.

    ``closed`` is the message of the ``RuntimeError`` raised by a call made after
    ``close()``, or cut short by it.
    """

    def __init__(self, name: str, closed: str) -> None:
        self._closed_message = closed
        self._loop = asyncio.new_event_loop()
        self._lock = threading.Lock()
        self._closing = False
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        try:
            self._loop.run_forever()
        finally:
            try:
                self._loop.run_until_complete(self._loop.shutdown_asyncgens())
            finally:
                self._loop.close()

    def submit(self, coro: Coroutine[Any, Any, T]) -> Job[T]:
        """Start ``coro`` on the loop, from any thread."""
        with self._lock:
            if not self._closing:
                with contextlib.suppress(RuntimeError):  # the loop is closed
                    return Job(self._loop, coro, self._closed_message)
        coro.close()  # never started: close it, or Python warns that it was never awaited
        raise RuntimeError(self._closed_message)

    def run(self, coro: Coroutine[Any, Any, T]) -> T:
        """Run ``coro`` on the loop and wait for its result, from sync code on any thread
        but the loop's own (also where another loop is running, as in Jupyter)."""
        if threading.current_thread() is self._thread:
            coro.close()
            raise RuntimeError("a sync method was called on its own event loop; await its async twin instead")
        job = self.submit(coro)
        try:
            return job.outcome.result()
        except BaseException:
            job.stop()  # the wait was interrupted (Ctrl-C): the work stops before the caller goes on
            raise

    async def arun(self, coro: Coroutine[Any, Any, T]) -> T:
        """Run ``coro`` on the loop and await its result, from any event loop."""
        job = self.submit(coro)
        waiter = asyncio.wrap_future(job.outcome)
        try:
            # Shielded: cancelling the caller must cancel the job, not only the wait for it.
            return await asyncio.shield(waiter)
        except asyncio.CancelledError:
            await job.astop()  # the work stops before the caller goes on
            raise

    def _shutdown(self, cleanup: Cleanup | None) -> Job[None] | None:
        """Cancel what still runs, then run ``cleanup``, then stop the loop."""

        async def shutdown() -> None:
            try:
                me = asyncio.current_task()
                others = [t for t in asyncio.all_tasks() if t is not me]
                for task in others:
                    task.cancel()
                await asyncio.gather(*others, return_exceptions=True)
                if cleanup is not None:
                    await cleanup()
            finally:
                asyncio.get_running_loop().stop()

        with self._lock:
            if self._closing:
                return None
            self._closing = True
            coro = shutdown()
            try:
                return Job(self._loop, coro, self._closed_message)
            except RuntimeError:  # the loop is closed already
                coro.close()
                return None

    def close(self, cleanup: Cleanup | None = None) -> None:
        """Stop the loop and wait for its thread to end; idempotent."""
        if threading.current_thread() is self._thread:
            self.close_soon(cleanup)
            return
        job = self._shutdown(cleanup)
        self._thread.join()
        if job is not None and job.outcome.done():
            job.outcome.result()  # a failed cleanup is raised here

    async def aclose(self, cleanup: Cleanup | None = None) -> None:
        """:meth:`close` for async code: the caller's loop is not blocked meanwhile."""
        if threading.current_thread() is self._thread:
            self.close_soon(cleanup)
            return
        job = self._shutdown(cleanup)
        await asyncio.to_thread(self._thread.join)
        if job is not None and job.outcome.done():
            job.outcome.result()  # a failed cleanup is raised here

    def close_soon(self, cleanup: Cleanup | None = None) -> None:
        """Start closing without waiting: safe from any thread, also from a finalizer."""
        self._shutdown(cleanup)
