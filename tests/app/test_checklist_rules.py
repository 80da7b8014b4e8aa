"""Checklist rules on single texts: each rule fires on what it should, and stays quiet on the
prices, dates, business contacts and official links a promotion is full of."""

from __future__ import annotations

import pytest

from app.checklist import check_text
from app.checklist.rules_privacy import valid_nik


def rules(text: str, **kw) -> dict[str, str]:
    return {f.rule: f.severity for f in check_text(text, **kw).findings}


def test_nik_is_validated_structurally():
    assert valid_nik("3174095708900001")  # Jakarta Selatan, woman born 17-08-1990
    assert valid_nik("3273011708450003")  # Bandung, man born 17-08-1945
    assert not valid_nik("9974095708900001")  # no such province
    assert not valid_nik("3174093208900001")  # day 32
    assert not valid_nik("3174095708900000")  # serial 0000
    assert not valid_nik("3174097508900001")  # day 75 (35+40)


@pytest.mark.parametrize("text", [
    "Harga Rp 25.000, promo Rp1.500.000,00 atau IDR 12.500.000; tiket 2,5 juta.",
    "Buka setiap hari 08.00–21.00 WIB, tutup 31/12/2026. Sejak 1945.",
    "Festival dikunjungi 1.000.000 pengunjung dan 2.500 peserta tahun lalu.",
    "Kode produk KTB-250, SKU 8991234567890, No. Pesanan 220318.",
    "Alamat: Jl. Malioboro No. 52, Yogyakarta. Info lengkap di https://jogjaprov.go.id",
    "Ruko Galaxy Blok A-12, Bekasi. Tipe B 2 kamar, Ruang A 101.",
])
def test_promotional_numbers_are_not_personal_data(text):
    found = rules(text)
    assert not {"P1", "P2", "P3", "P4", "P5"} & set(found), found
    assert "block" not in found.values()


def test_identifiers_are_found_with_mask_fixes():
    report = check_text("NIK 3174095708900001, No KK 3174091203150005, NPWP 09.254.294.3-407.000, "
                        "rek BCA 1234567890 a.n. Budi")
    got = {f.rule: f for f in report.findings}
    assert got["P1"].severity == got["P2"].severity == got["P3"].severity == "block"
    assert got["P5"].severity == "warn"
    assert got["P1"].fix.replacement == "31••••••••••••01"
    assert report.verdict == "block"


def test_business_numbers_are_info_once_marked():
    text = "Nomor WA si Dina 0812-3456-7890, tanya aja ke dia."
    assert rules(text)["P4"] == "warn"
    assert rules(text, business_contact=True) == {"P4B": "info"}


def test_a_number_the_text_calls_an_order_number_is_a_business_number():
    assert rules("Pesan lewat WA 0812-3456-7890, buka 09.00-17.00.") == {"P4B": "info"}


def test_a_pinned_post_is_no_pin_asked_for():
    assert "U7" not in rules("Update galang dana kampus buat korban gempa: Rp27.300.000 sudah dikirim ke posko "
                             "BPBD. Bukti transfer dan daftar belanja kami pin di highlight IG.")
    assert rules("Kirim PIN ATM kamu ke nomor ini untuk verifikasi.")["U7"] == "block"


def test_official_links_pass_and_bad_links_are_flagged():
    assert not rules("Daftar beasiswa di https://lpdp.kemenkeu.go.id/ dan https://www.bca.co.id")
    assert rules("Cek di bit.ly/promo-toba")["U1"] == "warn"
    assert rules("Situs kami http://warungkopi.id")["U2"] == "warn"
    for url in ("https://klikbcca.com/login", "https://xn--bc-4ja.co.id", "https://bri-co-id.net",
                "https://bca.co.id.login-aman.com/verifikasi"):
        assert rules(f"Login di {url}").get("U3") == "block", url
    assert rules("Buka http://103.21.44.7/hadiah")["U4"] == "warn"
    assert rules("Masuk https://www.bca.co.id@evil.example/x")["U4"] == "block"
    assert rules("Undangan digital: Undangan_Nikah.apk")["U4"] == "block"


def test_secret_requests_block_but_warnings_about_them_do_not():
    assert rules("Kirimkan kode OTP yang masuk ke HP Anda untuk verifikasi hadiah.")["U7"] == "block"
    assert "U7" not in rules("Jangan pernah berikan kode OTP kepada siapa pun, termasuk petugas bank.")


def test_hate_group_plus_dehumanising_blocks_and_asks_for_context():
    report = check_text("Dasar orang cina babi, usir mereka dari kampung kita!")
    got = {f.rule: f.severity for f in report.findings}
    assert got["S2"] == "block" and got["S3"] == "block"
    assert "S4" in {q.rule for q in report.questions}


def test_normalisation_catches_leetspeak_and_repeats():
    assert rules("dasar b4ngs4t lu")["S1"] == "warn"
    assert rules("anjiiiing kau")["S1"] == "warn"
    assert rules("SEBARKAAAN ke semua grup")["H1"] == "warn"


@pytest.mark.parametrize("text", [
    "Babi guling khas Gianyar, seporsi Rp45.000.",
    "Pet shop kami menjual makanan anjing dan kucing, grooming mulai Rp60.000.",
    "Jasa pembasmi hama: basmi tikus dan kecoa tanpa bau.",
    "Timnas membantai Brunei 6-0 tadi malam!",
    "Ikan bakar Jimbaran, bakar sendiri di meja Anda.",
])
def test_literal_uses_are_not_hate(text):
    assert not {"S1", "S2", "S3"} & set(rules(text)), rules(text)


def test_hoax_signals_warn_but_never_block():
    report = check_text("WASPADA!!! Sebarkan ke semua grup sebelum dihapus. Info A1 dari orang dalam "
                        "Kemenkes: vaksin berisi chip. Klik bit.ly/daftar-vaksin")
    hoax = [f for f in report.findings if f.category == "hoax"]
    assert {"H1", "H2", "H3", "H6", "H9"} <= {f.rule for f in hoax}
    assert all(f.severity != "block" for f in hoax)
    assert "H8" in {q.rule for q in report.questions}


def test_quoted_hoax_phrase_in_an_explainer_is_only_info():
    found = rules("Dapat pesan 'sebarkan sebelum dihapus'? Cek dulu di https://www.komdigi.go.id")
    assert found.get("H1") == "info"


def test_claim_without_source_offers_to_add_one():
    report = check_text("Menurut penelitian, kopi Gayo menurunkan risiko diabetes 30%.")
    h5 = next(f for f in report.findings if f.rule == "H5")
    assert h5.fix and h5.fix.action == "append_source"
    assert "H5" not in rules("Menurut penelitian, kopi Gayo kaya antioksidan. Sumber: Jurnal Gizi 2024")


def test_spans_point_at_the_original_text():
    text = "Pokoknya JANGAN BERHENTI DI LU ya, sebarkaaan!!"
    report = check_text(text)
    spans = {text[f.span[0]:f.span[1]] for f in report.findings if f.rule == "H1"}
    assert "JANGAN BERHENTI DI LU" in spans and "sebarkaaan" in spans


def test_suicide_mention_asks_for_a_helpline():
    assert rules("Kisah remaja yang mencoba bunuh diri karena perundungan.")["E2"] == "warn"
    assert "E2" not in rules("Kisah remaja yang mencoba bunuh diri. Butuh teman bicara? Hubungi 119 ext 8.")


def test_disaster_plus_promotion_is_flagged():
    assert rules("Turut berduka atas gempa Cianjur. Diskon 50% semua produk hari ini!")["E4"] == "warn"


def test_defamation_needs_a_named_person():
    assert rules("Pak Darto itu koruptor dana desa, semua orang tahu.")["L1"] == "warn"
    assert "L1" not in rules("Korupsi merugikan negara; laporkan ke KPK.")


def test_the_capitals_finding_marks_only_the_shouted_words_not_the_phone_number(library):
    from app.checklist.rules_text import _shouting

    text = "PENTING SEKALI SEBARKAN KE SEMUA GRUP KELUARGA 0812-3456-7890"
    span, shown = _shouting(text)
    assert shown == "PENTING SEKALI SEBARKAN KE SEMUA GRUP KELUARGA" and "0812" not in text[span[0]:span[1]]
    span, shown = _shouting("Info: KOPI GAYO ASLI TAKENGON PALING ENAK SE-ACEH!! hubungi 0812")
    assert shown == "KOPI GAYO ASLI TAKENGON PALING ENAK SE-ACEH!!"


def test_every_rule_has_a_short_title_in_both_languages():
    import tomllib

    from app import resources
    from app.checklist.rulebook import rules

    titles = tomllib.loads(resources.read_text("checklist", "titles.toml"))
    assert set(titles) == set(rules())  # none missing, none left over
    for rule in rules().values():
        for lang in ("id", "en"):
            assert rule.title[lang] and rule.title[lang] != rule.id and len(rule.title[lang]) <= 40, (rule.id, lang)
    assert rules()["P1"].title == {"id": "NIK terlihat", "en": "NIK number shown"}
