"""Regenerate ``langgraph_threads_client/_generated`` from ``openapi.yaml``.

Usage (from the repository root, inside the generator's own virtual environment, which
``make generate`` creates from ``generator/requirements.txt``)::

    python generator/generate.py           # rewrite the generated package
    python generator/generate.py --check   # fail if the committed package differs

Steps: drop the operations marked ``x-codegen-skip`` (the never-ending event stream, which the
client implements by hand), run the pinned openapi-python-client (with properties.py's
extension: free-form objects are dicts) with warnings as failures,
the config and the custom templates beside this file, then replace (or compare with) the
committed package. Output is deterministic: the pinned ruff runs with ``--isolated``.
"""

from __future__ import annotations

import argparse
import difflib
import filecmp
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

try:
    from ruamel.yaml import YAML
    from ruamel.yaml.constructor import SafeConstructor
except ModuleNotFoundError as missing:  # (another Python than the generator's own)
    sys.exit(
        f"generate.py: {missing.name} is not installed: run it with the generator's own "
        "Python (`make generate`, or a virtual environment made from generator/requirements.txt)"
    )

GENERATOR_DIR = Path(__file__).resolve().parent
ROOT = GENERATOR_DIR.parent
SPEC = ROOT / "openapi.yaml"
TARGET = ROOT / "langgraph_threads_client" / "_generated"
SKIP_MARK = "x-codegen-skip"
HTTP_METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}


def spec_for_generation(spec_path: Path) -> dict[str, object]:
    """The spec without the operations marked to be kept out of generation."""
    yaml = YAML(typ="safe")
    # An unquoted date in an example or a default (2024-01-01) is the string as written: a
    # JSON document (what the spec describes) has no dates.
    yaml.constructor.add_constructor(
        "tag:yaml.org,2002:timestamp", SafeConstructor.construct_yaml_str
    )
    spec = yaml.load(spec_path)
    for path, item in list(spec["paths"].items()):
        for method in [m for m in item if m in HTTP_METHODS]:
            if item[method].get(SKIP_MARK):
                del item[method]
        if not HTTP_METHODS & set(item):
            del spec["paths"][path]
    return spec  # type: ignore[no-any-return]


def generate_into(out_dir: Path, spec_path: Path = SPEC) -> None:
    """Generate the package into ``out_dir`` (which must not exist)."""
    with tempfile.TemporaryDirectory() as scratch:
        filtered = Path(scratch) / "openapi.json"
        filtered.write_text(json.dumps(spec_for_generation(spec_path), indent=1))
        bin_dir = Path(sys.executable).parent
        env = {
            **os.environ,
            # The post hooks call `ruff`: make it the pinned one next to this interpreter.
            "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}",
            "PYTHONHASHSEED": "0",
        }
        result = subprocess.run(
            [
                sys.executable,
                str(GENERATOR_DIR / "properties.py"),
                "generate",
                "--path",
                str(filtered),
                "--meta",
                "none",
                "--config",
                str(GENERATOR_DIR / "config.yaml"),
                "--custom-template-path",
                str(GENERATOR_DIR / "templates"),
                "--output-path",
                str(out_dir),
                "--fail-on-warning",
            ],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0 or "Warning" in result.stdout:
            sys.stderr.write(result.stdout + result.stderr)
            raise SystemExit(f"openapi-python-client failed (exit {result.returncode})")


def tree_diff(expected: Path, actual: Path) -> list[str]:
    """Unified diffs (and added/removed files) between two generated trees."""
    problems: list[str] = []
    comparison = filecmp.dircmp(expected, actual, ignore=["__pycache__"])
    stack = [(comparison, Path())]
    while stack:
        cmp, rel = stack.pop()
        problems += [f"only in fresh generation: {rel / name}" for name in cmp.left_only]
        problems += [f"only in committed code: {rel / name}" for name in cmp.right_only]
        for name in cmp.diff_files:
            left = (expected / rel / name).read_text().splitlines(keepends=True)
            right = (actual / rel / name).read_text().splitlines(keepends=True)
            problems.append(
                "".join(
                    difflib.unified_diff(
                        right, left, f"committed/{rel / name}", f"regenerated/{rel / name}"
                    )
                )
            )
        stack += [(sub, rel / name) for name, sub in sorted(cmp.subdirs.items())]
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="compare with the committed code, change nothing"
    )
    parser.add_argument(
        "--spec", type=Path, default=SPEC, help="the OpenAPI file (default: openapi.yaml)"
    )
    parser.add_argument("--target", type=Path, default=TARGET, help="the generated package folder")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / "_generated"
        generate_into(fresh, args.spec)
        if args.check:
            if not args.target.is_dir():
                print(f"{args.target} does not exist: run `make generate`", file=sys.stderr)
                return 1
            problems = tree_diff(fresh, args.target)
            if problems:
                print("\n".join(problems), file=sys.stderr)
                print(
                    "The generated code differs from a fresh regeneration of openapi.yaml: "
                    "run `make generate` after changing openapi.yaml, generator/config.yaml or "
                    "generator/templates/. Never edit it by hand.",
                    file=sys.stderr,
                )
                return 1
            print("generated code is up to date")
            return 0
        if args.target.exists():
            shutil.rmtree(args.target)
        shutil.copytree(fresh, args.target, ignore=shutil.ignore_patterns("__pycache__"))
        print(f"regenerated {args.target}")
        return 0


if __name__ == "__main__":
    sys.exit(main())
