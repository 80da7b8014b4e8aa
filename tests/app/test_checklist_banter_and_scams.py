"""Signs and clean twins learnt from tuning sets 16 and 17 (the second of them 200 hard clean
texts): friends' banter, food and disease names, films, matches and games, prayers for the sick,
an organisation's own account; and the "new number" scam, sure weekly profits, fees to a
sponsor's personal account, aid said abolished from a date, a house of worship refused."""

from __future__ import annotations

import pytest

from .helpers import checklist_rules as rules

SIGNS = [
    ("Ma ini aku, nomor lama ilang. Lagi ada masalah di jalan, tolong transfer 2 juta sekarang ya.", "U17"),
    ("Gabung robot trading, profit 25% per minggu dijamin, deposit minimal 1 juta ke admin.", "U9"),
    ("Kerja di Korea gaji 25 juta! Biaya proses visa 12 juta, transfer ke rek pribadi sponsor a.n. Budi.", "U10"),
    ("Pupuk subsidi dihapus total mulai bulan depan, petani harus beli harga normal semua.", "H14"),
    ("Imunisasi campak itu bikin anak lumpuh, emang program buat ngurangin penduduk.", "H17"),
    ("Gak usah dikasih izin bangun rumah ibadah di komplek kita, mereka sesat semua.", "S6"),
    ("Tagihan Anda menunggak. Lunasi di bayar-tagihan.xyz sebelum jam 5 atau aliran listrik akan diputus.", "U9"),
    ("Yang ga ikut iuran 17an berarti ga cinta kampung. Nanti kalo ada apa-apa jangan minta tolong warga.", "E17"),
    ("POV: ngerekam ibu-ibu histeris liat anaknya tenggelam 😭 auto FYP, like buat part 2 pas jenazahnya diangkat",
     "E16"),
    ("Anak down syndrome jangan dicampur di sekolah umum lah, ngerepotin guru.", "S7"),
    ("Google bakal hapus semua akun Gmail yang ga dipake sebulan mulai minggu depan, buruan login!", "H14"),
]

TWINS = [
    ("anjir lu kalah lagi sama bocil 🤣 pokoknya besok traktir bakso, ga nerima alesan", "S1"),
    ("dasar kampret, gw nungguin sejam. Tetep sayang kok, tapi traktir kopi ya 😤", "S1"),
    ("Sambel bawang setan ala Bu Yati, pedasnya nampol 🌶️ 25rb per toples.", "S1"),
    ("Apa itu cacar monyet? Penyakit akibat virus yang menular lewat kontak erat.", "S1"),
    ("Mas e nek numpak motor ojo ngebut koyok dioyak setan 😂 alon-alon wae.", "S1"),
    ("Film thriller ini gila, psikopatnya nyimpen mayat korban di freezer, aktingnya creepy parah.", "E9"),
    ("Mohon doanya untuk kesembuhan adik saya, korban kecelakaan motor, kepalanya berdarah dan tulangnya patah.", "E9"),
    ("Sop buntut: rebus buntut sampai mendidih, buang darahnya, lalu masak lagi. Dagingnya empuk, tulangnya patah "
     "sendiri 😋", "E9"),
    ("Tekel horor, wasit langsung kasih kartu merah. Semoga cederanya ga parah.", "E15"),
    ("Zakat fitrah Rp45.000 per jiwa, transfer ke rek BSI 7221-0099-10 a.n. UPZ Masjid At-Taqwa.", "P5"),
    ("Jangan tergiur investasi yang menjanjikan untung pasti 10 persen per bulan, itu hampir pasti bodong.", "U9"),
    ("Dinkes mencatat 412 kasus demam berdarah sepanjang Januari, tiga di antaranya meninggal dunia. Warga diimbau "
     "menguras bak mandi.", "E9"),
    ("Setahun setelah gempa, warung kami buka lagi. Dulu atapnya runtuh dan etalase hancur, sekarang sudah pulih.",
     "E9"),
    ("Alhamdulillah sapi Pak Kardi yang hilang semalam sudah ketemu di kebun tebu sebelah kali, ternyata talinya "
     "lepas. Matur nuwun warga yang ikut nyari sampai jam 2 pagi.", "P14"),
    ("Tips memilih ikan segar: insangnya merah, matanya bening. Ikan yang pakai formalin dagingnya kaku.", "H16"),
    ("Penyanyi Mela Safitri resmi bercerai setelah sidang putusan di Pengadilan Agama, Kamis.", "H20"),
    ("Thread sejarah: Mei 1998. Massa membakar toko-toko milik warga keturunan Tionghoa; kita belajar agar tidak "
     "terulang.", "S3"),
]


@pytest.mark.parametrize("text, rule", SIGNS)
def test_a_sign_warns(text, rule):
    assert rules(text).get(rule) == "warn"


@pytest.mark.parametrize("text, rule", TWINS)
def test_its_clean_twin_stays_at_most_info(text, rule):
    assert rules(text).get(rule) in (None, "info")
