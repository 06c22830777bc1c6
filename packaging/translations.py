"""Regenerate the app's translation sources (.ts) and compile them (.qm).

    uv run python packaging/translations.py          # after changing user-facing strings
    uv run python packaging/translations.py --check  # what CI asks: nothing left to do

pyside6-lupdate collects every `self.tr(...)`, `translate(...)` and `QT_TRANSLATE_NOOP(...)` of
app/ui into resources/translations/giftdesk_<lang>.ts (no line numbers, so moving code does not
change them; strings no longer in the code are dropped). Translate the new entries (Qt
Linguist: `pyside6-linguist FILE.ts`, or by hand), then run this again to compile the .qm files
the app loads. English needs only its plural forms ("%n card(s)" -> "1 card", "2 cards").
`--check` fails when a .ts is not in step with the code, has unfinished or empty entries or
lost a placeholder, or a .qm is not what its .ts compiles to.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "app" / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("en", "de", "fr", "es")
_PLACEHOLDER = re.compile(r"%n|%\d|\{[a-z_]+\}")


def _tool(name: str) -> str:
    """pyside6-lupdate or -lrelease from the environment that runs this script."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: run this with `uv run python {__file__}`")
    return found


def ts_path(code: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"giftdesk_{code}.ts"


def update(folder: Path = TRANSLATIONS) -> None:
    """Bring each .ts in `folder` in step with the code (new strings come in unfinished)."""
    folder.mkdir(parents=True, exist_ok=True)
    for code in LANGUAGES:
        args = [_tool("pyside6-lupdate"), "-silent", "-locations", "none", "-no-obsolete",
                "-extensions", "py", "-source-language", "en_US", "-target-language", code]
        if code == "en":
            args.append("-pluralonly")
        subprocess.run([*args, str(SOURCES), "-ts", str(ts_path(code, folder))], check=True,
                       cwd=ROOT)


def release(folder: Path = TRANSLATIONS, into: Path = TRANSLATIONS) -> None:
    """Compile each .ts of `folder` into a .qm in `into`."""
    for code in LANGUAGES:
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts_path(code, folder)),
                        "-qm", str(into / f"giftdesk_{code}.qm")], check=True, cwd=ROOT)


def problems_of(ts: Path) -> list[str]:
    """What is unfinished or wrong in one .ts file."""
    found: list[str] = []
    for message in ET.parse(ts).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished",
                                                              "obsolete"):
            found.append(f"{ts.name}: not translated: {source!r}")
            continue
        forms = ([f.text or "" for f in translation.iter("numerusform")]
                 if message.get("numerus") == "yes" else [translation.text or ""])
        for form in forms:
            if not form.strip():
                found.append(f"{ts.name}: empty translation: {source!r}")
            elif sorted(set(_PLACEHOLDER.findall(form)) - {"%n"}) != sorted(
                    set(_PLACEHOLDER.findall(source)) - {"%n"}):
                found.append(f"{ts.name}: placeholders differ: {source!r} -> {form!r}")
    return found


def check() -> list[str]:
    """Everything that `update` and `release` would still change, and every gap."""
    found: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        for code in LANGUAGES:
            if not ts_path(code).exists():
                found.append(f"{ts_path(code).name} is missing")
                continue
            shutil.copy(ts_path(code), ts_path(code, scratch))
        if found:
            return found
        update(scratch)
        for code in LANGUAGES:
            if ts_path(code, scratch).read_bytes() != ts_path(code).read_bytes():
                found.append(f"{ts_path(code).name} is not in step with the code: run "
                             f"`uv run python packaging/translations.py` and translate")
            found += problems_of(ts_path(code))
        release(TRANSLATIONS, scratch)
        for code in LANGUAGES:
            qm = TRANSLATIONS / f"giftdesk_{code}.qm"
            if not qm.exists() or qm.read_bytes() != (scratch / qm.name).read_bytes():
                found.append(f"{qm.name} is not compiled from its .ts: run "
                             f"`uv run python packaging/translations.py`")
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="change nothing; fail if anything is out of date or untranslated")
    args = parser.parse_args()
    if args.check:
        found = check()
        for line in found:
            print(line, file=sys.stderr)
        return 1 if found else 0
    update()
    release()
    for code in LANGUAGES:
        for line in problems_of(ts_path(code)):
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
