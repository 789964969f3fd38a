"""claimscan from Python through the C ABI (libclaimscan.so.1), with ctypes only.

    from claimscan import Engine
    with Engine() as engine:
        docs = [engine.analyze(open(p, "rb").read(), id=p) for p in paths]
        with engine.compare(docs) as comparison:
            for finding in comparison.findings():
                print(finding["kind"], finding["summary"])
        # A mixed pile: group it into stories, then compare story by story.
        with engine.stories(docs) as stories, engine.compare(docs, stories) as comparison:
            print(stories.json(), comparison.json()["stories"])

The library is found, in order, at $CLAIMSCAN_LIBRARY, next to this module, in a build
directory of the source tree (build*/capi/), then on the system search path.
Results come as Python dicts: the JSON API (json()) for everything, accessor functions
(mentions(), claims(), findings()) for the hot fields without parsing JSON.
Offsets are bytes into the article as given (slice the bytes, not a str).
"""

import ctypes
import glob
import json
import os

__all__ = ["ClaimscanError", "Engine", "Document", "Comparison", "Stories", "library"]

_HERE = os.path.dirname(os.path.abspath(__file__))
ABI_VERSION = 1  # the SONAME this module is written for
API_VERSION = (1, 0)  # the header version this module mirrors

_STATUS_NAMES = {}  # filled from claimscan_status_str


class ClaimscanError(Exception):
    """A claimscan call failed: `status` is the (negative) code, `name` its name."""

    def __init__(self, status, name, message):
        super().__init__(f"{name}: {message}" if message else name)
        self.status = status
        self.name = name
        self.message = message


def _candidates():
    env = os.environ.get("CLAIMSCAN_LIBRARY")
    if env:
        yield env
        return
    for name in ("libclaimscan.so.1", "libclaimscan.so"):
        yield os.path.join(_HERE, name)
    root = os.path.dirname(os.path.dirname(_HERE))
    for path in sorted(glob.glob(os.path.join(root, "build*", "capi", "libclaimscan.so.1"))):
        yield path
    yield "libclaimscan.so.1"  # the dynamic loader's search path


def _load():
    errors = []
    for path in _candidates():
        if os.sep in path and not os.path.exists(path):
            continue
        try:
            return ctypes.CDLL(path)
        except OSError as e:
            errors.append(f"{path}: {e}")
    raise OSError("libclaimscan.so.1 not found (set CLAIMSCAN_LIBRARY): " + "; ".join(errors))


# ---- C declarations (capi/claimscan.h) ----------------------------------------------------

_status = ctypes.c_int32
_p = ctypes.c_void_p
_size_p = ctypes.POINTER(ctypes.c_size_t)
_u32_p = ctypes.POINTER(ctypes.c_uint32)

OPTION_DATA_DIR = 1
OPTION_GAZETTEER_FILE = 2
OPTION_LOAD_DEFAULT_GAZETTEERS = 3
OPTION_RECOGNISE_UNSEEN_NAMES = 4
OPTION_REMOVE_BOILERPLATE = 5
OPTION_REFERENCE_DATE = 6
OPTION_INVALID_UTF8 = 7
OPTION_MAX_INPUT_BYTES = 8
OPTION_ALIAS_SIMILARITY = 9
OPTION_STORY_THRESHOLD = 10
_INVALID_UTF8 = {"reject": 0, "replace": 1}
JSON_PRETTY = 1
FINDING_CONFLICT = 1


class _Sized(ctypes.Structure):
    """A struct whose first field, struct_size, is set to its size before each call."""

    def __init__(self):
        super().__init__()
        self.struct_size = ctypes.sizeof(self)


class _ArticleInfo(_Sized):
    _fields_ = [
        ("struct_size", ctypes.c_size_t),
        ("id", ctypes.c_char_p),
        ("text", ctypes.c_void_p),
        ("text_len", ctypes.c_size_t),
        ("title_begin", ctypes.c_uint32),
        ("title_end", ctypes.c_uint32),
        ("published", ctypes.c_char_p),
        ("published_confidence", ctypes.c_double),
        ("paragraph_count", ctypes.c_uint32),
        ("sentence_count", ctypes.c_uint32),
        ("removed_count", ctypes.c_uint32),
    ]


class _Mention(_Sized):
    _fields_ = [
        ("struct_size", ctypes.c_size_t),
        ("begin", ctypes.c_uint32),
        ("end", ctypes.c_uint32),
        ("type", ctypes.c_int32),
        ("recogniser", ctypes.c_int32),
        ("score", ctypes.c_float),
        ("entity", ctypes.c_int32),
        ("entity_id", ctypes.c_char_p),
    ]


class _Entity(_Sized):
    _fields_ = [
        ("struct_size", ctypes.c_size_t),
        ("id", ctypes.c_char_p),
        ("canonical", ctypes.c_char_p),
        ("type", ctypes.c_int32),
        ("mention_count", ctypes.c_uint32),
    ]


class _Claim(_Sized):
    _fields_ = [
        ("struct_size", ctypes.c_size_t),
        ("begin", ctypes.c_uint32),
        ("end", ctypes.c_uint32),
        ("sentence", ctypes.c_uint32),
        ("event", ctypes.c_char_p),
        ("trigger_begin", ctypes.c_uint32),
        ("trigger_end", ctypes.c_uint32),
        ("negated", ctypes.c_int32),
        ("hedged", ctypes.c_int32),
        ("attribution", ctypes.c_int32),
        ("speaker_begin", ctypes.c_uint32),
        ("speaker_end", ctypes.c_uint32),
        ("speaker_entity", ctypes.c_int32),
        ("direct_quote", ctypes.c_int32),
    ]


class _Finding(_Sized):
    _fields_ = [
        ("struct_size", ctypes.c_size_t),
        ("kind", ctypes.c_int32),
        ("conflict_type", ctypes.c_int32),
        ("article_count", ctypes.c_uint32),
        ("claim_count", ctypes.c_uint32),
        ("score", ctypes.c_double),
        ("syndicated", ctypes.c_int32),
        ("summary", ctypes.c_char_p),
        ("reason", ctypes.c_char_p),
        ("story", ctypes.c_int32),
    ]


class _Story(_Sized):
    _fields_ = [
        ("struct_size", ctypes.c_size_t),
        ("id", ctypes.c_uint32),
        ("article_count", ctypes.c_uint32),
        ("label", ctypes.c_char_p),
        ("first_published", ctypes.c_char_p),
        ("last_published", ctypes.c_char_p),
    ]


def _declare(lib):
    def fn(name, restype, *argtypes):
        f = getattr(lib, name)
        f.restype = restype
        f.argtypes = list(argtypes)

    pp = ctypes.POINTER(ctypes.c_void_p)
    cpp = ctypes.POINTER(ctypes.c_void_p)  # char** (kept as void* so it can be freed)
    fn("claimscan_version", ctypes.c_char_p)
    fn("claimscan_abi_version", ctypes.c_int)
    fn("claimscan_check_version", _status, ctypes.c_int, ctypes.c_int)
    fn("claimscan_status_str", ctypes.c_char_p, _status)
    fn("claimscan_last_error", ctypes.c_char_p)
    fn("claimscan_string_free", None, _p)
    for kind in ("entity_type", "attribution_kind", "finding_kind", "conflict_type"):
        fn(f"claimscan_{kind}_name", ctypes.c_char_p, ctypes.c_int32)
    fn("claimscan_options_create", _status, pp)
    fn("claimscan_options_destroy", None, _p)
    fn("claimscan_options_set_int", _status, _p, ctypes.c_int, ctypes.c_int64)
    fn("claimscan_options_set_double", _status, _p, ctypes.c_int, ctypes.c_double)
    fn("claimscan_options_set_string", _status, _p, ctypes.c_int, ctypes.c_char_p,
       ctypes.c_size_t)
    fn("claimscan_engine_create", _status, _p, pp)
    fn("claimscan_engine_destroy", None, _p)
    fn("claimscan_engine_last_error", ctypes.c_char_p, _p)
    fn("claimscan_document_create", _status, _p, ctypes.c_char_p, ctypes.c_char_p,
       ctypes.c_size_t, pp)
    fn("claimscan_document_destroy", None, _p)
    fn("claimscan_document_json", _status, _p, ctypes.c_uint32, cpp, _size_p)
    fn("claimscan_document_article", _status, _p, ctypes.POINTER(_ArticleInfo))
    fn("claimscan_document_mention_count", _status, _p, _size_p)
    fn("claimscan_document_mention_at", _status, _p, ctypes.c_size_t, ctypes.POINTER(_Mention))
    fn("claimscan_document_entity_count", _status, _p, _size_p)
    fn("claimscan_document_entity_at", _status, _p, ctypes.c_size_t, ctypes.POINTER(_Entity))
    fn("claimscan_document_claim_count", _status, _p, _size_p)
    fn("claimscan_document_claim_at", _status, _p, ctypes.c_size_t, ctypes.POINTER(_Claim))
    fn("claimscan_corpus_create", _status, _p, pp)
    fn("claimscan_corpus_destroy", None, _p)
    fn("claimscan_corpus_add_document", _status, _p, _p)
    fn("claimscan_corpus_compare", _status, _p, pp)
    fn("claimscan_comparison_destroy", None, _p)
    fn("claimscan_comparison_json", _status, _p, ctypes.c_uint32, cpp, _size_p)
    fn("claimscan_comparison_document_count", _status, _p, _size_p)
    fn("claimscan_comparison_document", _status, _p, ctypes.c_size_t, pp)
    fn("claimscan_comparison_finding_count", _status, _p, _size_p)
    fn("claimscan_comparison_finding_at", _status, _p, ctypes.c_size_t,
       ctypes.POINTER(_Finding))
    fn("claimscan_comparison_finding_claim", _status, _p, ctypes.c_size_t, ctypes.c_size_t,
       _u32_p, _u32_p)
    fn("claimscan_corpus_stories", _status, _p, pp)
    fn("claimscan_document_story_features", _status, _p, _p, cpp, _size_p)
    fn("claimscan_stories_from_features", _status, _p, ctypes.POINTER(ctypes.c_char_p),
       _size_p, ctypes.c_size_t, pp)
    fn("claimscan_stories_create", _status, _p, pp)
    fn("claimscan_stories_add_document", _status, _p, _p, _u32_p)
    fn("claimscan_stories_destroy", None, _p)
    fn("claimscan_stories_count", _status, _p, _size_p)
    fn("claimscan_stories_article_count", _status, _p, _size_p)
    fn("claimscan_stories_story_at", _status, _p, ctypes.c_size_t, ctypes.POINTER(_Story))
    fn("claimscan_stories_story_article", _status, _p, ctypes.c_size_t, ctypes.c_size_t,
       _u32_p, ctypes.POINTER(ctypes.c_char_p))
    fn("claimscan_stories_json", _status, _p, ctypes.c_uint32, cpp, _size_p)
    fn("claimscan_corpus_compare_stories", _status, _p, _p, pp)
    return lib


library = _declare(_load())
if library.claimscan_abi_version() != ABI_VERSION:
    raise ImportError(f"libclaimscan ABI {library.claimscan_abi_version()}, "
                      f"this module needs {ABI_VERSION}")
if library.claimscan_check_version(*API_VERSION) != 0:
    raise ImportError(library.claimscan_last_error().decode("utf-8", "replace"))


def _check(status):
    if status != 0:
        name = library.claimscan_status_str(status).decode()
        message = library.claimscan_last_error().decode("utf-8", "replace")
        raise ClaimscanError(status, name, message)


def _text(p):
    return p.decode("utf-8", "replace") if p is not None else None


def _name(fn, value):
    return _text(fn(value))


def _take_json(call, handle, pretty):
    out = ctypes.c_void_p()
    length = ctypes.c_size_t()
    _check(call(handle, JSON_PRETTY if pretty else 0, ctypes.byref(out), ctypes.byref(length)))
    try:
        return ctypes.string_at(out.value, length.value).decode("utf-8")
    finally:
        library.claimscan_string_free(out)


def _count(fn, handle):
    n = ctypes.c_size_t()
    _check(fn(handle, ctypes.byref(n)))
    return n.value


class _Handle:
    """Owns one C handle; close() (or leaving a `with` block) destroys it."""

    _destroy = None

    def __init__(self, handle):
        self._handle = handle

    @property
    def handle(self):
        if not self._handle:
            raise ValueError(f"{type(self).__name__} is closed")
        return self._handle

    def close(self):
        if self._handle:
            type(self)._destroy(self._handle)
            self._handle = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        try:
            self.close()
        except Exception:  # interpreter shutdown: the library may already be unloaded
            pass


class Document(_Handle):
    """One analysed article. Immutable; safe to read from several threads."""

    _destroy = staticmethod(library.claimscan_document_destroy)

    def json(self, pretty=False):
        """The `claimscan tag` JSON (docs/json.md) as a dict."""
        return json.loads(self.json_text(pretty))

    def json_text(self, pretty=False):
        return _take_json(library.claimscan_document_json, self.handle, pretty)

    def article(self):
        info = _ArticleInfo()
        _check(library.claimscan_document_article(self.handle, ctypes.byref(info)))
        text = ctypes.string_at(info.text, info.text_len) if info.text_len else b""
        return {
            "id": _text(info.id),
            "text": text,  # bytes: every offset indexes these
            "title": text[info.title_begin:info.title_end].decode("utf-8", "replace"),
            "title_span": (info.title_begin, info.title_end),
            "published": _text(info.published) or None,
            "published_confidence": info.published_confidence,
            "paragraphs": info.paragraph_count,
            "sentences": info.sentence_count,
            "removed": info.removed_count,
        }

    def mentions(self):
        out = []
        m = _Mention()
        for i in range(_count(library.claimscan_document_mention_count, self.handle)):
            _check(library.claimscan_document_mention_at(self.handle, i, ctypes.byref(m)))
            out.append({
                "start": m.begin, "end": m.end,
                "type": _name(library.claimscan_entity_type_name, m.type),
                "score": m.score,
                "entity": m.entity if m.entity >= 0 else None,
                "entity_id": _text(m.entity_id),
            })
        return out

    def entities(self):
        out = []
        e = _Entity()
        for i in range(_count(library.claimscan_document_entity_count, self.handle)):
            _check(library.claimscan_document_entity_at(self.handle, i, ctypes.byref(e)))
            out.append({
                "id": _text(e.id), "name": _text(e.canonical),
                "type": _name(library.claimscan_entity_type_name, e.type),
                "mentions": e.mention_count,
            })
        return out

    def claims(self):
        out = []
        c = _Claim()
        for i in range(_count(library.claimscan_document_claim_count, self.handle)):
            _check(library.claimscan_document_claim_at(self.handle, i, ctypes.byref(c)))
            out.append({
                "start": c.begin, "end": c.end, "sentence": c.sentence,
                "event": _text(c.event) or None,
                "trigger": (c.trigger_begin, c.trigger_end),
                "negated": bool(c.negated), "hedged": bool(c.hedged),
                "attribution": _name(library.claimscan_attribution_kind_name, c.attribution),
                "speaker": (c.speaker_begin, c.speaker_end)
                if c.speaker_end > c.speaker_begin else None,
                "speaker_entity": c.speaker_entity if c.speaker_entity >= 0 else None,
                "direct_quote": bool(c.direct_quote),
            })
        return out


class Comparison(_Handle):
    """What a set of documents agree on, contradict each other about, or only one says."""

    _destroy = staticmethod(library.claimscan_comparison_destroy)

    def json(self, pretty=False):
        """The `claimscan compare` JSON (docs/json.md) as a dict."""
        return json.loads(_take_json(library.claimscan_comparison_json, self.handle, pretty))

    def document(self, index):
        """Document `index` as it was compared (a new handle: close it or use `with`)."""
        out = ctypes.c_void_p()
        _check(library.claimscan_comparison_document(self.handle, index, ctypes.byref(out)))
        return Document(out.value)

    def findings(self):
        out = []
        f = _Finding()
        doc = ctypes.c_uint32()
        claim = ctypes.c_uint32()
        for i in range(_count(library.claimscan_comparison_finding_count, self.handle)):
            _check(library.claimscan_comparison_finding_at(self.handle, i, ctypes.byref(f)))
            refs = []
            for j in range(f.claim_count):
                _check(library.claimscan_comparison_finding_claim(
                    self.handle, i, j, ctypes.byref(doc), ctypes.byref(claim)))
                refs.append((doc.value, claim.value))
            out.append({
                "kind": _name(library.claimscan_finding_kind_name, f.kind),
                "conflict_type": _name(library.claimscan_conflict_type_name, f.conflict_type)
                if f.kind == FINDING_CONFLICT else None,
                "articles": f.article_count,
                "score": f.score,
                "syndicated": bool(f.syndicated),
                "summary": _text(f.summary),
                "reason": _text(f.reason),
                "story": f.story if f.story >= 0 else None,  # set when compared by story
                "claims": refs,  # (document index, claim index)
            })
        return out


class Stories(_Handle):
    """Articles grouped into stories (the same event or development), numbered in the order
    they were given. Made by Engine.stories (batch, as `claimscan stories`),
    Engine.stories_from_features (the same, from features computed elsewhere) or
    Engine.story_clusterer (incremental: add() one article at a time)."""

    _destroy = staticmethod(library.claimscan_stories_destroy)

    def add(self, document):
        """Adds the next article (incremental sets only); returns the index of its story."""
        story = ctypes.c_uint32()
        _check(library.claimscan_stories_add_document(self.handle, document.handle,
                                                      ctypes.byref(story)))
        return story.value

    def __len__(self):
        return _count(library.claimscan_stories_count, self.handle)

    def article_count(self):
        return _count(library.claimscan_stories_article_count, self.handle)

    def stories(self):
        """[{"id", "label", "articles": [article numbers], "ids": [article ids],
        "first_published", "last_published"}], dates "YYYY-MM-DD" or None."""
        out = []
        st = _Story()
        article = ctypes.c_uint32()
        article_id = ctypes.c_char_p()
        for i in range(len(self)):
            _check(library.claimscan_stories_story_at(self.handle, i, ctypes.byref(st)))
            numbers, ids = [], []
            for k in range(st.article_count):
                _check(library.claimscan_stories_story_article(
                    self.handle, i, k, ctypes.byref(article), ctypes.byref(article_id)))
                numbers.append(article.value)
                ids.append(_text(article_id.value))
            out.append({
                "id": st.id, "label": _text(st.label), "articles": numbers, "ids": ids,
                "first_published": _text(st.first_published) or None,
                "last_published": _text(st.last_published) or None,
            })
        return out

    def json(self, pretty=False):
        """The `claimscan stories --format json` output as a dict."""
        return json.loads(self.json_text(pretty))

    def json_text(self, pretty=False):
        return _take_json(library.claimscan_stories_json, self.handle, pretty)


class Engine(_Handle):
    """Compiled once from options; thread-safe to share. Keyword options mirror
    CLAIMSCAN_OPTION_* (docs/capi.md)."""

    _destroy = staticmethod(library.claimscan_engine_destroy)

    def __init__(self, data_dir=None, gazetteers=(), load_default_gazetteers=None,
                 recognise_unseen_names=None, remove_boilerplate=None, reference_date=None,
                 invalid_utf8=None, max_input_bytes=None, alias_similarity=None,
                 story_threshold=None):
        super().__init__(None)
        options = ctypes.c_void_p()
        _check(library.claimscan_options_create(ctypes.byref(options)))
        try:
            def set_string(key, value):
                raw = os.fsencode(value) if key != OPTION_REFERENCE_DATE else value.encode()
                _check(library.claimscan_options_set_string(options, key, raw, len(raw)))

            def set_int(key, value):
                _check(library.claimscan_options_set_int(options, key, int(value)))

            if data_dir is not None:
                set_string(OPTION_DATA_DIR, data_dir)
            for path in gazetteers:
                set_string(OPTION_GAZETTEER_FILE, path)
            if reference_date is not None:
                set_string(OPTION_REFERENCE_DATE, reference_date)
            for key, value in ((OPTION_LOAD_DEFAULT_GAZETTEERS, load_default_gazetteers),
                               (OPTION_RECOGNISE_UNSEEN_NAMES, recognise_unseen_names),
                               (OPTION_REMOVE_BOILERPLATE, remove_boilerplate),
                               (OPTION_MAX_INPUT_BYTES, max_input_bytes)):
                if value is not None:
                    set_int(key, value)
            if invalid_utf8 is not None:
                if invalid_utf8 not in _INVALID_UTF8:
                    raise ValueError("invalid_utf8 must be 'reject' or 'replace'")
                set_int(OPTION_INVALID_UTF8, _INVALID_UTF8[invalid_utf8])
            for key, value in ((OPTION_ALIAS_SIMILARITY, alias_similarity),
                               (OPTION_STORY_THRESHOLD, story_threshold)):
                if value is not None:
                    _check(library.claimscan_options_set_double(options, key, float(value)))
            engine = ctypes.c_void_p()
            _check(library.claimscan_engine_create(options, ctypes.byref(engine)))
            self._handle = engine.value
        finally:
            library.claimscan_options_destroy(options)

    def analyze(self, data, id=""):
        """Analyses one article (bytes, or str encoded as UTF-8) into a Document."""
        if isinstance(data, str):
            data = data.encode("utf-8")
        out = ctypes.c_void_p()
        _check(library.claimscan_document_create(self.handle, id.encode("utf-8"), data,
                                                 len(data), ctypes.byref(out)))
        return Document(out.value)

    def _corpus(self, documents):
        corpus = ctypes.c_void_p()
        _check(library.claimscan_corpus_create(self.handle, ctypes.byref(corpus)))
        try:
            for doc in documents:
                _check(library.claimscan_corpus_add_document(corpus, doc.handle))
        except BaseException:
            library.claimscan_corpus_destroy(corpus)
            raise
        return corpus

    def compare(self, documents, stories=None):
        """Compares documents (numbered in the order given) into a Comparison. With
        `stories` (a Stories of the same documents in the same order), compares story by
        story, as `claimscan compare --stories`."""
        corpus = self._corpus(documents)
        try:
            out = ctypes.c_void_p()
            if stories is None:
                _check(library.claimscan_corpus_compare(corpus, ctypes.byref(out)))
            else:
                _check(library.claimscan_corpus_compare_stories(corpus, stories.handle,
                                                                ctypes.byref(out)))
            return Comparison(out.value)
        finally:
            library.claimscan_corpus_destroy(corpus)

    def stories(self, documents):
        """Groups documents (numbered in the order given) into Stories, in batch."""
        corpus = self._corpus(documents)
        try:
            out = ctypes.c_void_p()
            _check(library.claimscan_corpus_stories(corpus, ctypes.byref(out)))
            return Stories(out.value)
        finally:
            library.claimscan_corpus_destroy(corpus)

    def story_features(self, document):
        """What story clustering reads from a document, as compact bytes: compute them where
        the article is analysed, cluster them anywhere with stories_from_features."""
        out = ctypes.c_void_p()
        length = ctypes.c_size_t()
        _check(library.claimscan_document_story_features(self.handle, document.handle,
                                                         ctypes.byref(out), ctypes.byref(length)))
        try:
            return ctypes.string_at(out.value, length.value)
        finally:
            library.claimscan_string_free(out)

    def stories_from_features(self, features):
        """Stories from a sequence of story_features() bytes: the same result as stories()
        on the documents in that order."""
        features = [bytes(f) for f in features]
        n = len(features)
        data = (ctypes.c_char_p * n)(*features)
        lens = (ctypes.c_size_t * n)(*(len(f) for f in features))
        out = ctypes.c_void_p()
        _check(library.claimscan_stories_from_features(self.handle, data, lens, n,
                                                       ctypes.byref(out)))
        return Stories(out.value)

    def story_clusterer(self):
        """An empty Stories to add() documents to as they arrive (online clustering)."""
        out = ctypes.c_void_p()
        _check(library.claimscan_stories_create(self.handle, ctypes.byref(out)))
        return Stories(out.value)


def version():
    return library.claimscan_version().decode()
