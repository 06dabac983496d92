"""Loaded terms in Indonesian news: words that carry a judgement, not just a fact.

Each entry maps a lower-cased term (one or more words, matched on word
boundaries) to a category. The logic lives in :mod:`kabar.brief.framing`,
which also notes whether a term sits inside a quotation (the outlet reports
someone else's framing) or in the outlet's own voice.

Categories:
  enemy_label      names an adversary as illegitimate or aggressive
  illegitimate     denies a government or group its legitimacy
  violence_label   labels a group or act as terrorist or criminal violence
  dehumanizing     strips people of agency or humanity
  moral_judgement  a verdict of good or evil in the writer's words
  euphemism        a softening name for force or loss
  glorifying       heroic or sacred language for one side
  alarm            exaggerated threat or crisis language
"""
from __future__ import annotations

FRAMING_TERMS: dict[str, str] = {
    # enemy_label
    "agresor": "enemy_label",
    "agresor imperialis": "enemy_label",
    "imperialis": "enemy_label",
    "kaum imperialis": "enemy_label",
    "imperialisme": "enemy_label",
    "agresi imperialis": "enemy_label",
    "penjajah": "enemy_label",
    "kolonialis": "enemy_label",
    "hegemonis": "enemy_label",
    "kebijakan hegemonis": "enemy_label",
    "penghasut perang": "enemy_label",
    "musuh bebuyutan": "enemy_label",
    "musuh yang kuat dan kejam": "enemy_label",
    "antek asing": "enemy_label",
    "antek": "enemy_label",
    "kaki tangan": "enemy_label",
    "provokator": "enemy_label",
    "penjahat perang": "enemy_label",
    # illegitimate
    "rezim": "illegitimate",
    "rezim boneka": "illegitimate",
    "boneka": "illegitimate",
    "negara boneka": "illegitimate",
    "junta": "illegitimate",
    "diktator": "illegitimate",
    "kediktatoran": "illegitimate",
    "tiran": "illegitimate",
    "pemerintahan ilegal": "illegitimate",
    "pasukan separatis": "illegitimate",
    "separatis": "illegitimate",
    "kelompok separatis": "illegitimate",
    "pemberontak": "illegitimate",
    "makar": "illegitimate",
    "otoriter": "illegitimate",
    # violence_label
    "teroris": "violence_label",
    "terorisme": "violence_label",
    "kelompok teroris": "violence_label",
    "kelompok kriminal bersenjata": "violence_label",
    "kkb": "violence_label",
    "gerombolan": "violence_label",
    "preman": "violence_label",
    "perilaku gangster": "violence_label",
    "gangster": "violence_label",
    "bandit": "violence_label",
    "pembantaian": "violence_label",
    "genosida": "violence_label",
    "biadab": "violence_label",
    "brutal": "violence_label",
    "kejam": "violence_label",
    # dehumanizing
    "antek-antek": "dehumanizing",
    "tikus": "dehumanizing",
    "sampah masyarakat": "dehumanizing",
    "parasit": "dehumanizing",
    "binatang": "dehumanizing",
    # moral_judgement
    "jahat": "moral_judgement",
    "keji": "moral_judgement",
    "licik": "moral_judgement",
    "munafik": "moral_judgement",
    "tak bermoral": "moral_judgement",
    "memalukan": "moral_judgement",
    "pengkhianat": "moral_judgement",
    "pengkhianatan": "moral_judgement",
    "sembrono": "moral_judgement",
    "ceroboh": "moral_judgement",
    "provokatif": "moral_judgement",
    "provokasi": "moral_judgement",
    "arogan": "moral_judgement",
    "hegemoni": "moral_judgement",
    # euphemism
    "operasi militer khusus": "euphemism",
    "kampanye militer khusus": "euphemism",
    "penyesuaian harga": "euphemism",
    "korban kolateral": "euphemism",
    "pembebasan": "euphemism",
    # glorifying
    "perang suci": "glorifying",
    "martir": "glorifying",
    "syuhada": "glorifying",
    "pahlawan": "glorifying",
    "kemenangan besar": "glorifying",
    "gagah berani": "glorifying",
    "heroik": "glorifying",
    "persahabatan yang tak terkalahkan": "glorifying",
    # alarm
    "ancaman nyata": "alarm",
    "ancaman serius": "alarm",
    "bencana besar": "alarm",
    "malapetaka": "alarm",
    "di ambang perang": "alarm",
    "perang nuklir": "alarm",
    "krisis besar": "alarm",
    "mencekam": "alarm",
}

# Terms that are loaded only as a label, not in ordinary phrases: a term is
# skipped when one of these words follows it ("pembebasan lahan" is land
# acquisition, not liberation) within the same few words.
NEUTRAL_AFTER: dict[str, frozenset[str]] = {
    "pembebasan": frozenset({"lahan", "tanah", "bea", "pajak", "biaya"}),
}
NEUTRAL_WINDOW = 3  # words after a term checked against NEUTRAL_AFTER
