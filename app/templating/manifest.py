"""manifest.toml: what a template is, which formats it has, and its fields.

Parsing is strict: every problem names the file, the field and what is wrong, so a template
author can fix it without reading Python.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app import fsguard
from app.errors import TemplateError, UnsafeTemplateError
from app.model import formats
from app.templating.explain import toml_error

KINDS = ("poster", "infographic", "announcement", "twibbon", "certificate", "carousel")
MAX_SLIDES = 10  # a cover, up to 8 content slides and a closing slide (Instagram takes 20; readers stop sooner)
FIELD_TYPES = ("text", "paragraph", "image", "color", "url", "date", "list", "choice", "number")
TEXT_TYPES = ("text", "paragraph", "url")
_KEY = re.compile(r"^[a-z][a-z0-9_]*$")
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")
THEME_COLORS = ("background", "surface", "text", "accent")


@dataclass(frozen=True)
class Text2:
    """A text in Indonesian and English."""

    id: str
    en: str

    def get(self, lang: str) -> str:
        return self.id if lang == "id" else self.en


@dataclass
class Field:
    key: str
    type: str
    label: Text2
    help: Text2 | None = None
    required: bool = False
    max_chars: int | None = None
    sample: dict[str, Any] = field(default_factory=dict)  # lang -> value
    choices: list[str] = field(default_factory=list)
    item: list[Field] = field(default_factory=list)  # list fields: the keys of one item
    max_items: int | None = None
    focus: tuple[float, float] = (0.5, 0.5)

    def sample_for(self, lang: str) -> Any:
        return self.sample.get(lang, self.sample.get("id"))


@dataclass
class Theme:
    id: str
    name: Text2
    colors: dict[str, str]


@dataclass
class Manifest:
    id: str
    version: str
    kind: str
    name: Text2
    description: Text2
    duties: list[int]
    topics: list[str]
    formats: list[str]
    fields: list[Field]
    themes: list[Theme]
    path: Path
    symbolic: tuple[str, ...] = ()  # theme colours a brand kit may not replace (merah-putih)
    slides: str | None = None  # a carousel: the list field with one content slide per item

    def field(self, key: str) -> Field | None:
        return next((f for f in self.fields if f.key == key), None)

    def headline_key(self) -> str | None:
        """The first required text field: the product, event or person the design is about, which
        names its files and leads its alt text."""
        return next((f.key for f in self.fields if f.required and f.type == "text"), None)

    def theme(self, theme_id: str | None) -> Theme:
        if theme_id is None:
            return self.themes[0]
        for theme in self.themes:
            if theme.id == theme_id:
                return theme
        have = ", ".join(t.id for t in self.themes)
        raise TemplateError(
            f"Tema '{theme_id}' tidak ada di template '{self.id}'. Pilih: {have}.",
            f"Theme '{theme_id}' is not in template '{self.id}'. Choose: {have}.",
        )


class _Where:
    """Builds errors that name the manifest file and the place in it."""

    def __init__(self, path: Path, place: str = ""):
        self.path, self.place = path, place

    def at(self, place: str) -> _Where:
        return _Where(self.path, f"{self.place}.{place}" if self.place else place)

    def fail(self, id_problem: str, en_problem: str) -> TemplateError:
        where = f"{self.path}" + (f" [{self.place}]" if self.place else "")
        return TemplateError(f"{where}: {id_problem}", f"{where}: {en_problem}")

    def need(self, data: dict, key: str, kind: type | tuple):
        if key not in data:
            raise self.at(key).fail("wajib diisi.", "is required.")
        value = data[key]
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise self.at(key).fail("jenis nilainya salah.", "has the wrong type.")
        return value


MAX_MANIFEST_BYTES = 1_000_000


def load(path: Path) -> Manifest:
    path = Path(path)
    where = _Where(path)
    try:
        raw = fsguard.read_bytes(fsguard.inside(path.parent, path.name), MAX_MANIFEST_BYTES)
        data = tomllib.loads(raw.decode("utf-8"))
    except fsguard.NotAFile as exc:
        raise where.fail(f"tidak bisa dibaca: {exc.id_text}", f"cannot be read: {exc.en_text}") from None
    except UnicodeDecodeError:
        raise where.fail("bukan teks UTF-8; simpan ulang sebagai UTF-8.", "is not UTF-8 text; save it again as "
                         "UTF-8.") from None
    except OSError as exc:
        raise where.fail("tidak bisa dibaca.", f"cannot be read ({exc.strerror or exc}).") from None
    except RecursionError:
        raise where.fail("bersarang terlalu dalam.", "is nested too deeply.") from None
    except tomllib.TOMLDecodeError as exc:
        why = toml_error(exc)
        raise where.fail(f"{why[0]}.", f"{why[1]}.") from None
    return parse(data, path)


def parse(data: dict, path: Path) -> Manifest:
    where = _Where(path)
    template_id = where.need(data, "id", str)
    if not _ID.match(template_id):
        raise where.at("id").fail(
            "hanya huruf kecil, angka dan tanda hubung.", "only lowercase letters, digits, hyphens."
        )
    kind = where.need(data, "kind", str)
    if kind not in KINDS:
        raise where.at("kind").fail(f"harus salah satu dari {KINDS}.", f"must be one of {KINDS}.")
    duties = where.need(data, "duties", list)
    if not duties or not all(isinstance(d, int) and 1 <= d <= 10 for d in duties):
        raise where.at("duties").fail("berisi nomor tugas 1-10.", "must list duty numbers 1-10.")
    fmts = where.need(data, "formats", list)
    for fmt in fmts:
        if fmt not in formats.FORMATS:
            raise where.at("formats").fail(f"format '{fmt}' tidak dikenal.", f"unknown format '{fmt}'.")
        if not (path.parent / f"{fmt}.svg.j2").is_file():
            raise where.at("formats").fail(
                f"berkas {fmt}.svg.j2 tidak ada.", f"the file {fmt}.svg.j2 is missing."
            )
    raw_fields = where.need(data, "fields", list)
    fields = [_field(f, where.at(f"fields[{i}]")) for i, f in enumerate(raw_fields)]
    for i, fld in enumerate(fields):
        if fld.type == "image":
            _check_samples(fld, path.parent, where.at(f"fields[{i}].sample"))
    keys = [f.key for f in fields]
    if len(set(keys)) != len(keys):
        raise where.at("fields").fail("ada kunci ganda.", "has duplicate keys.")
    themes = [_theme(t, where.at(f"themes[{i}]")) for i, t in enumerate(data.get("themes", []))]
    if not themes:
        raise where.at("themes").fail("minimal satu tema warna.", "needs at least one colour theme.")
    return Manifest(
        id=template_id,
        version=str(data.get("version", "1.0.0")),
        kind=kind,
        name=_text2(where, data, "name"),
        description=_text2(where, data, "description"),
        duties=duties,
        topics=[str(t) for t in data.get("topics", [])],
        formats=fmts,
        fields=fields,
        themes=themes,
        path=path.parent,
        symbolic=_symbolic(data.get("symbolic", []), themes, where),
        slides=_slides(data.get("slides"), kind, fields, where),
    )


def _slides(value: Any, kind: str, fields: list[Field], where: _Where) -> str | None:
    """A carousel names the list field whose items become its content slides; nothing else may."""
    if kind != "carousel":
        if value is not None:
            raise where.at("slides").fail("hanya untuk kind = \"carousel\".", 'only for kind = "carousel".')
        return None
    fld = next((f for f in fields if isinstance(value, str) and f.key == value), None)
    if fld is None or fld.type != "list":
        raise where.at("slides").fail("harus nama kolom bertipe list (satu slide per butir).",
                                      "must name a list field (one slide per item).")
    if not fld.max_items or fld.max_items > MAX_SLIDES - 2:
        raise where.at("slides").fail(f"kolom '{fld.key}' perlu max_items paling banyak {MAX_SLIDES - 2}.",
                                      f"field '{fld.key}' needs max_items of at most {MAX_SLIDES - 2}.")
    return fld.key


def _symbolic(value: Any, themes: list[Theme], where: _Where) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(k, str) and k in themes[0].colors for k in value):
        raise where.at("symbolic").fail("berisi nama warna tema (background, surface, ...).",
                                        "must list theme colour names (background, surface, ...).")
    return tuple(value)


def _text2(where: _Where, data: dict, key: str) -> Text2:
    value = where.need(data, key, dict)
    for lang in ("id", "en"):
        if not isinstance(value.get(lang), str) or not value[lang].strip():
            raise where.at(f"{key}.{lang}").fail("wajib diisi.", "is required.")
    return Text2(value["id"], value["en"])


def _field(data: Any, where: _Where, in_list: bool = False) -> Field:
    if not isinstance(data, dict):
        raise where.fail("harus berupa tabel.", "must be a table.")
    key = where.need(data, "key", str)
    where = _Where(where.path, f"{where.place} ({key})")
    if not _KEY.match(key):
        raise where.at("key").fail(
            "huruf kecil, angka dan garis bawah, diawali huruf.",
            "lowercase letters, digits and underscores, starting with a letter.",
        )
    ftype = where.need(data, "type", str)
    allowed = TEXT_TYPES + ("number", "date", "choice") if in_list else FIELD_TYPES
    if ftype not in allowed:
        raise where.at("type").fail(f"harus salah satu dari {allowed}.", f"must be one of {allowed}.")
    max_chars = data.get("max_chars")
    if max_chars is not None and (not isinstance(max_chars, int) or max_chars < 1):
        raise where.at("max_chars").fail("harus bilangan bulat positif.", "must be a positive integer.")
    if ftype in TEXT_TYPES and max_chars is None:
        raise where.at("max_chars").fail("wajib untuk kolom teks.", "is required for text fields.")
    result = Field(
        key=key,
        type=ftype,
        label=_text2(where, data, "label"),
        help=_text2(where, data, "help") if "help" in data else None,
        required=bool(data.get("required", False)),
        max_chars=max_chars,
        sample=_sample(data.get("sample"), where),
        choices=[str(c) for c in data.get("choices", [])],
        max_items=data.get("max_items"),
        focus=_focus(data.get("focus", (0.5, 0.5)), where),
    )
    if ftype == "list":
        items = where.need(data, "item", list)
        result.item = [_field(f, where.at(f"item[{i}]"), True) for i, f in enumerate(items)]
    if ftype == "choice" and not result.choices:
        raise where.at("choices").fail("wajib untuk kolom pilihan.", "is required for choice fields.")
    if result.required and not result.sample:
        raise where.at("sample").fail("kolom wajib perlu contoh isi.", "a required field needs a sample.")
    return result


def _focus(value: Any, where: _Where) -> tuple[float, float]:
    """The point to keep in view when a photo is cropped: two numbers from 0 to 1."""
    if not (isinstance(value, (list, tuple)) and len(value) == 2 and all(
            isinstance(v, (int, float)) and not isinstance(v, bool) and 0 <= v <= 1 for v in value)):
        raise where.at("focus").fail("harus dua angka 0-1, mis. [0.5, 0.3].",
                                     "must be two numbers 0-1, e.g. [0.5, 0.3].")
    return (float(value[0]), float(value[1]))


def _check_samples(fld: Field, folder: Path, where: _Where) -> None:
    """An image sample is a file inside the template's folder, never a path out of it."""
    for value in fld.sample.values():
        if not isinstance(value, str) or not value:
            raise where.fail("harus jalur berkas di folder template.", "must be a file path in the template folder.")
        try:
            fsguard.inside(folder, value)
        except UnsafeTemplateError as exc:
            raise UnsafeTemplateError(f"{where.path} [{where.place}]: {exc.id_text}",
                                      f"{where.path} [{where.place}]: {exc.en_text}") from None


def _sample(value: Any, where: _Where) -> dict[str, Any]:
    if value is None:
        return {}
    if isinstance(value, dict) and set(value) <= {"id", "en"} and value:
        return dict(value)
    return {"id": value, "en": value}  # language-neutral: an image path, a url, a date


def _theme(data: Any, where: _Where) -> Theme:
    if not isinstance(data, dict):
        raise where.fail("harus berupa tabel.", "must be a table.")
    theme_id = where.need(data, "id", str)
    colors = {k: v for k, v in data.items() if k not in ("id", "name")}
    for name in THEME_COLORS:
        if name not in colors:
            raise where.at(name).fail("warna wajib diisi.", "colour is required.")
    for name, value in colors.items():
        if not isinstance(value, str) or not _COLOR.match(value):
            raise where.at(name).fail("harus warna #RRGGBB.", "must be a #RRGGBB colour.")
    return Theme(theme_id, _text2(where, data, "name"), colors)


def over_limit(manifest, fields: dict) -> list[tuple[Field, int, str]]:
    """(field, length, where) for each text value longer than its field's max_chars, list items
    included ("penandatangan.1.nama"): the layout was tested to that length, not beyond it."""
    out = []
    for f in manifest.fields:
        value = fields.get(f.key)
        if f.type in TEXT_TYPES and f.max_chars and isinstance(value, str) and len(value) > f.max_chars:
            out.append((f, len(value), f.key))
        elif f.type == "list" and isinstance(value, list):
            for i, entry in enumerate(value):
                for sub in f.item:
                    text = entry.get(sub.key) if isinstance(entry, dict) else (entry if sub is f.item[0] else None)
                    if sub.type in TEXT_TYPES and sub.max_chars and isinstance(text, str) and len(text) > sub.max_chars:
                        out.append((sub, len(text), f"{f.key}.{i}.{sub.key}"))
    return out


def too_long(f: Field, n: int) -> dict[str, str]:
    """The words for a value over its limit, in both languages, naming the field by its label."""
    return {"id": f"kolom '{f.label.id}' berisi {n} karakter, lebih dari batasnya {f.max_chars}",
            "en": f"field '{f.label.en}' has {n} characters, more than its limit of {f.max_chars}"}
