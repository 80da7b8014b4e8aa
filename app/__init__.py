"""Diplomat Studio core: templates, layout, rendering, export. Runs headless; never imports QtWidgets."""

__version__ = "0.1.0"
