"""Projects, autosave journals, settings and the publish kit: real files on disk."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile

import pytest

from app import paths
from app.cli.main import main
from app.errors import DesignError
from app.model.design import Brand, Design, ImageRef
from app.output.naming import slug
from app.output.publish import PublishBlocked, write_kit
from app.project import autosave
from app.project import projectfile as project
from app.project.settings import Settings

from .test_export import _gps_photo


def test_project_round_trip_carries_its_images(tmp_path):
    photo = _gps_photo(tmp_path / "foto kopi.jpg")
    design = Design(template="produk-umkm", fields={"nama_produk": "Sambal Roa 🌶"},
                    images={"foto": ImageRef(str(photo), (0.3, 0.6))},
                    brand=Brand(logo=ImageRef(str(photo)), handle="@roa"))
    path = tmp_path / "proyek.diplomat"
    project.save(design, path)
    names = zipfile.ZipFile(path).namelist()
    assert "design.json" in names and sum(n.startswith("gambar/") for n in names) == 1
    photo.unlink()  # the project must not need the original file any more
    other_laptop = tmp_path / "laptop-lain"
    again = project.load(path, other_laptop)
    assert again.fields["nama_produk"] == "Sambal Roa 🌶"
    assert again.images["foto"].focus == (0.3, 0.6)
    assert (other_laptop / os.path.basename(again.images["foto"].path)).is_file()
    assert again.brand.logo.path == again.images["foto"].path


@pytest.mark.parametrize("content", [b"bukan zip", None])
def test_damaged_or_newer_project_is_refused_and_left_alone(tmp_path, content):
    path = tmp_path / "p.diplomat"
    if content is None:
        with zipfile.ZipFile(path, "w") as z:
            z.writestr("design.json", json.dumps({"schema_version": 99, "template": "x"}))
    else:
        path.write_bytes(content)
    before = path.read_bytes()
    with pytest.raises(DesignError) as err:
        project.load(path, tmp_path / "unpack")
    assert "tidak diubah" in err.value.message("id")
    assert path.read_bytes() == before


def test_journal_of_a_dead_process_is_offered_back(tmp_path):
    code = ("import os\n"
            "from app.project import autosave\nfrom app.model.design import Design\n"
            "autosave.Journal('sesi').write(Design(template='produk-umkm', "
            "fields={'nama_produk': 'Belum disimpan'}))\n"
            "os.kill(os.getpid(), 9)\n")
    proc = subprocess.run([sys.executable, "-c", code], env={**os.environ}, capture_output=True)
    assert proc.returncode == -9
    found = autosave.pending()
    assert [r.design.fields["nama_produk"] for r in found] == ["Belum disimpan"]
    journal = autosave.Journal("milik-saya")
    journal.write(Design(template="produk-umkm"))
    assert len(autosave.pending()) == 1  # our own live journal is not "lost work"
    journal.discard()
    assert not journal.path.exists()


def test_settings_round_trip_and_survive_damage():
    settings = Settings.load()
    assert settings.language == "id"
    settings.brand = Brand(primary="#CE1126", handle="@toko")
    settings.add_recent(paths.data_dir() / "a.diplomat")
    settings.save()
    again = Settings.load()
    assert again.brand.primary == "#CE1126" and again.recent[0].endswith("a.diplomat")
    Settings.path().write_text("{rusak", encoding="utf-8")
    assert Settings.load().language == "id"


def test_slug_never_leaves_the_folder():
    assert slug("../../etc/passwd") == "etc-passwd"
    assert slug("Kopi Gayo: Rp85.000 ☕") == "kopi-gayo-rp85-000"
    assert slug("☕🇮🇩") == "poster"
    assert slug("..") == "poster"


def test_publish_kit_files_and_checklist_gate(tmp_path, library):
    design = Design(template="produk-umkm", caption="Kopi Gayo dari Takengon.", hashtags="#KopiGayo",
                    alt_text="Kemasan kopi dan secangkir kopi di meja kayu.")
    kit = write_kit(design, library, tmp_path, ["square", "story"], [".jpg", ".png"], "instagram")
    names = sorted(p.name for p in kit.folder.iterdir())
    assert names == ["alt-text.txt", "caption.txt", "kopi-arabika-gayo-square.jpg",
                     "kopi-arabika-gayo-square.png", "kopi-arabika-gayo-story.jpg",
                     "kopi-arabika-gayo-story.png", "laporan-checklist.html", "laporan-checklist.json"]
    assert (kit.folder / "caption.txt").read_text(encoding="utf-8") == "Kopi Gayo dari Takengon.\n\n#KopiGayo\n"
    blocked = Design(template="produk-umkm", fields={"deskripsi": "NIK pemilik 3174095708900001"})
    with pytest.raises(PublishBlocked) as err:
        write_kit(blocked, library, tmp_path / "tidak", ["square"], [".jpg"])
    assert err.value.rules == ["P1"] and not (tmp_path / "tidak").exists()
    blocked.overrides = {"P1": "Data fiktif untuk pelatihan, disetujui panitia."}
    kit = write_kit(blocked, library, tmp_path / "ya", ["square"], [".jpg"])
    report = json.loads((kit.folder / "laporan-checklist.json").read_text(encoding="utf-8"))
    assert report["overrides"][0]["reason"].startswith("Data fiktif")


def test_publish_cli(capsys, tmp_path):
    assert main(["publish", "daftar-alasan", "--formats", "square", "--types", "webp",
                 "--alt-text", "Infografis rendang", "--out", str(tmp_path)]) == 0
    assert list(tmp_path.rglob("*-square.webp"))
    assert main(["publish", "daftar-alasan", "--set", "judul=NIK 3174095708900001",
                 "--out", str(tmp_path / "b")]) == 1
    # a format or type given many times is made once (5,000 repeats took over 5 seconds)
    assert main(["publish", "daftar-alasan", "--formats", ",".join(["square"] * 5000), "--types", "png,png,.png",
                 "--alt-text", "Infografis rendang", "--out", str(tmp_path / "c")]) == 0
    assert len(list((tmp_path / "c").rglob("*-square.png"))) == 1


def test_publish_kit_composes_and_rasterises_each_format_once(tmp_path, library, monkeypatch):
    """2 formats x 2 file types plus the checklist: two composes, two rasterisations, two value
    resolutions (it was 7, 7 and 10)."""
    from app.render import compose as compose_mod
    from app.render import raster, values

    counts = {"compose": 0, "rasterize": 0, "resolve": 0}

    def counting(name, fn):
        def wrapper(*args, **kwargs):
            counts[name] += 1
            return fn(*args, **kwargs)
        return wrapper

    monkeypatch.setattr(raster, "compose", counting("compose", raster.compose))
    monkeypatch.setattr(raster, "rasterize", counting("rasterize", raster.rasterize))
    monkeypatch.setattr(compose_mod.values, "resolve", counting("resolve", values.resolve))
    design = Design(template="produk-umkm", alt_text="Kemasan kopi dan secangkir kopi di meja kayu.")
    kit = write_kit(design, library, tmp_path, ["square", "story"], [".jpg", ".pdf"])
    assert counts == {"compose": 2, "rasterize": 2, "resolve": 2}
    assert sum(p.suffix == ".pdf" for p in kit.files) == 2 and sum(p.suffix == ".jpg" for p in kit.files) == 2


def test_the_kits_report_shows_every_exported_format_and_names_fields_and_categories_in_words(library, tmp_path):
    design = Design(template="produk-umkm", fields={"deskripsi": "Kabari Bu Ani 0812-3456-7890 ya"})
    kit = write_kit(design, library, tmp_path, ["square", "story"], [".jpg"], "instagram")
    page = (kit.folder / "laporan-checklist.html").read_text(encoding="utf-8")
    assert "Format yang diekspor (2)" in page
    assert "Persegi · 1080×1080" in page and "Story · 1080×1920" in page
    assert page.count('<img src="data:image/jpeg;base64,') == 2  # a thumbnail of each format
    assert "Deskripsi singkat" in page and "Teks alternatif" in page  # fields by their labels
    assert ">deskripsi<" not in page and ">alt_text<" not in page
    assert "aksesibilitas" in page and "· accessibility" not in page  # categories in Indonesian
    english = write_kit(Design(template="produk-umkm", lang="en"), library, tmp_path / "en", ["square"], [".jpg"],
                        lang="en")
    assert "Formats exported (1)" in (english.folder / "laporan-checklist.html").read_text(encoding="utf-8")
