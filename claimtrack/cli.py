"""The ``claimtrack`` command: parse arguments, call the library, print JSON Lines.

A thin layer. Results go to stdout; the summary line and errors go to stderr. A
:class:`~claimtrack.errors.ClaimtrackError` becomes one line, ``claimtrack: error: <message>``,
and exit status 1; any other exception is a bug and propagates with its traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from importlib import metadata

from .errors import ClaimtrackError
from .io import read_documents, write_jsonl, write_text
from .lexicon import Lexicon, load_lexicon
from .model import Claim, Document
from .pipeline import extract
from .reconcile.flags import reconcile

PROG = "claimtrack"

EXTRACT_EXAMPLES = """\
examples:
  claimtrack extract seeds/
  claimtrack extract article.txt --published 2024-05-09 --source "Shafaq News"
  claimtrack extract docs.jsonl --lexicon my_terms.toml > claims.jsonl
"""
RECONCILE_EXAMPLES = """\
examples:
  claimtrack reconcile seeds/
  claimtrack reconcile monday.jsonl tuesday.jsonl > flags.jsonl
"""
REPORT_EXAMPLES = """\
examples:
  claimtrack report seeds/ --format md
  claimtrack report seeds/ --format html -o report.html
"""
PATHS_HELP = (
    "a .txt article, a .jsonl file of documents ({id, text, published, source} per line), "
    "or a folder of .txt articles (with an optional index.json giving ids, dates and sources)"
)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (0 ok, 1 bad input, 2 bad usage)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        # argparse exits on --help (0) and on usage errors (2); callers of main() get an int.
        return exit_.code if isinstance(exit_.code, int) else 2
    try:
        return int(args.run(args))
    except ClaimtrackError as err:
        message = " ".join(str(err).split())  # one line, whatever the message holds
        print(f"{PROG}: error: {message}", file=sys.stderr)
        return 1


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``claimtrack`` command and its subcommands."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Turn news text into checkable claims and track them across sources.",
        epilog="Run 'claimtrack COMMAND --help' for a command's options and examples.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", required=True)

    inputs = argparse.ArgumentParser(add_help=False)
    inputs.add_argument("paths", nargs="+", metavar="PATH", help=PATHS_HELP)
    inputs.add_argument(
        "--published",
        metavar="DATE",
        help="publication date (YYYY-MM-DD) of the .txt files named on the command line",
    )
    inputs.add_argument(
        "--source", metavar="NAME", help="outlet of the .txt files named on the command line"
    )
    inputs.add_argument(
        "--doc-id", metavar="ID", help="document id of a single .txt file (default: file stem)"
    )
    inputs.add_argument(
        "--lexicon",
        metavar="FILE",
        action="append",
        default=[],
        help="a TOML overlay extending the default word lists; repeat for several",
    )
    inputs.add_argument(
        "-q", "--quiet", action="store_true", help="do not print the summary line on stderr"
    )

    def add(name: str, summary: str, examples: str) -> argparse.ArgumentParser:
        return commands.add_parser(
            name,
            parents=[inputs],
            help=summary,
            description=summary,
            epilog=examples,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )

    extract_cmd = add(
        "extract", "Print the claims found in each document as JSON Lines.", EXTRACT_EXAMPLES
    )
    extract_cmd.set_defaults(run=run_extract)

    reconcile_cmd = add(
        "reconcile",
        "Extract claims from all documents and print the changes between them "
        "(flags) as JSON Lines.",
        RECONCILE_EXAMPLES,
    )
    reconcile_cmd.set_defaults(run=run_reconcile)

    report_cmd = add(
        "report",
        "Extract and reconcile, then print a readable report in Markdown or HTML.",
        REPORT_EXAMPLES,
    )
    report_cmd.add_argument(
        "--format", choices=("md", "html"), default="md", help="report format (default: md)"
    )
    report_cmd.add_argument(
        "-o", "--output", metavar="FILE", help="write the report to FILE instead of stdout"
    )
    report_cmd.set_defaults(run=run_report)
    return parser


def run_extract(args: argparse.Namespace) -> int:
    """``claimtrack extract``: claims as JSON Lines on stdout."""
    documents = _read(args)
    claims = _extract_all(documents, _lexicon(args))
    write_jsonl(claims, sys.stdout)
    _say(args, f"{len(documents)} documents, {len(claims)} claims")
    return 0


def run_reconcile(args: argparse.Namespace) -> int:
    """``claimtrack reconcile``: flags as JSON Lines on stdout."""
    documents = _read(args)
    claims = _extract_all(documents, _lexicon(args))
    flags = reconcile(claims)
    write_jsonl(flags, sys.stdout)
    _say(args, f"{len(documents)} documents, {len(claims)} claims, {len(flags)} flags")
    return 0


def run_report(args: argparse.Namespace) -> int:
    """``claimtrack report``: a Markdown or HTML report on stdout or in a file."""
    from .report import build_report  # imported here: only this command needs it

    documents = _read(args)
    claims = _extract_all(documents, _lexicon(args))
    text = build_report(claims, args.format)
    if args.output:
        write_text(args.output, text)
        _say(args, f"{len(documents)} documents, {len(claims)} claims; wrote {args.output}")
    else:
        sys.stdout.write(text if text.endswith("\n") or not text else text + "\n")
        _say(args, f"{len(documents)} documents, {len(claims)} claims")
    return 0


def _read(args: argparse.Namespace) -> list[Document]:
    return read_documents(
        args.paths, published=args.published, source=args.source, doc_id=args.doc_id
    )


def _lexicon(args: argparse.Namespace) -> Lexicon | None:
    # None lets extract() use its cached default lexicon.
    return load_lexicon(*args.lexicon) if args.lexicon else None


def _extract_all(documents: Sequence[Document], lexicon: Lexicon | None) -> list[Claim]:
    claims: list[Claim] = []
    for document in documents:
        claims.extend(extract(document, lexicon=lexicon))
    return claims


def _say(args: argparse.Namespace, message: str) -> None:
    if not args.quiet:
        print(f"{PROG}: {message}", file=sys.stderr)


def _version() -> str:
    try:
        return metadata.version("claimtrack")
    except metadata.PackageNotFoundError:  # running from a source tree that is not installed
        return "unknown"
