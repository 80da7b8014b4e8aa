"""Bundled templates, shipped as package data; read through app.resources, never by path."""
