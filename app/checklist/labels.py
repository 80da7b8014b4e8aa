"""The names a user knows a field by: the form's label, never the template's key; list items by
their item's label and number ("Harga (butir 2)"). The checklist's messages, its panel and the
HTML report all name fields this way."""

from __future__ import annotations

OWN_LABELS = {"caption": ("Keterangan", "Caption"), "alt_text": ("Teks alternatif", "Alt text"),
              "hashtags": ("Tagar", "Hashtags")}


def field_labels(template, lang: str) -> dict[str, str]:
    """Every field key the report may name, by the label the user saw in the form; list items
    by their item's label and number ("Harga (butir 2)")."""
    i = 0 if lang == "id" else 1
    labels = {key: pair[i] for key, pair in OWN_LABELS.items()}
    if template is None:
        return labels
    for fld in template.manifest.fields:
        labels[fld.key] = fld.label.get(lang)
        for n in range(fld.max_items or 0):
            for sub in fld.item:
                item = ("butir", "item")[i]
                labels[f"{fld.key}.{n}.{sub.key}"] = f"{sub.label.get(lang)} ({item} {n + 1})"
    return labels
