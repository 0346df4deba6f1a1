#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End to end, as a user would, through the accessibility tree.

Starts the real spinecds binary on the seed example, reads the triage,
then moves through the form with the Tab key until "Saddle anaesthesia"
has the focus, switches it on with Space, and reads "Emergency".

GTK 4.8 exposes no AT-SPI action on switches, and a switch far down the
form is scrolled out of view, so the keyboard is the way in: which is
also what proves the form works without a mouse.
"""
import os
import subprocess
import sys
import tempfile
import time

# The accessibility client library warns about objects that vanish
# while it walks the tree; those warnings must not abort the test.
os.environ.pop('G_DEBUG', None)
import pyatspi  # noqa: E402

binary, case_file = sys.argv[1], sys.argv[2]


def log(*args):
    print('#', *args, flush=True)


def fail(message):
    print('not ok 1 atspi end to end #', message, flush=True)
    if app_process.poll() is None:
        app_process.kill()
    sys.exit(1)


def find_app(timeout=30):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if app_process.poll() is not None:
            fail(f'the application exited with status {app_process.returncode} before it appeared')
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is None:
                continue
            try:
                if app.get_process_id() == app_process.pid:
                    return app
            except Exception:
                continue
        time.sleep(0.3)
    return None


def walk(node, depth=0):
    if node is None or depth > 60:
        return
    yield node
    try:
        children = list(node)
    except Exception:
        return
    for child in children:
        yield from walk(child, depth + 1)


def find(app, predicate):
    for node in walk(app):
        try:
            if predicate(node):
                return node
        except Exception:
            continue
    return None


def wait_for(app, predicate, timeout=15):
    deadline = time.time() + timeout
    while time.time() < deadline:
        node = find(app, predicate)
        if node is not None:
            return node
        time.sleep(0.2)
    return None


def is_label(text):
    return lambda n: n.getRoleName() == 'label' and n.name == text


def press(keysym):
    pyatspi.Registry.generateKeyboardEvent(keysym, None, pyatspi.KEY_SYM)
    time.sleep(0.08)


print('1..1', flush=True)
env = dict(os.environ)
env.pop('NO_AT_BRIDGE', None)
env.pop('GTK_A11Y', None)
# Removed when the test exits (TemporaryDirectory's finalizer).
scratch = tempfile.TemporaryDirectory(prefix='spinecds-atspi-')
env['XDG_DATA_HOME'] = scratch.name
app_process = subprocess.Popen([binary, case_file], env=env)

try:
    app = find_app()
    if app is None:
        fail('the application did not appear on the accessibility bus')
    log('found application', app.name)

    if wait_for(app, is_label('Routine')) is None:
        fail('the seed example does not read "Routine"')
    log('triage: Routine')

    # What a screen reader says of the controls: one name each, no raw
    # mnemonic, and a combo's value along with its title.
    interactive = ('push button', 'toggle button', 'check box', 'switch', 'spin button',
                   'combo box', 'text', 'entry')
    for node in walk(app):
        try:
            role, name = node.getRoleName(), node.name or ''
        except Exception:
            continue
        if role not in interactive:
            continue
        words = name.split()
        half = len(words) // 2
        if words and len(words) % 2 == 0 and words[:half] == words[half:]:
            fail(f'{role} "{name}" is named twice over')
        if role == 'push button' and name.startswith('_'):
            fail(f'push button "{name}" reads its mnemonic underscore')
        # The form's rows label their switch, entry or spin button
        # with their title (SpineCdsFormRow, issue 14).
        if role in ('switch', 'spin button', 'entry') and not name:
            fail(f'an unnamed {role} in the window')
    # The rows of the MRI findings take the focus themselves: each is named.
    findings = find(app, lambda n: n.getRoleName() == 'list' and n.name == 'MRI Findings')
    if findings is None:
        fail('no list named "MRI Findings"')
    rows = [findings.getChildAtIndex(i) for i in range(findings.childCount)]
    names = sorted(row.name for row in rows if row.getRoleName() == 'list item')
    if names != ['Disc degeneration', 'Reversed lordosis']:
        fail(f'the finding rows are named {names}')
    log('finding rows named')
    sex = find(app, lambda n: n.getRoleName() == 'combo box' and n.name == 'Sex')
    if sex is None or sex.description != 'Male':
        fail('the "Sex" combo does not say its value (%r)' % (sex.description if sex else None))
    # A form row takes the focus itself before its control: a screen
    # reader must say which row it is on.
    controls = ('switch', 'spin button', 'entry', 'text')
    for node in walk(app):
        try:
            if node.getRoleName() != 'list item':
                continue
            kids = [node.getChildAtIndex(i) for i in range(node.childCount)]
        except Exception:
            continue
        holds_control = any(k is not None and any(d.getRoleName() in controls for d in walk(k)) for k in kids)
        if holds_control and not node.name:
            inner = [d.getRoleName() + ':' + (d.name or '') for k in kids if k is not None for d in walk(k)]
            fail('a form row with a control has no accessible name: ' + ' '.join(inner[:8]))
    crp = find(app, lambda n: n.getRoleName() == 'spin button' and n.name == 'CRP')
    if crp is None:
        fail('no spin button named "CRP"')
    log('controls named once, combo values described')

    switch = wait_for(app, lambda n: n.getRoleName() in ('switch', 'toggle button', 'check box')
                      and n.name == 'Saddle anaesthesia')
    if switch is None:
        fail('no accessible switch named "Saddle anaesthesia"')
    if switch.getState().contains(pyatspi.STATE_CHECKED):
        fail('"Saddle anaesthesia" is already on')

    # Keys go to the window under the pointer (Xvfb has no window manager).
    frame = find(app, lambda n: n.getRoleName() == 'frame')
    pyatspi.Registry.generateMouseEvent(200, 300, pyatspi.MOUSE_ABS)
    time.sleep(0.3)

    for presses in range(400):
        if switch.getState().contains(pyatspi.STATE_FOCUSED):
            break
        press(0xff09)  # Tab
    else:
        fail('Tab never reached "Saddle anaesthesia"')
    log('focused "Saddle anaesthesia" after', presses, 'Tab presses')

    press(0x20)  # space
    deadline = time.time() + 10
    while time.time() < deadline and not switch.getState().contains(pyatspi.STATE_CHECKED):
        time.sleep(0.1)
    if not switch.getState().contains(pyatspi.STATE_CHECKED):
        fail('Space did not switch "Saddle anaesthesia" on')

    if wait_for(app, is_label('Emergency')) is None:
        fail('the triage did not become "Emergency"')
    log('triage: Emergency')
    print('ok 1 atspi end to end', flush=True)
finally:
    if app_process.poll() is None:
        app_process.kill()
        app_process.wait()
