#!/usr/bin/env python3
"""Writes the Nordic DFU package fixtures for tst_NordicDfuZip / tst_PackageLibrary.

Shaped like the nRF Connect SDK's dfu_application.zip: a manifest.json in the
NCS format (format-version 0, one "files" entry of type "application") and the
MCUboot image it names, app_update.bin. The image is ../ed25519-1.2.3+4.bin
(made by ../make_images.py). The SDK stores its entries uncompressed; the
deflated twin checks the inflater against Python's zlib. Deterministic: fixed
times, fixed entry order. Run with python3 make_dfu_zips.py; copy the zips into
tests/fuzz/corpus/dfu_zip/ as well.
"""
import json
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
IMAGE = os.path.join(HERE, "..", "ed25519-1.2.3+4.bin")
STAMP = (2024, 5, 17, 12, 0, 0)


def manifest(size):
    return {
        "format-version": 0,
        "time": 1715947200,
        "name": "pulse-oximeter application 1.2.3",
        "files": [
            {
                "board": "nrf52840dk_nrf52840",
                "soc": "nRF52840_QIAA",
                "load_address": 0xC200,
                "image_index": "0",
                "slot_index_primary": "1",
                "slot_index_secondary": "2",
                "version_MCUBOOT": "1.2.3+4",
                "type": "application",
                "size": size,
                "file": "app_update.bin",
                "modtime": 1715947200,
            }
        ],
    }


def write(name, compression):
    with open(IMAGE, "rb") as f:
        image = f.read()
    text = json.dumps(manifest(len(image)), indent=4).encode()
    with zipfile.ZipFile(os.path.join(HERE, name), "w") as z:
        for entry, data in (("app_update.bin", image), ("manifest.json", text)):
            info = zipfile.ZipInfo(entry, STAMP)
            info.compress_type = compression
            info.external_attr = 0o644 << 16
            z.writestr(info, data)


if __name__ == "__main__":
    write("dfu_application.zip", zipfile.ZIP_STORED)
    write("dfu_application-deflated.zip", zipfile.ZIP_DEFLATED)
