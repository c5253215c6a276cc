#!/usr/bin/env python3
"""Appends the draft translations in data-drafts/<lang>/<id>.toml to their entries in data/.

Each draft holds one table, [text.<lang>]. The entry is found by its id's file,
data/<kind>/<id>.toml. A language the entry already has is replaced by the draft when the
two differ (a draft that gained a body, or was corrected) and skipped when they are the same, so
running the script twice changes nothing. Every draft and every merged entry is parsed before
anything is written; nothing is written for a draft that fails.

Usage: python3 data-drafts/merge.py [--dry-run] [LANG ...]   (default: every language folder)
Needs Python 3.11 or later (tomllib).
"""
import argparse
import pathlib
import sys
import tomllib

DRAFTS = pathlib.Path(__file__).resolve().parent
DATA = DRAFTS.parent / "data"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("langs", nargs="*", help="language folders to merge (default: all)")
    parser.add_argument("--dry-run", action="store_true", help="report, write nothing")
    args = parser.parse_args()

    entries = {path.stem: path for path in DATA.glob("*/*.toml") if path.name != "synonyms.toml"}
    langs = args.langs or sorted(p.name for p in DRAFTS.iterdir() if p.is_dir())
    added = skipped = failed = 0
    for lang in langs:
        for draft in sorted((DRAFTS / lang).glob("*.toml")):
            entry = entries.get(draft.stem)
            if entry is None:
                print(f"FAIL {draft}: no entry data/*/{draft.stem}.toml")
                failed += 1
                continue
            text = draft.read_text(encoding="utf-8")
            try:
                table = tomllib.loads(text)
            except tomllib.TOMLDecodeError as e:
                print(f"FAIL {draft}: {e}")
                failed += 1
                continue
            if list(table) != ["text"] or list(table["text"]) != [lang]:
                print(f"FAIL {draft}: must hold exactly one table, [text.{lang}]")
                failed += 1
                continue
            current = entry.read_text(encoding="utf-8")
            header = f"[text.{lang}]"
            replaced = lang in tomllib.loads(current).get("text", {})
            if replaced:
                if tomllib.loads(current)["text"][lang] == table["text"][lang]:
                    print(f"skip {entry.relative_to(DATA.parent)}: already has this [text.{lang}]")
                    skipped += 1
                    continue
                # Replace the table: from its header to the next table header (or the end).
                lines = current.split("\n")
                start = lines.index(header)
                end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("[")), len(lines))
                rest = "\n".join(lines[end:]).strip("\n")
                merged = "\n".join(lines[:start]) + "\n" + text[text.index(header):].rstrip("\n") + "\n"
                if rest:
                    merged += "\n" + rest + "\n"
            else:
                merged = current.rstrip("\n") + "\n\n" + text.rstrip("\n") + "\n"
            try:
                tomllib.loads(merged)
            except tomllib.TOMLDecodeError as e:
                print(f"FAIL {entry}: merged file would not parse: {e}")
                failed += 1
                continue
            if not args.dry_run:
                entry.write_text(merged, encoding="utf-8")
            verb = ("would replace" if args.dry_run else "replaced") if replaced else ("would add" if args.dry_run else "added")
            print(f"{verb} [text.{lang}] {'in' if replaced else 'to'} {entry.relative_to(DATA.parent)}")
            added += 1
    print(f"{added} added, {skipped} skipped, {failed} failed{' (dry run)' if args.dry_run else ''}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
