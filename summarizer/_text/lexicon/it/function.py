"""Italian function words: articles, pronouns, adverbs a reporting clause may hold."""

MALE_ARTICLES = "il lo del al"
FEMALE_ARTICLES = "la della"
ARTICLES = "l' l’ i gli le un una uno"
MALE_PRONOUNS = "lui"
FEMALE_PRONOUNS = "lei"
PLURAL_PRONOUNS = "loro"
CLAUSE_ADVERBS = "anche poi inoltre ieri oggi già ancora ora"
FEATURES = "null_subject"
# Before these a single capitalised word is a place, not a person ("nach Kiew").
PLACE_PREPOSITIONS = "a in da verso"
# Conjunctions and adverbs that open a sentence: capitalised there, never part of a name
# ("Mais Bayrou a dit" names Bayrou).
NOT_NAMES = """
ma e per così però inoltre poi dopo prima durante secondo come quando se anche intanto
"""
# A source's pronoun after "selon" and its kind ("selon lui", "laut ihm").
MALE_SOURCE_PRONOUNS = "lui"
FEMALE_SOURCE_PRONOUNS = "lei"
