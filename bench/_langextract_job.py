"""Run langextract once on an article against an OpenAI-compatible server; print JSON.

Not a benchmark itself: ``bench/tokens.py`` runs it with the interpreter of a venv that
has ``langextract[openai]`` (langextract pulls its own openai, newer than the one the
library pins, so it lives in a venv of its own). It imports nothing of the library.

Input, one JSON object on stdin: ``text``, ``base_url``, ``model``, ``temperature``,
``seed``, ``max_tokens``, and ``schema``: whether to constrain decoding to langextract's
own schema for the examples the way this server accepts it. Output, one JSON object on stdout: the langextract version,
the seconds ``lx.extract`` took, and the extractions with their alignment.
"""

from __future__ import annotations

import importlib.metadata
import json
import logging
import sys
import time
import warnings

import langextract as lx
from langextract.providers.schemas.openai import OpenAISchema

PROMPT = (
    "Extract from the news article, in order of appearance: events (what happened, with "
    "who acted, on whom or what, where and when as attributes), claims (assertions the "
    "article attributes to someone, with their source as an attribute) and direct quotes "
    "(the quoted words, with their speaker as an attribute). Use exact text from the "
    "article for extraction_text; do not paraphrase or overlap entities."
)

EXAMPLE_TEXT = (
    "Rescuers pulled two hikers from a ravine on Mount Rainier on Sunday. "
    "\u201cThey were lucky to be alive,\u201d ranger Ann Lee told reporters. "
    "Park officials said the trail would stay closed until spring."
)


def examples() -> list[lx.data.ExampleData]:
    return [
        lx.data.ExampleData(
            text=EXAMPLE_TEXT,
            extractions=[
                lx.data.Extraction(
                    extraction_class="event",
                    extraction_text="Rescuers pulled two hikers from a ravine on Mount Rainier on Sunday",
                    attributes={
                        "who": "Rescuers",
                        "whom": "two hikers",
                        "where": "Mount Rainier",
                        "when": "Sunday",
                    },
                ),
                lx.data.Extraction(
                    extraction_class="quote",
                    extraction_text="They were lucky to be alive",
                    attributes={"speaker": "ranger Ann Lee"},
                ),
                lx.data.Extraction(
                    extraction_class="claim",
                    extraction_text="the trail would stay closed until spring",
                    attributes={"source": "Park officials"},
                ),
            ],
        )
    ]


def main() -> int:
    job = json.load(sys.stdin)
    logging.basicConfig(level=logging.ERROR, stream=sys.stderr)
    warnings.simplefilter("ignore")  # its UserWarnings would only clutter the bench's output
    provider_kwargs = {
        "base_url": job["base_url"],
        "api_key": "no-key-required",
        "temperature": job["temperature"],
        "seed": job["seed"],
        "max_output_tokens": job["max_tokens"],
    }
    if job["schema"]:
        # langextract's schema constraints (use_schema_constraints=True) send
        # response_format type "json_schema", which llama-cpp-python's server rejects
        # (HTTP 500). The same schema, built by langextract from the examples, goes as
        # {"type": "json_object", "schema": ...}, which that server enforces. Without
        # it langextract sends {"type": "json_object"}: any JSON at all.
        provider_kwargs["response_format"] = {
            "type": "json_object",
            "schema": OpenAISchema.from_examples(examples()).schema_dict,
        }
    config = lx.factory.ModelConfig(
        model_id=job["model"],
        # The model name matches none of langextract's provider patterns; name the
        # provider so that it talks to the OpenAI-compatible endpoint.
        provider="OpenAILanguageModel",
        provider_kwargs=provider_kwargs,
    )
    start = time.perf_counter()
    result = lx.extract(
        text_or_documents=job["text"],
        prompt_description=PROMPT,
        examples=examples(),
        config=config,
        use_schema_constraints=False,  # see above
        # One chunk at a time. The server answers one request at a time anyway, so this
        # costs no time; with its default of 10 workers every chunk is sent at once and
        # the last ones wait in the server's queue past the openai client's 600 s
        # timeout on a loaded machine, which then drops and re-sends them.
        max_workers=1,
        fence_output=False,
        show_progress=False,
    )
    elapsed = time.perf_counter() - start
    document = result[0] if isinstance(result, list) else result
    extractions = [
        {
            "class": e.extraction_class,
            "text": e.extraction_text,
            "attributes": e.attributes,
            "alignment": e.alignment_status.value if e.alignment_status else None,
            "start": e.char_interval.start_pos if e.char_interval else None,
            "end": e.char_interval.end_pos if e.char_interval else None,
        }
        for e in (document.extractions or [])
    ]
    json.dump(
        {
            "version": importlib.metadata.version("langextract"),
            "seconds": elapsed,
            "extractions": extractions,
        },
        sys.stdout,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
