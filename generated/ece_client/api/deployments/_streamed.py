"""The download operations of `deployments`, streamed (imported on first use)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._resource_variants import StreamingResource
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ..._request_options import RequestOptions
    from ..._streaming import AsyncStreamedResponse, StreamedResponse
    from ...models.capture_deployment_resource_diagnostics_mode import CaptureDeploymentResourceDiagnosticsMode


class DeploymentsAPIWithStreamingResponse(StreamingResource):
    """The download operations of `deployments`, streamed: `ece.deployments.with_streaming_response`.

    The body is read as it is iterated, or written to a file with ``write_to(path)``, never held whole in
    memory. Only operations whose answer is raw bytes (downloads) are here; the others return a parsed
    body and have no streamed form (``ece.stream(method, path)`` streams any request)."""

    __slots__ = ()

    def capture_deployment_resource_diagnostics(
        self,
        deployment_id: str,
        resource_kind: str,
        ref_id: str,
        *,
        mode: CaptureDeploymentResourceDiagnosticsMode | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> StreamedResponse:
        """Capture diagnostics for an Elasticsearch or Kibana resource, streamed: `POST /deployments/{deployment_id}/{resource_kind}/{ref_id}/diagnostics/_capture`.

        The request is sent when the ``with`` block starts; iterate ``iter_bytes()``, or call
        ``write_to(path, progress=True)`` (with or without the block). Same arguments as
        `DeploymentsAPI.capture_deployment_resource_diagnostics`.
        """
        from . import capture_deployment_resource_diagnostics as _operation

        return self._stream(
            _operation,
            _operation.build_request(
                deployment_id,
                resource_kind,
                ref_id,
                mode=mode,
            ),
            request_options,
        )

    def download_deployment_instance_heap_dump(
        self,
        deployment_id: str,
        resource_kind: str,
        ref_id: str,
        instance_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> StreamedResponse:
        """Download the given instance's heap dump, streamed: `GET /deployments/{deployment_id}/{resource_kind}/{ref_id}/instances/{instance_id}/heap_dump/_download`.

        The request is sent when the ``with`` block starts; iterate ``iter_bytes()``, or call
        ``write_to(path, progress=True)`` (with or without the block). Same arguments as
        `DeploymentsAPI.download_deployment_instance_heap_dump`.
        """
        from . import download_deployment_instance_heap_dump as _operation

        return self._stream(
            _operation,
            _operation.build_request(
                deployment_id,
                resource_kind,
                ref_id,
                instance_id,
            ),
            request_options,
        )

    def capture_deployment_instance_thread_dump(
        self,
        deployment_id: str,
        resource_kind: str,
        ref_id: str,
        instance_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> StreamedResponse:
        """Capture a new thread dump for the given instance, streamed: `POST /deployments/{deployment_id}/{resource_kind}/{ref_id}/instances/{instance_id}/thread_dump/_capture`.

        The request is sent when the ``with`` block starts; iterate ``iter_bytes()``, or call
        ``write_to(path, progress=True)`` (with or without the block). Same arguments as
        `DeploymentsAPI.capture_deployment_instance_thread_dump`.
        """
        from . import capture_deployment_instance_thread_dump as _operation

        return self._stream(
            _operation,
            _operation.build_request(
                deployment_id,
                resource_kind,
                ref_id,
                instance_id,
            ),
            request_options,
        )


class AsyncDeploymentsAPIWithStreamingResponse(StreamingResource):
    """The download operations of `deployments`, streamed (asyncio): `ece.deployments.with_streaming_response`.

    The body is read as it is iterated, or written to a file with ``write_to(path)``, never held whole in
    memory. Only operations whose answer is raw bytes (downloads) are here; the others return a parsed
    body and have no streamed form (``ece.stream(method, path)`` streams any request)."""

    __slots__ = ()

    def capture_deployment_resource_diagnostics(
        self,
        deployment_id: str,
        resource_kind: str,
        ref_id: str,
        *,
        mode: CaptureDeploymentResourceDiagnosticsMode | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse:
        """Capture diagnostics for an Elasticsearch or Kibana resource, streamed: `POST /deployments/{deployment_id}/{resource_kind}/{ref_id}/diagnostics/_capture`.

        The request is sent when the ``async with`` block starts; iterate ``aiter_bytes()``, or call
        ``await write_to(path, progress=True)`` (with or without the block). Same arguments as
        `DeploymentsAPI.capture_deployment_resource_diagnostics`.
        """
        from . import capture_deployment_resource_diagnostics as _operation

        return self._stream(
            _operation,
            _operation.build_request(
                deployment_id,
                resource_kind,
                ref_id,
                mode=mode,
            ),
            request_options,
        )

    def download_deployment_instance_heap_dump(
        self,
        deployment_id: str,
        resource_kind: str,
        ref_id: str,
        instance_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse:
        """Download the given instance's heap dump, streamed: `GET /deployments/{deployment_id}/{resource_kind}/{ref_id}/instances/{instance_id}/heap_dump/_download`.

        The request is sent when the ``async with`` block starts; iterate ``aiter_bytes()``, or call
        ``await write_to(path, progress=True)`` (with or without the block). Same arguments as
        `DeploymentsAPI.download_deployment_instance_heap_dump`.
        """
        from . import download_deployment_instance_heap_dump as _operation

        return self._stream(
            _operation,
            _operation.build_request(
                deployment_id,
                resource_kind,
                ref_id,
                instance_id,
            ),
            request_options,
        )

    def capture_deployment_instance_thread_dump(
        self,
        deployment_id: str,
        resource_kind: str,
        ref_id: str,
        instance_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse:
        """Capture a new thread dump for the given instance, streamed: `POST /deployments/{deployment_id}/{resource_kind}/{ref_id}/instances/{instance_id}/thread_dump/_capture`.

        The request is sent when the ``async with`` block starts; iterate ``aiter_bytes()``, or call
        ``await write_to(path, progress=True)`` (with or without the block). Same arguments as
        `DeploymentsAPI.capture_deployment_instance_thread_dump`.
        """
        from . import capture_deployment_instance_thread_dump as _operation

        return self._stream(
            _operation,
            _operation.build_request(
                deployment_id,
                resource_kind,
                ref_id,
                instance_id,
            ),
            request_options,
        )
