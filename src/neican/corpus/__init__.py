"""Cross-document work over a store: reprint clusters, person entities, analytics, discovery.

Example: ``build_clusters(store); build_people(store); timeline(store, region="辽宁")``.
"""
from .analytics import (CoAttendance, Diffusion, TimelineEvent, TourEdge, co_attendance, formulation_diffusion,
                        timeline, tour_network)
from .people import Career, PeopleStats, UnknownEntity, build_people, career
from .profiles import RegionComparison, RegionProfile, compare_regions, region_profile
from .regionref import UnknownRegion, resolve_region
from .reprints import ClusterStats, build_clusters

__all__ = [
    "Career", "ClusterStats", "CoAttendance", "Diffusion", "PeopleStats", "RegionComparison", "RegionProfile",
    "TimelineEvent", "TourEdge", "UnknownEntity", "UnknownRegion", "build_clusters", "build_people", "career",
    "co_attendance", "compare_regions", "formulation_diffusion", "region_profile", "resolve_region", "timeline",
    "tour_network",
]
