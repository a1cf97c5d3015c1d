"""Move every instance off an allocator (before maintenance, or to retire its host) and follow
each affected deployment's plan to its end, as ecctl's ``platform allocator vacate`` does.

    export EC_HOST=https://ece.example:12443 EC_API_KEY=...
    python examples/vacate_allocator.py 192.168.44.10
    python examples/vacate_allocator.py 192.168.44.10 --kind elasticsearch --to 192.168.44.11 --dry-run

Progress goes to standard error (one live line per resource on a terminal); the summary to
standard output. Exit status: 0 all moved, 1 some failed (the others were moved all the same),
2 an error before anything moved.
"""

from __future__ import annotations

import argparse
import sys

from ece_client import ECE
from ece_client.errors import ECEError, VacateError


def main() -> int:
    parser = argparse.ArgumentParser(description="Vacate an ECE allocator and wait for the moves.")
    parser.add_argument("allocator_id")
    parser.add_argument("--kind", action="append", help="only this kind (elasticsearch, kibana, ...); repeatable")
    parser.add_argument("--to", action="append", help="a target allocator; repeatable (default: ECE chooses)")
    parser.add_argument("--dry-run", action="store_true", help="only show what ECE would move")
    parser.add_argument("--timeout", type=float, default=3600)
    parser.add_argument("--poll-interval", type=float, default=5)
    args = parser.parse_args()
    try:
        with ECE.from_env() as ece:
            summary = ece.platform_infrastructure.vacate_allocator(
                args.allocator_id,
                kinds=args.kind,
                to_allocators=args.to,
                validate_only=args.dry_run,
                timeout=args.timeout,
                poll_interval=args.poll_interval,
                progress=True,
            )
    except VacateError as error:
        print(error.summary)
        return 1
    except ECEError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(summary)
    return 0


if __name__ == "__main__":
    sys.exit(main())
