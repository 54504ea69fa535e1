"""Deterministic text work: the article, its sentences, quotes, dates, speakers and grounding. No model, no network."""
