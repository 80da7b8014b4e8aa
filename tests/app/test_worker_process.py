"""State a process pool and a Dask worker can share: a freshly spawned worker, set up by the one
initializer, renders the same bytes as the parent; threads rendering at once agree too."""

from __future__ import annotations

import hashlib
import multiprocessing
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

from app.model.design import Design
from app.output.encode import encode
from app.render.process import init_worker, worker_library
from app.render.raster import render

DESIGNS = [
    Design(template="produk-umkm", format="portrait", fields={"nama_produk": "Keripik Tempe Bu Sari"}).to_dict(),
    Design(template="data-statistik", format="square", lang="en").to_dict(),  # icons, bars, English
]


def render_png_digest(data: dict) -> tuple[str, int]:
    """The per-row work in miniature: a design in, the PNG's digest and this process's id out."""
    import os

    image = render(Design.from_dict(data), worker_library(), 0.5).image
    return hashlib.sha256(encode(image, "PNG")).hexdigest(), os.getpid()


def test_two_renders_in_a_spawned_worker_match_the_parent(library):
    parent = [hashlib.sha256(encode(render(Design.from_dict(d), library, 0.5).image, "PNG")).hexdigest()
              for d in DESIGNS]
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=ctx, initializer=init_worker) as pool:
        results = list(pool.map(render_png_digest, DESIGNS))
    digests, pids = zip(*results, strict=True)
    assert list(digests) == parent
    assert len(set(pids)) == 1 and pids[0] != multiprocessing.current_process().pid


def test_threads_rendering_at_once_agree_with_one_thread(library):
    alone = [render_png_digest(d)[0] for d in DESIGNS]
    with ThreadPoolExecutor(max_workers=4) as pool:
        together = list(pool.map(lambda d: render_png_digest(d)[0], DESIGNS * 4))
    assert together == alone * 4
