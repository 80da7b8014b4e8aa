"""The pre-publish checklist from duties 5 and 6: hoax, hate, privacy, security, integrity,
empathy, accessibility and platform rules, offline and explained."""

from .engine import check_design, check_text, run
from .model import Finding, Fix, Question, Report

__all__ = ["Finding", "Fix", "Question", "Report", "check_design", "check_text", "run"]
