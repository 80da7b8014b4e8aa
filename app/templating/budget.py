"""What a template's render may spend, and the weighing of what it builds (see sandbox.py for
the budgets as a whole).

A Budget counts the seconds spent inside renders (one render's, or a lint's shared over all its
renders), the loop steps, and remembers the weight of every list and tuple built, so that
building one more level of a structure costs only its own items.
"""

from __future__ import annotations

import contextlib
import contextvars
import time
from collections import abc

from jinja2.utils import Namespace

MAX_SEQUENCE = 1_000_000  # characters of one string, items of one list
MAX_WEIGHT_CHARS = 64_000_000  # characters in one structure written out: a few photos' data URIs
RENDER_SECONDS = 3.0  # a bundled template spends under 0.05 s; 3 s leaves room in the 5 s promise


class RenderLimit(Exception):
    """A template went over one of the budgets; `what` says which, in both languages."""

    def __init__(self, id_text: str, en_text: str):
        super().__init__(en_text)
        self.id_text, self.en_text = id_text, en_text


class Budget:
    """Seconds a template may spend, over one render or (shared) over all of a lint's renders.
    Only time inside render_bounded counts: a lint's rasters and checks do not. Wall-clock, as
    the promise to the user is: a hostile template stops within 5 seconds."""

    def __init__(self, seconds: float, running: bool = True):
        self.seconds = seconds
        self.spent = 0.0
        self.started = time.monotonic() if running else None
        self.iterations = 0
        self.weights: dict[int, tuple[object, int, int]] = {}  # id -> (the list or tuple, items, chars)

    def enter(self) -> None:
        self.started = time.monotonic()

    def leave(self) -> None:
        if self.started is not None:
            self.spent += time.monotonic() - self.started
            self.started = None

    def tick(self) -> None:
        running = time.monotonic() - self.started if self.started is not None else 0.0
        if self.spent + running > self.seconds:
            raise RenderLimit(f"waktu render habis (lebih dari {self.seconds:g} detik)",
                              f"the render ran out of time (over {self.seconds:g} seconds)")


_current: contextvars.ContextVar[Budget | None] = contextvars.ContextVar("diplomat_budget", default=None)


def current_budget() -> Budget:
    """The running render's budget. Outside render_bounded (a test or a tool calling a helper
    directly) each caller gets a fresh one, never kept: a stored one would run out for good
    four seconds after its first use."""
    budget = _current.get()
    return budget if budget is not None else Budget(RENDER_SECONDS)


WHAT = {
    "mul": ("hasil perkalian", "a multiplication's result"),
    "add": ("hasil penjumlahan", "an addition's result"),
    "int": ("sebuah bilangan", "a number"),
    "arg": ("angka yang diberikan ke filter atau metode", "a number given to a filter or method"),
    "width": ("lebar dalam pola format", "a width in a format pattern"),
    "concat": ("teks gabungan (~)", "joined text (~)"),
    "replace": ("hasil replace", "a replace result"),
    "result": ("hasil filter atau metode", "a filter's or method's result"),
    "structure": ("daftar bersarang (jika ditulis utuh)", "a nested list (written out in full)"),
}


def tick() -> None:
    """For helpers that loop in Python (text fitting): the render's deadline applies there too."""
    current_budget().tick()


def too_big(what: str) -> RenderLimit:
    id_what, en_what = WHAT[what]
    return RenderLimit(f"{id_what} terlalu besar (batas {MAX_SEQUENCE:,} karakter atau butir)".replace(",", "."),
                       f"{en_what} is too large (limit {MAX_SEQUENCE:,} characters or items)")


_FROZEN = (list, tuple)  # the sandbox lets no template change these once built


def _children(value) -> list | None:
    if isinstance(value, Namespace):
        value = object.__getattribute__(value, "_Namespace__attrs")
    if isinstance(value, dict):
        return [*value.keys(), *value.values()]
    if isinstance(value, (*_FROZEN, set, frozenset, abc.KeysView, abc.ValuesView, abc.ItemsView)):
        return list(value)
    return None


def weigh(value) -> None:
    """Refuse a structure over MAX_SEQUENCE items or MAX_WEIGHT_CHARS characters written out.

    Each distinct container is visited once; lists and tuples keep their weight for the rest of
    the render (the sandbox lets nothing change them), so building one more level costs only
    its own items. A cycle (possible only through a namespace) counts once: Python prints it
    as `[...]`."""
    if _children(value) is None:
        return
    budget = current_budget()
    memo = budget.weights
    local: dict[int, tuple[int, int]] = {}
    stack, on_path = [(value, False)], set()
    while stack:
        node, expanded = stack.pop()
        key = id(node)
        if not expanded:
            if key in local or key in on_path or (isinstance(node, _FROZEN) and key in memo):
                continue
            children = _children(node)
            on_path.add(key)
            stack.append((node, True))
            stack.extend((child, False) for child in children if _children(child) is not None)
            continue
        on_path.discard(key)
        items = chars = 1
        for child in _children(node):
            if isinstance(child, str):
                items, chars = items + 1, chars + len(child)
            elif _children(child) is None:
                items += 1
            else:
                ckey = id(child)
                sub = local.get(ckey) or (memo[ckey][1:] if ckey in memo else (1, 0))  # (1, 0): a cycle
                items, chars = items + sub[0], chars + sub[1]
        if items > MAX_SEQUENCE or chars > MAX_WEIGHT_CHARS:
            raise too_big("structure")
        local[key] = (items, chars)
        if isinstance(node, _FROZEN):
            if len(memo) > 200_000:
                memo.clear()
            memo[key] = (node, items, chars)
        if len(local) % 4096 == 0:
            budget.tick()


def built(value):
    """A list, tuple or dict literal of the template, weighed as it is made."""
    weigh(value)
    return value


_shared: contextvars.ContextVar[Budget | None] = contextvars.ContextVar("diplomat_shared_budget", default=None)


@contextlib.contextmanager
def shared_budget(seconds: float = RENDER_SECONDS):
    """Every render inside shares one budget: a lint or a pack import renders a template in
    every format, language and theme, and a template that spends just under the budget each
    time must not take a minute in total."""
    token = _shared.set(Budget(seconds, running=False))
    try:
        yield
    finally:
        _shared.reset(token)


@contextlib.contextmanager
def rendering():
    """One render: the shared budget inside shared_budget, else a fresh one, counting while the
    render runs."""
    budget = _shared.get() or Budget(RENDER_SECONDS)
    budget.enter()
    token = _current.set(budget)
    try:
        yield budget
    finally:
        budget.leave()
        _current.reset(token)
