#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Crash recovery as separate processes: change a case, wait, kill -9,
start again, restore, and the change is back; a clean close then leaves
no draft behind. After the crash, the restore, the save and the quit, no
copy of the case is left anywhere in the user's data but the saved file
(and its backup): no draft, no origin, no temporary file."""
import os
import signal
import stat
import subprocess
import sys
import tempfile
import time

helper = sys.argv[1]
# Removed when the test exits (TemporaryDirectory's finalizer).
scratch = tempfile.TemporaryDirectory(prefix='spinecds-drafts-')
data_home = scratch.name
env = dict(os.environ, XDG_DATA_HOME=data_home)
drafts = os.path.join(data_home, 'spinecds', 'drafts')
saved = os.path.join(data_home, 'restored.spinecase')


def fail(message):
    print('not ok 1 drafts cycle #', message)
    sys.exit(1)


print('1..1')
child = subprocess.Popen([helper, 'change'], env=env, stdout=subprocess.PIPE, text=True)
line = child.stdout.readline().strip()
if line != 'changed':
    child.kill()
    fail('helper did not change the case: %r' % line)
# The draft is due about 2 s after the change; a slow machine (or a
# sanitizer build) gets half a minute before the crash is simulated.
for _ in range(300):
    if os.path.isdir(drafts) and any(f.endswith('.spinecase') for f in os.listdir(drafts)):
        break
    time.sleep(0.1)
child.send_signal(signal.SIGKILL)
child.wait()

files = sorted(os.listdir(drafts)) if os.path.isdir(drafts) else []
cases = [f for f in files if f.endswith('.spinecase')]
if len(cases) != 1:
    fail('expected one draft after the crash, found %r' % files)
if stat.S_IMODE(os.stat(drafts).st_mode) != 0o700:
    fail('drafts folder is not 0700')
if stat.S_IMODE(os.stat(os.path.join(drafts, cases[0])).st_mode) != 0o600:
    fail('draft is not 0600')

result = subprocess.run([helper, 'restore'], env=dict(env, DRAFTS_HELPER_SAVE_TO=saved),
                        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=60)
if result.returncode != 0 or 'restored' not in result.stdout:
    fail('restore failed: %s %s' % (result.stdout, result.stderr))
if 'Restore Unsaved Case?' not in result.stdout:
    fail('no "Restore Unsaved Case?" question: %s' % result.stdout)
if '• Drafty Example' not in result.stdout:
    fail('the question does not name the case: %s' % result.stdout)
left = [f for f in os.listdir(drafts) if f.endswith('.spinecase')]
if left:
    fail('a clean close left drafts behind: %r' % left)
with open(saved) as f:
    text = f.read()
if '"age_years": 77' not in text or 'saddle_anesthesia' not in text:
    fail('the saved case lacks the change')
copies = []
for folder, _, names in os.walk(data_home):
    for name in names:
        path = os.path.join(folder, name)
        try:
            with open(path, errors='replace') as f:
                if 'saddle_anesthesia' in f.read():
                    copies.append(path)
        except OSError:
            pass
allowed = {saved, saved + '~'}
stray = [c for c in copies if c not in allowed]
if stray or saved not in copies:
    fail('copies of the case outside its file: %r' % stray)
if os.listdir(drafts):
    fail('files left in the drafts folder: %r' % os.listdir(drafts))
print('ok 1 drafts cycle')
