"""Independent sources: near-copies and one agency's copy count once."""
from __future__ import annotations

from .conftest import article, judged

WIRE = ("Badan Penanggulangan Bencana Daerah mencatat 230 rumah rusak berat akibat banjir bandang di Desa "
        "Wanasari, Kabupaten Lembah Hijau. Kepala BPBD mengatakan warga yang rumahnya rusak mengungsi ke balai "
        "desa dan masjid terdekat sejak Senin malam. Bantuan logistik mulai dikirim dari ibu kota kabupaten.")


def test_two_outlets_running_one_copy_are_one_source(make):
    docs = make([
        article(WIRE, "Kabar Satu", "2025-02-11"),
        article(WIRE + " Jalan desa masih tertutup lumpur.", "Kabar Dua", "2025-02-11"),
        article("Sebanyak 230 rumah rusak berat diterjang banjir bandang di Wanasari, kata camat setempat kepada "
                "wartawan.", "Kabar Tiga", "2025-02-12"),
    ])
    houses = next(n for n in judged(docs) if n["what"]["thing"] == "rumah")
    assert houses["verdict"] == "agree"
    assert (houses["outlets"], houses["independent"]) == (3, 2)
