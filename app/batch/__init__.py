"""Batch: one spreadsheet in, a poster per row. Reading sheets and mapping their columns to
a template's fields come first; the per-row job and its runners follow."""
