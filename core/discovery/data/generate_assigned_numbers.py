#!/usr/bin/python3
"""Regenerates company_identifiers.tsv and appearance_values.tsv from the
Bluetooth SIG assigned numbers.

Inputs, either form:
  - the SIG's own YAML from https://bitbucket.org/bluetooth-SIG/public
    (assigned_numbers/company_identifiers/company_identifiers.yaml and
    assigned_numbers/core/appearance_values.yaml), or
  - the JSON mirror of the same tables kept by Nordic Semiconductor in
    https://github.com/NordicSemiconductor/bluetooth-numbers-database
    (v1/company_ids.json and v1/gap_appearance.json).

Usage:
  generate_assigned_numbers.py --companies FILE --appearance FILE --source TEXT [--out DIR]

The output is plain UTF-8, one entry a line, "0xXXXX<TAB>name", sorted by value,
after a '#' header naming the source; core/discovery/Identification.cpp reads it
from the Qt resource. Only the standard library is used (no PyYAML): the SIG
YAML files are flat lists of "- value: 0x...." / "name: '...'" pairs.
"""
import argparse
import json
import os
import re
import sys

# Vendors REFERENCE.md §1 names: the generated table must contain each of them.
REQUIRED_COMPANIES = [0x020E, 0x0069, 0x00D0, 0x0170, 0x01F9, 0x0243, 0x0360, 0x03BB,
                      0x01DD, 0x04BC, 0x0C94, 0x0F02, 0x0059, 0x000D]


def clean(name):
    return " ".join(name.replace("\t", " ").split())


def unquote(text):
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        quote = text[0]
        text = text[1:-1]
        # YAML single-quoted strings escape a quote by doubling it.
        text = text.replace("''", "'") if quote == "'" else text.replace('\\"', '"')
    return text


def yaml_pairs(text, key):
    """(value, name) for every '- <key>: N' followed by 'name: ...' in a SIG YAML list."""
    pairs = []
    current = None
    for line in text.splitlines():
        m = re.match(r"^\s*-?\s*" + key + r":\s*(0x[0-9A-Fa-f]+|\d+)\s*$", line)
        if m:
            current = int(m.group(1), 0)
            continue
        m = re.match(r"^\s*name:\s*(.+?)\s*$", line)
        if m and current is not None:
            pairs.append((current, unquote(m.group(1))))
            current = None
    return pairs


def load_companies(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if path.endswith(".json"):
        return {int(e["code"]): clean(e["name"]) for e in json.loads(text)}
    return {value: clean(name) for value, name in yaml_pairs(text, "value")}


def load_appearance(path):
    """16-bit appearance value -> name. Category c is value c << 6; a sub-category
    s of it is (c << 6) | s, named "Category: Sub-category"."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    out = {}
    if path.endswith(".json"):
        categories = json.loads(text)
    else:
        # SIG YAML: "- category: 0x003" then "name:" then an optional "subcategory:"
        # list of "- value: 0x01" / "name:".
        categories = []
        current = None
        in_sub = False
        pending_sub = None
        for line in text.splitlines():
            m = re.match(r"^\s*-\s*category:\s*(0x[0-9A-Fa-f]+|\d+)\s*$", line)
            if m:
                current = {"category": int(m.group(1), 0), "subcategory": []}
                categories.append(current)
                in_sub = False
                continue
            if re.match(r"^\s*subcategory:\s*$", line):
                in_sub = True
                continue
            m = re.match(r"^\s*-?\s*value:\s*(0x[0-9A-Fa-f]+|\d+)\s*$", line)
            if m and in_sub:
                pending_sub = int(m.group(1), 0)
                continue
            m = re.match(r"^\s*name:\s*(.+?)\s*$", line)
            if m and current is not None:
                if in_sub and pending_sub is not None:
                    current["subcategory"].append({"value": pending_sub, "name": unquote(m.group(1))})
                    pending_sub = None
                elif not in_sub:
                    current["name"] = unquote(m.group(1))
    for category in categories:
        base = int(category["category"]) << 6
        name = clean(category["name"])
        out[base] = name
        for sub in category.get("subcategory") or []:
            out[base | int(sub["value"])] = name + ": " + clean(sub["name"])
    return out


def write(path, header, table):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for line in header:
            f.write("# " + line + "\n")
        for value in sorted(table):
            f.write("0x%04X\t%s\n" % (value, table[value]))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--companies", required=True)
    parser.add_argument("--appearance", required=True)
    parser.add_argument("--source", required=True, help="where the inputs came from (URL and revision)")
    parser.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    args = parser.parse_args()

    companies = load_companies(args.companies)
    missing = [hex(c) for c in REQUIRED_COMPANIES if c not in companies]
    if missing or any(v > 0xFFFF for v in companies):
        sys.exit("company table incomplete or out of range: missing %s" % missing)
    appearance = load_appearance(args.appearance)
    if appearance.get(0x0C40) is None or any(v > 0xFFFF for v in appearance):
        sys.exit("appearance table has no pulse oximeter category: wrong input?")

    common = ["Generated by core/discovery/data/generate_assigned_numbers.py; do not edit by hand.",
              "Bluetooth SIG assigned numbers, via: " + args.source]
    write(os.path.join(args.out, "company_identifiers.tsv"),
          ["Bluetooth SIG company identifiers: value<TAB>name."] + common, companies)
    write(os.path.join(args.out, "appearance_values.tsv"),
          ["Bluetooth SIG appearance values: value<TAB>name (category, or category: sub-category)."] + common,
          appearance)
    print("%d companies, %d appearance values" % (len(companies), len(appearance)))


if __name__ == "__main__":
    main()
