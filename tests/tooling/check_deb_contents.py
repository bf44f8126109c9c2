#!/usr/bin/env python3
"""The .deb holds what a user's machine needs (issue #6: the udev rule installs
from the .deb): builds the package from this build tree with CPack (uncompressed,
no dependency scan, into a temporary folder), unpacks it with dpkg-deb and checks
that the udev rule arrives byte for byte at /usr/lib/udev/rules.d, beside the
executables and the translations."""
import pathlib
import subprocess
import sys
import tempfile


def main() -> int:
    cpack, config, rules = sys.argv[1], sys.argv[2], pathlib.Path(sys.argv[3])
    expected = ["usr/bin/pasban-cli", "usr/share/pasban/translations/pasban_fa.qm"] + sys.argv[4:]
    with tempfile.TemporaryDirectory(prefix="pasban-deb-") as work:
        out = pathlib.Path(work)
        subprocess.run([cpack, "-G", "DEB", "--config", config, "-B", str(out),
                        "-D", "CPACK_DEBIAN_COMPRESSION_TYPE=none",
                        "-D", "CPACK_DEBIAN_PACKAGE_SHLIBDEPS=OFF"],
                       check=True, stdout=subprocess.DEVNULL)
        debs = sorted(out.glob("*.deb"))
        if len(debs) != 1:
            print(f"expected one .deb, found {debs}")
            return 1
        root = out / "root"
        subprocess.run(["dpkg-deb", "-x", str(debs[0]), str(root)], check=True)
        failures = []
        installed_rule = root / "usr/lib/udev/rules.d" / rules.name
        if not installed_rule.is_file():
            failures.append(f"missing /usr/lib/udev/rules.d/{rules.name}")
        elif installed_rule.read_bytes() != rules.read_bytes():
            failures.append(f"/usr/lib/udev/rules.d/{rules.name} differs from {rules}")
        for path in expected:
            if not (root / path).is_file():
                failures.append(f"missing /{path}")
        for failure in failures:
            print(failure)
        if not failures:
            print(f"{debs[0].name}: udev rule, executables and translations in place")
        return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
