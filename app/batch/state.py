"""The batch's journal, DIR/.diplomat-batch/state.jsonl: one line per finished row, appended
and flushed as each row ends, so a killed run (Ctrl+C, kill -9, a power cut) keeps what it
finished. `--resume` skips a row whose input hash is unchanged and whose files are all there."""

from __future__ import annotations

import json
import os
from dataclasses import asdict
from pathlib import Path

from app.batch.job import RowResult

STATE_DIR = ".diplomat-batch"


class Journal:
    def __init__(self, out_dir: Path, fresh: bool):
        self.path = Path(out_dir) / STATE_DIR / "state.jsonl"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.done: dict[int, RowResult] = {} if fresh else self._read()
        if not fresh:
            self._rewrite()  # whole lines only: a last line torn by a kill is dropped here
        self._handle = open(self.path, "w" if fresh else "a", encoding="utf-8")  # noqa: SIM115 (held for the run)

    def _read(self) -> dict[int, RowResult]:
        done = {}
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            return done
        for line in lines:
            try:
                data = json.loads(line)
                result = RowResult(**{k: v for k, v in data.items() if k in RowResult.__dataclass_fields__})
            except (ValueError, TypeError):
                continue  # the line a kill cut short
            done[result.number] = result
        return done

    def _rewrite(self) -> None:
        tmp = self.path.with_suffix(".tmp")
        with open(tmp, "w", encoding="utf-8") as handle:
            for result in self.done.values():
                handle.write(_line(result))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, self.path)

    def reusable(self, number: int, input_hash: str, out_dir: Path) -> RowResult | None:
        """The earlier result of this row, if nothing about it changed and its files exist."""
        old = self.done.get(number)
        if old is None or old.input_hash != input_hash or old.status == "failed":
            return None
        if not all((Path(out_dir) / name).is_file() for name in old.files):
            return None
        return old

    def record(self, result: RowResult) -> None:
        self.done[result.number] = RowResult(result.number, result.status, result.files, result.findings,
                                             result.cause, input_hash=result.input_hash)  # no pixels kept
        self._handle.write(_line(result))
        self._handle.flush()

    def close(self) -> None:
        self._handle.close()


def _line(result: RowResult) -> str:
    data = {k: v for k, v in asdict(result).items() if k not in ("thumb", "file_bytes", "svg")}
    return json.dumps(data, ensure_ascii=False) + "\n"
