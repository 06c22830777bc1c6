"""`giftdesk bench ledger|api|ui|scan|reports`: measurements that ship with the product."""

from __future__ import annotations

import argparse
import importlib
from typing import Any

BENCHES = {
    "ledger": "app.bench.ledger",
    "scan": "app.bench.scan",
    "ui": "app.bench.ui",
    "api": "app.bench.api",
    "reports": "app.bench.reports",
}


def register(sub: Any) -> None:
    parser = sub.add_parser("bench", help="run a benchmark and print its figures")
    parser.add_argument("name", choices=sorted(BENCHES), help="what to measure")
    parser.add_argument("--quick", action="store_true", help="smaller run, for a smoke test")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    module = importlib.import_module(BENCHES[args.name])
    result: int = module.main(quick=args.quick)
    return result
