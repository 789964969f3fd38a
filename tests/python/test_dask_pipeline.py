"""The Dask pipeline (examples/python/dask_pipeline.py) on a local cluster of 2 worker
processes must give the stories and findings of the single-machine CLI.

    test_dask_pipeline.py CLAIMSCAN_CLI INPUT...

Exits 77 (CTest: skipped) when dask or distributed is not importable.
"""
import json
import subprocess
import sys
import time

try:
    import dask  # noqa: F401
    from distributed import Client, LocalCluster
except ImportError as e:
    print(f"skipped: {e} (scripts/setup --python installs python3-dask python3-distributed)")
    sys.exit(77)

import dask_pipeline


def main():
    cli, inputs = sys.argv[1], sys.argv[2:]
    expected = dask_pipeline.stories_from_compare_json(json.loads(subprocess.run(
        [cli, "compare", "--stories", "--format", "json", *inputs], check=True,
        stdout=subprocess.PIPE).stdout))
    assert len(expected) > 1, "the inputs should hold several stories"
    assert any(s["findings"] for s in expected), "the inputs should give findings"

    articles, failures = dask_pipeline.collect_inputs(inputs)
    assert failures == 0 and len(articles) == sum(len(s["articles"]) for s in expected)
    start = time.monotonic()
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster) as client:
        client.wait_for_workers(2)
        # Partitions of 2 articles: every story's articles come from several partitions, so
        # the shuffle is exercised.
        stories, errors = dask_pipeline.run(client, articles, partition_size=2)
        # Both workers took part, each with its own engine.
        engines = client.run(lambda: len(__import__("dask_pipeline")._ENGINES))
    elapsed = time.monotonic() - start

    assert errors == [], errors
    assert [s["id"] for s in stories] == [s["id"] for s in expected]
    for got, want in zip(stories, expected):
        for key in want:
            assert got[key] == want[key], f"story {want['id']}: {key} differs"
    assert stories == expected
    assert len(engines) == 2 and all(n == 1 for n in engines.values()), engines
    print(f"{len(stories)} stories, {sum(len(s['findings']) for s in stories)} findings from "
          f"{len(articles)} articles equal the CLI's; cluster up and run in {elapsed:.1f} s")


if __name__ == "__main__":
    main()
