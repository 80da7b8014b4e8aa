"""The checklist report for a person (HTML, rendered with Jinja2) and for machines (JSON).
It travels in the publish kit next to the image, caption and alt text."""

from __future__ import annotations

import base64
import datetime as dt
import io
import json
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from app import __version__, atomic, resources
from app.checklist.labels import field_labels
from app.checklist.model import Report
from app.model.duties import load as load_duties

REPORT_SCHEMA = 1


def to_dict(report: Report, design=None) -> dict:
    data = {
        "schema_version": REPORT_SCHEMA,
        "generated_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "app": f"Diplomat Studio {__version__}",
        **report.to_json_dict(),
        "overrides": [{"rule": f.rule, "field": f.field, "reason": f.overridden}
                      for f in report.findings if f.overridden],
        "checked": report.checked,
        "meta": report.meta,
    }
    for out, f in zip(data["findings"], report.findings, strict=True):
        out["overridden"] = f.overridden
    for out, q in zip(data["questions"], report.questions, strict=True):
        out["trigger"] = q.trigger
    if design is not None:
        data["design"] = {"template": design.template, "format": design.format, "lang": design.lang}
    return data


def write_json(report: Report, path: Path, design=None) -> None:
    atomic.write_text(Path(path), json.dumps(to_dict(report, design), ensure_ascii=False, indent=2) + "\n")


def _thumbnail(rendered) -> str | None:
    if rendered is None:
        return None
    image = rendered.image.copy()
    image.thumbnail((480, 480))
    buf = io.BytesIO()
    image.save(buf, "JPEG", quality=85)
    return "data:image/jpeg;base64," + base64.b64encode(buf.getvalue()).decode("ascii")


@lru_cache(maxsize=1)
def _environment() -> Environment:
    """Our own report template (trusted, bundled), compiled once per process."""
    return Environment(loader=FileSystemLoader(str(resources.resource("checklist"))),
                       autoescape=select_autoescape(["html", "j2"]), trim_blocks=True,
                       lstrip_blocks=True)


def render_html(report: Report, design=None, rendered=None, lang: str = "id", formats=None) -> str:
    """`formats`: (format name, Rendered) for every format a publish kit holds, each shown with
    its thumbnail; else `rendered` alone is."""
    env = _environment()
    from babel.dates import format_datetime

    duties = {d.number: d for d in load_duties().items}
    data = to_dict(report, design)
    made = format_datetime(dt.datetime.fromisoformat(data["generated_at"]).astimezone(),
                           "d MMMM y, HH.mm", locale="id_ID" if lang == "id" else "en")
    template = rendered.composition.template if rendered is not None else None
    shots = [(name, _thumbnail(r)) for name, r in formats or []]
    return env.get_template("laporan.html.j2").render(
        r=report, data=data, made=made, lang=lang, thumb=_thumbnail(rendered), shots=shots,
        labels=field_labels(template, lang), template_name=template.manifest.name.get(lang) if template else "",
        duty5=duties[5], duty6=duties[6], credit=load_duties().credit[lang])


def write_html(report: Report, path: Path, design=None, rendered=None, lang: str = "id", formats=None) -> None:
    atomic.write_text(Path(path), render_html(report, design, rendered, lang, formats))
