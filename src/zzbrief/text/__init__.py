"""The Chinese-text layer: reading bytes, scripts, sentences, numbers, units and wording.

The bottom of the house: ``briefing/checks.py`` and ``draft/`` both stand on it, and it
imports nothing of zzbrief but ``zzbrief.files`` (the bounded file reader), and only the
standard library at import time (OpenCC loads only for a text in traditional script).
"""
