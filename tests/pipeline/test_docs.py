"""The documentation site as a reader sees it: built by MkDocs, served on 127.0.0.1, opened in Chromium.

Chromium comes from Debian (`make browser` installs it; `make test` runs that first) and is driven by
Playwright without any browser download. Screenshots are kept in build/docs-test/ as test artifacts.
"""

from __future__ import annotations

import functools
import http.server
import inspect
import re
import threading
from collections.abc import Iterator
from pathlib import Path

import docs_site
import pytest
from support.paths import ROOT

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "build" / "docs-test"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# The text of one operation's or model's section: from its heading to the next heading of that level.
SECTION_TEXT = """(id) => {
    const heading = document.getElementById(id);
    let text = heading.innerText + "\\n";
    let node = heading.nextElementSibling;
    while (node && node.tagName !== heading.tagName) {
        text += node.innerText + "\\n";
        node = node.nextElementSibling;
    }
    return text;
}"""


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        pass


@pytest.fixture(scope="module")
def site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The pinned release's site, built from docs/ (strictly) and served on 127.0.0.1."""
    work = tmp_path_factory.mktemp("docs")
    release = (ROOT / "generated" / "ece_client" / "__init__.py").read_text().split('ECE_VERSION = "')[1].split('"')[0]
    site = docs_site.build(release, ROOT / "docs" / "reference", work / "site", work / "src")
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: `make browser` installs Debian's chromium")
    from playwright.sync_api import sync_playwright

    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile),
            executable_path=str(CHROMIUM),
            headless=True,
            args=CHROMIUM_FLAGS,
            viewport={"width": 1280, "height": 1000},
        )
        try:
            context.set_default_timeout(20_000)
            yield context.new_page()
        finally:
            context.close()


def screenshot(page, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path))
    assert path.stat().st_size > 10_000  # a rendered page, not a blank one
    return path


def test_the_get_deployment_page_shows_route_signatures_and_error_codes(site_url, page):
    page.goto(f"{site_url}/reference/api/deployments/#get_deployment")
    heading = page.locator("h2#get_deployment")
    heading.scroll_into_view_if_needed()
    assert heading.is_visible()
    section = page.evaluate(SECTION_TEXT, "get_deployment")
    assert "GET /deployments/{deployment_id}" in section
    assert "def get_deployment(\n    deployment_id: str,\n    *," in section
    assert "async def get_deployment(" in section
    assert ") -> DeploymentGetResponse" in section
    assert "show_plans" in section and "bool | Unset" in section
    assert "404" in section and "NotFoundError" in section
    assert "deployments.deployment_not_found" in section
    assert "error_codes.DEPLOYMENTS_DEPLOYMENT_NOT_FOUND" in section
    assert "ece.deployments.get_deployment(deployment_id)" in section
    # The return type links to the model's page.
    link = page.locator("h2#get_deployment ~ p a[href$='models/DeploymentGetResponse/']").first
    assert link.is_visible()
    screenshot(page, "get_deployment")


def test_the_deployment_get_response_page_lists_every_field(site_url, page):
    from ece_client.models import DeploymentGetResponse

    page.goto(f"{site_url}/reference/models/DeploymentGetResponse/")
    rows = page.locator("article table tbody tr")
    table = [row.inner_text().split("\t") for row in rows.all()]
    fields = {cells[0].strip(): cells for cells in table}
    expected = [
        name
        for name in inspect.signature(DeploymentGetResponse.__init__).parameters
        if name not in ("self", "additional_properties")
    ]
    assert list(fields) == expected
    assert fields["resources"][2].strip() == "DeploymentResources"
    assert fields["resources"][3].strip() == "yes"
    assert fields["alias"][2].strip() == "str | Unset"
    assert fields["alias"][3].strip() == "no"
    # The description written beside the $ref in the spec (restored by convert_spec.py).
    assert fields["resources"][4].strip() == "The Resources that belong to this Deployment"
    page.locator("article table a", has_text="DeploymentResources").click()
    page.wait_for_url("**/reference/models/DeploymentResources/")
    page.go_back()
    screenshot(page, "DeploymentGetResponse")


def test_search_finds_create_api_key(site_url, page):
    page.goto(f"{site_url}/")
    page.locator("label.md-search__icon, .md-search__input").first.click()
    search = page.locator("input.md-search__input")
    search.fill("create_api_key")
    # Material links a result to the heading, with the search term in the query: ...?h=create_api_key#create_api_key
    result = page.locator(
        ".md-search-result__item a[href*='reference/api/authentication/'][href$='#create_api_key']"
    ).first
    result.wait_for(state="visible")
    screenshot(page, "search_create_api_key")
    result.click()
    page.wait_for_url(re.compile(r"/reference/api/authentication/[^#]*#create_api_key$"))
    assert "POST /users/auth/keys" in page.evaluate(SECTION_TEXT, "create_api_key")


def test_a_broken_link_fails_the_build(tmp_path):
    reference = tmp_path / "reference"
    reference.mkdir()
    (reference / "index.md").write_text("# Reference\n\n[gone](api/nowhere.md#get_nothing)\n")
    with pytest.raises(docs_site.SiteError, match=r"reference/index.md.*api/nowhere.md"):
        docs_site.build("9.9.9", reference, tmp_path / "site", tmp_path / "src")
