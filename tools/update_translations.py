"""Refresh resources/translations/diplomat_en.ts: extract every tr() string with pyside6-lupdate,
fill the English from tools/translations_en.json, and compile the committed .qm. Prints strings that still need English.

Also writes resources/translations/qtbase_id.ts and .qm from tools/qt_strings_id.json: Indonesian
for Qt's own standard buttons and dialogs (file open/save, the colour picker, message boxes, a
text field's context menu). PySide6 ships no qtbase_id.qm, so without it they would be English.

    .venv/bin/python tools/update_translations.py
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree as ET

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "diplomat_en.ts"
QM = TS.with_suffix(".qm")
QT_TS = TS.with_name("qtbase_id.ts")
QT_STRINGS = ROOT / "tools" / "qt_strings_id.json"


def main() -> int:
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    sources = sorted(str(p) for p in (ROOT / "ui").glob("*.py"))
    subprocess.run([str(lupdate), *sources, "-no-obsolete", "-ts", str(TS)], check=True,
                   capture_output=True)
    english = json.loads((ROOT / "tools" / "translations_en.json").read_text(encoding="utf-8"))
    tree = ET.parse(TS)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.find("source").text
        translation = message.find("translation")
        if source in english:
            translation.text = english[source]
            translation.attrib.pop("type", None)
        else:
            missing.append(source)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(TS), "-qm", str(QM)], check=True)
    write_qt_ts(json.loads(QT_STRINGS.read_text(encoding="utf-8")), QT_TS)
    subprocess.run([str(lrelease), "-silent", str(QT_TS), "-qm", str(QT_TS.with_suffix(".qm"))], check=True)
    for source in missing:
        print(f"missing English: {source!r}")
    return 1 if missing else 0


def write_qt_ts(strings: dict[str, dict[str, str]], path: Path) -> None:
    """A Qt Linguist file for the contexts and source texts of Qt's own strings."""
    root = ET.Element("TS", version="2.1", language="id_ID", sourcelanguage="en")
    for context, messages in strings.items():
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = context
        for source, indonesian in messages.items():
            message = ET.SubElement(ctx, "message")
            ET.SubElement(message, "source").text = source
            ET.SubElement(message, "translation").text = indonesian
    ET.indent(root)
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)


if __name__ == "__main__":
    sys.exit(main())
