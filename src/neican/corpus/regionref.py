"""A region as the analytics take it: full name (辽宁省), short form (辽宁) or GB/T 2260 code."""
from __future__ import annotations

from dataclasses import dataclass

from ..errors import NeicanError
from ..extractors.regions import lookup
from ..extractors.regions import tables as region_tables

_DIGITS_BELOW = {"province": 4, "prefecture": 2, "county": 0}  # code digits a region leaves free


class UnknownRegion(NeicanError, ValueError):
    """A region name or code that neither the GB/T 2260 table nor the store knows."""

    def __init__(self, region: str):
        self.region = region
        super().__init__(f"unknown region: {region!r} (give 辽宁省, 辽宁 or 210000)")


@dataclass(frozen=True)
class RegionRef:
    """A resolved region and the code range of everything inside it."""

    code: str
    name: str
    level: str
    province_code: str
    short: str  # 辽宁 for 辽宁省; the full name where the table gives none

    @property
    def code_range(self) -> tuple[str, str]:
        """(low, high) codes inside this region: 辽宁省 → ('210000', '219999')."""
        free = _DIGITS_BELOW.get(self.level, 0)
        prefix = self.code[:6 - free]
        return prefix + "0" * free, prefix + "9" * free

    def contains(self, code: str | None) -> bool:
        low, high = self.code_range
        return bool(code) and low <= code <= high


def resolve_region(store, region: str | int) -> RegionRef:
    """The region ``region`` names: 辽宁省, 辽宁 and 210000 all give 辽宁省.

    Example: ``resolve_region(store, "辽宁").code_range`` → ``("210000", "219999")``.
    """
    text = str(region).strip()
    found = region_tables().by_code.get(text) if text.isdigit() else lookup(text)
    if found is None and store is not None:
        # A name the extractor stored that the lexicon does not list by that form.
        row = store.query("SELECT code FROM regions WHERE name = ? AND code IS NOT NULL LIMIT 1", (text,))
        found = region_tables().by_code.get(row[0][0]) if row else None
    if found is None:
        raise UnknownRegion(text)
    return RegionRef(found.code, found.name, found.level, found.province_code, found.short or found.name)


def region_name(name_or_code: str | None) -> tuple[str | None, str | None]:
    """(full name, code) for a place named in a tour, or (the name as given, None)."""
    if not name_or_code:
        return None, None
    found = lookup(name_or_code)
    return (found.name, found.code) if found else (name_or_code, None)
