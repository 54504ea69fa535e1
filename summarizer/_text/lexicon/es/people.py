"""Spanish words about people: forms of address, titles, name particles, given names."""

MALE_HONORIFICS = "sr. señor don"
FEMALE_HONORIFICS = "sra. señora doña"
HONORIFICS = "dr. dra."
TITLES = """
presidente presidenta ministro ministra portavoz secretario secretaria alcalde alcaldesa diputado
diputada senador senadora jefe jefa director directora líder fiscal juez jueza abogado abogada
consejero consejera vicepresidente vicepresidenta embajador embajadora delegado delegada
candidato candidata comisario comisaria experto experta economista entrenador seleccionador
canciller gobernador gobernadora rey reina
"""
TITLE_MODIFIERS = "general adjunto adjunta primer primera segundo segunda"
COMPLEMENT_LINKS = "de del de_la para"
PARTICLES = "de del de_la la las los"
MALE_NAMES = """
pedro alberto santiago josé juan carlos luis javier felipe pablo gabriel andrés jorge miguel antonio
manuel francisco fernando
"""
FEMALE_NAMES = """
maría yolanda isabel nadia teresa carmen ana pilar cristina irene margarita sara laura marta
claudia
"""
