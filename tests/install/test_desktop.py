"""Desktop integration (packaging/linux): the files validate with the tools desktops use, `make
install-desktop` puts each one in place under XDG_DATA_HOME, and a .diplomat file is then known
as a project. A tool that is not installed skips its check and says which package has it."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import tomllib
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from PIL import Image

from app import resources

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
APP_ID = resources.APP_ID
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME = LINUX / f"{APP_ID}.mime.xml"
SIZES = (16, 32, 48, 64, 128, 256, 512)


def _tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (Debian/Ubuntu: apt-get install {package})")
    return path


def _run(cmd, **kw) -> subprocess.CompletedProcess:
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120, **kw)
    assert proc.returncode == 0, f"{cmd}\n{proc.stdout}\n{proc.stderr}"
    return proc


def test_desktop_file_validates():
    proc = _run([_tool("desktop-file-validate", "desktop-file-utils"), str(DESKTOP)])
    assert "error" not in proc.stdout + proc.stderr


def test_metainfo_validates_even_pedantically():
    proc = _run([_tool("appstreamcli", "appstream"), "validate", "--no-net", "--pedantic", str(METAINFO)])
    # the one pedantic note we accept: the component id has capitals (the brief's id, as
    # org.gnome.Nautilus has); anything more is new and must be looked at
    notes = [line for line in proc.stdout.splitlines() if line[:2] in ("E:", "W:", "I:", "P:")]
    assert [n.split()[2] for n in notes] in ([], ["cid-contains-uppercase-letter"]), proc.stdout


def test_desktop_entry_says_what_the_brief_asks():
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(DESKTOP, encoding="utf-8")
    d = entry["Desktop Entry"]
    assert d["Exec"] == "diplomat-studio %f" and d["Icon"] == APP_ID
    assert d["Categories"] == "Graphics;Office;" and d["MimeType"] == "application/x-diplomat-project;"
    assert d["Comment"] != d["Comment[en]"] and "Keywords[en]" in d and "GenericName[en]" in d


def test_metainfo_releases_follow_the_changelog():
    root = ET.parse(METAINFO).getroot()
    releases = [r.get("version") for r in root.iter("release")]
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    headings = [line[3:].strip() for line in (ROOT / "CHANGELOG.md").read_text(encoding="utf-8").splitlines()
                if line.startswith("## ")]
    # CHANGELOG names the version being made "Unreleased"; it is pyproject's version
    assert releases == [version if h == "Unreleased" else h for h in headings]
    assert root.findtext("id") == APP_ID and root.find("launchable").text == DESKTOP.name
    shots = LINUX / "screenshots"
    for image in root.iter("image"):  # every screenshot URL has its picture committed here
        assert image.text.startswith("https://")
        with Image.open(shots / image.text.rsplit("/", 1)[1]) as im:
            assert im.size == (int(image.get("width")), int(image.get("height"))) == (1366, 768)


def test_icon_sizes_are_rendered_from_the_svg_and_the_app_has_the_same_svg():
    for size in SIZES:
        with Image.open(LINUX / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png") as im:
            assert im.size == (size, size) and im.mode == "RGBA"
    source = LINUX / "icons" / f"{APP_ID}.svg"
    assert resources.app_icon().read_bytes() == source.read_bytes(), "run tools/make_icons.py"


def _install(data_home: Path, target: str = "install-desktop") -> None:
    env = {**os.environ, "XDG_DATA_HOME": str(data_home)}
    _run(["make", "--no-print-directory", "-C", str(ROOT), target, "DESKTOP_EXEC=/opt/diplomat/diplomat-studio"],
         env=env)


def _installed_files(data_home: Path) -> list[Path]:
    files = [data_home / "applications" / DESKTOP.name, data_home / "metainfo" / METAINFO.name,
             data_home / "mime" / "packages" / f"{APP_ID}.xml",
             data_home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"]
    return files + [data_home / "icons" / "hicolor" / f"{s}x{s}" / "apps" / f"{APP_ID}.png" for s in SIZES]


def test_install_desktop_places_every_file_and_uninstall_removes_them(tmp_path):
    data_home = tmp_path / "share"
    _install(data_home)
    for path in _installed_files(data_home):
        assert path.is_file(), path
    launcher = (data_home / "applications" / DESKTOP.name).read_text(encoding="utf-8")
    assert "\nExec=/opt/diplomat/diplomat-studio %f\n" in launcher
    assert "\nTryExec=/opt/diplomat/diplomat-studio\n" in launcher
    if shutil.which("update-mime-database"):
        globs = (data_home / "mime" / "globs2").read_text(encoding="utf-8").splitlines()
        weight = next(int(g.split(":")[0]) for g in globs if g.endswith(":application/x-diplomat-project:*.diplomat"))
        assert weight > 50  # above the default glob weight, so the zip magic does not win
    _install(data_home, "uninstall-desktop")
    assert not any(path.exists() for path in _installed_files(data_home))


def test_a_diplomat_file_is_a_project_after_install(tmp_path):
    xdg_mime = _tool("xdg-mime", "xdg-utils")
    _tool("update-mime-database", "shared-mime-info")
    data_home = tmp_path / "share"
    _install(data_home)
    project = tmp_path / "x.diplomat"
    with zipfile.ZipFile(project, "w") as zf:  # a project is a zip: the name must beat the magic
        zf.writestr("design.json", "{}")
    env = {**os.environ, "XDG_DATA_HOME": str(data_home)}
    said = _run([xdg_mime, "query", "filetype", str(project)], env=env, cwd=tmp_path).stdout.strip()
    if said == "application/zip" and not shutil.which("mimetype") and not shutil.which("gio"):
        pytest.skip("xdg-mime fell back to file(1), which does not read shared-mime-info "
                    "(apt-get install libfile-mimeinfo-perl)")
    assert said == "application/x-diplomat-project"
