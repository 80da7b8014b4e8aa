"""Diplomat Studio core: templates, layout, rendering, export. Runs headless: no widget toolkit."""

__version__ = "0.1.0"
