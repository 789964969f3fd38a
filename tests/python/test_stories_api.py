"""The ctypes story API (examples/python/claimscan.py) against the CLI on the same articles.

    test_stories_api.py CLAIMSCAN_CLI INPUT_DIR...

Batch stories (from documents and from story features) must equal `claimscan stories
--format json`, compare by story must equal `claimscan compare --stories --format json`, and
incremental clustering must put every article in exactly one story.
"""
import json
import os
import subprocess
import sys
import unittest

import claimscan

CLI = sys.argv[1] if len(sys.argv) > 1 else None
INPUTS = sys.argv[2:]


def read_articles(folders):
    """(id, bytes) of each folder's *.txt, sorted by name: the CLI's order and ids."""
    out = []
    for folder in folders:
        for name in sorted(os.listdir(folder)):
            if name.endswith(".txt"):
                with open(os.path.join(folder, name), "rb") as f:
                    out.append((name[:-4], f.read()))
    return out


def cli_json(*args):
    return json.loads(subprocess.run([CLI, *args, "--format", "json", *INPUTS], check=True,
                                     stdout=subprocess.PIPE).stdout)


class StoriesApiTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.engine = claimscan.Engine()
        cls.articles = read_articles(INPUTS)
        cls.docs = [cls.engine.analyze(text, id=i) for i, text in cls.articles]

    @classmethod
    def tearDownClass(cls):
        for d in cls.docs:
            d.close()
        cls.engine.close()

    def test_batch_stories_equal_cli(self):
        expected = cli_json("stories")
        self.assertGreater(len(expected["stories"]), 1, "the inputs should hold several stories")
        with self.engine.stories(self.docs) as stories:
            self.assertEqual(stories.json(), expected)
            self.assertEqual(len(stories), len(expected["stories"]))
            self.assertEqual(stories.article_count(), len(self.docs))
            for got, want in zip(stories.stories(), expected["stories"]):
                self.assertEqual(got["ids"], want["articles"])
                self.assertEqual(got["label"], want["label"])
                self.assertEqual([self.articles[a][0] for a in got["articles"]], got["ids"])

    def test_features_cluster_like_documents(self):
        features = [self.engine.story_features(d) for d in self.docs]
        for f, (_, text) in zip(features, self.articles):
            self.assertIsInstance(f, bytes)
            self.assertLess(len(f), 4 * len(text) + 256)  # compact: not a copy of the document
        with self.engine.stories_from_features(features) as stories:
            self.assertEqual(stories.json(), cli_json("stories"))
        with self.assertRaises(claimscan.ClaimscanError) as e:
            self.engine.stories_from_features([features[0][:-3]])
        self.assertEqual(e.exception.name, "invalid_argument")

    def test_compare_by_story_equals_cli(self):
        expected = cli_json("compare", "--stories")
        with self.engine.stories(self.docs) as stories, \
                self.engine.compare(self.docs, stories) as comparison:
            self.assertEqual(comparison.json(), expected)
            findings = comparison.findings()
            self.assertEqual(len(findings), len(expected["findings"]))
            self.assertTrue(findings)
            for f, want in zip(findings, expected["findings"]):
                self.assertEqual(f["story"], want["story"])

    def test_threshold_option(self):
        # No article reaches a similarity of 1 to a story: every article stands alone.
        with claimscan.Engine(story_threshold=1.0) as strict, strict.stories(self.docs) as s:
            self.assertEqual(len(s), len(self.docs))
        with self.assertRaises(claimscan.ClaimscanError):
            claimscan.Engine(story_threshold=1.5)

    def test_incremental(self):
        with self.engine.story_clusterer() as stories:
            seen = 0
            for d in self.docs:
                story = stories.add(d)
                seen = max(seen, story + 1)
                self.assertLessEqual(seen, len(stories))
            members = sorted(a for s in stories.stories() for a in s["articles"])
            self.assertEqual(members, list(range(len(self.docs))))
        with self.engine.stories(self.docs) as batch:
            with self.assertRaises(claimscan.ClaimscanError):
                batch.add(self.docs[0])


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1])
