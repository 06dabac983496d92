"""Feeds (RSS 0.9x/1.0/2.0, Atom) and sitemaps: items become documents; linked pages are fetched only
when asked, under the web ingest's address guard."""
from __future__ import annotations

from kabar.errors import InputError
from kabar.io import iter_inputs
from kabar.io.feeds import _prolog_on_own_line, iter_feed, read_xml, sniff
from kabar.model import Raw
from kabar.settings import Settings

ITEM_TEXT = ("&lt;p&gt;Banjir merendam 300 rumah di Kecamatan Sukamaju pada Selasa pagi.&lt;/p&gt;"
             "&lt;p&gt;Warga mengungsi ke balai desa setempat.&lt;/p&gt;")
RSS2 = f"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Warta Contoh</title>
<item><title>Banjir rendam Sukamaju</title><link>https://warta.example/banjir</link>
<pubDate>Tue, 21 May 2024 01:30:00 +0700</pubDate><description>{ITEM_TEXT}</description></item>
<item><title>Hanya judul</title><link>https://warta.example/judul</link></item></channel></rss>"""
ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Kabar Atom</title>
<entry><title>Jembatan baru dibuka</title><link href="https://atom.example/jembatan"/>
<updated>2024-06-02T23:00:00+07:00</updated><author><name>Rina Sari</name></author>
<content type="html">&lt;p&gt;Jembatan sepanjang 120 meter di Desa Makmur dibuka untuk umum pada Minggu malam.&lt;/p&gt;</content>
</entry></feed>"""
RSS1 = """<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>RDF Warta</title></channel>
<item rdf:about="https://rdf.example/a"><title>Panen raya dimulai</title><link>https://rdf.example/a</link>
<dc:date>2024-04-01</dc:date><description>Petani di Kabupaten Subur memulai panen raya padi pekan ini.</description>
</item></rdf:RDF>"""
RSS091 = """<?xml version="1.0"?><rss version="0.91"><channel><title>Lama</title><item><title>Pasar murah digelar</title>
<link>https://old.example/pasar</link><description>Pemerintah kota menggelar pasar murah di lima kecamatan.</description>
</item></channel></rss>"""


def _raws(items):
    return [i for i in items if isinstance(i, Raw)]


def test_rss2_items_become_documents_with_title_link_date_in_the_feeds_time_zone():
    items = list(iter_feed(RSS2.encode(), "f.rss", Settings()))
    doc, err = items
    assert doc.title == "Banjir rendam Sukamaju" and doc.source.url == "https://warta.example/banjir"
    assert doc.published == "2024-05-21"  # 01:30 in +0700, not the UTC day before
    assert doc.source.outlet == "Warta Contoh" and doc.text.split("\n\n")[1].startswith("Warga mengungsi")
    assert isinstance(err, InputError) and err.line == 2 and "--fetch-links" in str(err)


def test_atom_rss1_and_rss091_are_read():
    atom = _raws(iter_feed(ATOM.encode(), "a.atom", Settings()))
    rdf = _raws(iter_feed(RSS1.encode(), "r.xml", Settings()))
    old = _raws(iter_feed(RSS091.encode(), "o.rss", Settings()))
    assert atom[0].published == "2024-06-02" and atom[0].authors == ["Rina Sari"] and "120 meter" in atom[0].text
    assert rdf[0].title == "Panen raya dimulai" and rdf[0].published == "2024-04-01"
    assert old[0].source.url == "https://old.example/pasar"


def test_malformed_feed_is_one_error_and_the_walk_goes_on(tmp_path):
    (tmp_path / "a_broken.rss").write_text("<rss><channel><item><title>pu", encoding="utf-8")
    (tmp_path / "b_good.rss").write_text(RSS2, encoding="utf-8")
    (tmp_path / "c_config.xml").write_text("<config><x/></config>", encoding="utf-8")  # not a feed: not walked
    items = list(iter_inputs([str(tmp_path)], Settings()))
    errors = [i for i in items if isinstance(i, InputError)]
    assert [r.title for r in _raws(items)] == ["Banjir rendam Sukamaju"]
    assert any("a_broken.rss" in str(e) for e in errors) and not any("c_config" in str(e) for e in errors)
    garbage = list(read_xml(b"<rss>\x00\x01 not xml at all", "g.rss", Settings()))
    assert len(garbage) == 1 and isinstance(garbage[0], InputError)


def test_sitemap_lists_pages_and_fetches_only_when_asked_through_the_address_guard():
    sitemap = b"""<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
      xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>http://127.0.0.1:9/berita</loc>
      <news:news><news:publication_date>2024-05-01</news:publication_date><news:title>Judul</news:title></news:news>
      </url></urlset>"""
    assert sniff(sitemap) == "sitemap" and sniff(RSS2) == "feed" and sniff(b"<html>") is None
    (only,) = read_xml(sitemap, "sitemap.xml", Settings())
    assert isinstance(only, InputError) and "1 page(s)" in str(only) and "--fetch-links" in str(only)
    (refused,) = read_xml(sitemap, "sitemap.xml", Settings(fetch_links=True))
    assert isinstance(refused, InputError) and "refused" in str(refused)  # loopback: never fetched


def test_feed_item_link_is_fetched_only_when_asked_and_guarded():
    feed = RSS2.replace("https://warta.example/banjir", "http://10.0.0.1/banjir").encode()
    fetched = list(iter_feed(feed, "f.rss", Settings(fetch_links=True)))
    assert all(isinstance(i, InputError) and "refused" in str(i) for i in fetched[:1])


def test_a_long_line_of_broken_declarations_is_read_at_once_not_backtracked():
    """feedparser's encoding pattern backtracks for minutes on one long line of unclosed declarations
    (fuzz input #30742, seed 17); the broken prolog is cut, so the feed's items are still read."""
    junk = b'<?xml version="1.0" encoding="utf-8"' * 4000
    data = junk + RSS2.encode("utf-8").split(b"?>", 1)[1]
    assert _prolog_on_own_line(data).startswith(b"<rss")
    assert [r.title for r in _raws(iter_feed(data, "rusak.rss", Settings()))] == ["Banjir rendam Sukamaju"]


def test_a_good_declaration_stands_alone_on_the_first_line():
    data = RSS2.encode("utf-8")
    fixed = _prolog_on_own_line(data)
    first, rest = fixed.split(b"\n", 1)
    assert first == b'<?xml version="1.0" encoding="utf-8"?>' and rest.startswith(b"<rss")
    assert _prolog_on_own_line(b"<rss><channel/></rss>") == b"<rss><channel/></rss>"


def test_an_item_dated_only_by_its_update_says_so_and_a_published_one_does_not():
    atom = _raws(iter_feed(ATOM.encode(), "a.atom", Settings()))
    rss = _raws(iter_feed(RSS2.encode(), "f.rss", Settings()))
    assert atom[0].meta.get("date_of_revision") is True  # Atom <updated> only
    assert not rss[0].meta.get("date_of_revision")  # RSS <pubDate>
