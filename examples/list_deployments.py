"""List every deployment with its health, following the search cursor page after page.

export EC_HOST=https://ece.example:12443 EC_API_KEY=...
python examples/list_deployments.py [--query '{"match": {"name": {"query": "logs"}}}']
"""

from __future__ import annotations

import argparse
import json
import sys

from ece_client import ECE
from ece_client.errors import ECEError


def main() -> int:
    parser = argparse.ArgumentParser(description="List every deployment with its health.")
    parser.add_argument("--query", type=json.loads, help="an Elasticsearch query, as JSON (default: all)")
    parser.add_argument("--page-size", type=int, default=100)
    args = parser.parse_args()
    try:
        with ECE.from_env() as ece:
            count = 0
            for deployment in ece.deployments.iter_search(args.query, page_size=args.page_size):
                health = "healthy" if deployment.healthy else "UNHEALTHY"
                print(f"{deployment.id}  {health:9}  {deployment.name}")
                count += 1
            print(f"{count} deployment(s)", file=sys.stderr)
    except ECEError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
