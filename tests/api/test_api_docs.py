"""/docs and /redoc render without internet: every asset comes from this server."""

from __future__ import annotations

import re

import pytest
from api_helpers import Api

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
async def test_docs_pages_use_only_local_assets_and_they_answer(api: Api, page: str) -> None:
    response = await api.client.get(page)
    assert response.status_code == 200
    html = response.text
    urls = re.findall(r"""(?:src|href)=["']([^"']+)["']|url:\s*['"]([^'"]+)['"]""", html)
    urls += re.findall(r"""spec-url=["']([^"']+)["']""", html)
    found = [a or b for a, b in (u if isinstance(u, tuple) else (u, "") for u in urls)]
    assert found, html
    assert not re.search(r"https?://", html), "a CDN or web font would need internet"
    for url in found:
        assert url.startswith("/"), url
        asset = await api.client.get(url)
        assert asset.status_code == 200, url
        assert asset.content
