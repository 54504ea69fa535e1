"""English: the lists the rules read (verbs, calendar, people, nouns, function words)."""
