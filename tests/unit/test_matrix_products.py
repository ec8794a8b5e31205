"""The English pipeline multiplies through numpy's BLAS on one thread, to the annotations spaCy gives."""

from __future__ import annotations

from typing import Any

import numpy as np
import spacy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, TAG
from threadpoolctl import threadpool_info

from presslens import Analyzer, read_articles
from presslens.pipeline.matrix_products import NumpyBlasOps, use_numpy_blas
from tests.conftest import FIXTURES, SEED


def test_every_trained_layer_of_the_pipeline_uses_numpy_blas(analyzer: Analyzer) -> None:
    models = [getattr(component, "model", None) for _, component in analyzer.nlp.components]
    layers = [layer for model in models if hasattr(model, "walk") for layer in model.walk()]
    assert len(layers) > 50
    assert all(isinstance(layer.ops, NumpyBlasOps) for layer in layers)


def test_tags_trees_and_entities_equal_spacys(analyzer: Analyzer) -> None:
    stock = spacy.load(f"{analyzer.nlp.meta['lang']}_{analyzer.nlp.meta['name']}")
    ours = spacy.load(f"{analyzer.nlp.meta['lang']}_{analyzer.nlp.meta['name']}")
    use_numpy_blas(ours)
    assert isinstance(ours.get_pipe("ner").model.ops, NumpyBlasOps) and not isinstance(stock.get_pipe("ner").model.ops, NumpyBlasOps)
    corpus = [a.text for a in read_articles(sorted((FIXTURES / "corpus").glob("*.json"))) if not isinstance(a, Exception)]
    texts = [SEED.read_text("utf-8"), *corpus]
    columns = [TAG, DEP, HEAD, ENT_IOB, ENT_TYPE]
    for theirs, mine in zip(stock.pipe(texts), ours.pipe(texts), strict=True):
        assert (theirs.to_array(columns) == mine.to_array(columns)).all()


class _RecordingNumpy:
    """numpy, noting how many BLAS threads each product ran with."""

    def __init__(self) -> None:
        self.threads: list[int] = []

    def dot(self, *args: Any, **kwargs: Any) -> Any:
        self.threads.append(max(info["num_threads"] for info in threadpool_info() if info["user_api"] == "blas"))
        return np.dot(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(np, name)


def test_products_run_on_one_blas_thread_and_transpose_as_asked() -> None:
    ops = NumpyBlasOps()
    recording = _RecordingNumpy()
    ops.xp = recording
    x = np.arange(6, dtype="f").reshape(2, 3)
    y = np.arange(12, dtype="f").reshape(4, 3)
    assert np.allclose(ops.gemm(x, y, trans2=True), x @ y.T)
    out = np.zeros((3, 3), dtype="f")
    assert ops.gemm(x, x, trans1=True, out=out) is out
    assert np.allclose(out, x.T @ x)
    assert recording.threads == [1, 1]
