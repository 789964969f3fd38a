#!/usr/bin/env python3
"""Prints what news articles agree on, where they conflict and what only one says, through
the C ABI (claimscan.py, ctypes). Usage: compare_examples.py [ARTICLE.txt...]; without
arguments it reads the bundled examples/articles/. Set CLAIMSCAN_LIBRARY to pick the library
and CLAIMSCAN_DATA_DIR to pick the data folder."""

import glob
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import claimscan  # noqa: E402


def main(paths):
    if not paths:
        here = os.path.dirname(os.path.abspath(__file__))
        paths = sorted(glob.glob(os.path.join(here, "..", "articles", "*.txt")))
    with claimscan.Engine() as engine:
        docs = []
        try:
            for path in paths:
                with open(path, "rb") as f:
                    doc = engine.analyze(f.read(), id=os.path.basename(path))
                docs.append(doc)
                article = doc.article()
                print(f"article {len(docs) - 1}: {article['title']}")
                print(f"  published {article['published'] or '(unknown)'}, "
                      f"{len(doc.mentions())} entity mentions, {len(doc.claims())} claims")
            texts = [d.article()["text"] for d in docs]
            claims = [d.claims() for d in docs]
            with engine.compare(docs) as comparison:
                findings = comparison.findings()
                summary = comparison.json()  # the same result as JSON, for tools
                print(f"\n{len(findings)} findings "
                      f"({len(summary.get('findings', []))} in the JSON)")
                for f in findings:
                    kind = f["kind"] + (f" ({f['conflict_type']})" if f["conflict_type"] else "")
                    shared = ", shared copy" if f["syndicated"] else ""
                    print(f"  {kind:<13} {f['articles']} article(s){shared}: {f['summary']}")
                    for d, c in f["claims"]:
                        claim = claims[d][c]
                        words = texts[d][claim["start"]:claim["end"]].decode("utf-8", "replace")
                        print(f"      [{docs[d].article()['id']}] {words}")
            return 0 if len(summary.get("findings", [])) == len(findings) else 1
        finally:
            for d in docs:
                d.close()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
