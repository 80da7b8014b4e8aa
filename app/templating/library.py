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
    silence: `problems()` returns them, and the CLI, the gallery and lint show them.

    `get(id)` before any discovery reads that one template's manifest (a batch worker needs
    one template, and parsing all of them took a tenth of a second per worker); the Jinja2
    environment is built from the folder listing, which parses nothing."""

    def __init__(self, user_dirs: list[Path] | None = None, bundled: Path | None = None):
        self.search = [(Path(d), "user") for d in (user_dirs or [])] + \
            [(Path(bundled or resources.templates_dir()), "bundled")]
        self._lock = threading.Lock()
        self._templates: dict[str, Template] | None = None
        self._one: dict[str, Template] = {}  # got by id before discovery
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

    def _folders(self) -> dict[str, tuple[Path, str]]:
        """Each id's folder and source, the first in search order (a user folder wins, even a
        broken one: it is never replaced by the bundled template of the same id)."""
        folders: dict[str, tuple[Path, str]] = {}
        for root, source in self.search:
            if not root.is_dir():
                continue
            # hidden folders are a pack import's staging and swap, never templates
            for folder in sorted(p for p in root.iterdir()
                                 if not p.name.startswith(".") and (p / "manifest.toml").exists()):
                folders.setdefault(folder.name, (folder, source))
        return folders

    def _discover(self) -> dict[str, Template]:
        found: dict[str, Template] = {}
        for tid, (folder, source) in self._folders().items():
            try:
                found[tid] = self._one.get(tid) or self._load(folder, source)
            except TemplateError as exc:
                self._problems[str(folder)] = exc
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
        with self._lock:
            if self._env is None:
                # a symbolic link is never a template (`_load` refuses it), nor a path to include
                folders = {tid: folder for tid, (folder, _) in self._folders().items() if not folder.is_symlink()}
                self._env = environment.build(folders, shared=self.search[-1][0] / "_shared")
            return self._env

    def get(self, template_id: str) -> Template:
        template = self._get_one(template_id) if self._templates is None else self.templates.get(template_id)
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

    def _get_one(self, template_id: str) -> Template | None:
        """The template by id without discovering the others; None when it is not found or
        cannot be read (then `get` discovers all, to name the problem or what there is)."""
        with self._lock:
            if template_id in self._one:
                return self._one[template_id]
        for root, source in self.search:
            folder = root / template_id
            if template_id.startswith(".") or folder.name != template_id or not (folder / "manifest.toml").exists():
                continue
            try:
                template = self._load(folder, source)
            except TemplateError:
                return None
            with self._lock:
                return self._one.setdefault(template_id, template)
        return None

    def for_duty(self, duty: int) -> list[Template]:
        return [t for t in self.templates.values() if duty in t.manifest.duties]
