#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Lint checks of SpineCDS's desktop integration files.

    lint.py desktop FILE              desktop-file-validate, plus what SpineCDS needs
    lint.py metainfo FILE             appstreamcli validate --no-net --explain, plus
                                      developer name, dated releases, content rating
    lint.py schemas DIR               glib-compile-schemas --strict --dry-run DIR
    lint.py screenshots FILE SRCDIR   every screenshot of the metainfo is in the tree
    lint.py flatpak FILE              the Flatpak manifest's sandbox and build
    lint.py man PAGE CLI              groff finds nothing to warn about, and the page
                                      names every command and option the CLI has

Each check prints what it looked at and exits 0 when it passes, 1 when
it fails. A missing tool or input is a failure, never a skip.
"""

import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

APP_ID = "com.example.SpineCDS"
CASE_MIME_TYPE = "application/x-spinecds-case"
# The placeholder repository that the metainfo's URLs point at.
RAW_URL = "https://example.com/spinecds/raw/main/"


class Failure(Exception):
    pass


def need_tool(name, package):
    path = shutil.which(name)
    if path is None:
        raise Failure(f"{name} is not installed (Debian package {package}; build-aux/install-deps installs it)")
    return path


def run(argv, **kwargs):
    print("$ " + " ".join(argv), flush=True)
    result = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True, **kwargs)
    if result.stdout:
        print(result.stdout.rstrip())
    return result


def need_file(path, what):
    if not os.path.isfile(path):
        raise Failure(f"{what} is missing: {path}")


def read_desktop_entry(path):
    """The [Desktop Entry] group as a dict (untranslated keys only)."""
    entry = {}
    group = None
    with open(path, encoding="utf-8") as desktop:
        for line in desktop:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            if line.startswith("["):
                group = line.strip("[]")
                continue
            if group == "Desktop Entry" and "=" in line:
                key, value = line.split("=", 1)
                entry[key.strip()] = value.strip()
    return entry


def split_list(value):
    return [item for item in value.split(";") if item]


def check_desktop(path):
    need_file(path, "the merged desktop file")
    tool = need_tool("desktop-file-validate", "desktop-file-utils")
    result = run([tool, path])
    if result.returncode != 0:
        raise Failure("desktop-file-validate found errors")
    # Warnings are errors for us; hints are advice.
    if re.search(r"(error|warning):", result.stdout):
        raise Failure("desktop-file-validate has warnings")

    entry = read_desktop_entry(path)
    expected = {
        "Type": "Application",
        "Icon": APP_ID,
        "Terminal": "false",
        "StartupNotify": "true",
    }
    for key, value in expected.items():
        if entry.get(key) != value:
            raise Failure(f"{key}={entry.get(key)!r}, expected {value!r}")
    categories = split_list(entry.get("Categories", ""))
    for category in ("Science", "MedicalSoftware"):
        if category not in categories:
            raise Failure(f"Categories lacks {category}: {categories}")
    if CASE_MIME_TYPE not in split_list(entry.get("MimeType", "")):
        raise Failure(f"MimeType lacks {CASE_MIME_TYPE}")
    exec_line = entry.get("Exec", "")
    if not re.search(r"%[fFuU]", exec_line):
        raise Failure(f"Exec={exec_line!r} takes no file, so a double-click cannot open a case")
    if entry.get("DBusActivatable", "false") == "true":
        raise Failure("DBusActivatable=true needs a D-Bus service file, which SpineCDS does not install")
    for key in ("Name", "GenericName", "Comment", "Keywords"):
        if not entry.get(key):
            raise Failure(f"{key} is empty")
    print(f"ok: {os.path.basename(path)}")


def check_metainfo(path):
    need_file(path, "the merged metainfo")
    tool = need_tool("appstreamcli", "appstream")
    result = run([tool, "validate", "--no-net", "--explain", path])
    if result.returncode != 0:
        raise Failure("appstreamcli validate failed")

    root = ET.parse(path).getroot()
    if root.findtext("id") != APP_ID:
        raise Failure(f"<id> is {root.findtext('id')!r}, expected {APP_ID}")
    if not (root.findtext("developer_name") or "").strip():
        raise Failure("no <developer_name>")
    if root.find("content_rating[@type='oars-1.1']") is None:
        raise Failure("no <content_rating type=\"oars-1.1\">")
    releases = root.findall("releases/release")
    if not releases:
        raise Failure("no <release>")
    for release in releases:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", release.get("date", "")):
            raise Failure(f"release {release.get('version')} has no date YYYY-MM-DD")
    if root.findtext("launchable[@type='desktop-id']") != APP_ID + ".desktop":
        raise Failure("the launchable is not " + APP_ID + ".desktop")
    provided = {element.tag: [] for element in root.findall("provides/*")}
    for element in root.findall("provides/*"):
        provided[element.tag].append(element.text)
    for binary in ("spinecds", "spinecds-cli"):
        if binary not in provided.get("binary", []):
            raise Failure(f"<provides> lacks <binary>{binary}</binary>")
    if CASE_MIME_TYPE not in provided.get("mediatype", []):
        raise Failure(f"<provides> lacks <mediatype>{CASE_MIME_TYPE}</mediatype>")
    if len(root.findall("screenshots/screenshot")) == 0:
        raise Failure("no screenshots")
    print(f"ok: {os.path.basename(path)}")


def check_schemas(directory):
    schema = os.path.join(directory, APP_ID + ".gschema.xml")
    need_file(schema, "the GSettings schema (written with the GTK application)")
    tool = need_tool("glib-compile-schemas", "libglib2.0-bin")
    result = run([tool, "--strict", "--dry-run", directory])
    if result.returncode != 0:
        raise Failure("glib-compile-schemas --strict failed")
    print(f"ok: {schema}")


def png_size(path):
    with open(path, "rb") as png:
        header = png.read(24)
    if header[:8] != b"\x89PNG\r\n\x1a\n" or header[12:16] != b"IHDR":
        return None
    return int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")


def check_screenshots(path, srcdir):
    need_file(path, "the metainfo")
    root = ET.parse(path).getroot()
    images = [image.text.strip() for image in root.findall("screenshots/screenshot/image")]
    if not images:
        raise Failure("the metainfo has no screenshots")
    missing = []
    for url in images:
        if not url.startswith(RAW_URL):
            raise Failure(f"{url} is not under {RAW_URL}")
        local = os.path.join(srcdir, url[len(RAW_URL):])
        if not os.path.isfile(local):
            missing.append(local)
            continue
        size = png_size(local)
        if size is None:
            raise Failure(f"{local} is not a PNG image")
        print(f"ok: {url[len(RAW_URL):]} ({size[0]}×{size[1]})")
    if missing:
        raise Failure("screenshots named in the metainfo are missing from the tree:\n  "
                      + "\n  ".join(missing))


def check_flatpak(path):
    need_file(path, "the Flatpak manifest")
    with open(path, encoding="utf-8") as manifest_file:
        manifest = json.load(manifest_file)
    expected = {
        "id": APP_ID,
        "runtime": "org.gnome.Platform",
        "runtime-version": "43",
        "sdk": "org.gnome.Sdk",
        "command": "spinecds",
    }
    for key, value in expected.items():
        if manifest.get(key) != value:
            raise Failure(f"{key} is {manifest.get(key)!r}, expected {value!r}")
    finish_args = manifest.get("finish-args", [])
    for arg in ("--share=ipc", "--socket=fallback-x11", "--socket=wayland", "--device=dri"):
        if arg not in finish_args:
            raise Failure(f"finish-args lacks {arg}")
    # SpineCDS never opens a socket, and files come through the portals.
    for arg in finish_args:
        if arg == "--share=network" or arg.startswith("--filesystem=") or arg == "--socket=x11":
            raise Failure(f"finish-args must not grant {arg}")
    modules = manifest.get("modules", [])
    if not modules or not isinstance(modules[-1], dict) or modules[-1].get("name") != "spinecds":
        raise Failure("the last module must be spinecds")
    app = modules[-1]
    if app.get("buildsystem") != "meson":
        raise Failure("the spinecds module must build with meson")
    sources = app.get("sources", [])
    here = os.path.dirname(os.path.abspath(path))
    if not any(source.get("type") == "dir"
               and os.path.isfile(os.path.join(here, source.get("path", ""), "meson.build"))
               for source in sources):
        raise Failure("the spinecds module must build the source tree it lives in (type dir)")
    print(f"ok: {os.path.basename(path)} (not built: flatpak-builder needs the network for the runtime)")


def cli_help(cli, *args):
    env = dict(os.environ, LANGUAGE="C", LC_ALL="C.UTF-8")
    result = subprocess.run([cli, *args, "--help"], stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, env=env)
    if result.returncode != 0:
        raise Failure(f"{cli} {' '.join(args)} --help failed:\n{result.stdout}")
    return result.stdout


def check_man(page, cli):
    need_file(page, "the man page")
    tool = need_tool("groff", "groff-base")
    result = run([tool, "-t", "-man", "-Tutf8", "-ww", "-z", page])
    if result.returncode != 0 or result.stdout.strip():
        raise Failure("groff warns about the man page")

    with open(page, encoding="utf-8") as man:
        text = man.read()
    # "\-\-format" in roff is "--format" on the page.
    plain = text.replace("\\-", "-")

    commands = []
    in_commands = False
    for line in cli_help(cli).splitlines():
        if line.strip() == "Commands:":
            in_commands = True
            continue
        if in_commands:
            match = re.match(r"^  ([a-z][a-z-]*)\s", line)
            if not match:
                break
            commands.append(match.group(1))
    if not commands:
        raise Failure(f"cannot read the commands from {cli} --help")

    problems = []
    if "--version" not in plain:
        problems.append("--version")
    for command in commands:
        if not re.search(r"^\.BI? " + re.escape(command) + r"\b", text, re.M):
            problems.append(f"the command {command}")
        for line in cli_help(cli, command).splitlines():
            match = re.match(r"^\s+(?:(-[A-Za-z]), )?(--[a-z][a-z-]*)", line)
            if not match or match.group(2) == "--help" or line.lstrip().startswith("--help-"):
                continue
            for option in filter(None, match.groups()):
                if not re.search(r"(?<![\w-])" + re.escape(option) + r"(?![\w-])", plain):
                    problems.append(f"{command} {option}")
    if problems:
        raise Failure("the man page does not describe: " + ", ".join(problems))
    print(f"ok: {os.path.basename(page)} describes {', '.join(commands)} and their options")


CHECKS = {
    "desktop": check_desktop,
    "metainfo": check_metainfo,
    "schemas": check_schemas,
    "screenshots": check_screenshots,
    "flatpak": check_flatpak,
    "man": check_man,
}


def main(argv):
    if len(argv) < 2 or argv[1] not in CHECKS:
        print(__doc__, file=sys.stderr)
        return 2
    try:
        CHECKS[argv[1]](*argv[2:])
    except Failure as failure:
        print(f"FAIL: {failure}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
