"""Atomic writes: a crash mid-write never leaves a half-written user file.

Each write goes to a temporary file in the same folder (`.NAME.PID-RANDOM.tmp`), is fsynced,
and replaces the target in one rename. The new file gets the permissions a user expects
(0666 minus the umask, as any program's new file), or keeps the permissions of the file it
replaces, so a team sharing a kit folder can read it. Temporary files left by a process that
was killed are removed at the next write of the same file. A write that fails (read-only or full
disk, a folder in the way, no permission) is a WriteError in the user's language.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
from collections.abc import Callable
from pathlib import Path

from app.errors import WriteError


def _read_umask() -> int:
    try:  # Linux: read it without changing it (os.umask would race with other threads)
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


UMASK = _read_umask()


def write_bytes(path: Path, data: bytes) -> None:
    """Write `data` to a temporary file in the same folder, fsync, then rename over `path`."""
    def fill(tmp: Path) -> None:
        with open(tmp, "xb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    replace_with(path, fill)


def write_text(path: Path, text: str) -> None:
    write_bytes(path, text.encode("utf-8"))


def replace_with(path: Path, fill: Callable[[Path], None]) -> None:
    """Let `fill` write a temporary file (a path it creates), then put it in place atomically.
    For writers that want a file name rather than bytes, such as QPdfWriter."""
    with staged(path) as tmp:
        fill(tmp)


@contextlib.contextmanager
def staged(path: Path):
    """A temporary path beside `path`; when the block ends without error, the file written
    there replaces `path` atomically, else it is removed. For writers that take a while (a
    multi-page PDF filled as a batch runs)."""
    path = Path(path)
    _check_target(path)
    sweep(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}.tmp")
    try:
        yield tmp
        if not tmp.is_file():
            raise OSError(f"{tmp.name} was not written")
        _fsync(tmp)
        os.chmod(tmp, _mode_for(path))
        os.replace(tmp, path)
    except OSError as exc:
        _remove(tmp)
        raise WriteError(path, exc) from None
    except BaseException:
        _remove(tmp)
        raise


def _remove(tmp: Path) -> None:
    with contextlib.suppress(OSError):  # on a read-only disk even this fails: nothing was made
        tmp.unlink(missing_ok=True)


def _check_target(path: Path) -> None:
    try:
        if path.is_dir():
            raise WriteError(path, IsADirectoryError(21, "is a directory"))
        if not path.parent.is_dir():
            raise WriteError(path, FileNotFoundError(2, "no such folder"))
    except OSError as exc:  # a name too long to even look up, a folder we may not read
        raise WriteError(path, exc) from None


def _mode_for(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o7777  # a replaced file keeps its mode
    except FileNotFoundError:
        return 0o666 & ~UMASK


def _fsync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


_TEMP = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)-[0-9a-f]{8}\.tmp$")


def sweep(path: Path) -> list[Path]:
    """Remove temporary files of our own naming beside `path` whose writer has died."""
    removed = []
    try:
        siblings = list(path.parent.glob(f".{_glob_escape(path.name)}.*.tmp"))
    except OSError:
        return removed
    for tmp in siblings:
        match = _TEMP.match(tmp.name)
        if match and match["name"] == path.name and not alive(int(match["pid"])):
            with contextlib.suppress(OSError):
                tmp.unlink()
                removed.append(tmp)
    return removed


def _glob_escape(name: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", name)


def alive(pid: int) -> bool:
    if pid == os.getpid():
        return False  # a file of ours that is not in flight is a leftover of an earlier failure
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True
    return not _zombie(pid)


def _zombie(pid: int) -> bool:
    """A writer killed with its parent stays a zombie where nothing reaps orphans (some
    container inits do not); `kill(pid, 0)` still succeeds for it, but it will write no more."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat[stat.rfind(")") + 2:][:1] in {"Z", "X"}
