"""Italian reporting verbs, in the forms a news clause uses (third person).

``«...», ha detto Meloni.`` / ``"...", ha dichiarato il ministro.`` / ``"...", dice.`` /
``Meloni ha detto: «...»``.
"""

SPEECH_FINITE = """
dice dicono afferma affermano dichiara spiega spiegano aggiunge sottolinea commenta assicura
avverte ribadisce precisa osserva conclude replica risponde scrive disse affermò dichiarò spiegò
aggiunse sottolineò commentò
"""
SPEECH_PARTICIPLES = """
detto dichiarato affermato spiegato aggiunto sottolineato commentato assicurato avvertito ribadito
precisato osservato concluso replicato risposto scritto annunciato ammesso evidenziato
"""
AUXILIARIES = "ha hanno aveva"
INVERSION_SUFFIXES = ""
# Before a colon only, perhaps after their object: "ha attaccato il governo: «...»".
COLON_FINITE = "attacca attaccò accusa accusò critica criticò avverte avvertì ammonisce ammonì incalza incalzò"
COLON_PARTICIPLES = "attaccato accusato criticato ammonito incalzato"
ACCORDING_BEFORE = "secondo"
ACCORDING_AFTER = ""
COMPLEMENTIZERS = "che"
