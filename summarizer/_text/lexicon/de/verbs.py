"""German reporting verbs, in the forms a news clause uses (third person).

``„...“, sagte Scholz.`` / ``„...“, erklärte sie.`` / ``Lindner erklärte: „...“`` /
``„...“, so Scholz.`` ("so" stands for a verb of saying after a quote).
"""

SPEECH_FINITE = """
sagte sagten sagt sagen erklärte erklärten erklärt betonte betonten betont meinte meint warnte warnt
kritisierte kritisiert ergänzte ergänzt versicherte versichert bekräftigte bekräftigt unterstrich
unterstreicht schrieb schreibt antwortete antwortet erwiderte erwidert sprach verkündete verkündet
behauptete behauptet mahnte mahnt entgegnete entgegnet konterte kontert
forderte fordert räumte stellte fügte teilte hieß so
"""
SPEECH_PARTICIPLES = "gesagt erklärt betont"
AUXILIARIES = "hat"
INVERSION_SUFFIXES = ""
# Reporting only right after a quote ("„...“, so Scholz"); elsewhere "so" is an adverb.
QUOTE_ONLY = "so"
# Before a colon only, perhaps after their object: "griff die Regierung an: „...“".
COLON_FINITE = "attackierte attackiert warf wirft"
COLON_PARTICIPLES = "kritisiert attackiert"
ACCORDING_BEFORE = "laut"
ACCORDING_AFTER = "zufolge"
COMPLEMENTIZERS = "dass"
