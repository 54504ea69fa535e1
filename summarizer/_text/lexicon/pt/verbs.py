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
ACCORDING_BEFORE = "segundo conforme"
ACCORDING_AFTER = ""
COMPLEMENTIZERS = "que"
