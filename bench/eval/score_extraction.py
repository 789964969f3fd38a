#!/usr/bin/env python3
"""Scores eval_extraction output against an extraction data folder's gold (stdlib only).

    python3 bench/eval/score_extraction.py <data folder> <pred dir> [--per-page]

Body, by what the gold offers (both metrics are the data sets' own, see their README.md):
  gold.body            article-extraction-benchmark: 4-token shingles of Unicode \\w+ tokens,
                       precision/recall averaged over pages, F1 of the two means, accuracy.
  gold.with / without  trafilatura-eval: snippet found (whitespace-folded substring) = TP for
                       "with", FP for "without"; micro-averaged P/R/F1/accuracy.
Metadata (pages whose gold has it): title exact (whitespace-folded) and loose (case-folded,
punctuation-insensitive), date exact day, authors exact ("; "-joined, as trafilatura's
eval_authors.py) and as a case-folded set.
"""
import json
import os
import re
import sys
from collections import Counter

WORD = re.compile(r"\w+")


def shingles(text, n=4):
    toks = WORD.findall(text)
    if len(toks) < n:
        return Counter([tuple(toks)]) if toks else Counter()
    return Counter(tuple(toks[i:i + n]) for i in range(len(toks) - n + 1))


def ws(s):
    return re.sub(r"\s+", " ", s or "").strip()


def loose(s):
    return " ".join(WORD.findall(ws(s).casefold()))


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    per_page = "--per-page" in sys.argv
    folder, pred_dir = args[0], args[1]
    pages = [json.loads(l) for l in open(os.path.join(folder, "dev.jsonl"), encoding="utf-8")]
    precisions, recalls, exact = [], [], 0
    snip = Counter()
    title = Counter(); date = Counter(); auth = Counter()
    rows = []
    for page in pages:
        gold = page["gold"]
        path = os.path.join(pred_dir, page["id"] + ".txt")
        pred = open(path, encoding="utf-8").read() if os.path.exists(path) else ""
        meta_path = os.path.join(pred_dir, page["id"] + ".meta.json")
        meta = json.load(open(meta_path, encoding="utf-8")) if os.path.exists(meta_path) else {}
        if gold.get("body") is not None:
            g, p = shingles(gold["body"]), shingles(pred)
            tp = sum((g & p).values()); fp = sum(p.values()) - tp; fn = sum(g.values()) - tp
            if tp + fp + fn == 0:
                continue
            pr = tp / (tp + fp) if tp + fp > 0 else None
            rc = tp / (tp + fn) if tp + fn > 0 else None
            if fp == 0 and fn == 0:
                pr = rc = 1.0
            if pr is not None:
                precisions.append(pr)
            if rc is not None:
                recalls.append(rc)
            exact += WORD.findall(gold["body"]) == WORD.findall(pred)
            rows.append((2 * (pr or 0) * (rc or 0) / ((pr or 0) + (rc or 0) or 1), pr, rc, page["id"]))
        if gold.get("with") is not None or gold.get("without") is not None:
            text = ws(pred)
            page_fp = page_fn = 0
            for s in gold.get("with") or []:
                found = ws(s) in text
                snip["tp" if found else "fn"] += 1
                page_fn += not found
            for s in gold.get("without") or []:
                found = ws(s) in text
                snip["fp" if found else "tn"] += 1
                page_fp += found
            rows.append((-(page_fp + page_fn), page_fp, page_fn, page["id"]))
        if gold.get("title"):
            title["n"] += 1
            title["exact"] += ws(meta.get("title")) == ws(gold["title"])
            title["loose"] += loose(meta.get("title")) == loose(gold["title"])
        if gold.get("date"):
            date["n"] += 1
            date["exact"] += meta.get("date", "") == gold["date"]
            date["predicted"] += bool(meta.get("date"))
        if gold.get("authors") is not None:
            auth["n"] += 1
            raw = gold.get("author_raw")
            raw = "; ".join(raw) if isinstance(raw, list) else (raw or "")
            auth["exact"] += "; ".join(meta.get("authors", [])) == raw
            auth["set"] += ({loose(a) for a in meta.get("authors", [])} ==
                            {loose(a) for a in gold["authors"]})
    out = {}
    if precisions or recalls:
        p = sum(precisions) / len(precisions); r = sum(recalls) / len(recalls)
        out["body"] = {"pages": len(rows), "f1": round(2 * p * r / (p + r), 4), "precision": round(p, 4),
                       "recall": round(r, 4), "accuracy": round(exact / max(1, len(rows)), 4)}
    if snip:
        tp, fp, fn, tn = snip["tp"], snip["fp"], snip["fn"], snip["tn"]
        out["snippets"] = {"precision": round(tp / max(1, tp + fp), 4), "recall": round(tp / max(1, tp + fn), 4),
                           "accuracy": round((tp + tn) / max(1, tp + fp + fn + tn), 4),
                           "f1": round(2 * tp / max(1, 2 * tp + fp + fn), 4), "counts": dict(snip)}
    if title["n"]:
        out["title"] = {"pages": title["n"], "exact": round(title["exact"] / title["n"], 4),
                        "loose": round(title["loose"] / title["n"], 4)}
    if date["n"]:
        out["date"] = {"pages": date["n"], "exact_day": round(date["exact"] / date["n"], 4),
                       "predicted": date["predicted"]}
    if auth["n"]:
        out["authors"] = {"pages": auth["n"], "exact": round(auth["exact"] / auth["n"], 4),
                          "set": round(auth["set"] / auth["n"], 4)}
    print(json.dumps(out, indent=1))
    if per_page:
        for row in sorted(rows, key=lambda r: r[0])[:40]:
            print(row)


if __name__ == "__main__":
    main()
