"""Encode a rendered result into files: image types, names, the publish kit."""
