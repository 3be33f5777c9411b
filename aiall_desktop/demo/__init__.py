"""Realistic, fictional demo data for trying the program, showing it and measuring it.

``generate(path, scale, seed)`` writes one busy project year (scale 1) into a new database file through
the store's API; the same seed always gives the same data.
"""

from .generator import generate

__all__ = ["generate"]
