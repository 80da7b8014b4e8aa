"""Batch: one spreadsheet in, a poster per row. Reading sheets and mapping their columns to
a template's fields come first; the per-row job and its runners follow."""

FILE_TYPES = (".jpg", ".png", ".webp", ".pdf")  # what a batch writes (here: the CLI's parser needs only this)
