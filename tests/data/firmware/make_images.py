#!/usr/bin/env python3
"""Writes the MCUboot test images for tst_McubootImage.

The images are built here from the format description (MCUboot docs/design.md,
bootutil/image.h; Pasban REFERENCE.md section 3), independently of Pasban's C++
parser, so the test cross-checks two implementations. imgtool is not used; the
signing rules follow imgtool's image.py and keys/*.py:

  digest   = SHA-256 (or SHA-512) of header | payload | protected TLV area
  KEYHASH  = SHA-256 of the public key as imgtool embeds it: DER
             SubjectPublicKeyInfo for ECDSA and Ed25519, PKCS#1 RSAPublicKey for RSA
  Ed25519  signs the digest bytes
  ECDSA    signs the region with ECDSA-SHA-256 (DER signature)
  RSA-PSS  signs the region with SHA-256, MGF1-SHA-256, 32-byte salt

Run from anywhere with python3 and the `cryptography` package (Debian:
python3-cryptography):   python3 tests/data/firmware/make_images.py

The Ed25519 and P-256 test keys are derived from fixed strings, so their public
keys (and the Ed25519 images) are the same on every run. RSA keys cannot be
derived that simply: each run makes a new RSA key, and ECDSA/RSA signatures are
randomised, so those files change when regenerated. The keys are test keys
anyone can recreate from this script — never trust them for real firmware.

Output (next to this script): *.bin images, test-*.pub.pem public keys and
images.json, which lists what each image must parse to.
"""

import hashlib
import json
import os
import struct

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding, rsa

HERE = os.path.dirname(os.path.abspath(__file__))

IMAGE_MAGIC = 0x96F3B83D
PROT_INFO_MAGIC = 0x6908
INFO_MAGIC = 0x6907

TLV_KEYHASH = 0x01
TLV_SHA256 = 0x10
TLV_SHA512 = 0x12
TLV_RSA2048 = 0x20
TLV_ECDSA = 0x22
TLV_ED25519 = 0x24
TLV_SEC_CNT = 0x50

P256_ORDER = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551


def ed25519_key(label):
    seed = hashlib.sha256(label.encode()).digest()
    return ed25519.Ed25519PrivateKey.from_private_bytes(seed)


def p256_key(label):
    scalar = int.from_bytes(hashlib.sha256(label.encode()).digest(), "big") % (P256_ORDER - 1) + 1
    return ec.derive_private_key(scalar, ec.SECP256R1())


def spki(public_key):
    return public_key.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)


def pkcs1(public_key):
    return public_key.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.PKCS1)


def tlv(kind, value):
    return struct.pack("<HH", kind, len(value)) + value


def header(load_addr, hdr_size, prot_size, img_size, flags, version):
    major, minor, revision, build = version
    raw = struct.pack("<IIHHIIBBHII", IMAGE_MAGIC, load_addr, hdr_size, prot_size, img_size, flags,
                      major, minor, revision, build, 0)
    assert len(raw) == 32
    return raw + b"\x00" * (hdr_size - 32)


def payload_bytes(size, label):
    out = b""
    counter = 0
    while len(out) < size:
        out += hashlib.sha256(f"{label}:{counter}".encode()).digest()
        counter += 1
    return out[:size]


def build(name, *, version, payload_size, hdr_size=0x200, flags=0, load_addr=0, security_counter=None,
          key=None, hash_alg="sha256", pad_ecdsa=False, trailer=b""):
    payload = payload_bytes(payload_size, name)
    protected = b""
    if security_counter is not None:
        protected += tlv(TLV_SEC_CNT, struct.pack("<I", security_counter))
    prot_area = struct.pack("<HH", PROT_INFO_MAGIC, 4 + len(protected)) + protected if protected else b""
    region = header(load_addr, hdr_size, len(prot_area), payload_size, flags, version) + payload + prot_area

    digest_fn = hashlib.sha256 if hash_alg == "sha256" else hashlib.sha512
    digest = digest_fn(region).digest()
    body = tlv(TLV_SHA256 if hash_alg == "sha256" else TLV_SHA512, digest)
    signature_tlv = None
    key_hash = None
    if key is not None:
        public = key.public_key()
        embedded = pkcs1(public) if isinstance(key, rsa.RSAPrivateKey) else spki(public)
        key_hash = digest_fn(embedded).digest()
        body += tlv(TLV_KEYHASH, key_hash)
        if isinstance(key, ed25519.Ed25519PrivateKey):
            signature_tlv = TLV_ED25519
            signature = key.sign(digest)
        elif isinstance(key, ec.EllipticCurvePrivateKey):
            signature_tlv = TLV_ECDSA
            signature = key.sign(region, ec.ECDSA(hashes.SHA256()))
            if pad_ecdsa:
                while len(signature) >= 72:  # re-sign until padding is visible
                    signature = key.sign(region, ec.ECDSA(hashes.SHA256()))
                signature += b"\x00" * (72 - len(signature))
        else:
            signature_tlv = TLV_RSA2048
            signature = key.sign(region, padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=32),
                                 hashes.SHA256())
        body += tlv(signature_tlv, signature)
    info = struct.pack("<HH", INFO_MAGIC, 4 + len(body))
    image = region + info + body + trailer
    with open(os.path.join(HERE, name + ".bin"), "wb") as f:
        f.write(image)
    major, minor, revision, build_number = version
    return {
        "file": name + ".bin",
        "loadAddress": load_addr,
        "headerSize": hdr_size,
        "protectedTlvSize": len(prot_area),
        "imageSize": payload_size,
        "flags": flags,
        "version": {"major": major, "minor": minor, "revision": revision, "build": build_number},
        "securityCounter": security_counter,
        "hashType": TLV_SHA256 if hash_alg == "sha256" else TLV_SHA512,
        "hash": digest.hex(),
        "keyHash": key_hash.hex() if key_hash else None,
        "signatureType": signature_tlv,
        "imageEnd": len(image) - len(trailer),
        "fileSize": len(image),
    }


def write_public(name, key):
    pem = key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(pem)
    return name


def main():
    ed_key = ed25519_key("pasban test key: ed25519")
    ec_key = p256_key("pasban test key: ecdsa p-256")
    rsa_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    keys = {
        "ed25519": write_public("test-ed25519.pub.pem", ed_key),
        "p256": write_public("test-p256.pub.pem", ec_key),
        "rsa2048": write_public("test-rsa2048.pub.pem", rsa_key),
    }
    images = {
        # Zephyr's usual layout: 0x200 header, security counter as `imgtool -s auto` sets it.
        "ed25519": build("ed25519-1.2.3+4", version=(1, 2, 3, 4), payload_size=1000, load_addr=0x10000,
                         security_counter=(1 << 24) | (2 << 16) | 3, key=ed_key),
        "ecdsa": build("ecdsa-p256-2.0.7", version=(2, 0, 7, 0), payload_size=777, hdr_size=0x20, key=ec_key),
        "ecdsaPadded": build("ecdsa-p256-padded", version=(2, 0, 8, 0), payload_size=300, hdr_size=0x20,
                             key=ec_key, pad_ecdsa=True),
        "rsa": build("rsa2048-3.1.0", version=(3, 1, 0, 0), payload_size=513, key=rsa_key,
                     security_counter=7),
        "sha512": build("ed25519-sha512-0.9.1", version=(0, 9, 1, 65536), payload_size=64, hdr_size=0x20,
                        key=ed_key, hash_alg="sha512"),
        # Unsigned, flags set, followed by erased-flash padding as `imgtool --pad` leaves it.
        "unsigned": build("unsigned-padded", version=(255, 255, 65535, 4294967295), payload_size=33, hdr_size=0x40,
                          flags=0x10 | 0x100, load_addr=0x8000000, trailer=b"\xff" * 64),
    }
    with open(os.path.join(HERE, "images.json"), "w") as f:
        json.dump({"keys": keys, "images": images}, f, indent=2, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
