"""Refresh resources/translations/diplomat_en.ts: extract every tr() string with pyside6-lupdate,
fill the English from tools/translations_en.json, and compile the committed .qm. Prints strings that still need English.

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
    for source in missing:
        print(f"missing English: {source!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
