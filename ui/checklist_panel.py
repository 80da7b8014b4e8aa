"""The checklist on the right of the editor: the verdict, findings that appear and disappear as
the user types, and the manual questions with their answers. Each finding shows its severity
as an icon and a word (Diblokir, Perlu dicek, Info), a short title ("NIK terlihat"), the field
by its label, the explanation,
and the rule's id on a details line; the buttons under the list are always there, in the same
place, named by what they do for the selected finding ("Samarkan nomor", "Ini nomor usaha
saya", "Pakai https://", "Tambahkan sumber", "Buat dari isi poster").

After a fix the finding does not just vanish: its card stays where it was, marked
*Diperbaiki*, selected, and the button under the list becomes *Urungkan perbaikan*. The next
report (the user's next edit) lets it go."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.checklist.labels import field_labels
from app.checklist.rulebook import rules

COLORS = {"block": "#B00020", "warn": "#8A6100", "info": "#35608A"}
ICONS = {"block": QStyle.StandardPixmap.SP_MessageBoxCritical, "warn": QStyle.StandardPixmap.SP_MessageBoxWarning,
         "info": QStyle.StandardPixmap.SP_MessageBoxInformation}
PHONE_RULES = ("P4",)  # a phone number that may be a shop's own: the user can say it is
SOURCE_RULES = ("H5", "H2", "L1")  # a claim, a vague source or an accusation: say where it comes from
FIXED_COLOR = "#1B4332"
MIN_WIDTH = 330  # room for two action buttons side by side ("Ini nomor usaha saya", "Urungkan perbaikan")


@dataclass(frozen=True)
class Fixed:
    """The card of a finding just fixed: its row, and its field and what was done to it."""

    rule: str
    field: str | None
    row: int
    text: str
    waits: bool = True


class ChecklistPanel(QWidget):
    finding_activated = Signal(str, object)  # field, span
    fix_requested = Signal(object)  # Finding
    business_number = Signal(object)  # Finding: the number in its span is the user's shop contact
    alt_text_requested = Signal()  # build the alt text from the poster's fields
    undo_requested = Signal()  # take the fix just made back
    source_requested = Signal()  # a claim without a source: go to where the source is written

    def __init__(self, doc, lang: str, parent=None):
        super().__init__(parent)
        self.doc, self.lang = doc, lang
        self.report = None
        self._labels = None
        self.verdict = QLabel(self)
        self.verdict.setAccessibleName(self.tr("Hasil checklist"))
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setAccessibleName(self.tr("Temuan checklist"))
        self.fix = QPushButton(self.tr("Perbaiki"), self)
        self.fix.setEnabled(False)
        self.fix.setAccessibleName(self.tr("Perbaiki temuan terpilih"))
        self.second = QPushButton(self.tr("Ini nomor usaha saya"), self)
        self.second.setEnabled(False)
        self.second.setToolTip(self.tr("Nomor ini kontak usaha Anda: tidak perlu disamarkan. Bisa juga diatur "
                                       "di brand kit."))
        self.reason = QLineEdit(self, placeholderText=self.tr("Alasan melewati blokir (min. 10 huruf)"))
        self.reason.setAccessibleName(self.tr("Alasan melewati blokir"))
        self.reason.setVisible(False)
        keep = self.reason.sizePolicy()
        keep.setRetainSizeWhenHidden(True)  # shown for a block only: the buttons above never move
        self.reason.setSizePolicy(keep)
        self.questions = QGroupBox(self.tr("Pertanyaan untuk Anda"), self)
        self.questions_form = QFormLayout(self.questions)
        layout = QVBoxLayout(self)
        layout.addWidget(self.verdict)
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        for button in (self.fix, self.second):  # their width never follows their text, so the
            policy = button.sizePolicy()  # panel keeps its size whichever finding is selected
            policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
            button.setSizePolicy(policy)
            row.addWidget(button, 1)
        self.setMinimumWidth(MIN_WIDTH)
        layout.addLayout(row)
        layout.addWidget(self.reason)
        layout.addWidget(self.questions)
        self.list.currentItemChanged.connect(self._on_selected)
        self.list.itemActivated.connect(self._on_activated)
        self.list.itemClicked.connect(self._on_activated)
        self.fix.clicked.connect(self._on_fix)
        self.second.clicked.connect(self._on_second)
        self.reason.textEdited.connect(self._on_reason)
        self._answers: dict[str, QComboBox] = {}
        self._just_fixed: Fixed | None = None

    def show_report(self, report) -> None:
        self.report = report
        text = {"pass": self.tr("Lulus"), "warn": self.tr("Perlu dicek"), "block": self.tr("Diblokir")}
        color = {"pass": "#1B4332", "warn": "#6B4F00", "block": "#8B0000"}[report.verdict]
        background = {"pass": "#D8F3DC", "warn": "#FFF3BF", "block": "#FFD6D6"}[report.verdict]
        self.verdict.setText(f"<b>{text[report.verdict]}</b> · {len(report.findings)} " + self.tr("temuan"))
        self.verdict.setStyleSheet(f"background: {background}; color: {color}; padding: 6px; border-radius: 6px;")
        current = self.list.currentRow()
        self.list.blockSignals(True)
        self.list.clear()
        words = {"block": self.tr("Diblokir"), "warn": self.tr("Perlu dicek"), "info": self.tr("Info")}
        for f in report.findings:
            title = rules()[f.rule].title[self.lang] if f.rule in rules() else f.rule
            where = self.field_label(f.field)
            head = f"{title} · {where}" if where.lower() != title.lower() else title  # "Teks alternatif" once
            label = f"{words[f.severity]} · {head}\n{f.message[self.lang]}"
            if f.overridden:
                label += "\n" + self.tr("Dilewati: ") + f.overridden
            label += "\n" + self.tr("Aturan {rule}").format(rule=f.rule)
            item = QListWidgetItem(self.style().standardIcon(ICONS[f.severity]), label)
            item.setToolTip(self.tr("Aturan {rule}, tugas {duty}").format(rule=f.rule, duty=f.duty))
            item.setForeground(QBrush(QColor(COLORS[f.severity])))
            item.setData(Qt.ItemDataRole.UserRole, f)
            self.list.addItem(item)
        fixed = self._just_fixed
        still = fixed is not None and any((f.rule, f.field) == (fixed.rule, fixed.field) for f in report.findings)
        # a report begun before the fix may still name it: the card waits for one more report
        self._just_fixed = replace(fixed, waits=False) if still and fixed.waits else None
        if fixed and not still:
            item = QListWidgetItem(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton),
                                   "✓ " + self.tr("Diperbaiki") + " · " + fixed.text)
            item.setForeground(QBrush(QColor(FIXED_COLOR)))
            item.setData(Qt.ItemDataRole.UserRole, fixed)
            current = min(fixed.row, self.list.count())
            self.list.insertItem(current, item)
        self.list.blockSignals(False)
        if 0 <= current < self.list.count():
            self.list.setCurrentRow(current)
        elif self.list.count():
            self.list.setCurrentRow(0)  # the first finding's actions are ready without a click
        self._show_questions(report.questions)

    def _show_questions(self, questions) -> None:
        while self.questions_form.rowCount():
            self.questions_form.removeRow(0)
        self._answers.clear()
        for q in questions:
            combo = QComboBox(accessibleName=q.text[self.lang])
            combo.addItem(self.tr("— belum dijawab —"), None)
            combo.addItem(self.tr("Ya"), "ya")
            combo.addItem(self.tr("Tidak"), "tidak")
            combo.addItem(self.tr("Tidak berlaku"), "tidak-berlaku")
            combo.setCurrentIndex(max(0, combo.findData(q.answer)))
            combo.currentIndexChanged.connect(
                lambda _i, rule=q.rule, c=combo: self.doc.set_answer(rule, c.currentData()))
            text = QLabel(q.text[self.lang])
            text.setWordWrap(True)
            self.questions_form.addRow(text)
            self.questions_form.addRow(combo)
            self._answers[q.rule] = combo
        self.questions.setVisible(bool(questions))

    def _selected(self):
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def field_label(self, key: str | None) -> str:
        """A finding's field as the user sees it in the form: its label, never its key (the
        report's own labels, so the panel and laporan-checklist.html say the same)."""
        if not key:
            return self.tr("Seluruh poster")
        if self._labels is None:  # the panel lives as long as its design's template
            self._labels = field_labels(self.doc.template, self.lang)
        return self._labels.get(key, key)

    def _on_selected(self, *_args) -> None:
        f = self._selected()
        if isinstance(f, Fixed):
            self.fix.setText(self.tr("Urungkan perbaikan"))
            self.fix.setEnabled(True)
            self.second.setEnabled(False)
            self.reason.setVisible(False)
            return
        can_fix = bool(f and f.fix and f.fix.replacement is not None)
        alt = bool(f and f.rule == "A3" and not self.doc.design.alt_text.strip())
        source = bool(f and f.rule in SOURCE_RULES)
        self.fix.setText(f.fix.label[self.lang] if can_fix else (
            self.tr("Buat dari isi poster") if alt else self.tr("Tambahkan sumber") if source else self.tr("Perbaiki")))
        self.fix.setEnabled(can_fix or alt or source)
        self.second.setEnabled(bool(f and f.rule in PHONE_RULES and f.span))
        blocking = bool(f and f.severity == "block")
        self.reason.setVisible(blocking)
        if blocking:
            self.reason.setText(self.doc.design.overrides.get(f.rule, ""))

    def _on_activated(self, item) -> None:
        f = item.data(Qt.ItemDataRole.UserRole)
        if f and f.field and not isinstance(f, Fixed):
            self.finding_activated.emit(f.field, f.span)

    def _on_fix(self) -> None:
        f = self._selected()
        if isinstance(f, Fixed):
            self.undo_requested.emit()
            return
        if f and (f.fix or f.rule == "A3"):  # the card names the field and what was done, not
            done = f.fix.label[self.lang] if f.fix else self.fix.text()  # the NIK it just masked
            self._just_fixed = Fixed(f.rule, f.field, self.list.currentRow(), f"{self.field_label(f.field)}\n{done}")
        if f and f.fix:
            self.fix_requested.emit(f)
        elif f and f.rule == "A3":
            self.alt_text_requested.emit()
        elif f and f.rule in SOURCE_RULES:
            self.source_requested.emit()

    def _on_second(self) -> None:
        f = self._selected()
        if f and f.rule in PHONE_RULES:
            self.business_number.emit(f)

    def _on_reason(self, text: str) -> None:
        f = self._selected()
        if f:
            self.doc.set_override(f.rule, text.strip())
