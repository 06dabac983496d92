"""Page labels in Indonesian and English (data), and the choice of language per request.

The language is ``?lang=id|en`` (remembered in a cookie), else the first
supported language in ``Accept-Language``, else Indonesian.
"""
from __future__ import annotations

LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"
COOKIE = "kabar_lang"

LABELS: dict[str, dict[str, str]] = {
    "id": {
        "nav_stories": "Cerita", "nav_search": "Cari", "nav_entities": "Entitas", "nav_ingest": "Tambah artikel",
        "stories_title": "Cerita terbaru", "filter_entity": "Entitas", "filter_outlet": "Media",
        "filter_from": "Dari", "filter_to": "Sampai", "filter_apply": "Saring", "filter_clear": "Hapus saringan",
        "all_outlets": "Semua media", "articles": "artikel", "storyline": "Alur", "no_stories": "Belum ada cerita.",
        "previous": "Sebelumnya", "next": "Berikutnya", "showing": "Menampilkan", "of": "dari",
        "briefing": "Ringkasan cerita", "summary": "Ringkasan", "timeline": "Linimasa", "actors": "Tokoh utama",
        "quotes": "Kutipan", "numbers": "Angka", "numbers_disagree": "Sumber berbeda", "numbers_agree": "Sumber sepakat",
        "other_story": "dari cerita lain di alur ini",
        "sources": "Sumber", "only_here": "Hanya di sumber ini", "framing": "Pilihan kata", "near_copies": "Nyaris sama",
        "historical": "latar", "document": "Dokumen", "clean_text": "Teks bersih",
        "removed": "Bagian yang dibuang", "original": "Teks asli", "entities": "Entitas", "times": "Waktu",
        "quantities": "Jumlah", "events": "Peristiwa", "published": "Terbit", "outlet": "Media",
        "language": "Bahasa", "legend": "Keterangan", "aliases": "Alias", "types": "Jenis",
        "mentions_over_time": "Penyebutan dari waktu ke waktu", "cooccurring": "Sering muncul bersama",
        "documents": "Dokumen", "mentions": "penyebutan", "search": "Cari", "search_placeholder": "Kata atau frasa…",
        "no_hits": "Tidak ada dokumen yang cocok.", "ingest": "Tambah artikel", "ingest_files": "Unggah berkas",
        "ingest_url": "Alamat URL", "ingest_text": "Tempel teks", "ingest_title": "Judul", "submit": "Kirim",
        "job": "Proses", "status": "Status", "progress": "Kemajuan", "added": "ditambahkan",
        "skipped": "sudah ada", "failed": "gagal", "errors": "Galat", "not_found": "Tidak ditemukan",
        "error": "Galat", "brief_unavailable": "Ringkasan belum tersedia.", "speaker_unknown": "Tanpa nama",
        "direct": "langsung", "indirect": "tidak langsung", "words": "kata", "shared": "bersama",
        "role": "Peran", "go_back": "Kembali ke daftar cerita", "similarity": "kemiripan",
        "status_queued": "menunggu", "status_running": "berjalan", "status_done": "selesai",
        "status_failed": "gagal", "open_story": "Buka cerita", "read_documents": "dokumen dibaca",
        "no_data": "Tidak ada data.", "ingest_hint": "Berkas .txt, .md, .html, .json atau .jsonl.",
        "outlets": "Media", "dates": "Tanggal", "story": "Cerita", "score": "skor",
    },
    "en": {
        "nav_stories": "Stories", "nav_search": "Search", "nav_entities": "Entities", "nav_ingest": "Add articles",
        "stories_title": "Latest stories", "filter_entity": "Entity", "filter_outlet": "Outlet",
        "filter_from": "From", "filter_to": "To", "filter_apply": "Filter", "filter_clear": "Clear filters",
        "all_outlets": "All outlets", "articles": "articles", "storyline": "Storyline",
        "no_stories": "No stories yet.", "previous": "Previous", "next": "Next", "showing": "Showing",
        "of": "of", "briefing": "Story briefing", "summary": "Summary", "timeline": "Timeline",
        "actors": "Key actors", "quotes": "Quotes", "numbers": "Numbers", "numbers_disagree": "Sources disagree",
        "numbers_agree": "Sources agree",
        "other_story": "from another story in this storyline", "sources": "Sources", "only_here": "Only in this source",
        "framing": "Word choice", "near_copies": "Near copies", "historical": "background",
        "document": "Document", "clean_text": "Clean text", "removed": "Removed boilerplate",
        "original": "Original text", "entities": "Entities", "times": "Times", "quantities": "Quantities",
        "events": "Events", "published": "Published", "outlet": "Outlet", "language": "Language",
        "legend": "Legend", "aliases": "Aliases", "types": "Types", "mentions_over_time": "Mentions over time",
        "cooccurring": "Often appears with", "documents": "Documents", "mentions": "mentions", "search": "Search",
        "search_placeholder": "Word or phrase…", "no_hits": "No documents match.", "ingest": "Add articles",
        "ingest_files": "Upload files", "ingest_url": "URL", "ingest_text": "Paste text", "ingest_title": "Title",
        "submit": "Submit", "job": "Job", "status": "Status", "progress": "Progress", "added": "added",
        "skipped": "already stored", "failed": "failed", "errors": "Errors", "not_found": "Not found",
        "error": "Error", "brief_unavailable": "Briefing not available yet.", "speaker_unknown": "Unnamed",
        "direct": "direct", "indirect": "indirect", "words": "words", "shared": "shared", "role": "Role",
        "go_back": "Back to the stories", "similarity": "similarity", "status_queued": "queued",
        "status_running": "running", "status_done": "done", "status_failed": "failed",
        "open_story": "Open story", "read_documents": "documents read", "no_data": "No data.",
        "ingest_hint": ".txt, .md, .html, .json or .jsonl files.", "outlets": "Outlets", "dates": "Dates",
        "story": "Story", "score": "score",
    },
}


def choose(query_lang: str | None, cookie_lang: str | None, accept_language: str | None) -> str:
    """The page language for a request."""
    for lang in (query_lang, cookie_lang):
        if lang in LANGUAGES:
            return lang
    for part in (accept_language or "").split(","):
        code = part.split(";", 1)[0].strip().lower()[:2]
        if code in LANGUAGES:
            return code
    return DEFAULT_LANGUAGE


def labels(lang: str) -> dict[str, str]:
    """The labels of ``lang`` (Indonesian for an unknown one)."""
    return LABELS.get(lang, LABELS[DEFAULT_LANGUAGE])
