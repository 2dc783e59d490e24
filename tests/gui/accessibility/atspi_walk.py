#!/usr/bin/python3
"""What a screen reader finds in the running app, read over AT-SPI as Orca reads it.

    dbus-run-session -- /usr/bin/python3 atspi_walk.py APP

Starts its own X server (Xvfb) and accessibility bus (at-spi-bus-launcher) inside the D-Bus
session it is given, starts APP with a fresh configuration and data folder, opens each page
of the main window through its navigation buttons' accessible actions, and walks the
accessible tree of each: every control a person acts on or reads a value from must have a
name. Prints what it found; exits 1 on an unnamed control, on a page it cannot open, or when
the app never appears on the bus.
"""

import os
import shutil
import subprocess
import sys
import tempfile
import time

import pyatspi

# The roles a person acts on or reads a value from: each needs a name.
NAMED_ROLES = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "combo box",
    "text",
    "entry",
    "spin button",
    "slider",
    "list",
    "table",
    "tree table",
    "tree",
    "page tab",
    "progress bar",
    "animation",
    "chart",
    "image",
}
# The navigation's buttons, as the English app names them.
PAGES = ["Practice", "History", "Trends", "Medication", "Home week"]


def start_xvfb():
    """An X server on a display of its own; returns the process and the display name."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x900x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    number = b""
    while not number.endswith(b"\n"):
        chunk = os.read(read_end, 16)
        if not chunk:
            break
        number += chunk
    os.close(read_end)
    if not number.strip():
        raise SystemExit("atspi_walk: Xvfb did not start")
    return server, ":" + number.decode().strip()


def wait_for(what, find, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = find()
        if found:
            return found
        time.sleep(0.25)
    raise SystemExit(f"atspi_walk: {what} did not appear within {seconds} s")


def app_on_bus(name):
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        app = desktop.getChildAtIndex(index)
        if app is not None and app.name == name:
            return app
    return None


def window_of(app, matches):
    """The first of `app`'s windows for which `matches(window)` holds, or None."""
    for index in range(app.childCount):
        window = app.getChildAtIndex(index)
        if window is not None and matches(window):
            return window
    return None


def showing(accessible):
    try:
        return accessible.getState().contains(pyatspi.STATE_SHOWING)
    except Exception:
        return False


def walk(accessible, found, depth=0):
    """Each showing descendant of `accessible`, depth first."""
    if accessible is None or depth > 80 or not showing(accessible):
        return
    found.append((accessible, depth))
    for index in range(accessible.childCount):
        walk(accessible.getChildAtIndex(index), found, depth + 1)


def label_of(accessible):
    """The name of what labels `accessible` (its labelled-by relation), or an empty string."""
    try:
        for relation in accessible.getRelationSet():
            if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
                for index in range(relation.getNTargets()):
                    name = relation.getTarget(index).name or ""
                    if name.strip():
                        return name
    except Exception:
        pass
    return ""


def unnamed_in(window):
    """The controls of `window` without a name, and how many controls it has. A chooser is
    named by its label: Qt gives a combo box its value as its name on Linux, and Orca reads
    its labelled-by relation first."""
    found = []
    walk(window, found)
    controls = [(o, d) for o, d in found if o.getRoleName() in NAMED_ROLES]
    unnamed = []
    for accessible, depth in controls:
        role = accessible.getRoleName()
        named = label_of(accessible) if role == "combo box" else (accessible.name or "").strip()
        if not named:
            parent = accessible.parent
            unnamed.append(
                f"{'  ' * depth}{role} {accessible.name or ''!r} (in "
                f"{parent.getRoleName() if parent else '-'} {parent.name if parent else ''!r})"
            )
    return unnamed, len(controls)


def find_named(window, role_names, name):
    found = []
    walk(window, found)
    for accessible, _ in found:
        if accessible.getRoleName() in role_names and accessible.name == name:
            return accessible
    return None


def alerts_during(seconds, act):
    """The names of the alerts that show while `act` runs and `seconds` pass, as Orca hears
    them: an object of role alert becoming showing."""
    from gi.repository import GLib

    heard = []

    def listen(event):
        try:
            source = event.source
            if source is not None and source.getRoleName() == "alert" and event.detail1 == 1:
                heard.append(source.name or "")
        except Exception:
            pass

    pyatspi.Registry.registerEventListener(listen, "object:state-changed:showing")
    GLib.timeout_add(100, lambda: (act(), False)[1])
    GLib.timeout_add(int(seconds * 1000), lambda: (pyatspi.Registry.stop(), False)[1])
    pyatspi.Registry.start()
    pyatspi.Registry.deregisterEventListener(listen, "object:state-changed:showing")
    return heard


def session_heard(app, window):
    """Starts a session as a screen-reader user would and returns what went wrong."""
    problems = []
    practice = find_named(window, {"page tab"}, "Practice")
    if practice is not None:
        practice.queryAction().doAction(0)
        time.sleep(0.5)
    start = find_named(window, {"push button"}, "Start")
    if start is None:
        return ["the session: no 'Start' button on the Practice page"]
    start.queryAction().doAction(0)

    def readings_dialog():
        return window_of(app, lambda child: showing(child) and find_named(
            child, {"push button"}, "Skip and start"))

    dialog = wait_for("the readings before the session", readings_dialog, 15)
    unnamed, controls = unnamed_in(dialog)
    print(f"the readings before: {controls} controls, {len(unnamed)} without a name")
    problems += [f"the readings before: unnamed {line}" for line in unnamed]
    skip = find_named(dialog, {"push button"}, "Skip and start")
    heard = alerts_during(4.0, lambda: skip.queryAction().doAction(0))
    print(f"the session: alerts heard: {heard}")
    if not any(name.strip() for name in heard):
        problems.append("the session: no step was announced through an alert")
    found = []
    walk(window, found)
    values = {}
    for accessible, _ in found:
        if accessible.getRoleName() in ("progress bar", "animation"):
            try:
                values[accessible.name] = accessible.queryValue().currentValue
            except Exception:
                values[accessible.name] = None
    print(f"the player: values {values}")
    if len([name for name, value in values.items() if name and value is not None]) < 2:
        problems.append("the player: the ring and the progress bar do not say a value")
    unnamed, controls = unnamed_in(window)
    print(f"the player: {controls} controls, {len(unnamed)} without a name")
    problems += [f"the player: unnamed {line}" for line in unnamed]
    return problems


def main():
    if len(sys.argv) != 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    app_path = sys.argv[1]
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        raise SystemExit("atspi_walk: run it inside dbus-run-session")
    home = tempfile.mkdtemp(prefix="viparita-atspi-")
    server, display = start_xvfb()
    launcher = subprocess.Popen(
        ["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    environment = dict(os.environ)
    for variable in ("LANGUAGE", "LC_MESSAGES"):
        environment.pop(variable, None)
    environment.update(
        {
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            "LC_ALL": "C.UTF-8",
            "LANG": "C.UTF-8",
            "XDG_CONFIG_HOME": os.path.join(home, "config"),
            "XDG_DATA_HOME": os.path.join(home, "data"),
            "XDG_STATE_HOME": os.path.join(home, "state"),
            "XDG_CACHE_HOME": os.path.join(home, "cache"),
            "XDG_RUNTIME_DIR": home,
        }
    )
    app = None
    problems = []
    try:
        app_process = subprocess.Popen(
            [app_path], env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        app = wait_for("the app on the accessibility bus", lambda: app_on_bus("viparita"))
        window = wait_for("the main window",
                          lambda: window_of(app, lambda w: w.getRoleName() == "frame"))
        total = 0
        # On a first start the cautions come first: walked, then read and accepted as a
        # person would, by the check box and the button.
        cautions = wait_for("the cautions",
                            lambda: window_of(app, lambda w: w.name == "Viparita: cautions"))
        unnamed, controls = unnamed_in(cautions)
        total += controls
        print(f"the cautions: {controls} controls, {len(unnamed)} without a name")
        problems += [f"the cautions: unnamed {line}" for line in unnamed]
        read = find_named(cautions, {"check box"}, "I have read this")
        accept = find_named(cautions, {"push button"}, "I understand")
        if read is None or accept is None:
            problems.append("the cautions: no 'I have read this' box or 'I understand' button")
        else:
            read.queryAction().doAction(0)
            time.sleep(0.3)
            accept.queryAction().doAction(0)
            wait_for("the cautions to close", lambda: not showing(cautions), 10)
        for page in PAGES:
            tab = find_named(window, {"page tab"}, page)
            if tab is None:
                problems.append(f"page '{page}': no page tab named '{page}' opens it")
                continue
            tab.queryAction().doAction(0)
            time.sleep(1.0)
            if not tab.getState().contains(pyatspi.STATE_SELECTED):
                problems.append(f"page '{page}': its tab is not selected once pressed")
            unnamed, controls = unnamed_in(window)
            total += controls
            print(f"page '{page}': {controls} controls, {len(unnamed)} without a name")
            problems += [f"page '{page}': unnamed {line}" for line in unnamed]
        # A session: Start, the readings before (walked, then skipped by their button), and
        # the player, whose step is announced through an alert and whose ring and progress
        # bar say a value.
        problems += session_heard(app, window)
        # Every other window the app shows at start (a first-run dialog) is walked too.
        for index in range(app.childCount):
            other = app.getChildAtIndex(index)
            if other is None or other == window or not showing(other):
                continue
            unnamed, controls = unnamed_in(other)
            total += controls
            print(f"window '{other.name}': {controls} controls, {len(unnamed)} without a name")
            problems += [f"window '{other.name}': unnamed {line}" for line in unnamed]
        if total == 0:
            problems.append("no control found: the walk did not reach the widgets")
        app_process.terminate()
        app_process.wait(timeout=30)
    finally:
        for process in (launcher, server):
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
        shutil.rmtree(home, ignore_errors=True)
    for problem in problems:
        print(problem)
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
