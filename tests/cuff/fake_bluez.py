#!/usr/bin/python3
"""A simulated BlueZ with one Bluetooth blood-pressure cuff, for the cuff tests.

It starts a private D-Bus bus (the tests give its address to Viparita as
DBUS_SYSTEM_BUS_ADDRESS), runs python3-dbusmock's "bluez5" template on it, and adds
what the template lacks: an LE cuff that connects and resolves its services, the
Blood Pressure Service's GATT objects (0x2A35 measurement with indications, 0x2A36
cuff pressure with notifications, 0x2A49 features, 0x2A08 date and time), and a
scenario that plays what a cuff sends once Viparita listens.

Run with Debian's /usr/bin/python3 (python3-dbus, python3-gi and python3-dbusmock).

  fake_bluez.py run --scenario NAME --env-file FILE [--appear-on-scan]
                    [--no-bluez | --no-adapter | --powered-off] [--log FILE]
      Writes DBUS_SYSTEM_BUS_ADDRESS=... to FILE once ready and serves until SIGTERM
      (or until the process that started it ends).
  fake_bluez.py send HEX [--pressure]    (with DBUS_SYSTEM_BUS_ADDRESS set)
      Sends one measurement (or a cuff-pressure record) now.
  fake_bluez.py drop                     The cuff goes away.
"""

import argparse
import datetime
import os
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import time

import dbus
import dbus.mainloop.glib
from gi.repository import GLib

from dbusmock import MOCK_IFACE, OBJECT_MANAGER_IFACE

BLUEZ = 'org.bluez'
DEVICE_IFACE = 'org.bluez.Device1'
SERVICE_IFACE = 'org.bluez.GattService1'
CHAR_IFACE = 'org.bluez.GattCharacteristic1'
DESC_IFACE = 'org.bluez.GattDescriptor1'
TEST_IFACE = 'org.viparita.FakeCuff1'

ADAPTER_PATH = '/org/bluez/hci0'
# Upper case, as BlueZ writes it (Qt compares the text).
ADDRESS = 'C0:FF:EE:00:18:10'
DEVICE_PATH = ADAPTER_PATH + '/dev_' + ADDRESS.replace(':', '_')
SERVICE_PATH = DEVICE_PATH + '/service0010'
MEASUREMENT = SERVICE_PATH + '/char0011'
CUFF_PRESSURE = SERVICE_PATH + '/char0014'
FEATURES = SERVICE_PATH + '/char0017'
DATE_TIME = SERVICE_PATH + '/char0019'
OTHER_ADDRESS = 'AA:BB:CC:00:00:01'
OTHER_PATH = ADAPTER_PATH + '/dev_' + OTHER_ADDRESS.replace(':', '_')


def uuid16(short):
    return '0000%04x-0000-1000-8000-00805f9b34fb' % short


def byte_array(data):
    return dbus.Array([dbus.Byte(b) for b in data], signature='y', variant_level=1)


def strings(items):
    return dbus.Array(items, signature='s', variant_level=1)


# ---- records, as a cuff writes them --------------------------------------------------

NAN = 0x07FF


def sfloat(value, exponent=0):
    """An IEEE 11073 SFLOAT of value * 10^exponent (value already scaled), or NAN."""
    if value == NAN:
        return NAN
    mantissa = int(round(value / (10 ** exponent)))
    return ((exponent & 0x0F) << 12) | (mantissa & 0x0FFF)


def measurement(systolic, diastolic, mean=None, when=None, pulse=None, user=None, status=None,
                kpa=False, exponent=0):
    flags = (0x01 if kpa else 0) | (0x02 if when else 0) | (0x04 if pulse is not None else 0) \
        | (0x08 if user is not None else 0) | (0x10 if status is not None else 0)
    mean = mean if mean is not None else NAN
    out = struct.pack('<BHHH', flags, sfloat(systolic, exponent), sfloat(diastolic, exponent),
                      sfloat(mean, exponent))
    if when:
        out += struct.pack('<HBBBBB', when.year, when.month, when.day, when.hour, when.minute,
                           when.second)
    if pulse is not None:
        out += struct.pack('<H', sfloat(pulse))
    if user is not None:
        out += struct.pack('<B', user)
    if status is not None:
        out += struct.pack('<H', status)
    return out


def cuff_pressure(mmhg):
    return struct.pack('<BHHH', 0, sfloat(mmhg), NAN, NAN)


def scenarios(start):
    """What each scenario sends once Viparita listens: (milliseconds after it subscribed,
    'measure' | 'pressure' | 'drop', record)."""
    day = datetime.timedelta(days=1)
    at = start.replace(second=0, microsecond=0)
    return {
        # A cuff with three readings in its memory sends them and switches itself off.
        'burst': [
            (200, 'measure', measurement(128, 82, 97, at - 3 * day, pulse=64)),
            (300, 'measure', measurement(135, 88, 104, at - 2 * day, pulse=71, status=0x0004)),
            (400, 'measure', measurement(121, 79, 93, at - day, pulse=62)),
            (700, 'drop', None),
        ],
        # The cuff could not measure (it sends NaN) and switches itself off.
        'nan': [
            (200, 'measure', measurement(NAN, NAN, NAN, at, pulse=NAN)),
            (500, 'drop', None),
        ],
        # A cuff that measures in kilopascals, with a decimal exponent: 16.0/10.7 kPa.
        'kpa': [
            (200, 'measure', measurement(16.0, 10.7, 12.5, at - day, pulse=66, kpa=True,
                                         exponent=-1)),
            (500, 'drop', None),
        ],
        # The cuff inflates (its pressure as it rises and falls), then the reading.
        'inflate': [
            (100, 'pressure', cuff_pressure(40)),
            (200, 'pressure', cuff_pressure(90)),
            (300, 'pressure', cuff_pressure(150)),
            (400, 'pressure', cuff_pressure(120)),
            (600, 'measure', measurement(118, 76, 90, at, pulse=60)),
            (900, 'drop', None),
        ],
        # Two people share the cuff.
        'two-users': [
            (200, 'measure', measurement(142, 91, 108, at - 2 * day, pulse=75, user=1)),
            (300, 'measure', measurement(124, 80, 95, at - 2 * day, pulse=63, user=2)),
            (400, 'measure', measurement(126, 81, 96, at - day, pulse=65, user=2)),
            (700, 'drop', None),
        ],
        # A record cut short, a reading with every status finding, and one with no time.
        'odd': [
            (200, 'measure', measurement(120, 80, 93, at - day, pulse=64)[:9]),
            (300, 'measure', measurement(131, 84, 100, at - day, pulse=90, status=0x002F)),
            (400, 'measure', measurement(122, 78, 93, None, pulse=61)),
            (700, 'drop', None),
        ],
        # A cuff that connects and never sends.
        'silent': [],
        # Nothing on its own: the test sends (fake_bluez.py send, or the Send method).
        'manual': [],
    }


# ---- method bodies run by dbusmock (exec()ed there: self, args, objects, dbus) --------

CONNECT = '''
device = self.props['org.bluez.Device1']
if device['Connected'] and device['ServicesResolved']:
    raise dbus.exceptions.DBusException('Already Connected', name='org.bluez.Error.AlreadyConnected')
self.UpdateProperties('org.bluez.Device1', {'Connected': dbus.Boolean(True, variant_level=1)})
from gi.repository import GLib
def resolved(s=self):
    if s.props['org.bluez.Device1']['Connected']:
        s.UpdateProperties('org.bluez.Device1', {'ServicesResolved': dbus.Boolean(True, variant_level=1)})
    return False
GLib.timeout_add(100, resolved)
'''

DISCONNECT = '''
for path, other in objects.items():
    if path.startswith(self.path + '/') and 'org.bluez.GattCharacteristic1' in other.props \\
            and other.props['org.bluez.GattCharacteristic1'].get('Notifying'):
        other.UpdateProperties('org.bluez.GattCharacteristic1', {'Notifying': dbus.Boolean(False, variant_level=1)})
if self.props['org.bluez.Device1']['ServicesResolved']:
    self.UpdateProperties('org.bluez.Device1', {'ServicesResolved': dbus.Boolean(False, variant_level=1)})
if self.props['org.bluez.Device1']['Connected']:
    self.UpdateProperties('org.bluez.Device1', {'Connected': dbus.Boolean(False, variant_level=1)})
'''

READ = '''
props = self.props['org.bluez.GattCharacteristic1']
if 'read' not in props['Flags']:
    raise dbus.exceptions.DBusException('Read not permitted', name='org.bluez.Error.NotPermitted')
if not objects[self.path.rsplit('/', 2)[0]].props['org.bluez.Device1']['Connected']:
    raise dbus.exceptions.DBusException('Not connected', name='org.bluez.Error.Failed')
ret = props['Value']
'''

# The cuff goes away while Viparita reads its services.
READ_AND_DROP = '''
device = objects[self.path.rsplit('/', 2)[0]]
device.UpdateProperties('org.bluez.Device1', {'ServicesResolved': dbus.Boolean(False, variant_level=1)})
device.UpdateProperties('org.bluez.Device1', {'Connected': dbus.Boolean(False, variant_level=1)})
raise dbus.exceptions.DBusException('Not connected', name='org.bluez.Error.Failed')
'''

WRITE = '''
props = self.props['org.bluez.GattCharacteristic1']
kind = str(args[1].get('type', 'request'))
if (kind == 'command' and 'write-without-response' not in props['Flags']) or \\
        (kind != 'command' and 'write' not in props['Flags']):
    raise dbus.exceptions.DBusException('Write not permitted', name='org.bluez.Error.NotPermitted')
props['Value'] = dbus.Array(args[0], signature='y', variant_level=1)
'''

START_NOTIFY = '''
props = self.props['org.bluez.GattCharacteristic1']
if 'notify' not in props['Flags'] and 'indicate' not in props['Flags']:
    raise dbus.exceptions.DBusException('Notify not supported', name='org.bluez.Error.NotSupported')
if not props['Notifying']:
    self.UpdateProperties('org.bluez.GattCharacteristic1', {'Notifying': dbus.Boolean(True, variant_level=1)})
'''

STOP_NOTIFY = '''
if self.props['org.bluez.GattCharacteristic1']['Notifying']:
    self.UpdateProperties('org.bluez.GattCharacteristic1', {'Notifying': dbus.Boolean(False, variant_level=1)})
'''

# What bluetoothd does when an indication or notification arrives.
SEND = '''
props = self.props['org.bluez.GattCharacteristic1']
if not props['Notifying']:
    raise dbus.exceptions.DBusException('Nobody listens', name='org.viparita.FakeCuff1.NotNotifying')
self.UpdateProperties('org.bluez.GattCharacteristic1', {'Value': dbus.Array(args[0], signature='y', variant_level=1)})
'''

# A cuff that keeps its readings for the paired: BlueZ answers a subscription with an error.
START_NOTIFY_UNPAIRED = '''
raise dbus.exceptions.DBusException('Insufficient Authentication', name='org.bluez.Error.NotPermitted')
'''

DESCRIPTOR_READ = '''
characteristic = objects[self.props['org.bluez.GattDescriptor1']['Characteristic']].props['org.bluez.GattCharacteristic1']
value = 0 if not characteristic['Notifying'] else (2 if 'indicate' in characteristic['Flags'] else 1)
self.props['org.bluez.GattDescriptor1']['Value'] = dbus.Array([dbus.Byte(value), dbus.Byte(0)], signature='y', variant_level=1)
ret = self.props['org.bluez.GattDescriptor1']['Value']
'''

DESCRIPTOR_WRITE = '''
raise dbus.exceptions.DBusException('Use StartNotify', name='org.bluez.Error.NotPermitted')
'''


def device_properties(address, name, uuids, rssi):
    return {
        'Address': dbus.String(address, variant_level=1),
        'AddressType': dbus.String('random', variant_level=1),
        'Name': dbus.String(name, variant_level=1),
        'Alias': dbus.String(name, variant_level=1),
        'Class': dbus.UInt32(0, variant_level=1),
        'Appearance': dbus.UInt16(0x0380, variant_level=1),
        'Icon': dbus.String('', variant_level=1),
        'UUIDs': strings(uuids),
        'Paired': dbus.Boolean(False, variant_level=1),
        'Connected': dbus.Boolean(False, variant_level=1),
        'Trusted': dbus.Boolean(False, variant_level=1),
        'Blocked': dbus.Boolean(False, variant_level=1),
        'LegacyPairing': dbus.Boolean(False, variant_level=1),
        'Adapter': dbus.ObjectPath(ADAPTER_PATH, variant_level=1),
        'RSSI': dbus.Int16(rssi, variant_level=1),
        'ManufacturerData': dbus.Dictionary({}, signature='qv', variant_level=1),
        'ServiceData': dbus.Dictionary({}, signature='sv', variant_level=1),
        'ServicesResolved': dbus.Boolean(False, variant_level=1),
        'Modalias': dbus.String('', variant_level=1),
    }


def add_devices(bus, scenario):
    root = bus.get_object(BLUEZ, '/')
    added = []

    def add(path, interface, props, methods):
        root.AddObject(path, interface, props, methods, dbus_interface=MOCK_IFACE)
        added.append((path, interface, props))

    device_methods = [('Connect', '', '', CONNECT), ('Disconnect', '', '', DISCONNECT),
                      ('ConnectProfile', 's', '', ''), ('DisconnectProfile', 's', '', ''),
                      ('Pair', '', '', ''), ('CancelPairing', '', '', '')]
    add(DEVICE_PATH, DEVICE_IFACE,
        device_properties(ADDRESS, 'Fake BP Cuff', [uuid16(0x1810), uuid16(0x180A)], -52),
        device_methods)
    # A device in range that is not a cuff (a heart-rate strap).
    add(OTHER_PATH, DEVICE_IFACE,
        device_properties(OTHER_ADDRESS, 'Heart Strap', [uuid16(0x180D)], -70), device_methods)

    add(SERVICE_PATH, SERVICE_IFACE, {
        'UUID': dbus.String(uuid16(0x1810), variant_level=1),
        'Primary': dbus.Boolean(True, variant_level=1),
        'Device': dbus.ObjectPath(DEVICE_PATH, variant_level=1),
        'Includes': dbus.Array([], signature='o', variant_level=1),
    }, [])

    def characteristic(path, short, flags, value, cccd, read=READ, start=START_NOTIFY):
        add(path, CHAR_IFACE, {
            'UUID': dbus.String(uuid16(short), variant_level=1),
            'Service': dbus.ObjectPath(SERVICE_PATH, variant_level=1),
            'Value': byte_array(value),
            'Notifying': dbus.Boolean(False, variant_level=1),
            'Flags': strings(flags),
        }, [('ReadValue', 'a{sv}', 'ay', read), ('WriteValue', 'aya{sv}', '', WRITE),
            ('StartNotify', '', '', start), ('StopNotify', '', '', STOP_NOTIFY)])
        bus.get_object(BLUEZ, path).AddMethods(TEST_IFACE, [('Send', 'ay', '', SEND)],
                                               dbus_interface=MOCK_IFACE)
        if cccd:
            add(path + '/desc%04x' % (int(path[-4:], 16) + 2), DESC_IFACE, {
                'UUID': dbus.String(uuid16(0x2902), variant_level=1),
                'Characteristic': dbus.ObjectPath(path, variant_level=1),
                'Value': byte_array(b'\x00\x00'),
                'Flags': strings(['read', 'write']),
            }, [('ReadValue', 'a{sv}', 'ay', DESCRIPTOR_READ),
                ('WriteValue', 'aya{sv}', '', DESCRIPTOR_WRITE)])

    characteristic(MEASUREMENT, 0x2A35, ['indicate'], b'', True,
                   start=START_NOTIFY_UNPAIRED if scenario == 'needs-pairing' else START_NOTIFY)
    characteristic(CUFF_PRESSURE, 0x2A36, ['notify'], b'', True)
    # Body movement, cuff fit, irregular pulse and measurement position detection.
    characteristic(FEATURES, 0x2A49, ['read'], b'\x27\x00', False,
                   READ_AND_DROP if scenario == 'drop-in-discovery' else READ)
    characteristic(DATE_TIME, 0x2A08, ['read', 'write'], b'\xe6\x07\x01\x01\x00\x00\x00', False)
    bus.get_object(BLUEZ, DEVICE_PATH).AddMethods(TEST_IFACE, [('Drop', '', '', DISCONNECT)],
                                                  dbus_interface=MOCK_IFACE)
    # Announced once all exist, the cuff first: who connects on seeing it finds its services.
    for path, interface, props in added:
        root.EmitSignal(OBJECT_MANAGER_IFACE, 'InterfacesAdded', 'oa{sa{sv}}',
                        [dbus.ObjectPath(path), {interface: props}], dbus_interface=MOCK_IFACE)


BUS_CONFIG = '''<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=%s</listen>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
'''


def run(options):
    dbus.mainloop.glib.DBusGMainLoop(set_as_default=True)
    folder = tempfile.mkdtemp(prefix='viparita-fake-bluez-')
    config = os.path.join(folder, 'bus.conf')
    with open(config, 'w') as out:
        out.write(BUS_CONFIG % folder)
    started = subprocess.check_output(['dbus-daemon', '--fork', '--config-file=' + config,
                                       '--print-address=1', '--print-pid=1'], text=True)
    address, bus_pid = started.split()[0], int(started.split()[1])
    os.environ['DBUS_SYSTEM_BUS_ADDRESS'] = address
    mock = None
    parent = os.getppid()
    try:
        bus = dbus.bus.BusConnection(address)
        if not options.no_bluez:
            mock = subprocess.Popen([sys.executable, '-m', 'dbusmock', '--system', '--template',
                                     'bluez5', '-l', options.log or os.devnull],
                                    stdout=subprocess.DEVNULL)
            end = time.time() + 20
            while not bus.name_has_owner(BLUEZ):
                if time.time() > end or mock.poll() is not None:
                    raise RuntimeError('the simulated BlueZ did not start')
                time.sleep(0.05)
            if not options.no_adapter:
                bus.get_object(BLUEZ, '/').AddAdapter('hci0', 'viparita-test',
                                                      dbus_interface='org.bluez.Mock')
                if options.powered_off:
                    bus.get_object(BLUEZ, ADAPTER_PATH).UpdateProperties(
                        'org.bluez.Adapter1', {'Powered': dbus.Boolean(False, variant_level=1)},
                        dbus_interface=MOCK_IFACE)
                if options.appear_on_scan:
                    def on_adapter(name, args):
                        if name == 'StartDiscovery' and not on_adapter.done:
                            on_adapter.done = True
                            GLib.timeout_add(300, lambda: add_devices(bus, options.scenario))
                    on_adapter.done = False
                    bus.add_signal_receiver(on_adapter, 'MethodCalled', MOCK_IFACE, BLUEZ,
                                            ADAPTER_PATH)
                else:
                    add_devices(bus, options.scenario)

        plan = scenarios(datetime.datetime.now()).get(options.scenario, [])

        def on_characteristic(name, args, path=None):
            # The plan plays each time Viparita listens to the measurements (each time the
            # cuff connects): a cuff sends its memory on every connection.
            if name != 'StartNotify' or path != MEASUREMENT:
                return
            for delay, action, record in plan:
                GLib.timeout_add(delay, perform, action, record)

        def perform(action, record):
            try:
                if action == 'drop':
                    bus.get_object(BLUEZ, DEVICE_PATH).Drop(dbus_interface=TEST_IFACE)
                else:
                    target = MEASUREMENT if action == 'measure' else CUFF_PRESSURE
                    bus.get_object(BLUEZ, target).Send(byte_array(record),
                                                       dbus_interface=TEST_IFACE)
            except dbus.exceptions.DBusException as error:
                print('fake_bluez: %s failed: %s' % (action, error), file=sys.stderr)
            return False

        bus.add_signal_receiver(on_characteristic, 'MethodCalled', MOCK_IFACE, BLUEZ,
                                path_keyword='path')

        ready = options.env_file + '.part'
        with open(ready, 'w') as out:
            out.write('DBUS_SYSTEM_BUS_ADDRESS=%s\n' % address)
        os.rename(ready, options.env_file)

        loop = GLib.MainLoop()
        GLib.unix_signal_add(GLib.PRIORITY_DEFAULT, signal.SIGTERM, loop.quit)
        GLib.unix_signal_add(GLib.PRIORITY_DEFAULT, signal.SIGINT, loop.quit)

        def parent_alive():
            if os.getppid() != parent:
                loop.quit()
                return False
            return True
        GLib.timeout_add(500, parent_alive)
        loop.run()
    finally:
        if mock is not None:
            mock.terminate()
            mock.wait()
        os.kill(bus_pid, signal.SIGTERM)
        shutil.rmtree(folder, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest='command', required=True)
    serve = commands.add_parser('run')
    serve.add_argument('--scenario', default='manual',
                       choices=sorted(scenarios(datetime.datetime.now())) +
                       ['drop-in-discovery', 'needs-pairing'])
    serve.add_argument('--env-file', required=True)
    serve.add_argument('--appear-on-scan', action='store_true')
    serve.add_argument('--no-bluez', action='store_true')
    serve.add_argument('--no-adapter', action='store_true')
    serve.add_argument('--powered-off', action='store_true')
    serve.add_argument('--log')
    send = commands.add_parser('send')
    send.add_argument('hex')
    send.add_argument('--pressure', action='store_true')
    commands.add_parser('drop')
    options = parser.parse_args()
    if options.command == 'run':
        run(options)
        return
    bus = dbus.bus.BusConnection(os.environ['DBUS_SYSTEM_BUS_ADDRESS'])
    if options.command == 'send':
        target = CUFF_PRESSURE if options.pressure else MEASUREMENT
        bus.get_object(BLUEZ, target).Send(byte_array(bytes.fromhex(options.hex)),
                                           dbus_interface=TEST_IFACE)
    else:
        bus.get_object(BLUEZ, DEVICE_PATH).Drop(dbus_interface=TEST_IFACE)


if __name__ == '__main__':
    main()
