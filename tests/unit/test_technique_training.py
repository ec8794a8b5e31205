"""What the technique model's training reads before torch is imported: the unlabelled texts a student
learns from, and its teachers' outputs on each window."""

from __future__ import annotations

from dataclasses import replace
from importlib import resources
from pathlib import Path

import numpy as np
import pytest
from tokenizers import Tokenizer

from presslens.evaluation.ptc import TECHNIQUES, PtcArticle, TechniqueSpan
from presslens.pipeline.rhetoric import MODEL_DIR
from presslens.train.techniques import TrainConfig, examples, teach, transfer_texts

SHIPPED = Path(str(resources.files("presslens.resources").joinpath(MODEL_DIR)))


def _unlabelled(root: Path) -> None:
    for folder, count in (("ptc/unlabeled", 4), ("polnear/train/text", 5)):
        (root / folder).mkdir(parents=True)
        for n in range(count):
            (root / folder / f"story{n}.txt").write_text(f"Story {n} from {folder}.\n\nThe senator said it was a disgrace.\n", "utf-8")
    (root / "polnear" / "train" / "text" / "notes.ann").write_text("not a text", "utf-8")


def test_a_student_reads_a_seeded_sample_of_the_unlabelled_texts(tmp_path: Path) -> None:
    _unlabelled(tmp_path)
    config = replace(TrainConfig.load(), transfer=("ptc/unlabeled", "polnear/train/text"), transfer_articles=6)
    sample = transfer_texts(tmp_path, config)
    assert len(sample) == 6 and len({t.id for t in sample}) == 6
    assert all(not t.spans and t.text.startswith("Story") for t in sample)
    assert [t.id for t in transfer_texts(tmp_path, config)] == [t.id for t in sample]
    assert [t.id for t in transfer_texts(tmp_path, replace(config, seed=config.seed + 1))] != [t.id for t in sample]
    every = transfer_texts(tmp_path, replace(config, transfer_articles=50))
    assert len(every) == 9 and all(t.text.startswith("Story") for t in every)  # the .txt files only


def test_the_teacher_gives_its_outputs_for_every_token_of_each_window() -> None:
    text = "Headline\n\nThe vile thugs attacked our great nation again, the minister said.\n" * 30
    article = PtcArticle("1", text, [TechniqueSpan(text.index("vile"), text.index("vile") + 10, "Loaded_Language")])
    windows = examples(article, Tokenizer.from_file(str(SHIPPED / "tokenizer.json")), 256)
    assert len(windows) > 1 and windows[0].token_labels is not None
    teach([SHIPPED], windows, 256)
    for example in windows:
        tokens = len(example.window.offsets)
        assert example.teacher_tokens is not None and example.teacher_tokens.shape == (tokens, 1 + len(TECHNIQUES))
        assert example.teacher_spans is not None and example.teacher_spans.shape == (tokens, len(TECHNIQUES))


def test_a_teacher_that_cuts_other_windows_is_refused() -> None:
    windows = examples(PtcArticle("1", "The vile thugs attacked again.\n"), Tokenizer.from_file(str(SHIPPED / "tokenizer.json")), 128)
    with pytest.raises(ValueError, match="windows of 256 tokens, not 128"):
        teach([SHIPPED], windows, 128)


def test_windows_read_together_get_what_each_gets_alone() -> None:
    tokenizer = Tokenizer.from_file(str(SHIPPED / "tokenizer.json"))
    texts = ["The vile thugs attacked our great nation again, the minister said.\n" * n for n in (1, 3, 40)]
    windows = [e for n, text in enumerate(texts) for e in examples(PtcArticle(str(n), text), tokenizer, 256)]
    assert len({len(e.window.ids) for e in windows}) > 2  # of several lengths, so that the batch is padded
    alone = [replace(e) for e in windows]
    for example in alone:
        teach([SHIPPED], [example], 256)
    teach([SHIPPED], windows, 256)
    for together, single in zip(windows, alone, strict=True):
        assert together.teacher_tokens is not None and single.teacher_tokens is not None
        assert together.teacher_tokens.shape == single.teacher_tokens.shape
        gap = np.abs(together.teacher_tokens - single.teacher_tokens)
        assert gap.mean() < 0.15 and gap.max() < 1.0  # an int8 teacher scales its activations by the whole batch


def test_an_ensemble_of_teachers_gives_the_mean_of_their_outputs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import onnxruntime

    class Constant:  # a teacher whose every output is the number in its file's name
        def __init__(self, path: str, providers: list[str]) -> None:
            self.value = float(Path(path).stem)

        def run(self, _: None, inputs: dict[str, np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
            rows, width = inputs["input_ids"].shape
            return np.full((rows, width, 1 + len(TECHNIQUES)), self.value), np.full((rows, width, len(TECHNIQUES)), self.value)

    monkeypatch.setattr(onnxruntime, "InferenceSession", Constant)
    teachers = []
    for value in ("1", "4"):
        (tmp_path / value).mkdir()
        (tmp_path / value / "config.json").write_text(f'{{"max_tokens": 256, "onnx": "{value}.onnx"}}', "utf-8")
        teachers.append(tmp_path / value)
    windows = examples(PtcArticle("1", "The vile thugs attacked our great nation again.\n" * 60), Tokenizer.from_file(str(SHIPPED / "tokenizer.json")), 256)
    teach(teachers, windows, 256)
    for example in windows:
        assert example.teacher_tokens is not None and example.teacher_spans is not None
        assert example.teacher_tokens.shape[0] == len(example.window.offsets) and np.all(example.teacher_tokens == 2.5)
        assert np.all(example.teacher_spans == 2.5)
