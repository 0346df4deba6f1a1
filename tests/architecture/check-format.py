#!/usr/bin/env python3
"""Every C file of the tree is laid out as its .clang-format says.

Usage: check-format.py CLANG-FORMAT SOURCE-ROOT (CLANG-FORMAT empty: not installed)

Runs clang-format (14, as on Debian 12: another version lays out some
constructs differently) over the C sources of app/, tests/ and
build-aux/ and names each file it would change. To fix one:
clang-format-14 -i FILE (or git clang-format-14 for a change).
"""
import pathlib
import subprocess
import sys

FOLDERS = ("app", "tests", "build-aux")


def sources(root):
    for folder in FOLDERS:
        for path in sorted((root / folder).rglob("*")):
            if path.suffix in (".c", ".h") and path.is_file():
                yield path


def main():
    clang_format, root = sys.argv[1], pathlib.Path(sys.argv[2])
    if not clang_format:
        print("clang-format-14 is not installed: build-aux/install-deps installs it", file=sys.stderr)
        return 1
    files = list(sources(root))
    if not files:
        print(f"no C sources under {root}", file=sys.stderr)
        return 1
    unformatted = []
    for path in files:
        formatted = subprocess.run([clang_format, "--style=file", str(path)],
                                   check=True, capture_output=True).stdout
        if formatted != path.read_bytes():
            unformatted.append(path.relative_to(root))
    for path in unformatted:
        print(f"{path}: not as .clang-format lays it out (clang-format-14 -i {path})")
    print(f"{len(files) - len(unformatted)} of {len(files)} files follow .clang-format")
    return 1 if unformatted else 0


if __name__ == "__main__":
    sys.exit(main())
