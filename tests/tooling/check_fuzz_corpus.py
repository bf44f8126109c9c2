#!/usr/bin/env python3
"""Every libFuzzer target tests/fuzz/fuzz_<name>.cpp has a seed corpus: the folder
tests/fuzz/corpus/<name>/ holding at least one file. Without seeds a
60-second CI run starts from nothing and the ctest replay (fuzz_<name>_corpus)
proves little.   Usage: check_fuzz_corpus.py TESTS_FUZZ_DIR
"""
import os
import sys


def main(argv):
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    fuzz_dir = argv[1]
    targets = sorted(n[len("fuzz_"):-len(".cpp")] for n in os.listdir(fuzz_dir)
                     if n.startswith("fuzz_") and n.endswith(".cpp"))
    if not targets:
        print("no fuzz_*.cpp in", fuzz_dir)
        return 1
    failures = 0
    for name in targets:
        corpus = os.path.join(fuzz_dir, "corpus", name)
        if not os.path.isdir(corpus):
            print("MISSING corpus/%s/ for fuzz_%s.cpp" % (name, name))
            failures += 1
            continue
        seeds = [f for _, _, files in os.walk(corpus) for f in files]
        if not seeds:
            print("EMPTY corpus/%s/ for fuzz_%s.cpp" % (name, name))
            failures += 1
            continue
        print("ok  %-28s %3d seeds" % (name, len(seeds)))
    print("%d targets, %d without seeds" % (len(targets), failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
