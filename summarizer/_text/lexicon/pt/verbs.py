"""Portuguese reporting verbs, in the forms a news clause uses (third person).

``"...", disse Lula.`` / ``"...", afirmou o presidente.`` / ``"...", disse ele.`` /
``Lula disse: "..."`` / ``"...", segundo o ministro``.
"""

SPEECH_FINITE = """
disse disseram diz dizem afirmou afirmaram afirma declarou declararam declara explicou explica
acrescentou acrescenta garantiu garante destacou destaca ressaltou ressalta avaliou avalia
afirmava disse-o comentou comenta respondeu responde criticou critica defendeu defende
alertou alerta admitiu admite reconheceu sublinhou sublinha observou observa escreveu anunciou
completou lembrou salientou
"""
SPEECH_PARTICIPLES = "dito afirmado declarado"
AUXILIARIES = "tem tinha"
INVERSION_SUFFIXES = ""
# Before a colon only, perhaps after their object: "atacou o governo: «...»".
COLON_FINITE = "atacou ataca acusou acusa"
COLON_PARTICIPLES = "atacado acusado criticado"
ACCORDING_BEFORE = "segundo conforme"
ACCORDING_AFTER = ""
COMPLEMENTIZERS = "que"
