"""The bounded sandbox: a user's template may not take unbounded time, memory or output.

Jinja2's ImmutableSandboxedEnvironment keeps a template away from Python internals, but not from
work: `{% for i in range(99999) %}{% for j in range(99999) %}` runs for hours and
`{{ 'x' * 10**9 }}` takes gigabytes. Every render here therefore runs under a budget:
- loops: every `{% for %}` iterates through a counter (the template's syntax tree is rewritten
  at compile time), at most MAX_ITERATIONS items per render;
- size: `*`, `+`, `**` and `~` refuse results over MAX_SEQUENCE items or MAX_INT_BITS bits; a
  call of a filter or method refuses numbers (widths, counts) over MAX_SEQUENCE and results
  over it; printf-style widths are capped;
- structure: every list, tuple or dict a template builds (a literal, an operator's, a call's or
  a filter's result) is weighed as if written out, shared parts counted each time they occur:
  at most MAX_SEQUENCE containers and items and MAX_WEIGHT_CHARS characters. A list that holds
  itself twice, forty times over, is small in memory but 2^40 items to compare, hash or print;
  it is refused where it is built, so no later `==`, `in`, hash or str() can hang;
- time: the loop counter, every call and every output chunk check the time spent inside the
  render (RENDER_SECONDS; a lint's shared budget counts only its renders, not its rasters);
- output: at most MAX_OUTPUT_CHARS of SVG.
A template that exceeds a budget stops with RenderLimit, which compose turns into a clear
error naming the template (exit 2). The bundled templates use a tiny fraction of each budget.
"""

from __future__ import annotations

import functools
import io
import math
import re
from collections.abc import Iterable
from pathlib import PurePath

from jinja2 import nodes
from jinja2.runtime import markup_join
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.utils import _PassArg, pass_environment

from app.templating.budget import (  # noqa: F401 (RenderLimit, tick: the sandbox's API too)
    MAX_SEQUENCE,
    RENDER_SECONDS,
    RenderLimit,
    built,
    current_budget,
    rendering,
    tick,
    too_big,
    weigh,
)

MAX_ITERATIONS = 1_000_000
MAX_NUMBER_ARG = 10_000  # a width or count passed to a filter or method; a poster needs far less
# Compiling is the one cost no render budget sees: Python's compiler took 8 s over 8,000 tiny
# macros (270 KB). So a template file's size, its tags, its syntax tree and its macros are
# bounded before it is compiled; the largest bundled file is 14 KB, 269 tags, 2,126 nodes and
# 11 macros, so each bound leaves room to spare.
MAX_SOURCE_CHARS = 128 * 1024  # one template file
MAX_TAGS = 3_000  # {{ }} and {% %} in one file, counted before it is parsed
MAX_NODES = 15_000  # nodes of one file's syntax tree, counted before it is compiled
MAX_MACROS = 200  # macro and call blocks in one file: each compiles to a Python function
MAX_BLOCK_DEPTH = 12  # nested for/if/macro blocks (Python's compiler stops at 20)
OUR_FILTERS = {"rupiah", "angka", "tanggal"}
MAX_INT_BITS = 100_000
MAX_OUTPUT_CHARS = 20_000_000  # 20 MB of SVG: an A4 poster with photos is a few MB
LOOP_NAME = "_diplomat_loop_budget"
CONCAT_NAME = "_diplomat_concat"
BUILT_NAME = "_diplomat_built"
_WIDTH = re.compile(r"%[-+ #0]*(\d{5,})|%[-+ #0]*\d*\.(\d{5,})|\{[^{}]*:[^{}]*?(\d{5,})[^{}]*\}")


def _size(value) -> int:
    return len(value) if isinstance(value, (str, bytes, list, tuple, dict)) else 0


def _check_numbers(values: Iterable) -> None:
    for value in values:
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_NUMBER_ARG:
            raise too_big("arg")


def _check_format(text) -> None:
    """A printf or str.format pattern whose width could allocate gigabytes."""
    if isinstance(text, str) and _WIDTH.search(text):
        raise too_big("width")


def _check_growth(inputs: Iterable, result):
    """Refuse amplification: a result over MAX_SEQUENCE that is much larger than what went in.
    (Large inputs that pass through, such as an embedded photo, are fine.)"""
    size = _size(result)
    if size > MAX_SEQUENCE and size > 2 * sum(_size(v) for v in inputs) + 1024:
        raise too_big("result")
    if isinstance(result, int) and not isinstance(result, bool) and result.bit_length() > MAX_INT_BITS:
        raise too_big("int")
    return result


def loop_budget(iterable):
    """Every `{% for %}` iterates through this: it counts items against the render's budget."""
    budget = current_budget()
    for item in iterable:
        budget.iterations += 1
        if budget.iterations > MAX_ITERATIONS:
            raise RenderLimit(f"perulangan lebih dari {MAX_ITERATIONS:,} langkah".replace(",", "."),
                              f"loops ran more than {MAX_ITERATIONS:,} steps")
        if budget.iterations % 1024 == 0:
            budget.tick()
        yield item


def checked_concat(*parts):
    """`a ~ b`, with a size check first."""
    if sum(len(str(p)) for p in parts) > MAX_SEQUENCE:
        raise too_big("concat")
    return markup_join(parts)


def guard_filter(func):
    """A filter with the same checks as a method call, on its parameters: the value it filters
    is data (a price of Rp1.250.000, a population of 270 million) and is never refused."""
    first_param = 2 if _PassArg.from_obj(func) is not None else 1  # (context,) value, params...

    @functools.wraps(func)  # keeps jinja_pass_arg, so pass_context filters still get theirs
    def guarded(*args, **kwargs):
        values = list(args) + list(kwargs.values())
        _check_numbers(list(args[first_param:]) + list(kwargs.values()))  # widths and counts, not the data
        if func.__name__ in ("do_format", "do_center", "do_indent", "do_wordwrap"):
            for value in values:
                _check_format(value)
        return _check_growth(values, func(*args, **kwargs))
    return guarded


class BoundedSandbox(ImmutableSandboxedEnvironment):
    """ImmutableSandboxedEnvironment with the budgets above, an allowlist of filters, no
    attribute that leads to the file system, and no container printed whole."""

    intercepted_binops = frozenset({"*", "**", "+", "%"})

    def is_safe_attribute(self, obj, attr, value) -> bool:
        """Our objects show a template only what it may use: an image is something to draw
        with image_frame, not a path to open (Path.read_text would read any file)."""
        if _opaque(obj) or isinstance(value, (PurePath, io.IOBase)) or callable(value) and \
                isinstance(getattr(value, "__self__", None), (PurePath, io.IOBase)):
            return False
        return super().is_safe_attribute(obj, attr, value)

    def getitem(self, obj, argument):
        if _opaque(obj):
            return self.undefined(obj=obj, name=argument)
        return super().getitem(obj, argument)


    def _parse(self, source, name, filename):
        if len(source) > MAX_SOURCE_CHARS:
            raise RenderLimit(f"berkas template {name} lebih dari {MAX_SOURCE_CHARS // 1024} KB",
                              f"the template file {name} is over {MAX_SOURCE_CHARS // 1024} KB")
        if source.count("{{") + source.count("{%") > MAX_TAGS:
            raise _too_complex(name, f"lebih dari {MAX_TAGS:,} tag {{{{ }}}} dan {{% %}}".replace(",", "."),
                               f"more than {MAX_TAGS:,} {{{{ }}}} and {{% %}} tags")
        tree = super()._parse(source, name, filename)
        _check_size(tree, name)
        _check_depth(tree)
        for node in tree.find_all(nodes.Name):
            if node.name in (LOOP_NAME, CONCAT_NAME, BUILT_NAME):
                raise RenderLimit(f"nama '{node.name}' dipakai oleh Diplomat Studio",
                                  f"the name '{node.name}' is reserved by Diplomat Studio")
        for loop in tree.find_all(nodes.For):
            loop.iter = nodes.Call(nodes.Name(LOOP_NAME, "load"), [loop.iter], [], None, None,
                                   lineno=loop.lineno)
        _rewrite_expressions(tree)
        return tree

    def wrap_str_format(self, value):
        """`'{:>999999999}'.format(x)` is refused before it allocates, and so is a width given
        as an argument (`'{0:{1}}'.format(x, 10**9)`)."""
        if getattr(value, "__name__", "") in ("format", "format_map"):
            _check_format(getattr(value, "__self__", None))
        wrapped = super().wrap_str_format(value)
        if wrapped is None:
            return None

        def checked(*args, **kwargs):
            _check_numbers([*args, *kwargs.values(), *(a for m in args if isinstance(m, dict) for a in m.values())])
            return _check_growth([*args, *kwargs.values()], wrapped(*args, **kwargs))
        return checked

    def call_binop(self, context, operator, left, right):
        if operator == "*":
            if isinstance(right, int) and _size(left) * right > MAX_SEQUENCE or \
                    isinstance(left, int) and _size(right) * left > MAX_SEQUENCE:
                raise too_big("mul")
            if isinstance(left, int) and isinstance(right, int) and \
                    left.bit_length() + right.bit_length() > MAX_INT_BITS:
                raise too_big("int")
        elif operator == "**" and isinstance(left, int) and isinstance(right, int) and right > 0:
            if max(1, abs(left).bit_length()) * right > MAX_INT_BITS:
                raise too_big("int")
        elif operator == "+" and _size(left) + _size(right) > MAX_SEQUENCE:
            raise too_big("add")
        elif operator == "%":
            _check_format(left)
        return _check_growth((left, right), super().call_binop(context, operator, left, right))

    def call(__self, __context, __obj, *args, **kwargs):  # noqa: N805 (Jinja's own signature)
        current_budget().tick()
        owner = getattr(__obj, "__self__", None)
        if not isinstance(owner, (str, list, tuple, dict)):  # helpers, macros, globals (dict, namespace)
            result = super().call(__context, __obj, *args, **kwargs)
            weigh(result)
            return result
        _check_numbers(list(args) + list(kwargs.values()))  # 'x'.ljust(10**9), [0].__mul__, ...
        _check_format(owner)
        if getattr(__obj, "__name__", "") == "replace" and args and args[0] == "" and \
                len(owner) * (len(str(args[1])) + 1 if len(args) > 1 else 1) > MAX_SEQUENCE:
            raise too_big("replace")
        return _check_growth([owner, *args, *kwargs.values()], super().call(__context, __obj, *args, **kwargs))


def _opaque(obj) -> bool:
    """Objects a template may only pass on to a helper (an image), never look inside; a class
    says so with `template_opaque = True`."""
    return bool(getattr(type(obj), "template_opaque", False))


_BLOCKS = (nodes.For, nodes.If, nodes.Macro, nodes.CallBlock, nodes.FilterBlock, nodes.With)


def _too_complex(name: str, id_what: str, en_what: str) -> RenderLimit:
    return RenderLimit(f"berkas template {name} terlalu rumit ({id_what}); pecah menjadi beberapa berkas",
                       f"the template file {name} is too complex ({en_what}); split it into several files")


def _check_size(tree, name: str) -> None:
    """At most MAX_NODES nodes and MAX_MACROS macros, counted without recursion."""
    count, macros, stack = 0, 0, [tree]
    while stack:
        node = stack.pop()
        count += 1
        macros += isinstance(node, (nodes.Macro, nodes.CallBlock))
        if count > MAX_NODES:
            raise _too_complex(name, f"lebih dari {MAX_NODES:,} simpul".replace(",", "."),
                               f"more than {MAX_NODES:,} syntax nodes")
        if macros > MAX_MACROS:
            raise _too_complex(name, f"lebih dari {MAX_MACROS} makro", f"more than {MAX_MACROS} macros")
        stack.extend(node.iter_child_nodes())


def _check_depth(tree) -> None:
    """Blocks nested deeper than MAX_BLOCK_DEPTH are refused: Python's compiler gives up at 20
    ("too many statically nested blocks"), and no poster needs a dozen."""
    stack = [(tree, 0)]
    while stack:
        node, depth = stack.pop()
        depth += isinstance(node, _BLOCKS)
        if depth > MAX_BLOCK_DEPTH:
            raise RenderLimit(f"blok bersarang lebih dari {MAX_BLOCK_DEPTH} tingkat",
                              f"blocks are nested more than {MAX_BLOCK_DEPTH} levels deep")
        stack.extend((child, depth) for child in node.iter_child_nodes())


def _rewrite_expressions(tree) -> None:
    """`a ~ b` compiles to a join the sandbox never sees: route it through checked_concat. A
    list, tuple or dict literal compiles to plain Python: route it through `built`."""
    for parent in [tree, *tree.find_all(nodes.Node)]:
        for field in parent.fields:
            value = getattr(parent, field, None)
            if isinstance(value, nodes.Node):
                setattr(parent, field, _rewritten(value))
            elif isinstance(value, list):
                value[:] = [_rewritten(item) if isinstance(item, nodes.Node) else item for item in value]


def _rewritten(node: nodes.Node) -> nodes.Node:
    # the same node objects inside: a literal nested inside is replaced in place by the outer walk
    if isinstance(node, nodes.Concat):
        return nodes.Call(nodes.Name(CONCAT_NAME, "load"), node.nodes, [], None, None, lineno=node.lineno)
    if isinstance(node, (nodes.List, nodes.Dict)) or isinstance(node, nodes.Tuple) and node.ctx == "load":
        return nodes.Call(nodes.Name(BUILT_NAME, "load"), [node], [], None, None, lineno=node.lineno)
    return node


# The filters a template may use: linear in their input, bounded by the checks here. Jinja's
# others are out: center/indent/wordwrap/pprint/tojson/urlize/xmlattr/sum can take quadratic or
# exponential time or memory on a small template (a 1M-character wordwrap, a shared nested list
# printed whole) before any hook of ours runs. Our own rupiah, angka and tanggal are added by
# environment.build.
ALLOWED_FILTERS = {
    "abs", "attr", "batch", "capitalize", "count", "d", "default", "dictsort", "e", "escape", "first",
    "float", "format", "groupby", "int", "items", "join", "last", "length", "list", "lower", "map", "max",
    "min", "reject", "rejectattr", "replace", "reverse", "round", "safe", "select", "selectattr", "slice",
    "sort", "string", "title", "trim", "truncate", "unique", "upper", "urlencode", "wordcount",
}
# Jinja's own, re-implemented with a size check before the work: join and format build one
# string from many, string must not print a whole list or dict.
@pass_environment
def safe_join(environment, value, d: str = "", attribute=None):
    """Jinja's join, counting the size as it goes."""
    seq, size = [], 0
    for item in value:
        if attribute is not None:
            item = environment.getitem(item, attribute)  # the sandbox's own lookup
        text = _scalar_text(item)
        size += len(text) + len(d)
        if size > MAX_SEQUENCE:
            raise too_big("result")
        seq += [d, text] if seq else [text]
    return markup_join(seq) if seq else ""


def safe_format(pattern, *args, **kwargs):
    _check_format(pattern)
    if len(args) + len(kwargs) > 200 or len(str(pattern)) > 10_000:
        raise too_big("result")
    if sum(len(_scalar_text(a)) for a in (*args, *kwargs.values())) > MAX_SEQUENCE:
        raise too_big("result")
    return _check_growth([pattern, *args], pattern % (kwargs or args))


def safe_string(value):
    return _scalar_text(value)


def safe_float(value, default=0.0):
    """Jinja's float, but never NaN or infinity (Jinja would even write `nan` into the compiled
    template as a name, which fails as a NameError)."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return default
    if not math.isfinite(number):
        raise RenderLimit(f"'{value}' bukan angka yang bisa digambar", f"'{value}' is not a number that can be drawn")
    return number


def _scalar_text(value) -> str:
    if isinstance(value, (list, tuple, dict, set, frozenset)):
        raise RenderLimit("sebuah daftar atau objek tidak bisa dicetak utuh; cetak isinya satu per satu",
                          "a list or object cannot be printed whole; print its items one by one")
    return value if isinstance(value, str) else str(value)


def finalize(value):
    """Every {{ expression }}'s value on its way out: a container is never printed whole (a list
    that holds itself twice, forty times over, is 2^40 characters of text)."""
    if isinstance(value, (list, tuple, dict, set, frozenset)):
        _scalar_text(value)
    return value


def install(env: BoundedSandbox) -> None:
    """Globals and filters of a bounded environment; lipsum (n paragraphs) is removed."""
    env.globals.pop("lipsum", None)
    env.globals[LOOP_NAME] = loop_budget
    env.globals[CONCAT_NAME] = checked_concat
    env.globals[BUILT_NAME] = built
    filters = {name: f for name, f in env.filters.items() if name in ALLOWED_FILTERS or name in OUR_FILTERS}
    filters.update(join=safe_join, format=safe_format, string=safe_string, float=safe_float)
    env.filters = {name: guard_filter(f) for name, f in filters.items()}
    env.finalize = finalize


def render_bounded(template, variables: dict) -> str:
    """Render under a fresh budget (or the shared one); the output is capped at MAX_OUTPUT_CHARS."""
    with rendering() as budget:
        try:
            out, size = [], 0
            for chunk in template.generate(variables):
                size += len(chunk)
                if size > MAX_OUTPUT_CHARS:
                    raise RenderLimit(f"hasil SVG lebih dari {MAX_OUTPUT_CHARS // 1_000_000} MB",
                                      f"the SVG output is over {MAX_OUTPUT_CHARS // 1_000_000} MB")
                out.append(chunk)
                if len(out) % 256 == 0:
                    budget.tick()
            return "".join(out)
        except RecursionError:
            raise RenderLimit("makro atau include memanggil dirinya terlalu dalam",
                              "a macro or include calls itself too deeply") from None
        except MemoryError:
            raise RenderLimit("memori habis", "it ran out of memory") from None
