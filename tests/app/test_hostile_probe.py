"""Hostile inputs found by black-box probes (written without reading this code): each case
that once got through is a test here. The shared builders live in test_hostile.py."""

from __future__ import annotations

import io
import json
import os
import struct
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from app import paths
from app.cli.main import main
from app.errors import DesignError
from app.model.design import Design
from app.project import projectfile

from .helpers import write_svg_template
from .test_hostile import IMAGE_FIELD, PHOTO_BODY, TEXT, _pack_of, _zip, run_cli, user_template

ROOT = Path(__file__).resolve().parents[2]

# -- cases a black-box probe found (338 hostile inputs, written without reading this code) ----

@pytest.mark.parametrize("expr", [
    "f.foto.path.joinpath('/etc/hostname').read_text()",
    "(f.foto.path.parent / 'x').read_bytes()",
    "(f.foto|attr('path')).joinpath('/etc').iterdir()|list|length",
    "f.foto.path.joinpath('pwned.txt').write_text('x')",
    "f.foto['path']",
    "b.logo.path.read_text()",
])
def test_an_image_value_shows_a_template_nothing_inside(tmp_path, capsys, expr):
    photo(tmp_path)
    root = user_template(tmp_path, PHOTO_BODY + "<desc>{{ " + expr + " }}</desc>", IMAGE_FIELD)
    brand = tmp_path / "brand.json"
    brand.write_text(json.dumps({"logo": str(tmp_path / "foto.png")}), encoding="utf-8")
    out = tmp_path / "p.svg"
    code, err = run_cli(capsys, "--templates-dir", root, "render", "uji", "--format", "square", "--brand", brand,
                        "--image", f"foto={tmp_path / 'foto.png'}", "--out", out)
    assert code == 2 and not out.exists()
    assert not (root / "uji" / "pwned.txt").exists() and not (tmp_path / "pwned.txt").exists()


def photo(tmp_path: Path) -> Path:
    Image.new("RGB", (64, 48), (200, 40, 40)).save(tmp_path / "foto.png")
    return tmp_path / "foto.png"


_LAUGHS = '<defs><rect id="l0" width="1" height="1" fill="#f00"/>' + "".join(
    f'<g id="l{i}">' + f'<use href="#l{i - 1}"/>' * 10 + "</g>" for i in range(1, 10)) + '</defs><use href="#l9"/>'


@pytest.mark.parametrize("head, words", [
    ('<?xml-stylesheet type="text/css" href="/etc/x.css"?>', "processing instruction"),
    ('<?xml-stylesheet href="/dev/zero"?>', "processing instruction"),
    ('<rect width="9" height="9" style="fill:u\\72l(/etc/x.svg#g)"/>', "CSS escapes"),
    ('<image width="9" height="9"><set attributeName="href" to="/etc/x.png"/></image>', "<set>"),
    ('<rect width="9" height="9"><animate attributeName="href" values="/etc/x.png"/></rect>', "<animate>"),
    (_LAUGHS, "would draw more than 100,000 elements"),
    ('<g id="a"><use href="#b"/></g><g id="b"><use href="#a"/></g>', "refers back to itself"),
])
def test_svg_tricks_the_first_pass_missed(tmp_path, capsys, head, words):
    root = tmp_path / "tpl"
    write_svg_template(root / "uji", TEXT)
    j2 = root / "uji" / "square.svg.j2"
    source = j2.read_text(encoding="utf-8")
    if head.startswith("<?"):
        j2.write_text(head + source, encoding="utf-8")
    else:
        j2.write_text(source.replace("</svg>", head + "</svg>"), encoding="utf-8")
    for out in (tmp_path / "p.png", tmp_path / "p.svg"):
        code, err = run_cli(capsys, "--templates-dir", root, "render", "uji", "--format", "square", "--lang", "en",
                            "--out", out)
        assert code == 2 and words in err and not out.exists()


@pytest.mark.parametrize("body, words", [
    ('{{ ("x" * 1000000)|wordwrap(1) }}', "wordwrap"),
    ('{{ (range(9999)|batch(1)|list)|sum(start=[]) }}', "sum"),
    ("{% set x = [1] %}{% for i in range(40) %}{% set x = [x, x] %}{% endfor %}{{ x }}", "printed whole"),
    ("{% set ns = namespace(x=[1]) %}{% for i in range(40) %}{% set ns.x = [ns.x, ns.x] %}{% endfor %}"
     "{{ ns.x|string }}", "nested list"),
    ("{{ [1, 2]|string }}", "printed whole"),
    ('{{ {"a": 1}|tojson }}', "tojson"),
    ('{{ ("\\n" * 4000)|indent(40) }}', "indent"),
    ("{{ range(9999)|map('string')|map('center', 9999)|join }}", "center"),
    ('{{ ("%s" * 3000)|format(*range(3000)) }}', "too large"),
    ("{% for a in [1] %}" * 25 + "x" + "{% endfor %}" * 25, "nested more than"),
    ("{% set a = 1 %}" * 120000, "over 128 KB"),
    ("".join(f"{{% macro m{i}() %}}x{{% endmacro %}}" for i in range(3500)), "more than 3,000"),
    ("".join(f"{{% macro m{i}() %}}{{% endmacro %}}" for i in range(250)), "more than 200 macros"),
    ("{{ " + " + ".join(f"a{i}" for i in range(9000)) + " }}", "more than 15,000 syntax nodes"),
    ('{{ text_box("kata " * 5000, 0, 0, 900, 100, size=99999, min_size=0.001, max_lines=99999) }}', "'size'"),
    ('{{ text_box("halo", "nan"|float, 0, "inf"|float, 100) }}', "not a number that can be drawn"),
])
def test_template_work_the_first_pass_did_not_bound(tmp_path, capsys, body, words):
    root = user_template(tmp_path, body + TEXT)
    code, err = run_cli(capsys, "--templates-dir", root, "render", "uji", "--format", "square", "--lang", "en",
                        "--out", tmp_path / "p.png", limit=5.0)
    assert code == 2 and words in err, err


_DOUBLE = "{% set ns = namespace(a=(1,), b=(1,)) %}{% for i in range(40) %}{% set ns.a, ns.b = STEP %}{% endfor %}"


@pytest.mark.parametrize("step, use", [
    ("[ns.a, ns.b], [ns.b, ns.a]", "ns.a == ns.b"),  # 2^40 comparisons
    ("(ns.a, ns.a), ns.b", "[ns.a]|unique|list|length"),  # a hash of 2^40 items
    ("(ns.a, ns.a), ns.b", "ns.a|replace('1', '2')|length"),
    ("(ns.a, ns.a), ns.b", "(ns.a ~ '')|length"),
    ("(ns.a, ns.a), ns.b", "'%s'|format(ns.a)|length"),
    ("(ns.a, ns.a), ns.b", "text_box(ns.a, 0, 0, 900, 100)"),
    ("(ns.a, ns.a), ns.b", "{ns.a: 1}|length"),
    ("[ns.a] * 2, ns.b", "ns.a in [ns.b]"),
    ("[ns.a] + [ns.a], ns.b", "ns.a == ns.b"),
    ("dict(x=ns.a, y=ns.a), ns.b", "ns.a == ns.b"),
    ("{}.fromkeys('xy', ns.a), ns.b", "ns.a == ns.b"),
    ("namespace(x=ns.a, y=ns.a), ns.b", "ns.a|e|length"),
    ("(ns.a, ns.a)|list, ns.b", "ns.a|e|length"),
])
def test_a_structure_that_shares_itself_is_refused_where_it_is_built(tmp_path, capsys, step, use):
    body = _DOUBLE.replace("STEP", step) + "<desc>{{ " + use + " }}</desc>"
    root = user_template(tmp_path, body + TEXT)
    code, err = run_cli(capsys, "--templates-dir", root, "render", "uji", "--format", "square", "--lang", "en",
                        "--out", tmp_path / "p.png", limit=5.0)
    assert code == 2 and "a nested list (written out in full) is too large" in err, err


def test_a_structure_doubled_without_a_loop_or_in_a_macro_is_refused(tmp_path, capsys):
    unrolled = "{% set a = [1] %}" + "{% set a = [a, a] %}" * 40 + "<desc>{{ a == [a] }}</desc>"
    recursive = ("{% macro grow(x, n) %}{% if n %}{{ grow([x, x], n - 1) }}{% else %}{{ x == [x] }}{% endif %}"
                 "{% endmacro %}<desc>{{ grow([1], 40) }}</desc>")
    for body in (unrolled, recursive):
        root = user_template(tmp_path / str(len(body)), body + TEXT)
        code, err = run_cli(capsys, "--templates-dir", root, "render", "uji", "--format", "square", "--lang", "en",
                            "--out", tmp_path / "p.png", limit=5.0)
        assert code == 2 and "too large" in err, err


def test_lists_a_poster_really_builds_still_render(tmp_path, capsys):
    body = ("{% set rows = [('Kopi', 15000), ('Teh', 9000)] %}{% set ns = namespace(all=[]) %}"
            "{% for name, price in rows * 3 %}{% set ns.all = ns.all + [(name, price|rupiah)] %}{% endfor %}"
            "<desc>{{ ns.all|map('first')|join(', ') }} {{ (ns.all|last)[1] }} {{ {'a': rows}|length }}</desc>")
    root = user_template(tmp_path, body + TEXT)
    out = tmp_path / "p.svg"
    code, err = run_cli(capsys, "--templates-dir", root, "render", "uji", "--format", "square", "--out", out)
    assert code == 0, err
    assert "Kopi, Teh, Kopi, Teh, Kopi, Teh Rp9.000 1" in out.read_text(encoding="utf-8")


def test_image_frame_geometry_is_checked(tmp_path, capsys):
    photo(tmp_path)
    root = user_template(tmp_path, TEXT + '{{ image_frame(f.foto, 0, 0, 0, -10, fit="bogus") }}', IMAGE_FIELD)
    code, err = run_cli(capsys, "--templates-dir", root, "render", "uji", "--format", "square", "--lang", "en",
                        "--image", f"foto={tmp_path / 'foto.png'}", "--out", tmp_path / "p.png")
    assert code == 2 and "'w' must be a number" in err


def _fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


def test_pipes_and_devices_given_as_files_are_refused_at_once(tmp_path, capsys):
    fifo = _fifo(tmp_path / "pipa")
    for argv in (["check", "--text-file", fifo], ["check", "--text-file", "/dev/zero"],
                 ["render", "--design", fifo, "--out", tmp_path / "p.png"],
                 ["templates", "import", fifo]):
        code, err = run_cli(capsys, *argv, limit=5.0)
        assert code == 2 and ("pipe" in err or "pipa" in err or "perangkat" in err), (argv, err)
    with pytest.raises(DesignError):
        projectfile.load(fifo, tmp_path / "unpack")
    root = user_template(tmp_path)
    (root / "uji" / "manifest.toml").unlink()
    _fifo(root / "uji" / "manifest.toml")
    code, err = run_cli(capsys, "--templates-dir", root, "render", "uji", "--out", tmp_path / "p.png", limit=5.0)
    assert code == 2


@pytest.mark.parametrize("setup", ["fifo", "device", "damaged-is-a-file", "lock-is-a-folder"])
def test_odd_files_in_the_autosave_folder_never_stop_the_app(setup):
    from app.project import autosave

    folder = paths.data_dir() / "autosave"
    folder.mkdir(parents=True, exist_ok=True)
    good = {"pid": 1, "saved_at": 1.0, "design": Design(template="x", fields={"a": "b"}).to_dict()}
    if setup == "fifo":
        _fifo(folder / "a.json")
    elif setup == "device":
        (folder / "a.json").symlink_to("/dev/zero")
    elif setup == "damaged-is-a-file":
        (folder / "damaged").write_text("x")
        (folder / "a.json").write_text("{rusak")
    else:
        (folder / "a.json").write_text(json.dumps(good))
        (folder / "a.lock").mkdir()
    start = time.monotonic()
    found = autosave.pending()
    assert time.monotonic() - start < 5
    assert [r.design.fields for r in found] == ([{"a": "b"}] if setup == "lock-is-a-folder" else [])


@pytest.mark.parametrize("value", ["1" + "0" * 5000, "1e999", "NaN", "-Infinity"])
def test_numbers_no_poster_can_show_are_exit_2(tmp_path, capsys, value):
    code, err = run_cli(capsys, "render", "produk-umkm", "--set", f"harga={value}", "--out", tmp_path / "p.png")
    assert code == 2 and "Harga (rupiah)" in err  # the field by its label, as the editor shows it


def test_a_manifest_nested_fifty_thousand_deep_or_with_a_nan_focus_is_exit_2(tmp_path, capsys):
    for extra in ["x = " + "[" * 50000 + "]" * 50000 + "\n", IMAGE_FIELD + "focus = [nan, inf]\n"]:
        root = user_template(tmp_path / str(len(extra)), extra=extra)
        code, err = run_cli(capsys, "--templates-dir", root, "render", "uji", "--format", "square",
                            "--out", tmp_path / "p.png")
        assert code == 2


def test_an_output_name_too_long_to_look_up_is_exit_2(tmp_path, capsys):
    code, err = run_cli(capsys, "render", "produk-umkm", "--out", tmp_path / ("n" * 300 + ".png"))
    assert code == 2 and "terlalu panjang" in err


def test_long_texts_full_of_links_or_numbers_are_checked_in_time(tmp_path, capsys):
    for line in ("http://bit.ly/x ", "0812 3456 7890 "):
        post = tmp_path / "post.txt"
        post.write_text(line * 6000, encoding="utf-8")
        start = time.monotonic()
        code = main(["check", "--text-file", str(post), "--json"])
        assert time.monotonic() - start < 5 and code in (0, 1)
        assert "F3" in {f["rule"] for f in json.loads(capsys.readouterr().out)["findings"]}
    from app.checklist import check_text

    assert "F3" in {f.rule for f in check_text("http://bit.ly/x " * 6000).findings}


def test_a_pack_with_a_duplicate_entry_is_refused_in_one_line(tmp_path, capsys, user_templates):
    folder = user_templates("produk-umkm", "produk-saya")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in _pack_of(folder).items():
            z.writestr(name, data)
        with pytest.warns(UserWarning):
            z.writestr("produk-saya/manifest.toml", b'id = "jahat"')
    pack = tmp_path / "paket.zip"
    pack.write_bytes(buf.getvalue())
    code, err = run_cli(capsys, "templates", "import", pack)
    assert code == 2 and len(err.strip().splitlines()) == 1 and "dua kali" in err


def test_a_design_with_a_five_thousand_digit_number_is_damaged_not_a_crash(tmp_path, capsys):
    design = tmp_path / "d.json"
    design.write_text('{"schema_version": 1, "template": "produk-umkm", "fields": {"harga": 1' + "0" * 5000 + "}}")
    code, err = run_cli(capsys, "render", "--design", design, "--out", tmp_path / "p.png")
    assert code == 2 and "rusak" in err


def test_a_format_width_given_as_an_argument_is_capped(tmp_path, capsys):
    root = user_template(tmp_path, "<desc>{{ '{0:{1}}'.format('a', 1500000000)|length }}</desc>" + TEXT)
    code, err = run_cli(capsys, "--templates-dir", root, "render", "uji", "--format", "square", "--lang", "en",
                        "--out", tmp_path / "p.svg")
    assert code == 2 and "too large" in err


_SPIN = "{% set s = 'x' * 900000 %}{% for i in range(99999) %}{% set _ = s|replace('y', 'z') %}{% endfor %}"


def test_lint_and_import_of_a_template_that_spends_its_budget_every_render_end_in_time(tmp_path, capsys):
    """Lint renders a template in every format, language and theme (two dozen renders): a
    template that runs to the render time limit in each must still be stopped within 5 seconds."""
    root = user_template(tmp_path, _SPIN + TEXT)
    code, err = run_cli(capsys, "templates", "lint", root / "uji", "--lang", "en")
    assert code == 1
    pack = tmp_path / "paket.zip"
    pack.write_bytes(_zip(_pack_of(root / "uji")))
    code, err = run_cli(capsys, "templates", "import", pack, "--lang", "en")
    assert code == 2 and "ran out of time" in err
    assert list(paths.user_templates_dir().iterdir()) == []


def test_a_killed_import_leaves_nothing_in_tmp_and_the_next_import_cleans_its_folder(tmp_path, capsys,
                                                                                      user_templates):
    spinning = user_template(tmp_path, _SPIN + TEXT)
    pack = tmp_path / "lambat.zip"
    pack.write_bytes(_zip(_pack_of(spinning / "uji")))
    staging_before = set(Path(tempfile.gettempdir()).glob("diplomat-pack-*"))
    proc = subprocess.Popen([sys.executable, "-m", "app.cli", "templates", "import", str(pack)],
                            cwd=ROOT, env={**os.environ}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while not list(paths.user_templates_dir().glob(".pack-*.staging/uji/square.svg.j2")):
        assert time.monotonic() < deadline and proc.poll() is None
        time.sleep(0.05)
    proc.kill()
    proc.wait()
    assert set(Path(tempfile.gettempdir()).glob("diplomat-pack-*")) == staging_before
    good = tmp_path / "baik.zip"
    good.write_bytes(_zip(_pack_of(user_templates("produk-umkm", "produk-saya"))))
    code, err = run_cli(capsys, "templates", "import", good, limit=60)
    assert code == 0, err
    assert [p.name for p in paths.user_templates_dir().iterdir()] == ["produk-saya"]


def test_a_lints_shared_budget_counts_only_the_time_inside_renders():
    """Lint rasters and checks between renders; on a busy machine that took the bundled
    certificate template over its 3 seconds, though its own work is a fraction of one."""
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    from app.templating import budget, sandbox

    env = sandbox.BoundedSandbox()
    sandbox.install(env)
    slow = env.from_string("{% for i in range(90000) %}{% endfor %}x")
    with budget.shared_budget(1.0):
        assert sandbox.render_bounded(slow, {}) == "x"
        time.sleep(1.2)  # a raster, a check: not the template's time
        assert sandbox.render_bounded(slow, {}) == "x"
    assert isinstance(env, ImmutableSandboxedEnvironment)
    with budget.shared_budget(0.3), pytest.raises(sandbox.RenderLimit):  # but the renders' own time does count
        for _ in range(100):
            sandbox.render_bounded(slow, {})


def test_helpers_called_outside_a_render_never_run_out_of_time(monkeypatch):
    """A tool or test that calls a helper directly has no render budget; one stored on first use
    ran out for good four seconds later (text layout tests failed on a busy machine)."""
    from app.templating import budget, sandbox

    sandbox.tick()
    real = time.monotonic
    monkeypatch.setattr(budget.time, "monotonic", lambda: real() + 3600)
    sandbox.tick()  # an hour later


# -- a third probe (333 cases, written without reading this code) ----------------------------

def _bad_utf8_name(path: Path, name: str, where: str) -> None:
    """Flag entry `name` as UTF-8 and give it bytes that are not: in both headers, or only in
    the local header (which zipfile decodes again when the entry is opened)."""
    raw = bytearray(path.read_bytes())
    bad = name.encode().replace(b"zz", b"\xff\xfe")
    with zipfile.ZipFile(path) as z:
        info = z.getinfo(name)
    struct.pack_into("<H", raw, info.header_offset + 6, info.flag_bits | 0x800)
    central = raw.find(b"PK\x01\x02")
    while central != -1 and raw[central + 46:central + 46 + len(name)] != name.encode():
        central = raw.find(b"PK\x01\x02", central + 4)
    struct.pack_into("<H", raw, central + 8, info.flag_bits | 0x800)
    start = info.header_offset + 30
    raw[start:start + len(name)] = bad
    if where == "both":
        raw[central + 46:central + 46 + len(name)] = bad
    path.write_bytes(bytes(raw))


@pytest.mark.parametrize("where", ["both", "local"])
def test_a_pack_entry_flagged_utf8_with_bytes_that_are_not_is_refused(tmp_path, capsys, user_templates, where):
    folder = user_templates("produk-umkm", "produk-saya")
    pack = tmp_path / "paket.zip"
    pack.write_bytes(_zip(_pack_of(folder, {"produk-saya/samples/zz.png": b"x"})))
    _bad_utf8_name(pack, "produk-saya/samples/zz.png", where)
    code, err = run_cli(capsys, "templates", "import", pack, limit=60)
    assert code == 2 and err.count("\n") == 1 and "UTF-8" in err and "Paket template ditolak" in err, err
    assert not (paths.user_templates_dir() / "produk-saya").exists()


@pytest.mark.parametrize("where", ["both", "local"])
def test_a_project_entry_flagged_utf8_with_bytes_that_are_not_is_the_damaged_project_error(tmp_path, where):
    path = tmp_path / "rusak.diplomat"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("design.json", json.dumps(Design(template="produk-umkm").to_dict()))
        z.writestr("gambar/zz0123456789.png", b"x")
    _bad_utf8_name(path, "gambar/zz0123456789.png", where)
    before = path.read_bytes()
    with pytest.raises(DesignError) as err:
        projectfile.load(path, tmp_path / "unpack")
    assert "damaged" in err.value.message("en") and "\n" not in err.value.message("id")
    assert path.read_bytes() == before
