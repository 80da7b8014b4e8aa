"""The batch window (Berkas → Produksi massal): a real CSV with real photos, mapped, previewed
row by row, checked, run, cancelled and closed mid-run, all through clicks, keys and combos.
Rows run in this process (jobs=0) except in the full run, which uses one worker process as the
app does."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QMessageBox, QPushButton, QSpinBox

from ui.batch_results import ResultsTable

from .conftest import answer_save_question, choose_files, collect_warnings, named, open_editor

ROWS = [  # as the spreadsheet app numbers them: the header is row 1
    ["Keripik Tempe", "15000", "foto/p0.jpg"],  # row 2
    ["Kopi Gayo", "85000", "foto/p1.jpg"],  # row 3
    ["Batik Tulis", "450000", "foto/hilang.jpg"],  # row 4: the photo is missing
    ["Gula Aren", "20000", "foto/p2.jpg"],  # row 5
]


def write_sheet(folder: Path, rows: list[list[str]], name: str = "produk.csv") -> Path:
    (folder / "foto").mkdir(exist_ok=True)
    for i, colour in enumerate([(200, 60, 40), (40, 160, 90), (30, 60, 200)]):
        Image.new("RGB", (1600, 1200), colour).save(folder / "foto" / f"p{i}.jpg", "JPEG", quality=85)
    path = folder / name
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Produk", "Harga", "Foto"])
        writer.writerows(rows)
    return path


@pytest.fixture
def sheet(tmp_path):
    return write_sheet(tmp_path, ROWS)


@pytest.fixture
def long_sheet(tmp_path):
    rows = [[f"Produk nomor {i}", str(10000 + i), f"foto/p{i % 3}.jpg"] for i in range(60)]
    return write_sheet(tmp_path, rows, "panjang.csv")


def choose(qtbot, combo: QComboBox, text: str) -> None:
    """Open the combo's list with the keyboard, walk down to the item and press Enter, as a
    keyboard user does (typing the text would not do: a space opens the list)."""
    index = combo.findText(text)
    assert index >= 0, f"{text!r} not in {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    qtbot.keyClick(view, Qt.Key.Key_Home)
    for _ in range(index):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not view.isVisible())
    assert combo.currentText() == text


def open_batch(qtbot, win, jobs: int = 0):
    bw = win.open_batch(jobs=jobs)
    qtbot.waitExposed(bw)
    return bw


def load_sheet(qtbot, monkeypatch, bw, path: Path, template: str = "Poster Produk Lokal") -> None:
    choose(qtbot, named(bw, QComboBox, "Template"), template)
    choose_files(monkeypatch, open_=path)
    with qtbot.waitSignal(bw.session.loaded, timeout=15000):
        qtbot.mouseClick(named(bw, QPushButton, "Pilih lembar kerja"), Qt.MouseButton.LeftButton)


def map_product_name(qtbot, bw) -> None:
    choose(qtbot, named(bw, QComboBox, "Nama produk"), "Produk")


def shown_name(bw) -> str | None:
    report = bw.preview.report
    box = next((b for b in report.text_boxes if b.field == "nama_produk"), None) if report else None
    return " ".join(box.lines) if box else None


def go_to_row(qtbot, bw, number: int) -> None:
    spin = named(bw, QSpinBox, "Nomor baris")
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(number))
    qtbot.keyClick(spin, Qt.Key.Key_Return)


def click(qtbot, bw, name: str) -> None:
    button = named(bw, QPushButton, name)
    assert button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def run_and_wait(qtbot, bw, button: str, timeout: int = 60000):
    with qtbot.waitSignal(bw.job.finished, timeout=timeout) as finished:
        click(qtbot, bw, button)
    return finished.args[1]


def test_opens_with_its_shortcut_on_the_editor_template_and_fits_a_small_screen(qtbot, window):
    open_editor(qtbot, window, "produk-umkm")
    file_menu = window.menuBar().actions()[0].menu()
    assert "&Produksi massal…" in [a.text() for a in file_menu.actions()]
    assert window.batch_action.shortcut().toString() == "Ctrl+Shift+B"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.batch_window is not None and window.batch_window.isVisible())
    bw = window.batch_window
    assert named(bw, QComboBox, "Template").currentData() == "produk-umkm"
    hint = bw.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 700, hint
    assert bw.width() <= 1366 and bw.height() <= 768
    assert not named(bw, QPushButton, "Mulai produksi").isEnabled()  # no sheet yet


def test_mapping_the_required_column_enables_start_and_the_preview_follows_the_row(qtbot, window, sheet,
                                                                                  monkeypatch):
    bw = open_batch(qtbot, window)
    load_sheet(qtbot, monkeypatch, bw, sheet)
    start = named(bw, QPushButton, "Mulai produksi")
    assert named(bw, QComboBox, "Harga (rupiah)").currentText() == "Harga"  # auto-mapped by key
    assert named(bw, QComboBox, "Foto produk").currentText() == "Foto"
    assert named(bw, QComboBox, "Nama produk").currentText() == "— tidak dipakai —"
    assert not start.isEnabled()
    missing = named(bw, QLabel, "Isian wajib tanpa kolom")
    assert missing.isVisible() and "Nama produk" in missing.text()
    assert "Produk" in named(bw, QLabel, "Kolom yang tidak dipakai").text()
    assert "4 baris data" in named(bw, QLabel, "Catatan pembacaan lembar").text()
    assert "UTF-8" in named(bw, QLabel, "Catatan pembacaan lembar").text()  # how the sheet was read

    map_product_name(qtbot, bw)
    assert start.isEnabled() and not missing.isVisible()
    assert bw.session.mapping == {"nama_produk": "Produk", "harga": "Harga", "foto": "Foto"}
    qtbot.waitUntil(lambda: shown_name(bw) == "Keripik Tempe", timeout=15000)  # the first row

    go_to_row(qtbot, bw, 3)
    qtbot.waitUntil(lambda: shown_name(bw) == "Kopi Gayo", timeout=15000)
    status = named(bw, QLabel, "Status baris")
    assert bw.preview.shown_row == 3 and status.text().startswith("Baris 3: belum diperiksa")
    click(qtbot, bw, "Baris berikutnya")  # row 4: its photo is missing
    qtbot.waitUntil(lambda: bw.preview.shown_row == 4 and "tidak ditemukan" in status.text(), timeout=15000)
    assert bw.preview.report is None
    click(qtbot, bw, "Baris sebelumnya")
    qtbot.waitUntil(lambda: shown_name(bw) == "Kopi Gayo", timeout=15000)
    spin = named(bw, QSpinBox, "Nomor baris")
    assert (spin.minimum(), spin.maximum()) == (2, 5)  # numbered as in the spreadsheet app
    go_to_row(qtbot, bw, 5)
    qtbot.waitUntil(lambda: shown_name(bw) == "Gula Aren", timeout=15000)
    assert bw.preview.position.text() == "4 dari 4"

    choose(qtbot, named(bw, QComboBox, "Nama produk"), "— tidak dipakai —")
    assert not start.isEnabled() and "Nama produk" in missing.text()


def test_the_dry_run_lists_the_missing_photo_and_jumps_to_problems(qtbot, window, sheet, monkeypatch):
    bw = open_batch(qtbot, window)
    load_sheet(qtbot, monkeypatch, bw, sheet)
    map_product_name(qtbot, bw)
    pre = run_and_wait(qtbot, bw, "Periksa dulu")
    assert [r.number for r in pre.rows] == [2, 3, 4, 5]
    table = named(bw, ResultsTable, "Hasil pemeriksaan")
    assert table.numbers() == [2, 3, 4, 5]
    line = table.numbers().index(4)
    assert table.item(line, 1).text() == "gagal"
    assert "hilang.jpg" in table.item(line, 2).text() and "tidak ditemukan" in table.item(line, 3).text()
    assert table.item(table.numbers().index(3), 1).text() in ("siap", "perlu dicek")
    assert not (sheet.parent / "produk-hasil").exists()  # a dry run writes nothing
    assert "Pemeriksaan selesai: 4 baris" in named(bw, QLabel, "Keterangan produksi").text()

    assert bw.session.current_row == 2
    click(qtbot, bw, "Masalah berikutnya")
    assert bw.session.current_row == 4
    assert named(bw, QLabel, "Status baris").text().startswith("Baris 4: gagal")
    cell = table.visualItemRect(table.item(table.numbers().index(3), 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert bw.session.current_row == 3
    qtbot.waitUntil(lambda: shown_name(bw) == "Kopi Gayo", timeout=15000)


def test_a_run_writes_every_row_and_offers_the_folder_and_report(qtbot, window, sheet, tmp_path, monkeypatch):
    bw = open_batch(qtbot, window, jobs=1)  # one worker process, as the app runs it
    load_sheet(qtbot, monkeypatch, bw, sheet)
    map_product_name(qtbot, bw)
    out = tmp_path / "poster"
    out.mkdir()
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getExistingDirectory", lambda *a, **k: str(out))
    click(qtbot, bw, "Pilih folder keluaran")
    assert named(bw, QLineEdit, "Folder keluaran").text() == str(out)
    named(bw, QLineEdit, "Pola nama berkas").setText("{nama_produk}")
    summary = run_and_wait(qtbot, bw, "Mulai produksi", timeout=120000)
    assert summary.counts()["failed"] == 1 and not summary.interrupted
    made = {"Keripik Tempe.jpg", "Kopi Gayo.jpg", "Gula Aren.jpg"}
    assert made <= {p.name for p in out.iterdir()} and not (out / "Batik Tulis.jpg").exists()
    assert (out / "report.html").is_file()
    progress = bw.run_panel.progress
    assert (progress.value(), progress.maximum()) == (4, 4)
    assert named(bw, QLabel, "Keterangan produksi").text().startswith("Selesai: 3 siap")
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    click(qtbot, bw, "Buka folder")
    click(qtbot, bw, "Buka laporan")
    assert opened == [str(out), str(out / "report.html")]
    assert bw.session.results[4].status == "failed"  # the table now shows the run


def test_cancel_stops_a_long_run_and_keeps_the_finished_rows(qtbot, window, long_sheet, monkeypatch):
    bw = open_batch(qtbot, window)
    load_sheet(qtbot, monkeypatch, bw, long_sheet)
    map_product_name(qtbot, bw)
    with qtbot.waitSignal(bw.job.finished, timeout=60000) as finished:
        click(qtbot, bw, "Mulai produksi")
        qtbot.waitUntil(lambda: bw.job.done >= 2, timeout=30000)
        assert "baris/detik" in named(bw, QLabel, "Laju dan sisa waktu").text()
        go_to_row(qtbot, bw, 30)  # the window answers while rows are made
        qtbot.waitUntil(lambda: shown_name(bw) == "Produk nomor 28", timeout=15000)
        click(qtbot, bw, "Batalkan")
    summary = finished.args[1]
    out = long_sheet.parent / "panjang-hasil"
    assert summary.interrupted and 2 <= len(summary.rows) < 60
    assert len(list(out.glob("*.jpg"))) == len(summary.rows)
    assert (out / "report.html").is_file()
    text = named(bw, QLabel, "Keterangan produksi").text()
    assert text.startswith(f"Dihentikan: {len(summary.rows)} dari 60 baris selesai")
    assert "Baris yang sudah jadi tetap tersimpan" in text
    assert named(bw, QPushButton, "Buka laporan").isEnabled()


def test_closing_during_a_run_asks_and_no_keeps_it_running(qtbot, window, long_sheet, monkeypatch):
    bw = open_batch(qtbot, window)
    load_sheet(qtbot, monkeypatch, bw, long_sheet)
    map_product_name(qtbot, bw)
    click(qtbot, bw, "Mulai produksi")
    qtbot.waitUntil(lambda: bw.job.done >= 1, timeout=30000)
    asked = answer_save_question(monkeypatch, QMessageBox.StandardButton.No)
    assert not bw.close()
    assert len(asked) == 1 and "masih berjalan" in asked[0]
    assert bw.isVisible() and bw.job.running and not bw.job.cancelled
    done = bw.job.done
    qtbot.waitUntil(lambda: bw.job.done > done, timeout=30000)  # still making rows
    asked = answer_save_question(monkeypatch, QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(bw.job.finished, timeout=60000) as finished:
        bw.close()
    qtbot.waitUntil(lambda: not bw.isVisible(), timeout=5000)
    assert len(asked) == 1 and finished.args[1].interrupted and len(finished.args[1].rows) < 60
    assert (long_sheet.parent / "panjang-hasil" / "report.html").is_file()


def test_a_sheet_that_cannot_be_read_says_why_in_the_users_language(qtbot, make_window, tmp_path, monkeypatch):
    bad = tmp_path / "ganda.csv"
    bad.write_text("Produk,Produk,Harga\nA,B,1\n", encoding="utf-8")
    shown = collect_warnings(monkeypatch)
    bw = open_batch(qtbot, make_window("en"))
    assert named(bw, QPushButton, "Check first").text() == "Check first"
    choose_files(monkeypatch, open_=bad)
    qtbot.mouseClick(named(bw, QPushButton, "Choose the spreadsheet"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=15000)
    assert "appears twice" in shown[0] and "Traceback" not in shown[0]
    assert bw.session.sheet is None and not named(bw, QPushButton, "Start the batch").isEnabled()


def test_a_workbook_with_several_worksheets_offers_them(qtbot, window, tmp_path, monkeypatch):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    book.active.title = "Ringkasan"
    book.active.append(["Catatan"])
    book.active.append(["dibuat untuk pameran"])
    products = book.create_sheet("Produk")
    products.append(["Nama produk", "Harga"])
    products.append(["Kopi Gayo", 85000])
    path = tmp_path / "toko.xlsx"
    book.save(path)
    bw = open_batch(qtbot, window)
    load_sheet(qtbot, monkeypatch, bw, path)
    worksheets = named(bw, QComboBox, "Lembar di dalam berkas")
    assert worksheets.isVisible() and [worksheets.itemText(i) for i in range(worksheets.count())] == \
        ["Ringkasan", "Produk"]
    with qtbot.waitSignal(bw.session.loaded, timeout=15000):
        choose(qtbot, worksheets, "Produk")
    assert bw.session.columns == ["Nama produk", "Harga"]
    assert named(bw, QComboBox, "Nama produk").currentText() == "Nama produk"
    assert named(bw, QPushButton, "Mulai produksi").isEnabled()


def test_start_after_a_cancel_carries_on_and_makes_only_what_is_missing(qtbot, window, long_sheet, monkeypatch):
    bw = open_batch(qtbot, window)
    load_sheet(qtbot, monkeypatch, bw, long_sheet)
    map_product_name(qtbot, bw)
    assert named(bw, QCheckBox, "Lewati baris yang sudah jadi").isChecked()  # on by default
    with qtbot.waitSignal(bw.job.finished, timeout=60000) as first:
        click(qtbot, bw, "Mulai produksi")
        qtbot.waitUntil(lambda: bw.job.done >= 2, timeout=30000)
        click(qtbot, bw, "Batalkan")
    out = long_sheet.parent / "panjang-hasil"
    made = {p.name: p.stat().st_mtime_ns for p in out.glob("*.jpg")}
    assert first.args[1].interrupted and len(made) >= 2
    with qtbot.waitSignal(bw.job.finished, timeout=180000) as second:
        click(qtbot, bw, "Mulai produksi")
    assert not second.args[1].interrupted and len(second.args[1].rows) == 60
    assert len(list(out.glob("*.jpg"))) == 60
    assert {name: (out / name).stat().st_mtime_ns for name in made} == made  # not made again
