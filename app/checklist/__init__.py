"""The pre-publish checklist from duties 5 and 6: hoax, hate, privacy, security, integrity,
empathy, accessibility and platform rules, offline and explained."""

from app.checklist.engine import check_design, check_text, run
from app.checklist.model import Finding, Fix, Question, Report

__all__ = ["Finding", "Fix", "Question", "Report", "check_design", "check_text", "run"]
