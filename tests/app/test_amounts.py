"""Prices as people write them mean the same number in the editor, `--set` and batch sheets."""

from __future__ import annotations

import pytest

from app.model.amounts import parse_amount


@pytest.mark.parametrize(("text", "value"), [
    ("Rp 15.000", 15000), ("15rb", 15000), ("15 ribu", 15000), ("Rp15.000,-", 15000), ("1,5 jt", 1500000),
    ("15000", 15000), ("Rp. 1.250.000", 1250000), ("IDR 85,000", 85000), ("2 juta", 2000000), ("15K", 15000),
    ("20.000.-", 20000), ("Rp 1 jt", 1000000), ("1.5jt", 1500000), ("3,5", 3.5), ("1.250.000,50", 1250000.5),
    ("rp25rb", 25000), ("Rp\u00a015.000", 15000), ("12,5rb", 12500), ("  7.500  ", 7500),
])
def test_every_way_people_write_a_price_is_read(text, value):
    got = parse_amount(text)
    assert got == value and type(got) is type(value)


@pytest.mark.parametrize("text", ["R", "Rp", "Rp ", "", "gratis", "15.000.00,0,1", "rb", "1,5,5", "15 ribu rupiah!"])
def test_what_is_not_an_amount_yet_is_refused(text):
    with pytest.raises(ValueError):
        parse_amount(text)
