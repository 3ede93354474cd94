"""Biographies, sort names and links for some members (hand-written)."""
SORT_NAMES = {}
BIOS = {}
LINKS = {}
