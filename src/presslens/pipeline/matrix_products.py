"""The English pipeline's matrix products through numpy's BLAS, on one thread.

thinc multiplies the matrices of spaCy's tok2vec, tagger, parser and NER layers with the BLIS kernels of
the ``blis`` wheel; on the AMD EPYC machines presslens is measured on they run at about 30 GFLOPS on one
core, where numpy's OpenBLAS runs the same products at about 90. Handing the products to numpy parses
the same text a fifth to a quarter faster (bench/speed.py), to the same tags, trees and entities. They run on one thread, as
the technique model does: a worker is one core, and batch runs use more workers, not more threads.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from spacy.language import Language
from thinc.api import NumpyOps
from threadpoolctl import ThreadpoolController


@lru_cache(maxsize=1)
def _blas() -> ThreadpoolController:
    """The BLAS libraries loaded in this process, found once (about 0.3 ms; each limit then costs about 20 µs)."""
    return ThreadpoolController()


class NumpyBlasOps(NumpyOps):
    """thinc's NumPy operations with ``gemm`` through ``numpy.dot`` on one BLAS thread."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(use_blis=False, **kwargs)

    def gemm(self, x: Any, y: Any, *, out: Any = None, trans1: bool = False, trans2: bool = False) -> Any:
        with _blas().limit(limits=1, user_api="blas"):
            return super().gemm(x, y, out=out, trans1=trans1, trans2=trans2)


def use_numpy_blas(nlp: Language) -> None:
    """Make every layer of the pipeline's trained components multiply through numpy's BLAS."""
    ops = NumpyBlasOps()
    for _, component in nlp.components:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            for layer in model.walk():
                layer.ops = ops
