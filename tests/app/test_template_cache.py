"""Compiled templates are kept in the cache folder: a fresh process loads them instead of
compiling, an edited template compiles anew, and a cache that cannot be written costs only the
compile, never the render."""

from __future__ import annotations

from app import paths
from app.model.design import Design
from app.render.compose import compose
from app.templating.library import Library

from .helpers import write_svg_template

TEXT = '{{ text_box(f.judul, 80, 80, 900, 200, font="Inter", weight=700, size=64) }}'


def _cache_files():
    return sorted(p.name for p in paths.cache_dir().glob("jinja-*/*.cache"))


def test_a_fresh_library_loads_compiled_templates_and_an_edit_compiles_anew(tmp_path):
    write_svg_template(tmp_path / "tpl" / "uji", "<desc>satu</desc>" + TEXT)
    design = Design(template="uji", format="square", fields={"judul": "Kopi"})
    assert "satu" in compose(design, Library([tmp_path / "tpl"])).svg
    written = _cache_files()
    assert written, "the compiled template is kept"
    stamp = {p: p.stat().st_mtime_ns for p in paths.cache_dir().glob("jinja-*/*.cache")}
    assert "satu" in compose(design, Library([tmp_path / "tpl"])).svg  # a new environment, as a new process has
    assert {p: p.stat().st_mtime_ns for p in stamp} == stamp  # read, not written again
    for name in ("square.svg.j2",):
        path = tmp_path / "tpl" / "uji" / name
        path.write_text(path.read_text(encoding="utf-8").replace("satu", "dua"), encoding="utf-8")
    svg = compose(design, Library([tmp_path / "tpl"])).svg
    assert "dua" in svg and "satu" not in svg


def test_a_cache_that_cannot_be_written_only_costs_the_compile(tmp_path):
    from app import __version__

    write_svg_template(tmp_path / "tpl" / "uji", TEXT)
    design = Design(template="uji", format="square", fields={"judul": "Kopi"})
    blocked = paths.cache_dir() / f"jinja-{__version__}"
    blocked.write_text("bukan folder", encoding="utf-8")  # where the folder should be: a file
    assert "Kopi" in compose(design, Library([tmp_path / "tpl"])).svg
    blocked.unlink()
    library = Library([tmp_path / "tpl"])
    library.env  # noqa: B018 (the environment and its cache folder exist ...)
    blocked.rmdir()  # ... and the folder goes away under it, as a cleaner or a full disk would do
    assert "Kopi" in compose(design, library).svg
    blocked.mkdir()
    assert "Kopi" in compose(design, Library([tmp_path / "tpl"])).svg
    for path in blocked.glob("*.cache"):  # damaged: the right header, then garbage
        path.write_bytes(path.read_bytes()[:8] + b"\x80\x04garbage")
    assert "Kopi" in compose(design, Library([tmp_path / "tpl"])).svg
