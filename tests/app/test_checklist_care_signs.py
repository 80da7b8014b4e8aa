"""Signs learnt from tuning sets 14 and 15, each beside the nearest clean twin, which must stay
quiet: wishing harm (E15), suffering made into content (E16), pressure through guilt (E17),
victim blaming (E8), mocked traits (E14), private chats put on show (E12), unsafe security
advice (U11), extortion and "salah transfer" (U9), selection fees (U10), breaking disaster news
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
    ("Ini dari kepolisian. Anak Ibu ditahan; transfer 10 juta sebagai uang damai sekarang juga.", "U9"),
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


@pytest.mark.parametrize("text, rule", SIGNS)
def test_a_sign_warns(text, rule):
    assert rules(text).get(rule) == "warn"


@pytest.mark.parametrize("text, rule", TWINS)
def test_its_clean_twin_stays_at_most_info(text, rule):
    assert rules(text).get(rule) in (None, "info")
