"""Portuguese words about people: forms of address, titles, name particles, given names."""

MALE_HONORIFICS = "sr. senhor dom"
FEMALE_HONORIFICS = "sra. senhora dona"
HONORIFICS = "dr. dra."
TITLES = """
presidente presidenta ministro ministra porta-voz secretário secretária prefeito prefeita deputado
deputada senador senadora chefe diretor diretora líder procurador procuradora juiz juíza advogado
advogada governador governadora vice-presidente embaixador embaixadora candidato candidata
comissário especialista economista treinador técnico primeiro-ministro primeira-ministra
autarca presidente-executivo
"""
TITLE_MODIFIERS = "adjunto adjunta geral interino interina"
COMPLEMENT_LINKS = "da do das dos de para"
PARTICLES = "da do das dos de"
MALE_NAMES = """
luiz lula jair fernando antónio antônio marcelo luís joão pedro paulo carlos rodrigo josé flávio
geraldo ciro
"""
FEMALE_NAMES = "dilma marina simone gleisi ana maria mariana tereza carla fernanda"
