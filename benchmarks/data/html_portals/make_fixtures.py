"""Write kabar's own portal-style HTML fixtures (``NN-style.html``) and their gold bodies (``gold.jsonl``).

Twelve pages in the layouts of Indonesian news portals (detik, kompas, tribun, tempo, okezone,
republika, kapanlagi, antara, suara, CNN Indonesia, a teaser-heavy portal, a page with no body):
teaser lists, related lists with dates, inline "Baca juga" boxes, captions, membership and app
prompts, comment sections, footers. Outlets, people and events are invented; the article paragraphs
are the project's own invented example articles (``examples/articles``). The gold body is the
article's paragraphs without the dateline prefix. Run: ``python benchmarks/data/html_portals/make_fixtures.py``.
"""
from __future__ import annotations

import html
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
EXAMPLES = HERE.parents[2] / "examples" / "articles"
SOURCES = ("lintasberita24/bone-bolango-diguncang-gempa-tujuh-tewas.txt",
           "lintasberita24/raka-aditya-kunci-gelar-jogja-terbuka.txt",
           "nusapress/gempa-m6-2-guncang-bone-bolango.txt",
           "nusapress/pbsi-evaluasi-ganda-putri-usai-jogja-terbuka.txt",
           "pelita-timur/hakim-tolak-jc-darmawan-lukito.txt",
           "pelita-timur/nobar-keluarga-yoga-pratama-makassar.txt",
           "suara-celebes/kantor-bpjjd-disegel-gubernur-tunjuk-plt.txt",
           "warta-nusantara/kpk-tetapkan-kepala-bpjjd-sultra-tersangka.txt",
           "warta-nusantara/pemerintah-putuskan-tambah-impor-beras-1-juta-ton.txt",
           "nusapress/gempa-m6-2-guncang-bone-bolango.txt",
           "pelita-timur/hakim-tolak-jc-darmawan-lukito.txt")
OTHER = ("Dua Kapal Nelayan Hilang Kontak di Perairan Selatan", "Gubernur Resmikan Pasar Modern di Ibu Kota Kabupaten",
         "Viral, Sopir Angkot Kembalikan Dompet Berisi Uang Puluhan Juta", "Harga Emas Hari Ini Turun Tipis, Cek Daftarnya",
         "Timnas U-17 Menang Telak di Laga Uji Coba Melawan Tim Tamu", "Ini Jadwal Pemadaman Listrik di Lima Kecamatan",
         "Kebakaran Gudang Kopra, Kerugian Ditaksir Miliaran Rupiah", "Wali Kota Larang ASN Gunakan Mobil Dinas untuk Mudik",
         "Cuaca Ekstrem, BMKG Minta Warga Pesisir Waspada Gelombang Tinggi", "Resep Ikan Bakar Bumbu Kuning yang Gurih",
         "Polisi Bongkar Gudang Penimbunan Solar Bersubsidi", "Ribuan Pelari Ramaikan Lomba Lari 10K di Tepi Pantai")
# One-sentence teasers under other stories' headlines.
SUMMARIES = ("Harga emas batangan di butik logam mulia turun Rp 2.000 per gram dibanding sehari sebelumnya.",
             "Tim asuhan pelatih muda itu mencetak empat gol tanpa balas di babak kedua.",
             "Pemadaman bergilir dilakukan karena pemeliharaan jaringan transmisi selama dua hari.",
             "Api diduga berasal dari korsleting listrik di bagian belakang gudang milik warga.",
             "Larangan berlaku selama libur Lebaran dan pelanggar akan dikenai sanksi disiplin.",
             "Gelombang setinggi empat meter diperkirakan terjadi di perairan selatan hingga akhir pekan.")
_PREFIX = re.compile(r"^\ufeff?[^-–]{2,60}\s[-–]{1,2}\s")


def article(i: int) -> dict:
    """Title and body paragraphs of the i-th source (no headline line, no dateline line, no prefix)."""
    lines = [ln.strip().lstrip("\ufeff") for ln in (EXAMPLES / SOURCES[i]).read_bytes().decode("utf-8", errors="replace").replace("\ufffd", "\u00b0").split("\n")]
    lines = [ln for ln in lines if ln]
    title = lines[0] if not _PREFIX.match(lines[0]) and len(lines[0]) < 120 else "Berita Daerah Hari Ini"
    body = [ln for ln in lines if len(ln) > 100]
    body[0] = _PREFIX.sub("", body[0])
    body = [p for p in body if not p.lower().startswith(("baca juga", "penulis", "editor"))][:7]
    return {"title": title, "body": body}


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def head(title: str, site: str, date: str, extra: str = "") -> str:
    return (f'<!doctype html><html lang="id"><head><meta charset="utf-8"><title>{esc(title)} - {esc(site)}</title>'
            f'<meta property="og:title" content="{esc(title)}"><meta property="og:site_name" content="{esc(site)}">'
            f'<meta property="article:published_time" content="{date}T09:15:00+07:00">{extra}'
            '<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}</script>'
            '<style>.ads{min-height:250px}</style></head>')


def nav(site: str) -> str:
    items = "".join(f'<li><a href="/{x.lower()}">{x}</a></li>' for x in
                    ("News", "Finance", "Hot", "Inet", "Sport", "Oto", "Travel", "Food", "Health", "Wolipop", "Video"))
    return f'<header><div class="logo"><a href="/">{esc(site)}</a></div><nav><ul>{items}</ul></nav>' \
           '<form class="search"><input placeholder="Cari berita"></form><a class="login">Masuk</a></header>'


def teaser_list(label: str, items: list[str], dated: bool = True, cls: str = "terpopuler") -> str:
    lis = "".join(f'<li><a href="/berita/{k}">{esc(t)}</a>' + (f'<span class="date">{k + 1} jam yang lalu</span>' if dated else "")
                  + "</li>" for k, t in enumerate(items))
    return f'<div class="{cls}"><h3>{label}</h3><ol>{lis}</ol></div>'


def footer(site: str) -> str:
    return (f'<footer><div class="footer-links"><a>Redaksi</a> | <a>Pedoman Media Siber</a> | <a>Karir</a> | '
            f'<a>Kotak Pos</a> | <a>Info Iklan</a></div><p>Copyright @ 2024 {esc(site)}. All rights reserved.</p></footer>'
            '<script>var ads = {slot: "div-gpt-ad-1"};</script></body></html>')


def paras(body: list[str], prefix: str, inserts: dict[int, str], wrap: str = "p") -> str:
    out = []
    for k, p in enumerate(body):
        text = (f"<strong>{esc(prefix)}</strong> - " if k == 0 and prefix else "") + esc(p)
        out.append(f"<{wrap}>{text}</{wrap}>")
        if k in inserts:
            out.append(inserts[k])
    return "".join(out)


def detik(a: dict) -> str:
    ins = {0: '<table class="linksisip"><tr><td><div class="lihatjg"><strong>Baca juga: </strong>'
              f'<a href="/x">{OTHER[0]}</a></div></td></tr></table>',
           2: '<div class="parallaxindetail"><div class="ads">ADVERTISEMENT</div><p>SCROLL TO CONTINUE WITH CONTENT</p></div>'}
    return (head(a["title"], "detikKabar", "2024-05-21") + "<body>" + nav("detikKabar") +
            f'<article class="detail"><h1 class="detail__title">{esc(a["title"])}</h1><div class="detail__author">Rina Wati - detikKabar</div>'
            '<div class="detail__date">Selasa, 21 Mei 2024 09:15 WIB</div><div class="detail__media"><figure><img src="a.jpg">'
            '<figcaption>Warga memeriksa rumah yang rusak. (Foto: Rina Wati/detikKabar)</figcaption></figure></div>'
            '<div class="detail__body-text itp_bodycontent">' + paras(a["body"], "Jakarta", ins) +
            '<p><strong>(rwt/dnu)</strong></p></div><div class="detail__body-tag"><a>gempa</a><a>gorontalo</a></div></article>'
            + teaser_list("Berita Terpopuler", list(OTHER[1:6])) + teaser_list("Berita Terkini", list(OTHER[6:11])) + footer("detikKabar"))


def kompas(a: dict) -> str:
    ins = {1: f'<p><strong>Baca juga: <a href="/y">{OTHER[2]}</a></strong></p>',
           3: f'<p><strong>Baca juga: <a href="/z">{OTHER[3]}</a></strong></p>'}
    return (head(a["title"], "Kompas Kabar", "2024-07-10") + "<body>" + nav("Kompas Kabar") +
            f'<div class="read__header"><h1 class="read__title">{esc(a["title"])}</h1><div class="read__time">Kompas Kabar - 10/07/2024, 20:05 WIB</div>'
            '<div class="read__author">Penulis Dedi Kurnia | Editor Sari Dewi</div></div><div class="photo"><img src="b.jpg">'
            '<div class="photo__caption">Petugas menata karung beras di gudang. KOMPAS KABAR/DEDI</div><a>Lihat Foto</a></div>'
            '<div class="read__content"><div class="clearfix">' + paras(a["body"], "JAKARTA, KOMPASKABAR.COM", ins) +
            '<p>Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita '
            'Kompas Kabar WhatsApp Channel.</p><p>Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas Kabar.</p>'
            '</div></div>' + teaser_list("Berita Terkait", list(OTHER[4:8])) + teaser_list("Terpopuler", list(OTHER[8:12]))
            + footer("Kompas Kabar"))


def tribun(a: dict) -> str:
    ins = {1: f'<p><strong>Baca juga: <a>{OTHER[5]}</a></strong></p>'}
    related = "".join(f'<li><a>{esc(t)}</a><time>Senin, 4 Maret 2024 14:{10 + k}</time></li>' for k, t in enumerate(OTHER[6:10]))
    return (head(a["title"], "TribunKabar.com", "2024-03-16") + "<body>" + nav("TribunKabar.com") +
            f'<div id="article"><h1 id="arttitle">{esc(a["title"])}</h1><div class="credit">Penulis: Yusuf Hamdan | Editor: Sari</div>'
            '<time>Sabtu, 16 Maret 2024 10:25 WIB</time><div class="ovh imgfull"><img src="c.jpg"><div class="pos_rel">'
            'TribunKabar/Yusuf Hamdan</div><div class="arttxt">Suasana kantor yang disegel KPK di Kendari, Sabtu (16/3/2024).</div></div>'
            '<div class="side-article txt-article multi-fontsize">' + paras(a["body"], "TRIBUNKABAR.COM, KENDARI", ins) +
            '</div><div class="paging"><a>Halaman 1</a><a>2</a><a>Selanjutnya</a></div><div class="tagcloud">TribunKabar.com'
            '</div><div class="rel"><h3>Berita Terkait</h3><ul>' + related + '</ul></div><p class="gnews">Ikuti kami di Google News</p></div>'
            + teaser_list("Populer", list(OTHER[:5])) + footer("TribunKabar.com"))


def tempo(a: dict) -> str:
    ins = {0: f'<p><strong>Pilihan Editor:</strong> <a>{OTHER[1]}</a></p>'}
    return (head(a["title"], "TEMPOKABAR.CO", "2024-09-17") + "<body>" + nav("TEMPOKABAR.CO") +
            f'<article><h1 class="title">{esc(a["title"])}</h1><p class="date">Selasa, 17 September 2024 16:40 WIB</p>'
            '<div class="detail-konten">' + paras(a["body"][:3], "TEMPOKABAR.CO, Kendari", ins) +
            '<div class="paywall"><p>Silakan login atau daftar untuk membaca artikel ini selengkapnya.</p>'
            '<a>Langganan Digital</a> <a>Masuk</a></div>' + paras(a["body"][3:], "", {}) +
            '</div></article>' + teaser_list("Artikel Terkait", list(OTHER[2:8])) + footer("TEMPOKABAR.CO"))


def okezone(a: dict) -> str:
    ins = {1: f'<p><strong>BACA JUGA:</strong> <a>{OTHER[7]}</a></p>', 3: f'<p><strong>BACA JUGA:</strong> <a>{OTHER[8]}</a></p>'}
    return (head(a["title"], "Okekabar", "2024-05-21") + "<body>" + nav("Okekabar") +
            f'<div class="title"><h1>{esc(a["title"])}</h1><div class="namerep">Rina Wati, Jurnalis - Selasa, 21 Mei 2024 |09:15 WIB</div></div>'
            '<div id="imgCheck"><img src="d.jpg"><div class="caption">Ilustrasi gempa (Foto: Okekabar)</div></div>'
            '<div id="contentx" class="read">' + paras(a["body"], "GORONTALO", ins) +
            '<p>Follow Berita Okekabar di Google News</p></div><div class="disclaimer">Okekabar tidak bertanggung jawab '
            'atas isi komentar pembaca.</div>' + teaser_list("Berita Terkait", list(OTHER[:6])) + footer("Okekabar"))


def republika(a: dict) -> str:
    items = "".join(f'<div class="conten1"><h2><a>{esc(t)}</a></h2><div class="date">Senin 04 Mar 2024 14:2{k} WIB</div>'
                    f'<p>{esc(SUMMARIES[k])}</p></div>' for k, t in enumerate(OTHER[3:9]))
    return (head(a["title"], "Republika Kabar", "2024-08-25") + "<body>" + nav("Republika Kabar") +
            f'<div class="wrap_detail"><h1>{esc(a["title"])}</h1><div class="date_detail">Ahad 25 Aug 2024 20:10 WIB</div>'
            '<div class="artikel">' + paras(a["body"], "REPUBLIKAKABAR.CO.ID, YOGYAKARTA", {}) +
            '<p>Sumber : Antara</p></div><div class="berita-lainnya"><h3>Berita Lainnya</h3>' + items + '</div></div>'
            + footer("Republika Kabar"))


def kapanlagi(a: dict) -> str:
    ins = {2: f'<div class="box-baca-juga"><span>Baca Juga</span><ul><li><a>{OTHER[9]}</a></li><li><a>{OTHER[10]}</a></li></ul></div>'}
    comments = "".join(f'<div class="comment"><b>pembaca{k}</b><p>Semoga cepat pulih, semangat semuanya!</p></div>' for k in range(3))
    return (head(a["title"], "KapanKabar.com", "2024-08-25") + "<body>" + nav("KapanKabar.com") +
            f'<div class="headline-detail"><h1>KapanKabar.com: {esc(a["title"])}</h1><span>Diperbarui: Minggu, 25 Agustus 2024 18:03</span></div>'
            '<div class="body-paragraph">' + paras(a["body"], "Kapankabar.com", ins, wrap="p") + '<p>(kpk/rwt)</p></div>'
            '<div class="comments"><h3>Komentar</h3>' + comments + '<form><textarea placeholder="Tulis komentar"></textarea></form></div>'
            + teaser_list("Berita Seleb Lainnya", list(OTHER[:6]), dated=False) + footer("KapanKabar.com"))


def antara(a: dict) -> str:
    ins = {1: f'<p>Baca juga: <a>{OTHER[11]}</a></p>', 3: f'<p>Baca juga: <a>{OTHER[0]}</a></p>'}
    return (head(a["title"], "ANTARA Kabar", "2024-03-14") + "<body>" + nav("ANTARA Kabar") +
            f'<div class="post-header"><h1>{esc(a["title"])}</h1><span>Kamis, 14 Maret 2024 23:40 WIB</span></div>'
            '<div class="post-content clearfix">' + paras(a["body"], "Jakarta (ANTARA KABAR)", ins).replace(
                "</strong> - ", "</strong> - ", 1) +
            '<p class="text-muted">Pewarta: Budi Santoso<br>Editor: Rina Wati<br>COPYRIGHT © ANTARA KABAR 2024</p></div>'
            + teaser_list("Berita Terkait", list(OTHER[1:6])) + teaser_list("Terpopuler", list(OTHER[6:11])) + footer("ANTARA Kabar"))


def suara(a: dict) -> str:
    ins = {0: f'<div class="baca-juga-box"><span>Baca Juga:</span><ul><li><a>{OTHER[2]}</a></li><li><a>{OTHER[3]}</a></li></ul></div>'}
    return (head(a["title"], "Suarakabar.com", "2024-05-22") + "<body>" + nav("Suarakabar.com") +
            f'<article><h1>{esc(a["title"])}</h1><div class="writer">Rina Wati | Rabu, 22 Mei 2024 | 17:40 WIB</div>'
            '<figure><img src="e.jpg"><figcaption>Pengungsi gempa di tenda darurat. [Suarakabar.com/Rina]</figcaption></figure>'
            '<div class="detail--content">' + paras(a["body"], "Suarakabar.com", ins) +
            '<p>Follow Suarakabar.com untuk mendapatkan informasi terkini. Klik WhatsApp Channel &amp; Google News</p></div></article>'
            + teaser_list("Terkini", list(OTHER[4:10])) + footer("Suarakabar.com"))


def cnn(a: dict) -> str:
    ins = {1: '<p>[Gambas:Video CNN]</p>', 2: f'<div class="linksisip"><strong>Lihat Juga :</strong> <a>{OTHER[4]}</a></div>'}
    return (head(a["title"], "CNN Kabar", "2024-03-14") + "<body>" + nav("CNN Kabar") +
            f'<div class="detail-wrap"><h1 class="title">{esc(a["title"])}</h1><div class="date">CNN Kabar | Kamis, 14 Mar 2024 23:40 WIB</div>'
            '<div class="media_artikel"><img src="f.jpg"><span class="caption">Ilustrasi KPK. (CNN Kabar/Andry)</span></div>'
            '<div class="detail-text">' + paras(a["body"], "Jakarta, CNN Kabar", ins) +
            '<p>(tim/dal)</p><div class="ads">ADVERTISEMENT</div></div></div>' + teaser_list("Berita Terkait", list(OTHER[5:11]))
            + footer("CNN Kabar"))


def teasers(a: dict) -> str:
    """A portal whose teaser lists hold more text than its short article."""
    blocks = "".join(f'<div class="news-list"><div class="item"><h2><a>{esc(t)}</a></h2><p>{esc(t)} menjadi sorotan warga '
                     f'sepanjang pekan ini dan terus diperbincangkan di media sosial hingga hari ini.</p><span>2 jam lalu</span></div></div>'
                     for t in OTHER * 2)
    return (head(a["title"], "Portal Kabar", "2024-03-16") + "<body>" + nav("Portal Kabar") + blocks[:len(blocks) // 2] +
            f'<div class="content"><div class="inner"><h1>{esc(a["title"])}</h1><div>Sabtu, 16 Maret 2024</div>'
            + paras(a["body"][:3], "KENDARI, PORTALKABAR.ID", {}) + '</div></div>' + blocks[len(blocks) // 2:]
            + footer("Portal Kabar"))


def no_body(a: dict) -> str:
    """A page whose body did not load: menus, a headline, a date, teasers."""
    return (head(a["title"], "Kabar Kosong", "2024-03-14") + "<body>" + nav("Kabar Kosong") +
            f'<h1>{esc(a["title"])}</h1><div class="date">Kamis, 14 Maret 2024</div><div id="app"></div>'
            + teaser_list("Terpopuler", list(OTHER[:4]), dated=False) + footer("Kabar Kosong"))


LAYOUTS = (("detik", detik), ("kompas", kompas), ("tribun", tribun), ("tempo", tempo), ("okezone", okezone),
           ("republika", republika), ("kapanlagi", kapanlagi), ("antara", antara), ("suara", suara), ("cnn", cnn),
           ("teasers", teasers), ("nobody", no_body))


def main() -> None:
    gold = []
    for i, (name, layout) in enumerate(LAYOUTS):
        a = article(i % len(SOURCES))
        path = HERE / f"{i + 1:02d}-{name}.html"
        path.write_text(layout(a), encoding="utf-8")
        body = [] if name == "nobody" else (a["body"][:3] if name == "teasers" else a["body"])
        gold.append({"file": path.name, "title": a["title"], "body": body})
    (HERE / "gold.jsonl").write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in gold), encoding="utf-8")


if __name__ == "__main__":
    main()
