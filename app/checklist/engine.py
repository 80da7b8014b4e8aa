"""Runs every rule over a post and settles the verdict. Pure: the same input gives the same
report; nothing is downloaded and nothing leaves the machine."""

from __future__ import annotations

from app.checklist import (
    classifier,
    framing,
    rules_context,
    rules_cues,
    rules_links,
    rules_media,
    rules_privacy,
    rules_safety,
    rules_scams,
    rules_text,
    rules_visual,
)
from app.checklist import inputs as inputs_mod
from app.checklist.collector import Collector
from app.checklist.inputs import CheckInput
from app.checklist.model import ANSWERS, MIN_OVERRIDE_REASON, RANK, Report
from app.checklist.rulebook import finding

PIXEL_SCALE = 0.5  # the editor's preview scale
TEXT_RULES = (rules_text.hoax, rules_text.hate, rules_text.defamation, rules_privacy.privacy,
              rules_links.links, rules_context.empathy, rules_cues.cue_rules, rules_scams.scams,
              rules_safety.safety,
              classifier.classify)  # last: it speaks only where no rule of its category did
OTHER_RULES = (rules_media.metadata, rules_visual.layout, rules_visual.limits, rules_visual.platform)


def run(inp: CheckInput, answers: dict[str, str] | None = None,
        overrides: dict[str, str] | None = None, text_only: bool = False,
        layout_only: bool = False, gate: bool = True) -> Report:
    """Every rule over `inp`; `text_only` skips the image and layout rules (free text),
    `layout_only` runs only the layout and pixel rules (another format of the same post, whose
    words, links and photos were checked already); `gate=False` keeps every warning as the
    rules gave it (tools/train_classifier.py sets the gates from those)."""
    out = Collector()
    if layout_only:
        rules_visual.layout(inp, out)
    else:
        for rule in TEXT_RULES:
            rule(inp, out)
        for rule in () if text_only else OTHER_RULES:
            rule(inp, out)
        framing.lower(inp, out.findings)
        if gate:
            classifier.second_opinion(inp, out.findings)
            framing.sum_follows_signs(out.findings)  # the gate may have lowered the signs H9 adds up
        rules_context.questions(inp, out)
        for key in inp.cut:  # checked only in part: say so, never pass a text unread
            out.add(finding("F3", key, None, f"{inputs_mod.MAX_CHECK_CHARS:,}".replace(",", ".")))
    report = Report(out.findings, out.questions,
                    checked={t.field: t.text for t in inp.texts if t.text.strip()})
    apply_answers(report, answers or {})
    apply_overrides(report, overrides or {})
    report.findings.sort(key=_order)
    return report


def _order(f) -> tuple:
    return (-RANK[f.severity], f.category, f.rule, f.field or "", f.span or (0, 0))


def apply_answers(report: Report, answers: dict[str, str]) -> None:
    for q in report.questions:
        answer = answers.get(q.rule)
        if answer in ANSWERS:
            q.answer = answer


def apply_overrides(report: Report, overrides: dict[str, str]) -> None:
    """A block is lifted only by a typed reason; it stays in the report for the reviewer."""
    for f in report.findings:
        reason = (overrides.get(f.rule) or "").strip()
        if f.severity == "block" and len(reason) >= MIN_OVERRIDE_REASON:
            f.overridden = reason


def check_text(text: str, platform: str | None = None, alt_text: str | None = None,
               business_contact: bool = False) -> Report:
    """Free text alone, as if it were the caption (a caption draft, a message)."""
    inp = inputs_mod.from_text(text, platform, alt_text)
    inp.all_business = business_contact
    return run(inp, text_only=alt_text is None)


def _pixels_for_check(rendered) -> tuple:
    """The pixels the rules judge, at about PIXEL_SCALE: a full-size export render is reduced
    (box averaging, a few ms), so the kit's verdict is the one the editor showed on its preview
    and contrast costs the same whatever the output size."""
    factor = int(rendered.scale / PIXEL_SCALE)
    if factor < 2:
        return rendered.image, rendered.scale
    return rendered.image.reduce(factor), rendered.scale / factor


def check_design(design, rendered, platform: str | None = None, layout_only: bool = False) -> Report:
    """Every rule over a full design: its fields, caption, links, photos, layout and pixels.
    `rendered` is the render the caller already has (the live preview, or the full-size render
    that export will encode): the checklist reads it and never renders or resolves by itself."""
    comp = rendered.composition
    pixels, scale = _pixels_for_check(rendered)
    inp = inputs_mod.from_design(design, comp.template, comp.values, comp, pixels, scale, platform)
    report = run(inp, design.answers, design.overrides, layout_only=layout_only)
    report.meta = {"template": design.template, "format": design.format, "lang": design.lang,
                   "platform": platform}
    return report
