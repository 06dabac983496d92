"""A name an Indonesian body shares with a foreign one takes the foreign body's name in its setting."""
from kabar.entities import find_entities


def canon(text: str) -> dict[str, str]:
    return {e.text: e.canonical for e in find_entities(text)}


def test_the_democratic_party_beside_the_republican_party_is_the_american_one():
    text = "Kandidat Partai Republik unggul di tiga negara bagian, sementara Partai Demokrat menang di Nevada."
    assert canon(text)["Partai Demokrat"] == "Partai Demokrat (Amerika Serikat)"


def test_the_democratic_party_alone_is_indonesias():
    text = "Fraksi DPR dari Partai Demokrat menolak rancangan itu dalam rapat paripurna di Senayan."
    assert canon(text)["Partai Demokrat"] == "Partai Demokrat"


def test_georgia_among_states_is_the_american_state():
    text = "Kandidat itu unggul di negara bagian kunci seperti Arizona dan Georgia pada pemilihan lalu."
    assert canon(text).get("Georgia") == "Georgia (negara bagian AS)"


def test_georgia_alone_is_the_country():
    assert canon("Presiden Georgia bertemu pemimpin Armenia di Tbilisi.").get("Georgia") == "Georgia"
