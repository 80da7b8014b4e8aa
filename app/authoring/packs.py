"""Template packs: a .zip of template folders that a designer shares and a user imports.

Import is a security boundary: no path may leave the pack's folder (zip-slip), the pack has
size and file-count limits, and every template in it must pass the lint before anything is
installed. An invalid pack is refused whole, with the lint's messages."""

from __future__ import annotations

import io
import os
import re
import secrets
import shutil
import stat
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from PIL import Image, UnidentifiedImageError

from app import atomic, fsguard
from app.authoring.lint import LintResult, lint_folder
from app.errors import TemplateError
from app.render import images

MAX_FILES = 400
MAX_PACK_BYTES = 100 * 1024 * 1024  # the zip itself
MAX_TOTAL_BYTES = 80 * 1024 * 1024  # uncompressed
MAX_FILE_BYTES = 25 * 1024 * 1024
ALLOWED_SUFFIXES = {".toml", ".j2", ".md", ".txt", ".png", ".jpg", ".jpeg", ".webp", ".svg"}
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".webp"}
MAX_NAME = 120  # characters of one path part; file systems stop at 255 bytes


@dataclass
class ImportResult:
    installed: list[str]
    lint: list[LintResult]


def _refuse(id_text: str, en_text: str) -> TemplateError:
    return TemplateError(f"Paket template ditolak: {id_text}", f"Template pack refused: {en_text}")


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _safe_members(archive: zipfile.ZipFile) -> list[tuple[zipfile.ZipInfo, PurePosixPath]]:
    infos = archive.infolist()
    names = [i.filename.replace("\\", "/").lower() for i in infos]
    if len(set(names)) != len(names):
        twice = next(n for n in names if names.count(n) > 1)
        raise _refuse(f"nama '{twice}' muncul dua kali di dalamnya.", f"the name '{twice}' appears twice in it.")
    if len(infos) > MAX_FILES:
        raise _refuse(f"lebih dari {MAX_FILES} berkas.", f"more than {MAX_FILES} files.")
    total = 0
    members = []
    for info in infos:
        name = info.filename.replace("\\", "/")
        path = PurePosixPath(name)
        if not name.isprintable():  # a newline or an escape in a name would break the message too
            raise _refuse("nama berkas di dalamnya memuat karakter kendali.", "a file name inside it holds control "
                          "characters.")
        if name.startswith("/") or ".." in path.parts or ":" in name or not path.parts:
            raise _refuse(f"jalur berbahaya '{info.filename}'.", f"unsafe path '{info.filename}'.")
        if stat.S_ISLNK(info.external_attr >> 16):
            raise _refuse(f"tautan simbolik '{info.filename}'.", f"symbolic link '{info.filename}'.")
        if info.is_dir():
            continue
        if path.suffix.lower() not in ALLOWED_SUFFIXES:
            raise _refuse(f"jenis berkas tidak diizinkan '{info.filename}'.",
                          f"file type not allowed '{info.filename}'.")
        if info.file_size > MAX_FILE_BYTES:
            raise _refuse(f"'{info.filename}' terlalu besar.", f"'{info.filename}' is too large.")
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise _refuse("isinya terlalu besar.", "its contents are too large.")
        members.append((info, path))
    return members


def _extract(archive: zipfile.ZipFile, members, dest: Path) -> None:
    for info, path in members:
        target = dest.joinpath(*path.parts)
        if any(len(part) > MAX_NAME for part in path.parts):
            raise _refuse(f"nama '{info.filename[:60]}…' terlalu panjang.",
                          f"the name '{info.filename[:60]}…' is too long.")
        if not target.resolve().is_relative_to(dest.resolve()):
            raise _refuse(f"jalur berbahaya '{info.filename}'.", f"unsafe path '{info.filename}'.")
        data = _member_bytes(archive, info)
        if path.suffix.lower() in IMAGE_SUFFIXES:
            _check_image(info, data)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        except OSError as exc:
            raise _refuse(f"'{info.filename}' tidak bisa ditulis ({exc.strerror}).",
                          f"'{info.filename}' cannot be written ({exc.strerror}).") from None


def _member_bytes(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """At most the declared size + 1 bytes: a header that lies about the size, a bad CRC or a
    broken stream is refused with that reason, never written."""
    try:
        with archive.open(info) as src:
            data = src.read(info.file_size + 1)
    except UnicodeDecodeError:  # the local header's copy of the name, flagged UTF-8, is not
        raise _refuse(f"nama '{info.filename}' di header lokalnya ditandai UTF-8 tetapi bukan UTF-8 yang sah.",
                      f"the name '{info.filename}' in its local header is flagged UTF-8 but is not valid UTF-8.") \
            from None
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError) as exc:
        raise _refuse(f"'{info.filename}' rusak atau ukurannya tidak sesuai header zip.",
                      f"'{info.filename}' is damaged or does not match its zip header ({_one_line(str(exc))}).") \
            from None
    except (RuntimeError, NotImplementedError) as exc:  # encrypted, or an unknown compression
        raise _refuse(f"'{info.filename}' terenkripsi atau dikompresi dengan cara yang tidak dikenal.",
                      f"'{info.filename}' is encrypted or uses an unknown compression ({exc}).") from None
    if len(data) != info.file_size:
        raise _refuse(f"ukuran '{info.filename}' tidak sesuai header zip.",
                      f"'{info.filename}' does not match the size its zip header declares.")
    return data


def _check_image(info: zipfile.ZipInfo, data: bytes) -> None:
    """A sample picture must open with the safe decoders (never EPS, PDF, ...)."""
    try:
        with images.open_untrusted(io.BytesIO(data)):
            pass
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, ValueError):
        raise _refuse(f"'{info.filename}' bukan gambar {images.SAFE_NAMES} yang utuh.",
                      f"'{info.filename}' is not a sound {images.SAFE_NAMES} image.") from None


def import_pack(pack: Path, dest_root: Path) -> ImportResult:
    pack = Path(pack)
    try:
        fsguard.regular_file(pack, MAX_PACK_BYTES)
    except fsguard.NotAFile as exc:
        raise _refuse(exc.id_text, exc.en_text) from None
    try:
        archive = zipfile.ZipFile(pack)
    except UnicodeDecodeError:  # a name flagged UTF-8 whose bytes are not
        raise _refuse(f"{pack.name} rusak: nama sebuah berkas di dalamnya ditandai UTF-8 tetapi bukan UTF-8 yang sah.",
                      f"{pack.name} is damaged: a file name inside it is flagged UTF-8 but is not valid UTF-8.") \
            from None
    except (OSError, zipfile.BadZipFile, ValueError):
        raise _refuse(f"{pack.name} bukan berkas zip yang valid.", f"{pack.name} is not a valid zip file.") from None
    dest_root.mkdir(parents=True, exist_ok=True)
    _sweep_staging(dest_root)
    staging = dest_root / f".pack-{os.getpid()}-{secrets.token_hex(4)}.staging"
    staging.mkdir()
    try:
        with archive:
            _extract(archive, _safe_members(archive), staging)
        folders = sorted(p.parent for p in staging.rglob("manifest.toml"))
        if not folders:
            raise _refuse("tidak ada manifest.toml di dalamnya.", "it holds no manifest.toml.")
        if any(folder.parent != staging for folder in folders):
            raise _refuse("setiap template harus berupa folder di tingkat teratas paket (ID/manifest.toml).",
                          "each template must be a folder at the top of the pack (ID/manifest.toml).")
        results = []
        for folder in folders:  # the first that fails refuses the pack: the rest need no lint
            results.append(lint_folder(folder))
            if results[-1].errors:
                _refuse_lint(results[-1])
        installed = []
        for folder in folders:
            target = dest_root / folder.name
            incoming = dest_root / f".{folder.name}.incoming"
            shutil.rmtree(incoming, ignore_errors=True)
            folder.rename(incoming)  # the same file system: staging is inside dest_root
            old = dest_root / f".{folder.name}.old"
            shutil.rmtree(old, ignore_errors=True)
            if target.exists():
                target.rename(old)
            incoming.rename(target)  # the swap is a rename: a crash leaves one whole version
            shutil.rmtree(old, ignore_errors=True)
            installed.append(folder.name)
        return ImportResult(installed, results)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _refuse_lint(result: LintResult) -> None:
    lines = [f"{result.template}: {e.where} {e.id}".strip() for e in result.errors[:3]]
    lines_en = [f"{result.template}: {e.where} {e.en}".strip() for e in result.errors[:3]]
    raise TemplateError("Paket template ditolak, lint gagal: " + _one_line("; ".join(lines)),
                        "Template pack refused, lint failed: " + _one_line("; ".join(lines_en)))


_STAGING = re.compile(r"^\.pack-(?P<pid>\d+)-[0-9a-f]{8}\.staging$")


def _sweep_staging(dest_root: Path) -> None:
    """An import killed halfway leaves its staging folder (it is beside the templates, never in
    /tmp, so a killed import writes nothing outside the app's own folder): the next one removes
    those whose importer has died."""
    for entry in dest_root.iterdir():
        match = _STAGING.match(entry.name)
        if match and not atomic.alive(int(match["pid"])) and entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)


def export_pack(library, template_ids: list[str], out: Path) -> list[str]:
    """Write the named templates (and the shared brand macros they import) into a zip."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        for tid in template_ids:
            template = library.get(tid)
            for path in sorted(template.folder.rglob("*")):
                if path.is_symlink():  # sorted: a linked folder comes before anything inside it
                    raise TemplateError(f"{path}: tautan simbolik tidak ikut dikemas demi keamanan.",
                                        f"{path}: symbolic links are not packed, for safety.")
                if path.is_file() and path.suffix.lower() in ALLOWED_SUFFIXES:
                    archive.write(path, f"{tid}/{path.relative_to(template.folder).as_posix()}")
    atomic.write_bytes(Path(out), buf.getvalue())
    return template_ids
