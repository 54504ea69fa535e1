"""Dutch reporting verbs, in the forms a news clause uses (third person).

``"...", zei Rutte.`` / ``"...", zegt hij.`` / ``"...", aldus de minister.`` /
``Rutte zei: "..."`` / ``"...", volgens Rutte``.
"""

SPEECH_FINITE = """
zei zeiden zegt zeggen verklaarde verklaart stelde stelt benadrukte benadrukt vertelde vertelt
schreef schrijft reageerde reageert waarschuwde waarschuwt antwoordde antwoordt voegde legde
erkende erkent meldde meldt liet aldus vond vindt
"""
SPEECH_PARTICIPLES = "gezegd verklaard"
AUXILIARIES = "heeft"
INVERSION_SUFFIXES = ""
# Reporting only right after a quote or a statement ("„...”, aldus Rutte").
QUOTE_ONLY = "aldus"
# Before a colon only, perhaps after their object: "viel het kabinet aan: „...”".
COLON_FINITE = "bekritiseerde bekritiseert beschuldigde beschuldigt"
COLON_PARTICIPLES = "bekritiseerd beschuldigd"
ACCORDING_BEFORE = "volgens"
ACCORDING_AFTER = ""
COMPLEMENTIZERS = "dat"
