"""The dashboard rendered by headless Chromium: charts present, screenshot kept in test-artifacts/."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import ROOT
from test_datasette import running_datasette
from test_views import corpus_database

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARTIFACTS = ROOT / "test-artifacts"

pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="chromium is not installed (Debian package `chromium`, see .ci/system-packages)")


def chromium(args: list[str], profile: Path) -> subprocess.CompletedProcess[str]:
    """Headless Chromium with everything that would reach the network switched off."""
    assert CHROMIUM is not None
    command = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
               "--no-first-run", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", f"--user-data-dir={profile}",
               "--window-size=1200,1400", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)


@pytest.fixture(scope="module")
def dashboard_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    database = corpus_database(tmp_path_factory)
    with running_datasette(database, tmp_path_factory.mktemp("browser")) as base:
        yield base + "/-/dashboard"


def test_dashboard_dom_has_the_charts(dashboard_url: str, tmp_path: Path) -> None:
    result = chromium(["--dump-dom", dashboard_url], tmp_path / "profile")
    dom = result.stdout
    assert result.returncode == 0, result.stderr[-2000:]
    for chart in ("chart-agreements-by-year", "chart-pooled-budgets",
                  "chart-agreements-by-council"):
        assert f'id="{chart}"' in dom, f"{chart} missing from the rendered page"
    assert dom.count("<svg") >= 3 and dom.count('class="bar"') >= 3


def test_dashboard_screenshot(dashboard_url: str, tmp_path: Path) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    target = ARTIFACTS / "dashboard.png"
    target.unlink(missing_ok=True)
    result = chromium([f"--screenshot={target}", dashboard_url], tmp_path / "profile")
    assert result.returncode == 0, result.stderr[-2000:]
    assert target.is_file() and target.stat().st_size > 10_000  # a blank page is a few kB
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
