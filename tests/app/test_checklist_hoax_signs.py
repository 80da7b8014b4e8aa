"""Hoax signs that need no forwarding request (the context rules H1, H10-H20) and the nearest
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
    # a state rule said to start on a date and void or fine something (from tune10's misses)
    ("Mulai bulan depan, KTP lama tidak berlaku lagi dan wajib diganti KTP digital.", "H14"),
    ("Mulai besok, uang pecahan Rp2.000 resmi tidak berlaku.", "H14"),  # "Rp2.000" is one number
    ("Kartu SIM yang belum registrasi ulang akan diblokir permanen.", "H14"),
    ("Wiwit sasi ngarep, saben omah sing duwe motor kudu mbayar pajek tambahan.", "H14"),
    # an election said to be moved or rigged, aid for everyone with no requirement, a job "jalur ordal"
    ("Pencoblosan pilkada diundur seminggu, kata orang KPU kemarin.", "H14"),
    ("Surat suara di TPS kami sudah dicoblos semua sejak semalam.", "H14"),
    ("Semua pemegang KIS dapat uang Rp500 ribu tanpa syarat, ambil di kantor pos.", "H13"),
    ("Selamat kamu menang giveaway iPhone 15 dari akun kami, klaim hadiahnya sekarang.", "H13"),
    ("Info loker BUMN jalur ordal, kuota 300 orang, DM aja.", "H13"),
    # sky myths, a bank said to be out of money, a classic needle scare
    ("Jumat depan bumi berhenti berputar selama 5 menit, NASA sudah mengumumkan.", "H12"),
    ("Minggu depan bakal ada dua matahari sekaligus di langit, jangan keluar rumah.", "H12"),
    ("Bank Sejahtera Makmur sudah bangkrut, buruan tarik tabungan kalian sebelum terlambat!", "H19"),
    ("Koperasi Sido Rukun wis bangkrut, dhuwit digawa kabur. Ojo nyetor maneh!", "H19"),
    ("Awas, ada jarum suntik bekas penderita HIV di kursi bioskop.", "H18"),
    # a public figure's death or arrest with no source
    ("Innalillahi, penyanyi Dewi Sartika meninggal dunia tadi subuh di rumah sakit. Semoga husnul khotimah.", "H20"),
    ("Selebgram Mira Lestari ditangkap polisi semalam di apartemennya, kasus narkoba.", "H20"),
    # "yang cerita ke om saya" in a rumour is no counselling: the insider claim stands
    ("Denger-denger pandemi sengaja dibikin pabrik obat. Orang dalam rumah sakit yang cerita ke om saya.", "H10"),
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
    # a waiver of fines is no fine; a predictable eclipse is no prophecy; calm words about a bank
    ("Bapenda mengadakan pemutihan denda pajak kendaraan mulai 1 Juli hingga 31 Agustus.", "H14"),
    ("Gerhana bulan total diperkirakan terjadi Sabtu malam, menurut BMKG. Gerhana bukan pertanda bencana.", "H12"),
    ("Jokes bapak-bapak: kenapa matahari nggak pernah terbit dari barat? Karena sudah nyaman di timur.", "H12"),
    ("Jika bank bangkrut, LPS menjamin simpanan hingga Rp2 miliar, jadi tidak perlu menarik tabungan.", "H19"),
    # a shop that says it makes no health claim, a clinic without a doctor as a worry
    ("Madu hutan asli, kami tidak mengklaim madu bisa menyembuhkan penyakit. 500 gr 95rb.", "H11"),
    ("Saya khawatir dengan klinik kecantikan tanpa dokter; pengawasan perlu diperketat.", "H11"),
    # the same news with its source named
    ("Kabar duka: komedian senior Bang Udin meninggal dunia pada usia 71 tahun, seperti dikonfirmasi putranya.", "H20"),
    ("Aktor Rudi Salim ditangkap di rumahnya, kata Kapolres Jakarta Selatan dalam konferensi pers, Senin.", "H20"),
    # "do not rush to share" is a negation
    ("Dulur, ulah waka nyebarkeun beja nu can eces. Pariksa heula ka sumber resmi.", "H1"),
]


@pytest.mark.parametrize("text, rule", SIGNS)
def test_a_hoax_sign_warns(text, rule):
    assert rules(text).get(rule) == "warn"


@pytest.mark.parametrize("text, rule", TWINS)
def test_its_clean_twin_stays_at_most_info(text, rule):
    assert rules(text).get(rule) in (None, "info")


@pytest.mark.parametrize("text", [
    "Ini beneran gak sih? Katanya bakal ada gempa besar tanggal 23. Ada yang tau sumbernya?",
    "[SATIRE] Mulai bulan depan KTP lama tidak berlaku lagi, wajib diganti KTP rasa stroberi. Ini lelucon ya, "
    "jangan dibawa serius 😆",
])
def test_a_question_whether_it_is_true_and_labelled_satire_raise_no_hoax_warning(text):
    from app.checklist import check_text

    report = check_text(text)
    assert not [f for f in report.findings if f.category == "hoax" and f.severity != "info"]
    assert any(f.lowered for f in report.findings if f.category == "hoax")  # and the report says why


def test_ojo_lali_disebar_is_still_a_call_to_spread():
    text = "Lur, mengko bengi ana angin gedhe liwat Klaten. Ojo lali disebar nang sedulur-sedulur."
    assert rules(text).get("H1") == "warn"


@pytest.mark.parametrize("text", [
    # the words alone do not make the cover-up claim: the hidden thing must be news, data or cases
    "Pemilik toko menyembunyikan kunci cadangan di pot bunga, kata polisi yang menangkap pencurinya.",
    # a shop's "real photo, not edited" is about the goods, not an event
    "Foto asli bukan editan kak, warna sesuai gambar. Ready ukuran M dan L.",
])
def test_hidden_keys_and_a_real_product_photo_are_no_cover_up_at_all(text):
    assert "H15" not in rules(text)
