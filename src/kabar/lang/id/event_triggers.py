"""Indonesian event triggers as data: verb phrases → PLOVER event types, with their argument frames.

Each trigger is ``(phrase, type, frame)``. ``phrase`` is lower-case words separated by spaces;
``*`` stands for a gap of up to ``GAP_MAX`` words ("mengirim * delegasi" matches "mengirim
seorang delegasi"). Passive ``di-`` forms are listed as their own phrases with frame
``passive``: the grammatical subject is then the target and the agent follows "oleh".

Frames (how actor and target are found around the trigger):

* ``direct``  – actor is the subject before the verb, target the first party after it.
* ``dest``    – a movement: the target is the destination after "ke"/"di" (a capital stands
  for its state).
* ``passive`` – subject before the verb is the target, the "oleh" phrase (or the next party)
  the actor.

See docs/events.md for how each type is coded.
"""
from __future__ import annotations

GAP_MAX = 3  # words a "*" may skip: "mengirim 250 ribu tentara"

DIRECT, DEST, PASSIVE = "direct", "dest", "passive"

TRIGGERS: tuple[tuple[str, str, str], ...] = (
    # CONSULT: meetings, visits, talks, hosting.
    ("bertemu", "CONSULT", DIRECT),
    ("menemui", "CONSULT", DIRECT),
    ("mengunjungi", "CONSULT", DEST),
    ("berkunjung ke", "CONSULT", DEST),
    ("melakukan kunjungan ke", "CONSULT", DEST),
    ("melakukan kunjungan kerja ke", "CONSULT", DEST),
    ("melakukan perjalanan ke", "CONSULT", DEST),
    ("melakukan perjalanan langka ke", "CONSULT", DEST),
    ("bertolak ke", "CONSULT", DEST),
    ("tiba di", "CONSULT", DEST),
    ("mengirim * delegasi", "CONSULT", DEST),
    ("mengirimkan * delegasi", "CONSULT", DEST),
    ("mengirim * utusan", "CONSULT", DEST),
    ("menerima kunjungan", "CONSULT", DIRECT),
    ("menjamu", "CONSULT", DIRECT),
    ("menjadi tuan rumah", "CONSULT", DIRECT),
    ("melakukan pembicaraan dengan", "CONSULT", DIRECT),
    ("mengadakan pembicaraan dengan", "CONSULT", DIRECT),
    ("berbicara dengan", "CONSULT", DIRECT),
    ("berdialog dengan", "CONSULT", DIRECT),
    ("bertukar pesan", "CONSULT", DIRECT),
    ("menelepon", "CONSULT", DIRECT),
    ("berunding dengan", "CONSULT", DIRECT),
    ("dikunjungi", "CONSULT", PASSIVE),
    # AGREE: signing, promising, agreeing.
    ("menandatangani", "AGREE", DIRECT),
    ("sepakat", "AGREE", DIRECT),
    ("menyepakati", "AGREE", DIRECT),
    ("menyetujui", "AGREE", DIRECT),
    ("berjanji", "AGREE", DIRECT),
    ("berkomitmen", "AGREE", DIRECT),
    ("ditandatangani", "AGREE", PASSIVE),
    ("disetujui", "AGREE", PASSIVE),
    # SUPPORT: verbal or political backing, praise.
    ("mendukung", "SUPPORT", DIRECT),
    ("menyatakan dukungan", "SUPPORT", DIRECT),
    ("memuji", "SUPPORT", DIRECT),
    ("mengapresiasi", "SUPPORT", DIRECT),
    ("membela", "SUPPORT", DIRECT),
    ("memberikan penghormatan", "SUPPORT", DIRECT),
    ("didukung", "SUPPORT", PASSIVE),
    ("dipuji", "SUPPORT", PASSIVE),
    # CONCEDE: yielding, releasing, easing.
    ("membebaskan", "CONCEDE", DIRECT),
    ("mencabut sanksi", "CONCEDE", DIRECT),
    ("meminta maaf", "CONCEDE", DIRECT),
    ("mengundurkan diri", "CONCEDE", DIRECT),
    ("menyerah", "CONCEDE", DIRECT),
    ("mengabulkan", "CONCEDE", DIRECT),
    ("dibebaskan", "CONCEDE", PASSIVE),
    # COOPERATE: working together, ties, alliances, fighting on the same side.
    ("bekerja sama dengan", "COOPERATE", DIRECT),
    ("bekerja sama", "COOPERATE", DIRECT),
    ("menjalin hubungan", "COOPERATE", DIRECT),
    ("memperkuat hubungan", "COOPERATE", DIRECT),
    ("memperkuat kerja sama", "COOPERATE", DIRECT),
    ("bersatu dengan", "COOPERATE", DIRECT),
    ("bersekutu dengan", "COOPERATE", DIRECT),
    ("bertempur bersama", "COOPERATE", DIRECT),
    ("berjuang bersama", "COOPERATE", DIRECT),
    ("menggandeng", "COOPERATE", DIRECT),
    ("berkoordinasi dengan", "COOPERATE", DIRECT),
    # AID: material, humanitarian and military help.
    ("mengirim * bantuan", "AID", DIRECT),
    ("mengirimkan * bantuan", "AID", DIRECT),
    ("memberikan * bantuan", "AID", DIRECT),
    ("menyalurkan * bantuan", "AID", DIRECT),
    ("meluncurkan * bantuan", "AID", DIRECT),
    ("mengesahkan bantuan", "AID", DIRECT),
    ("membantu", "AID", DIRECT),
    ("menggelontorkan", "AID", DIRECT),
    ("mengevakuasi", "AID", DIRECT),
    ("menyediakan senjata", "AID", DIRECT),
    ("memasok senjata", "AID", DIRECT),
    ("dibantu", "AID", PASSIVE),
    ("dievakuasi", "AID", PASSIVE),
    # RETREAT: withdrawing forces or from commitments.
    ("menarik * pasukan", "RETREAT", DIRECT),
    ("menarik diri", "RETREAT", DIRECT),
    ("menarik diri dari", "RETREAT", DIRECT),
    # REQUEST: asks, appeals and demands.
    ("meminta", "REQUEST", DIRECT),
    ("mendesak", "REQUEST", DIRECT),
    ("menyerukan", "REQUEST", DIRECT),
    ("mengimbau", "REQUEST", DIRECT),
    ("memohon", "REQUEST", DIRECT),
    ("menuntut", "REQUEST", DIRECT),
    ("diminta", "REQUEST", PASSIVE),
    ("didesak", "REQUEST", PASSIVE),
    # ACCUSE: accusations, condemnation, criticism, legal charges.
    ("menuduh", "ACCUSE", DIRECT),
    ("mengecam", "ACCUSE", DIRECT),
    ("mengkritik", "ACCUSE", DIRECT),
    ("mengutuk", "ACCUSE", DIRECT),
    ("menyalahkan", "ACCUSE", DIRECT),
    ("mendakwa", "ACCUSE", DIRECT),
    ("menetapkan * tersangka", "ACCUSE", DIRECT),
    ("menuntut * hukuman", "ACCUSE", DIRECT),
    ("menuntut * dihukum", "ACCUSE", DIRECT),
    ("menuntut * pidana", "ACCUSE", DIRECT),
    ("dituduh", "ACCUSE", PASSIVE),
    ("dikecam", "ACCUSE", PASSIVE),
    ("dikritik", "ACCUSE", PASSIVE),
    ("didakwa", "ACCUSE", PASSIVE),
    ("ditetapkan sebagai tersangka", "ACCUSE", PASSIVE),
    ("ditetapkan * tersangka", "ACCUSE", PASSIVE),
    ("dituntut", "ACCUSE", PASSIVE),
    # REJECT: refusing, denying, blocking, opposing.
    ("menolak", "REJECT", DIRECT),
    ("membantah", "REJECT", DIRECT),
    ("menggagalkan", "REJECT", DIRECT),
    ("memveto", "REJECT", DIRECT),
    ("menentang", "REJECT", DIRECT),
    ("ditolak", "REJECT", PASSIVE),
    ("digagalkan", "REJECT", PASSIVE),
    # THREATEN: threats and ultimatums.
    ("mengancam", "THREATEN", DIRECT),
    ("memperingatkan", "THREATEN", DIRECT),
    ("diancam", "THREATEN", PASSIVE),
    # PROTEST: demonstrations and formal protests.
    ("memprotes", "PROTEST", DIRECT),
    ("berunjuk rasa", "PROTEST", DIRECT),
    ("berdemonstrasi", "PROTEST", DIRECT),
    ("menggelar aksi", "PROTEST", DIRECT),
    ("menggelar unjuk rasa", "PROTEST", DIRECT),
    ("menggelar demonstrasi", "PROTEST", DIRECT),
    ("mogok", "PROTEST", DIRECT),
    ("diprotes", "PROTEST", PASSIVE),
    # SANCTION: sanctions, embargoes, cutting ties.
    ("menjatuhkan sanksi", "SANCTION", DIRECT),
    ("memberlakukan sanksi", "SANCTION", DIRECT),
    ("menjatuhkan embargo", "SANCTION", DIRECT),
    ("memutuskan hubungan diplomatik", "SANCTION", DIRECT),
    ("mengusir duta besar", "SANCTION", DIRECT),
    ("dijatuhi sanksi", "SANCTION", PASSIVE),
    ("disanksi", "SANCTION", PASSIVE),
    # MOBILIZE: deployments, exercises, weapons tests (PLOVER's show of force).
    ("menggelar latihan militer", "MOBILIZE", DIRECT),
    ("melakukan latihan militer", "MOBILIZE", DIRECT),
    ("menggelar latihan perang", "MOBILIZE", DIRECT),
    ("mengerahkan * pasukan", "MOBILIZE", DIRECT),
    ("mengerahkan * tentara", "MOBILIZE", DIRECT),
    ("mengerahkan * personel", "MOBILIZE", DIRECT),
    ("mengirim * tentara", "MOBILIZE", DIRECT),
    ("mengirimkan * tentara", "MOBILIZE", DIRECT),
    ("mengirim * pasukan", "MOBILIZE", DIRECT),
    ("mengirimkan * pasukan", "MOBILIZE", DIRECT),
    ("mengirim * kapal", "MOBILIZE", DIRECT),
    ("menempatkan * pasukan", "MOBILIZE", DIRECT),
    ("meluncurkan * rudal", "MOBILIZE", DIRECT),
    ("menembakkan * rudal", "MOBILIZE", DIRECT),
    ("melakukan * uji coba", "MOBILIZE", DIRECT),
    ("menguji * rudal", "MOBILIZE", DIRECT),
    ("memamerkan * misil", "MOBILIZE", DIRECT),
    ("memamerkan * rudal", "MOBILIZE", DIRECT),
    ("diterjunkan", "MOBILIZE", PASSIVE),
    ("dikerahkan", "MOBILIZE", PASSIVE),
    # COERCE: arrests, detention, seizure, searches, sealing, court sentences.
    ("menangkap", "COERCE", DIRECT),
    ("menahan", "COERCE", DIRECT),
    ("menggeledah", "COERCE", DIRECT),
    ("menyita", "COERCE", DIRECT),
    ("menyegel", "COERCE", DIRECT),
    ("memvonis", "COERCE", DIRECT),
    ("menjatuhkan vonis", "COERCE", DIRECT),
    ("menjatuhkan hukuman", "COERCE", DIRECT),
    ("menjatuhkan pidana", "COERCE", DIRECT),
    ("menghukum", "COERCE", DIRECT),
    ("memblokade", "COERCE", DIRECT),
    ("menggelar operasi tangkap tangan", "COERCE", DIRECT),
    ("menggelar ott", "COERCE", DIRECT),
    ("mengamankan", "COERCE", DIRECT),
    ("tertangkap tangan oleh", "COERCE", PASSIVE),
    ("dijatuhi denda", "COERCE", PASSIVE),
    ("ditangkap", "COERCE", PASSIVE),
    ("ditahan", "COERCE", PASSIVE),
    ("diamankan", "COERCE", PASSIVE),
    ("digeledah", "COERCE", PASSIVE),
    ("disita", "COERCE", PASSIVE),
    ("disegel", "COERCE", PASSIVE),
    ("divonis", "COERCE", PASSIVE),
    ("dihukum", "COERCE", PASSIVE),
    ("dijatuhi hukuman", "COERCE", PASSIVE),
    ("dijatuhi vonis", "COERCE", PASSIVE),
    ("dijatuhi pidana", "COERCE", PASSIVE),
    # ASSAULT: use of force, invasion, military intervention.
    ("menyerang", "ASSAULT", DIRECT),
    ("melancarkan serangan", "ASSAULT", DIRECT),
    ("melakukan serangan", "ASSAULT", DIRECT),
    ("melakukan intervensi", "ASSAULT", DIRECT),
    ("melakukan invasi", "ASSAULT", DIRECT),
    ("menginvasi", "ASSAULT", DIRECT),
    ("membom", "ASSAULT", DIRECT),
    ("mengebom", "ASSAULT", DIRECT),
    ("menembaki", "ASSAULT", DIRECT),
    ("mendorong mundur", "ASSAULT", DIRECT),
    ("bertempur melawan", "ASSAULT", DIRECT),
    ("berperang melawan", "ASSAULT", DIRECT),
    ("memerangi", "ASSAULT", DIRECT),
    ("diserang", "ASSAULT", PASSIVE),
    ("diinvasi", "ASSAULT", PASSIVE),
    ("dibom", "ASSAULT", PASSIVE),
)

# Words just before a trigger that deny it ("tidak menyerang", "membantah telah menyerang").
NEGATION_WORDS = frozenset({"tidak", "tak", "belum", "bukan", "tanpa", "enggan", "membantah",
                            "menyangkal", "urung", "batal"})
NEGATION_WINDOW = 3  # words before the trigger: "tidak pernah akan menyerang"

# Words before a trigger that make it planned, possible or wished, not done.
HYPOTHETICAL_WORDS = frozenset({"akan", "bakal", "berencana", "rencananya", "hendak", "ingin",
                                "berniat", "mungkin", "dapat", "bisa", "siap", "berharap",
                                "diperkirakan", "diharapkan", "jika", "apabila", "kalau",
                                "seandainya", "berupaya", "berusaha", "perlu", "harus", "mau",
                                "bermaksud", "mengancam", "dijadwalkan", "berkeinginan"})
HYPOTHETICAL_WINDOW = 4

# Words that end a clause: a subject is not looked for across them.
CLAUSE_BREAKS = frozenset({"bahwa", "karena", "ketika", "saat", "sementara", "setelah", "sebelum",
                           "sehingga", "tetapi", "namun", "sedangkan", "meskipun", "walaupun",
                           "agar", "supaya", "jika", "apabila", ";", ":", '"', "“", "”", "(", ")",
                           "menurut", "kata", "ujar", "mengatakan", "menyatakan", "melaporkan",
                           "menilai", "menegaskan", "menyebut", "menuturkan", "menjelaskan",
                           "mengungkapkan", "memandang", "menganggap"})
# The object side of the verb also stops at these (a purpose clause has its own object).
OBJECT_BREAKS = CLAUSE_BREAKS | frozenset({",", "untuk", "dan", "serta", "demi", "sebagai"})

# A party right after these is a group's leader or a preposition's object, not the subject.
NOT_SUBJECT_AFTER = frozenset({"oleh", "dipimpin", "pimpinan", "bersama", "dengan", "dari",
                               "kepada", "terhadap", "atas", "di", "ke", "melawan", "antara"})
# The party after these words is what a group stands for: "delegasi Rusia" acts as Rusia.
GROUP_HEADS = frozenset({"delegasi", "rombongan", "utusan", "misi", "pasukan", "tentara",
                         "militer", "pemerintah", "pemerintahan"})
# Agent markers of a passive verb.
AGENT_MARKERS = frozenset({"oleh"})
# Destination markers for movement triggers.
DESTINATION_MARKERS = frozenset({"ke", "di"})
# Titles that make a person the leader of the state named next to them.
LEADER_TITLES = frozenset({"presiden", "pemimpin", "perdana", "raja", "ratu", "kanselir",
                           "kaisar", "diktator", "ketua"})
# Dashes that open and close a parenthetical aside inside a clause.
ASIDE_DASHES = frozenset({"-", "–", "—"})
# Triggers that mean "help to / try to" when a meN- verb follows ("membantu memperkuat"):
# then the following verb carries the event, not these.
# ("menolak mengikuti" stays a REJECT: refusing to act is the event.)
VERB_HELPERS = frozenset({"membantu"})
VERB_PREFIXES = ("me", "ber", "di")
# A verb joined to the previous one by these shares its subject ("mengirim ... untuk mendukung ..., dan
# mendorong mundur ...": all three are the sender's acts).
SHARED_SUBJECT_LINKS = frozenset({"dan", "serta", "untuk", "lalu", "kemudian", "guna"})
# Gazetteer sources of places that are inside a state, not states: no target for a visit there.
SUBSTATE_SOURCES = frozenset({"city", "wilayah"})
