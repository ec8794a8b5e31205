"""What a benchmark ran on, written into its results: the same code runs about three times faster on an
x86-64 processor whose int8 and float kernels have AVX-512 and VNNI than on one with AVX2 alone, so a
figure means little without the processor's vector instructions."""

from __future__ import annotations

import os
import platform
import re
from pathlib import Path

#: The vector instructions onnxruntime's int8 products and numpy's BLAS choose their kernels by.
_VECTOR_EXTENSIONS = ("avx2", "avx512f", "avx512_vnni", "avx_vnni")


def describe() -> dict[str, object]:
    """CPU count, Python version, processor name and its vector instructions (from /proc/cpuinfo on Linux)."""
    machine: dict[str, object] = {"cpus": os.cpu_count(), "python": platform.python_version(), "processor": platform.machine()}
    try:
        info = Path("/proc/cpuinfo").read_text("utf-8")
    except OSError:
        return machine
    if name := re.search(r"^model name\s*:\s*(.+)$", info, re.MULTILINE):
        machine["processor"] = f"{platform.machine()}, {name.group(1).strip()}"
    if flags := re.search(r"^flags\s*:\s*(.+)$", info, re.MULTILINE):
        machine["vector_extensions"] = [flag for flag in _VECTOR_EXTENSIONS if flag in flags.group(1).split()]
    return machine


def summary(machine: dict[str, object]) -> str:
    """One line for a table or a model card: 'x86_64, AMD EPYC; avx2, avx512f, avx512_vnni'."""
    extensions = machine.get("vector_extensions")
    return f"{machine['processor']}; {', '.join(extensions)}" if isinstance(extensions, list) and extensions else str(machine["processor"])
