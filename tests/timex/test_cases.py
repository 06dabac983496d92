"""Table-driven cases: a sentence, the anchor (publication) date, the expression found and its value."""
from __future__ import annotations

import datetime as dt

import pytest

from kabar.timex import find_times

WED = dt.date(2023, 7, 26)      # a Wednesday in ISO week 2023-W30
NEWYEAR = dt.date(2024, 1, 3)   # a Wednesday in 2024-W01, just after a year boundary
LEAP = dt.date(2024, 3, 1)      # the day after 29 February
OCT = dt.date(2020, 10, 22)     # a Thursday
JUNE = dt.date(2017, 6, 1)      # a Thursday
TODAY = dt.date(2026, 11, 22)

ABSOLUTE = [
    ("Peristiwa itu terjadi pada 27 Juli 2023.", WED, "27 Juli 2023", "2023-07-27"),
    ("Dokumen ditandatangani 27/7/2023 di Jakarta.", WED, "27/7/2023", "2023-07-27"),
    ("Polisi menangkap pelaku (22/10/2020).", WED, "(22/10/2020)", "2020-10-22"),
    ("Rapat digelar tgl. 26 Maret.", WED, "tgl. 26 Maret", "2023-03-26"),
    ("Pameran berlangsung 25-28 Maret di Bandung.", WED, "25-28 Maret", "2023-03-25/2023-03-28"),
    ("Perang pecah pada Juni 1950.", WED, "Juni 1950", "1950-06"),
    ("Pasukan masuk pada Oktober 1950.", WED, "Oktober 1950", "1950-10"),
    ("Perang berlangsung tahun 1950-1953.", WED, "tahun 1950-1953", "1950/1953"),
    ("Konflik itu terjadi pada tahun 1950- 1953.", WED, "tahun 1950- 1953", "1950/1953"),
    ("Perang Korea 1950-53 menewaskan jutaan orang.", WED, "1950-53", "1950/1953"),
    ("Hubungan terjalin sejak 1930-an.", WED, "1930-an", "193X"),
    ("Teknologi ini berkembang pada abad ke-20.", WED, "abad ke-20", "19XX"),
    ("Pesawat mendarat pukul 21.20 WIB.", WED, "pukul 21.20 WIB", "2023-07-26T21:20"),
    # a clock time after a written date is an expression of its own, on that date
    ("Kami tiba 27 Juli 2023, 21:20 WIB.", WED, "27 Juli 2023", "2023-07-27"),
    ("Kami tiba 27 Juli 2023, 21:20 WIB.", WED, "21:20 WIB", "2023-07-27T21:20"),
    ("Kamis, 27 Juli 2023 ia berangkat.", WED, "Kamis, 27 Juli 2023", "2023-07-27"),
    ("Pada 1949 negara itu berdiri.", WED, "1949", "1949"),
    ("Sejak tahun 2022 uji coba meningkat.", WED, "tahun 2022", "2022"),
    ("Pertemuan kedua pada Februari 2019 gagal.", WED, "Februari 2019", "2019-02"),
    ("Proklamasi dibacakan pada 17 Agustus 1945.", WED, "17 Agustus 1945", "1945-08-17"),
    ("Sidang ditunda hingga 5 Januari 2024.", WED, "5 Januari 2024", "2024-01-05"),
    ("Tanggal 1/1/2000 menjadi awal milenium.", WED, "Tanggal 1/1/2000", "2000-01-01"),
    ("Data dihimpun 31-12-2022 oleh petugas.", WED, "31-12-2022", "2022-12-31"),
    ("Kontrak berlaku sampai Desember 2025.", WED, "Desember 2025", "2025-12"),
    ("Reformasi terjadi pada Mei 1998.", WED, "Mei 1998", "1998-05"),
    ("Krisis 1997-1998 memukul ekonomi.", WED, "1997-1998", "1997/1998"),
    ("Era 1990-an ditandai reformasi.", WED, "Era 1990-an", "199X"),
    ("Musik tahun 80-an kembali populer.", WED, "tahun 80-an", "198X"),
    ("Pada abad XXI tantangannya berbeda.", WED, "abad XXI", "20XX"),
    ("Masjid itu dibangun pada abad ketujuh belas.", WED, "abad ketujuh belas", "16XX"),
    ("Ia lahir pada tahun 1961.", WED, "tahun 1961", "1961"),
    ("Wabah melanda antara tahun 1918 hingga 1920.", WED, "tahun 1918 hingga 1920", "1918/1920"),
    ("Undang-undang itu terbit Agt. 2019.", WED, "Agt. 2019", "2019-08"),
    ("Gedung diresmikan pada bulan Maret tahun 2010.", WED, "bulan Maret tahun 2010", "2010-03"),
    ("Kompetisi 2019/2020 dihentikan.", WED, "2019/2020", "2019/2020"),
    ("Ekonomi tumbuh sejak krisis 2008.", WED, "2008", "2008"),
    ("Ia menang dalam pemilu 2014 lalu.", WED, "2014", "2014"),
    ("Pemilu digelar 14 Februari 2024 serentak.", WED, "14 Februari 2024", "2024-02-14"),
    ("Kejadian pada 3 Okt 2021 itu masih diselidiki.", WED, "3 Okt 2021", "2021-10-03"),
    ("Perjanjian diteken 10.11.2011 di Bali.", WED, "10.11.2011", "2011-11-10"),
    ("Konser digelar pada 2 Juni.", WED, "2 Juni", "2023-06-02"),
    ("Pada awal 1990 harga minyak jatuh.", WED, "awal 1990", "1990"),
    ("Kebijakan ini lahir pada pertengahan Juni 2021.", WED, "pertengahan Juni 2021", "2021-06"),
]

ANCHORED = [
    ("Media melaporkan pada hari Rabu bahwa delegasi tiba.", WED, "hari Rabu", "2023-07-26"),
    ("Delegasi tiba pada Selasa (25/7) malam.", WED, "Selasa (25/7) malam", "2023-07-25TNI"),
    ("Kamis lalu ia bertemu presiden.", WED, "Kamis lalu", "2023-07-20"),
    # a weekday with the full date as its apposition takes that date, not the nearest such weekday
    ("Penangkapan terjadi pada Rabu malam, 15 Maret lalu.", WED, "Rabu malam", "2023-03-15TNI"),
    ("Gempa terjadi pukul 03.17 WITA atau 02.17 WIB.", WED, "02.17 WIB", "2023-07-26T02:17"),
    ("Senin depan sidang dilanjutkan.", WED, "Senin depan", "2023-07-31"),
    ("Rapat akan digelar hari Jumat.", WED, "hari Jumat", "2023-07-28"),
    ("Ia datang hari Senin ke kantor.", WED, "hari Senin", "2023-07-24"),
    ("Hari ini presiden berpidato.", WED, "Hari ini", "2023-07-26"),
    ("Kemarin hujan turun deras.", WED, "Kemarin", "2023-07-25"),
    ("Besok pasar tutup.", WED, "Besok", "2023-07-27"),
    ("Lusa ia kembali ke Jakarta.", WED, "Lusa", "2023-07-28"),
    ("Kemarin lusa banjir surut.", WED, "Kemarin lusa", "2023-07-24"),
    ("Delegasi datang minggu ini.", WED, "minggu ini", "2023-W30"),
    ("Uji coba dilakukan sejak minggu lalu.", WED, "minggu lalu", "2023-W29"),
    ("Tim kembali minggu depan.", WED, "minggu depan", "2023-W31"),
    ("Harga naik pekan lalu.", WED, "pekan lalu", "2023-W29"),
    ("Sidang digelar pekan depan.", WED, "pekan depan", "2023-W31"),
    ("Inflasi turun bulan lalu.", WED, "bulan lalu", "2023-06"),
    ("Target tercapai bulan ini.", WED, "bulan ini", "2023-07"),
    ("Aturan berlaku bulan depan.", WED, "bulan depan", "2023-08"),
    ("Kongres mengesahkannya tahun lalu.", WED, "tahun lalu", "2022"),
    ("Rudal diuji tahun ini.", WED, "tahun ini", "2023"),
    ("Pemilu digelar tahun depan.", WED, "tahun depan", "2024"),
    ("Lima tahun lalu hubungan memburuk.", WED, "Lima tahun lalu", "2018"),
    ("Hasilnya diumumkan dua pekan mendatang.", WED, "dua pekan mendatang", "2023-W32"),
    ("Ia ditahan tiga hari lalu.", WED, "tiga hari lalu", "2023-07-23"),
    ("Proyek dimulai dua bulan lalu.", WED, "dua bulan lalu", "2023-05"),
    ("Sepekan lalu ia tiba.", WED, "Sepekan lalu", "2023-W29"),
    ("Sebulan lalu harga naik.", WED, "Sebulan lalu", "2023-06"),
    ("Setahun lalu ia dilantik.", WED, "Setahun lalu", "2022"),
    ("Kota itu hancur 10 tahun silam.", WED, "10 tahun silam", "2013"),
    ("Dua hari lagi hasilnya keluar.", WED, "Dua hari lagi", "2023-07-28"),
    ("Jalan selesai tiga bulan mendatang.", WED, "tiga bulan mendatang", "2023-10"),
    ("Awal bulan ini jenderal itu berbicara.", WED, "Awal bulan ini", "2023-07"),
    ("Gaji dibayar akhir bulan ini.", WED, "akhir bulan ini", "2023-07"),
    ("Kunjungan dijadwalkan pertengahan bulan ini.", WED, "pertengahan bulan ini", "2023-07"),
    ("Sejak awal tahun 2022, uji coba meningkat.", WED, "awal tahun 2022", "2022"),
    ("Proyek itu mangkrak sejak akhir tahun lalu.", WED, "akhir tahun lalu", "2022"),
    ("Pagi ini pasar dibuka.", WED, "Pagi ini", "2023-07-26TMO"),
    ("Tadi malam terjadi kebakaran.", WED, "Tadi malam", "2023-07-25TNI"),
    ("Ia tiba Rabu malam di bandara.", WED, "Rabu malam", "2023-07-26TNI"),
    ("Rapat digelar Senin pagi.", WED, "Senin pagi", "2023-07-24TMO"),
    ("Gempa terjadi Selasa (25/7) dini hari.", WED, "Selasa (25/7) dini hari", "2023-07-25TNI"),
    ("Polisi datang Kamis sore.", WED, "Kamis sore", "2023-07-20TAF"),
    ("Ia pergi pada hari Minggu.", WED, "hari Minggu", "2023-07-23"),
    ("Kejadian itu pada Jumat pekan lalu.", WED, "Jumat pekan lalu", "2023-07-21"),
    ("Semalam hujan turun.", WED, "Semalam", "2023-07-25TNI"),
    ("Kemarin sore api padam.", WED, "Kemarin sore", "2023-07-25TAF"),
    ("Esok hari ia berangkat.", WED, "Esok hari", "2023-07-27"),
    ("Konser dimulai tengah malam.", WED, "tengah malam", "2023-07-26T00:00"),
    ("Ia tiba Selasa (25/7) pukul 21.00 WIB.", WED, "pukul 21.00 WIB", "2023-07-25T21:00"),
    ("Ia tiba Selasa (25/7) pukul 21.00 WIB.", WED, "Selasa (25/7)", "2023-07-25"),
    # ... and joins a bare weekday
    ("Ia tiba Selasa pukul 13.00 WIB.", WED, "Selasa pukul 13.00 WIB", "2023-07-25T13:00"),
    ("Rapat digelar Senin (24/7).", WED, "Senin (24/7)", "2023-07-24"),
    ("Uji coba pada tanggal 27 Juli, Kamis.", WED, "tanggal 27 Juli, Kamis", "2023-07-27"),
    ("Kapal tiba pada 18 Juli di Busan.", WED, "18 Juli", "2023-07-18"),
    ("Ia berbicara pada 16 Mei di depan Senat.", WED, "16 Mei", "2023-05-16"),
    ("Harga naik sejak Juni lalu.", WED, "Juni lalu", "2023-06"),
    ("Pabrik dibuka Maret tahun depan.", WED, "Maret tahun depan", "2024-03"),
    ("Kasus itu muncul Desember tahun lalu.", WED, "Desember tahun lalu", "2022-12"),
    ("Panen raya terjadi pada Juni.", WED, "Juni", "2023-06"),
    ("Kami berlibur akhir pekan ini.", WED, "akhir pekan ini", "2023-W30-WE"),
    ("Pada 2019 ekspor turun, sedangkan tahun sebelumnya naik.", WED, "tahun sebelumnya", "2018"),
    ("Ia masuk partai pada 2010 dan dua tahun kemudian menjadi ketua.", WED, "dua tahun kemudian", "2012"),
    ("Gempa terjadi 5 Maret 2021 dan tiga hari setelahnya tsunami datang.", WED, "tiga hari setelahnya",
     "2021-03-08"),
    ("Warga berkumpul dua hari sebelum 17 Agustus.", WED, "dua hari sebelum", "2023-08-15"),
    ("Seminggu lalu ia sakit.", WED, "Seminggu lalu", "2023-W29"),
    ("Harga turun bulan lalu.", NEWYEAR, "bulan lalu", "2023-12"),
    ("Harga turun tahun lalu.", NEWYEAR, "tahun lalu", "2023"),
    ("Ia tiba minggu lalu.", NEWYEAR, "minggu lalu", "2023-W52"),
    ("Ia tiba minggu ini.", NEWYEAR, "minggu ini", "2024-W01"),
    ("Pesta digelar 28 Desember di alun-alun.", NEWYEAR, "28 Desember", "2023-12-28"),
    ("Ia dilantik Senin lalu.", NEWYEAR, "Senin lalu", "2024-01-01"),
    ("Kemarin banjir melanda.", NEWYEAR, "Kemarin", "2024-01-02"),
    ("Harga naik sejak Desember lalu.", NEWYEAR, "Desember lalu", "2023-12"),
    ("Proyek dimulai dua hari lalu.", NEWYEAR, "dua hari lalu", "2024-01-01"),
    ("Anggaran habis akhir tahun lalu.", NEWYEAR, "akhir tahun lalu", "2023"),
    ("Kemarin ia kembali.", LEAP, "Kemarin", "2024-02-29"),
    ("Sebulan lalu ia pindah.", LEAP, "Sebulan lalu", "2024-02"),
    ("Hubungan sangat kontras dengan lima tahun lalu.", OCT, "lima tahun lalu", "2015"),
    ("Media pemerintah melaporkan Kamis (22/10/2020).", OCT, "Kamis (22/10/2020)", "2020-10-22"),
    ("Ia datang pada hari Kamis.", OCT, "hari Kamis", "2020-10-22"),
    ("Minggu lalu KCNA melaporkannya.", OCT, "Minggu lalu", "2020-W42"),
    ("Sidang berlanjut Selasa depan.", OCT, "Selasa depan", "2020-10-27"),
    ("Besok lusa hasil diumumkan.", OCT, "Besok lusa", "2020-10-24"),
    ("Pagi tadi ia pergi.", OCT, "Pagi tadi", "2020-10-22TMO"),
    ("Rapat digelar Sabtu (24/10).", OCT, "Sabtu (24/10)", "2020-10-24"),
    ("Gunung itu berstatus awas sejak 22 September lalu.", JUNE, "22 September lalu", "2016-09-22"),
    ("Putaran kedua digelar pada 7 Mei ini.", JUNE, "7 Mei ini", "2017-05-07"),
    ("Peluncuran dijadwalkan 2 Maret mendatang.", JUNE, "2 Maret mendatang", "2018-03-02"),
    ("Ia ditemui Kamis ( 15 / 6 ) di kantornya.", JUNE, "Kamis ( 15 / 6 )", "2017-06-15"),
    ("Iwa menerima gaji selama 6 bulan itu.", JUNE, "6 bulan", "P6M"),
    ("Ia baru saja tiba di Jakarta.", JUNE, "baru saja", "PAST_REF"),
    ("Selama ini warga diam.", JUNE, "Selama ini", "PRESENT_REF"),
    ("Artis itu dirawat Selasa (19/12) malam.", JUNE, "Selasa (19/12) malam", "2017-12-19TNI"),
    ("Persekusi tak boleh terulang di 2018 mendatang.", JUNE, "2018 mendatang", "2018"),
    ("Film itu rilis pada 2015 lalu.", JUNE, "2015 lalu", "2015"),
    ("Laga berikutnya pada Rabu nanti.", JUNE, "Rabu nanti", "2017-06-07"),
    # an explicit date wins over the weekday or day word beside it
    ("Minggu kemarin (23/7) ia tiba.", WED, "Minggu kemarin (23/7)", "2023-07-23"),
    ("Besok (22/4/2021) pagi ia berangkat.", WED, "Besok (22/4/2021) pagi", "2021-04-22TMO"),
    ("Kamis kemarin ia tiba.", WED, "Kamis kemarin", "2023-07-20"),
    ("Gempa susulan terjadi pukul 24.00 Wita.", WED, "pukul 24.00 Wita", "2023-07-27T00:00"),
    ("Ia juara turnamen Super 100 tahun lalu.", WED, "tahun lalu", "2022"),
    ("Harga naik sejak awal Juli lalu.", WED, "awal Juli lalu", "2023-07"),
    ("Data pekan ke-40 tahun 2025 naik.", WED, "pekan ke-40 tahun 2025", "2025-W40"),
    ("Erupsi Minggu malam (23/7) membuat warga panik.", WED, "Minggu malam (23/7)", "2023-07-23TNI"),
    ("Sekolah libur tanggal 3 hingga 5 Agustus 2023.", WED, "tanggal 3 hingga 5 Agustus 2023",
     "2023-08-03/2023-08-05"),
    # a clock time falls on the day its paragraph last named
    ("Erupsi terjadi Minggu (23/7) sekitar pukul 23.57 WITA.", WED, "pukul 23.57 WITA", "2023-07-23T23:57"),
    ("Ia ditahan selama 20 hari ke depan.", WED, "20 hari ke depan", "P20D"),
    ("Ia tiba pukul 8 malam.", WED, "pukul 8 malam", "2023-07-26T20:00"),
    ("Acara digelar Selasa, 25/7/2023.", WED, "Selasa, 25/7/2023", "2023-07-25"),
]

DURATIONS = [
    ("Mereka memulai perang tiga tahun yang menewaskan ribuan orang.", WED, "tiga tahun", "P3Y"),
    ("Ia dirawat selama 11 hari.", WED, "11 hari", "P11D"),
    ("Hubungan memburuk selama bertahun-tahun.", WED, "bertahun-tahun", "PXY"),
    ("Warga menunggu berbulan-bulan.", WED, "berbulan-bulan", "PXM"),
    ("Hujan turun berhari-hari.", WED, "berhari-hari", "PXD"),
    ("Moskow menjadi sekutu selama beberapa dekade.", WED, "beberapa dekade", "PXDE"),
    ("Untuk pertama kalinya dalam empat dekade kapal itu datang.", WED, "empat dekade", "P40Y"),
    ("Perubahan terjadi selama satu abad terakhir.", WED, "satu abad terakhir", "P100Y"),
    ("Ia ditahan sebelas hari.", WED, "sebelas hari", "P11D"),
    ("Ia mengabdi dua puluh lima tahun.", WED, "dua puluh lima tahun", "P25Y"),
    ("Rapat berlangsung tiga jam.", WED, "tiga jam", "PT3H"),
    ("Ia menunggu 30 menit.", WED, "30 menit", "PT30M"),
    ("Proyek molor 1,5 tahun.", WED, "1,5 tahun", "P1Y6M"),
    ("Ia divonis 6,5 tahun penjara.", WED, "6,5 tahun", "P6Y6M"),
    ("Antrean mengular 2,5 jam.", WED, "2,5 jam", "PT2H30M"),
    ("Ia ditahan 2 bulan 8 hari.", WED, "2 bulan 8 hari", "P2M8D"),
    ("Pesawat itu telah berusia 26 tahun 7 bulan.", WED, "26 tahun 7 bulan", "P26Y7M"),
    ("Laga final berlangsung 1 jam 21 menit.", WED, "1 jam 21 menit", "PT1H21M"),
    ("Ia menjabat tiga tahun dan enam bulan.", WED, "tiga tahun dan enam bulan", "P3Y6M"),
    ("Roket mengudara 1.450 detik.", WED, "1.450 detik", "PT1450S"),
    ("Dana cair dalam waktu satu bulan setelah putusan.", WED, "satu bulan", "P1M"),
    ("Harga diperkirakan turun dalam beberapa minggu ke depan.", WED, "beberapa minggu ke depan", "PXW"),
    ("Ia dirawat seminggu di rumah sakit.", WED, "seminggu", "P1W"),
    ("Pameran digelar dua pekan.", WED, "dua pekan", "P2W"),
    ("Ia tinggal di sana beberapa tahun.", WED, "beberapa tahun", "PXY"),
    ("Konflik itu berlangsung puluhan tahun.", WED, "puluhan tahun", "PXDE"),
    ("Masa jabatannya enam bulan.", WED, "enam bulan", "P6M"),
    ("Rumah itu kosong sewindu.", WED, "sewindu", "P8Y"),
    ("Ia dipenjara setahun.", WED, "setahun", "P1Y"),
    ("Kontrak berlaku dua belas bulan.", WED, "dua belas bulan", "P12M"),
    ("Harga naik dalam tiga tahun terakhir.", WED, "tiga tahun terakhir", "P3Y"),
    ("Ia berlatih sepuluh hari.", WED, "sepuluh hari", "P10D"),
    ("Pembangunan memakan waktu seratus hari.", WED, "seratus hari", "P100D"),
]

REFERENCES = [
    ("Republik Korea saat ini berdiri kokoh.", WED, "saat ini", "PRESENT_REF"),
    ("Kekhawatiran kini tumbuh.", WED, "kini", "PRESENT_REF"),
    ("Itu satu-satunya konflik sejauh ini.", WED, "sejauh ini", "PRESENT_REF"),
    ("Kim beberapa waktu lalu mengunjungi makam.", WED, "beberapa waktu lalu", "PAST_REF"),
    ("Konflik di masa lalu itu berdarah.", WED, "masa lalu", "PAST_REF"),
    ("Pemilu mendatang akan ketat.", WED, "mendatang", "FUTURE_REF"),
    ("Generasi muda menentukan masa depan.", WED, "masa depan", "FUTURE_REF"),
    ("Dunia baru-baru ini berubah.", WED, "baru-baru ini", "PAST_REF"),
    ("Harga sekarang lebih mahal.", WED, "sekarang", "PRESENT_REF"),
    ("Dalam masa kini, tantangan berbeda.", WED, "masa kini", "PRESENT_REF"),
    ("Senjata dikirim di tahun-tahun mendatang.", WED, "tahun-tahun mendatang", "FUTURE_REF"),
    ("Ia pindah beberapa tahun lalu.", WED, "beberapa tahun lalu", "PAST_REF"),
    ("Dewasa ini banyak orang bekerja dari rumah.", WED, "Dewasa ini", "PRESENT_REF"),
    ("Rencana itu dibahas dalam waktu dekat.", WED, "waktu dekat", "FUTURE_REF"),
]

SPANS_AND_PARTS = [  # spans over months and weekdays, parts of a year, side words after a written date
    ("Pameran digelar 28 Februari-2 Maret 2024 di Jakarta.", WED, "28 Februari-2 Maret 2024", "2024-02-28/2024-03-02"),
    ("Libur berlangsung 30 Desember hingga 2 Januari 2024.", WED, "30 Desember hingga 2 Januari 2024",
     "2023-12-30/2024-01-02"),
    ("Sidang digelar Senin-Rabu (24-26/7/2023) di Jakarta.", WED, "Senin-Rabu (24-26/7/2023)", "2023-07-24/2023-07-26"),
    ("Ekonomi tumbuh 5 persen pada kuartal III 2022.", WED, "kuartal III 2022", "2022-Q3"),
    ("Laba naik pada triwulan pertama tahun ini.", WED, "triwulan pertama tahun ini", "2023-Q1"),
    ("Penjualan turun pada semester II tahun lalu.", WED, "semester II tahun lalu", "2022-H2"),
    ("Laba naik pada kuartal IV.", WED, "kuartal IV", "2022-Q4"),
    ("Banjir melanda Rabu (26/7/2023) pagi ini.", WED, "Rabu (26/7/2023) pagi ini", "2023-07-26TMO"),
    ("Rapat digelar Senin (24/7/2023) lalu.", WED, "Senin (24/7/2023) lalu", "2023-07-24"),
    ("Sidang digelar Jumat (28/7) pekan depan.", WED, "Jumat (28/7) pekan depan", "2023-07-28"),
    # a clock time takes the date written right after it
    ("Gempa terjadi pukul 06.17 WIB, Senin (24/7/2023).", WED, "pukul 06.17 WIB", "2023-07-24T06:17"),
    ("Gempa terjadi pukul 8 malam, Senin (24/7).", WED, "pukul 8 malam", "2023-07-24T20:00"),
]

ANAPHORA = [
    ("Parade terakhir pada Februari 2018. Ketika itu, diplomasi dimulai.", WED, "Ketika itu", "2018-02"),
    ("Pertemuan gagal pada Februari 2019. Sejak itu, uji coba meningkat.", WED, "Sejak itu", "2019-02"),
    ("Undang-undang lahir pada 1999. Pada tahun itu juga pemilu digelar.", WED, "tahun itu", "1999"),
    ("Hubungan kontras dengan lima tahun lalu. Pada saat itu, KCNA diam.", OCT, "saat itu", "2015"),
    ("Pertemuan pertama pada Februari 2018, lalu pertemuan puncak bulan Juni tahun itu.", WED,
     "bulan Juni tahun itu", "2018-06"),
    ("Mao menang hanya setahun sebelumnya, sebelum intervensi pada Oktober 1950.", WED, "setahun sebelumnya",
     "1949"),
    ("Kedua negara menjalin hubungan pada 1949, satu tahun sebelum perang pecah.", WED, "satu tahun sebelum",
     "1949"),
    ("Kantor dibuka 3 Maret 2020. Hari itu hujan deras.", WED, "Hari itu", "2020-03-03"),
    ("Gempa terjadi 3 Maret 2020. Keesokan harinya warga mengungsi.", WED, "Keesokan harinya", "2020-03-04"),
    ("Gempa terjadi 3 Maret 2020. Malam harinya hujan turun.", WED, "Malam harinya", "2020-03-03TNI"),
    ("Gempa terjadi 3 Maret 2020. Pada hari yang sama pasar tutup.", WED, "hari yang sama", "2020-03-03"),
    # an offset in days counts from the last day named, not from a month
    ("Pada Agustus 2024 ia ditangkap. Ia kabur pada Senin (5/8/2024), sehari sebelumnya.", WED,
     "sehari sebelumnya", "2024-08-04"),
    ("Kasus naik pada minggu ke-40 tahun 2025. Pada minggu ke-44 kasus turun.", WED, "minggu ke-44", "2025-W44"),
    ("Pameran dibuka Mei 2015 dan bulan itu juga ditutup.", WED, "bulan itu", "2015-05"),
]

YEARLESS = [  # no anchor: the year comes from the text or, failing that, from the weekday
    ("Kedua pemimpin pada Minggu (11/7) menyatakan keinginan.", None, "Minggu (11/7)", "2021-07-11"),
    ("Delegasi tiba pada Selasa (25/7) malam.", None, "Selasa (25/7) malam", "2023-07-25TNI"),
    ("Media pemerintah melaporkan Kamis (22/10/2020).", None, "Kamis (22/10/2020)", "2020-10-22"),
    ("Peringatan tahun 2023 ini meriah. Rapat pada 18 Juli berlangsung.", None, "18 Juli", "2023-07-18"),
    ("Pertemuan pada Jumat (28/7) berlangsung.", None, "Jumat (28/7)", "2023-07-28"),
    ("Ia tiba pada 5 Mei.", None, "5 Mei", "XXXX-05-05"),
    ("Tarif berlaku mulai 1 Agustus 2025. Trump menegaskan tarif dimulai 1 Agustus.", None, "1 Agustus", "2025-08-01"),
    ("Rapat pada 3 Maret 2019 ditunda. Rapat digelar Selasa (5/3).", None, "Selasa (5/3)", "2019-03-05"),
    ("Pada Juni 1950 perang pecah.", None, "Juni 1950", "1950-06"),
]

AUG = dt.date(2025, 8, 20)  # a Wednesday in 2025-W34
MORE_CLASSES = [  # invented sentences for classes news uses that the lists above did not cover
    ("Ekspor naik pada Januari-Maret 2024.", AUG, "Januari-Maret 2024", "2024-01/2024-03"),
    ("Periode Januari sampai Juni 2025 ekspor naik.", AUG, "Januari sampai Juni 2025", "2025-01/2025-06"),
    ("Musim hujan November-Februari 2025 lebih basah.", AUG, "November-Februari 2025", "2024-11/2025-02"),
    ("Rapat digelar Oktober 2025 mendatang.", AUG, "Oktober 2025 mendatang", "2025-10"),
    ("Kasus ini terjadi pada Maret 2023 silam.", AUG, "Maret 2023 silam", "2023-03"),
    ("Ia tiba pada 15 Agustus 2025 lalu.", AUG, "15 Agustus 2025 lalu", "2025-08-15"),
    ("Ia pindah belum lama ini.", AUG, "belum lama ini", "PAST_REF"),
    ("Akhir-akhir ini harga naik.", AUG, "Akhir-akhir ini", "PRESENT_REF"),
    ("Ia diperiksa 1x24 jam.", AUG, "1x24 jam", "PT24H"),
    ("Ia ditahan 2 x 24 jam oleh polisi.", AUG, "2 x 24 jam", "PT48H"),
    ("Ia dipenjara satu setengah tahun.", AUG, "satu setengah tahun", "P1Y6M"),
    ("Ia ditahan selama setengah tahun.", AUG, "setengah tahun", "P6M"),
    ("Kasus itu mencuat setengah tahun lalu.", AUG, "setengah tahun lalu", "2025-02"),
    ("Harga naik hingga akhir tahun.", AUG, "akhir tahun", "2025"),
    ("Gaji dibayar awal bulan.", AUG, "awal bulan", "2025-08"),
    ("Pada 2019 harga naik di akhir tahun.", AUG, "akhir tahun", "2019"),
    ("Ia datang Senin (18/8). Malam itu hujan deras.", AUG, "Malam itu", "2025-08-18TNI"),
    ("Demo pada Senin (18/8/2025) berlangsung hingga malam hari.", AUG, "malam hari", "2025-08-18TNI"),
    ("Gempa terjadi 3 Maret 2020. Pada hari tersebut warga mengungsi.", AUG, "hari tersebut", "2020-03-03"),
    ("Pada 2019 ia menang. Tahun tersebut penuh kejutan.", AUG, "Tahun tersebut", "2019"),
    ("Ia ditangkap 5 Mei 2024. Pada tanggal tersebut motornya disita.", AUG, "tanggal tersebut", "2024-05-05"),
    # parts of a year as business news writes them
    ("Ekonomi tumbuh 5 persen pada kuartal III-2024.", AUG, "kuartal III-2024", "2024-Q3"),
    ("Laba naik pada triwulan II/2024.", AUG, "triwulan II/2024", "2024-Q2"),
    ("Laba naik pada Q1 2025.", AUG, "Q1 2025", "2025-Q1"),
    ("Laba naik pada paruh pertama 2025.", AUG, "paruh pertama 2025", "2025-H1"),
    ("Rapat digelar pada kuartal IV mendatang.", AUG, "kuartal IV mendatang", "2025-Q4"),
    ("Laba semester I tahun lalu naik.", AUG, "semester I tahun lalu", "2024-H1"),
    # a day word with its date in apposition is one expression; the written date wins
    ("Tarif mulai berlaku besok, 21 Agustus 2025.", AUG, "besok, 21 Agustus 2025", "2025-08-21"),
    ("Sidang digelar hari ini, Rabu, 20 Agustus 2025.", AUG, "hari ini, Rabu, 20 Agustus 2025", "2025-08-20"),
    # words in a quotation are resolved against the day its reporting clause names
    ("\u201cRapat dijadwalkan besok,\u201d kata ketua, Senin (18/8/2025).", AUG, "besok", "2025-08-19"),
    # ... unless that day contradicts its weekday (20 August 2025 is a Wednesday)
    ("\u201cRapat digelar hari ini,\u201d kata ketua, Senin (20/8/2025).", AUG, "hari ini", "2025-08-20"),
    # a weekday vouches for a day and month written without brackets
    ("Festival digelar Kamis, 14/8 di alun-alun.", AUG, "Kamis, 14/8", "2025-08-14"),
    ("Pawai digelar Senin 1/1 di alun-alun.", NEWYEAR, "Senin 1/1", "2024-01-01"),
    # the days of one month written as numbers, with a year or in brackets
    ("Rapat kerja digelar 11-13/8/2025 di Bogor.", AUG, "11-13/8/2025", "2025-08-11/2025-08-13"),
    ("Rapat kerja digelar Jumat dan Sabtu (15-16/8).", AUG, "(15-16/8)", "2025-08-15/2025-08-16"),
    # a written date beside an offset names the point counted to
    ("Sehari sebelumnya, pada Minggu (17/8), ia tiba.", AUG, "Sehari sebelumnya", "2025-08-17"),
    ("Tiga tahun kemudian, pada 2028, proyek itu selesai.", AUG, "Tiga tahun kemudian", "2028"),
    ("Dua hari lalu, Senin (18/8), hujan turun.", AUG, "Dua hari lalu", "2025-08-18"),
    # a weekday 'besok' is the coming one; 'dua hari ini' the days up to the anchor
    ("Sidang digelar Kamis besok di Jakarta.", AUG, "Kamis besok", "2025-08-21"),
    ("Pertemuan dua hari ini harus menghasilkan kesepakatan.", AUG, "dua hari ini", "2025-08-19/2025-08-20"),
    ("Sebuah kapal tiba 30 Desember-2 Januari.", NEWYEAR, "30 Desember-2 Januari", "2023-12-30/2024-01-02"),
    # a clock time takes the day of a day word written right after it
    ("Kapal itu terakhir melapor pukul 14.40 WIB, kemarin.", AUG, "pukul 14.40 WIB", "2025-08-19T14:40"),
]

CASES = ABSOLUTE + ANCHORED + DURATIONS + REFERENCES + SPANS_AND_PARTS + ANAPHORA + YEARLESS + MORE_CLASSES


@pytest.mark.parametrize(("sentence", "anchor", "expression", "value"), CASES,
                         ids=[f"{c[2]}@{c[1]}" for c in CASES])
def test_expression_value(sentence, anchor, expression, value):
    found = {t.text: t.value for t in find_times(sentence, anchor, today=TODAY)}
    assert expression in found, f"{expression!r} not found; found {found}"
    assert found[expression] == value


NOT_TIMES = [
    "Pyongyang merayakan peringatan 70 tahun gencatan senjata.",
    "China memperingati 70 tahun militernya dalam pertempuran itu.",
    "Ia meninggal dalam usia 80 tahun.",
    "Pria berusia 60 tahun itu ditangkap.",
    "Sementara itu, harga beras naik.",
    "Sebanyak 28.500 tentara ditempatkan di sana.",
    "Layanan itu tersedia 24/7 bagi pelanggan.",
    "Korea Utara melakukan tiga kali uji coba.",
    "Oleh karena itu, ia mundur.",
    "Ia memperoleh 1.950 suara.",
    "Mereka menonton pertandingan kedua.",
    "Harga naik 1,5 persen.",
    "Kegiatan itu diadakan setiap minggu oleh warga.",
    "Ia dijerat Pasal 2 UU Nomor 31 Tahun 1999 tentang korupsi.",
    "Aturan itu tertuang dalam Peraturan Presiden No. 54 Tahun 2017.",
    "Skor berubah tiga menit kemudian.",
    "Musim 2022/2023 dihentikan lebih awal.",
    "Indonesia menjuarai Piala Thomas 2020 di Aarhus.",
    "Tim itu kalah di final Thomas Cup 2024.",
    "Presiden hadir di KTT BRICS 2023 di Johannesburg.",
    "Sebanyak 2000 orang mengungsi.",
    "Pada minggu ke-3 pertandingan ia cedera.",
    "Tim itu finis di kuartal V klasemen.",
    "Setiap akhir bulan gaji dibayar.",
    "Rapat digelar pada awal bulan Ramadan.",
    "Pada malam hari suhu turun.",
    "Ia bekerja paruh waktu di toko.",
    "Tim tamu menang dengan skor 25/7 di set terakhir.",
]


@pytest.mark.parametrize("sentence", NOT_TIMES)
def test_no_time_expression(sentence):
    assert find_times(sentence, WED, today=TODAY) == []


def test_case_count():
    assert len(CASES) >= 150
