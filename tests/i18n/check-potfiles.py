#!/usr/bin/python3
"""Every source file with translatable strings is listed in po/POTFILES.in,
and every file listed there exists."""
import pathlib
import re
import sys

top = pathlib.Path(sys.argv[1])
listed = {line.strip() for line in (top / "po/POTFILES.in").read_text().splitlines()
          if line.strip() and not line.startswith("#")}

# The generator prints NC_(…) lines but translates nothing itself.
not_sources = {"build-aux/kb-strings/spinecds-kb-strings.c"}
call = re.compile(r'(?<![A-Za-z0-9_])(_|N_|C_|NC_|Q_|g_dpgettext2)\s*\(\s*"')
needed = set()
for path in list(top.glob("app/**/*.c")) + list(top.glob("app/**/*.h")):
    relative = str(path.relative_to(top))
    if relative not in not_sources and call.search(path.read_text(encoding="utf-8")):
        needed.add(relative)
for path in top.glob("ui/*.ui"):
    if 'translatable="yes"' in path.read_text(encoding="utf-8"):
        needed.add(str(path.relative_to(top)))

missing = sorted(needed - listed)
absent = sorted(name for name in listed if not (top / name).exists())
for name in missing:
    print(f"po/POTFILES.in: {name} has translatable strings but is not listed")
for name in absent:
    print(f"po/POTFILES.in: {name} is listed but does not exist")
sys.exit(1 if missing or absent else 0)
