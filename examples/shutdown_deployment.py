"""Shut a deployment down and wait until all of its resources have stopped.

export EC_HOST=https://ece.example:12443 EC_API_KEY=...
python examples/shutdown_deployment.py DEPLOYMENT_ID [--skip-snapshot]
"""

from __future__ import annotations

import argparse
import sys

from ece_client import ECE
from ece_client.errors import ECEError, PlanFailedError, PlanTimeoutError


def main() -> int:
    parser = argparse.ArgumentParser(description="Shut a deployment down and wait.")
    parser.add_argument("deployment_id")
    parser.add_argument("--skip-snapshot", action="store_true", help="do not snapshot before stopping")
    parser.add_argument("--timeout", type=float, default=3600)
    parser.add_argument("--poll-interval", type=float, default=5)
    args = parser.parse_args()
    try:
        with ECE.from_env() as ece:
            ece.deployments.shutdown_deployment(args.deployment_id, skip_snapshot=args.skip_snapshot)
            summary = ece.deployments.wait_for_plans(
                args.deployment_id, timeout=args.timeout, poll_interval=args.poll_interval, progress=True
            )
            stopped = ", ".join(f"{r.kind} {r.ref_id}" for r in summary.changed)
            print(f"deployment {args.deployment_id} is shut down ({stopped})")
    except PlanFailedError as error:
        print(f"shutdown failed: {error}", file=sys.stderr)
        return 1
    except PlanTimeoutError as error:
        print(error, file=sys.stderr)
        return 2
    except ECEError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
