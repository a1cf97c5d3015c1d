"""Find the allocators with free memory: connected, not in maintenance, most free first.

export EC_HOST=https://ece.example:12443 EC_API_KEY=...
python examples/find_allocators.py --min-free-mb 4096
"""

from __future__ import annotations

import argparse
import sys

from ece_client import ECE
from ece_client.errors import ECEError


def main() -> int:
    parser = argparse.ArgumentParser(description="Find the allocators with free memory.")
    parser.add_argument("--min-free-mb", type=int, default=1024)
    parser.add_argument("--query", help="an Elasticsearch query_string, e.g. 'zone_id:zone-1'")
    args = parser.parse_args()
    try:
        with ECE.from_env() as ece:
            found: list[tuple[int, str, str, int]] = []
            for allocator in ece.platform_infrastructure.iter_allocators(args.query):
                status, memory = allocator.status, allocator.capacity.memory
                free = memory.total - getattr(memory, "used", 0)  # older servers leave `used` out
                if status.connected and not status.maintenance_mode and free >= args.min_free_mb:
                    found.append((free, allocator.allocator_id, allocator.zone_id, memory.total))
    except ECEError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    for free, allocator_id, zone_id, total in sorted(found, reverse=True):
        print(f"{allocator_id}  {zone_id}  {free} MB free of {total} MB")
    print(f"{len(found)} allocator(s) with {args.min_free_mb} MB free or more", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
