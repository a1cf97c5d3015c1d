"""Upgrade a deployment to a new stack version: Elasticsearch first, then Kibana, APM, Integrations
Server and Enterprise Search, waiting for each stage's plans (a downgrade is refused).

    export EC_HOST=https://ece.example:12443 EC_API_KEY=...
    python examples/upgrade_deployment.py DEPLOYMENT_ID 8.15.1
"""

from __future__ import annotations

import argparse
import sys

from ece_client import ECE
from ece_client.errors import DowngradeError, ECEError, PlanFailedError, PlanTimeoutError


def main() -> int:
    parser = argparse.ArgumentParser(description="Upgrade every resource of a deployment, in ECE's order.")
    parser.add_argument("deployment_id")
    parser.add_argument("version", help="the stack version to run, e.g. 8.15.1")
    parser.add_argument("--timeout", type=float, default=7200)
    parser.add_argument("--poll-interval", type=float, default=5)
    args = parser.parse_args()
    try:
        with ECE.from_env() as ece:
            summary = ece.deployments.upgrade_deployment(
                args.deployment_id,
                args.version,
                timeout=args.timeout,
                poll_interval=args.poll_interval,
                progress=True,
            )
    except DowngradeError as error:
        print(f"refused: {error}", file=sys.stderr)
        return 1
    except PlanFailedError as error:
        print(f"upgrade failed: {error}", file=sys.stderr)
        return 1
    except PlanTimeoutError as error:
        print(error, file=sys.stderr)
        return 2
    except (ECEError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(summary)
    return 0


if __name__ == "__main__":
    sys.exit(main())
