"""Spanish reporting verbs, in the forms a news clause uses (third person).

``"...", dijo el ministro.`` / ``"...", afirmó la ministra.`` / ``"...", ha dicho Sánchez.`` /
``Sánchez dijo: "..."`` / ``"...", dijo.`` (the subject dropped).
"""

SPEECH_FINITE = """
dijo dijeron dice dicen afirmó afirmaron afirma aseguró aseguraron asegura declaró declararon declara
explicó explicaron explica añadió añadieron añade agregó agregaron agrega señaló señalaron señala
indicó indica advirtió advierte sostuvo sostiene subrayó subraya destacó destaca manifestó
apuntó apunta insistió insiste precisó reconoció reconoce comentó comenta expresó respondió
replicó preguntó lamentó criticó denunció anunció escribió recalcó remarcó admitió zanjó
decía afirmaba aseguraba explicaba señalaba sostenía insistía
"""
SPEECH_PARTICIPLES = """
dicho afirmado asegurado declarado explicado añadido señalado indicado advertido subrayado
destacado manifestado apuntado insistido reconocido comentado expresado respondido lamentado
criticado denunciado anunciado escrito recalcado
"""
AUXILIARIES = "ha han había"
INVERSION_SUFFIXES = ""
# Before a colon only, perhaps after their object: "criticó al Gobierno: «...»".
COLON_FINITE = "acusó acusa arremetió arremete cargó carga reprochó reprocha"
COLON_PARTICIPLES = "acusado arremetido cargado reprochado criticado"
ACCORDING_BEFORE = "según"
ACCORDING_AFTER = ""
COMPLEMENTIZERS = "que"
