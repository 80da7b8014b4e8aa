"""The classifier beside the rules (K1-K5): it loads from the bundled files, scores the same in
every process, speaks only where the rules of its category were silent, and framing lowers it."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from app.checklist import check_text, classifier
from app.checklist.collector import Collector
from app.checklist.inputs import CheckInput, TextItem
from app.checklist.rulebook import finding

ROOT = Path(__file__).resolve().parents[2]
# written for this test, in none of the corpora: a stereotype with no word from the lexicons
STEREOTYPE = "Orang-orang dari suku itu memang dari dulu suka menipu, jangan mau berdagang sama mereka."
PROMOTION = "Promo Kopi Gayo 250 gram Rp65.000, buka Senin-Sabtu 08.00-17.00 di Jl. Merdeka 12."


def test_the_model_is_the_bundled_one_and_its_thresholds_are_cautious():
    m = classifier.model()
    assert m.bits == 16
    for cat in classifier.CATEGORIES:
        assert len(m.weights[cat]) == 1 << m.bits
        assert 0.5 <= m.threshold[cat] < 1.0
    assert set(classifier.RULES) == set(classifier.CATEGORIES)


def test_features_are_the_same_in_another_process_with_another_hash_seed():
    code = ("import sys; from app.checklist.classifier import features\n"
            f"print(sorted(features({STEREOTYPE!r}, 16))[:40])")
    runs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT,
                           env={"PYTHONHASHSEED": seed, "PATH": "/usr/bin:/bin"}).stdout for seed in ("1", "2")}
    assert len(runs) == 1
    assert runs.pop().strip() == str(sorted(classifier.features(STEREOTYPE, 16))[:40])


def test_a_stereotype_the_rules_miss_gets_a_k2_warning_naming_its_score():
    report = check_text(STEREOTYPE)
    raised = [f for f in report.findings if f.severity in ("warn", "block")]
    assert [f.rule for f in raised] == ["K2"]
    k2 = raised[0]
    assert k2.category == "hate" and k2.field
    # the score in each language's decimal style: "skor 0,87" / "score 0.87"
    assert re.search(r"skor [01],\d\d\)", k2.message["id"]) and re.search(r"score [01]\.\d\d\)", k2.message["en"])
    assert "{" not in k2.message["id"] + k2.message["en"]


def test_a_plain_promotion_gets_no_model_finding():
    assert not [f for f in check_text(PROMOTION).findings if f.rule.startswith("K")]


def test_the_model_is_silent_where_a_rule_of_its_category_spoke():
    inp = CheckInput(texts=[TextItem("isi", STEREOTYPE)])
    out = Collector()
    out.add(finding("S3", "isi", (0, 5), "suku"))  # a hate rule already raised it here
    classifier.classify(inp, out)
    assert [f.rule for f in out.findings] == ["S3"]
    out = Collector()
    out.add(finding("S3", "isi", (0, 5), "suku", severity="info"))  # or judged it only advice
    classifier.classify(inp, out)
    assert [f.rule for f in out.findings] == ["S3"]
    out = Collector()
    classifier.classify(CheckInput(texts=[TextItem("lokasi", "Jl. Merdeka No. 12, Kampung Baru, Takengon")]), out)
    assert out.findings == []  # an address line is not a post
    out = Collector()
    classifier.classify(CheckInput(texts=[TextItem("alt_text", STEREOTYPE, role="alt_text")]), out)
    assert out.findings == []  # alt text describes the image: the caption is what gets judged


def test_framing_lowers_a_model_finding_like_any_other():
    taught = ("Contoh ujaran kebencian yang harus kita hindari: \"" + STEREOTYPE + "\" "
              "Kalimat seperti ini melukai. Yuk belajar literasi digital bersama.")
    k2 = [f for f in check_text(taught).findings if f.rule == "K2"]
    assert k2 and all(f.severity == "info" and f.lowered for f in k2)


def test_a_weak_sign_the_model_sees_nothing_of_becomes_info_and_says_why():
    # a clinic naming its own midwife beside "ibu hamil": P11's name-plus-health sign alone
    text = ("Puskesmas Kalibaru membuka kelas ibu hamil setiap Sabtu pukul 09.00. Gratis, bawa buku KIA. "
            "Pertanyaan untuk Bu Ani, bidan kami.")
    p11 = [f for f in check_text(text).findings if f.rule == "P11"]
    assert p11 and all(f.severity == "info" for f in p11)
    assert "pengklasifikasi" in p11[0].lowered["id"] and "classifier" in p11[0].lowered["en"]


def test_weak_signs_the_model_agrees_with_and_hard_evidence_still_warn():
    doxx = ("Ini alamat rumah si Dina: Jl. Melati No. 5 RT 02 Sukajadi, anaknya Rara sekolah di SD 3 kelas 2, "
            "pulang jam 12. Samperin aja rame-rame.")
    found = {f.rule: f.severity for f in check_text(doxx).findings}
    assert found.get("P12") == "warn" and found.get("P13") == "warn"
    chain = "Tolong sebarkan ke semua grup! Besok ada razia besar-besaran, info dari orang dalam kepolisian."
    assert {f.rule for f in check_text(chain).findings if f.severity == "warn"} >= {"H1", "H2"}
    # a valid NIK is never gated, whatever the model scores
    assert any(f.rule == "P1" and f.severity in ("warn", "block")
               for f in check_text("Data peserta: Budi, NIK 3201012501900003, silakan dicek.").findings)


def test_each_category_has_a_gate_set_by_the_trainer_and_hard_evidence_never_has_one():
    gates = classifier.model().gate
    assert set(gates) == set(classifier.CATEGORIES)
    assert all(0.0 <= g <= 0.5 for g in gates.values())
    assert any(g > 0 for g in gates.values())  # the trainer found room to gate somewhere
    for rule in classifier.UNGATED:
        assert classifier.gate_for(rule, "hate", {"hate": 0.4}) == 0.0
    assert classifier.gate_for("K2", "hate", {"hate": 0.4}) == 0.0  # the model's own finding
    assert classifier.gate_for("S1", "hate", {"hate": 0.4}) == 0.4
    assert classifier.gate_for("H1", "hoax", {"hoax": 0.0}) == classifier.GATE  # a weak sign keeps its floor


def test_friends_banter_with_one_rude_word_is_lowered_and_an_insult_of_a_group_is_not():
    banter = ("Anjir lu telat lagi, bangsat emang wkwk. Yaudah gue tungguin di warkop depan kampus, "
              "sekalian pesenin es teh ya bro.")
    s1 = [f for f in check_text(banter).findings if f.rule == "S1"]
    assert s1 and all(f.severity == "info" and f.lowered for f in s1)
    group = "Dasar orang-orang suku itu bangsat semua, kerjaannya cuma nipu dan nyolong di kampung kita."
    assert any(f.category == "hate" and f.severity in ("warn", "block") for f in check_text(group).findings)
