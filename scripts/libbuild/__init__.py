"""Helpers of scripts/build_library.py: the catalogue of places and the readers of a report."""
