"""The core outside the checkout: build the wheel, install it (no -e) into a throwaway venv, and
use every command from another folder with a clean HOME, in both languages. This is what the
batch workers, the bundle and a `pip install` user get; a checkout hides missing package data.

pip's cache is reused (the dependencies were downloaded when .venv was made), so the install
takes well under the 2 minutes the issue allows."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest
from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
IGNORE = shutil.ignore_patterns(".venv", ".git", "build", "dist", "*.egg-info", "__pycache__", "out",
                                ".hypothesis", ".ruff_cache")
READ = ("from app import resources; import sys; "
        "sys.stdout.write(resources.legal_text(sys.argv[1]))")


def _run(cmd, **kw):
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=300, **kw)
    assert proc.returncode == 0, f"{cmd}\n{proc.stdout}\n{proc.stderr}"
    return proc


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    src = tmp_path_factory.mktemp("src") / "diplomat-studio"
    shutil.copytree(ROOT, src, ignore=IGNORE)  # build from a copy: nothing is written into the checkout
    out = tmp_path_factory.mktemp("dist")
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(src)])
    (whl,) = out.glob("diplomat_studio-*.whl")
    return whl


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory):
    """A fresh venv with the wheel and its declared dependencies, nothing else."""
    where = tmp_path_factory.mktemp("venv") / "v"
    venv.EnvBuilder(with_pip=True).create(where)
    py = where / "bin" / "python"
    _run([str(py), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", str(wheel)])
    home = tmp_path_factory.mktemp("clean-home")
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    env = {"HOME": str(home), "PATH": f"{where / 'bin'}:/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen",
           "LANG": "C.UTF-8"}
    return where / "bin", elsewhere, env


def test_wheel_carries_all_bundled_data(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    data = "app/bundled_resources/"
    for needed in ("duties.toml", "checklist/rules.toml", "checklist/laporan.html.j2", "fonts/fonts.toml",
                   "fonts/inter/Inter-Regular.otf", "fonts/inter/LICENSE.debian-copyright",
                   "icons/LICENSE", "lexicons/slang.toml", "translations/diplomat_en.qm"):
        assert data + needed in names, needed
    manifests = {n.split("/")[2] for n in names if n.startswith("app/bundled_templates/") and
                 n.endswith("/manifest.toml")}
    assert manifests == {p.parent.name for p in (ROOT / "templates").glob("*/manifest.toml")}
    packages = {str(p.parent.relative_to(ROOT)).replace("/", ".") for p in ROOT.glob("app/**/__init__.py")}
    packages |= {"ui"}
    assert packages <= {n.rsplit("/", 1)[0].replace("/", ".") for n in names if n.endswith("__init__.py")}
    assert not any("__pycache__" in n for n in names)


def test_every_command_runs_from_the_installed_wheel(installed, tmp_path):
    bin_dir, elsewhere, env = installed
    diplomat = str(bin_dir / "diplomat")
    listed = _run([diplomat, "templates", "list", "--json"], cwd=elsewhere, env=env)
    ids = {t["id"] for t in json.loads(listed.stdout)}
    # every template folder of the checkout is in the wheel's data
    in_checkout = {p.parent.name for p in (ROOT / "templates").glob("*/manifest.toml")}
    assert {"produk-umkm", "sertifikat", "promo-diskon"} <= ids and ids == in_checkout
    duties = _run([diplomat, "duties", "--lang", "en"], cwd=elsewhere, env=env).stdout
    assert "Komunikonten" in duties
    out = tmp_path / "poster.jpg"
    said = _run([diplomat, "render", "produk-umkm", "--format", "portrait", "--lang", "en", "--out", str(out)],
                cwd=elsewhere, env=env).stdout
    assert said.startswith("Written:")
    with Image.open(out) as im:
        assert im.size == (1080, 1350) and im.convert("L").getextrema()[1] - im.convert("L").getextrema()[0] > 100
    check = subprocess.run([diplomat, "check", "produk-umkm", "--json"], cwd=elsewhere, env=env,
                           capture_output=True, text=True, timeout=120)
    assert check.returncode == 0, check.stderr
    assert "A3" in {f["rule"] for f in json.loads(check.stdout)["findings"]}  # no alt text yet
    pdf = tmp_path / "a4.pdf"
    _run([diplomat, "render", "sertifikat", "--format", "a4-landscape", "--out", str(pdf)], cwd=elsewhere, env=env)
    assert pdf.read_bytes().startswith(b"%PDF")


def test_the_other_commands_run_from_the_wheel_in_both_languages(installed, tmp_path):
    bin_dir, elsewhere, env = installed
    diplomat = str(bin_dir / "diplomat")
    shown = _run([diplomat, "templates", "show", "produk-umkm", "--lang", "en"], cwd=elsewhere, env=env).stdout
    assert "Fields:" in shown and "nama_produk" in shown
    site = next((bin_dir.parent / "lib").glob("python3*/site-packages"))
    linted = _run([diplomat, "templates", "lint", str(site / "app/bundled_templates/kartu-fakta")],
                  cwd=elsewhere, env=env).stdout
    assert "kartu-fakta: lolos" in linted
    thumbs = _run([diplomat, "templates", "thumbnails", "--lang", "en"], cwd=elsewhere, env=env).stdout
    assert " built, 0 reused" in thumbs
    pack = tmp_path / "paket.zip"
    _run([diplomat, "templates", "export", "kartu-fakta", "--out", str(pack)], cwd=elsewhere, env=env)
    imported = _run([diplomat, "templates", "import", str(pack), "--lang", "en"], cwd=elsewhere, env=env).stdout
    assert imported.startswith("Installed: kartu-fakta")
    listed = json.loads(_run([diplomat, "templates", "list", "--json"], cwd=elsewhere, env=env).stdout)
    assert {t["id"]: t["source"] for t in listed}["kartu-fakta"] == "user"
    kit = _run([diplomat, "publish", "produk-umkm", "--formats", "square,story", "--types", "jpg,pdf",
                "--alt-text", "Kemasan kopi dan secangkir kopi di meja kayu.", "--out", str(tmp_path / "kit")],
               cwd=elsewhere, env=env).stdout
    assert kit.startswith("Paket terbit:") and "(8)" in kit
    checked = _run([diplomat, "check", "produk-umkm", "--lang", "en"], cwd=elsewhere, env=env).stdout
    assert checked.startswith("Verdict:")


def test_desktop_self_test_runs_in_english_from_the_wheel(installed):
    bin_dir, elsewhere, env = installed
    config = Path(env["HOME"]) / ".config" / "diplomat-studio"
    config.mkdir(parents=True, exist_ok=True)
    (config / "settings.json").write_text(json.dumps({"schema_version": 1, "language": "en"}))
    proc = _run([str(bin_dir / "diplomat-studio"), "--self-test"], cwd=elsewhere, env=env)
    assert "self-test: OK" in proc.stdout


def test_a_missing_bundled_resource_is_one_line_and_exit_3(installed, tmp_path):
    bin_dir, elsewhere, env = installed
    site = next((bin_dir.parent / "lib").glob("python3*/site-packages"))
    rules = site / "app" / "bundled_resources" / "checklist" / "rules.toml"
    hidden = tmp_path / "rules.toml"
    post = tmp_path / "post.txt"
    post.write_text("SEBARKAN sebelum dihapus! Info dari grup sebelah, belum tentu benar.", encoding="utf-8")
    shutil.move(rules, hidden)
    try:
        proc = subprocess.run([str(bin_dir / "diplomat"), "check", "--text-file", str(post)], cwd=elsewhere,
                              env=env, capture_output=True, text=True, timeout=120)
    finally:
        shutil.move(hidden, rules)
    assert proc.returncode == 3
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "resources/checklist/rules.toml" in lines[0] and "pasang ulang" in lines[0]


def test_no_bundled_templates_is_an_error_not_an_empty_list(installed, tmp_path):
    bin_dir, elsewhere, env = installed
    site = next((bin_dir.parent / "lib").glob("python3*/site-packages"))
    bundled = site / "app" / "bundled_templates"
    shutil.move(bundled, tmp_path / "t")
    try:
        proc = subprocess.run([str(bin_dir / "diplomat"), "templates", "list", "--lang", "en"], cwd=elsewhere,
                              env=env, capture_output=True, text=True, timeout=120)
    finally:
        shutil.move(tmp_path / "t", bundled)
    assert proc.returncode == 3 and proc.stdout == ""
    assert proc.stderr.strip() == ("diplomat: Bundled data not found: templates. "
                                   "The installation is broken; reinstall Diplomat Studio.")


def test_the_wheel_carries_both_legal_texts_and_the_app_icon(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    licenses = {n.split("/")[-1] for n in names if n.split("/")[0].endswith(".dist-info") and "/licenses/" in n}
    assert licenses == {"LICENSE", "THIRD-PARTY.md"}
    assert "app/bundled_resources/icons/app/id.diplomatstudio.DiplomatStudio.svg" in names
    metadata = next(n for n in names if n.endswith(".dist-info/METADATA"))
    text = zipfile.ZipFile(wheel).read(metadata).decode()
    assert "License-Expression: GPL-3.0-or-later" in text and "License-File: THIRD-PARTY.md" in text


def test_an_installed_wheel_reads_the_legal_texts_through_the_resolver(installed, tmp_path):
    bin_dir, elsewhere, env = installed
    for name in ("LICENSE", "THIRD-PARTY.md"):
        got = _run([str(bin_dir / "python"), "-c", READ, name], cwd=elsewhere, env=env).stdout
        assert got == (ROOT / name).read_text(encoding="utf-8"), name
    site = next((bin_dir.parent / "lib").glob("python3*/site-packages"))
    assert not (site / "pyproject.toml").exists()  # so it was the dist-info copy, not a checkout
