"""The one resolver of bundled data: templates, fonts, icons, lexicons, rules, duties,
translations, the app icon and the legal texts. Nothing else in the program builds a path to
bundled data.

The data lives in two data packages, app.bundled_templates (the top-level templates/ folder)
and app.bundled_resources (resources/), mapped by pyproject.toml. importlib.resources finds them
the same way in a source checkout (editable install), an installed wheel and a frozen
PyInstaller bundle. Qt and Jinja2 need real files, so a resource that is not already on disk
(a zipped install) is extracted once and kept for the life of the process.

LICENSE and THIRD-PARTY.md sit at the top of the repository, outside both data packages: the
wheel carries them as licence files (dist-info/licenses/, pyproject `license-files`) and a
PyInstaller bundle as a `legal/` data folder; `legal_text` reads them from wherever they are.
"""

from __future__ import annotations

import atexit
import sys
import threading
from contextlib import ExitStack
from importlib import metadata
from importlib import resources as importlib_resources
from pathlib import Path

from app.errors import DiplomatError

TEMPLATES_PACKAGE = "app.bundled_templates"
RESOURCES_PACKAGE = "app.bundled_resources"
DISTRIBUTION = "diplomat-studio"
APP_ID = "id.diplomatstudio.DiplomatStudio"  # the desktop file, metainfo, icon and MIME names
LEGAL_FILES = ("LICENSE", "THIRD-PARTY.md")
_FOLDER = {TEMPLATES_PACKAGE: "templates", RESOURCES_PACKAGE: "resources"}  # as the source tree names them

_lock = threading.Lock()
_roots: dict[str, Path] = {}
_extracted = ExitStack()
atexit.register(_extracted.close)


class ResourceMissing(DiplomatError):
    """A broken install: bundled data the program cannot work without is not there."""

    exit_code = 3

    def __init__(self, what: str):
        super().__init__(
            f"Data bawaan tidak ditemukan: {what}. Instalasi rusak; pasang ulang Diplomat Studio.",
            f"Bundled data not found: {what}. The installation is broken; reinstall Diplomat Studio.",
        )


def _root(package: str) -> Path:
    with _lock:
        root = _roots.get(package)
        if root is None:
            try:
                files = importlib_resources.files(package)
            except ModuleNotFoundError:
                raise ResourceMissing(_FOLDER[package]) from None
            root = files if isinstance(files, Path) else _extracted.enter_context(
                importlib_resources.as_file(files))
            _roots[package] = root = Path(root)
        return root


def resource(*parts: str) -> Path:
    """A file or folder under resources/, e.g. resource("checklist", "rules.toml")."""
    path = _root(RESOURCES_PACKAGE).joinpath(*parts)
    if not path.exists():
        raise ResourceMissing("/".join(("resources", *parts)))
    return path


def read_text(*parts: str) -> str:
    return resource(*parts).read_text(encoding="utf-8")


def templates_dir() -> Path:
    """The folder of bundled templates: one subfolder per template, plus _shared."""
    path = _root(TEMPLATES_PACKAGE)
    if not any(path.glob("*/manifest.toml")):
        raise ResourceMissing("templates")
    return path


def app_icon() -> Path:
    """The app icon (SVG); packaging/linux/icons holds its source and the PNG sizes."""
    return resource("icons", "app", f"{APP_ID}.svg")


def legal_text(name: str) -> str:
    """LICENSE or THIRD-PARTY.md, from the bundle, the checkout or the installed wheel."""
    if name not in LEGAL_FILES:
        raise ValueError(f"not a legal text: {name!r}")
    for path in _legal_candidates(name):
        if path.is_file():
            return path.read_text(encoding="utf-8")
    raise ResourceMissing(name)


def _legal_candidates(name: str):
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:  # a PyInstaller bundle: the spec puts both files in a legal/ data folder
        yield Path(frozen) / "legal" / name
    checkout = Path(__file__).resolve().parent.parent
    if (checkout / "pyproject.toml").is_file():  # a source checkout (or an editable install of one)
        yield checkout / name
    try:
        files = metadata.distribution(DISTRIBUTION).files or ()
    except metadata.PackageNotFoundError:
        return
    for file in files:  # an installed wheel: <dist-info>/licenses/<name>
        if file.name == name and file.parent.name == "licenses":
            yield Path(file.locate())
