"""make spec-diff: every difference from the server's published spec is known and explained."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.scripts import load_script

ROOT = Path(__file__).resolve().parents[2]


spec_diff = load_script("spec_diff")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = spec_diff.main(list(args))
    return code, capsys.readouterr().out


def test_every_departure_from_the_installed_server_spec_is_documented(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out = run(capsys)
    assert code == 0, out
    assert "0 undocumented; 0 stale" in out
    for entry in yaml.safe_load((ROOT / "spec" / "departures.yaml").read_text()):
        assert entry["reason"].strip(), entry["key"]


@pytest.mark.live
def test_the_running_server_publishes_the_same_spec(
    capsys: pytest.CaptureFixture[str], live_url: str
) -> None:
    code, out = run(capsys, "--upstream", f"{live_url}/openapi.json")
    assert code == 0, out


def scratch_spec(tmp_path: Path, change: Any) -> Path:
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text())
    change(spec)
    path = tmp_path / "openapi.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False))
    return path


def test_a_new_field_is_an_undocumented_difference(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    def add_field(spec: dict[str, Any]) -> None:
        spec["components"]["schemas"]["Thread"]["properties"]["nickname"] = {"type": "string"}

    code, out = run(capsys, "--ours", str(scratch_spec(tmp_path, add_field)))
    assert code == 1
    assert "UNDOCUMENTED response-field 200.nickname of GET /threads/{thread_id} (ours-only)" in out


def test_a_removed_operation_is_reported_and_its_departures_go_stale(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    def remove_storage(spec: dict[str, Any]) -> None:
        del spec["paths"]["/threads/{thread_id}/history"]["get"]

    code, out = run(capsys, "--ours", str(scratch_spec(tmp_path, remove_storage)))
    assert code == 1
    assert "UNDOCUMENTED operation GET /threads/{thread_id}/history (upstream-only)" in out
    assert "STALE        departure status:GET /threads/{thread_id}/history:404:ours-only" in out


def test_an_upstream_enum_value_is_caught(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    upstream = yaml.safe_load((ROOT / "openapi.yaml").read_text())
    upstream["components"]["schemas"]["ThreadStatus"]["enum"].append("archived")
    their = tmp_path / "upstream.json"
    their.write_text(json.dumps(upstream))
    ours = tmp_path / "ours.yaml"
    ours.write_text((ROOT / "openapi.yaml").read_text())
    empty = tmp_path / "departures.yaml"
    empty.write_text("[]\n")
    # Ours against a copy of itself with one more status: only that value differs.
    code, out = run(
        capsys, "--ours", str(ours), "--upstream", str(their), "--departures", str(empty)
    )
    assert code == 1
    assert "enum request.status=archived of POST /threads/search (upstream-only)" in out
    assert "0 stale departures" in out


def test_required_fields_and_nullability_are_compared(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    def loosen(spec: dict[str, Any]) -> None:
        thread = spec["components"]["schemas"]["Thread"]
        thread["required"] = [name for name in thread["required"] if name != "status"]
        thread["properties"]["updated_at"] = {"type": ["string", "null"], "format": "date-time"}

    code, out = run(capsys, "--ours", str(scratch_spec(tmp_path, loosen)))
    assert code == 1
    assert "UNDOCUMENTED required 200.status of GET /threads/{thread_id} (upstream-only)" in out
    assert "UNDOCUMENTED nullable 200.updated_at of GET /threads/{thread_id} (ours-only)" in out


def test_a_pattern_departure_that_matches_nothing_is_stale(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    departures = yaml.safe_load((ROOT / "spec" / "departures.yaml").read_text())
    departures.append({"key": "nullable:*:200.nickname:ours-only", "reason": "made up"})
    path = tmp_path / "departures.yaml"
    path.write_text(yaml.safe_dump(departures))
    code, out = run(capsys, "--departures", str(path))
    assert code == 1
    assert "STALE        departure nullable:*:200.nickname:ours-only no longer occurs" in out
