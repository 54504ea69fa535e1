"""What a model answer cost, in US dollars, from pydantic's genai-prices table
(maintained upstream, not kept by hand here).

None when the price is unknown: the embedded model, an OpenAI-compatible server or
Ollama (no provider to price), or a model the table does not list.
"""

from __future__ import annotations

import functools
import logging

log = logging.getLogger(__name__)


# Both providers' batch APIs bill every token at half the synchronous price: OpenAI
# ("Batch API": "50% cost discount compared to synchronous APIs") and Anthropic
# (platform.claude.com, batch-processing: "reducing costs by 50%"). genai-prices knows
# batch prices as a price variant (price_context={"processing": "batch"}) for the models
# its table gives one; for the others its standard price comes back, and this halves it.
BATCH_DISCOUNT = 0.5


def price(
    provider: str | None,
    model: str,
    prompt_tokens: int,
    completion_tokens: int,
    *,
    cache_read_tokens: int = 0,
    cache_write_tokens: int = 0,
    batch: bool = False,
) -> float | None:
    """The cost of one answer; completion tokens include any reasoning tokens, as
    OpenAI reports them and as the Gemini adapter sums them. ``prompt_tokens`` is every
    prompt token, those read from or written to the provider's prompt cache included
    (``cache_read_tokens``, ``cache_write_tokens``): genai-prices' ``input_tokens`` is that
    total, and it prices the cached ones at their own price (``cache_read_mtok``,
    ``cache_write_mtok``) and the rest at the input price. ``batch``: answered by the
    provider's batch API, at its batch price."""
    if provider is None or not _known(provider, model):
        return None
    from genai_prices import Usage, calc_price

    usage = Usage(
        input_tokens=prompt_tokens,
        output_tokens=completion_tokens,
        cache_read_tokens=cache_read_tokens or None,
        cache_write_tokens=cache_write_tokens or None,
    )
    standard = float(calc_price(usage, model_ref=model, provider_id=provider).total_price)
    if not batch:
        return standard
    listed = float(
        calc_price(usage, model_ref=model, provider_id=provider, price_context={"processing": "batch"}).total_price
    )
    return listed if listed < standard else standard * BATCH_DISCOUNT


@functools.cache
def _known(provider: str, model: str) -> bool:
    from genai_prices import Usage, calc_price

    try:
        calc_price(Usage(input_tokens=0, output_tokens=0), model_ref=model, provider_id=provider)
    except LookupError:
        log.debug("no price for %s/%s in genai-prices", provider, model)
        return False
    return True
