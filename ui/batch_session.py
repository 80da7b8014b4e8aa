"""The batch window's model: what the user has chosen (template, sheet, worksheet, column
mapping, formats, file type, name pattern, output folder), the sheet as read, the row being
previewed and the latest dry-run or run results. The panels receive it in __init__, change it
through its methods and redraw on its signals; none of them talks to another.

Reading the sheet is work on the user's file, so it runs off the GUI thread (`load_sheet`,
through LatestOnly: switching template or worksheet quickly reads only the newest choice).
The batch itself is started by the window with `options()`: the same `Options` the CLI builds,
with the mapping written as the CLI's `--map` pairs, so `prepare` yields exactly these columns.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from app.batch import mapping as columns_to_fields
from app.batch.plan import FILE_TYPES, Options, Plan, prepare
from app.batch.sheets import sheet_names
from app.model.design import Brand
from app.templating.library import Library, Template

from .worker import LatestOnly


@dataclass
class Loaded:
    """A sheet as read for one template: the plan (auto-mapped), its worksheets, the numbers
    of its rows (as the spreadsheet app shows them) and how it was read."""

    plan: Plan
    worksheets: list[str]
    numbers: list[int]
    notes: list = field(default_factory=list)


def load_sheet(template_id: str, path: Path, worksheet: str | None, library: Library, lang: str) -> Loaded:
    """In a worker: the header, the automatic mapping and one pass over the rows (the notes
    about cut or stray cells come from that pass)."""
    worksheets = sheet_names(path)
    wanted = worksheet if worksheet in worksheets and len(worksheets) > 1 else None
    plan = prepare(Options(template=template_id, sheet=path, out_dir=path.parent, sheet_name=wanted, lang=lang),
                   library)
    numbers = [row.number for row in plan.sheet.rows()]
    return Loaded(plan, worksheets, numbers, list(plan.sheet.notes))


def mapping_pairs(columns: list[str], chosen: dict[str, str]) -> list[str]:
    """The mapping as `--map` pairs: every column cleared first, then each chosen one set."""
    return [f"{column}=" for column in columns] + [f"{column}={key}" for key, column in chosen.items()]


def mappable_fields(template: Template) -> list:
    """The fields a column can fill (a list field cannot come from one column)."""
    return [f for f in template.manifest.fields if f.type != "list"]


class BatchSession(QObject):
    template_changed = Signal()  # new fields and formats
    loading = Signal()  # a sheet is being read
    loaded = Signal()  # a sheet was read: columns, worksheets, rows, notes
    load_failed = Signal(object)  # the DiplomatError (or other) that stopped the reading
    mapping_changed = Signal()
    formats_changed = Signal()
    current_row_changed = Signal(int)
    results_changed = Signal()

    def __init__(self, library: Library, lang: str, brand: Brand | None = None, template_id: str | None = None,
                 parent=None):
        super().__init__(parent)
        self.library, self.lang, self.brand = library, lang, brand or Brand()
        ids = self.template_ids()
        self.template: Template = library.get(template_id if template_id in ids else ids[0])
        self.sheet_path: Path | None = None
        self.worksheet: str | None = None
        self.sheet: Loaded | None = None
        self.mapping: dict[str, str] = {}
        self.formats: list[str] = self.template.manifest.formats[:1]
        self.file_type = FILE_TYPES[0]
        self.name_pattern = ""
        # on by default: after a crash, a Cancel or a fix to one row, Start carries on and makes
        # only what is missing or changed (the same input hash as the CLI's --resume)
        self.resume = True
        self.out_dir: Path | None = None
        self._out_dir_chosen = False  # until the user picks one, it follows the sheet
        self.current_row: int | None = None
        self.results: dict[int, object] = {}  # row number -> RowResult, from the latest check or run
        self.image_problems: dict[int, list[tuple[str, str, dict]]] = {}  # row -> (field, path, why)
        self._loads = LatestOnly(self._on_loaded, self._on_load_failed, self)

    # -- what the user chooses ---------------------------------------------------------------
    def template_ids(self) -> list[str]:
        # a carousel's points come from a list, which no sheet column can fill (plan.prepare says so)
        templates = [t for t in self.library.templates.values() if not t.manifest.slides]
        return [t.id for t in sorted(templates, key=lambda t: t.manifest.name.get(self.lang).casefold())]

    def set_template(self, template_id: str) -> None:
        if template_id == self.template.id:
            return
        self.template = self.library.get(template_id)
        self.formats = self.template.manifest.formats[:1]
        self.mapping = {}
        self._clear_results()
        self.template_changed.emit()
        self.formats_changed.emit()
        self.mapping_changed.emit()
        self._load(self.sheet_path, self.worksheet)

    def choose_sheet(self, path: Path) -> None:
        self._load(Path(path), None)

    def set_worksheet(self, name: str) -> None:
        if name and name != self.worksheet:
            self._load(self.sheet_path, name)

    def set_column(self, key: str, column: str | None) -> None:
        """`column` feeds field `key` (None: no column). One column feeds one field, as in the
        core, so a column given to this field leaves the field that had it."""
        chosen = {k: c for k, c in self.mapping.items() if k != key and c != column}
        if column is not None:
            chosen[key] = column
        order = [f.key for f in self.template.manifest.fields]
        self.mapping = {k: chosen[k] for k in order if k in chosen}
        self._clear_results()
        self.mapping_changed.emit()

    def set_formats(self, formats: list[str]) -> None:
        self.formats = [f for f in self.template.manifest.formats if f in formats]
        self._clear_results()  # the check ran on the formats chosen then
        self.formats_changed.emit()

    def set_file_type(self, suffix: str) -> None:
        self.file_type = suffix

    def set_name_pattern(self, pattern: str) -> None:
        self.name_pattern = pattern.strip()

    def set_resume(self, resume: bool) -> None:
        self.resume = bool(resume)

    def set_out_dir(self, folder: Path) -> None:
        self.out_dir, self._out_dir_chosen = Path(folder), True

    # -- what the panels read -----------------------------------------------------------------
    @property
    def columns(self) -> list[str]:
        return self.sheet.plan.sheet.columns if self.sheet else []

    def missing(self) -> list:
        """Required fields with no column: nothing starts until each has one."""
        return columns_to_fields.missing_required(self.mapping, self.template.manifest)

    def unmatched(self) -> list[str]:
        return columns_to_fields.unmatched_columns(self.mapping, self.columns)

    def preview_format(self) -> str:
        return (self.formats or self.template.manifest.formats)[0]

    def options(self, user_dirs: list[str]) -> Options:
        """The batch as the CLI would be asked for it; `prepare` checks it in the worker."""
        return Options(template=self.template.id, sheet=self.sheet_path, out_dir=self.out_dir,
                       formats=list(self.formats), file_type=self.file_type, name_pattern=self.name_pattern,
                       maps=mapping_pairs(self.columns, self.mapping), sheet_name=self.worksheet
                       if self.sheet and len(self.sheet.worksheets) > 1 else None,
                       brand=self.brand, lang=self.lang, user_dirs=list(user_dirs), resume=self.resume)

    # -- rows and results ----------------------------------------------------------------------
    def go_to(self, number: int) -> None:
        """Preview row `number`, or the nearest row the sheet has (blank rows are skipped)."""
        numbers = self.sheet.numbers if self.sheet else []
        if not numbers:
            return
        nearest = min(numbers, key=lambda n: (abs(n - number), n))
        if nearest != self.current_row:
            self.current_row = nearest
            self.current_row_changed.emit(nearest)

    def step(self, delta: int) -> None:
        numbers = self.sheet.numbers if self.sheet else []
        if not numbers or self.current_row not in numbers:
            return
        index = max(0, min(len(numbers) - 1, numbers.index(self.current_row) + delta))
        self.go_to(numbers[index])

    def problem_rows(self) -> list[int]:
        bad = {n for n, r in self.results.items() if r.status != "ok"} | set(self.image_problems)
        return sorted(bad)

    def next_problem(self) -> None:
        rows = self.problem_rows()
        if rows:
            after = [n for n in rows if self.current_row is None or n > self.current_row]
            self.go_to((after or rows)[0])

    def show_preflight(self, pre) -> None:
        self.results = {r.number: r for r in pre.rows}
        self.image_problems = {}
        for number, key, path, why in pre.image_problems:
            self.image_problems.setdefault(number, []).append((key, path, why))
        self.results_changed.emit()

    def show_summary(self, summary) -> None:
        self.results = {r.number: r for r in summary.rows}
        self.results_changed.emit()

    def _clear_results(self) -> None:
        if self.results or self.image_problems:
            self.results, self.image_problems = {}, {}
            self.results_changed.emit()

    # -- reading the sheet, off the GUI thread ---------------------------------------------------
    def _load(self, path: Path | None, worksheet: str | None) -> None:
        """Read `path` for the current template; the choices change only once it is read, so
        a sheet that cannot be read leaves the last good one in place."""
        if path is None:
            return
        args = (self.template.id, path, worksheet, self.library, self.lang)
        self.loading.emit()
        self._loads.submit(lambda: load_sheet(*args))

    def _on_loaded(self, sheet: Loaded) -> None:
        if self._loads.busy:  # a newer choice is being read
            return
        self.sheet, self.worksheet = sheet, sheet.plan.sheet.name
        self.sheet_path = Path(sheet.plan.options.sheet)
        if not self._out_dir_chosen:
            self.out_dir = self.sheet_path.parent / f"{self.sheet_path.stem}-hasil"
        self.mapping = dict(sheet.plan.mapping)
        self.current_row = None
        self._clear_results()
        self.loaded.emit()
        self.mapping_changed.emit()
        self.go_to(sheet.numbers[0] if sheet.numbers else 0)

    def _on_load_failed(self, exc) -> None:
        if not self._loads.busy:
            self.load_failed.emit(exc)
