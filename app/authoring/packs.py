"""Template packs: a .zip of template folders that a designer shares and a user imports.

Import is a security boundary: no path may leave the pack's folder (zip-slip), the pack has
size and file-count limits, and every template in it must pass the lint before anything is
installed. An invalid pack is refused whole, with the lint's messages."""

from __future__ import annotations

import shutil
import stat
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from app import atomic
from app.authoring.lint import LintResult, lint_folder
from app.errors import TemplateError

MAX_FILES = 400
MAX_TOTAL_BYTES = 80 * 1024 * 1024  # uncompressed
MAX_FILE_BYTES = 25 * 1024 * 1024
ALLOWED_SUFFIXES = {".toml", ".j2", ".md", ".txt", ".png", ".jpg", ".jpeg", ".webp", ".svg"}


@dataclass
class ImportResult:
    installed: list[str]
    lint: list[LintResult]


def _refuse(id_text: str, en_text: str) -> TemplateError:
    return TemplateError(f"Paket template ditolak: {id_text}", f"Template pack refused: {en_text}")


def _safe_members(archive: zipfile.ZipFile) -> list[tuple[zipfile.ZipInfo, PurePosixPath]]:
    infos = archive.infolist()
    if len(infos) > MAX_FILES:
        raise _refuse(f"lebih dari {MAX_FILES} berkas.", f"more than {MAX_FILES} files.")
    total = 0
    members = []
    for info in infos:
        name = info.filename.replace("\\", "/")
        path = PurePosixPath(name)
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
        if not target.resolve().is_relative_to(dest.resolve()):
            raise _refuse(f"jalur berbahaya '{info.filename}'.", f"unsafe path '{info.filename}'.")
        target.parent.mkdir(parents=True, exist_ok=True)
        with archive.open(info) as src, open(target, "wb") as out:
            # read at most the declared size + 1: a lying header cannot make us write more
            data = src.read(info.file_size + 1)
            if len(data) > info.file_size:
                raise _refuse(f"ukuran '{info.filename}' tidak sesuai.", f"'{info.filename}' lies about its size.")
            out.write(data)


def import_pack(pack: Path, dest_root: Path) -> ImportResult:
    pack = Path(pack)
    try:
        archive = zipfile.ZipFile(pack)
    except (OSError, zipfile.BadZipFile):
        raise _refuse(f"{pack.name} bukan berkas zip yang valid.", f"{pack.name} is not a valid zip file.") from None
    with archive, tempfile.TemporaryDirectory(prefix="diplomat-pack-") as tmp:
        staging = Path(tmp)
        _extract(archive, _safe_members(archive), staging)
        folders = sorted(p.parent for p in staging.rglob("manifest.toml"))
        if not folders:
            raise _refuse("tidak ada manifest.toml di dalamnya.", "it holds no manifest.toml.")
        results = [lint_folder(folder) for folder in folders]
        failed = [r for r in results if r.errors]
        if failed:
            lines = [f"{r.template}: {e.where} {e.id}" for r in failed for e in r.errors[:5]]
            lines_en = [f"{r.template}: {e.where} {e.en}" for r in failed for e in r.errors[:5]]
            raise TemplateError("Paket template ditolak, lint gagal:\n" + "\n".join(lines),
                                "Template pack refused, lint failed:\n" + "\n".join(lines_en))
        dest_root.mkdir(parents=True, exist_ok=True)
        installed = []
        for folder in folders:
            target = dest_root / folder.name
            incoming = dest_root / f".{folder.name}.incoming"
            shutil.rmtree(incoming, ignore_errors=True)
            shutil.copytree(folder, incoming)
            old = dest_root / f".{folder.name}.old"
            shutil.rmtree(old, ignore_errors=True)
            if target.exists():
                target.rename(old)
            incoming.rename(target)  # the swap is a rename: a crash leaves one whole version
            shutil.rmtree(old, ignore_errors=True)
            installed.append(folder.name)
        return ImportResult(installed, results)


def export_pack(library, template_ids: list[str], out: Path) -> list[str]:
    """Write the named templates (and the shared brand macros they import) into a zip."""
    import io

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        for tid in template_ids:
            template = library.get(tid)
            for path in sorted(template.folder.rglob("*")):
                if path.is_file() and path.suffix.lower() in ALLOWED_SUFFIXES:
                    archive.write(path, f"{tid}/{path.relative_to(template.folder).as_posix()}")
    atomic.write_bytes(Path(out), buf.getvalue())
    return template_ids
