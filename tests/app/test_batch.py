"""Batch production end to end with real sheets, real photos, real worker processes and a
real Dask LocalCluster: names, failed and blocked rows, resume after kill -9, Ctrl+C, the
single PDF, the zip and the dry run."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from app.batch import production
from app.batch.plan import Options, prepare
from app.cli.main import main
from app.errors import FieldError

ROOT = Path(__file__).resolve().parents[2]
HEADER = ["Nama Produk", "Harga", "Lokasi", "Foto"]


def photo(path: Path, colour=(180, 90, 40), size=(1600, 1200)) -> Path:
    Image.new("RGB", size, colour).save(path, "JPEG", quality=85)
    return path


def sheet(tmp_path: Path, rows: list[list[str]], name="umkm.csv", header=HEADER) -> Path:
    path = tmp_path / name
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


@pytest.fixture
def umkm(tmp_path):
    (tmp_path / "foto").mkdir()
    for i, colour in enumerate([(200, 60, 40), (40, 160, 90), (30, 60, 200)]):
        photo(tmp_path / "foto" / f"p{i}.jpg", colour)
    rows = [
        ["Keripik Tempe Bu Sari", "15000", "Malang", "foto/p0.jpg"],
        ["Kopi Gayo ☕ Takengon", "85000", "Aceh Tengah", "foto/p1.jpg"],
        ["../../CON", "25000", "Bandung", "foto/p2.jpg"],
        ["Batik Tulis", "450000", "Solo", "foto/tidak-ada.jpg"],  # a missing photo: failed, named
        ["Gula Aren", "20000", "Hubungi NIK 3174095708900001", "foto/p0.jpg"],  # blocked by the checklist
        ["Kain " + "panjang " * 250, "30000", "Kupang", "foto/p1.jpg"],  # 2,000 characters: overflow
        ["", "", "", ""],  # empty: skipped and counted
    ]
    return sheet(tmp_path, rows)


def run(argv, capsys):
    code = main([str(a) for a in argv])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, captured.out, captured.err


def report_rows(out: Path) -> dict[int, dict]:
    return {r["row"]: r for r in json.loads((out / "report.json").read_text(encoding="utf-8"))["rows"]}


def test_a_sheet_becomes_checked_files_in_every_format_and_bad_rows_are_named(tmp_path, umkm, capsys):
    out = tmp_path / "hasil"
    code, said, _ = run(["batch", "produk-umkm", umkm, "--out", out, "--formats", "portrait,story",
                         "--name", "{nama_produk}_{format}", "--jobs", "0", "--single-pdf", tmp_path / "semua.pdf",
                         "--zip"], capsys)
    assert code == 1  # some rows blocked or failed; the others are made
    rows = report_rows(out)
    assert [rows[n]["status"] for n in (2, 3, 4)] == ["ok", "ok", "ok"]
    assert rows[2]["files"] == ["Keripik Tempe Bu Sari_portrait.jpg", "Keripik Tempe Bu Sari_story.jpg"]
    assert rows[3]["files"][0] == "Kopi Gayo ☕ Takengon_portrait.jpg"
    assert all(".." not in f and "/" not in f and not f.upper().startswith("CON.") for f in rows[4]["files"])
    assert rows[5]["status"] == "failed" and "foto/tidak-ada.jpg" in rows[5]["cause"]["id"]
    assert rows[6]["status"] == "blocked" and not rows[6]["files"]
    assert any(f["rule"] == "P1" for f in rows[6]["findings"])
    assert rows[7]["status"] == "failed" and "nama_produk" in rows[7]["cause"]["en"]
    assert 8 not in rows and json.loads((out / "report.json").read_text())["skipped_empty_rows"] == 1
    with Image.open(out / rows[2]["files"][1]) as im:
        assert im.size == (1080, 1920)
    made = {p.name for p in out.iterdir() if p.suffix == ".jpg"}
    assert made == {f for r in rows.values() for f in r["files"]}  # nothing else, nothing missing
    assert len(PdfReader(tmp_path / "semua.pdf").pages) == 3  # the three rows made, in sheet order
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "report-files/baris-2.jpg" in html and (out / "report-files" / "baris-2.jpg").is_file()
    with open(out / "report.csv", encoding="utf-8-sig") as handle:
        assert next(csv.reader(handle)) == ["baris", "status", "berkas", "penyebab", "temuan"]
    names = zipfile.ZipFile(tmp_path / "hasil.zip").namelist()
    assert "hasil/report.html" in names and not any(".diplomat-batch" in n for n in names)


def test_dry_run_lists_what_would_go_wrong_and_renders_nothing(tmp_path, umkm, capsys):
    out = tmp_path / "hasil"
    code, said, _ = run(["batch", "produk-umkm", umkm, "--out", out, "--dry-run", "--jobs", "0",
                         "--lang", "en"], capsys)
    assert code == 0
    assert "foto/tidak-ada.jpg" in said and "row 5" in said
    assert "row 6" in said and "blocked" in said and "row 7" in said
    assert not out.exists() or not any(out.glob("*.jpg"))


def test_the_dry_run_names_a_value_over_its_limit_by_its_label(tmp_path, capsys):
    long_name = "Keripik Tempe Renyah Khas Malang Bu Sri Rahayu Asli Blitar Jawa Timur"  # 69 > 60
    path = sheet(tmp_path, [[long_name, "15000"], ["Kopi Gayo", "85000"]], header=["Nama Produk", "Harga"])
    code, said, _ = run(["batch", "produk-umkm", path, "--out", tmp_path / "o", "--dry-run", "--jobs", "0"], capsys)
    assert code == 0
    flagged = [line for line in said.splitlines() if "lebih dari batasnya" in line]
    assert len(flagged) == 1 and "baris 2" in flagged[0] and "'Nama produk' berisi 69 karakter" in flagged[0]


def test_nothing_starts_while_a_required_field_has_no_column(tmp_path, capsys):
    path = sheet(tmp_path, [["x", "1"]], header=["Produk", "Harga"])
    code, said, _ = run(["batch", "produk-umkm", path, "--out", tmp_path / "o", "--dry-run", "--jobs", "0"], capsys)
    assert code == 2 and "nama_produk" in said
    with pytest.raises(FieldError):
        from app.templating.library import Library

        plan = prepare(Options("produk-umkm", path, tmp_path / "o"), Library())
        production.run_batch(plan, 0)
    code, _, _ = run(["batch", "produk-umkm", path, "--out", tmp_path / "o", "--jobs", "0",
                      "--map", "Produk=nama_produk"], capsys)
    assert code == 0 and (tmp_path / "o" / "2.jpg").is_file()


def test_worker_processes_make_the_same_files(tmp_path, umkm, capsys):
    one, two = tmp_path / "satu", tmp_path / "dua"
    run(["batch", "produk-umkm", umkm, "--out", one, "--jobs", "0", "--type", "png"], capsys)
    run(["batch", "produk-umkm", umkm, "--out", two, "--jobs", "2", "--type", "png"], capsys)
    files = sorted(p.name for p in one.glob("*.png"))
    assert files == sorted(p.name for p in two.glob("*.png")) and len(files) == 3
    # the same pictures, pixel for pixel (the PNG encoder's bytes may differ between processes: 1 run in 5)
    from PIL import Image

    for f in files:
        with Image.open(one / f) as a, Image.open(two / f) as b:
            assert a.size == b.size and a.mode == b.mode and a.tobytes() == b.tobytes(), f


def _big_sheet(tmp_path: Path, n: int) -> Path:
    photo(tmp_path / "p.jpg")
    return sheet(tmp_path, [[f"Produk nomor {i}", str(10000 + i), "Malang", "p.jpg"] for i in range(n)])


def _batch_process(path: Path, out: Path, *extra) -> subprocess.Popen:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen([sys.executable, "-m", "app.cli", "batch", "produk-umkm", str(path), "--out", str(out),
                             "--jobs", "2", *extra], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True)


def _wait_for_rows(out: Path, n: int, timeout=90) -> None:
    state = out / ".diplomat-batch" / "state.jsonl"
    deadline = time.time() + timeout
    while time.time() < deadline:
        if state.is_file() and len(state.read_text(encoding="utf-8").splitlines()) >= n:
            return
        time.sleep(0.05)
    raise AssertionError("the batch made no progress")


def test_resume_after_kill_9_skips_what_is_done(tmp_path):
    path, out = _big_sheet(tmp_path, 40), tmp_path / "hasil"
    proc = _batch_process(path, out)
    _wait_for_rows(out, 8)
    os.killpg(proc.pid, signal.SIGKILL)  # the batch and its workers, no cleanup at all
    proc.wait(timeout=30)
    done_before = {json.loads(line)["number"] for line in
                   (out / ".diplomat-batch" / "state.jsonl").read_text().splitlines() if line.endswith("}")}
    stamps = {n: (out / f"{n}.jpg").stat().st_mtime_ns for n in done_before}
    proc = _batch_process(path, out, "--resume")
    _, err = proc.communicate(timeout=180)
    assert proc.returncode == 0, err
    rows = report_rows(out)
    assert len(rows) == 40 and all(r["status"] == "ok" for r in rows.values())
    assert {n: (out / f"{n}.jpg").stat().st_mtime_ns for n in done_before} == stamps  # not made again
    assert not list(out.glob(".*.tmp"))


def test_resume_makes_again_only_the_row_whose_photo_was_replaced(tmp_path, capsys):
    photo(tmp_path / "a.jpg", (200, 40, 40))
    photo(tmp_path / "b.jpg", (40, 40, 200))
    path = sheet(tmp_path, [["Kopi Gayo", "15000", "Takengon", "a.jpg"], ["Gula Aren", "9000", "Banyumas", "b.jpg"]])
    out = tmp_path / "hasil"
    assert run(["batch", "produk-umkm", path, "--out", out, "--jobs", "0"], capsys)[0] == 0
    stamps = {n: (out / f"{n}.jpg").stat().st_mtime_ns for n in (2, 3)}
    photo(tmp_path / "b.jpg", (40, 160, 40))  # the same name, size class and format; new pixels
    assert run(["batch", "produk-umkm", path, "--out", out, "--jobs", "0", "--resume"], capsys)[0] == 0
    assert (out / "2.jpg").stat().st_mtime_ns == stamps[2]  # unchanged row: kept
    assert (out / "3.jpg").stat().st_mtime_ns != stamps[3]  # its photo changed: made again
    with Image.open(out / "3.jpg") as made:
        r, g, b = made.convert("RGB").getpixel((540, 300))
    assert g > r and g > b  # and it shows the new photo


def test_ctrl_c_stops_cleanly_and_keeps_what_is_done(tmp_path):
    path, out = _big_sheet(tmp_path, 60), tmp_path / "hasil"
    proc = _batch_process(path, out)
    _wait_for_rows(out, 6)
    os.killpg(proc.pid, signal.SIGINT)  # what a terminal's Ctrl+C sends to the whole group
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130 and "--resume" in err and "Traceback" not in err
    data = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert data["interrupted"] and 6 <= len(data["rows"]) < 60
    assert all((out / f).is_file() for r in data["rows"] for f in r["files"])


def test_the_same_rows_on_a_dask_cluster(tmp_path, umkm, capsys):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  silence_logs=40) as cluster:
        out = tmp_path / "dask"
        code, said, err = run(["batch", "produk-umkm", umkm, "--out", out, "--scheduler", cluster.scheduler_address,
                               "--formats", "portrait,story"], capsys)
        workers = list(cluster.workers.values())
    assert code == 1, err
    rows = report_rows(out)
    assert [rows[n]["status"] for n in (2, 3, 4, 5, 6, 7)] == ["ok", "ok", "ok", "failed", "blocked", "failed"]
    assert all((out / f).is_file() for n in (2, 3, 4) for f in rows[n]["files"])
    assert all(w.process is None or not w.process.is_alive() for w in workers)  # nothing left behind


def _row_svgs(plan):
    from app.batch import names as names_mod
    from app.batch.job import run_row
    from app.batch.plan import tasks
    from app.render.process import init_worker

    init_worker(())
    Path(plan.options.out_dir).mkdir(exist_ok=True)
    out = []
    for _row, task, _problems in tasks(plan, names_mod.NameBook()):
        task.want_svg, task.dry_run = True, False
        out.append(run_row(task).svg)
    return out


def test_what_the_sheet_leaves_out_stays_empty_never_the_sample(tmp_path):
    """A poster per UMKM must not carry the template's sample shop, place and handle."""
    from app.templating.library import Library

    path = sheet(tmp_path, [["Keripik Tempe Bu Sari", "15000"]], header=["Nama Produk", "Harga"])
    plan = prepare(Options("produk-umkm", path, tmp_path / "o"), Library())
    (svg,) = _row_svgs(plan)
    assert "Keripik Tempe Bu Sari" in svg and "Rp15.000" in svg
    for sample in ("Takengon", "kopigayo", "Dipetik merah", "Arabika"):
        assert sample not in svg


def test_a_base_design_gives_every_certificate_its_signatories(tmp_path, capsys):
    from app.model.design import Design
    from app.templating.library import Library

    base = tmp_path / "dasar.json"
    Design(template="sertifikat", fields={
        "penyelenggara": "Dinas Kominfo Kota Malang", "judul": "Sertifikat",
        "penandatangan": [{"nama": "Dr. Siti Aminah", "jabatan": "Kepala Dinas"},
                          {"nama": "Budi Santoso", "jabatan": "Ketua Panitia"}]}).save(base)
    path = sheet(tmp_path, [["Rina Marlina Sitompul", "Pelatihan Literasi Digital"],
                            ["Ahmad Fauzi", "Pelatihan Literasi Digital"]], header=["Nama", "Acara"])
    plan = prepare(Options("sertifikat", path, tmp_path / "o", formats=["a4-landscape"],
                           base_fields=Design.load(base).fields, maps=["Nama=nama"]), Library())
    svgs = _row_svgs(plan)
    assert all("Dr. Siti Aminah" in s and "Dinas Kominfo Kota Malang" in s for s in svgs)
    assert "Rina Marlina Sitompul" in svgs[0] and "Ahmad Fauzi" in svgs[1]
    code, said, _ = run(["batch", "sertifikat", path, "--out", tmp_path / "cli", "--design", base,
                         "--formats", "a4-landscape", "--name", "{nama}", "--jobs", "0"], capsys)
    assert code == 0 and (tmp_path / "cli" / "Ahmad Fauzi.jpg").is_file()


def test_two_rows_with_the_same_name_get_two_files(tmp_path, capsys):
    photo(tmp_path / "p.jpg")
    path = sheet(tmp_path, [["Batik Tulis", "1", "Solo", "p.jpg"], ["batik tulis", "2", "Solo", "p.jpg"],
                            ["Batik Tulis", "3", "Solo", "p.jpg"]])
    out = tmp_path / "o"
    code, _, _ = run(["batch", "produk-umkm", path, "--out", out, "--name", "{nama_produk}", "--jobs", "0"], capsys)
    assert code == 0
    assert sorted(p.name for p in out.glob("*.jpg")) == ["Batik Tulis-3.jpg", "Batik Tulis.jpg", "batik tulis-2.jpg"]


def test_a_second_probe_found_these_batch_inputs(tmp_path, capsys):
    """A FIFO or /dev/zero as a photo, a FIFO as the sheet, a width in --name, --jobs -1."""
    fifo = tmp_path / "pipa"
    os.mkfifo(fifo)
    for image in (str(fifo), "/dev/zero"):
        path = sheet(tmp_path, [["Kopi", "1", "Aceh", image]], name=f"s{len(image)}.csv")
        start = time.monotonic()
        code, _, _ = run(["batch", "produk-umkm", path, "--out", tmp_path / f"o{len(image)}", "--jobs", "0"], capsys)
        assert code == 1 and time.monotonic() - start < 10
    code, _, _ = run(["batch", "produk-umkm", fifo, "--out", tmp_path / "x", "--jobs", "0"], capsys)
    assert code == 2
    path = sheet(tmp_path, [["Kopi", "1", "Aceh", ""]], name="n.csv")
    code, _, err = run(["batch", "produk-umkm", path, "--out", tmp_path / "y", "--name", "{nama_produk:>999999999}",
                        "--jobs", "0"], capsys)
    assert code == 2 and "format" in err
    capsys.readouterr()
    for value in ("-1", "abc"):
        with pytest.raises(SystemExit) as exit_:
            main(["batch", "produk-umkm", str(path), "--out", str(tmp_path / "z"), "--jobs", value])
        assert exit_.value.code == 2
        assert f"'{value}' bukan bilangan bulat 0 sampai 256" in capsys.readouterr().err
