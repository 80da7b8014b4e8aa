"""Template discovery: bundled templates, overridden by user folders with the same id."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from ..errors import TemplateError
from ..paths import BUNDLED_TEMPLATES
from . import environment, manifest


@dataclass(frozen=True)
class Template:
    manifest: manifest.Manifest
    folder: Path
    source: str  # "bundled" or "user"

    @property
    def id(self) -> str:
        return self.manifest.id


class Library:
    """All templates a user can pick. `user_dirs` come first and win over bundled ones."""

    def __init__(self, user_dirs: list[Path] | None = None, bundled: Path = BUNDLED_TEMPLATES):
        self.search = [(Path(d), "user") for d in (user_dirs or [])] + [(Path(bundled), "bundled")]
        self.problems: dict[str, TemplateError] = {}  # folder -> why it was skipped

    @cached_property
    def templates(self) -> dict[str, Template]:
        found: dict[str, Template] = {}
        for root, source in self.search:
            if not root.is_dir():
                continue
            for folder in sorted(p for p in root.iterdir() if (p / "manifest.toml").is_file()):
                try:
                    man = manifest.load(folder / "manifest.toml")
                except TemplateError as exc:
                    self.problems[str(folder)] = exc
                    continue
                if man.id != folder.name:
                    self.problems[str(folder)] = TemplateError(
                        f"{folder}: id '{man.id}' harus sama dengan nama folder.",
                        f"{folder}: id '{man.id}' must match the folder name.",
                    )
                    continue
                found.setdefault(man.id, Template(man, folder, source))
        return dict(sorted(found.items()))

    @cached_property
    def env(self):
        return environment.build({tid: t.folder for tid, t in self.templates.items()},
                                 shared=self.search[-1][0] / "_shared")

    def get(self, template_id: str) -> Template:
        template = self.templates.get(template_id)
        if template is not None:
            return template
        for folder, problem in self.problems.items():
            if Path(folder).name == template_id:
                raise problem
        known = ", ".join(self.templates) or "-"
        raise TemplateError(
            f"Template '{template_id}' tidak ditemukan. Yang tersedia: {known}.",
            f"Template '{template_id}' not found. Available: {known}.",
        )

    def for_duty(self, duty: int) -> list[Template]:
        return [t for t in self.templates.values() if duty in t.manifest.duties]
