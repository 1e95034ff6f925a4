"""Questions asked of a briefing: which targets, which pillar, which sector. Pure functions."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from zzbrief.briefing.model import Briefing, Pillar, Section, Sector, Target
from zzbrief.errors import UsageProblem, unknown_choice

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
    if sector is None and not b.sectors:
        from zzbrief.errors import UsageProblem

        raise UsageProblem(
            f"unknown sector {name!r}: this briefing defines no sectors.",
            hint="Leave out --sector to list every target.",
        )
    if sector is None:
        # An alias ("quantum") may be closer than any code, so suggest from every name.
        names = [n for s in b.sectors for n in sector_names(s)]
        raise unknown_choice("sector", name, [s.code for s in b.sectors], names)
    return sector


def _folded(text: str) -> str:
    # Full-width digits and letters (３, ｅｖ) read as their ASCII forms; case is ignored.
    import unicodedata

    return unicodedata.normalize("NFKC", text).strip().lower()


def _pillars_named(b: Briefing, key: str | int) -> list[Pillar]:
    text = _folded(str(key))
    if not text:
        return []
    exact = [p for p in b.pillars if text in (str(p.id), p.slug, _folded(p.heading),
                                             _folded(p.title_en))]  # fmt: skip
    if exact:
        return exact
    # A word of the heading as printed or of the English title: 创新, "new quality".
    return [p for p in b.pillars if text in _folded(p.heading) or text in _folded(p.title_en)]


def get_pillar(b: Briefing, key: str | int) -> Pillar | None:
    """The pillar with this id (``3``, ``３``), slug, heading, or a word only it has; or None."""
    found = _pillars_named(b, key)
    return found[0] if len(found) == 1 else None


def lookup_pillar(b: Briefing, key: str | int) -> Pillar:
    """Like get_pillar, but an unknown or ambiguous key is a usage error with a suggestion."""
    found = _pillars_named(b, key)
    if len(found) == 1:
        return found[0]
    if len(found) > 1:
        which = ", ".join(f"{p.id} ({p.slug})" for p in found)
        raise UsageProblem(f"pillar {str(key)!r} could be any of: {which}.",
                           hint="Give its id or slug.")  # fmt: skip
    choices = [str(p.id) for p in b.pillars] + [p.slug for p in b.pillars]
    names = choices + [p.heading for p in b.pillars] + [p.title_en for p in b.pillars]
    raise unknown_choice("pillar", str(key), choices, names)


def get_target(b: Briefing, target_id: str) -> Target | None:
    """The target with this id (case-insensitive), or None."""
    wanted = _folded(target_id)
    return next((t for t in b.targets if t.id == wanted), None)


def lookup_target(b: Briefing, target_id: str) -> Target:
    """Like get_target, but an unknown id is a usage error with a suggestion."""
    found = get_target(b, target_id)
    if found is None:
        ids = [t.id for t in b.targets]
        err = unknown_choice("target", target_id, ids)
        err.hint = "See the ids with: zzbrief targets"  # 32 ids are too many to list
        raise err
    return found


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
    return Counter(t.pillar for t in b.targets if t.pillar is not None)


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


def select_targets(
    b: Briefing, sectors: Sequence[str] = (), pillars: Sequence[str] = ()
) -> list[Target]:
    """The targets a command's ``--sector`` and ``--pillar`` options ask for.

    Each option may be repeated: ``--sector ev --sector talent`` is the union of the two
    (targets in either sector), and so is a repeated ``--pillar``; the two options together
    narrow each other. Empty means no filter. Unknown names are usage errors with a
    suggestion (see ``lookup_sector``). Targets keep their order in the data.
    """
    codes = {lookup_sector(b, name).code for name in sectors}
    ids = {lookup_pillar(b, key).id for key in pillars}
    return [
        t
        for t in b.targets
        if (not codes or codes & set(t.sectors)) and (not ids or t.pillar in ids)
    ]


def sections_for_pillars(b: Briefing, pillars: Sequence[str] = ()) -> Sequence[Section]:
    """The article sections of the pillars named (each looked up), or every section."""
    if not pillars:
        return b.sections
    ids = {lookup_pillar(b, key).id for key in pillars}
    return [s for s in b.sections if s.pillar in ids]
