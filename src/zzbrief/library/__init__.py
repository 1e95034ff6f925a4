"""Many briefings: the catalogue, the indicator vocabulary, and comparisons across plans.

The choices below are shared by the command line and ``compare``; this module imports
nothing, so the CLI can declare its options without loading the library.
"""

#: Government levels a library briefing may have, in catalogue order.
LEVELS = ("nation", "province", "city")
#: What ``compare INDICATOR`` may sort by, highest first.
SORTS = ("target", "outcome")
