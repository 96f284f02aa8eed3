"""Benchmarks of textclf-tune: ``python -m bench`` (see :mod:`bench.cli`).

Not tests: they time real training on the real archives and write ``results/bench/*.json`` and
``results/bench/SUMMARY.md``. Sections live in :mod:`bench.overhead`, :mod:`bench.data`,
:mod:`bench.pruning`, :mod:`bench.engines` and :mod:`bench.memory`; presets in
:mod:`bench.presets`. ``python -m bench.faults`` is the fault battery (full disk, torn journal,
read-only or corrupt storage, racing runs): a table of cases, see ``docs/reliability.md``.
``python -m bench.table`` trains configurations of a sweep once into a table, and ``python -m
bench.replay`` ranks search engines against it at an equal simulated budget (docs/benchmarks.md).
"""
