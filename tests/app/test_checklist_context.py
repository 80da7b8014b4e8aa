"""Word forms, slot patterns, the context rules built from cues, and the framing that lowers a
finding: each rule fires on what it is for and stays quiet on its nearest clean twin. The hoax
signs that need no forwarding request are in test_checklist_hoax_signs.py."""

from __future__ import annotations

import pytest

from app.checklist import check_text
from app.checklist.morph import forms, tokens
from app.checklist.normalize import normalize
from app.checklist.patterns import Matcher

from .helpers import checklist_rules as rules


def hoax_warnings(text: str) -> list:
    return [f for f in check_text(text).findings if f.category == "hoax" and f.severity == "warn"]


def finding(text: str, rule: str):
    return next(f for f in check_text(text).findings if f.rule == rule)


@pytest.mark.parametrize("word, form", [
    ("sebarin", "sebarkan"), ("sebarke", "sebarkan"), ("bagikeun", "bagikan"), ("nyebarin", "sebarkan"),
    ("diteruskan", "terus"), ("rumahnya", "rumah"), ("anak2", "anak"), ("kata-kata", "kata"), ("ngeshare", "share"),
])
def test_word_forms_reach_the_standard_form_and_the_root(word, form):
    assert form in forms(word)


def test_a_price_stays_one_number_and_kata2_one_word():
    # "Rp2.000" once read as "rp2" (a reduplication) and "." (a sentence end), which cut the
    # sentence in two and hid "Mulai besok, uang pecahan Rp2.000 resmi tidak berlaku"
    texts = [t.text for t in tokens(normalize("uang Rp2.000 dan Rp25.000, kata2 orang2nya").text)]
    assert texts == ["uang", "rp", "2.000", "dan", "rp", "25.000", ",", "kata2", "orang2", "nya"]


def test_a_title_is_a_doctor_and_its_full_stop_ends_no_sentence():
    # "Dr." once read as the slang "dr" (dari) and a sentence end, which hid "Dr. Benny
    # mengatakan ..." from every pattern that needs the expert and the claim together
    assert normalize("Dr. Benny dan dr. Albert, Prof. Hendra").text == "dokter beny dan dokter albert, profesor hendra"
    assert normalize("info dr. grup sebelah").text.startswith("info dari")  # the slang stays
    assert "." not in [t.text for t in tokens(normalize("Jl. Melati No. 5 dekat Gg. Mawar").text)]


def test_a_standard_word_keeps_its_own_ending():
    assert "dijamkan" not in forms("dijamin") and forms("ingin") == {"ingin"}


def test_slot_patterns_match_forms_gaps_and_sets_but_not_across_a_sentence():
    m = Matcher([("insider", "{info|kabar} ~2 {akurat|valid}"), ("grp", "<g> ~3 jahat")], {"g": ["kaum x"]})
    def found(text):
        return {k for k, _, _ in m.find(tokens(normalize(text).text))}
    assert found("Infonya 100% akurat") == {"insider"}
    assert found("kabar ini. Sangat valid") == set()  # the gap never crosses a full stop
    assert found("kaum x itu jahat") == {"grp"}


@pytest.mark.parametrize("text, rule", [
    ("Infonya akurat 100%, dari orang dalam istana.", "H10"),
    ("Minum rebusan daun sirsak tiap pagi, kanker sembuh total dalam seminggu.", "H11"),
    ("Gempa besar akan mengguncang Jakarta tanggal 12 malam, siapkan diri.", "H12"),
    ("Dijamin pasti diterima kerja di BUMN tanpa tes, daftar sekarang.", "H13"),
    ("ojo lali disebar nang grup kabeh yo lur", "H1"),
    ("dasar orang Madura semua sama aja licik", "S5"),
    ("Usir orang Madura dari kampung kita!", "S6"),
    ("cewek tuh cuma bisa dandan sama belanja", "S7"),
    ("dasar autis lu, gitu aja gak ngerti", "S7"),
    ("Ingat Sampit. Kalau mereka masih berani buka lapak, kejadian itu bisa kita ulang.", "S8"),
    ("Anakku Rara kelas 2B SD Negeri 3, tiap hari pulang jam 12 lewat gang Sawo.", "P12"),
    ("Ini rumahnya @budi_kurir di Gg. Melati, samperin aja rame-rame.", "P13"),
    ("Daftar korban longsor: Ade Suryana (52) dan cucunya yang masih kelas 1 SD.", "P14"),
    ("Halo kak, kirim 6 angka yang masuk ke SMS kamu ya, buat verifikasi hadiah.", "U7"),
    ("Akun anda akan diblokir. Konfirmasi data anda di bca-verifikasi.xyz sekarang.", "U9"),
    ("Edaran resmi terbaru Kemenkes: mulai besok semua sekolah ditutup dua minggu.", "H14"),
    ("Nih KTP orang yang minjem duit terus kabur, namanya Sri, sebarin aja.", "P15"),
    ("Rekap nilai UTS: yang paling rendah Dimas Arya Pratama (32), mohon orang tuanya memperhatikan.", "P11"),
    ("Lowongan kerja pabrik, bayar biaya administrasi 500 ribu langsung diterima kerja.", "U10"),
    ("Korban kecelakaan tadi pagi wkwk mampus 🤣", "E8"),
    ("Jenazah korban hancur, otaknya berceceran di aspal.", "E9"),
    ("Donasi untuk anak yatim! Yang gak nyumbang berarti pelit dan gak punya hati.", "E10"),
    ("@siska gendut banget sih lu kayak gajah", "E11"),
    ("Pendek kayak tuyul, kok bisa jadi penyiar.", "E11"),  # a body word and a likeness, no body part
    ("Geuning awakna kawas tong, teu isin?", "E11"),  # Sundanese
    ("Awake koyo kebo, mangan wae.", "E11"),  # Javanese
    ("pgn ngakhirin idup aja dh, cape bgt", "E2"),
    ("wkwk videonya si Reno kepeleset udah gue sebar ke grup kelas 😂", "E12"),
    ("Guys kita diemin aja si Fajar rame-rame sampe dia pindah sekolah.", "E13"),
])
def test_each_context_rule_fires_on_what_it_is_for(text, rule):
    assert rule in rules(text)


@pytest.mark.parametrize("text, rule", [
    ("BMKG: gempa M5,2 terjadi Selasa pukul 14.32 WIB, tidak berpotensi tsunami.", "H12"),
    ("Simulasi evakuasi gempa dan tsunami akan dilaksanakan Rabu pukul 09.00.", "H12"),
    ("aku didiagnosis diabetes. gak ada obat ajaib ya, konsisten aja olahraga.", "H11"),
    ("Selamat kepada ananda Naura (kelas 5) juara 2 lomba mendongeng!", "P14"),
    ("Laundry Kilat Bu Ani – Jl. Mawar No. 3 RT 05/RW 02. Antar jemput gratis!", "P13"),
    ("anjir cakep parah sunset di Labuan Bajo, pengen mati di sini aja saking indahnya", "E2"),
    ("gue dibantai musuh 5 kali di ranked wkwk, mati mulu", "E8"),
    ("Konfirmasi data rekening Anda hanya lewat aplikasi resmi di https://www.bca.co.id", "U9"),
    ("Challenge 30 hari: turun 5 kg dengan olahraga teratur, kamu pasti bisa!", "E11"),
])
def test_each_context_rule_stays_quiet_on_its_clean_twin(text, rule):
    assert rule not in rules(text)


def test_a_fake_customer_service_number_is_security_and_is_never_masked():
    f = finding("CS resmi BCA 24 jam: 0812-3456-7890, chat aja untuk blokir kartu.", "U8")
    assert f.category == "security" and f.severity == "block" and f.fix is None
    assert "P4" not in rules("CS resmi BCA 24 jam: 0812-3456-7890, chat aja untuk blokir kartu.")


def test_a_number_the_text_calls_a_business_number_is_not_personal():
    found = rules("Laundry Bersih: Rp7.000/kg. Hubungi nomor bisnis kami 0857-4412-9083 (WA only).")
    assert "P4" not in found and "U8" not in found
    assert "P4" in rules("Ini nomor si Dina 0857-4412-9083, teror aja.")


def test_a_slur_is_named_by_the_group_it_attacks_not_quoted_back():
    f = finding("dasar kadal gurun, pulang sana", "S9")
    assert "politik" in f.message["id"] and "kadal" not in f.message["id"]


def test_a_debunk_lowers_hoax_signals_and_says_why():
    report = check_text("CEK FAKTA: pesan 'infonya akurat 100%, sebarkan ke semua grup' itu hoaks. "
                        "BMKG sudah membantah.")
    hoax = [f for f in report.findings if f.category == "hoax"]
    assert hoax and all(f.severity == "info" for f in hoax)
    lowered = [f for f in hoax if f.lowered]
    assert "H10" in {f.rule for f in lowered} and lowered[0].to_dict()["lowered"]["id"]


def test_hate_quoted_in_news_goes_to_the_question_not_to_block():
    report = check_text("Polisi menangkap pemilik akun yang menulis 'usir orang Madura dari kampung kita' "
                        "dan menjeratnya dengan UU ITE.")
    hate = [f for f in report.findings if f.category == "hate"]
    assert hate and all(f.severity == "info" and f.lowered for f in hate)
    assert any(q.rule == "S4" for q in report.questions)


def test_negation_before_a_call_to_spread_is_not_a_call():
    assert "H1" not in rules("Jangan dibagikan dulu sebelum dicek kebenarannya ya.")
    assert "H1" in rules("Tolong sebarkan ke semua grup keluarga!")


def test_an_apk_named_in_a_scam_warning_is_advice():
    assert rules("Waspada modus undangan nikah.apk! Jangan install file dari nomor tak dikenal.").get("U4") is None
    assert rules("Ini undangan nikah kami, silakan buka Undangan_Pernikahan.apk").get("U4") == "block"


def test_praise_with_mild_slang_is_not_an_insult():
    assert "S1" not in rules("gila enak banget kopinya, anjir mantap parah")
    assert "S1" in rules("anjing lu, dasar goblok")


@pytest.mark.parametrize(("text", "rule", "frame"), [
    # a donation report that will be shared is not a call to spread
    ("Kami galang dana untuk operasi Pak Darto, guru SD kami. Tidak ada paksaan. Rekap donasi dan bukti "
     "transfer akan dibagikan di grup ini setiap Jumat.", "H1", "laporan yang akan dibagikan"),
    # alarm words inside a scam warning
    ("WASPADA! Jangan buka file 'Foto Paket.apk' yang dikirim nomor asing lewat WhatsApp, itu bisa "
     "menguras m-banking kamu. Langsung hapus dan blokir nomornya.", "H3", "peringatan penipuan"),
    # a court report quoting the fraudsters' promise
    ("Majelis hakim memvonis dua terdakwa penipuan lowongan kerja fiktif yang menjanjikan korban pasti "
     "diterima di pabrik dengan membayar Rp5 juta.", "H13", "berita"),
])
def test_frames_from_the_third_tuning_set_lower_what_the_post_reports(text, rule, frame):
    found = finding(text, rule)
    assert found is not None and found.severity == "info"
    assert frame in found.lowered["id"]


def test_an_account_in_a_foundations_name_is_not_a_named_victim():
    text = ("Donasi untuk korban kebakaran Pasar Lama bisa lewat rekening BRI 0021-01-334455-50-1 a.n. "
            "Yayasan Cahaya Sesama. Laporan dana kami unggah tiap minggu.")
    assert "P14" not in rules(text)


def test_a_hidden_truth_claim_is_h15_and_a_debunk_of_it_is_lowered():
    claim = ("Thread: gempa semalam itu bukan gempa alam, tapi uji coba senjata rahasia di laut. Media "
             "menutupi semuanya dari kita.")
    assert rules(claim).get("H15") == "warn"
    debunk = ("Cek fakta: klaim bahwa gempa semalam bukan gempa alam tapi uji coba senjata rahasia adalah "
              "hoaks. BMKG mencatat gempa tektonik bermagnitudo 5,1.")
    h15 = [f for f in check_text(debunk).findings if f.rule == "H15"]
    assert h15 and all(f.severity == "info" for f in h15)


@pytest.mark.parametrize(("text", "rule"), [
    # a shop's own post in Javanese: a price and a word of trade make its number the shop's
    ("Monggo mampir Warung Soto Pak Dul, saiki buka jam 6 isuk. Semangkok mung Rp12.000. "
     "WA 0813-4455-6677.", "P4"),
    # a mild interjection of joy, nobody addressed
    ("anjir akhirnya skripsi gue di-ACC juga, sidang tanggal 3 Juni. doain ya!", "S1"),
    # a report of an arrest names the doxxing it punished
    ("Dua admin akun gosip ditetapkan sebagai tersangka karena menyebarkan alamat rumah dan nomor "
     "telepon seorang selebgram.", "P13"),
    # the family's own obituary
    ("Berita duka: telah berpulang Bapak Darmo (70), warga RT 02. Pemakaman pukul 13.00 di TPU "
     "Sukamulya.", "P14"),
    # "putus asa" in a mental-health notice is not a graphic detail
    ("Puskesmas membuka konseling gratis tiap Kamis. Merasa putus asa atau kehilangan minat? "
     "Datang atau hubungi 119 ext 8.", "E9"),
])
def test_everyday_posts_from_the_fourth_tuning_set_stay_clean(text, rule):
    assert rule not in rules(text)


@pytest.mark.parametrize("text", [
    # prices as they are written in Sundanese, Javanese and Betawi, and "jual ... nego"
    "Sadia deui! Peuyeum Bandung asli, sakilo 20rebu wungkul. Mangga WA 0822-1178-4420.",
    "Wedang uwuh anget, sak gelas 7ewu. Monggo mampir Angkringan Mbah Karto. WA 0882-2104-3367.",
    "Jual motor Vario 2019, surat lengkap. Harga 14,5 juta nego tipis. WA 0877-1234-8890.",
    # the poster's own contact, and an institution's named service line
    "Dicari kucing oren namanya Mochi, hilang sejak Sabtu sore. Yang melihat mohon kabari saya 0858-1234-7761.",
    "Informasi PMB resmi hanya di pmb.ubp.ac.id dan WA Center 0813-9000-2211. Kami tidak bekerja sama dengan calo.",
    # the reader is asked to call it: a lost dog's owner, a complaints line, a job
    "Hilang anjing golden \"Bruno\" di Taman Kota. Yang menemukan mohon hubungi 0858-1290-3344, ada imbalan.",
    "Pengaduan air mati atau bocor hanya melalui WA 0812-1000-4455, petugas kami tidak menarik biaya.",
    "Butuh 3 tukang batu, bayaran harian 150 ribu. Yang berminat langsung telpon 0852-3345-1190.",
])
def test_a_number_the_post_calls_its_own_or_a_service_line_is_a_business_one(text):
    found = {f.rule: f.severity for f in check_text(text).findings}
    assert "P4" not in found and found.get("P4B") == "info"


@pytest.mark.parametrize("text", [
    "Ini nomor si pelaku tabrak lari, telpon aja 0857-2290-1163, teror terus sampai dia ngaku!",
    "Yang mau nagih utangnya Rudi langsung hubungi 0813-7788-2011, itu nomor pribadinya.",
    "Kalo ada yg mau protes langsung aja telpon HP-nya 0878-2201-6634. Orangnya sok banget di grup.",
])
def test_a_call_to_go_at_someone_through_their_number_stays_a_privacy_warning(text):
    # "telpon", "hubungi" ask readers to call, but to call a third person the post exposes
    found = {f.rule: f.severity for f in check_text(text).findings}
    assert found.get("P4") == "warn" and "P4B" not in found


def test_a_fake_arrest_call_asking_for_the_code_stays_blocked():
    # "ditangkap" reads as news, but news never lowers a code request: the fake-arrest scam
    text = ("Bu, anak ibu ditangkap polisi karena narkoba. Supaya dilepas, transfer Rp10 juta dan "
            "sebutkan kode OTP yang masuk ke HP ibu sekarang.")
    assert rules(text).get("U7") == "block"


@pytest.mark.parametrize("text, rule", [
    # asked not to share, asked to be told, a lost pet: not a call to spread
    ("Foto kegiatan outbound anak-anak sudah di drive sekolah. Mohon tidak disebarkan ke media sosial.", "H1"),
    ("Turut berduka cita ya Rin. Kalau butuh apa-apa kabarin aku aja ya.", "H1"),
    ("Tolong bantu share! Kucing oren kami hilang di Perum Bumi Indah, kalung merah. Ada imbalan.", "H1"),
    # the answer the writer got after asking, not a rumour's "katanya"
    ("Lampu jalan depan gang mati lagi. Udah saya lapor ke kelurahan, katanya besok diperbaiki.", "H2"),
])
def test_everyday_words_that_look_like_hoax_signals_are_not_warnings(text, rule):
    found = [f for f in check_text(text).findings if f.rule == rule]
    assert found and all(f.severity == "info" and f.lowered for f in found)


def test_a_rumour_with_katanya_and_a_missing_child_chain_message_still_warn():
    rumour = "Katanya mulai bulan depan beras di pasar dicampur beras plastik. Ibu-ibu hati-hati ya."
    assert any(f.rule == "H2" and f.severity == "warn" for f in check_text(rumour).findings)
    chain = "Tolong sebarkan ke semua grup! Anak hilang diculik di depan SD, pelakunya pakai mobil putih."
    assert any(f.rule == "H1" and f.severity == "warn" for f in check_text(chain).findings)


@pytest.mark.parametrize("text, business", [
    ("Bengkel Las Pak Ahmad terima pagar dan kanopi, Jl. Imam Bonjol No. 2. Survey gratis WA 0896-5511-7733.", True),
    ("Les privat matematika SMP/SMA, pengajar alumni ITB. Info 0857-2200-1133.", True),
    # a shop posting its customer's parcel: the customer's number, not the shop's
    ("Makasih sudah order kak! Paket untuk Ibu Wulandari, Jl. Melon No. 88, WA 0878-4401-2267 sudah dikirim.", False),
])
def test_a_shop_post_ending_on_its_contact_is_a_business_number(text, business):
    rules_found = {f.rule for f in check_text(text).findings}
    assert ("P4B" in rules_found and "P4" not in rules_found) if business else "P4" in rules_found


def test_a_job_ad_asking_for_a_cv_is_not_a_request_for_a_card_code():
    # "cvv" loses its repeated letter in normalising: it must not match "Kirim CV"
    ad = "Lowongan staf gudang, min SMA/SMK. Kirim CV ke rekrutmen@sinarabadi.co.id. Tidak dipungut biaya."
    assert "U7" not in rules(ad)
    assert rules("Halo kak, untuk verifikasi hadiah sebutkan kode CVV kartu kakak ya.").get("U7") == "block"


def test_food_said_to_cure_hunger_or_the_blues_is_no_health_claim_but_a_cure_for_cancer_is():
    recipe = "Resep mie nyemek 'obat galau': rebus mi, tumis bawang, masukin telur. Dijamin sembuh laper-nya wkwk"
    assert not hoax_warnings(recipe)
    claim = "Rebusan daun sirsak ini dijamin sembuh total dari kanker dalam seminggu, sudah dibuktikan ribuan orang!"
    assert hoax_warnings(claim)


def test_a_suicide_prevention_note_that_points_to_help_is_not_flagged():
    note = ("Kalau kamu atau orang terdekat punya pikiran untuk mengakhiri hidup, jangan ragu mencari bantuan. "
            "Hubungi layanan kesehatan jiwa atau datangi puskesmas terdekat.")
    assert "E2" not in rules(note)
    assert rules("udah capek banget, pengen mati aja rasanya. gak ada yang peduli").get("E2") == "warn"



def test_katanya_about_everyday_things_is_talk_and_about_the_stuff_of_rumours_a_warning():
    talk = "Katanya yang antre di tukang martabak depan gang sampe 30 orang tiap malem minggu. Penasaran, mau nyoba"
    found = [f for f in check_text(talk).findings if f.rule == "H2"]
    assert found and all(f.severity == "info" for f in found)
    rumour = "Katanya vaksin campak di posyandu minggu ini ada chip pelacaknya, anak tetangga langsung demam."
    assert any(f.rule == "H2" and f.severity == "warn" for f in check_text(rumour).findings)


@pytest.mark.parametrize("text", [
    "Pendaftaran mudik gratis Kemenhub sudah dibuka lewat situs resmi kementerian. Cek syaratnya sebelum daftar.",
    "Polda Jawa Tengah membongkar jaringan penipuan undian yang mengatasnamakan e-commerce. Tujuh tersangka diamankan.",
])
def test_an_institution_with_its_official_channel_or_in_an_arrest_report_is_no_impostor_sign(text):
    assert rules(text).get("H6") in (None, "info")


def test_an_institution_with_a_call_to_act_and_an_unofficial_link_is_still_an_impostor_sign():
    text = "BPJS Kesehatan bagi-bagi saldo! Segera daftar di situs resmi bpjs-kesehatan-bonus.com sebelum kuota habis."
    assert rules(text).get("H6") == "warn"


def test_the_pay_a_job_ad_offers_is_not_a_named_persons_salary():
    ad = "Dicari 2 orang karyawan warung makan, gaji UMR + makan. Datang langsung ke Warung Bu Tini, Jl. Sudirman 45."
    assert "P11" not in rules(ad)
    assert rules("Gaji Pak Budi Santoso di kantor cuma 3 juta tapi utangnya di mana-mana.").get("P11") == "warn"


def test_a_debunk_in_everyday_words_lowers_the_rumour_it_quotes():
    text = "Pak RT, info yg katanya KTP lama diblokir bulan depan itu ga bener, saya tanya langsung ke Disdukcapil."
    assert not hoax_warnings(text)


@pytest.mark.parametrize("text", [
    "Dicari: kucing oren jantan namanya Mochi, hilang sejak Sabtu sore di Perum Griya Asri. "
    "Yang melihat mohon hubungi 0858-1234-7761.",
    "Ditemukan anjing jenis pom warna krem di Taman Kota. Pemilik silakan hubungi 0852-1199-3377 dengan bukti foto.",
])
def test_a_lost_or_found_notice_is_neither_a_victim_nor_a_slur(text):
    found = rules(text)
    assert not {r for r, sev in found.items() if sev in ("warn", "block")}, found



@pytest.mark.parametrize("text, rule", [
    ("Telah meninggal dunia dengan tenang Ibu Maria Suwarni, 81 tahun. Misa requiem di rumah duka "
     "Jl. Sawo Kecik No. 12, Klaten.", "P13"),
    ("Jasa Jahit Bu Endang terima permak celana. Permak cuma 15rb. Lokasi Gg. Kelinci No. 4 RT 06/RW 02.", "P13"),
    ("Atap Mushola Al-Ikhlas bocor. Bantuan berapa pun berarti. Rek BSI 7123456789 a.n. DKM Al-Ikhlas.", "P5"),
    ("Hasil uji cepat BPOM di tiga pasar menemukan 4 dari 60 sampel bakso mengandung boraks.", "H16"),
    ("Majelis hakim menyatakan identitas korban dirahasiakan sesuai UU Perlindungan Anak.", "H15"),
    ("BMKG menegaskan belum ada teknologi di dunia yang mampu memprediksi gempa bumi secara tepat.", "H12"),
])
def test_public_addresses_an_organisations_account_and_official_findings_are_not_flagged(text, rule):
    assert rules(text).get(rule) in (None, "info")
