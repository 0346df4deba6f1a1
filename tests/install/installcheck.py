#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Installs SpineCDS with `meson install --destdir` and checks the result.

    installcheck.py tree   [OPTIONS]   the installed tree is what a GNOME desktop expects,
                                       and the installed CLI works with the installed
                                       knowledge base
    installcheck.py launch [OPTIONS]   the installed desktop file's Exec line opens a
                                       case in a SpineCDS window (needs X11: run under
                                       xvfb-run, or the check starts it itself)

The options (set by tests/install/meson.build) give the build directory
and the install layout. Exit status 0 when the check passes, 1 when it
fails; a missing program, file or display is a failure, never a skip.
"""

import argparse
import hashlib
import json
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET

APP_ID = "com.example.SpineCDS"
CASE_MIME_TYPE = "application/x-spinecds-case"
# Example cases and the triage a physician expects from each
# (data/examples/README.md).
EXPECTED_TRIAGE = {
    "seed-mild-reversal.spinecase": "routine",
    "cauda-equina.spinecase": "emergency",
}


class Failure(Exception):
    pass


def log(message):
    print(message, flush=True)


def run(argv, env=None, timeout=60, check=True):
    log("$ " + " ".join(shlex.quote(arg) for arg in argv))
    try:
        result = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True, env=env, timeout=timeout)
    except FileNotFoundError:
        raise Failure(f"{argv[0]}: not found")
    except subprocess.TimeoutExpired:
        raise Failure(f"{argv[0]}: still running after {timeout} s")
    if result.stderr.strip():
        log(result.stderr.rstrip())
    if check and result.returncode != 0:
        log(result.stdout.rstrip())
        raise Failure(f"{' '.join(argv[:3])}… exited with status {result.returncode}")
    return result


def need_tool(name, package):
    path = shutil.which(name)
    if path is None:
        raise Failure(f"{name} is not installed (Debian package {package}; build-aux/install-deps installs it)")
    return path


class Layout:
    """Where `meson install --destdir ROOT` put each kind of file."""

    def __init__(self, args, root):
        def under(option):
            # An absolute bindir etc. replaces the prefix, as in meson.
            return os.path.join(root, os.path.join(args.prefix, option).lstrip("/"))

        self.root = root
        self.bindir = under(args.bindir)
        self.datadir = under(args.datadir)
        self.mandir = under(args.mandir)
        self.localedir = under(args.localedir)
        self.pkgdatadir = os.path.join(self.datadir, "spinecds")
        self.desktop_file = os.path.join(self.datadir, "applications", APP_ID + ".desktop")
        self.metainfo = os.path.join(self.datadir, "metainfo", APP_ID + ".metainfo.xml")
        self.schemadir = os.path.join(self.datadir, "glib-2.0", "schemas")
        self.icondir = os.path.join(self.datadir, "icons", "hicolor")
        self.mime_package = os.path.join(self.datadir, "mime", "packages", APP_ID + ".xml")
        self.knowledge_base = os.path.join(self.pkgdatadir, "knowledge-base", "spine-mri.json")
        self.examples = os.path.join(self.pkgdatadir, "examples")

    def show(self, path):
        return os.path.relpath(path, self.root)


def meson_install(args, root):
    run([args.meson, "install", "-C", args.builddir, "--no-rebuild", "--quiet",
         "--destdir", root], timeout=300)
    return Layout(args, root)


def read_desktop_entry(path):
    entry = {}
    group = None
    with open(path, encoding="utf-8") as desktop:
        for line in desktop:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            if line.startswith("["):
                group = line.strip("[]")
            elif group == "Desktop Entry" and "=" in line:
                key, value = line.split("=", 1)
                entry[key.strip()] = value.strip()
    return entry


def split_list(value):
    return [item for item in value.split(";") if item]


def compile_schemas(layout, target):
    tool = need_tool("glib-compile-schemas", "libglib2.0-bin")
    os.makedirs(target, exist_ok=True)
    run([tool, "--strict", "--targetdir", target, layout.schemadir])


def clean_environment(tmp):
    """An environment that reads nothing of the user's and writes only to @tmp."""
    env = dict(os.environ)
    for name in ("SPINECDS_KNOWLEDGE_BASE", "SPINECDS_LOCALEDIR", "LANGUAGE", "LC_MESSAGES"):
        env.pop(name, None)
    env["LC_ALL"] = "C.UTF-8"
    env["GSETTINGS_BACKEND"] = "memory"
    for name in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[name] = os.path.join(tmp, "home", name.lower())
        os.makedirs(env[name], exist_ok=True)
    return env


# ----------------------------------------------------------------------
# installcheck.py tree

def check_tree(args):
    with tempfile.TemporaryDirectory(prefix="spinecds-install-") as tmp:
        layout = meson_install(args, os.path.join(tmp, "destdir"))
        check_files(args, layout)
        if args.gui:
            check_integration(args, layout)
            check_mime_detection(layout, tmp)
        env = clean_environment(tmp)
        check_cli(args, layout, env, tmp)
        check_man_lookup(layout, env)
        if args.gui:
            check_gui_version(args, layout, env, tmp)
    log("ok: the installed tree")


def check_files(args, layout):
    expected = [
        (os.path.join(layout.bindir, "spinecds-cli"), "x"),
        (os.path.join(layout.mandir, "man1", "spinecds-cli.1"), "f"),
        (layout.knowledge_base, "f"),
        (layout.examples, "d"),
    ]
    if args.gui:
        expected += [
            (os.path.join(layout.bindir, "spinecds"), "x"),
            (layout.desktop_file, "f"),
            (layout.metainfo, "f"),
            (os.path.join(layout.schemadir, APP_ID + ".gschema.xml"), "f"),
            (os.path.join(layout.icondir, "scalable", "apps", APP_ID + ".svg"), "f"),
            (os.path.join(layout.icondir, "symbolic", "apps", APP_ID + "-symbolic.svg"), "f"),
            (layout.mime_package, "f"),
        ]
    for language in read_linguas(args.srcdir):
        expected.append((os.path.join(layout.localedir, language, "LC_MESSAGES", "spinecds.mo"), "f"))

    missing = []
    for path, kind in expected:
        ok = {"x": os.path.isfile(path) and os.access(path, os.X_OK),
              "f": os.path.isfile(path),
              "d": os.path.isdir(path)}[kind]
        log(("ok:      " if ok else "MISSING: ") + layout.show(path))
        if not ok:
            missing.append(layout.show(path))
    examples = sorted(name for name in os.listdir(layout.examples)
                      if name.endswith(".spinecase")) if os.path.isdir(layout.examples) else []
    for name in EXPECTED_TRIAGE:
        if name not in examples:
            missing.append(layout.show(os.path.join(layout.examples, name)))
    if missing:
        raise Failure("not installed: " + ", ".join(missing))


def read_linguas(srcdir):
    path = os.path.join(srcdir, "po", "LINGUAS")
    if not os.path.isfile(path):
        return []
    languages = []
    with open(path, encoding="utf-8") as linguas:
        for line in linguas:
            languages += line.split("#", 1)[0].split()
    return languages


def check_integration(args, layout):
    """The installed files refer to each other correctly."""
    entry = read_desktop_entry(layout.desktop_file)
    icon = entry.get("Icon", "")
    for path in (os.path.join(layout.icondir, "scalable", "apps", icon + ".svg"),
                 os.path.join(layout.icondir, "symbolic", "apps", icon + "-symbolic.svg")):
        if not os.path.isfile(path):
            raise Failure(f"Icon={icon}, but {layout.show(path)} is not installed")

    program = shlex.split(entry.get("Exec", ""))[0] if entry.get("Exec") else ""
    if os.path.basename(program) != "spinecds" or not os.path.isfile(os.path.join(layout.bindir, "spinecds")):
        raise Failure(f"Exec= starts {program!r}, not the installed spinecds")

    mime_root = ET.parse(layout.mime_package).getroot()
    namespace = "{http://www.freedesktop.org/standards/shared-mime-info}"
    declared = {element.get("type") for element in mime_root.findall(namespace + "mime-type")}
    for mime_type in split_list(entry.get("MimeType", "")):
        if mime_type not in declared:
            raise Failure(f"the desktop file opens {mime_type}, which no installed MIME package declares")
    mime_type = mime_root.find(namespace + "mime-type")
    globs = [glob.get("pattern") for glob in mime_type.findall(namespace + "glob")]
    if "*.spinecase" not in globs:
        raise Failure(f"{CASE_MIME_TYPE} does not match *.spinecase")

    metainfo = ET.parse(layout.metainfo).getroot()
    if metainfo.findtext("launchable") != os.path.basename(layout.desktop_file):
        raise Failure("the metainfo's launchable is not the installed desktop file")
    for binary in metainfo.findall("provides/binary"):
        if not os.access(os.path.join(layout.bindir, binary.text), os.X_OK):
            raise Failure(f"the metainfo provides {binary.text}, which is not installed")
    mediatypes = {element.text for element in metainfo.findall("provides/mediatype")}
    if mediatypes != set(split_list(entry.get("MimeType", ""))):
        raise Failure(f"the metainfo's media types {sorted(mediatypes)} differ from the desktop file's")
    versions = [release.get("version") for release in metainfo.findall("releases/release")]
    if args.version not in versions:
        raise Failure(f"the metainfo has no release {args.version} (it has {versions})")

    log("ok: desktop file, icons, MIME type and metainfo agree")


def check_mime_detection(layout, tmp):
    """With the installed MIME package and desktop file, a *.spinecase file
    is a SpineCDS case and SpineCDS is the application that opens it, which
    is what a double-click in Files asks GIO."""
    update_mime = need_tool("update-mime-database", "shared-mime-info")
    update_desktop = need_tool("update-desktop-database", "desktop-file-utils")
    gio = need_tool("gio", "libglib2.0-bin")
    # Copies, so that the caches do not land in the installed tree.
    share = os.path.join(tmp, "desktop-share")
    os.makedirs(os.path.join(share, "mime", "packages"))
    os.makedirs(os.path.join(share, "applications"))
    shutil.copy(layout.mime_package, os.path.join(share, "mime", "packages"))
    shutil.copy(layout.desktop_file, os.path.join(share, "applications"))
    empty = os.path.join(tmp, "empty")
    os.makedirs(empty)
    env = dict(os.environ, LC_ALL="C.UTF-8",
               # GIO ignores a desktop file whose program is not in PATH.
               PATH=layout.bindir + os.pathsep + os.environ.get("PATH", "/usr/bin:/bin"),
               XDG_DATA_HOME=empty, XDG_CONFIG_HOME=empty, XDG_CONFIG_DIRS=empty,
               XDG_DATA_DIRS=share + os.pathsep + os.environ.get("XDG_DATA_DIRS", "/usr/local/share:/usr/share"))
    env.pop("LANGUAGE", None)
    run([update_mime, os.path.join(share, "mime")], env=env)
    run([update_desktop, os.path.join(share, "applications")], env=env)

    example = os.path.join(layout.examples, "seed-mild-reversal.spinecase")
    result = run([gio, "info", "--attributes=standard::content-type", example], env=env)
    match = re.search(r"standard::content-type: (\S+)", result.stdout)
    if not match or match.group(1) != CASE_MIME_TYPE:
        raise Failure(f"{os.path.basename(example)} is detected as "
                      f"{match.group(1) if match else 'nothing'}, not {CASE_MIME_TYPE}")
    log(f"ok: *.spinecase is {CASE_MIME_TYPE}")

    result = run([gio, "mime", CASE_MIME_TYPE], env=env)
    match = re.search(r"^Default application for .*: (\S+)$", result.stdout, re.M)
    desktop_id = os.path.basename(layout.desktop_file)
    if not match or match.group(1) != desktop_id:
        raise Failure(f"the default application for {CASE_MIME_TYPE} is "
                      f"{match.group(1) if match else 'none'}, not {desktop_id}:\n{result.stdout}")
    log(f"ok: {desktop_id} opens {CASE_MIME_TYPE} files")


def load_knowledge_base(layout):
    with open(layout.knowledge_base, "rb") as kb_file:
        data = kb_file.read()
    kb = json.loads(data)
    return kb, hashlib.sha256(data).hexdigest()


def check_cli(args, layout, env, tmp):
    cli = os.path.join(layout.bindir, "spinecds-cli")
    kb, checksum = load_knowledge_base(layout)

    # --version: the program's version and the knowledge base's.
    result = run([cli, "--version"], env=env)
    check_version_output("spinecds-cli", result.stdout, args.version, kb)

    env = dict(env, SPINECDS_KNOWLEDGE_BASE=layout.knowledge_base)
    for name, triage in EXPECTED_TRIAGE.items():
        example = os.path.join(layout.examples, name)
        text = run([cli, "evaluate", example], env=env).stdout
        if not text.startswith("Triage: " + triage.upper()):
            raise Failure(f"evaluate {name}: expected triage {triage}, got:\n{text[:400]}")
        assessment = json.loads(run([cli, "evaluate", "--format", "json", example], env=env).stdout)
        if assessment.get("triage") != triage:
            raise Failure(f"evaluate --format json {name}: triage {assessment.get('triage')!r}, expected {triage!r}")
        used = assessment.get("knowledge_base", {})
        # The checksum proves that the installed file, not the built-in
        # copy, produced the assessment.
        if (used.get("id"), used.get("version"), used.get("checksum")) != (kb["id"], kb["version"], checksum):
            raise Failure(f"evaluate {name} used knowledge base {used}, not the installed "
                          f"{kb['id']} {kb['version']} ({checksum})")
        log(f"ok: {name}: {triage}, with the installed knowledge base")

    examples = sorted(os.path.join(layout.examples, name) for name in os.listdir(layout.examples)
                      if name.endswith(".spinecase"))
    run([cli, "validate", *examples], env=env)
    log(f"ok: the {len(examples)} installed examples are valid")

    # And the variable is really honoured: a missing file means no advice.
    missing = dict(env, SPINECDS_KNOWLEDGE_BASE=os.path.join(tmp, "no-such-kb.json"))
    result = run([cli, "evaluate", examples[0]], env=missing, check=False)
    if result.returncode != 2 or result.stdout.strip():
        raise Failure(f"with a missing knowledge base, evaluate exited {result.returncode} "
                      f"and printed {result.stdout[:200]!r}; expected status 2 and no advice")
    log("ok: no knowledge base, no advice")


def check_version_output(program, output, version, kb):
    lines = output.strip().splitlines()
    if not lines or not re.search(r"\b" + re.escape(version) + r"\b", lines[0]):
        raise Failure(f"{program} --version does not start with its version {version}:\n{output}")
    if kb["version"] not in output or kb["id"] not in output:
        raise Failure(f"{program} --version does not name the knowledge base "
                      f"{kb['id']} {kb['version']}:\n{output}")
    log(f"ok: {program} --version: {' / '.join(lines)}")


def check_gui_version(args, layout, env, tmp):
    app = os.path.join(layout.bindir, "spinecds")
    kb, _ = load_knowledge_base(layout)
    schemas = os.path.join(tmp, "schemas")
    compile_schemas(layout, schemas)
    env = dict(env, GSETTINGS_SCHEMA_DIR=schemas)
    result = run([app, "--version"], env=env, timeout=30, check=False)
    if result.returncode != 0:
        raise Failure(f"spinecds --version exited with status {result.returncode}: "
                      f"{(result.stdout + result.stderr).strip()}")
    check_version_output("spinecds", result.stdout, args.version, kb)


def check_man_lookup(layout, env):
    man = shutil.which("man")
    if man is None:
        return  # man-db is not part of a minimal system; the file is checked above
    result = run([man, "-w", "spinecds-cli"], env=dict(env, MANPATH=layout.mandir))
    if os.path.realpath(result.stdout.strip()) != os.path.realpath(os.path.join(layout.mandir, "man1", "spinecds-cli.1")):
        raise Failure(f"man -w spinecds-cli found {result.stdout.strip()!r}")
    log("ok: man spinecds-cli finds the installed page")


# ----------------------------------------------------------------------
# installcheck.py launch

def ensure_display():
    if os.environ.get("DISPLAY"):
        return
    if os.environ.get("SPINECDS_INSTALLCHECK_XVFB"):
        raise Failure("xvfb-run started, but there is still no DISPLAY")
    xvfb_run = need_tool("xvfb-run", "xvfb")
    log("no DISPLAY: starting an X server with xvfb-run")
    os.environ["SPINECDS_INSTALLCHECK_XVFB"] = "1"
    sys.stdout.flush()
    os.execv(xvfb_run, [xvfb_run, "-a", "-s", "-screen 0 1600x1200x24 -noreset",
                        sys.executable, *sys.argv])


def expand_exec(exec_line, files):
    """The Desktop Entry spec's field codes, for a launch with @files."""
    argv = []
    for arg in shlex.split(exec_line):
        if arg in ("%F", "%U"):
            argv += files
        elif arg in ("%f", "%u"):
            argv += files[:1]
        elif arg in ("%i", "%c", "%k"):
            continue
        else:
            argv.append(arg.replace("%%", "%"))
    return argv


def x_windows():
    """The top-level windows of the X server: id → properties."""
    xwininfo = need_tool("xwininfo", "x11-utils")
    xprop = need_tool("xprop", "x11-utils")
    tree = subprocess.run([xwininfo, "-root", "-children"], stdout=subprocess.PIPE,
                          stderr=subprocess.DEVNULL, text=True).stdout
    windows = {}
    for window in re.findall(r"^\s+(0x[0-9a-f]+)\s", tree, re.M):
        info = subprocess.run([xwininfo, "-id", window], stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, text=True).stdout
        if "IsViewable" not in info:
            continue
        props = subprocess.run([xprop, "-id", window, "_NET_WM_PID", "_GTK_APPLICATION_ID", "_NET_WM_NAME"],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True).stdout
        pid = re.search(r"_NET_WM_PID\(CARDINAL\) = (\d+)", props)
        app_id = re.search(r'_GTK_APPLICATION_ID\(UTF8_STRING\) = "(.*)"', props)
        title = re.search(r'_NET_WM_NAME\(UTF8_STRING\) = "(.*)"', props)
        windows[window] = {
            "pid": int(pid.group(1)) if pid else None,
            "app_id": app_id.group(1) if app_id else None,
            "title": title.group(1) if title else "",
        }
    return windows


def in_session(pid, session):
    try:
        return os.getsid(pid) == session
    except ProcessLookupError:
        return False


def check_launch(args):
    ensure_display()
    with tempfile.TemporaryDirectory(prefix="spinecds-launch-") as tmp:
        layout = meson_install(args, os.path.join(tmp, "destdir"))
        if not os.path.isfile(layout.desktop_file):
            raise Failure(f"{layout.show(layout.desktop_file)} is not installed")
        if not os.access(os.path.join(layout.bindir, "spinecds"), os.X_OK):
            raise Failure(f"{layout.show(os.path.join(layout.bindir, 'spinecds'))} is not installed "
                          "(the GTK application is not built yet?)")
        # What the post-install step does outside a DESTDIR.
        compile_schemas(layout, layout.schemadir)

        entry = read_desktop_entry(layout.desktop_file)
        example = os.path.join(layout.examples, "seed-mild-reversal.spinecase")
        argv = expand_exec(entry.get("Exec", ""), [example])
        log(f"Exec={entry.get('Exec')} → {' '.join(argv)}")
        if example not in argv:
            raise Failure("the Exec line does not pass the file to the application")

        env = clean_environment(tmp)
        env["PATH"] = layout.bindir + os.pathsep + env.get("PATH", "/usr/bin:/bin")
        env["XDG_DATA_DIRS"] = layout.datadir + os.pathsep + env.get("XDG_DATA_DIRS", "/usr/local/share:/usr/share")
        env["GSETTINGS_SCHEMA_DIR"] = layout.schemadir
        env["GDK_BACKEND"] = "x11"
        env["GTK_A11Y"] = "none"
        env["NO_AT_BRIDGE"] = "1"
        resolved = shutil.which(argv[0], path=env["PATH"])
        if resolved is None or os.path.realpath(resolved) != os.path.realpath(os.path.join(layout.bindir, "spinecds")):
            raise Failure(f"Exec's {argv[0]} resolves to {resolved}, not the installed spinecds")

        # A private session bus: a SpineCDS already running elsewhere
        # must not take the file over.
        dbus_run_session = need_tool("dbus-run-session", "dbus")
        stderr_path = os.path.join(tmp, "stderr.txt")
        before = set(x_windows())
        with open(stderr_path, "w") as stderr_file:
            log("$ " + " ".join([dbus_run_session, "--"] + argv))
            process = subprocess.Popen([dbus_run_session, "--"] + argv, env=env, cwd=tmp,
                                       stdout=stderr_file, stderr=subprocess.STDOUT,
                                       start_new_session=True)
        try:
            window = wait_for_window(process, before, timeout=30)
            title = window["title"]
            log(f"ok: a window appeared: {title!r}, application id {window['app_id']!r}")
            if window["app_id"] != APP_ID:
                raise Failure(f"the window's application id is {window['app_id']!r}: the shell cannot "
                              f"match it to {APP_ID}.desktop")
            # A document window is titled after its document (GNOME HIG):
            # the evidence that the file from %F was opened. The window
            # shows at once and the case is read in a worker thread, so
            # the title follows a moment later (slower under sanitizers).
            stem = os.path.splitext(os.path.basename(example))[0]
            title = wait_for_title(process, stem, title, timeout=20)
            if stem not in title:
                raise Failure(f"the window title {title!r} does not name the case {stem}: "
                              "was the file on the command line opened?")
            log(f"ok: the title names the case: {title!r}")
            time.sleep(3)
            if process.poll() is not None:
                raise Failure(f"spinecds exited with status {process.returncode} after showing its window")
            if not any(in_session(w["pid"], process.pid) for w in x_windows().values() if w["pid"]):
                raise Failure("the SpineCDS window closed by itself")
            log("ok: still running 3 s later")
        finally:
            stop(process)
            with open(stderr_path) as output:
                text = output.read()
            if text.strip():
                log("--- output of spinecds ---\n" + text.rstrip())
        if "-CRITICAL **" in text:
            raise Failure("spinecds logged a critical warning")
    log("ok: the installed desktop file launches SpineCDS")


def wait_for_window(process, before, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise Failure(f"spinecds exited with status {process.returncode} before showing a window")
        for window_id, window in x_windows().items():
            if window_id not in before and window["pid"] and in_session(window["pid"], process.pid):
                return window
        time.sleep(0.5)
    raise Failure(f"no SpineCDS window within {timeout} s")


def wait_for_title(process, stem, title, timeout):
    """The session's window title once it names @stem, or the last one seen."""
    deadline = time.monotonic() + timeout
    while stem not in title and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.5)
        titles = [w["title"] for w in x_windows().values() if w["pid"] and in_session(w["pid"], process.pid)]
        title = next((t for t in titles if stem in t), titles[0] if titles else title)
    return title


def stop(process):
    """Ends the session this check started: spinecds and its bus."""
    for sig, wait in ((signal.SIGTERM, 5), (signal.SIGKILL, 5)):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            break
        try:
            process.wait(timeout=wait)
            break
        except subprocess.TimeoutExpired:
            continue


# ----------------------------------------------------------------------

def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("check", choices=("tree", "launch"))
    parser.add_argument("--meson", required=True)
    parser.add_argument("--builddir", required=True)
    parser.add_argument("--srcdir", required=True)
    parser.add_argument("--prefix", required=True)
    parser.add_argument("--bindir", required=True)
    parser.add_argument("--datadir", required=True)
    parser.add_argument("--mandir", required=True)
    parser.add_argument("--localedir", required=True)
    parser.add_argument("--version", required=True)
    parser.add_argument("--gui", choices=("true", "false"), required=True)
    args = parser.parse_args()
    args.gui = args.gui == "true"
    try:
        (check_tree if args.check == "tree" else check_launch)(args)
    except Failure as failure:
        print(f"FAIL: {failure}", file=sys.stderr, flush=True)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
