"""Runs per-row tasks: in worker processes on this machine, or on a Dask cluster.

The same `job.run_row` runs everywhere. A process pool uses the spawn method (a process that
runs Qt must not fork) and an initializer that builds Qt, the fonts and the library once per
worker. A Dask cluster gets the same initializer through a worker plugin; its tasks carry the
images' bytes and bring the files back, so the machines need no shared folder. We write no
scheduler or queue of our own: at most `window` tasks are in flight, so memory stays flat
however long the sheet is.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

from app.batch.job import RowResult, RowTask, run_row
from app.errors import DiplomatError
from app.render import images
from app.render.process import init_worker


class ClusterError(DiplomatError):
    """The Dask scheduler cannot be reached, or the optional extra is not installed."""


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

    try:
        client = Client(address, timeout="10s")
    except (OSError, TimeoutError) as exc:
        raise ClusterError(f"Penjadwal Dask di {address} tidak bisa dihubungi ({exc}).",
                           f"The Dask scheduler at {address} cannot be reached ({exc}).") from None
    with client:
        client.register_plugin(Setup(user_dirs))
        workers = max(1, len(client.scheduler_info().get("workers", {})))

        def submit(fn, task):
            return client.submit(fn, _shipped(task), pure=False)

        def waiter(pending):
            done, rest = dask_wait(list(pending), return_when="FIRST_COMPLETED")
            return set(done), set(rest)
        yield from _windowed(submit, tasks, 2 * workers, stop, waiter)


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
