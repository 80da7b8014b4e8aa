"""Templates: manifests, discovery, the sandboxed Jinja2 environment and the layout helpers."""

from .library import Library, Template
from .manifest import FIELD_TYPES, KINDS, Field, Manifest, Theme

__all__ = ["FIELD_TYPES", "KINDS", "Field", "Library", "Manifest", "Template", "Theme"]
