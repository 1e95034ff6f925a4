"""Plain text → draft briefing: the extractor behind ``zzbrief draft`` (issue 9).

    from zzbrief.draft import read_plan_path, extract, figure_records, briefing_parts
    draft = extract(read_plan_path("plan.md", 4 * 1024 * 1024))
    rows = figure_records(draft)                  # the JSON contract, one dict per figure
    parts = briefing_parts(draft, "plan.md")      # {"targets.yaml": {...}, ...}
    write_folder(parts, "my-draft/")              # then: zzbrief --data my-draft/ targets

This package imports nothing from the rest of zzbrief but ``zzbrief.files`` (the bounded file
reader it shares with the briefing loader), and only the standard library at
import time (PyYAML is imported inside ``write_folder``). See docs/EXTRACTION.md.
"""

from zzbrief.draft.extract import extract
from zzbrief.draft.model import Draft, DraftError, Figure, Section, Sentence
from zzbrief.draft.output import write_folder
from zzbrief.draft.parts import briefing_parts, figure_records
from zzbrief.text.reading import read_plan, read_plan_path, read_plan_stream

__all__ = [
    "Draft",
    "DraftError",
    "Figure",
    "Section",
    "Sentence",
    "briefing_parts",
    "extract",
    "figure_records",
    "read_plan",
    "read_plan_path",
    "read_plan_stream",
    "write_folder",
]
