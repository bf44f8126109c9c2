#!/usr/bin/env python3
"""Fails when a canary secret used by the tests shows up in a log.

The integration tests hand Pasban distinct canary values (tests/common/Canaries.h:
passphrases, patient-like text, device serials), all starting with "CANARY-". This
check runs after them (ctest fixture "canary_secrets", FIXTURES_CLEANUP) and greps
the canary tests' own output (Testing/canary/<test>.log, written by Qt Test's -o),
ctest's log (Testing/Temporary/LastTest*.log) and every *.log file under the build folder and under any extra folder
given. It prints where a canary was found, never the canary itself, so its own
output cannot become a hit.

Usage: check_canaries.py SOURCE_TESTS_DIR BUILD_DIR [EXTRA_DIR...] [--expect TEST...]
Exit 0 clean, 1 a canary was found, 77 (ctest SKIP) when none of the --expect
tests has output in the log (the check was run on its own).
"""
import os
import re
import sys

CANARY = re.compile(rb"CANARY-[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9]")
SOURCE_SUFFIXES = (".cpp", ".h", ".py", ".sh", ".txt", ".cmake")


def canaries(tests_dir, myself):
    found = set()
    for root, _, files in os.walk(tests_dir):
        for name in files:
            path = os.path.join(root, name)
            if not name.endswith(SOURCE_SUFFIXES) or os.path.samefile(path, myself):
                continue
            with open(path, "rb") as f:
                found.update(CANARY.findall(f.read()))
    return found


def log_files(build_dir, extra_dirs):
    temporary = os.path.join(build_dir, "Testing", "Temporary")
    if os.path.isdir(temporary):
        for name in sorted(os.listdir(temporary)):
            if name.startswith("LastTest") and name.endswith(".log"):
                yield os.path.join(temporary, name)
    for top in [build_dir] + extra_dirs:
        for root, dirs, files in os.walk(top):
            dirs[:] = [d for d in dirs if d != "Temporary"]
            for name in files:
                if name.endswith(".log"):
                    yield os.path.join(root, name)


def main(argv):
    args, expect = argv[1:], []
    if "--expect" in args:
        at = args.index("--expect")
        args, expect = args[:at], args[at + 1:]
    if len(args) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    tests_dir, build_dir, extra_dirs = args[0], args[1], args[2:]

    wanted = canaries(tests_dir, os.path.abspath(__file__))
    if not wanted:
        print("no CANARY- values found under", tests_dir, "- the check would prove nothing")
        return 1

    hits = 0
    seen_tests = set()
    scanned = 0
    for path in log_files(build_dir, extra_dirs):
        try:
            with open(path, "rb") as f:
                content = f.read()
        except OSError:
            continue
        scanned += 1
        for test in expect:
            # Each canary test writes Testing/canary/<test>.log (tests/CMakeLists.txt).
            if os.path.basename(path) == test + ".log" and b"Start testing of" in content:
                seen_tests.add(test)
        for canary in sorted(wanted):
            if canary in content:
                line = content[: content.index(canary)].count(b"\n") + 1
                # The canary's name part only (up to its last dash), so the check's
                # own output never repeats the secret.
                label = canary.decode()[: canary.decode().rindex("-")]
                print("LEAK: %s... at %s:%d" % (label, path, line))
                hits += 1

    print("%d canaries, %d log files scanned, outputs of %d/%d canary tests present (%s)"
          % (len(wanted), scanned, len(seen_tests), len(expect), ", ".join(sorted(seen_tests)) or "none"))
    if hits:
        print("FAIL: %d canary hit(s): a secret or patient value reached a log" % hits)
        return 1
    if expect and not seen_tests:
        print("SKIP: none of the canary tests ran in this ctest run")
        return 77
    print("no canary in any log")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
