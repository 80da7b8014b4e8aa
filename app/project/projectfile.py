"""Projects: `.diplomat` files, a zip with the design JSON and every image it uses, so a
project moves to another laptop whole. Saves are atomic; a project from a newer app or a
damaged file is refused with a clear error and never overwritten."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
import zlib
from pathlib import Path, PurePosixPath

from PIL import Image, UnidentifiedImageError

from app import atomic, fsguard
from app.errors import DesignError
from app.model.design import SCHEMA_VERSION, Design, ImageRef
from app.render import images

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
    source = fsguard.user_path(ref.path)
    if not source.is_absolute() and design.base_dir is not None:
        source = design.base_dir / source
    return source


def load(path: Path, unpack_dir: Path) -> Design:
    """Open a project; its images are unpacked into `unpack_dir` (a folder the app owns).
    Whatever is wrong inside the zip, the answer is the "damaged project" error naming the part,
    and the file is never written to."""
    path = Path(path)
    try:
        fsguard.regular_file(path, MAX_PROJECT_BYTES)
    except fsguard.NotAFile as exc:
        raise DesignError(exc.id_text, exc.en_text) from None
    try:
        archive = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise DesignError(f"Proyek tidak ditemukan: {path}", f"Project not found: {path}") from None
    except (OSError, zipfile.BadZipFile, ValueError, EOFError):
        raise _damaged(path) from None
    with archive:
        if sum(i.file_size for i in archive.infolist()) > MAX_PROJECT_BYTES:
            raise _damaged(path, "ukurannya di luar batas", "it is over the size limit")
        data = _design_json(archive, path)
        version = data.get("schema_version") if isinstance(data, dict) else None
        if isinstance(version, int) and version > SCHEMA_VERSION:
            raise DesignError(
                f"Proyek {path.name} dibuat oleh Diplomat Studio yang lebih baru. Perbarui aplikasi; "
                "berkas ini tidak diubah.",
                f"Project {path.name} was made by a newer Diplomat Studio. Update the app; the file "
                "was not changed.")
        try:
            design = Design.from_dict(data)
        except DesignError as exc:
            why = getattr(exc, "why", (exc.id_text, exc.en_text))
            raise _damaged(path, f"{DESIGN_NAME}: {why[0]}", f"{DESIGN_NAME}: {why[1]}") from None
        _unpack_images(archive, path, unpack_dir)
    for ref in list(design.images.values()) + ([design.brand.logo] if design.brand.logo else []):
        ref.path = str(unpack_dir / PurePosixPath(ref.path).name)
    return design


def _design_json(archive: zipfile.ZipFile, path: Path):
    try:
        return json.loads(_read_member(archive, archive.getinfo(DESIGN_NAME), path).decode("utf-8"))
    except KeyError:
        raise _damaged(path, f"{DESIGN_NAME} tidak ada", f"{DESIGN_NAME} is missing") from None
    except (ValueError, RecursionError):  # bad JSON or UTF-8, a 5,000-digit number, deep nesting
        raise _damaged(path, f"{DESIGN_NAME} tidak bisa dibaca", f"{DESIGN_NAME} cannot be read") from None


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path) -> bytes:
    """One entry's bytes; a bad CRC, a broken deflate stream, encryption or an unknown
    compression method all become the damaged-project error naming that entry."""
    try:
        return archive.read(info)
    except (zipfile.BadZipFile, zlib.error, EOFError, RuntimeError, NotImplementedError, ValueError, OSError):
        raise _damaged(path, f"bagian '{info.filename}' rusak", f"the part '{info.filename}' is damaged") from None


def _unpack_images(archive: zipfile.ZipFile, path: Path, unpack_dir: Path) -> None:
    """Write each image entry into `unpack_dir`, after checking that a safe decoder opens it."""
    unpack_dir.mkdir(parents=True, exist_ok=True)
    for info in archive.infolist():
        name = PurePosixPath(info.filename)
        if name.parts[:1] != (IMAGES_DIR,) or len(name.parts) != 2 or ".." in name.parts:
            continue
        target = unpack_dir / name.name
        if target.exists():
            continue
        data = _read_member(archive, info, path)
        try:
            with images.open_untrusted(io.BytesIO(data)):
                pass
        except (UnidentifiedImageError, Image.DecompressionBombError, OSError, ValueError):
            raise _damaged(path, f"gambar '{info.filename}' bukan {images.SAFE_NAMES}",
                           f"the image '{info.filename}' is not {images.SAFE_NAMES}") from None
        atomic.write_bytes(target, data)


def _damaged(path: Path, id_part: str = "", en_part: str = "") -> DesignError:
    id_part, en_part = (f" ({id_part})", f" ({en_part})") if id_part else ("", "")
    return DesignError(f"Proyek {path.name} rusak dan tidak bisa dibuka{id_part}. Berkas tidak diubah.",
                       f"Project {path.name} is damaged and cannot be opened{en_part}. The file was not changed.")
