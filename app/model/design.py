"""The Design: everything a user chose for one poster, saved as JSON with a schema_version."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app import atomic
from app.errors import DesignError

SCHEMA_VERSION = 1
_HEX = re.compile(r"^#[0-9A-Fa-f]{6}$")
LANGS = ("id", "en")


@dataclass
class ImageRef:
    path: str
    focus: tuple[float, float] | None = None  # None: the template's default focus point

    def to_dict(self) -> dict:
        return {"path": self.path, "focus": list(self.focus) if self.focus else None}


@dataclass
class Brand:
    """The user's brand kit: applied to every design that has a logo slot and a handle line."""

    logo: ImageRef | None = None
    primary: str | None = None  # "#RRGGBB": becomes the accent of the "brand" colour theme
    secondary: str | None = None
    handle: str = ""  # "@kopigayo.takengon"
    website: str = ""  # "kopigayo.id"

    def to_dict(self) -> dict:
        return {"logo": self.logo.to_dict() if self.logo else None, "primary": self.primary,
                "secondary": self.secondary, "handle": self.handle, "website": self.website}

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
        return cls(logo=_image_ref("brand.logo", logo) if logo else None,
                   primary=data.get("primary"), secondary=data.get("secondary"),
                   handle=str(data.get("handle") or ""), website=str(data.get("website") or ""))

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
        path = Path(ref.path).expanduser()
        if not path.is_absolute() and self.base_dir is not None:
            path = self.base_dir / path
        return path

    @classmethod
    def from_dict(cls, data: Any, base_dir: Path | None = None) -> Design:
        if not isinstance(data, dict):
            raise _damaged("isinya bukan objek JSON", "it is not a JSON object")
        version = data.get("schema_version")
        if not isinstance(version, int):
            raise _damaged("schema_version tidak ada", "schema_version is missing")
        if version > SCHEMA_VERSION:
            raise DesignError(
                f"Desain ini dibuat oleh versi Diplomat Studio yang lebih baru (skema {version}). "
                "Perbarui aplikasi untuk membukanya.",
                f"This design was made by a newer Diplomat Studio (schema {version}). "
                "Update the app to open it.",
            )
        if not isinstance(data.get("template"), str):
            raise _damaged("kolom 'template' tidak ada", "the 'template' key is missing")
        lang = data.get("lang", "id")
        if lang not in LANGS:
            raise _damaged(f"bahasa '{lang}' tidak dikenal", f"unknown language '{lang}'")
        fields = data.get("fields", {})
        images = data.get("images", {})
        if not isinstance(fields, dict) or not isinstance(images, dict):
            raise _damaged("'fields' dan 'images' harus objek", "'fields' and 'images' must be objects")
        return cls(
            template=data["template"],
            format=str(data.get("format", "portrait")),
            lang=lang,
            theme=data.get("theme"),
            fields=dict(fields),
            images={k: _image_ref(k, v) for k, v in images.items()},
            caption=str(data.get("caption", "")),
            alt_text=str(data.get("alt_text", "")),
            hashtags=str(data.get("hashtags", "")),
            business_numbers=[str(n) for n in data.get("business_numbers", [])],
            answers=_str_map(data, "answers"),
            overrides=_str_map(data, "overrides"),
            brand=Brand.from_dict(data.get("brand")),
            base_dir=base_dir,
        )

    @classmethod
    def load(cls, path: Path) -> Design:
        path = Path(path)
        return cls.from_dict(_read_json(path, "desain", "design"), base_dir=path.resolve().parent)


def _read_json(path: Path, what_id: str, what_en: str):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DesignError(f"Berkas {what_id} tidak ditemukan: {path}",
                          f"{what_en.capitalize()} file not found: {path}") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _damaged(f"{what_id} tidak bisa dibaca ({exc})", f"cannot read the {what_en} ({exc})") from None


def _image_ref(key: str, value: Any) -> ImageRef:
    if isinstance(value, str):
        return ImageRef(value)
    if isinstance(value, dict) and isinstance(value.get("path"), str):
        focus = value.get("focus")
        if focus is not None:
            if not (isinstance(focus, list) and len(focus) == 2
                    and all(isinstance(v, (int, float)) for v in focus)):
                raise _damaged(f"titik fokus gambar '{key}' tidak valid",
                               f"the focus point of image '{key}' is not valid")
            focus = (float(focus[0]), float(focus[1]))
        return ImageRef(value["path"], focus)
    raise _damaged(f"gambar '{key}' tidak valid", f"image '{key}' is not valid")


def _str_map(data: dict, key: str) -> dict[str, str]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise _damaged(f"'{key}' harus objek", f"'{key}' must be an object")
    return {str(k): str(v) for k, v in value.items()}


def _damaged(id_why: str, en_why: str) -> DesignError:
    return DesignError(f"Berkas desain rusak: {id_why}.", f"The design file is damaged: {en_why}.")
