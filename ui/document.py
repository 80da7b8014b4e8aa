"""The open design as a model the widgets share: it holds the Design, emits changes, and keeps
an undo stack. Widgets never change the Design directly; they call the model, which pushes an
undoable command, so every edit can be undone and every view hears about it."""

from __future__ import annotations

import copy
import dataclasses
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.model.design import Design, ImageRef
from app.render import values

_MERGE_ID = 1001


class _Edit(QUndoCommand):
    """One change of one attribute path; typing in the same field merges into one step."""

    def __init__(self, doc: DesignDocument, key: tuple, old, new, text: str, merge: bool):
        super().__init__(text)
        self.doc, self.key, self.old, self.new, self.merge = doc, key, old, new, merge

    def id(self) -> int:  # noqa: A003 (Qt's name)
        return _MERGE_ID if self.merge else -1

    def mergeWith(self, other) -> bool:  # noqa: N802 (Qt's name)
        if not (isinstance(other, _Edit) and other.merge and other.key == self.key):
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.doc._apply(self.key, self.new)

    def undo(self) -> None:
        self.doc._apply(self.key, self.old)


class DesignDocument(QObject):
    changed = Signal()  # anything that changes the poster
    field_changed = Signal(str)  # a field key, or caption / alt_text / hashtags / theme / format
    checklist_inputs_changed = Signal()  # answers or overrides
    dirty_changed = Signal(bool)
    replaced = Signal()  # a whole new design (undo of a fix, open, template switch)

    def __init__(self, design: Design, library, project: Path | None = None, parent=None):
        super().__init__(parent)
        self.design = design
        self.library = library
        self.project = project
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)

    def _on_clean_changed(self, clean: bool) -> None:
        self.dirty_changed.emit(not clean)

    @property
    def template(self):
        return self.library.get(self.design.template)

    @property
    def dirty(self) -> bool:
        return not self.undo_stack.isClean()

    def values(self) -> dict:
        return values.resolve(self.design, self.template)

    def snapshot(self) -> Design:
        """A deep copy for a worker thread: the GUI may keep editing while it renders."""
        return copy.deepcopy(self.design)

    # -- edits -----------------------------------------------------------------------------
    def set_field(self, key: str, value, merge: bool = True) -> None:
        self._push(("fields", key), self.design.fields.get(key, _MISSING), value,
                   f"Ubah {key}", merge)

    def set_attr(self, name: str, value, merge: bool = True, text: str | None = None) -> None:
        """caption, alt_text, hashtags, theme, format, lang, business_numbers; `text` names the
        edit in the Undo menu in words."""
        self._push(("attr", name), getattr(self.design, name), value, text or f"Ubah {name}", merge)

    def set_image(self, key: str, ref, merge: bool = False, text: str | None = None) -> None:
        self._push(("images", key), self.design.images.get(key, _MISSING), ref, text or f"Gambar {key}", merge)

    def set_photo(self, key: str, merge: bool = False, text: str | None = None, **change) -> None:
        """A photo's focus or zoom changed, the sample's too (it becomes the design's own photo,
        at the same place): the thumbnail's click, the preview's drag and wheel."""
        value = values.image_value(self.design, self.template, key)
        if value is None:
            return
        ref = self.design.images.get(key) or ImageRef(str(value.path), value.focus, value.zoom)
        self.set_image(key, dataclasses.replace(ref, **change), merge, text)

    def set_answer(self, rule: str, answer: str | None) -> None:
        self._push(("answers", rule), self.design.answers.get(rule, _MISSING),
                   answer if answer else _MISSING, f"Jawab {rule}", False)

    def set_override(self, rule: str, reason: str) -> None:
        self._push(("overrides", rule), self.design.overrides.get(rule, _MISSING),
                   reason if reason else _MISSING, f"Alasan {rule}", True)

    def replace_design(self, new: Design, text: str = "Perbaikan") -> None:
        self._push(("design",), copy.deepcopy(self.design), copy.deepcopy(new), text, False)

    def mark_saved(self, project: Path, saved: Design) -> None:
        """`saved` was written to `project` in the background. Edits made meanwhile are not in
        the file, so the document stays dirty unless it still equals what was written."""
        self.project = project
        if self.design == saved:
            self.undo_stack.setClean()

    def _push(self, key: tuple, old, new, text: str, merge: bool) -> None:
        if old == new:
            return
        self.undo_stack.push(_Edit(self, key, old, new, text, merge))

    def _apply(self, key: tuple, value) -> None:
        kind = key[0]
        if kind == "design":
            self.design = copy.deepcopy(value)
            self.replaced.emit()
            self.changed.emit()
            return
        if kind == "attr":
            setattr(self.design, key[1], value)
        else:
            target = getattr(self.design, kind)
            if value is _MISSING:
                target.pop(key[1], None)
            else:
                target[key[1]] = value
        if kind in ("answers", "overrides"):
            self.checklist_inputs_changed.emit()
            return
        self.field_changed.emit(key[1])
        self.changed.emit()


class _Missing:
    def __repr__(self) -> str:
        return "<missing>"

    def __deepcopy__(self, memo):
        return self


_MISSING = _Missing()
