"""What the compare page computes from the chosen paths, once per set of paths and language
instead of on every rerun (see components/memo.py): the matrix, the tables, the summary."""

from __future__ import annotations

from components.memo import by_paths
from polku import compare, exports

matrix = by_paths(compare.matrix)
rows = by_paths(compare.rows)
short_names = by_paths(compare.short_names)
difference_table = by_paths(exports.difference_table)
metrics_table = by_paths(exports.metrics_table)
summary_body = by_paths(exports.summary_body)
