"""Projects: `.diplomat` files, a zip with the design JSON and every image it uses, so a
project moves to another laptop whole. Saves are atomic; a project from a newer app or a
damaged file is refused with a clear error and never overwritten."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from pathlib import Path, PurePosixPath

from app import atomic
from app.errors import DesignError
from app.model.design import SCHEMA_VERSION, Design, ImageRef

DESIGN_NAME = "design.json"
IMAGES_DIR = "gambar"
MAX_PROJECT_BYTES = 300 * 1024 * 1024
SUFFIX = ".diplomat"


def _image_name(path: Path) -> str:
    digest = hashlib.sha256(path.read_bytes()).hexdigest()[:12]
    return f"{IMAGES_DIR}/{digest}{path.suffix.lower() or '.img'}"


def save(design: Design, path: Path) -> None:
    """Write `design` and its images into `path` atomically."""
    path = Path(path)
    data = design.to_dict()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        refs = [("images", key, ref) for key, ref in design.images.items()]
        if design.brand.logo:
            refs.append(("brand", "logo", design.brand.logo))
        written: set[str] = set()
        for kind, key, ref in refs:
            source = _resolve(design, ref)
            if not source.is_file():
                raise DesignError(f"Gambar '{key}' tidak ditemukan: {source}",
                                  f"Image '{key}' not found: {source}")
            name = _image_name(source)
            if name not in written:
                archive.write(source, name)
                written.add(name)
            target = data["images"][key] if kind == "images" else data["brand"]["logo"]
            target["path"] = name
        archive.writestr(DESIGN_NAME, json.dumps(data, ensure_ascii=False, indent=2))
    atomic.write_bytes(path, buf.getvalue())


def _resolve(design: Design, ref: ImageRef) -> Path:
    source = Path(ref.path).expanduser()
    if not source.is_absolute() and design.base_dir is not None:
        source = design.base_dir / source
    return source


def load(path: Path, unpack_dir: Path) -> Design:
    """Open a project; its images are unpacked into `unpack_dir` (a folder the app owns)."""
    path = Path(path)
    try:
        archive = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise DesignError(f"Proyek tidak ditemukan: {path}", f"Project not found: {path}") from None
    except (OSError, zipfile.BadZipFile):
        raise _damaged(path) from None
    with archive:
        if sum(i.file_size for i in archive.infolist()) > MAX_PROJECT_BYTES:
            raise _damaged(path)
        try:
            data = json.loads(archive.read(DESIGN_NAME).decode("utf-8"))
        except (KeyError, UnicodeDecodeError, json.JSONDecodeError, zipfile.BadZipFile):
            raise _damaged(path) from None
        version = data.get("schema_version") if isinstance(data, dict) else None
        if isinstance(version, int) and version > SCHEMA_VERSION:
            raise DesignError(
                f"Proyek {path.name} dibuat oleh Diplomat Studio yang lebih baru. Perbarui aplikasi; "
                "berkas ini tidak diubah.",
                f"Project {path.name} was made by a newer Diplomat Studio. Update the app; the file "
                "was not changed.")
        unpack_dir.mkdir(parents=True, exist_ok=True)
        for info in archive.infolist():
            name = PurePosixPath(info.filename)
            if name.parts[:1] == (IMAGES_DIR,) and len(name.parts) == 2 and ".." not in name.parts:
                target = unpack_dir / name.name
                if not target.exists():
                    atomic.write_bytes(target, archive.read(info))
    design = Design.from_dict(data)
    for ref in list(design.images.values()) + ([design.brand.logo] if design.brand.logo else []):
        ref.path = str(unpack_dir / PurePosixPath(ref.path).name)
    return design


def _damaged(path: Path) -> DesignError:
    return DesignError(f"Proyek {path.name} rusak dan tidak bisa dibuka. Berkas tidak diubah.",
                       f"Project {path.name} is damaged and cannot be opened. The file was not changed.")
