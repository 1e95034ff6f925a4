"""Many briefings: the catalogue, the indicator vocabulary, and comparisons across plans.

The choices below are shared by the command line and ``compare``; this module imports
nothing, so the CLI can declare its options without loading the library.
"""

#: Government levels a library briefing may have, in catalogue order.
LEVELS = ("nation", "province", "city")
#: What ``compare INDICATOR --level`` accepts: one level, or ``all``. Without it, compare
#: shows the nation and the provinces (the set that covers the country once, as the January
#: "31省份增速目标" tables do) and names the city plans it left out; a city-only indicator
#: shows its cities.
LEVEL_CHOICES = (*LEVELS, "all")
DEFAULT_LEVELS = ("nation", "province")
#: What ``compare INDICATOR`` may sort by, highest first.
SORTS = ("target", "outcome")
