"""What a model answer cost, in US dollars, from pydantic's genai-prices table
(maintained upstream, not kept by hand here).

None when the price is unknown: the embedded model, an OpenAI-compatible server or
Ollama (no provider to price), or a model the table does not list.
"""

from __future__ import annotations

import functools
import logging

log = logging.getLogger(__name__)


def price(provider: str | None, model: str, prompt_tokens: int, completion_tokens: int) -> float | None:
    """The cost of one answer; completion tokens include any reasoning tokens, as
    OpenAI reports them and as the Gemini adapter sums them."""
    if provider is None or not _known(provider, model):
        return None
    from genai_prices import Usage, calc_price

    calculation = calc_price(
        Usage(input_tokens=prompt_tokens, output_tokens=completion_tokens), model_ref=model, provider_id=provider
    )
    return float(calculation.total_price)


@functools.cache
def _known(provider: str, model: str) -> bool:
    from genai_prices import Usage, calc_price

    try:
        calc_price(Usage(input_tokens=0, output_tokens=0), model_ref=model, provider_id=provider)
    except LookupError:
        log.debug("no price for %s/%s in genai-prices", provider, model)
        return False
    return True
