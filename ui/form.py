"""The form on the left of the editor, generated from the template's manifest: one editor per
field, a list editor for infographic items, and the colour theme."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.errors import DiplomatError
from app.render import values

from .fields import (
    ChoiceEditor,
    ColorEditor,
    DateEditor,
    FieldEditor,
    ImageEditor,
    ParagraphEditor,
    TextEditor,
)

EDITORS = {"text": TextEditor, "url": TextEditor, "number": TextEditor, "paragraph": ParagraphEditor,
           "date": DateEditor, "choice": ChoiceEditor, "color": ColorEditor}


class ListEditor(FieldEditor):
    """Items of an infographic: add, remove, move up and down, edit the selected one."""

    def __init__(self, field, lang, parent=None):
        super().__init__(field, lang, parent)
        self.lang = lang
        self.items: list[dict] = []
        self.list = QListWidget(self)
        self.list.setAccessibleName(field.label.get(lang))
        self.list.setFixedHeight(110)
        buttons = QHBoxLayout()
        self.add = QPushButton(self.tr("Tambah"), self)
        self.remove = QPushButton(self.tr("Hapus"), self)
        self.up = QPushButton("↑", self, accessibleName=self.tr("Naikkan"))
        self.down = QPushButton("↓", self, accessibleName=self.tr("Turunkan"))
        for b in (self.add, self.remove, self.up, self.down):
            buttons.addWidget(b)
        self.sub = QFormLayout()
        self.sub_editors = {}
        for sub in field.item:
            editor = EDITORS.get(sub.type, TextEditor)(sub, lang, self)
            editor.edited.connect(lambda value, key=sub.key: self._on_sub_edited(key, value))
            self.sub.addRow(sub.label.get(lang), editor)
            self.sub_editors[sub.key] = editor
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addLayout(self.sub)
        self.list.currentRowChanged.connect(self._on_row)
        self.add.clicked.connect(self._on_add)
        self.remove.clicked.connect(self._on_remove)
        self.up.clicked.connect(lambda: self._on_move(-1))
        self.down.clicked.connect(lambda: self._on_move(1))
        self.setFocusProxy(self.list)

    def _title(self, item: dict) -> str:
        first = self.field.item[0].key if self.field.item else ""
        return str(item.get(first, "")) or "—"

    def _show(self, value) -> None:
        self.items = [dict(i) for i in (value or [])]
        row = max(0, self.list.currentRow())
        self.list.blockSignals(True)
        self.list.clear()
        self.list.addItems([self._title(i) for i in self.items])
        self.list.blockSignals(False)
        if self.items:
            self.list.setCurrentRow(min(row, len(self.items) - 1))
            self._on_row(self.list.currentRow())
        limit = self.field.max_items
        self.add.setEnabled(not limit or len(self.items) < limit)

    def _on_row(self, row: int) -> None:
        if 0 <= row < len(self.items):
            for key, editor in self.sub_editors.items():
                editor.set_value(self.items[row].get(key, ""))

    def _commit(self, merge: bool = False) -> None:
        self._emit(([dict(i) for i in self.items], merge))

    def _on_sub_edited(self, key: str, value) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.items):
            self.items[row][key] = value
            self.list.item(row).setText(self._title(self.items[row]))
            self._commit(merge=True)

    def _on_add(self) -> None:
        self.items.append({sub.key: "" for sub in self.field.item})
        self._commit()
        self._show(self.items)
        self.list.setCurrentRow(len(self.items) - 1)

    def _on_remove(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.items):
            del self.items[row]
            self._commit()
            self._show(self.items)

    def _on_move(self, step: int) -> None:
        row = self.list.currentRow()
        new = row + step
        if 0 <= row < len(self.items) and 0 <= new < len(self.items):
            self.items[row], self.items[new] = self.items[new], self.items[row]
            self._commit()
            self._show(self.items)
            self.list.setCurrentRow(new)


SWATCH = (64, 20)


def swatch(colors: dict) -> QIcon:
    """A theme as a strip of its colours (background, surface, accent, text), so themes are
    chosen by how they look, not only by their names."""
    pix = QPixmap(*SWATCH)
    pix.fill(QColor(colors.get("background", "#FFFFFF")))
    painter = QPainter(pix)
    keys = ("background", "surface", "accent", "text")
    w = SWATCH[0] / len(keys)
    for i, key in enumerate(keys):
        painter.fillRect(round(i * w), 0, round(w) + 1, SWATCH[1], QColor(colors.get(key, "#FFFFFF")))
    painter.setPen(QColor("#9A9A9A"))
    painter.drawRect(0, 0, SWATCH[0] - 1, SWATCH[1] - 1)
    painter.end()
    return QIcon(pix)


class FieldForm(QScrollArea):
    """Receives the document in __init__, listens to it, and writes edits back through it."""

    image_requested = Signal(str, str)  # field key, file path

    def __init__(self, doc, lang: str, image_loader, parent=None):
        super().__init__(parent)
        self.doc, self.lang = doc, lang
        self.setWidgetResizable(True)
        self.setMinimumWidth(340)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # fields wrap to the pane
        self.editors: dict[str, FieldEditor] = {}
        self._loader = image_loader
        self._build()
        self.doc.field_changed.connect(self._on_field_changed)
        self.doc.replaced.connect(self._refresh_all)

    def _build(self) -> None:
        body = QWidget()
        form = QFormLayout(body)
        man = self.doc.template.manifest
        self.theme = QComboBox(accessibleName=self.tr("Tema warna"))
        self.theme.setIconSize(QSize(*SWATCH))
        for theme in man.themes:
            self.theme.addItem(swatch(theme.colors), theme.name.get(self.lang), theme.id)
        brand = self.doc.design.brand
        if brand.primary:
            self.theme.addItem(swatch({"background": "#FFFFFF", "accent": brand.primary,
                                       "surface": brand.secondary or brand.primary, "text": "#000000"}),
                               self.tr("Warna brand kit"), "brand")
        self.theme.currentIndexChanged.connect(
            lambda: self.doc.set_attr("theme", self.theme.currentData(), merge=False))
        form.addRow(QLabel(f"<b>{man.name.get(self.lang)}</b>"))
        form.addRow(self.tr("Tema warna"), self.theme)
        for fld in man.fields:
            editor = self._editor(fld)
            label = QLabel(fld.label.get(self.lang) + (" *" if fld.required else ""))
            label.setBuddy(editor)
            if fld.help:
                label.setToolTip(fld.help.get(self.lang))
                editor.setToolTip(fld.help.get(self.lang))
            form.addRow(label, editor)
            self.editors[fld.key] = editor
        self.setWidget(body)
        self._refresh_all()

    def _editor(self, fld) -> FieldEditor:
        if fld.type == "image":
            editor = ImageEditor(fld, self.lang, self._loader, self)
            editor.picked.connect(lambda path, key=fld.key: self.image_requested.emit(key, path))
            editor.focus_set.connect(lambda x, y, key=fld.key: self._on_focus(key, x, y))
            return editor
        if fld.type == "list":
            editor = ListEditor(fld, self.lang, self)
            editor.edited.connect(lambda v, key=fld.key: self.doc.set_field(key, v[0], merge=v[1]))
            return editor
        editor = EDITORS.get(fld.type, TextEditor)(fld, self.lang, self)
        editor.edited.connect(lambda value, key=fld.key: self.doc.set_field(key, value))
        return editor

    def _on_focus(self, key: str, x: float, y: float) -> None:
        self.doc.set_photo(key, focus=(round(x, 3), round(y, 3)))

    def _on_field_changed(self, key: str) -> None:
        if key == "theme":
            self._show_theme()
        elif key in self.editors:
            self.editors[key].set_value(self._shown(key))

    def _refresh_all(self) -> None:
        for key, editor in self.editors.items():
            editor.set_value(self._shown(key))
        self._show_theme()

    def _shown(self, key: str):
        """What a field's editor shows: what the design holds, as typed (half a price, "Rp",
        reads as nothing yet and must not be replaced while the user types), else the
        template's sample; a photo as resolved, for its thumbnail."""
        design, fld = self.doc.design, self.editors[key].field
        if fld.type == "image":
            try:
                return values.image_value(design, self.doc.template, key)
            except DiplomatError:  # a photo path that cannot be used: the editor shows none
                return None
        raw = design.fields[key] if key in design.fields else (fld.sample_for(design.lang) if design.samples else None)
        if fld.type == "list":  # items as objects, even when a design file wrote them as plain strings
            try:
                return values.coerce(fld, raw, key)
            except DiplomatError:
                return [i for i in raw if isinstance(i, dict)] if isinstance(raw, list) else []
        return raw

    def _show_theme(self) -> None:
        index = self.theme.findData(self.doc.design.theme or self.doc.template.manifest.themes[0].id)
        self.theme.blockSignals(True)
        self.theme.setCurrentIndex(max(0, index))
        self.theme.blockSignals(False)

    def focus_first(self) -> None:
        first = next(iter(self.editors.values()), None)
        if first is not None:
            first.setFocus()

    def focus_field(self, key: str, span=None) -> bool:
        editor = self.editors.get(key.split(".")[0])
        if editor is None:
            return False
        self.ensureWidgetVisible(editor)
        editor.focus_span(span if "." not in key else None)
        return True
