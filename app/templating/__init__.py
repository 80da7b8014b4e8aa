"""Templates: manifests, discovery, the sandboxed Jinja2 environment and the layout helpers."""

from app.templating.library import Library, Template
from app.templating.manifest import FIELD_TYPES, KINDS, Field, Manifest, Theme

__all__ = ["FIELD_TYPES", "KINDS", "Field", "Library", "Manifest", "Template", "Theme"]
