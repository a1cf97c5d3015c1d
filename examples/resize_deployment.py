"""Resize one topology element of a deployment's Elasticsearch and wait for the change.

    export EC_HOST=https://ece.example:12443 EC_API_KEY=...
    python examples/resize_deployment.py DEPLOYMENT_ID --tier hot_content --size 8192

--size is the memory per instance, in MB. Only that Elasticsearch resource's plan changes
(prune_orphans is false: the other resources are left as they are).
"""

from __future__ import annotations

import argparse
import sys

from ece_client import ECE
from ece_client.errors import ECEError, PlanFailedError, PlanTimeoutError
from ece_client.models import DeploymentUpdateRequest


def main() -> int:
    parser = argparse.ArgumentParser(description="Resize an Elasticsearch topology element and wait.")
    parser.add_argument("deployment_id")
    parser.add_argument("--tier", default="hot_content", help="topology element id (hot_content, warm, ...)")
    parser.add_argument("--size", type=int, required=True, help="memory per instance, in MB")
    parser.add_argument("--timeout", type=float, default=3600)
    parser.add_argument("--poll-interval", type=float, default=5)
    args = parser.parse_args()
    try:
        with ECE.from_env() as ece:
            deployment = ece.deployments.get_deployment(args.deployment_id, show_plans=True)
            elasticsearch = deployment.resources.elasticsearch[0]
            current = elasticsearch.info.plan_info.current
            plan = current.plan if current else None
            if not plan:
                print(f"{args.deployment_id} has no current Elasticsearch plan to change", file=sys.stderr)
                return 1
            element = next((e for e in plan.cluster_topology if e.id == args.tier), None)
            if element is None or not element.size:
                print(f"no topology element {args.tier!r}", file=sys.stderr)
                return 1
            print(f"{args.tier}: {element.size.value} -> {args.size} MB")
            element.size.value = args.size  # changes the plan read from the server, in place
            update = DeploymentUpdateRequest.from_dict(
                {
                    "prune_orphans": False,
                    "resources": {
                        "elasticsearch": [
                            {"region": elasticsearch.region, "ref_id": elasticsearch.ref_id, "plan": plan.to_dict()}
                        ]
                    },
                }
            )
            ece.deployments.update_deployment(args.deployment_id, body=update)
            ece.deployments.wait_for_plans(
                args.deployment_id,
                resource_kind="elasticsearch",
                ref_id=elasticsearch.ref_id,
                timeout=args.timeout,
                poll_interval=args.poll_interval,
                progress=True,
            )
            print(f"resized {args.tier} of {args.deployment_id} to {args.size} MB")
    except PlanFailedError as error:
        print(f"resize failed: {error}", file=sys.stderr)
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
