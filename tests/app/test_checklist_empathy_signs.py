"""Empathy, scam and false-alarm signs learnt from tuning sets 11-13, each beside the nearest
clean twin, which must stay quiet: a helpline in other words, a counsellor's number, the
writer's own body, blood as a measure, first aid, a scam warning, a donation with consent."""

from __future__ import annotations

import pytest

from .helpers import checklist_rules as rules

SIGNS = [
    # a fee or a task deposit paid to a personal account for a job
    ("Loker pabrik, langsung kerja tanpa tes! Syaratnya bayar Rp1 juta buat seragam, "
     "transfer ke rekening pribadi saya.", "U10"),
    ("Kerja part-time like & subscribe, dibayar per task! Naik level VIP harus deposit Rp500rb dulu.", "U10"),
    # body shaming of someone else (Javanese "-ne" is his, not mine)
    ("Kamu itu perutnya kayak drum, malu-maluin", "E11"),
    ("Rupane kaya celeng, Mas Joko, isin aku ndelok", "E11"),
    # calls to pile on
    ("Akun @tiara.bakes kemarin kasih review jelek. Ayo serbu kolom komennya sampai dia kapok.", "E13"),
    ("Mass report akun @doni_sketsa sampe ke-banned ya gaes.", "E13"),
    ("Rame-rame kasih bintang satu di Google Maps klinik drg. Feby, aku sebel sama dokternya.", "E13"),
    ("Yuk rame-rame kasih rating 1 ke semua bukunya sampai penerbitnya malu.", "E13"),
    ("Ayo warganet, cari tahu tempat kerja cowok yang marah-marah di kafe itu. Kita bikin hidupnya susah!", "E13"),
    # someone's humiliation made into content, suicide urged in slang, curses and shaming of non-givers
    ("Video Pak Lurah yang ngompol di rapat aku jadiin meme, udah rame di grup 🤣", "E12"),
    ("Ujian remedial ketiga? Selamat, sudah saatnya pilih tali yang bagus di marketplace 🪢😂", "E2"),
    ("Geus we maneh mah paeh we, moal aya nu sedih.", "E2"),
    ("Yang tidak ikut perpuluhan renovasi gedung, jangan heran kalau usahanya bangkrut tahun ini.", "E10"),
    ("Kepada jamaah yang tidak ikut kurban padahal mampu, siap-siap nama Anda dibacakan di pengeras suara.", "E10"),
    # gruesome detail for shock; an accent, poverty or a job mocked
    ("Foto forensik korban pembunuhan beredar, matanya masih melotot. Komen mau nanti aku DM.", "E9"),
    ("Tiap Ucok ngomong kami ketawain, logatnya kayak toa masjid rusak 🤣", "E14"),
    ("Lu mah anak tukang sampah kok mau ikut nongkrong di kafe, bau lu nyampe sini.", "E14"),
    ("Kerja jadi ART aja belagu pake HP mahal. Kampungan tetap kampungan.", "E14"),
]

TWINS = [
    # a prevention message names its helpline in words the list lacked; a recovery story
    ("Kalau kamu merasa ingin mengakhiri hidup, hubungi Layanan Sehat Jiwa di 0800-1-777-550 (24 jam).", "E2"),
    ("Hari Pencegahan Bunuh Diri Sedunia: tanyakan kabar temanmu. Butuh bantuan? 0800-1-777-550.", "E2"),
    ("Hari ini 500 hari aku bebas dari self-harm. Terapi membantuku pulih, dan aku masih di sini.", "E2"),
    # a counsellor's number, the owner of a lost helmet's own "chat aku"
    ("Lagi berat? Chat konselor Ruang Dengar di WA 0811-3000-4567, tiap hari 08.00-24.00.", "P4"),
    ("Helm putih ketuker di parkiran kampus. Yang merasa, chat aku ya: 0895-1234-8870", "P4"),
    # the writer's own body and hair
    ("Anjir keren tukang cukurnya, rambutku yang kayak sapu ijuk jadi rapi. Mas Dodi, kamu legend!", "E11"),
    ("Perut saya kayak drum habis Lebaran, kamu jangan ketawa ya 😂", "E11"),
    # blood as a measure, first aid
    ("Korban banjir yang diabetes perlu cek gula darah rutin di posko kesehatan.", "E9"),
    ("Ayah saya cuci darah dua kali seminggu; kata dokter air kelapa campur garam berbahaya bagi ginjalnya.", "E9"),
    ("Untuk perdarahan hebat, tekan langsung luka dengan kain bersih 10 menit; korban segera bawa ke IGD.", "E9"),
    # scam warnings, a Betawi question whether a rumour is true
    ("Lowongan kerja yang minta bayar biaya pelatihan di depan itu tanda penipuan.", "U10"),
    ("Versi 2.3 ada di toko aplikasi resmi. Mohon tidak memasang file .apk dari tautan lain di grup.", "U4"),
    ("Ini bener kagak sih, katanya harga BBM naik besok pagi? Tunggu pengumuman resmi dah.", "H2"),
    # an accent praised, a donation that names its beneficiary with consent
    ("Logatnya Medan kental banget, tapi presentasinya jelas dan lucu. Keren, Bang Ucok!", "E14"),
    ("Open donasi untuk operasi Bu Marni (nama disebut atas izin keluarga). Tidak ada paksaan 🙏", "E10"),
]


@pytest.mark.parametrize("text, rule", SIGNS)
def test_a_sign_warns(text, rule):
    assert rules(text).get(rule) == "warn"


@pytest.mark.parametrize("text, rule", TWINS)
def test_its_clean_twin_stays_quiet(text, rule):
    assert rules(text).get(rule) is None
