"""The batch report, in DIR: report.csv (a spreadsheet app opens it), report.json (for
machines) and report.html (thumbnails, opens in a browser from the folder). Per row: status
(ok, warn, blocked, failed), files and findings, and the cause of a failure."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from app import atomic, resources
from app.batch.job import RowResult

THUMBS = "report-files"
STATUS = {"id": {"ok": "siap", "warn": "perlu dicek", "blocked": "diblokir", "failed": "gagal",
                 "skipped": "dilewati"},
          "en": {"ok": "ok", "warn": "check", "blocked": "blocked", "failed": "failed", "skipped": "skipped"}}


@dataclass
class Summary:
    template: str
    sheet: str
    rows: list[RowResult] = field(default_factory=list)
    skipped_empty: int = 0
    notes: list[dict] = field(default_factory=list)  # {"id":..., "en":...}
    seconds: float = 0.0
    interrupted: bool = False

    def counts(self) -> dict[str, int]:
        out = {"ok": 0, "warn": 0, "blocked": 0, "failed": 0}
        for r in self.rows:
            out[r.status] = out.get(r.status, 0) + 1
        return out

    @property
    def images(self) -> int:
        return sum(len(r.files) for r in self.rows)


def save_thumb(out_dir: Path, result: RowResult) -> None:
    if result.thumb:
        folder = Path(out_dir) / THUMBS
        folder.mkdir(exist_ok=True)
        atomic.write_bytes(folder / f"baris-{result.number}.jpg", result.thumb)


def write_all(summary: Summary, out_dir: Path, lang: str) -> list[Path]:
    out_dir = Path(out_dir)
    rows = sorted(summary.rows, key=lambda r: r.number)
    atomic.write_text(out_dir / "report.csv", _csv(rows, lang))
    atomic.write_text(out_dir / "report.json", json.dumps(_json(summary, rows), ensure_ascii=False, indent=1))
    atomic.write_text(out_dir / "report.html", _html(summary, rows, out_dir, lang))
    return [out_dir / n for n in ("report.csv", "report.json", "report.html")]


def _message(finding: dict, lang: str) -> str:
    where = f"[{finding.get('format')}] " if finding.get("format") else ""
    return f"{where}{finding['rule']} {finding['message'].get(lang, '')}"


def _csv(rows: list[RowResult], lang: str) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf)
    head = {"id": ["baris", "status", "berkas", "penyebab", "temuan"],
            "en": ["row", "status", "files", "cause", "findings"]}[lang]
    writer.writerow(head)
    for r in rows:
        writer.writerow([r.number, STATUS[lang].get(r.status, r.status), " ".join(r.files),
                         (r.cause or {}).get(lang, ""), " | ".join(_message(f, lang) for f in r.findings)])
    return "\ufeff" + buf.getvalue()  # a BOM: Excel then reads the UTF-8 as UTF-8


def _json(summary: Summary, rows: list[RowResult]) -> dict:
    return {"template": summary.template, "sheet": summary.sheet, "counts": summary.counts(),
            "skipped_empty_rows": summary.skipped_empty, "seconds": round(summary.seconds, 2),
            "interrupted": summary.interrupted, "notes": summary.notes,
            "rows": [{"row": r.number, "status": r.status, "files": r.files, "cause": r.cause,
                      "findings": r.findings} for r in rows]}


@lru_cache(maxsize=1)
def _environment() -> Environment:
    return Environment(loader=FileSystemLoader(str(resources.resource("batch"))),
                       autoescape=select_autoescape(["html", "j2"]), trim_blocks=True, lstrip_blocks=True)


def _html(summary: Summary, rows: list[RowResult], out_dir: Path, lang: str) -> str:
    thumbs = {r.number: f"{THUMBS}/baris-{r.number}.jpg" for r in rows
              if (out_dir / THUMBS / f"baris-{r.number}.jpg").is_file()}
    return _environment().get_template("laporan-batch.html.j2").render(
        s=summary, rows=rows, thumbs=thumbs, lang=lang, status=STATUS[lang], counts=summary.counts(),
        message=lambda f: _message(f, lang))
