#!/usr/bin/python3
"""A fake BlueZ for Pasban's integration tests: python3-dbusmock's bluez5
template plus the GATT objects, connection behaviour and notifications of a
scenario file (core/discovery/data/scenarios/ward.json by default).

Run it on a private bus, never the real system bus:

    DBUS_SYSTEM_BUS_ADDRESS=unix:path=... /usr/bin/python3 fakebluez.py \
        [--scenario FILE] [--log FILE]

It prints "FAKEBLUEZ READY" on standard output once every object exists. The
same file is also the dbusmock template (dbusmock loads it with -t), so the whole
fake lives in one process with one GLib main loop.

What it provides (REFERENCE.md §1 "Testing BLE without a radio"):
  - adapter hci0 (powered), one org.bluez.Device1 per scenario device with its
    advertising data: Alias/Name, RSSI (jittering by ±2 dBm every 700 ms so
    scanners see updates), UUIDs, ManufacturerData, ServiceData, Appearance,
    AddressType ("public" or "random");
  - Device1.Connect sets Connected, then ServicesResolved (PropertiesChanged);
    Disconnect clears both and stops notifications; a non-connectable device
    refuses with org.bluez.Error.Failed;
  - "rotatesTo": the device appears under its next private address "afterMs"
    after the first StartDiscovery (InterfacesAdded while the scan runs);
  - GattService1 / GattCharacteristic1 / GattDescriptor1 objects for the
    scenario's GATT tree, a CCCD (0x2902) under every notify/indicate
    characteristic; ReadValue, WriteValue, StartNotify, StopNotify;
  - "protected" characteristics refuse ReadValue/StartNotify with
    org.bluez.Error.NotPermitted, as BlueZ does for an unpaired link;
  - notifications: after StartNotify the characteristic's "notifications" are
    sent in a loop as PropertiesChanged of Value, every notifyIntervalMs;
  - behaviour "smp-echo": an SMP echo request (OS group 0, command 0) written to
    the characteristic is answered by a notification {"r": <same text>};
  - behaviour "smp-udp": the characteristic is a whole SMP server — writes are
    joined into SMP messages by the header's length and forwarded as UDP
    datagrams to 127.0.0.1:"smpUdpPort" (pasban-devsim --udp), and its answers
    come back as notifications cut into "notifyFragment"-byte pieces (default
    20: the default ATT MTU of 23 minus 3), as a Zephyr device with SMP
    reassembly behaves.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SCENARIO = os.path.normpath(os.path.join(HERE, '..', '..', '..', 'core', 'discovery', 'data',
                                                 'scenarios', 'ward.json'))

if __name__ == '__main__':
    import argparse
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--scenario', default=DEFAULT_SCENARIO)
    parser.add_argument('--log', default=os.devnull, help='dbusmock method call log')
    parser.add_argument('--no-jitter', action='store_true', help='keep RSSI constant')
    args = parser.parse_args()
    if 'DBUS_SYSTEM_BUS_ADDRESS' not in os.environ:
        sys.exit('fakebluez: DBUS_SYSTEM_BUS_ADDRESS is not set; refusing to touch the real system bus')
    parameters = json.dumps({'scenario': os.path.abspath(args.scenario), 'jitter': not args.no_jitter})
    os.execv(sys.executable, [sys.executable, '-m', 'dbusmock', '--system', '-l', args.log,
                              '-t', os.path.abspath(__file__), '-p', parameters])

# ---------------------------------------------------------------------------
# From here on: the dbusmock template, executed inside the mock process.

import random  # noqa: E402
import socket  # noqa: E402

import dbus  # noqa: E402
from gi.repository import GLib  # noqa: E402

from dbusmock import mockobject  # noqa: E402
from dbusmock.templates import bluez5  # noqa: E402
# The bluez5 D-Bus methods (AddAdapter, AddDevice, StartDiscovery, ...) must be
# module attributes here for dbusmock to export them, as in bluez5 itself.
from dbusmock.templates.bluez5 import *  # noqa: E402,F401,F403

BUS_NAME = bluez5.BUS_NAME
MAIN_OBJ = bluez5.MAIN_OBJ
SYSTEM_BUS = True
IS_OBJECT_MANAGER = True

DEVICE_IFACE = 'org.bluez.Device1'
SERVICE_IFACE = 'org.bluez.GattService1'
CHAR_IFACE = 'org.bluez.GattCharacteristic1'
DESC_IFACE = 'org.bluez.GattDescriptor1'
CCCD_UUID = '00002902-0000-1000-8000-00805f9b34fb'
ADAPTER = 'hci0'


def full_uuid(text):
    text = text.lower()
    if text.startswith('0x') and len(text) == 6:
        return '0000%s-0000-1000-8000-00805f9b34fb' % text[2:]
    return text


def byte_array(data):
    return dbus.Array([dbus.Byte(b) for b in data], signature='y', variant_level=1)


def value_of(characteristic):
    if 'text' in characteristic:
        return characteristic['text'].encode('utf-8')
    return bytes.fromhex(characteristic.get('value', ''))


def not_permitted():
    return dbus.exceptions.DBusException('Not permitted without pairing', name='org.bluez.Error.NotPermitted')


def emit_changed(obj, interface, changes):
    for key, value in changes.items():
        obj.props[interface][key] = value
    obj.EmitSignal(dbus.PROPERTIES_IFACE, 'PropertiesChanged', 'sa{sv}as', [interface, changes, []])


class Device:
    """Behaviour of one scenario device."""

    def __init__(self, spec, path):
        self.spec = spec
        self.path = path
        self.timers = {}

    def obj(self):
        return mockobject.objects[self.path]

    def connect(self, device_obj):
        if not self.spec.get('connectable', True):
            raise dbus.exceptions.DBusException('le-connection-abort-by-local', name='org.bluez.Error.Failed')
        if device_obj.props[DEVICE_IFACE]['Connected']:
            raise dbus.exceptions.DBusException('Already Connected', name='org.bluez.Error.AlreadyConnected')

        def resolve():
            emit_changed(device_obj, DEVICE_IFACE, {'Connected': dbus.Boolean(True, variant_level=1)})
            emit_changed(device_obj, DEVICE_IFACE, {'ServicesResolved': dbus.Boolean(True, variant_level=1)})
            return False
        # After the method reply, as BlueZ does.
        GLib.timeout_add(20, resolve)

    def disconnect(self, device_obj):
        self.stop_all()
        if not device_obj.props[DEVICE_IFACE]['Connected']:
            raise dbus.exceptions.DBusException('Not Connected', name='org.bluez.Error.NotConnected')

        def drop():
            emit_changed(device_obj, DEVICE_IFACE, {'ServicesResolved': dbus.Boolean(False, variant_level=1)})
            emit_changed(device_obj, DEVICE_IFACE, {'Connected': dbus.Boolean(False, variant_level=1)})
            return False
        GLib.timeout_add(10, drop)

    def stop_all(self):
        # A new connection starts a new SMP stream: drop half-joined messages.
        for entry in getattr(self, 'smp_bridges', {}).values():
            entry['buffer'] = b''
        for timer in self.timers.values():
            GLib.source_remove(timer)
        self.timers.clear()

    def start_notify(self, char_obj, characteristic):
        if characteristic.get('protected'):
            raise not_permitted()
        path = char_obj.path
        if path in self.timers:
            return
        emit_changed(char_obj, CHAR_IFACE, {'Notifying': dbus.Boolean(True, variant_level=1)})
        values = [bytes.fromhex(v) for v in characteristic.get('notifications', [])]
        if not values:
            self.timers[path] = 0
            return
        state = {'next': 0}

        def tick():
            value = values[state['next'] % len(values)]
            state['next'] += 1
            emit_changed(char_obj, CHAR_IFACE, {'Value': byte_array(value)})
            return True
        self.timers[path] = GLib.timeout_add(int(characteristic.get('notifyIntervalMs', 1000)), tick)

    def stop_notify(self, char_obj):
        timer = self.timers.pop(char_obj.path, None)
        if timer:
            GLib.source_remove(timer)
        emit_changed(char_obj, CHAR_IFACE, {'Notifying': dbus.Boolean(False, variant_level=1)})

    def write(self, char_obj, characteristic, value):
        if characteristic.get('protected'):
            raise not_permitted()
        flags = characteristic.get('flags', [])
        if 'write' not in flags and 'write-without-response' not in flags:
            raise dbus.exceptions.DBusException('Write not permitted', name='org.bluez.Error.NotPermitted')
        if characteristic.get('behaviour') == 'smp-udp':
            self.smp_udp_write(char_obj, characteristic, bytes(value))
            return
        if characteristic.get('behaviour') == 'smp-echo':
            answer = smp_echo_answer(bytes(value))
            if answer is not None and char_obj.props[CHAR_IFACE]['Notifying']:
                GLib.timeout_add(5, lambda: emit_changed(char_obj, CHAR_IFACE, {'Value': byte_array(answer)}) and False)
            return
        char_obj.props[CHAR_IFACE]['Value'] = byte_array(value)


def smp_udp_write(self, char_obj, characteristic, value):
    """Joins written pieces into SMP messages and forwards each to the simulator."""
    state = getattr(self, 'smp_bridges', None)
    if state is None:
        state = self.smp_bridges = {}
    if char_obj.path not in state:
        sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        sock.bind(('127.0.0.1', 0))
        sock.setblocking(False)
        piece = int(characteristic.get('notifyFragment', 20))

        def on_reply(_source, _condition):
            try:
                while True:
                    reply = sock.recv(65536)
                    if not char_obj.props[CHAR_IFACE]['Notifying']:
                        continue
                    for at in range(0, len(reply), piece):
                        emit_changed(char_obj, CHAR_IFACE, {'Value': byte_array(reply[at:at + piece])})
            except BlockingIOError:
                pass
            return True
        GLib.io_add_watch(sock.fileno(), GLib.IO_IN, on_reply)
        state[char_obj.path] = {'socket': sock, 'buffer': b''}
    entry = state[char_obj.path]
    entry['buffer'] += value
    while len(entry['buffer']) >= 8:
        total = 8 + ((entry['buffer'][2] << 8) | entry['buffer'][3])
        if len(entry['buffer']) < total:
            break
        message, entry['buffer'] = entry['buffer'][:total], entry['buffer'][total:]
        entry['socket'].sendto(message, ('127.0.0.1', int(characteristic['smpUdpPort'])))


Device.smp_udp_write = smp_udp_write


def cbor_text(data, pos):
    """(text bytes, next position) of a CBOR text string at data[pos], or None."""
    if pos >= len(data) or data[pos] >> 5 != 3:
        return None
    info = data[pos] & 0x1F
    pos += 1
    if info < 24:
        length = info
    elif info == 24 and pos < len(data):
        length = data[pos]
        pos += 1
    else:
        return None
    if pos + length > len(data):
        return None
    return data[pos:pos + length], pos + length


def smp_echo_answer(request):
    """SMP (REFERENCE.md §2): 8-byte big-endian header, CBOR map payload. Answers
    an OS-group echo {"d": text} with {"r": text}; anything else is ignored."""
    if len(request) < 8:
        return None
    op = request[0] & 0x07
    version = (request[0] >> 3) & 0x03
    length = (request[2] << 8) | request[3]
    group = (request[4] << 8) | request[5]
    sequence, command = request[6], request[7]
    payload = request[8:]
    if op != 2 or group != 0 or command != 0 or length != len(payload):
        return None
    if not payload or payload[0] != 0xA1:
        return None
    key = cbor_text(payload, 1)
    if key is None or key[0] != b'd':
        return None
    text = cbor_text(payload, key[1])
    if text is None:
        return None
    body = bytes([0xA1, 0x61, ord('r')]) + payload[key[1]:text[1]]
    header = bytes([(version << 3) | 3, 0, len(body) >> 8, len(body) & 0xFF, 0, 0, sequence, 0])
    return header + body


def add_gatt(mock, device, device_path):
    for s_index, service in enumerate(device.spec.get('gatt', [])):
        service_path = '%s/service%04x' % (device_path, 0x10 * (s_index + 1))
        mock.AddObject(service_path, SERVICE_IFACE, {
            'UUID': dbus.String(full_uuid(service['uuid']), variant_level=1),
            'Primary': dbus.Boolean(True, variant_level=1),
            'Device': dbus.ObjectPath(device_path, variant_level=1),
            'Includes': dbus.Array([], signature='o', variant_level=1),
            'Handle': dbus.UInt16(0x10 * (s_index + 1), variant_level=1),
        }, [])
        for c_index, characteristic in enumerate(service.get('characteristics', [])):
            char_path = '%s/char%04x' % (service_path, 0x10 * (s_index + 1) + 2 * c_index + 1)
            flags = characteristic.get('flags', [])
            notifies = 'notify' in flags or 'indicate' in flags
            descriptors = ['%s/desc%04x' % (char_path, 0)] if notifies else []
            add_characteristic(mock, device, characteristic, service_path, char_path, descriptors)


def add_characteristic(mock, device, characteristic, service_path, char_path, descriptors):
    def read_value(char_obj, _options):
        if characteristic.get('protected'):
            raise not_permitted()
        if 'read' not in characteristic.get('flags', []):
            raise dbus.exceptions.DBusException('Read not permitted', name='org.bluez.Error.NotPermitted')
        return char_obj.props[CHAR_IFACE]['Value']

    mock.AddObject(char_path, CHAR_IFACE, {
        'UUID': dbus.String(full_uuid(characteristic['uuid']), variant_level=1),
        'Service': dbus.ObjectPath(service_path, variant_level=1),
        'Value': byte_array(value_of(characteristic)),
        'Notifying': dbus.Boolean(False, variant_level=1),
        'Flags': dbus.Array(characteristic.get('flags', []), signature='s', variant_level=1),
        'Descriptors': dbus.Array([dbus.ObjectPath(d) for d in descriptors], signature='o', variant_level=1),
    }, [
        ('ReadValue', 'a{sv}', 'ay', read_value),
        ('WriteValue', 'aya{sv}', '', lambda obj, value, _o: device.write(obj, characteristic, value)),
        ('StartNotify', '', '', lambda obj: device.start_notify(obj, characteristic)),
        ('StopNotify', '', '', lambda obj: device.stop_notify(obj)),
    ])
    for descriptor_path in descriptors:
        mock.AddObject(descriptor_path, DESC_IFACE, {
            'UUID': dbus.String(CCCD_UUID, variant_level=1),
            'Characteristic': dbus.ObjectPath(char_path, variant_level=1),
            'Value': byte_array(b'\x00\x00'),
            'Flags': dbus.Array(['read', 'write'], signature='s', variant_level=1),
        }, [
            ('ReadValue', 'a{sv}', 'ay', lambda obj, _o: obj.props[DESC_IFACE]['Value']),
            # QtBluetooth turns CCCD writes into StartNotify/StopNotify; a
            # direct write is accepted and stored.
            ('WriteValue', 'aya{sv}', '', lambda obj, value, _o: obj.props[DESC_IFACE].__setitem__(
                'Value', byte_array(bytes(value)))),
        ])


def add_device(mock, spec, jitter, address=None):
    # Built here rather than with bluez5.AddDevice so that InterfacesAdded already
    # carries the advertising data, as BlueZ's does for a device seen mid-scan.
    address = (address or spec['address']).upper()
    adapter_path = '/org/bluez/' + ADAPTER
    path = adapter_path + '/dev_' + address.replace(':', '_')
    name = spec.get('name', '')
    props = {
        'Address': dbus.String(address, variant_level=1),
        'AddressType': dbus.String('public' if spec['addressType'] == 'public' else 'random', variant_level=1),
        'Alias': dbus.String(name or address.replace(':', '-'), variant_level=1),
        'Class': dbus.UInt32(0, variant_level=1),
        'UUIDs': dbus.Array([full_uuid(u) for u in spec.get('services', [])], signature='s', variant_level=1),
        'Paired': dbus.Boolean(False, variant_level=1),
        'Connected': dbus.Boolean(False, variant_level=1),
        'Trusted': dbus.Boolean(False, variant_level=1),
        'Blocked': dbus.Boolean(False, variant_level=1),
        'Adapter': dbus.ObjectPath(adapter_path, variant_level=1),
        'LegacyPairing': dbus.Boolean(False, variant_level=1),
        'RSSI': dbus.Int16(spec.get('rssi', -60), variant_level=1),
        'ManufacturerData': dbus.Dictionary(
            {dbus.UInt16(int(k, 16)): byte_array(bytes.fromhex(v))
             for k, v in spec.get('manufacturerData', {}).items()}, signature='qv', variant_level=1),
        'ServiceData': dbus.Dictionary(
            {full_uuid(k): byte_array(bytes.fromhex(v))
             for k, v in spec.get('serviceData', {}).items()}, signature='sv', variant_level=1),
        'ServicesResolved': dbus.Boolean(False, variant_level=1),
    }
    if name:
        props['Name'] = dbus.String(name, variant_level=1)
    if 'appearance' in spec:
        props['Appearance'] = dbus.UInt16(int(spec['appearance'], 16), variant_level=1)
    mock.AddObject(path, DEVICE_IFACE, props, [])
    device_obj = mockobject.objects[path]
    device = Device(spec, path)
    device_obj.AddMethods(DEVICE_IFACE, [
        ('Connect', '', '', lambda obj: device.connect(obj)),
        ('Disconnect', '', '', lambda obj: device.disconnect(obj)),
    ])
    add_gatt(mock, device, path)
    mockobject.objects['/'].EmitSignal('org.freedesktop.DBus.ObjectManager', 'InterfacesAdded', 'oa{sa{sv}}',
                                       [dbus.ObjectPath(path), {DEVICE_IFACE: props}])

    if jitter:
        base = int(spec.get('rssi', -60))

        def wobble():
            emit_changed(device_obj, DEVICE_IFACE,
                         {'RSSI': dbus.Int16(base + random.randint(-2, 2), variant_level=1)})
            return True
        GLib.timeout_add(700, wobble)
    return device


def load(mock, parameters):
    mockobject.objects.setdefault('/', mock)
    bluez5.load(mock, parameters)
    bluez5.AddAdapter(mock, ADAPTER, 'pasban-test')
    with open(parameters['scenario'], encoding='utf-8') as f:
        scenario = json.load(f)
    if scenario.get('format') != 'pasban-ble-scenario' or scenario.get('version') != 1:
        raise ValueError('not a pasban-ble-scenario version 1 file')
    jitter = parameters.get('jitter', True)
    mock.fake_devices = [add_device(mock, spec, jitter) for spec in scenario['devices']]

    # A rotating private address shows up under its next address some time after
    # the first scan starts, like a wearable that changed its RPA mid-scan.
    adapter = mockobject.objects['/org/bluez/' + ADAPTER]
    rotations = [spec for spec in scenario['devices'] if 'rotatesTo' in spec]
    started = {'done': False}

    def start_discovery(adapter_obj):
        bluez5.StartDiscovery(adapter_obj)
        if started['done']:
            return
        started['done'] = True
        for spec in rotations:
            rotation = spec['rotatesTo']

            def rotate(spec=spec, rotation=rotation):
                device = add_device(mock, spec, jitter, rotation['address'])
                mock.fake_devices.append(device)
                return False
            GLib.timeout_add(int(rotation.get('afterMs', 0)), rotate)
    adapter.AddMethods(bluez5.ADAPTER_IFACE, [('StartDiscovery', '', '', start_discovery)])
    print('FAKEBLUEZ READY', flush=True)
