"""Template discovery: bundled templates, overridden by user folders with the same id."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from app import resources
from app.errors import TemplateError, UnsafeTemplateError
from app.templating import environment, manifest


@dataclass(frozen=True)
class Template:
    manifest: manifest.Manifest
    folder: Path
    source: str  # "bundled" or "user"

    @property
    def id(self) -> str:
        return self.manifest.id


class Library:
    """All templates a user can pick. `user_dirs` come first and win over bundled ones.

    Discovery happens once, on the first call that needs it, under a lock, so the GUI thread and
    render workers can share one Library. Templates that could not be read are not dropped in
    silence: `problems()` returns them, and the CLI, the gallery and lint show them."""

    def __init__(self, user_dirs: list[Path] | None = None, bundled: Path | None = None):
        self.search = [(Path(d), "user") for d in (user_dirs or [])] + \
            [(Path(bundled or resources.templates_dir()), "bundled")]
        self._lock = threading.Lock()
        self._templates: dict[str, Template] | None = None
        self._problems: dict[str, TemplateError] = {}
        self._env = None

    def load(self) -> dict[str, TemplateError]:
        """Discover the templates and build the Jinja2 environment now (a worker does this
        before its first row); return the problems, as `problems()` does."""
        _ = self.env
        return self.problems()

    def problems(self) -> dict[str, TemplateError]:
        """Template folders that were skipped, with why (folder -> error)."""
        self._scan()
        return dict(self._problems)

    @property
    def templates(self) -> dict[str, Template]:
        return self._scan()

    def _scan(self) -> dict[str, Template]:
        with self._lock:
            if self._templates is None:
                self._templates = self._discover()
            return self._templates

    def _discover(self) -> dict[str, Template]:
        found: dict[str, Template] = {}
        broken: set[str] = set()  # ids whose user folder is broken: never replaced by another
        for root, source in self.search:
            if not root.is_dir():
                continue
            # hidden folders are a pack import's staging and swap, never templates
            for folder in sorted(p for p in root.iterdir()
                                 if not p.name.startswith(".") and (p / "manifest.toml").exists()):
                if folder.name in found or folder.name in broken:
                    continue
                try:
                    found[folder.name] = self._load(folder, source)
                except TemplateError as exc:
                    self._problems[str(folder)] = exc
                    broken.add(folder.name)
        return dict(sorted(found.items()))

    @staticmethod
    def _load(folder: Path, source: str) -> Template:
        if folder.is_symlink():
            raise UnsafeTemplateError(
                f"{folder}: folder template berupa tautan simbolik; itu tidak diikuti demi keamanan.",
                f"{folder}: the template folder is a symbolic link, which is not followed for safety.",
            )
        man = manifest.load(folder / "manifest.toml")
        if man.id != folder.name:
            raise TemplateError(
                f"{folder}: id '{man.id}' harus sama dengan nama folder.",
                f"{folder}: id '{man.id}' must match the folder name.",
            )
        return Template(man, folder, source)

    @property
    def env(self):
        templates = self._scan()
        with self._lock:
            if self._env is None:
                self._env = environment.build({tid: t.folder for tid, t in templates.items()},
                                              shared=self.search[-1][0] / "_shared")
            return self._env

    def get(self, template_id: str) -> Template:
        template = self.templates.get(template_id)
        if template is not None:
            return template
        for folder, problem in self.problems().items():
            if Path(folder).name == template_id:
                raise problem
        known = ", ".join(self.templates) or "-"
        raise TemplateError(
            f"Template '{template_id}' tidak ditemukan. Yang tersedia: {known}.",
            f"Template '{template_id}' not found. Available: {known}.",
        )

    def for_duty(self, duty: int) -> list[Template]:
        return [t for t in self.templates.values() if duty in t.manifest.duties]
