"""Fine-tune all-MiniLM-L6-v2 on the Propaganda Techniques Corpus and export it to ONNX.

One encoder, two linear heads: a per-token tagger (is a word inside any technique: span
identification; and which techniques, as auxiliary outputs) and a span classifier (applied to the mean of a span's token vectors: technique
classification). Because the span head is linear, the exported graph gives it per token and
inference averages it over a span's tokens. Reproducible from a config file and the data path;
the model card records the data hashes, the split and the scores.

A small model learns from trained teachers as well as from the gold spans: it copies their mean
outputs on the fit articles and on unlabelled news texts (distillation), which keeps much of their
accuracy at a fraction of their cost. A teacher may be a larger encoder than the student's base
(all-mpnet-base-v2, 12 layers, 768 wide) reading the student's token windows; teachers trained alike
with other seeds make an ensemble whose mean errs less than any one of them. A teacher is kept as
torch weights, read on the training device; the shipped model is exported to ONNX.
"""

from __future__ import annotations

import json
import random
import time
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from presslens.evaluation.ptc import TECHNIQUES, PtcArticle, data_hash, load_articles, split_articles
from presslens.pipeline.windows import Window, token_windows
from presslens.train.bases import base_dir, vocabulary_map

#: The file a teacher's weights are kept in (a model exported with ``export = "torch"``).
TEACHER_WEIGHTS = "tagger.safetensors"


@dataclass(frozen=True)
class TrainConfig:
    name: str
    base: str
    layers: int
    seed: int
    split_seed: int
    dev_share: float
    calibration_share: float
    max_tokens: int
    epochs: int
    batch_size: int
    learning_rate: float
    warmup_share: float
    weight_decay: float
    positive_weight: float
    any_positive_weight: float
    span_loss_weight: float
    quantize: bool
    teacher_weight: float = 0.0  # weight of the teacher's outputs in the loss; 0: no teacher
    transfer: tuple[str, ...] = ()  # folders of unlabelled .txt news under the data path, read with a teacher
    transfer_articles: int = 0  # how many of their texts (a seeded sample)
    tokenizer_base: str = ""  # the base whose tokenizer cuts the windows, when not the encoder's own
    export: str = "onnx"  # "onnx": the shipped model, run by onnxruntime; "torch": a teacher's weights

    @classmethod
    def load(cls, path: Path | None = None) -> TrainConfig:
        text = path.read_text("utf-8") if path else resources.files(__package__).joinpath("techniques.toml").read_text("utf-8")
        values = tomllib.loads(text)
        values["transfer"] = tuple(values.get("transfer", ()))
        if values.get("export", "onnx") not in ("onnx", "torch"):
            raise ValueError(f"export must be 'onnx' or 'torch', not {values['export']!r}")
        return cls(**values)


@dataclass
class Example:
    window: Window
    token_labels: np.ndarray | None  # [tokens, techniques]; None for an unlabelled text
    spans: list[tuple[int, int, int]]  # first token, last token (inclusive), label index
    teacher_tokens: np.ndarray | None = None  # the teacher's token logits [tokens, 1 + techniques]
    teacher_spans: np.ndarray | None = None  # and its span-class logits [tokens, techniques]


def examples(article: PtcArticle, tokenizer: Any, max_tokens: int) -> list[Example]:
    out = []
    for window in token_windows(tokenizer, article.text, max_tokens):
        labels = np.zeros((len(window.offsets), len(TECHNIQUES)), dtype=np.float32)
        spans = []
        for span in article.spans:
            inside = [i for i, (s, e) in enumerate(window.offsets) if s < span.end and span.start < e]
            if not inside:
                continue
            k = TECHNIQUES.index(span.label)
            labels[inside, k] = 1.0
            spans.append((inside[0], inside[-1], k))
        out.append(Example(window, labels, spans))
    return out


def transfer_texts(data: Path, config: TrainConfig) -> list[PtcArticle]:
    """The unlabelled texts a student reads with its teacher: a seeded sample of the transfer folders."""
    paths = sorted(path for folder in config.transfer for path in (data / folder).glob("*.txt"))
    random.Random(config.seed).shuffle(paths)
    return [PtcArticle(f"{path.parent.as_posix()}/{path.stem}", path.read_text("utf-8")) for path in paths[: config.transfer_articles]]


_TEACHING_BATCH = 32  # windows a teacher reads at once, padded to the longest (most are full)


def teach(teachers: Sequence[Path], batch: list[Example], max_tokens: int, device: str = "cpu") -> None:
    """Fill in the teachers' mean logits for each example's window (each teacher must cut windows alike)."""
    sessions = []
    for teacher in teachers:
        settings = json.loads((teacher / "config.json").read_text("utf-8"))
        if settings["max_tokens"] != max_tokens:
            raise ValueError(f"the teacher in {teacher} reads windows of {settings['max_tokens']} tokens, not {max_tokens}")
        sessions.append(TorchSession(_load_teacher(teacher, device), device) if "torch" in settings else _onnx_session(teacher / settings["onnx"]))
    by_length = sorted(batch, key=lambda e: len(e.window.ids))
    for start in range(0, len(by_length), _TEACHING_BATCH):
        rows = by_length[start : start + _TEACHING_BATCH]
        ids = np.zeros((len(rows), len(rows[-1].window.ids)), dtype=np.int64)
        mask = np.zeros_like(ids)
        for row, example in enumerate(rows):
            ids[row, : len(example.window.ids)] = example.window.ids
            mask[row, : len(example.window.ids)] = 1
        outputs = [session.run(None, {"input_ids": ids, "attention_mask": mask}) for session in sessions]
        for row, example in enumerate(rows):
            end = len(example.window.ids) - 1  # [CLS] and [SEP] left out
            example.teacher_tokens = np.mean([tokens[row, 1:end] for tokens, _ in outputs], axis=0)
            example.teacher_spans = np.mean([spans[row, 1:end] for _, spans in outputs], axis=0)


def _onnx_session(path: Path) -> Any:
    import onnxruntime

    providers = [p for p in ("CUDAExecutionProvider", "CPUExecutionProvider") if p in onnxruntime.get_available_providers()]
    return onnxruntime.InferenceSession(str(path), providers=providers)


def _load_teacher(folder: Path, device: str) -> Any:
    """A teacher's tagger (its folder written with ``export = "torch"``), in evaluation mode on ``device``."""
    from safetensors.torch import load_file
    from transformers import AutoConfig, AutoModel

    settings = json.loads((folder / "config.json").read_text("utf-8"))
    kept = settings["torch"]
    encoder_dir = base_dir(kept["base"])
    encoder = AutoModel.from_config(AutoConfig.from_pretrained(str(encoder_dir), num_hidden_layers=kept["layers"]), attn_implementation="eager")
    model = _make_tagger(encoder, len(settings["labels"]), vocabulary_map(encoder_dir, base_dir(kept["tokenizer_base"])))
    model.load_state_dict(load_file(str(folder / TEACHER_WEIGHTS)))
    return model.float().to(device).eval()


class TorchSession:
    """A tagger in torch behind onnxruntime's ``run``, so that ``TechniqueModel`` reads a teacher too."""

    def __init__(self, model: Any, device: str) -> None:
        self.model, self.device = model, device

    def run(self, _names: object, feeds: dict[str, np.ndarray]) -> list[np.ndarray]:
        import torch

        with torch.no_grad():
            ids, mask = (torch.from_numpy(feeds[name]).to(self.device) for name in ("input_ids", "attention_mask"))
            return [t.float().cpu().numpy() for t in self.model(ids, mask)]


def train(data: Path, out: Path, config: TrainConfig, device: str = "cpu", log: Any = print, teachers: Sequence[Path] = ()) -> dict[str, Any]:
    """Train, export ONNX (or keep a teacher's torch weights), choose the SI thresholds on the calibration
    articles, write the training record."""
    import torch
    from tokenizers import Tokenizer
    from transformers import AutoModel

    random.seed(config.seed)
    np.random.seed(config.seed)
    torch.manual_seed(config.seed)
    encoder_dir, tokenizer_dir = base_dir(config.base), base_dir(config.tokenizer_base or config.base)
    tokenizer = Tokenizer.from_file(str(tokenizer_dir / "tokenizer.json"))

    articles = load_articles(data / "ptc", "train")
    train_articles, dev_articles = split_articles(articles, config.dev_share, config.split_seed)
    fit_articles, calibration_articles = split_articles(train_articles, config.calibration_share, config.split_seed)  # alike for every seed of an ensemble
    fit = [e for a in fit_articles for e in examples(a, tokenizer, config.max_tokens)]
    log(f"{len(fit_articles)} training articles ({len(fit)} windows), {len(calibration_articles)} calibration, {len(dev_articles)} dev")
    transfer: list[PtcArticle] = []
    if config.teacher_weight > 0:
        if not teachers:
            raise ValueError(f"{config.name} learns from a teacher (teacher_weight {config.teacher_weight}): name its folder")
        transfer = transfer_texts(data, config)
        fit += [replace(e, token_labels=None, spans=[]) for a in transfer for e in examples(a, tokenizer, config.max_tokens)]
        teach(teachers, fit, config.max_tokens, device)
        log(f"{len(teachers)} teacher(s) read them and {len(transfer)} unlabelled texts: {len(fit)} windows in all")

    # eager attention exports to plain MatMul/Softmax nodes, which onnxruntime runs about a quarter faster
    # on a CPU than the masked graph the SDPA export produces; the weights and the arithmetic are the same
    encoder = AutoModel.from_pretrained(str(encoder_dir), attn_implementation="eager", num_hidden_layers=config.layers)
    model = _make_tagger(encoder, len(TECHNIQUES), vocabulary_map(encoder_dir, tokenizer_dir)).float().to(device)  # token head: any + 14
    optimiser = torch.optim.AdamW(model.parameters(), lr=config.learning_rate, weight_decay=config.weight_decay)
    steps = config.epochs * ((len(fit) + config.batch_size - 1) // config.batch_size)
    warmup = max(1, int(steps * config.warmup_share))
    scheduler = torch.optim.lr_scheduler.LambdaLR(optimiser, lambda s: min((s + 1) / warmup, max(0.0, (steps - s) / max(1, steps - warmup))))
    positive = torch.tensor([config.any_positive_weight] + [config.positive_weight] * len(TECHNIQUES), device=device)
    started = time.time()
    step = 0
    for epoch in range(config.epochs):
        random.shuffle(fit)
        model.train()
        total = 0.0
        for batch_start in range(0, len(fit), config.batch_size):
            batch = fit[batch_start : batch_start + config.batch_size]
            ids, mask, labels, labelled, teacher_tokens, teacher_spans = _batch(batch, len(TECHNIQUES), device)
            labels = torch.cat([labels.amax(-1, keepdim=True), labels], dim=-1)  # first output: inside any technique
            token_logits, span_logits = model(ids, mask)
            token_mask = mask.clone()
            token_mask[:, 0] = 0
            token_mask[ids == 102] = 0  # [SEP]
            gold_mask = token_mask * labelled[:, None]
            loss_tokens = torch.nn.functional.binary_cross_entropy_with_logits(token_logits, labels, pos_weight=positive, reduction="none")
            loss = (loss_tokens.mean(-1) * gold_mask).sum() / gold_mask.sum().clamp(min=1)
            if teacher_tokens is not None:
                copied = torch.nn.functional.binary_cross_entropy_with_logits(token_logits, torch.sigmoid(teacher_tokens), reduction="none").mean(-1)
                copied = copied + ((span_logits - teacher_spans) ** 2).mean(-1)
                loss = loss + config.teacher_weight * (copied * token_mask).sum() / token_mask.sum()
            pooled, targets = [], []
            for row, example in enumerate(batch):
                for first, last, k in example.spans:
                    pooled.append(span_logits[row, first + 1 : last + 2].mean(0))
                    targets.append(k)
            if pooled:
                loss = loss + config.span_loss_weight * torch.nn.functional.cross_entropy(torch.stack(pooled), torch.tensor(targets, device=device))
            optimiser.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimiser.step()
            scheduler.step()
            step += 1
            total += loss.item()
            if step % 20 == 0:
                log(f"epoch {epoch + 1} step {step}/{steps} loss {total / (batch_start // config.batch_size + 1):.4f} ({time.time() - started:.0f} s)")
    out.mkdir(parents=True, exist_ok=True)
    model.eval()
    (out / "tokenizer.json").write_text((tokenizer_dir / "tokenizer.json").read_text("utf-8"), "utf-8")
    settings: dict[str, Any] = {"name": config.name, "labels": list(TECHNIQUES), "max_tokens": config.max_tokens, "si_threshold": 0.5, "si_low": 0.5, "si_gap": 1}
    session = None
    if config.export == "torch":
        from safetensors.torch import save_file

        weights = out / TEACHER_WEIGHTS
        save_file({name: tensor.contiguous() for name, tensor in model.state_dict().items()}, str(weights))
        settings["torch"] = {"base": config.base, "tokenizer_base": config.tokenizer_base or config.base, "layers": config.layers}
        session = TorchSession(model, device)
    else:
        weights = _export(model.cpu(), out, config.quantize)
        settings["onnx"] = weights.name
    (out / "config.json").write_text(json.dumps(settings, indent=2) + "\n", "utf-8")
    from presslens.pipeline.rhetoric import TechniqueModel, choose_threshold

    settings["si_threshold"], settings["si_low"], settings["si_gap"] = choose_threshold(TechniqueModel(out, session), calibration_articles)
    (out / "config.json").write_text(json.dumps(settings, indent=2) + "\n", "utf-8")
    record = {
        "config": config.__dict__,
        "trained_on": date.today().isoformat(),
        "training_seconds": round(time.time() - started),
        "device": device,
        "teachers": [_teacher_record(t) for t in teachers] if config.teacher_weight > 0 else [],
        "data": {
            "all_train_articles": data_hash(articles),
            "fit": data_hash(fit_articles),
            "calibration": data_hash(calibration_articles),
            "dev": data_hash(dev_articles),
            "fit_articles": len(fit_articles),
            "calibration_articles": len(calibration_articles),
            "dev_articles": len(dev_articles),
            **({"transfer": data_hash(transfer), "transfer_texts": len(transfer)} if transfer else {}),
        },
        "si_threshold": settings["si_threshold"],
        "si_low": settings["si_low"],
        "si_gap": settings["si_gap"],
        "size_bytes": weights.stat().st_size,
    }
    (out / "training.json").write_text(json.dumps(record, indent=2) + "\n", "utf-8")
    return record


def _teacher_record(teacher: Path) -> dict[str, Any]:
    """A teacher's name, seed, base and layers (None where its folder does not say) for the student's record."""
    record = teacher / "training.json"
    config = json.loads(record.read_text("utf-8"))["config"] if record.is_file() else {}
    return {"name": json.loads((teacher / "config.json").read_text("utf-8"))["name"], "seed": config.get("seed"), "base": config.get("base"), "layers": config.get("layers")}


def _batch(batch: list[Example], labels: int, device: str) -> tuple[Any, ...]:
    """Padded token ids, attention mask, gold labels, which rows have gold labels, and the teacher's
    token and span logits (None without a teacher)."""
    import torch

    width = max(len(e.window.ids) for e in batch)
    ids = torch.zeros((len(batch), width), dtype=torch.long)
    mask = torch.zeros((len(batch), width), dtype=torch.long)
    target = torch.zeros((len(batch), width, labels), dtype=torch.float32)
    labelled = torch.tensor([e.token_labels is not None for e in batch], dtype=torch.long)
    taught = batch[0].teacher_tokens is not None
    teacher_tokens = torch.zeros((len(batch), width, labels + 1), dtype=torch.float32) if taught else None
    teacher_spans = torch.zeros((len(batch), width, labels), dtype=torch.float32) if taught else None
    for row, example in enumerate(batch):
        n = len(example.window.ids)
        ids[row, :n] = torch.tensor(example.window.ids)
        mask[row, :n] = 1
        if example.token_labels is not None:
            target[row, 1 : n - 1] = torch.from_numpy(example.token_labels)
        if teacher_tokens is not None and teacher_spans is not None:
            teacher_tokens[row, 1 : n - 1] = torch.from_numpy(example.teacher_tokens)
            teacher_spans[row, 1 : n - 1] = torch.from_numpy(example.teacher_spans)
    moved = (t.to(device) if t is not None else None for t in (ids, mask, target, labelled, teacher_tokens, teacher_spans))
    return tuple(moved)


def _make_tagger(encoder: Any, labels: int, id_map: np.ndarray | None = None) -> Any:
    """The encoder with its two heads, reading the tokenizer's ids through ``id_map`` when the encoder
    numbers its pieces otherwise (torch is imported only here, for the [train] extra)."""
    import torch

    class Tagger(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.encoder = encoder
            self.token_head = torch.nn.Linear(encoder.config.hidden_size, labels + 1)
            self.span_head = torch.nn.Linear(encoder.config.hidden_size, labels)
            self.id_map = torch.from_numpy(id_map) if id_map is not None else None

        def forward(self, input_ids: Any, attention_mask: Any) -> tuple[Any, Any]:
            if self.id_map is not None:
                input_ids = self.id_map.to(input_ids.device)[input_ids]
            hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
            return self.token_head(hidden), self.span_head(hidden)

    return Tagger()


def _export(model: Any, out: Path, quantize: bool) -> Path:
    import torch

    example = torch.ones((1, 16), dtype=torch.long)
    path = out / "model.onnx"
    torch.onnx.export(
        model,
        (example, example),
        str(path),
        input_names=["input_ids", "attention_mask"],
        output_names=["token_logits", "span_logits"],
        dynamic_axes={name: {0: "batch", 1: "tokens"} for name in ("input_ids", "attention_mask", "token_logits", "span_logits")},
        opset_version=17,
        dynamo=False,
    )
    if not quantize:
        return path
    from onnxruntime.quantization import QuantType, quantize_dynamic

    quantized = out / "model.int8.onnx"
    quantize_dynamic(str(path), str(quantized), weight_type=QuantType.QInt8)
    path.unlink()
    return quantized
