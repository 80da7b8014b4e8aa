"""Runs per-row tasks: in worker processes on this machine, or on a Dask cluster.

The same `job.run_row` runs everywhere. A process pool uses the spawn method (a process that
runs Qt must not fork) and an initializer that builds Qt, the fonts and the library once per
worker. A Dask cluster gets the same initializer through a worker plugin; its tasks carry the
images' bytes and bring the files back, so the machines need no shared folder. We write no
scheduler or queue of our own: at most `window` tasks are in flight, so memory stays flat
however long the sheet is.
"""

from __future__ import annotations

import atexit
import multiprocessing
import os
import re
import signal
import socket
import struct
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

from app.batch.job import RowResult, RowTask, run_row
from app.errors import DiplomatError
from app.render import images
from app.render.process import init_worker


class ClusterError(DiplomatError):
    """The Dask scheduler cannot be reached, or the optional extra is not installed."""


CONNECT_TIMEOUT = 2.5  # seconds: a scheduler on the network answers in milliseconds
_SECONDS_ID = f"{CONNECT_TIMEOUT:g}".replace(".", ",")
# tcp://HOST:PORT, tls://HOST:PORT or HOST:PORT; a host is a name, IPv4 or [IPv6]
_ADDRESS = re.compile(r"(?:(?:tcp|tls)://)?(?:[A-Za-z0-9](?:[A-Za-z0-9.-]{0,252})|\[[0-9A-Fa-f:.]{2,45}\]):[0-9]{1,5}")


def check_scheduler(address: str) -> str:
    """The address as Dask takes it, or ClusterError before Dask sees it: Dask would try to read
    `file://...` as a path or an `http://` server's reply as a frame length."""
    shown = _shown(address)
    if not _ADDRESS.fullmatch(address) or not 0 < int(address.rsplit(":", 1)[1]) < 65536:
        raise ClusterError(
            f"--scheduler '{shown}' bukan alamat scheduler Dask. Tulis tcp://HOST:PORT, tls://HOST:PORT "
            "atau HOST:PORT, misalnya tcp://192.168.1.10:8786.",
            f"--scheduler '{shown}' is not a Dask scheduler address. Write tcp://HOST:PORT, tls://HOST:PORT "
            "or HOST:PORT, e.g. tcp://192.168.1.10:8786.")
    return address


def _shown(text: str) -> str:
    """User text fit for a one-line message: no control characters, at most 80 characters."""
    text = "".join(c if c.isprintable() else "?" for c in text)
    return text if len(text) <= 80 else text[:77] + "..."


def _unreachable(address: str, exc: BaseException) -> ClusterError:
    if isinstance(exc, NotDask) and str(exc) == "silent":
        why_id = f"port itu terbuka, tetapi tidak menyapa seperti scheduler Dask dalam {_SECONDS_ID} detik"
        why_en = f"that port is open, but nothing greeted us as a Dask scheduler does within {CONNECT_TIMEOUT} seconds"
    elif isinstance(exc, NotDask):
        why_id, why_en = "yang menjawab di alamat itu bukan scheduler Dask", \
            "what answered at that address is not a Dask scheduler"
    elif isinstance(exc, TimeoutError) or "Timed out" in str(exc):  # asyncio.TimeoutError is TimeoutError (3.11)
        why_id = f"tidak ada jawaban dalam {_SECONDS_ID} detik"
        why_en = f"no answer within {CONNECT_TIMEOUT} seconds"
    elif isinstance(exc, ConnectionRefusedError) or "refused" in str(exc).lower():
        why_id, why_en = "sambungan ditolak (tidak ada scheduler di port itu)", \
            "the connection was refused (no scheduler on that port)"
    elif isinstance(exc, OSError) and not isinstance(exc, ConnectionError):
        why_id, why_en = "alamat itu tidak bisa dihubungi", "that address cannot be reached"
    else:  # MemoryError, a protocol error: something answered, but not in Dask's language
        why_id, why_en = "yang menjawab di alamat itu bukan scheduler Dask", \
            "what answered at that address is not a Dask scheduler"
    shown = _shown(address)
    return ClusterError(f"Tidak bisa terhubung ke scheduler Dask di {shown}: {why_id}. Periksa alamat dan "
                        "port-nya (mis. tcp://192.168.1.10:8786).",
                        f"Cannot connect to the Dask scheduler at {shown}: {why_en}. Check its address and port "
                        "(e.g. tcp://192.168.1.10:8786).")


# A batch row's photo is new every row, so the preview's big caches only hold memory: a worker
# keeps room for about one drafted 12 MP photo (both formats of a row share it) and its frames.
WORKER_SOURCE_CACHE = 12 * 1024 * 1024
WORKER_FRAME_CACHE = 2 * 1024 * 1024


def worker_init(user_dirs: tuple[str, ...]) -> None:
    """Initializer of a batch worker process: Ctrl+C is the parent's business (it stops
    handing out rows and keeps what is done), small caches, then Qt, fonts and library, once."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    shrink_caches()
    init_worker(user_dirs)
    atexit.register(_quick_exit)


def _quick_exit() -> None:
    """A worker's last act: its results are all sent (the pool's queue writes them before the
    worker returns), so the interpreter's teardown of Qt, the fonts and every module would only
    keep the batch waiting, about 0.2 s at the end of every run."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


def shrink_caches() -> None:
    images._sources.budget = WORKER_SOURCE_CACHE
    images._frames.budget = WORKER_FRAME_CACHE


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def run_local(tasks: Iterable[RowTask], jobs: int, user_dirs: tuple[str, ...] = (),
              stop: Callable[[], bool] = lambda: False) -> Iterator[RowResult]:
    """Results as they finish, from `jobs` spawned worker processes (0: in this process)."""
    if jobs == 0:
        init_worker(user_dirs)
        for task in tasks:
            if stop():
                return
            yield run_row(task)
        return
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=worker_init,
                             initargs=(tuple(user_dirs),)) as pool:
        yield from _windowed(pool.submit, tasks, 2 * jobs, stop, _wait_futures)


def _wait_futures(pending: set):
    done, rest = wait(pending, return_when=FIRST_COMPLETED)
    return done, rest


def _windowed(submit, tasks: Iterable[RowTask], window: int, stop, waiter) -> Iterator[RowResult]:
    pending: set = set()
    source = iter(tasks)
    exhausted = False
    try:
        while True:
            while not exhausted and len(pending) < window and not stop():
                task = next(source, None)
                if task is None:
                    exhausted = True
                    break
                pending.add(submit(run_row, task))
            if not pending:
                return
            done, pending = waiter(pending)
            for future in done:
                yield future.result()
            if stop():
                exhausted = True  # no new rows; those in flight finish and are kept
    finally:
        for future in pending:
            future.cancel()


def run_cluster(tasks: Iterable[RowTask], address: str, user_dirs: tuple[str, ...] = (),
                stop: Callable[[], bool] = lambda: False) -> Iterator[RowResult]:
    """The same rows on a Dask distributed cluster (the optional extra `cluster`)."""
    try:  # imported here: distributed is an optional extra, and heavy to import
        from distributed import Client, WorkerPlugin
        from distributed import wait as dask_wait
    except ImportError:
        raise ClusterError("Untuk --scheduler, pasang paket tambahan: pip install 'diplomat-studio[cluster]'.",
                           "For --scheduler, install the extra: pip install 'diplomat-studio[cluster]'.") from None

    class Setup(WorkerPlugin):
        name = "diplomat-setup"

        def __init__(self, dirs):
            self.dirs = tuple(dirs)

        def setup(self, worker):
            shrink_caches()
            init_worker(self.dirs)

    client = _connect(Client, check_scheduler(address))
    with client:
        try:
            client.register_plugin(Setup(user_dirs))
            workers = max(1, len(client.scheduler_info().get("workers", {})))
        except Exception as exc:  # noqa: BLE001 (a server that answered once, then not as Dask)
            raise _unreachable(address, exc) from None

        def submit(fn, task):
            return client.submit(fn, _shipped(task), pure=False)

        def waiter(pending):
            done, rest = dask_wait(list(pending), return_when="FIRST_COMPLETED")
            return set(done), set(rest)
        yield from _windowed(submit, tasks, 2 * workers, stop, waiter)


def _connect(client_class, address: str):
    """A connected Client, or one ClusterError line. Whatever answers is untrusted: a web server's
    reply read as a Dask frame length asks for exabytes (MemoryError), a closed port is refused,
    a black-hole address never answers (the timeout)."""
    try:
        if not address.startswith("tls://"):
            _sounds_like_dask(address)
        return client_class(address, timeout=f"{CONNECT_TIMEOUT}s")
    except Exception as exc:  # noqa: BLE001 (OSError, TimeoutError, MemoryError, ValueError, Dask's own)
        raise _unreachable(address, exc) from None


_MAX_HANDSHAKE = 16 * 1024 * 1024  # a scheduler's greeting is a few hundred bytes


class NotDask(ConnectionError):
    """Something answered, but not as a Dask scheduler does."""


def _sounds_like_dask(address: str) -> None:
    """A Dask scheduler speaks first: 8 bytes giving the length of its greeting. Dask itself waits
    for that greeting with no timeout (a web server, silent until asked, would hang it for ever)
    and then allocates whatever length it reads, so we listen first, briefly, on our own socket."""
    host, port = address.removeprefix("tcp://").rsplit(":", 1)
    deadline = time.monotonic() + CONNECT_TIMEOUT
    with socket.create_connection((host.strip("[]"), int(port)), timeout=CONNECT_TIMEOUT) as sock:
        head = b""
        while len(head) < 8:
            sock.settimeout(max(0.01, deadline - time.monotonic()))
            try:
                chunk = sock.recv(8 - len(head))
            except TimeoutError:
                raise NotDask("silent") from None
            if not chunk:
                raise NotDask("closed")
            head += chunk
    (length,) = struct.unpack("<Q", head)
    if not 0 < length <= _MAX_HANDSHAKE:
        raise NotDask(f"greeting of {length} bytes")


def _shipped(task: RowTask) -> RowTask:
    """A task for another machine: the images travel as bytes and the files come back."""
    data = {}
    for key, path in task.images.items():
        try:
            with open(path, "rb") as handle:
                data[key] = handle.read()
        except OSError:
            pass  # the worker reports the missing file by its path, as a local run would
    if task.brand.logo:
        try:
            with open(task.brand.logo.path, "rb") as handle:
                data["brand.logo"] = handle.read()
        except OSError:
            pass
    task.image_bytes = {k: v for k, v in data.items()}
    task.images = {k: v for k, v in task.images.items() if k not in data}
    task.return_files = True
    return task
