"""Every verdict of a compared figure shows in Markdown and HTML, in Indonesian and English, with its as-of
time, issuer and independent-source count (invented figures)."""
from __future__ import annotations

import pytest

from kabar.brief import render_claims


def _value(value, text, as_of, issuer, outlets=1, independent=1, modality="stated"):
    return {"value": value, "text": text, "low": value, "high": value, "modifier": None, "modality": modality,
            "as_of": as_of, "as_of_text": None, "issuers": [issuer], "scope": [], "outlets": outlets,
            "independent": independent, "sources": [{"doc_id": "d1", "start": 0, "end": 10}]}


def _figure(verdict, values, outlets=3, independent=2):
    return {"topic": "warga (died)", "unit": "warga", "verdict": verdict, "agree": verdict == "agree",
            "scope": "story", "context": False, "outlets": outlets, "independent": independent, "values": values}


BRIEF = {"claims": [
    _figure("agree", [_value(12, "12 warga", "2025-02-11", "BPBD", 3, 2)]),
    _figure("disagree", [_value(12, "12 warga", "2025-02-11", "BPBD"), _value(15, "15 warga", "2025-02-11", "BNPB")]),
    _figure("update", [_value(7, "7 warga", "2025-02-10", "BPBD"), _value(11, "11 warga", "2025-02-11", "BNPB")]),
    _figure("different_scope", [_value(2, "2 warga", "2025-02-11", "BPBD"), _value(9, "9 warga", "2025-02-11", "BPBD")]),
    _figure("change", [_value(6.5, "6,5 tahun", "2025-02-13", "PT DKI", modality="old"),
                       _value(20, "20 tahun", "2025-02-13", "PT DKI", modality="new")]),
]}
WORDS = {
    "en": ("AGREE", "DISAGREE", "update", "different scope", "change", "as of", "according to BNPB",
           "3 outlet(s), 2 independent"),
    "id": ("SEPAKAT", "BERBEDA", "diperbarui", "cakupan berbeda", "berubah", "per ", "menurut BNPB",
           "3 media, 2 independen"),
}


@pytest.mark.parametrize("lang", ["en", "id"])
def test_every_verdict_shows_with_its_times_issuers_and_sources(lang):
    md = "\n".join(render_claims.markdown(BRIEF, lambda refs: "[1]", lambda s: s, lang))
    page = "\n".join(render_claims.html(BRIEF, lambda refs: "<a>1</a>", lang))
    for word in WORDS[lang]:
        assert word.lower() in md.lower() and word.lower() in page.lower(), word
    for cls in ("agree", "disagree", "update", "scope", "change"):
        assert f'class="{cls}"' in page
