"""One article, then many: plan the requests, ask, validate, resolve, merge."""
