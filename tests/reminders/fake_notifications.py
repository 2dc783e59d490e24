#!/usr/bin/python3
"""A desktop notification server on a private D-Bus session bus, for the reminder tests:
python-dbusmock's notification_daemon template, which records every call.

  fake_notifications.py run --env-file FILE    start the bus and the server; FILE gets
                                               DBUS_SESSION_BUS_ADDRESS=... once ready
  fake_notifications.py calls                  the Notify calls so far, as JSON lines
                                               [time, summary, body, actions]
  fake_notifications.py invoke ID ACTION       the person clicks ACTION of notification ID
  fake_notifications.py owner NAME             the unique name owning NAME, or nothing
"""
import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time

import dbus

MOCK = 'org.freedesktop.DBus.Mock'
PATH = '/org/freedesktop/Notifications'
NAME = 'org.freedesktop.Notifications'


def run(options):
    folder = tempfile.mkdtemp(prefix='viparita-notify-')
    config = os.path.join(folder, 'session.conf')
    with open(config, 'w') as out:
        out.write(f'''<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={folder}</listen>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
''')
    started = subprocess.check_output(['dbus-daemon', '--fork', '--config-file=' + config,
                                       '--print-address=1', '--print-pid=1'], text=True)
    address, pid = started.split('\n')[:2]
    os.environ['DBUS_SESSION_BUS_ADDRESS'] = address
    server = subprocess.Popen([sys.executable, '-m', 'dbusmock', '--session', '--template',
                               'notification_daemon'], stdout=subprocess.DEVNULL)

    def stop(*_):
        server.terminate()
        os.kill(int(pid), signal.SIGTERM)
        sys.exit(0)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    bus = dbus.bus.BusConnection(address)
    for _ in range(100):
        if bus.name_has_owner(NAME):
            break
        time.sleep(0.05)
    ready = options.env_file + '.part'
    with open(ready, 'w') as out:
        out.write(f'DBUS_SESSION_BUS_ADDRESS={address}\n')
    os.rename(ready, options.env_file)
    server.wait()
    stop()


def mock():
    bus = dbus.bus.BusConnection(os.environ['DBUS_SESSION_BUS_ADDRESS'])
    return bus, dbus.Interface(bus.get_object(NAME, PATH), MOCK)


def calls(_options):
    _, interface = mock()
    for stamp, args in interface.GetMethodCalls('Notify'):
        print(json.dumps([float(stamp), str(args[3]), str(args[4]), [str(a) for a in args[5]]]))


def invoke(options):
    _, interface = mock()
    interface.EmitSignal(NAME, 'ActionInvoked', 'us',
                         [dbus.UInt32(options.id), options.action])


def owner(options):
    bus, _ = mock()
    if bus.name_has_owner(options.name):
        print(bus.get_name_owner(options.name))


def main():
    parser = argparse.ArgumentParser()
    commands = parser.add_subparsers(dest='command', required=True)
    serve = commands.add_parser('run')
    serve.add_argument('--env-file', required=True)
    commands.add_parser('calls')
    act = commands.add_parser('invoke')
    act.add_argument('id', type=int)
    act.add_argument('action')
    who = commands.add_parser('owner')
    who.add_argument('name')
    options = parser.parse_args()
    {'run': run, 'calls': calls, 'invoke': invoke, 'owner': owner}[options.command](options)


if __name__ == '__main__':
    main()
