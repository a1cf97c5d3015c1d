"""Rotate an API key: create a new one, check that it works, then delete the old one.

    export EC_HOST=https://ece.example:12443 EC_API_KEY=<the key to retire>
    python examples/rotate_api_key.py OLD_KEY_ID --out ~/.ece-api-key

The new key is written to --out (readable by you only), never printed: point EC_API_KEY at it
afterwards. The old key is deleted with the new one, which proves the new key works. If that
fails, the new key is still written to --out, the error says so and the exit status is 1.
"""

from __future__ import annotations

import argparse
import os
import sys

from ece_client import ECE
from ece_client.errors import ECEError
from ece_client.models import CreateApiKeyRequest


def main() -> int:
    parser = argparse.ArgumentParser(description="Rotate an ECE API key.")
    parser.add_argument("old_key_id", help="id of the key to retire (see GET /users/auth/keys)")
    parser.add_argument("--out", required=True, help="file to write the new key to")
    parser.add_argument("--description", default="rotated by ece-client")
    args = parser.parse_args()
    try:
        with ECE.from_env() as ece:
            new = ece.authentication.create_api_key(body=CreateApiKeyRequest(description=args.description))
    except ECEError as error:
        print(f"error: creating the new key failed: {error}", file=sys.stderr)
        return 1
    if not new.key:
        print("error: ECE returned no key", file=sys.stderr)
        return 1
    try:
        descriptor = os.open(args.out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w") as out:
            out.write(new.key + "\n")
    except OSError as error:
        print(
            f"error: new key {new.id} was created but could not be written to {args.out} ({error}); "
            f"the old key {args.old_key_id} is kept: delete key {new.id} and try again",
            file=sys.stderr,
        )
        return 1
    try:
        with ECE.from_env(api_key=new.key) as rotated:
            rotated.authentication.get_api_keys()  # the new key works...
            rotated.authentication.delete_api_key(args.old_key_id)  # ...so the old one can go
    except ECEError as error:
        # The new key exists and is saved: say so, or the user would think nothing changed.
        print(
            f"error: new key {new.id} written to {args.out}; deleting the old key {args.old_key_id} failed: {error}",
            file=sys.stderr,
        )
        return 1
    print(f"new API key {new.id} written to {args.out}; old key {args.old_key_id} deleted")
    return 0


if __name__ == "__main__":
    sys.exit(main())
