"""One typed settings file in the config dir, with defaults and a schema_version. The brand kit
and the recent projects live here; window geometry stays in QSettings."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from app import atomic, paths
from app.model.design import Brand

SCHEMA_VERSION = 1
MAX_RECENT = 8


@dataclass
class Settings:
    language: str = "id"
    platform: str = "instagram"
    recent: list[str] = field(default_factory=list)
    brand: Brand = field(default_factory=Brand)
    export_formats: list[str] = field(default_factory=lambda: ["portrait"])
    export_types: list[str] = field(default_factory=lambda: [".jpg"])
    export_dir: str = ""  # the last kit's folder; empty: the documents folder (inside DIPLOMAT_HOME when portable)
    tour_seen: bool = False  # the first-run tour was shown (finished or skipped)

    @staticmethod
    def path() -> Path:
        return paths.config_dir() / "settings.json"

    @classmethod
    def load(cls) -> Settings:
        try:
            data = json.loads(cls.path().read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()  # first start, or a damaged file: defaults (the file is rewritten on save)
        if not isinstance(data, dict):
            return cls()
        settings = cls()
        if data.get("language") in ("id", "en"):
            settings.language = data["language"]
        if isinstance(data.get("platform"), str):
            settings.platform = data["platform"]
        settings.recent = [str(p) for p in data.get("recent", []) if isinstance(p, str)][:MAX_RECENT]
        try:
            settings.brand = Brand.from_dict(data.get("brand"))
        except Exception:  # a broken brand kit must not stop the app from starting
            settings.brand = Brand()
        settings.tour_seen = data.get("tour_seen") is True
        if isinstance(data.get("export_dir"), str):
            settings.export_dir = data["export_dir"]
        for key in ("export_formats", "export_types"):
            if isinstance(data.get(key), list) and data[key]:
                setattr(settings, key, [str(x) for x in data[key]])
        return settings

    def save(self) -> None:
        data = asdict(self)
        data["brand"] = self.brand.to_dict()
        data["schema_version"] = SCHEMA_VERSION
        atomic.write_text(self.path(), json.dumps(data, ensure_ascii=False, indent=2))

    def add_recent(self, project: Path) -> None:
        path = str(Path(project).resolve())
        self.recent = [path] + [p for p in self.recent if p != path][: MAX_RECENT - 1]
