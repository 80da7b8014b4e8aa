"""The Design: everything a user chose for one poster, saved as JSON with a schema_version."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app import atomic, fsguard
from app.errors import DesignError
from app.model.text import clean_text

SCHEMA_VERSION = 1
MAX_DESIGN_BYTES = 10_000_000  # a design with every field full is a few kB
_HEX = re.compile(r"^#[0-9A-Fa-f]{6}$")
LANGS = ("id", "en")


MAX_BUSINESS_NUMBERS = 20
MIN_ZOOM, MAX_ZOOM = 1.0, 4.0  # never smaller than its frame; at most a quarter of the photo's width


@dataclass
class ImageRef:
    path: str
    focus: tuple[float, float] | None = None  # None: the template's default focus point
    zoom: float = 1.0  # 1: the photo just fills its frame; 2: half as much of it shows, twice as large

    def to_dict(self) -> dict:
        out = {"path": self.path, "focus": list(self.focus) if self.focus else None}
        if self.zoom != 1.0:
            out["zoom"] = self.zoom
        return out


@dataclass
class Brand:
    """The user's brand kit: applied to every design that has a logo slot and a handle line."""

    logo: ImageRef | None = None
    primary: str | None = None  # "#RRGGBB": becomes the accent of the "brand" colour theme
    secondary: str | None = None
    handle: str = ""  # "@kopigayo.takengon"
    website: str = ""  # "kopigayo.id"
    business_numbers: list[str] = field(default_factory=list)  # the shop's own contacts: never masked

    def to_dict(self) -> dict:
        out = {"logo": self.logo.to_dict() if self.logo else None, "primary": self.primary,
               "secondary": self.secondary, "handle": self.handle, "website": self.website}
        if self.business_numbers:  # left out when empty: older files and readers are unchanged
            out["business_numbers"] = list(self.business_numbers)
        return out

    @classmethod
    def from_dict(cls, data) -> Brand:
        if data is None:
            return cls()
        if not isinstance(data, dict):
            raise _damaged("'brand' harus objek", "'brand' must be an object")
        for key in ("primary", "secondary"):
            value = data.get(key)
            if value is not None and not (isinstance(value, str) and _HEX.match(value)):
                raise _damaged(f"warna merek '{key}' harus #RRGGBB", f"brand colour '{key}' must be #RRGGBB")
        logo = data.get("logo")
        handle, website = (_scalar(f"brand.{k}", data.get(k) or "", (str,)) for k in ("handle", "website"))
        numbers = data.get("business_numbers") or []
        if not isinstance(numbers, list) or len(numbers) > MAX_BUSINESS_NUMBERS:
            raise _damaged(f"'brand.business_numbers' harus daftar berisi paling banyak {MAX_BUSINESS_NUMBERS} nomor",
                           f"'brand.business_numbers' must be a list of at most {MAX_BUSINESS_NUMBERS} numbers")
        numbers = [str(_scalar(f"brand.business_numbers[{i}]", n, (str, int))) for i, n in enumerate(numbers)]
        return cls(logo=_image_ref("brand.logo", logo) if logo else None,
                   primary=data.get("primary"), secondary=data.get("secondary"), handle=handle, website=website,
                   business_numbers=numbers)

    @classmethod
    def load(cls, path: Path) -> Brand:
        path = Path(path)
        brand = cls.from_dict(_read_json(path, "brand kit", "brand kit"))
        if brand.logo and not Path(brand.logo.path).is_absolute():
            brand.logo.path = str(path.resolve().parent / brand.logo.path)
        return brand


@dataclass
class Design:
    template: str
    format: str = "portrait"
    lang: str = "id"
    theme: str | None = None
    fields: dict[str, Any] = field(default_factory=dict)
    images: dict[str, ImageRef] = field(default_factory=dict)
    caption: str = ""
    alt_text: str = ""
    hashtags: str = ""
    business_numbers: list[str] = field(default_factory=list)  # marked by the user as shop contacts
    answers: dict[str, str] = field(default_factory=dict)  # checklist question -> ya/tidak/...
    overrides: dict[str, str] = field(default_factory=dict)  # blocking rule -> the typed reason
    brand: Brand = field(default_factory=Brand)
    base_dir: Path | None = None  # relative image paths resolve against this; not saved
    samples: bool = True  # fill what the user left out with the template's samples (not batch); not saved
    slide: int = 0  # a carousel's slide, 0 being the cover; a view of the design, not saved

    def to_dict(self) -> dict:
        return {
            "schema_version": SCHEMA_VERSION,
            "template": self.template,
            "format": self.format,
            "lang": self.lang,
            "theme": self.theme,
            "fields": self.fields,
            "images": {k: v.to_dict() for k, v in self.images.items()},
            "caption": self.caption,
            "alt_text": self.alt_text,
            "hashtags": self.hashtags,
            "business_numbers": self.business_numbers,
            "answers": self.answers,
            "overrides": self.overrides,
            "brand": self.brand.to_dict(),
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)

    def save(self, path: Path) -> None:
        atomic.write_text(Path(path), self.to_json() + "\n")

    def image_path(self, key: str) -> Path | None:
        ref = self.images.get(key)
        if ref is None:
            return None
        path = fsguard.user_path(ref.path)
        if not path.is_absolute() and self.base_dir is not None:
            path = self.base_dir / path
        return path

    @classmethod
    def from_dict(cls, data: Any, base_dir: Path | None = None) -> Design:
        """A Design from parsed JSON, every key checked against DESIGN_SCHEMA by type; a wrong
        type names the key. Text loses control characters and lone surrogates."""
        if not isinstance(data, dict):
            raise _damaged("isinya bukan objek JSON", "it is not a JSON object")
        version = data.get("schema_version")
        if not isinstance(version, int) or isinstance(version, bool):
            raise _damaged("schema_version tidak ada", "schema_version is missing")
        if version > SCHEMA_VERSION:
            raise DesignError(
                f"Desain ini dibuat oleh versi Diplomat Studio yang lebih baru (skema {version}). "
                "Perbarui aplikasi untuk membukanya.",
                f"This design was made by a newer Diplomat Studio (schema {version}). "
                "Update the app to open it.",
            )
        v = {key: _typed(data, key, kinds, default) for key, (kinds, default) in DESIGN_SCHEMA.items()}
        if v["lang"] not in LANGS:
            raise _damaged(f"bahasa '{v['lang']}' tidak dikenal", f"unknown language '{v['lang']}'")
        return cls(
            template=v["template"], format=v["format"], lang=v["lang"], theme=v["theme"],
            fields={str(k): _field_value(f"fields.{k}", value) for k, value in v["fields"].items()},
            images={k: _image_ref(k, ref) for k, ref in v["images"].items()},
            caption=_clean(v["caption"]), alt_text=_clean(v["alt_text"]), hashtags=_clean(v["hashtags"]),
            business_numbers=[_scalar(f"business_numbers[{i}]", n, (str, int))
                              for i, n in enumerate(v["business_numbers"])],
            answers=_str_map(v["answers"], "answers"),
            overrides=_str_map(v["overrides"], "overrides"),
            brand=Brand.from_dict(v["brand"]),
            base_dir=base_dir,
        )

    @classmethod
    def load(cls, path: Path) -> Design:
        path = Path(path)
        return cls.from_dict(_read_json(path, "desain", "design"), base_dir=path.resolve().parent)


def _why_id(exc: Exception) -> str:
    """Why a JSON file could not be read, in Indonesian (json's and Python's words are English)."""
    if isinstance(exc, json.JSONDecodeError):
        return f"bukan JSON yang benar di baris {exc.lineno}, kolom {exc.colno}"
    if isinstance(exc, UnicodeDecodeError):
        return "bukan teks UTF-8"
    if "integer string conversion" in str(exc):
        return "memuat bilangan lebih dari 4.300 digit"
    return "berkasnya tidak bisa dibaca"


def _read_json(path: Path, what_id: str, what_en: str):
    try:
        return json.loads(fsguard.read_bytes(path, MAX_DESIGN_BYTES).decode("utf-8"))
    except fsguard.NotAFile as exc:
        raise DesignError(exc.id_text, exc.en_text) from None
    except FileNotFoundError:
        raise DesignError(f"Berkas {what_id} tidak ditemukan: {path}",
                          f"{what_en.capitalize()} file not found: {path}") from None
    except (OSError, ValueError) as exc:  # ValueError: bad JSON, bad UTF-8, a 5,000-digit number
        raise _damaged(f"{what_id} tidak bisa dibaca ({_why_id(exc)})", f"cannot read the {what_en} ({exc})") from None
    except RecursionError:
        raise _damaged(f"{what_id} bersarang terlalu dalam", f"the {what_en} is nested too deeply") from None


def _image_ref(key: str, value: Any) -> ImageRef:
    if isinstance(value, str):
        return ImageRef(value)
    if isinstance(value, dict) and isinstance(value.get("path"), str):
        focus = value.get("focus")
        if focus is not None:
            if not (isinstance(focus, list) and len(focus) == 2
                    and all(isinstance(v, (int, float)) and not isinstance(v, bool) and 0 <= v <= 1 for v in focus)):
                raise _damaged(f"titik fokus gambar '{key}' tidak valid",
                               f"the focus point of image '{key}' is not valid")
            focus = (float(focus[0]), float(focus[1]))
        zoom = value.get("zoom", 1.0)
        if isinstance(zoom, bool) or not isinstance(zoom, (int, float)) or not MIN_ZOOM <= zoom <= MAX_ZOOM:
            raise _damaged(f"perbesaran gambar '{key}' tidak valid (antara {MIN_ZOOM:g} dan {MAX_ZOOM:g})",
                           f"the zoom of image '{key}' is not valid (between {MIN_ZOOM:g} and {MAX_ZOOM:g})")
        return ImageRef(value["path"], focus, float(zoom))
    raise _damaged(f"gambar '{key}' tidak valid", f"image '{key}' is not valid")


_REQUIRED = object()
_TYPE_NAMES = {str: ("teks", "text"), dict: ("objek", "an object"), list: ("daftar", "a list"),
               int: ("angka", "a number"), float: ("angka", "a number"), type(None): ("kosong", "null")}
# key -> (allowed JSON types, default): the shape of a design file, checked before anything is used
DESIGN_SCHEMA: dict[str, tuple[tuple[type, ...], Any]] = {
    "template": ((str,), _REQUIRED),
    "format": ((str,), "portrait"),
    "lang": ((str,), "id"),
    "theme": ((str, type(None)), None),
    "fields": ((dict,), {}),
    "images": ((dict,), {}),
    "caption": ((str,), ""),
    "alt_text": ((str,), ""),
    "hashtags": ((str,), ""),
    "business_numbers": ((list,), []),
    "answers": ((dict,), {}),
    "overrides": ((dict,), {}),
    "brand": ((dict, type(None)), None),
}


def _typed(data: dict, key: str, kinds: tuple[type, ...], default: Any):
    if key not in data:
        if default is _REQUIRED:
            raise _damaged(f"kolom '{key}' tidak ada", f"the '{key}' key is missing")
        return default
    value = data[key]
    if not isinstance(value, kinds) or isinstance(value, bool):
        want_id = " atau ".join(dict.fromkeys(_TYPE_NAMES[k][0] for k in kinds))
        want_en = " or ".join(dict.fromkeys(_TYPE_NAMES[k][1] for k in kinds))
        raise _damaged(f"'{key}' harus {want_id}", f"'{key}' must be {want_en}")
    return _clean(value) if isinstance(value, str) else value


def _clean(text: str) -> str:
    return clean_text(text)[0]


def _scalar(where: str, value: Any, kinds: tuple[type, ...] = (str, int, float, type(None))):
    if isinstance(value, bool) or not isinstance(value, kinds):
        raise _damaged(f"'{where}' harus teks atau angka", f"'{where}' must be text or a number")
    return _clean(value) if isinstance(value, str) else value


def _field_value(where: str, value: Any):
    """A field holds text, a number or null; a list field holds items of text or of
    {key: text}. Nothing deeper."""
    if not isinstance(value, list):
        return _scalar(where, value)
    items = []
    for i, item in enumerate(value):
        if isinstance(item, dict):
            items.append({str(k): _scalar(f"{where}[{i}].{k}", v) for k, v in item.items()})
        else:
            items.append(_scalar(f"{where}[{i}]", item))
    return items


def _str_map(value: dict, key: str) -> dict[str, str]:
    return {str(k): _scalar(f"{key}.{k}", v, (str,)) for k, v in value.items()}


def _damaged(id_why: str, en_why: str) -> DesignError:
    err = DesignError(f"Berkas desain rusak: {id_why}.", f"The design file is damaged: {en_why}.")
    err.why = (id_why, en_why)  # the part that is wrong, for a project file's own message
    return err
