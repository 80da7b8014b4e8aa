"""Diplomat Studio desktop GUI: a thin PySide6 layer over the headless core in `app`."""
