"""claimscan's `compare --stories` on a Dask cluster: the same stories and findings as one
machine, with the analysis and the per-story comparisons spread over workers.

    /usr/bin/python3 examples/python/dask_pipeline.py [--workers N | --scheduler ADDR]
        [--input-format text|jsonl] [--format jsonl|json] [-o OUT] [--story-threshold X]
        [--partition-size N] [--data-dir DIR] INPUT...

INPUTs are read as the CLI reads them: folders (their *.txt, or *.jsonl with
--input-format jsonl, sorted by name, not recursive), files, or JSONL files of
{"id", "text"} objects. The stages (docs/scale.md):

  1. features   the articles, in partitions scattered to the workers, are analysed there (one
                engine per worker process, loaded once) into compact story features;
  2. cluster    one task clusters all features, in input order, through the C ABI
                (claimscan_stories_from_features: the code `claimscan stories` runs);
  3. shuffle    every article goes to its story (a task shuffle keyed by story id);
  4. compare    each story's articles, in input order, are analysed and compared on a worker
                (what CompareStories does for that story);
  5. write      one JSON object per story, in story order: its id, label, articles and dates
                as `claimscan stories` prints them, and its findings, claims and syndicated
                pairs as `claimscan compare --stories --format json` prints them.

Workers need this module and claimscan.py importable (PYTHONPATH), libclaimscan.so.1
($CLAIMSCAN_LIBRARY) and the data folder ($CLAIMSCAN_DATA_DIR or --data-dir). Engines never
go over the wire: only article text, story features and JSON results do.
"""

import argparse
import json
import math
import os
import sys
import threading

import claimscan

# ---- Worker side ---------------------------------------------------------------------------

# One engine per worker process and options: compiling one loads the data folder, so it is
# done once and reused by every task the process runs (engines are thread-safe).
_ENGINES = {}
_ENGINES_LOCK = threading.Lock()  # workers with several threads compile each engine once


def _engine(options):
    with _ENGINES_LOCK:
        engine = _ENGINES.get(options)
        if engine is None:
            engine = _ENGINES[options] = claimscan.Engine(**dict(options))
        return engine


def features_partition(records, options):
    """(index, id, text) -> (index, id, story features or None, error or None)."""
    engine = _engine(options)
    out = []
    for index, article_id, text in records:
        try:
            with engine.analyze(text, id=article_id) as doc:
                out.append((index, article_id, engine.story_features(doc), None))
        except claimscan.ClaimscanError as e:
            out.append((index, article_id, None, str(e)))
    return out


def cluster(features, options):
    """All features -> the stories, with articles as input indices. Articles that failed to
    analyse are left out, as the CLI leaves them out of its document list."""
    engine = _engine(options)
    analysed = sorted(r for r in features if r[2] is not None)
    with engine.stories_from_features([r[2] for r in analysed]) as stories:
        found = stories.stories()
    input_index = [r[0] for r in analysed]
    for story in found:
        story["inputs"] = [input_index[a] for a in story["articles"]]
    return found


def story_table(stories):
    """input index -> story id, for the shuffle."""
    return {i: story["id"] for story in stories for i in story["inputs"]}


def key_partition(records, table):
    """Keys each article by its story; articles that failed to analyse have none."""
    return [(table[r[0]], r) for r in records if r[0] in table]


def compare_story(group, stories, options):
    """(story id, its articles) -> the story's output object."""
    story_id, records = group
    story = stories[story_id]
    # Ascending input order: the order CompareStories gives CompareDocuments a story's articles.
    records = sorted(records)
    if [r[0] for r in records] != story["inputs"]:
        raise RuntimeError(f"story {story_id}: articles {[r[0] for r in records]} arrived, "
                           f"{story['inputs']} expected")
    engine = _engine(options)
    docs = [engine.analyze(text, id=article_id) for _, article_id, text in records]
    try:
        with engine.compare(docs) as comparison:
            result = comparison.json()
    finally:
        for doc in docs:
            doc.close()
    findings = []
    for f in result["findings"]:
        # The single-machine JSON carries each finding's story right after "syndicated".
        g = {}
        for key, value in f.items():
            g[key] = value
            if key == "syndicated":
                g["story"] = story_id
        findings.append(g)
    return {
        "id": story_id,
        "label": story["label"],
        "articles": story["ids"],
        "first_published": story["first_published"],
        "last_published": story["last_published"],
        "findings": findings,
        "claims": result["claims"],
        "syndicated": result["syndicated"],
    }


# ---- Driver side ---------------------------------------------------------------------------


def collect_inputs(paths, jsonl=False):
    """[(id, text bytes)] in the CLI's order, with its ids; bad JSONL lines are reported on
    stderr and skipped. Returns (articles, failures)."""
    articles, failures = [], 0

    def add_jsonl(origin, data):
        nonlocal failures
        for line_no, line in enumerate(data.split(b"\n"), 1):
            if not line.strip(b" \t\r"):
                continue
            try:
                value = json.loads(line)
            except ValueError as e:
                value = e
            if not isinstance(value, dict) or not isinstance(value.get("text"), str):
                print(f"dask_pipeline: {origin}:{line_no}: expected an object with a \"text\" "
                      "string", file=sys.stderr)
                failures += 1
                continue
            article_id = value.get("id")
            if not isinstance(article_id, str):
                article_id = f"{origin}:{line_no}"
            articles.append((article_id, value["text"].encode("utf-8")))

    def read(path):
        with open(path, "rb") as f:
            return f.read()

    def stem(path):
        name = os.path.basename(path)
        root, ext = os.path.splitext(name)
        return root if ext else name

    for path in paths:
        if os.path.isdir(path):
            suffix = ".jsonl" if jsonl else ".txt"
            files = sorted(os.path.join(path, n) for n in os.listdir(path)
                           if n.endswith(suffix) and n != suffix
                           and os.path.isfile(os.path.join(path, n)))
            if not files:
                print(f"dask_pipeline: {path}: no *{suffix} files in this folder",
                      file=sys.stderr)
                failures += 1
            for f in files:
                if jsonl:
                    add_jsonl(f, read(f))
                else:
                    articles.append((stem(f), read(f)))
        elif jsonl:
            add_jsonl(path, read(path))
        else:
            articles.append((stem(path), read(path)))
    return articles, failures


def engine_options(data_dir=None, story_threshold=None):
    """Engine keyword options as a hashable key for the per-process engine cache."""
    options = {}
    if data_dir is not None:
        options["data_dir"] = data_dir
    if story_threshold is not None:
        options["story_threshold"] = float(story_threshold)
    return tuple(sorted(options.items()))


def run(client, articles, options=(), partition_size=None):
    """Runs the pipeline on `articles` [(id, text bytes)] with a distributed Client.
    Returns (stories, errors): the story objects in story order, and [(id, message)] for the
    articles that could not be analysed."""
    import dask
    import dask.bag as db

    if not articles:
        return [], []
    workers = max(1, len(client.scheduler_info().get("workers", {})))
    if partition_size is None:
        # A few partitions per worker to balance load; large piles in partitions of 256.
        partition_size = max(1, min(256, math.ceil(len(articles) / (2 * workers))))
    records = [(i, article_id, text) for i, (article_id, text) in enumerate(articles)]
    partitions = [records[i:i + partition_size] for i in range(0, len(records), partition_size)]
    # Text goes from here straight to the workers, not through the task graph.
    scattered = client.scatter(partitions)
    bag = db.from_delayed([dask.delayed(p) for p in scattered])

    features = bag.map_partitions(features_partition, options)
    stories = dask.delayed(cluster)(features, options)
    keyed = bag.map_partitions(key_partition, dask.delayed(story_table)(stories))
    groups = keyed.groupby(lambda kr: kr[0], shuffle="tasks").map(
        lambda g: (g[0], [kr[1] for kr in g[1]]))
    compared = groups.map(compare_story, stories, options)
    feature_list, results = dask.compute(features, compared)
    errors = [(r[1], r[3]) for r in sorted(feature_list) if r[2] is None]
    return sorted(results, key=lambda s: s["id"]), errors


def stories_from_compare_json(result):
    """`claimscan compare --stories --format json` output -> the story objects run() returns,
    so the two can be compared."""
    out = []
    for story in result.get("stories", []):
        members = set(story["articles"])
        out.append({
            "id": story["id"],
            "label": story["label"],
            "articles": story["articles"],
            "first_published": story["first_published"],
            "last_published": story["last_published"],
            "findings": [result["findings"][i] for i in story["findings"]],
            "claims": [c for c in result["claims"] if c["article"] in members],
            "syndicated": [s for s in result["syndicated"] if s["articles"][0] in members],
        })
    return out


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="+", metavar="INPUT")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--scheduler", help="address of a running scheduler (tcp://host:8786)")
    where.add_argument("--workers", type=int, default=2,
                       help="local cluster of N worker processes, 1 thread each (default 2)")
    parser.add_argument("--input-format", choices=("text", "jsonl"), default="text")
    parser.add_argument("--format", choices=("jsonl", "json"), default="jsonl")
    parser.add_argument("-o", "--output", help="file to write (default: stdout)")
    parser.add_argument("--story-threshold", type=float)
    parser.add_argument("--partition-size", type=int, help="articles per partition")
    parser.add_argument("--data-dir", help="claimscan data folder, as seen by the workers")
    args = parser.parse_args(argv)

    from distributed import Client, LocalCluster

    articles, failures = collect_inputs(args.inputs, jsonl=args.input_format == "jsonl")
    if not articles:
        print("dask_pipeline: no articles to compare", file=sys.stderr)
        return 2
    options = engine_options(args.data_dir, args.story_threshold)
    if args.scheduler:
        client, cluster_ = Client(args.scheduler), None
    else:
        cluster_ = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                                dashboard_address=None)
        client = Client(cluster_)
    try:
        stories, errors = run(client, articles, options, args.partition_size)
    finally:
        client.close()
        if cluster_ is not None:
            cluster_.close()
    for article_id, message in errors:
        print(f"dask_pipeline: {article_id}: {message}", file=sys.stderr)
    failures += len(errors)
    if not stories:
        print("dask_pipeline: no articles to compare", file=sys.stderr)
        return 2

    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    try:
        if args.format == "json":
            json.dump({"stories": stories}, out, ensure_ascii=False)
            out.write("\n")
        else:
            for story in stories:
                out.write(json.dumps(story, ensure_ascii=False) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
    return 2 if failures else 0


if __name__ == "__main__":
    # Run as the module `dask_pipeline`, not `__main__`, so workers import the functions by
    # name (and keep their engine cache) instead of receiving pickled copies.
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import dask_pipeline

    sys.exit(dask_pipeline.main())
