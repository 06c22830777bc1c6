"""Command-line options of the counter app (`giftdesk [--data-dir DIR] [--ledger URL] …`)."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "GiftDesk"


def default_data_dir() -> Path:
    """The per-user data directory (platformdirs), e.g. ~/.local/share/GiftDesk."""
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


@dataclass(frozen=True)
class Options:
    """How this run of the app was asked to start."""

    data_dir: Path
    ledger_url: str | None = None
    training: bool = False
    camera_file: Path | None = None
    exit_when_ready: bool = False


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="giftdesk", description="GiftDesk counter app: redeem gift cards.")
    parser.add_argument("--data-dir", type=Path, metavar="DIR",
                        help="keep every file (ledger, settings, outbox, logs) in DIR")
    parser.add_argument("--ledger", metavar="URL",
                        help="use the remote ledger at URL instead of the embedded one")
    parser.add_argument("--training", action="store_true",
                        help="start in training mode: no real card changes")
    parser.add_argument("--camera-file", type=Path, metavar="FILE",
                        help="use a video file or a folder of images as the camera")
    parser.add_argument("--exit-when-ready", action="store_true", help=argparse.SUPPRESS)
    return parser


def parse_options(argv: Sequence[str]) -> Options:
    """Read the app's options; unknown arguments are an error, as for any command."""
    args = build_parser().parse_args(list(argv))
    data_dir = (args.data_dir or default_data_dir()).expanduser().resolve()
    return Options(data_dir=data_dir, ledger_url=args.ledger, training=args.training,
                   camera_file=args.camera_file, exit_when_ready=args.exit_when_ready)
