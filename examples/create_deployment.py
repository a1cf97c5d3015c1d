"""Create a deployment from a deployment template and wait until it runs, showing progress.

    export EC_HOST=https://ece.example:12443 EC_API_KEY=...
    python examples/create_deployment.py my-deployment --template default --region ece-region

Prints the new deployment's id and its `elastic` credentials (ECE shows the password only once).
Exit status: 0 when it runs, 1 if a plan failed, 2 if it was still being created at --timeout
(creation goes on in ECE).
"""

from __future__ import annotations

import argparse
import sys

from ece_client import ECE
from ece_client.errors import ECEError, PlanFailedError, PlanTimeoutError


def main() -> int:
    parser = argparse.ArgumentParser(description="Create a deployment from a template and wait for it.")
    parser.add_argument("name")
    parser.add_argument("--template", default="default", help="deployment template id")
    parser.add_argument("--region", default="ece-region")
    parser.add_argument("--timeout", type=float, default=3600, help="seconds to wait for the plans")
    parser.add_argument("--poll-interval", type=float, default=5)
    args = parser.parse_args()
    try:
        with ECE.from_env() as ece:
            template = ece.deployment_templates.get_deployment_template_v2(args.template, region=args.region)
            request = template.deployment_template  # a DeploymentCreateRequest, resources filled in
            request.name = args.name
            created = ece.deployments.create_deployment(body=request)
            print(f"created deployment {created.id} ({created.name})")
            for resource in created.resources:
                if resource.credentials:
                    print(
                        f"  {resource.kind} {resource.ref_id}: {resource.credentials.username} / "
                        f"{resource.credentials.password}"
                    )
            summary = ece.deployments.wait_for_plans(
                created.id, timeout=args.timeout, poll_interval=args.poll_interval, progress=True
            )
            print(f"deployment {created.id} is running ({len(summary.changed)} resources, {summary.elapsed:.0f}s)")
    except PlanFailedError as error:
        print(f"creation failed: {error}", file=sys.stderr)
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
