"""Tools for template authors: lint, template packs and gallery thumbnails."""
