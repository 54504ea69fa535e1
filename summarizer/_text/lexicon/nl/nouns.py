"""Dutch nouns: none of the rules needs a list yet."""
