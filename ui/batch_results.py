"""The dry run's table (and, after a run, the run's): one line per row with its status, cause
or findings and image problems. Choosing a line, by click or arrow keys, previews that row."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from app.batch.report import STATUS

from .batch_preview import findings_text

COLOURS = {"failed": "#B00020", "blocked": "#B00020", "warn": "#8A5300"}


class ResultsTable(QTableWidget):
    def __init__(self, session, parent=None):
        super().__init__(0, 4, parent)
        self.session, self.lang = session, session.lang
        self.setAccessibleName(self.tr("Hasil pemeriksaan"))
        self.setHorizontalHeaderLabels([self.tr("Baris"), self.tr("Status"), self.tr("Penyebab / temuan"),
                                        self.tr("Gambar")])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        self._connect()

    def _connect(self) -> None:
        self.currentCellChanged.connect(self._on_current_cell_changed)
        self.cellClicked.connect(self._on_current_cell_changed)
        self.session.results_changed.connect(self._on_results_changed)
        self.session.current_row_changed.connect(self._on_current_row_changed)

    def numbers(self) -> list[int]:
        """The sheet rows listed, in table order."""
        return [self.item(i, 0).data(Qt.ItemDataRole.UserRole) for i in range(self.rowCount())]

    def _on_results_changed(self) -> None:
        results, images = self.session.results, self.session.image_problems
        self.blockSignals(True)
        self.setRowCount(0)
        for number in sorted(set(results) | set(images)):
            result = results.get(number)
            status = result.status if result else "failed"
            why = "; ".join(f"{key}: {w.get(self.lang, '')}" for key, _path, w in images.get(number, []))
            cells = [str(number), STATUS[self.lang].get(status, status), findings_text(result, self.lang)
                     if result else "", why]
            line = self.rowCount()
            self.insertRow(line)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, number)
                item.setToolTip(text)
                if status in COLOURS and column == 1:
                    item.setForeground(QBrush(QColor(COLOURS[status])))
                self.setItem(line, column, item)
        self.blockSignals(False)
        self._on_current_row_changed(self.session.current_row)

    def _on_current_cell_changed(self, line: int, *_rest) -> None:
        item = self.item(line, 0) if line >= 0 else None
        if item is not None:
            self.session.go_to(item.data(Qt.ItemDataRole.UserRole))

    def _on_current_row_changed(self, number) -> None:
        numbers = self.numbers()
        if number in numbers:
            self.blockSignals(True)
            self.selectRow(numbers.index(number))
            self.blockSignals(False)
