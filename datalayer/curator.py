"""The command line of the curator's writes (datalayer.curation): `check`, `add` and `correct`.

Options are the files' own column names (`--source-url` for source_url), so the command and the schema never
disagree. A refused write prints the file, line, column and rule, and exits 2 with nothing written.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date

from datalayer import vocab, watch
from datalayer.curation import ROW_KINDS, Refused, add_row, correct_rows, every_data_file, read_rows, record_check
from datalayer.domain.headline import headline
from datalayer.loading.paths import data_dir
from datalayer.loading.tables import Tables, load_tables
from datalayer.words import headline_tiles

COMMANDS = ("check", "add", "correct", "watch")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date written YYYY-MM-DD") from None


def _pairs(items: list[str], option: str) -> dict[str, str]:
    pairs = {}
    for item in items or []:
        column, sep, value = item.partition("=")
        if not sep:
            raise Refused(f"{option} takes COLUMN=VALUE, not {item!r}")
        pairs[column.strip()] = value
    return pairs


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="python -m datalayer", description="The curator's writes.")
    commands = top.add_subparsers(dest="command", required=True)

    check = commands.add_parser("check", help="record a check of files against their sources")
    which = check.add_mutually_exclusive_group(required=True)
    which.add_argument("--file", action="append", help="a data file checked (repeat for several)")
    which.add_argument("--all", action="store_true", help="every data file")
    check.add_argument("--searched", required=True, help="where and what was searched")
    check.add_argument("--found", required=True, help="what the search found")
    check.add_argument("--outcome", required=True, choices=list(vocab.CHECK_OUTCOMES))
    check.add_argument("--on", type=_day, help="the day of the check (default today)")

    add = commands.add_parser("add", help="add a row: an ILRS tie, an Artemis signatory, a count, a milestone")
    kinds = add.add_subparsers(dest="row_kind", required=True)  # "kind" is a column of two files
    for kind, row_kind in ROW_KINDS.items():
        sub = kinds.add_parser(kind, help=f"a row of data/{row_kind.dataset.file}")
        header, _ = read_rows(data_dir() / row_kind.dataset.file)
        for column in header:
            sub.add_argument(f"--{column.replace('_', '-')}", dest=column, default="")
        sub.add_argument("--reason", required=True, help="why the row is added (the changes feed)")
        sub.add_argument("--change", help="the change as a reader reads it (default: written from the row)")
        sub.add_argument("--recorded", type=_day, help="the day the change is recorded (default today)")

    correct = commands.add_parser("correct", help="correct or downgrade one row")
    correct.add_argument("file", choices=every_data_file())
    correct.add_argument("--where", action="append", required=True, help="COLUMN=VALUE naming the one row")
    correct.add_argument("--set", action="append", required=True, help="COLUMN=VALUE to write")
    correct.add_argument("--change-kind", default=vocab.CORRECTED, choices=[vocab.CORRECTED, vocab.DOWNGRADED])
    correct.add_argument("--change", required=True, help="the change as a reader reads it")
    correct.add_argument("--reason", required=True)
    correct.add_argument("--source-url", required=True)
    correct.add_argument("--source-publisher", required=True)
    correct.add_argument("--recorded", type=_day)

    watching = commands.add_parser("watch", help="read the agencies' feeds and print candidate rows (writes nothing)")
    watching.add_argument("--feed", action="append", default=[], help="a feed's path or address (repeat for several)")
    watching.add_argument("--since", type=_day, help="only items published on or after this day (YYYY-MM-DD)")
    watching.add_argument("--only-given", action="store_true", help="read only the --feed ones, not data/feeds.csv")
    return top


def what_pages_show(tables: Tables) -> str:
    """The headline tiles the overview will now show, one per line."""
    h = headline(tables.partners, tables.artemis_accords, None, tables.checked_on)
    tiles = (
        headline_tiles.partner_tile(h),
        headline_tiles.institutions_tile(h),
        headline_tiles.weaker_tile(h),
        headline_tiles.artemis_tile(h),
    )
    lines = [f"  {t.label}: {t.value} ({t.delta})" for t in tiles]
    return "The overview will show:\n" + "\n".join(lines) + f"\n  Data checked to {tables.checked_on}."


def run(argv: list[str]) -> int:
    args = parser().parse_args(argv)
    if args.command == "watch":
        tables = load_tables()
        feeds = [*([] if args.only_given else watch.listed_feeds(tables)), *map(watch.given_feed, args.feed)]
        print("\n".join(watch.report_lines(watch.watch(feeds, tables, args.since))))
        return 0
    try:
        if args.command == "check":
            tables = record_check(
                every_data_file() if args.all else args.file, args.searched, args.found, args.outcome, args.on
            )
            print("recorded the check in data/checks.csv")
        elif args.command == "add":
            fields = {
                k: v
                for k, v in vars(args).items()
                if k not in ("command", "row_kind", "reason", "change", "recorded") and v
            }
            sentence, tables = add_row(args.row_kind, fields, args.reason, args.change, args.recorded)
            print(f"added: {sentence}")
        else:
            tables = correct_rows(
                args.file,
                _pairs(args.where, "--where"),
                _pairs(args.set, "--set"),
                args.reason,
                args.change,
                args.source_url,
                args.source_publisher,
                args.change_kind,
                args.recorded,
            )
            print(f"{args.change_kind}: {args.change}")
    except Refused as refusal:
        print(f"REFUSED, nothing written:\n{refusal}", file=sys.stderr)
        return 2
    print(what_pages_show(tables))
    return 0
