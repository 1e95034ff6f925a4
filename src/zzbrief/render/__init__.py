"""Output: one entry point, ``emit``, that writes a View in any of the declared formats.

Formats are declared here once. Machine formats (json, yaml) write ``View.data``; human
formats (table, plain, csv, md) write ``View.blocks``. Rich is imported only for ``table``.
"""

from __future__ import annotations

from zzbrief.render.doc import View
from zzbrief.render.env import Env
from zzbrief.render.safe import escape_c1

FORMATS = ("table", "plain", "json", "jsonl", "csv", "excel", "yaml", "md")


def default_format(env: Env) -> str:
    """``table`` on a terminal, ``plain`` when piped; ``table`` too when colour is forced
    (``--color always``, FORCE_COLOR): a person asked to see it as on a terminal."""
    return "table" if env.out_tty or env.color else "plain"


def emit(view: View, fmt: str, env: Env) -> None:
    """Write ``view`` to ``env.out`` in ``fmt`` (one of FORMATS)."""
    if fmt == "json":
        import json

        # Indented for a person at a terminal; one compact line for a program, which is
        # also several times faster to produce (the C encoder does not indent).
        indent = 2 if env.out_tty else None
        encoded = json.dumps(view.data, ensure_ascii=False, indent=indent)
        env.out.write(escape_c1(encoded) + "\n")
    elif fmt == "yaml":
        from zzbrief.briefing.yamlio import dump

        env.out.write(dump(view.data))
    elif fmt == "table":
        from zzbrief.render.rich_table import write_rich

        write_rich(view, env)
    else:
        from zzbrief.render import text

        writers = {"plain": text.write_plain, "csv": text.write_csv, "jsonl": text.write_jsonl,
                   "md": text.write_md}  # fmt: skip
        if fmt == "excel":
            text.write_csv(view, env, excel=True)
        else:
            writers[fmt](view, env)
