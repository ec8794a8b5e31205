"""`presslens train`: fine-tune presslens' own models (needs the [train] extra)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from importlib import resources
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from presslens.cli.common import EXIT_USAGE, app, err

train_app = typer.Typer(help="Train presslens' own models (needs the \\[train] extra).", no_args_is_help=True)
app.add_typer(train_app, name="train")


@contextmanager
def _train_extra() -> Iterator[None]:
    """A library of the [train] extra (torch, transformers, scikit-learn) missing is a usage error that says what to install."""
    try:
        yield
    except ImportError as exc:
        hint = escape(f"training needs the [train] extra ({exc.name} is missing): pip install 'presslens[train]'")
        err.print(f"[red]error:[/red] {hint}")
        raise typer.Exit(EXIT_USAGE) from None


@train_app.command("techniques")
def train_techniques(
    data: Annotated[Path, typer.Option(help="Folder holding ptc/ (the Propaganda Techniques Corpus).")] = Path("../shared/data"),
    out: Annotated[Path, typer.Option(help="Where to write the model, its tokenizer, config and training record.")] = Path("out/techniques"),
    config: Annotated[Path | None, typer.Option(help="A training config (TOML); default: the one shipped in presslens.train.")] = None,
    device: Annotated[str, typer.Option(help="torch device: cpu, or cuda where a GPU is present.")] = "cpu",
    teacher: Annotated[
        list[Path] | None,
        typer.Option(help="A trained technique model folder the new one learns from, when its config has a teacher_weight; repeat it for an ensemble."),
    ] = None,
    seed: Annotated[int | None, typer.Option(help="Another training seed than the config's (the split stays): teachers of an ensemble.")] = None,
) -> None:
    """Fine-tune the technique model on PTC and export it to ONNX with its training record."""
    if not (data / "ptc" / "train" / "articles").is_dir():
        raise typer.BadParameter(f"no PTC articles under {data / 'ptc' / 'train'}", param_hint="--data")
    from presslens.train.techniques import TrainConfig, train

    settings = TrainConfig.load(config)
    if seed is not None:
        settings = replace(settings, seed=seed)
    teachers = teacher or []
    if settings.teacher_weight > 0 and not teachers:
        raise typer.BadParameter(f"{settings.name} learns from a teacher: give a trained technique model folder", param_hint="--teacher")
    for folder in teachers:
        if not (folder / "config.json").is_file():
            raise typer.BadParameter(f"no trained technique model in {folder} (its config.json is missing)", param_hint="--teacher")
    with _train_extra():
        record = train(data, out, settings, device=device, log=err.print, teachers=teachers)
    out_path = out / "training.json"
    err.print(f"wrote the model to {out} (threshold {record['si_threshold']}, {record['size_bytes']:,} bytes); record in {out_path}")


@train_app.command("technique-words")
def train_technique_words(
    data: Annotated[Path, typer.Option(help="Folder holding ptc/ (the Propaganda Techniques Corpus).")] = Path("../shared/data"),
    model: Annotated[Path | None, typer.Option(help="The technique model it completes (its split and probabilities); default: the shipped one.")] = None,
    out: Annotated[Path, typer.Option(help="Where to write the classifier and its training record.")] = Path("out/techniques"),
    config: Annotated[Path | None, typer.Option(help="A training config (TOML); default: the one shipped in presslens.train.")] = None,
) -> None:
    """Train the words classifier that labels technique spans beside the model (copy its file into the model's folder to use it)."""
    if not (data / "ptc" / "train" / "articles").is_dir():
        raise typer.BadParameter(f"no PTC articles under {data / 'ptc' / 'train'}", param_hint="--data")
    from presslens.pipeline.rhetoric import MODEL_DIR

    model_dir = model or Path(str(resources.files("presslens.resources").joinpath(MODEL_DIR)))
    if not (model_dir / "training.json").is_file():
        raise typer.BadParameter(f"no technique model (training.json) in {model_dir}", param_hint="--model")
    from presslens.train.technique_words import WordsConfig, train

    with _train_extra():
        record = train(data, model_dir, out, WordsConfig.load(config), log=err.print)
    err.print(
        f"wrote the classifier to {out} (C {record['regularisation']}, share {record['share']}, calibration TC "
        f"{record['calibration_tc_micro_f1']} against {record['calibration_tc_micro_f1_model_alone']} for the model alone)"
    )


@train_app.command("lexicon")
def train_lexicon(
    data: Annotated[Path, typer.Option(help="Folder holding ptc/ (the Propaganda Techniques Corpus).")] = Path("../shared/data"),
    out: Annotated[Path, typer.Option(help="Where to write the calibration (copy it into presslens/resources to use it).")] = Path("out/lexicon"),
) -> None:
    """Measure how often each lexicon pattern's matches lie on a PTC gold span of its label: the probability they carry."""
    if not (data / "ptc" / "train" / "articles").is_dir():
        raise typer.BadParameter(f"no PTC articles under {data / 'ptc' / 'train'}", param_hint="--data")
    from presslens.train.lexicon import train
    from presslens.train.techniques import TrainConfig

    split = TrainConfig.load()  # the technique model's dev split stays unread here too
    record = train(data, out, split.dev_share, split.split_seed)
    err.print(f"wrote the calibration of {len(record['patterns'])} patterns to {out} (lexicon-wide share {record['lexicon_wide_share']}, {record['articles']} articles)")


@train_app.command("attribution")
def train_attribution(
    data: Annotated[Path, typer.Option(help="Folder holding polnear/ (the PolNeAR corpus).")] = Path("../shared/data"),
    out: Annotated[Path, typer.Option(help="Where to write the tagger and its training record.")] = Path("out/attribution"),
    config: Annotated[Path | None, typer.Option(help="A training config (TOML); default: the one shipped in presslens.train.")] = None,
) -> None:
    """Train the attribution tagger (a CRF) on PolNeAR train/; dev/ is never read."""
    if not (data / "polnear" / "train" / "text").is_dir():
        raise typer.BadParameter(f"no PolNeAR articles under {data / 'polnear' / 'train'}", param_hint="--data")
    from presslens.train.attribution import TrainConfig, train

    record = train(data, out, TrainConfig.load(config), log=err.print)
    scores = ", ".join(f"{role} {f1}" for role, f1 in record["held_out_token_f1"].items())
    err.print(f"wrote the tagger to {out} ({record['size_bytes']:,} bytes; held-out token F1: {scores}); record in {out / 'training.json'}")
