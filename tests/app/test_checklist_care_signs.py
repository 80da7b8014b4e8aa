"""Signs learnt from tuning sets 14 and 15, each beside the nearest clean twin, which must stay
quiet: wishing harm (E15), suffering made into content (E16), pressure through guilt (E17),
victim blaming (E8), mocked traits (E14), private chats put on show (E12), unsafe security
advice (U11), extortion (U17) and "salah transfer" (U9), selection fees (U10), breaking disaster news
(H21) and quote cards (H22) with no source, personal data put out to shame (E18); and the false
alarms those sets showed."""

from __future__ import annotations

import pytest

from .helpers import checklist_rules as rules

SIGNS = [
    ("Tim itu kalah terus, gue doain kiper mereka cedera parah biar ga main lagi.", "E15"),
    ("Pernikahannya batal, semoga hidupnya makin hancur deh 🤣", "E15"),
    ("Gue rekam nenek itu nangis di depan makam suaminya, udah 500 ribu views 🔥", "E16"),
    ("Prank kakek pemulung pura-pura kasih uang terus ditarik lagi, reaksinya priceless!", "E16"),
    ("Kalau kamu beneran sayang, kamu pasti transfer 2 juta malam ini.", "E17"),
    ("Jangan harap bapak masih anggap kamu anak kalau kamu pindah kerja ke sana.", "E17"),
    ("Pendaki tersesat di gunung? Siapa suruh naik pas cuaca buruk.", "E8"),
    ("Ngomongnya gagap gitu 🤣🤣 kayak radio rusak, kasian yang dengerin.", "E14"),
    ("Udah 6 tahun nikah belum dikasih juga ya? Sabar ya.", "E14"),
    ("Spill chat si Dimas yang minta balikan jam 2 pagi 🤣 puas banget gue.", "E12"),
    ("Biar gampang, matiin aja verifikasi 2 langkah di semua akun kamu.", "U11"),
    ("Kalau aplikasinya error, download aja dari luar Play Store, lebih lengkap fiturnya.", "U11"),
    ("Jangan takut kasih kode OTP ke kurir, itu cuma buat konfirmasi paket kok.", "U11"),
    ("Ini dari kepolisian. Anak Ibu ditahan; transfer 10 juta sebagai uang damai sekarang juga.", "U17"),
    ("Selamat, Anda lolos seleksi! Segera transfer biaya medical check-up Rp800.000 ke rekening panitia.", "U10"),
    ("Barusan banjir bandang menerjang Desa Sukamaju, ratusan rumah hanyut 😭 doakan ya.", "H21"),
    ('Bupati: "Warga miskin jangan banyak anak, bikin repot daerah." Tega banget 😡', "H22"),
    ("Nih mutasi rekening si Bagas, BRI 0123456789012345 a.n. Bagas Pratama, ngaku ga punya uang buat bayar "
     "utang. Ketauan boongnya 🤣", "E18"),
    ("Maaf kak saya salah transfer Rp300.000 ke rekening kakak. Itu uang sekolah anak saya. Tolong kembalikan "
     "ke nomor 0812-3344-5566 ya.", "U9"),
]

TWINS = [
    ("Semoga timnas cepat bangkit dan para pemain yang cedera lekas pulih.", "E15"),
    ("Semoga kamu tidak celaka di jalan, hati-hati ya.", "E15"),
    ("Turut berduka untuk keluarga almarhum. Semoga nenek diberi ketabahan.", "E16"),
    ("Kalau kamu beneran sayang sama kucingmu, rajin bawa dia vaksin ya 😊", "E17"),
    ("Tolong jangan share video korban kecelakaan tanpa sensor, kasihan keluarganya.", "E9"),
    ("Kebakaran di Pasar Baru pagi tadi: 40 kios hangus, tidak ada korban jiwa, kata Damkar.", "E9"),
    ("Jangan pernah matikan verifikasi 2 langkah; itu pelindung akunmu.", "U11"),
    ("Modus baru: kamu diminta scan QR lewat menu Perangkat Tertaut WhatsApp. Itu sebenarnya menautkan akunmu "
     "ke HP penipu.", "U11"),
    ("Seleksi beasiswa ini gratis: peserta tidak perlu transfer biaya pendaftaran apa pun.", "U10"),
    ("BPBD: banjir setinggi 50 cm merendam 30 rumah di Desa Sukamaju sore ini, warga diimbau waspada.", "H21"),
    ("Tanya dong, foto banjir setinggi atap itu kejadian hari ini atau foto lama? Mau cek dulu.", "H21"),
    ("Kabar bahagia! Aktris Nia Sari mengumumkan kehamilannya lewat akun Instagram pribadinya.", "H20"),
    ("Turut berduka atas wafatnya @chef.dani. Keluarga meminta tidak ada spekulasi soal penyebab kematian.", "S3"),
    ("Untuk para istri yang kehilangan suami: kalian boleh tetap berdandan, tertawa, dan bekerja lagi.", "E8"),
    ("Next project kabarin ya, gue ikut patungan modal!", "H1"),
    ("Btw teori konspirasi kayak chemtrail laku karena orang butuh penjelasan simpel. Literasi sains penting.", "H15"),
    ('Bupati: "Angka stunting turun 3 persen tahun ini," ujarnya kepada wartawan di pendopo, Senin.', "H22"),
    ("Dinkes menegaskan vaksin HPV tidak menyebabkan kemandulan, sudah diuji klinis.", "H11"),
    ("Bro, lu gembul banget sekarang, tapi larinya kenceng juga! Juara 1 lomba 17-an 🥇", "E11"),
    ("Si Dani habis potong rambut, mirip artis Korea beneran 😍", "E11"),
    ("Sumpah ngakak sampe sakit perut liat lu kalah main PS 😂", "E11"),
    ("Asik libur kejepit, bisa beres-beres rumah wkwk", "E8"),
    ("Video 'banjir bandang di Garut hari ini' itu rekaman lama, sudah dicek tim cek fakta. Jangan asal RT wkwk", "E8"),
    ("Waspada modus salah transfer! Kalau ada yang mengaku salah kirim, JANGAN kembalikan ke nomor yang dia "
     "berikan; hubungi bank Anda.", "U9"),
]

# holdout 20, read after it was measured: a named person's diagnosis or orientation told as gossip,
# a raid called on a group, the victim blamed; a room for rent is a business address
SIGNS_H20 = [
    ("Eh tau gak, Pak Lurah Sindangsari ternyata berobat sipilis di klinik kota, istrinya belum tau 🤭", "P11"),
    ("Ternyata Mas Dodi yang jaga warnet itu gay, pantes ga pernah punya pacar", "P11"),
    ("Yang tau kontrakan yg isinya LGBT di Bekasi kasih tau, kita grebek rame2 biar kapok!", "S3"),
    ("cewek yg dilecehkan di KRL itu salah dia sendiri, pake baju ketat", "E8"),
]
# tuning sets 32 and 33 (2026-12-06): a forward demanded of 20 contacts, a job "dijamin berangkat", an
# insider at the regulator; and what a shop, a film, a game or a debunk says is no such thing
SIGNS_32 = [
    ("Mulai 1 Juli WhatsApp berbayar, kecuali kamu teruskan pesan ini ke 20 kontak. Resmi dari Kominfo!", "H1"),
    ("ya allah pgn ngilang selamanya, minum obat nyamuk sebotol biar tidur gk bangun2", "E2"),
    ("Kades Sukarame Pak Ujang Sopandi jual beras bansos ke tengkulak, duitnya buat nikah lagi", "L1"),
]
TWINS_32 = [
    ("Keripik Tempe Bu Sri 100% asli Malang! 250gr Rp15.000. Order WA admin 0812-1111-2222. Sebarkan ke "
     "teman-teman ya kak 🙏", "H1"),
    ("mantul gan, barang sampe 2 hari, 100% asli sesuai foto. seller fast respon 👍", "H10"),
    ("[CEK FAKTA] Beredar pesan \"BPJS bagi saldo Rp2 juta, klik bpjs-bantuan.com\". Faktanya pesan itu hoaks.",
     "U3"),
    ("Squad kita kalah di rank, si Raka pick Fanny malah bunuh diri mulu ke tower musuh. Mabar lagi besok.", "E2"),
    ("Nonton John Wick 4 lagi, adegan dia bantai satu tangga Sacré-Cœur masih bikin merinding", "S3"),
    ("Agen Elpiji Berkah, Jl. Raya Serang km 12. Antar tabung 3kg, WA 0877-8812-3301", "S3"),
]
# tuning sets 34 and 37 (2026-12-06): friends' banter in regional voices and a sale with no price written
TWINS_34 = [
    ("Jancuk, dhuwitku entek nggo tuku skin game. Raimu ojo ngguyu, sesuk utangi aku sek 😭", "S1"),
    ("FLASH SALE 12.12 ⚡ Madu hutan 100% asli Kalimantan, diskon 30% hari ini aja! Buruan checkout, sebarkan ke "
     "grup keluarga ya 🍯 WA toko 0821-5530-1147", "H1"),
    ("Aktris senior Ratna Dewi berpulang pada usia 78 tahun. Jenazah disemayamkan di rumah duka di Cilandak.", "H20"),
    ("Gameplay tadi mantul: gue sengaja bunuh diri ke tower buat buka jalan, terus tim dapet lord 😎", "E2"),
    # tune38-40
    ("Kabar duka: Pakde Slamet meninggal tadi malam. Rumah duka di rumah beliau, Bude sudah share lokasi di grup "
     "keluarga inti.", "H1"),
    ("Kalau ada yang video call mengaku polisi dan bilang rekening kita terlibat judi, langsung matikan saja.", "E2"),
    ("gw bunuh lu di mid ntar liat aja 😤 1v1 jam 9, yg kalah traktir seblak", "S3"),
    ("Ini alamatnya: Katering Mbok Sum, Jl. Wahidin No. 21 Sleman, nomor WA usahanya 0878-3390-1122. Enak!", "P13"),
]
TWINS_H20 = [
    ("Disewakan kos putri Jl. Kenari No. 8, Sleman. Rp900rb/bulan, hubungi ibu kos 0812-3000-4455.", "P6"),
    ("Kajian Jumat: korban pelecehan tidak pernah salah, apa pun pakaiannya. Dampingi, jangan hakimi.", "E8"),
]


@pytest.mark.parametrize("text, rule", SIGNS + SIGNS_H20 + SIGNS_32)
def test_a_sign_warns(text, rule):
    assert rules(text).get(rule) in ("warn", "block")


@pytest.mark.parametrize("text, rule", TWINS + TWINS_H20 + TWINS_32 + TWINS_34)
def test_its_clean_twin_stays_at_most_info(text, rule):
    assert rules(text).get(rule) in (None, "info")
