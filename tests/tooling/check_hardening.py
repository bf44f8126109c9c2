#!/usr/bin/env python3
"""Checks built executables for the hardening a release of Pasban must carry:
PIE, full RELRO (GNU_RELRO segment + BIND_NOW), a non-executable stack, the stack
protector (__stack_chk_fail imported) and FORTIFY_SOURCE (fortified __*_chk
functions imported). Reads the ELF with readelf (binutils). Exit 0 when every
file passes, 1 naming each missing property, 2 when a file cannot be read.

Usage: check_hardening.py EXECUTABLE...
"""
import re
import subprocess
import sys


def readelf(*args):
    result = subprocess.run(['readelf', '-W', *args], capture_output=True, text=True)
    if result.returncode != 0:
        raise OSError(result.stderr.strip() or 'readelf failed')
    return result.stdout


def check(path):
    header = readelf('-h', path)
    segments = readelf('-l', path)
    dynamic = readelf('-d', path)
    symbols = readelf('--dyn-syms', path)
    missing = []
    if not re.search(r'Type:\s+DYN', header) or 'PIE' not in dynamic:
        missing.append('PIE (-pie)')
    if 'GNU_RELRO' not in segments:
        missing.append('RELRO (-z relro)')
    if not re.search(r'\(FLAGS\).*BIND_NOW|\(FLAGS_1\).*\bNOW\b', dynamic):
        missing.append('full RELRO (-z now)')
    stack = re.search(r'GNU_STACK(?:\s+\S+){5}\s+(\S+)', segments)
    if not stack or 'E' in stack.group(1):
        missing.append('non-executable stack (-z noexecstack)')
    imported = set(re.findall(r'\sUND\s+([^\s@]+)', symbols))
    if '__stack_chk_fail' not in imported:
        missing.append('stack protector (-fstack-protector-strong)')
    if not any(re.fullmatch(r'__\w+_chk', name) and name != '__stack_chk_fail' for name in imported):
        missing.append('FORTIFY_SOURCE (-D_FORTIFY_SOURCE with optimisation)')
    return missing


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    status = 0
    for path in sys.argv[1:]:
        try:
            missing = check(path)
        except OSError as error:
            print(f'{path}: cannot be read: {error}', file=sys.stderr)
            return 2
        if missing:
            status = 1
            print(f'{path}: MISSING ' + '; '.join(missing))
        else:
            print(f'{path}: PIE, full RELRO, NX stack, stack protector, FORTIFY_SOURCE')
    return status


sys.exit(main())
