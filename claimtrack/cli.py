"""The ``claimtrack`` command: parse arguments, call the library, stream the results.

A thin layer. Results go to stdout as each document finishes; the summary line, notes, the
progress bar (only when stderr is a terminal) and errors go to stderr. A
:class:`~claimtrack.errors.ClaimtrackError` becomes one line, ``claimtrack: error: <message>``,
and exit status 1; any other exception is a bug and propagates with its traceback. Exit status:
0 done, 1 bad input, 2 bad usage, 3 done but documents skipped (``--skip-errors``), 130
interrupted (what was written stays written). A closed pipe (``| head``) ends quietly with 0.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import itertools
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from . import __version__
from .batch import extract_many
from .errors import ClaimtrackError, InputError
from .export import (
    CLAIM_COLUMNS,
    FLAG_COLUMNS,
    TableWriter,
    claim_record,
    flag_record,
    timeline_columns,
    timeline_rows,
    to_jsonld,
)
from .io import dump_line, iter_records, seeds_path, write_text
from .lexicon import Lexicon, load_lexicon
from .model import Claim, Document, Flag
from .pipeline import extract
from .reconcile.flags import reconcile

PROG = "claimtrack"
EXIT_SKIPPED, EXIT_INTERRUPTED = 3, 130

EXAMPLES = {
    "extract": """\
examples:
  claimtrack extract seeds/
  claimtrack extract article.txt --published 2024-05-09 --source "Shafaq News"
  claimtrack extract scraped.jsonl --skip-errors > claims.jsonl
  claimtrack extract seeds/ --format csv --excel > claims.csv
""",
    "reconcile": """\
examples:
  claimtrack reconcile seeds/
  claimtrack reconcile claims-1.jsonl claims-2.jsonl > flags.jsonl
  claimtrack reconcile seeds/ --format csv > flags.csv
""",
    "report": """\
examples:
  claimtrack report seeds/ --format md
  claimtrack report claims.jsonl --format html -o report.html
""",
    "timeline": """\
examples:
  claimtrack timeline seeds/ > counts.csv
  claimtrack timeline claims.jsonl --count "death toll" > toll.csv
""",
    "seeds": """\
examples:
  claimtrack seeds
  claimtrack seeds my-folder/
""",
}
PATHS_HELP = (
    "a .txt article, a .jsonl file of documents or of claims (what extract writes), a folder "
    "(read recursively, with optional index.json files), or - for stdin"
)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (see the module docstring)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        # argparse exits on --help (0) and on usage errors (2); callers of main() get an int.
        return exit_.code if isinstance(exit_.code, int) else 2
    run = _Run(args)
    _utf8_stdout()
    try:
        return int(args.run(run))
    except ClaimtrackError as err:
        run.close()
        message = " ".join(str(err).split())  # one line, whatever the message holds
        print(f"{PROG}: error: {message}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader went away (``| head -1``): stop quietly; point stdout at nothing so that
        # the interpreter's final flush does not complain either.
        run.close()
        _silence_stdout()
        return 0
    except KeyboardInterrupt:
        run.close()
        _flush()
        print(f"{PROG}: interrupted after {_plural(run.documents, 'document')}", file=sys.stderr)
        return EXIT_INTERRUPTED


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``claimtrack`` command and its subcommands."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Turn news text into checkable claims and track them across sources.",
        epilog="Run 'claimtrack COMMAND --help' for a command's options and examples.",
    )
    parser.add_argument("--version", action="version", version=version_text())
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", required=True)
    inputs = _input_options()

    def add(name: str, summary: str) -> argparse.ArgumentParser:
        return commands.add_parser(
            name,
            parents=[inputs] if name != "seeds" else [],
            help=summary,
            description=summary,
            epilog=EXAMPLES[name],
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )

    tables = ("jsonl", "csv", "tsv", "jsonld")
    cmd = add(
        "extract", "Print the claims of each document as it finishes (JSON Lines or a table)."
    )
    _table_options(cmd, tables)
    cmd.set_defaults(run=run_extract)
    cmd = add("reconcile", "Print the changes (flags) between the claims of all documents.")
    _table_options(cmd, tables)
    cmd.set_defaults(run=run_reconcile)
    cmd = add("report", "Extract and reconcile, then write a readable report in Markdown or HTML.")
    cmd.add_argument("--format", choices=("md", "html"), default="md", help="default: md")
    cmd.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    cmd.set_defaults(run=run_report)
    cmd = add("timeline", "Print each count as a table: a row per day, a column per source.")
    _table_options(cmd, ("csv", "tsv"))
    cmd.add_argument("--count", metavar="NAME", help='only this count ("death toll")')
    cmd.set_defaults(run=run_timeline)
    cmd = add("seeds", "Copy the sample articles that ship with claimtrack into a folder.")
    cmd.add_argument("folder", nargs="?", default="seeds", help="where to (default: seeds)")
    cmd.set_defaults(run=run_seeds, quiet=False)
    return parser


def _input_options() -> argparse.ArgumentParser:
    inputs = argparse.ArgumentParser(add_help=False)
    inputs.add_argument("paths", nargs="+", metavar="PATH", help=PATHS_HELP)
    add = inputs.add_argument
    add("--published", metavar="DATE", help="publication date of documents without one")
    add("--source", metavar="NAME", help="outlet of documents without one")
    add("--doc-id", metavar="ID", help="id of a single .txt file (default: its name)")
    add("--lexicon", metavar="FILE", action="append", default=[], help="a TOML overlay")
    add("--skip-errors", action="store_true", help="report a bad document and go on")
    add(
        "--jobs",
        metavar="N",
        type=int,
        default=1,
        help="extract in N processes (claimtrack.extract_many); output keeps the input order",
    )
    add("-q", "--quiet", action="store_true", help="no summary, notes or progress on stderr")
    return inputs


def _table_options(cmd: argparse.ArgumentParser, formats: Sequence[str]) -> None:
    cmd.add_argument("--format", choices=formats, default=formats[0], help=f"default: {formats[0]}")
    cmd.add_argument("--excel", action="store_true", help="CSV/TSV Excel opens as UTF-8")


def version_text() -> str:
    """``claimtrack 0.1.0 (lexicon 1a2b3c4d)``: the lexicon version is a digest of its files."""
    digest = hashlib.sha256()
    data = resources.files("claimtrack") / "data"
    for name in sorted(p.name for p in data.iterdir() if p.name.endswith(".toml")):
        digest.update(name.encode() + b"\0" + (data / name).read_bytes())
    return f"{PROG} {__version__} (lexicon {digest.hexdigest()[:8]})"


# --- the run: inputs, the extraction loop, progress and messages -----------------------------
class _Run:
    """One command's state: its options, counters, the progress bar, notes said once."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.documents = self.claims = self.skipped = self.undated = 0
        self.read = 0  # claims read from files (what extract wrote), not extracted here
        self.bar: Any = None
        self._lexicon: Lexicon | None = None

    def records(self) -> Iterator[Document | Claim]:
        """The documents and claims of the paths, bad records reported when skipping."""
        a = self.args
        return iter_records(
            a.paths,
            published=a.published,
            source=a.source,
            doc_id=a.doc_id,
            on_error=self.skip if a.skip_errors else None,
        )

    def lexicon(self) -> Lexicon | None:
        # None lets extract() and reconcile() use the cached default lexicon.
        if self.args.lexicon and self._lexicon is None:
            self._lexicon = load_lexicon(*self.args.lexicon)
        return self._lexicon

    def claims_by_document(self, *, claims_allowed: bool = True) -> Iterator[list[Claim]]:
        """Each document's claims as it finishes, then the claims read from files, if any."""
        passed: list[Claim] = []

        def documents() -> Iterator[Document]:
            for record in self.records():
                if isinstance(record, Document):
                    yield record
                elif claims_allowed:
                    passed.append(record)
                else:
                    raise InputError(
                        f"{record.id} is a claim, and extract reads documents; give claims to "
                        "reconcile, report or timeline",
                        value=record.id,
                    )

        jobs = self.args.jobs
        if jobs < 1:
            raise InputError(f"--jobs takes a whole number of 1 or more, got {jobs}", value=jobs)
        for document, result in extract_each(documents(), lexicon=self.lexicon(), jobs=jobs):
            if isinstance(result, ClaimtrackError):
                if not self.args.skip_errors:
                    raise result
                self.skip(result, document)
                continue
            self.count(document, result)
            yield result
        if passed:
            self.read += len(passed)
            yield passed

    def count(self, document: Document, claims: Sequence[Claim]) -> None:
        self.documents += 1
        self.claims += len(claims)
        if document.published is None:
            self.undated += 1
        self.progress()

    def skip(self, err: ClaimtrackError, document: Document | None = None) -> None:
        self.skipped += 1
        where = f"document {document.doc_id!r}: " if document is not None else ""
        self.note(f"skipped {where}{' '.join(str(err).split())}", force=True)

    def note(self, message: str, *, force: bool = False) -> None:
        if force or not self.args.quiet:
            if self.bar is not None:
                self.bar.clear()
            print(f"{PROG}: {message}", file=sys.stderr)

    def progress(self) -> None:
        """A progress bar (documents, claims, rate) when stderr is a terminal."""
        if self.args.quiet or not sys.stderr.isatty():
            return
        if self.bar is None:
            from tqdm import tqdm  # only for a person at a terminal

            self.bar = tqdm(unit=" docs", file=sys.stderr, leave=False, dynamic_ncols=True)
        self.bar.update(1)
        self.bar.set_postfix(claims=self.claims, refresh=False)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None

    def finish(self, extra: str = "") -> int:
        """Print the summary line; the exit status (3 when documents were skipped)."""
        self.close()
        parts = []
        if self.documents or not self.read:
            parts = [_plural(self.documents, "document"), _plural(self.claims, "claim")]
            if self.undated:
                parts[0] += f" ({self.undated} undated)"
        if self.read:
            parts.append(f"{_plural(self.read, 'claim')} read from files")
        if self.skipped:
            parts.append(f"{self.skipped} skipped")
        self.note(", ".join(parts) + extra)
        if self.undated:
            self.note(
                f"{self.undated} of {self.documents} documents have no publication date: "
                'their relative dates ("on Tuesday") stay unresolved and claims without a '
                "date are left out of reconciliation. Give dates with --published YYYY-MM-DD, "
                'an index.json beside the files, or a "published" key on each .jsonl line'
            )
        return EXIT_SKIPPED if self.skipped else 0


def extract_each(
    documents: Iterable[Document], *, lexicon: Lexicon | None = None, jobs: int = 1
) -> Iterator[tuple[Document, list[Claim] | ClaimtrackError]]:
    """Each document with its claims (or the error it raised), as each one finishes, in order.

    The command line's one extraction loop. With ``jobs`` > 1 it runs on
    :func:`claimtrack.extract_many`'s process pool; a document that fails there stops the run
    (``--skip-errors`` goes on past bad documents with one process).
    """
    if jobs > 1:
        ahead, behind = itertools.tee(documents)
        yield from zip(behind, extract_many(ahead, jobs=jobs, lexicon=lexicon), strict=True)
        return
    for document in documents:
        try:
            yield document, extract(document, lexicon=lexicon)
        except ClaimtrackError as err:
            yield document, err


# --- commands --------------------------------------------------------------------------------
def run_extract(run: _Run) -> int:
    """``claimtrack extract``: claims on stdout as each document finishes."""
    out = _Writer(run.args, CLAIM_COLUMNS, claim_record)
    for claims in run.claims_by_document(claims_allowed=False):
        out.write(claims)
    out.close()
    return run.finish()


def run_reconcile(run: _Run) -> int:
    """``claimtrack reconcile``: flags on stdout."""
    _Writer.check(run.args)  # before the work, not after it
    flags = reconcile(_kept(run), lexicon=run.lexicon())
    out = _Writer(run.args, FLAG_COLUMNS, flag_record, jsonld_flags=True)
    out.write(flags)
    out.close()
    return run.finish(f", {len(flags)} flags")


def run_report(run: _Run) -> int:
    """``claimtrack report``: a Markdown or HTML report on stdout or in a file."""
    from .report import build_report  # imported here: only this command needs it

    claims = _kept(run)
    header = {"inputs": [str(p) for p in run.args.paths], "documents": run.documents}
    text = build_report(claims, run.args.format, header=header)
    if run.args.output:
        write_text(run.args.output, text)
        return run.finish(f"; wrote {run.args.output}")
    sys.stdout.write(text if text.endswith("\n") or not text else text + "\n")
    return run.finish()


def run_timeline(run: _Run) -> int:
    """``claimtrack timeline``: a row per count and day, a column per source."""
    from .reconcile.track import build_tracks

    rows = timeline_rows(build_tracks(_kept(run)), count=run.args.count)
    delimiter = "\t" if run.args.format == "tsv" else ","
    writer = TableWriter(
        sys.stdout, timeline_columns(rows) or ["date"], delimiter=delimiter, excel=run.args.excel
    )
    writer.write(rows)
    return run.finish(f", {len(rows)} rows")


def run_seeds(run: _Run) -> int:
    """``claimtrack seeds``: copy the bundled sample articles and their index.json."""
    target = Path(run.args.folder)
    source = seeds_path()
    names = sorted(p.name for p in source.iterdir() if p.suffix in (".txt", ".json"))
    for name in names:
        existing = target / name
        if existing.exists() and existing.read_bytes() != (source / name).read_bytes():
            raise InputError(f"{existing} exists and differs; choose another folder")
    try:
        target.mkdir(parents=True, exist_ok=True)
        for name in names:
            (target / name).write_bytes((source / name).read_bytes())
    except OSError as err:
        raise InputError(f"{target}: cannot write: {err.strerror}", path=str(target)) from err
    print(f"{PROG}: {len(names) - 1} articles and index.json in {target}/", file=sys.stderr)
    return 0


def _kept(run: _Run) -> list[Claim]:
    """The claims reconciliation can compare; the others are let go as each document finishes.

    A figure takes part only with a category and a date, a stance only with an actor and a date
    (``reconcile.counts.count_key`` and ``stance_key`` ask more, never less); statements never.
    """
    return [c for claims in run.claims_by_document() for c in claims if _comparable(c)]


def _comparable(c: Claim) -> bool:
    if c.date is None:
        return False
    if c.figure is not None and c.figure.category is not None:
        return True
    return c.stance is not None and c.who is not None


class _Writer:
    """Claims or flags to stdout as JSON Lines, CSV/TSV or one JSON-LD graph, flushed per batch."""

    def __init__(
        self,
        args: argparse.Namespace,
        columns: Sequence[str],
        flat: Any,
        jsonld_flags: bool = False,
    ) -> None:
        self.check(args)
        self.format, self.flat, self.jsonld_flags = args.format, flat, jsonld_flags
        self.table: TableWriter | None = None
        self.graph: list[Any] = []
        if self.format in ("csv", "tsv"):
            delimiter = "\t" if self.format == "tsv" else ","
            self.table = TableWriter(sys.stdout, columns, delimiter=delimiter, excel=args.excel)

    @staticmethod
    def check(args: argparse.Namespace) -> None:
        """Refuse options that do not go together."""
        if args.excel and args.format not in ("csv", "tsv"):
            raise InputError(f"--excel applies to --format csv or tsv, not {args.format}")

    def write(self, items: Sequence[Claim] | Sequence[Flag]) -> None:
        if self.table is not None:
            self.table.write(self.flat(i) for i in items)
        elif self.format == "jsonld":
            self.graph.extend(items)
            return
        else:
            sys.stdout.write("".join(dump_line(i) for i in items))
        sys.stdout.flush()

    def close(self) -> None:
        if self.format == "jsonld":
            import json

            graph = to_jsonld([], self.graph) if self.jsonld_flags else to_jsonld(self.graph)
            sys.stdout.write(json.dumps(graph, ensure_ascii=False, indent=1) + "\n")


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _utf8_stdout() -> None:
    # Results are UTF-8 whatever the locale says (a latin-1 terminal would otherwise stop at
    # the first curly quote with a UnicodeEncodeError).
    encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("-", "")
    if encoding != "utf8" and isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(encoding="utf-8")


def _flush() -> None:
    try:
        sys.stdout.flush()
    except (BrokenPipeError, ValueError):
        pass


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass  # not a real file (a test's capture): nothing will be flushed to a closed pipe
