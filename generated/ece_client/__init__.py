"""ece-client: the Python SDK for the Elastic Cloud Enterprise 3.8.0 REST API.

Generated from the ECE 3.8.0 spec; the hand-written layer lives in the
underscore modules beside this one.
"""

ECE_VERSION = "3.8.0"
"""The ECE release whose API this build of ece-client speaks."""

__all__ = ["ECE_VERSION"]
