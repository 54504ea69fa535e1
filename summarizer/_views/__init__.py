"""Renderings of the public models (HTML, Markdown, DataFrames, terminal). They import models only."""
