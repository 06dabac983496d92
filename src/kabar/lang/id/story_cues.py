"""Vocabulary for story boundaries (logic: :mod:`kabar.stories.boundary`).

A recurring happening is told apart by its edition: "KTT ke-43" and "KTT
ke-42" are two summits with the same hosts, leaders and words. These are the
nouns whose ordinal names an edition (lower case, as written).
"""
from __future__ import annotations

EDITION_HEADS: frozenset[str] = frozenset({
    "ktt", "konferensi", "sidang", "rapat", "paripurna", "pertemuan", "muktamar", "kongres", "munas",
    "musyawarah", "hut", "peringatan", "dirgahayu", "ulang", "jadi", "festival", "olimpiade", "kejuaraan",
    "turnamen", "piala", "forum", "dialog", "summit", "session", "edisi", "penyelenggaraan",
})
# Not here: parts of one happening ("putaran", "babak", "pekan ke-40" of an outbreak), which differ
# between reports of the same story.
# How many words before "ke-N" the head may stand ("Sidang Majelis Umum PBB ke-76").
EDITION_WINDOW = 4

# How two parties' exchange took place: one exchange is told by one channel, so reports naming another
# channel in their headline or lead tell another occasion (a congratulation posted on social media, then
# a phone call days later). Word or two-word phrase (lower case) -> channel.
CHANNEL_WORDS: dict[str, str] = {
    "telepon": "phone", "menelepon": "phone", "ditelepon": "phone", "bertelepon": "phone",
    "teleponan": "phone", "telponan": "phone", "telpon": "phone",
    "akun x": "post", "akun twitter": "post", "akun instagram": "post", "cuitan": "post", "mencuit": "post",
    # a letter only as the way a message went ("surat edaran", "surat dakwaan" are documents, not channels)
    "berkirim surat": "letter", "melalui surat": "letter", "lewat surat": "letter", "mengirim surat": "letter",
    "mengirimkan surat": "letter", "dikirimi surat": "letter",
    "konferensi video": "video", "video conference": "video", "secara virtual": "video", "secara daring": "video",
    "bertatap muka": "meeting", "tatap muka": "meeting",
}
CHANNEL_HEAD = "channel"  # the edition head channels are kept under (see stories.boundary.channel)
CHANNEL_SENTENCES = 2  # body sentences read for the channel when the headline names none
