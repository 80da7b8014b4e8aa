"""Hoax signs that need no forwarding request (the context rules H1, H10-H18) and the nearest
clean twin of each, which must stay quiet: a shop's promise, a fact-check, a health fact, an
arrest report, an office's own notice."""

from __future__ import annotations

import pytest

from .helpers import checklist_rules as rules

SIGNS = [
    # framings without a forwarding sign
    ("Jangan makan ayam minggu ini, ada flu burung varian baru tapi beritanya ditutup-tutupi pemerintah.", "H15"),
    ("Restoran ayam di pertigaan katanye pake daging tikus. Temen aye yg kerja di situ yang bilang. Jangan beli dah!",
     "H10"),
    ("Cenah Gunung Tangkuban Parahu bakal bitu tanggal 20 bulan ieu. Warga caket dinya geura ngungsi!", "H12"),
    ("Selamat! Kamu dapat hadiah mobil dari giveaway artis. Cukup komen AMIN & share video ini, diumumin besok.", "H1"),
    # food or water said to be laced with something harmful
    ("Minyak goreng curah di warung sekarang dicampur plastik leleh, makanya kalo dipanasin bau. Ingetin keluarga!",
     "H16"),
    ("Kanca-kanca, banyu PDAM saiki dicampur obat KB, mulane akeh sing ora duwe anak.", "H16"),
    ("Buibu ati2, telur palsu dari Cina udah masuk pasar tradisional. Kulitnya dari kapur.", "H16"),
    ("Saus sachet murahan itu dibuat dari tomat busuk dan pewarna tekstil.", "H16"),
    # an everyday thing said to cause grave harm, with a second sign
    ("Tower 5G yg baru dipasang itu radiasinya bikin ibu hamil keguguran. Di Jerman udah dilarang.", "H17"),
    ("Garam yang putih bersih itu bikin usus luka, makanya sekarang banyak kanker usus.", "H17"),
    ("Dulur, mie instan matak kanker burih. Aya dokter ti Amerika nu nalungtik.", "H17"),
    ("Makan kangkung pasar seminggu bisa bikin kerusakan saraf permanen.", "H17"),
    # footage said to be genuine, a silent press, a secret programme
    ("video ini bukan editan! tsunami tadi pagi di Pangandaran 😭", "H15"),
    ("Ini video kerusuhan tadi siang, media mainstream diem semua", "H15"),
    ("Vaksin HPV itu sebenarnya program rahasia untuk bikin perempuan mandul.", "H15"),
    # money and aid too good to be true
    ("Kartu Prakerja khusus ibu rumah tangga dibuka! Dapat modal usaha Rp 5 juta langsung cair. "
     "Daftar via WA admin 0812-7701-4455, kirim foto KK dan KTP.", "H13"),
    ("Uang koin Rp1.000 gambar kelapa sawit dicari kolektor dan dihargai sampai Rp100 juta per keping.", "H13"),
    # a dated "simulation", a crime modus, a curse
    ("Pakar tsunami dari Jepang merilis hasil simulasi: tsunami 15 meter akan menghantam Bali tanggal 2 Juni.",
     "H12"),
    ("Ibu-ibu awas, ada sindikat penculik yang menyamar jadi badut di depan TK. Organ dalamnya dijual.", "H18"),
    ("Penjaga makam bermimpi didatangi Nabi. Yang mengabaikan pesan ini akan ditimpa musibah.", "H1"),
    # a new rule for everyone from a date, with a penalty and no official source
    ("Mulai Maret semua pedagang kaki lima wajib punya izin berbayar, yang tidak punya gerobaknya disita.", "H14"),
    # "itu sebabnya ..." generalises a scare as "makanya" does; a cover-up by a star's people
    ("Minum teh setelah makan bikin darah mengental dan akhirnya stroke, itu sebabnya banyak orang muda kena.", "H17"),
    ("Penyanyi Rara Anjani dirawat karena overdosis, manajemennya menutupi dari wartawan.", "H15"),
    ("Pesan ini wajib dikirim ke semua grup keluarga sebelum jam 12 malam.", "H1"),
]

TWINS = [
    # a shop's promise, a fact-check and a police statement are no food scare
    ("Bakso Pak Min: daging sapi asli, tanpa boraks dan tidak mengandung formalin. Buka jam 10.", "H16"),
    ("CEK FAKTA: kabar telur palsu dari plastik itu hoaks. BPOM memastikan telur yang beredar aman.", "H16"),
    ("Satgas Pangan Polres melakukan inspeksi di pasar dan tidak menemukan beras plastik, kata Kasat Reskrim.", "H16"),
    # a plain health fact, a denial and a trip abroad are no health scare
    ("Merokok menyebabkan kanker paru dan serangan jantung. Berhenti merokok hari ini, konsultasi gratis di puskesmas.",
     "H17"),
    ("Kemenkes: vaksin HPV tidak menyebabkan kemandulan, sudah dipakai di lebih dari 100 negara.", "H17"),
    ("Tetangga aku baru pulang dari Jerman, bawa coklat banyak banget buat anak-anak 😍", "H17"),
    # a shop's delivery area is no audience
    ("Pesan lewat DM, dikirim ke seluruh Indonesia", "H1"),
    ("Keripik tempe Bu Sri, bisa kirim ke semua kota di Jawa, ongkir murah.", "H1"),
    # an office's own aid notice, and an arrest report of a crime modus
    ("Pendaftaran bansos di kantor desa: bawa fotokopi KTP dan KK, Senin sampai Kamis pukul 08.00-12.00.", "H13"),
    ("Polres Bandung menangkap dua tersangka yang membius korban dengan parfum lalu merampok, kata Kapolres.", "H18"),
    # a source named to be refused, an office's own site to check one's status, a scam warning
    ("Kemenag menetapkan 1 Syawal lewat sidang isbat sore ini. Tunggu pengumuman resmi, bukan info dari grup WA.",
     "H2"),
    ("Cek apakah kamu terdaftar sebagai penerima bansos di https://cekbansos.kemensos.go.id, tidak perlu kirim "
     "foto KTP ke siapa pun.", "H13"),
    ("Lagi rame WA ngaku dari PLN: 'tagihan Anda menunggak, segera unduh aplikasi Cek_Tagihan.apk'. "
     "PLN resmi pakai PLN Mobile.", "H6"),
    # the same new rule, announced with its official source
    ("Mulai 1 Juli semua kendaraan wajib uji emisi, yang tidak lulus didenda. Info: https://dishub.jakarta.go.id/emisi",
     "H14"),
]


@pytest.mark.parametrize("text, rule", SIGNS)
def test_a_hoax_sign_warns(text, rule):
    assert rules(text).get(rule) == "warn"


@pytest.mark.parametrize("text, rule", TWINS)
def test_its_clean_twin_stays_at_most_info(text, rule):
    assert rules(text).get(rule) in (None, "info")


@pytest.mark.parametrize("text", [
    # the words alone do not make the cover-up claim: the hidden thing must be news, data or cases
    "Pemilik toko menyembunyikan kunci cadangan di pot bunga, kata polisi yang menangkap pencurinya.",
    # a shop's "real photo, not edited" is about the goods, not an event
    "Foto asli bukan editan kak, warna sesuai gambar. Ready ukuran M dan L.",
])
def test_hidden_keys_and_a_real_product_photo_are_no_cover_up_at_all(text):
    assert "H15" not in rules(text)
