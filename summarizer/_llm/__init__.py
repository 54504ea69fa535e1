"""The model layer: the only place that imports openai, instructor or llama.cpp."""
