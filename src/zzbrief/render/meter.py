"""A meter on a terminal: a bar of cells with the target's mark, then its words."""

from __future__ import annotations

import math

from rich.text import Text

from zzbrief.render.doc import Meter
from zzbrief.render.layout import BAR_CELLS, meter_words
from zzbrief.render.safe import clean

#: The colour of each tone a cell may carry (``Toned``, ``Meter``).
TONES = {"good": "green", "bad": "red", "pending": "yellow", "later": "cyan", "none": "dim"}


def _filled(m: Meter, mark: int) -> int:
    # Cells to fill, rounded down: an outcome short of the target never reaches its mark,
    # so 97% is visibly one cell short of it, and one that meets it always does.
    assert m.fill is not None
    filled = math.floor(max(m.fill, 0.0) * BAR_CELLS + 1e-9)
    if m.fill < m.mark:
        return min(filled, max(mark - 1, 0))
    return min(max(filled, mark), BAR_CELLS)


def meter_text(m: Meter) -> Text:
    """A bar with the target's mark ``|``, then the text (and a rate's scale) in words."""
    if m.fill is None:
        return Text(clean(m.text), style="dim")
    mark = min(max(round(m.mark * BAR_CELLS), 0), BAR_CELLS)
    filled = _filled(m, mark)
    cells = ["#" if i < filled else "-" for i in range(BAR_CELLS)]
    if m.fill > 1:
        cells[-1] = ">"  # beyond the scale
    if m.fill < 0:
        cells[0] = "<"  # below zero
    bar = Text()
    for i, char in enumerate(cells):
        if i == mark:
            bar.append("|", style="bold")
        bar.append(char, style=TONES.get(m.tone, "") if char != "-" else "dim")
    if mark == BAR_CELLS:
        bar.append("|", style="bold")
    words = clean(meter_words(m))
    text = clean(m.text)
    return bar.append(f" {text}").append(words[len(text) :], style="dim")
