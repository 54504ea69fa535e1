"""Provider batch jobs at scale: N articles (default 1,000) submitted, collected and
validated through the loopback batch fake (tests/llm/batch_fakes.py), then the same
articles summarized synchronously against the same fake's synchronous endpoint, with
the same answers; the results are compared and both costs printed side by side.

The articles are the seed under N different datelines (2001-01-01 onwards), so each is
a distinct request. The fake's answers are written in this file, not recorded: the
hand-written seed answer of tests/pipeline/test_summarize.py (GOOD), except that every
``--reask-every``-th article gets an answer with a wrong sentence ID first (WRONG_ID),
which fails validation and is re-asked (synchronously, in both paths). Usage is the
fake's (1,000 prompt and 100 completion tokens per answer), priced by genai-prices for
the model given (default openai/gpt-4o-mini).

Run: ``python bench/batch_jobs.py`` (``--articles``, ``--provider openai|anthropic``,
``--reask-every``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the fake lives with the tests

import _common  # noqa: E402

from summarizer import ArticleSummary, FailedArticle, Summarizer, summarize_many  # noqa: E402
from summarizer._pipeline.batch_jobs import state_path  # noqa: E402
from tests.llm.batch_fakes import BatchFake  # noqa: E402
from tests.llm.provider_fakes import Seen, anthropic_reply, chat_reply  # noqa: E402
from tests.pipeline.test_summarize import GOOD, WRONG_ID  # noqa: E402

MODELS = {"openai": ("chat", "openai/gpt-4o-mini"), "anthropic": ("anthropic", "anthropic/claude-sonnet-4-5")}
KEY = "bench-key-not-a-secret"


def articles(n: int) -> list[tuple[str, str]]:
    body = _common.seed_text().split("\n", 1)[1]
    start = dt.date(2001, 1, 1)
    return [(f"a{i}", f"date {(start + dt.timedelta(days=i)).isoformat()}\n{body}") for i in range(n)]


def answers(wire: str, reasked_dates: set[str]) -> Any:
    def answer(seen: Seen) -> dict[str, Any]:
        raw = seen.raw.decode()
        first = not any(m.get("role") == "assistant" for m in seen.body.get("messages", []))
        wrong = first and any(d in raw for d in reasked_dates)
        text = json.dumps(WRONG_ID if wrong else GOOD)
        return chat_reply(text) if wire == "chat" else anthropic_reply(text)

    return answer


def comparable(result: ArticleSummary | FailedArticle) -> dict[str, Any]:
    data = result.model_dump(mode="json")
    data.pop("usage")
    return data


def cost(results: list[ArticleSummary | FailedArticle]) -> float:
    return sum(r.usage.cost_usd or 0.0 for r in results)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--provider", choices=sorted(MODELS), default="openai")
    parser.add_argument("--reask-every", type=int, default=20, help="0: no re-asks")
    args = parser.parse_args()
    wire, model = MODELS[args.provider]
    items = articles(args.articles)
    every = args.reask_every
    reasked = {
        text.split("\n", 1)[0].removeprefix("date ") for i, (_, text) in enumerate(items) if every and i % every == 0
    }
    _common.print_header(f"provider batch jobs: {args.articles} articles, {model}, loopback fake")
    with tempfile.TemporaryDirectory() as tmp, BatchFake(wire, answers(wire, reasked), key=KEY) as fake:
        out = Path(tmp) / "results.jsonl"
        options: dict[str, Any] = {"model": model, "base_url": fake.url + "/v1", "api_key": KEY}
        with Summarizer(**options, cache=str(Path(tmp) / "answers.sqlite3")) as client:
            t0 = time.perf_counter()
            jobs = client.submit_batch(items, out=out)
            t_submit = time.perf_counter() - t0
        size = state_path(out).stat().st_size
        with Summarizer(**options, cache=str(Path(tmp) / "answers.sqlite3")) as client:  # a new client: a restart
            t0 = time.perf_counter()
            collected = client.collect_batch(out, progress=False)
            t_collect = time.perf_counter() - t0
        reasks = len(fake.synchronous)
        t0 = time.perf_counter()
        synchronous = summarize_many(items, **options, cache=False, progress=False)
        t_sync = time.perf_counter() - t0
        violations = list(fake.violations)

    same = sum(comparable(a) == comparable(b) for a, b in zip(collected, synchronous, strict=True))
    complete = sum(1 for r in collected if isinstance(r, ArticleSummary) and r.complete)
    batch_cost, sync_cost = cost(collected), cost(synchronous)
    print(f"jobs: {len(jobs)} ({', '.join(f'{j.id}: {j.requests} requests' for j in jobs)}); state file {size:,} bytes")
    print(f"submit: {t_submit:.2f} s; collect (validate, resolve, cache, write): {t_collect:.2f} s")
    print(f"collected: {len(collected)} results, {complete} complete; re-asks sent synchronously: {reasks}")
    print(f"synchronous path on the same answers: {t_sync:.2f} s, {len(synchronous)} results")
    print(f"same results as the synchronous path (all but usage): {same} of {len(collected)}")
    print(f"cost: batch ${batch_cost:.4f} vs synchronous ${sync_cost:.4f} (ratio {batch_cost / sync_cost:.3f})")
    once = [i for i, r in enumerate(collected) if isinstance(r, ArticleSummary) and r.provenance.attempts == 1]
    first_batch, first_sync = cost([collected[i] for i in once]), cost([synchronous[i] for i in once])
    print(
        f"  of which the {len(once)} articles answered at the first attempt: batch ${first_batch:.4f} vs "
        f"synchronous ${first_sync:.4f} (ratio {first_batch / first_sync:.3f}); the rest include full-price re-asks"
    )
    print(f"documented-constraint violations seen by the fake: {len(violations)}")


if __name__ == "__main__":
    main()
