"""Questions asked of a briefing: which targets, which pillar, which sector. Pure functions."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from zzbrief.briefing.model import Briefing, Pillar, Section, Sector, Target
from zzbrief.errors import unknown_choice

#: Target ids shown as the briefing's headline figures, in this order, when present.
HEADLINE = (
    "gdp-growth",
    "signed-projects",
    "electronics-output",
    "ev-output",
    "rd-intensity",
    "graduates-retained",
)


def sector_names(sector: Sector) -> tuple[str, ...]:
    """Every name a user may type for a sector: code, aliases, Chinese and English names."""
    return (sector.code, *sector.aliases, sector.name.zh, sector.name.en)


def get_sector(b: Briefing, name: str) -> Sector | None:
    """The sector with this code, alias or name (case-insensitive), or None."""
    wanted = name.strip().lower()
    for sector in b.sectors:
        if wanted in (n.lower() for n in sector_names(sector)):
            return sector
    return None


def lookup_sector(b: Briefing, name: str) -> Sector:
    """Like get_sector, but an unknown name is a usage error with a suggestion."""
    sector = get_sector(b, name)
    if sector is None:
        # An alias ("quantum") may be closer than any code, so suggest from every name.
        names = [n for s in b.sectors for n in sector_names(s)]
        raise unknown_choice("sector", name, [s.code for s in b.sectors], names)
    return sector


def get_pillar(b: Briefing, key: str | int) -> Pillar | None:
    """The pillar with this id (``3``) or slug (``productivity``), or None."""
    text = str(key).strip().lower()
    for pillar in b.pillars:
        if text in (str(pillar.id), pillar.slug):
            return pillar
    return None


def lookup_pillar(b: Briefing, key: str | int) -> Pillar:
    """Like get_pillar, but an unknown key is a usage error listing ids and slugs."""
    pillar = get_pillar(b, key)
    if pillar is None:
        choices = [str(p.id) for p in b.pillars] + [p.slug for p in b.pillars]
        raise unknown_choice("pillar", str(key), choices)
    return pillar


def filter_targets(
    b: Briefing, sector: Sector | None = None, pillar: Pillar | None = None
) -> list[Target]:
    """Targets tagged with ``sector`` and filed under ``pillar``, in data order."""
    return [
        t
        for t in b.targets
        if (sector is None or sector.code in t.sectors)
        and (pillar is None or t.pillar == pillar.id)
    ]


def targets_per_pillar(b: Briefing) -> Counter[int]:
    """How many targets each pillar has."""
    return Counter(t.pillar for t in b.targets)


def targets_per_sector(b: Briefing) -> Counter[str]:
    """How many targets carry each sector code."""
    return Counter(code for t in b.targets for code in t.sectors)


def headline(b: Briefing) -> list[Target]:
    """The headline figures for the overview screen."""
    by_id = {t.id: t for t in b.targets}
    chosen = [by_id[i] for i in HEADLINE if i in by_id]
    return chosen or list(b.targets[:6])  # a user's briefing may use other ids


def sections_for(b: Briefing, pillar: Pillar | None) -> Sequence[Section]:
    """The article sections to print: all of them, or the one carrying a pillar."""
    if pillar is None:
        return b.sections
    return [s for s in b.sections if s.pillar == pillar.id]


def select_targets(b: Briefing, sector: str | None, pillar: str | None) -> list[Target]:
    """The targets a command's ``--sector`` and ``--pillar`` ask for (None: no filter).

    Unknown names are usage errors with a suggestion (see ``lookup_sector``).
    """
    wanted = lookup_sector(b, sector) if sector is not None else None
    where = lookup_pillar(b, pillar) if pillar is not None else None
    return filter_targets(b, wanted, where)
