"""The default lexicon as the build made it: ``claimtrack/lexicon/default.pickle``.

Reading the TOML files under ``claimtrack/data`` and making them into models costs ~20 ms of
every start-up (of the first ``extract``). ``bench/precompile_patterns.py`` pickles the default
lexicon, made the way :func:`claimtrack.lexicon.load_lexicon` makes it from the files, and
:func:`load` reads it back in ~2 ms.

The pickle is used only while it is what reading the files would give. It is stamped with
claimtrack's version and a checksum of every data file and of every module that reads them or
declares their shape (:data:`SOURCES`): on any difference :func:`load` returns None, and the
files are read as before. A stale pickle is never wrong, only slower:
``tests/test_lexicon_snapshot.py`` says when it is stale. Overlays never come here.

Each model is pickled as the values of its fields, and unpickled by pydantic's public
``model_construct``, as trusted.py makes it: not as pydantic's own pickling of a model's inner
state, which may change with pydantic's version.
"""

from __future__ import annotations

import io
import pickle
import zlib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pydantic import BaseModel

SNAPSHOT = Path(__file__).with_name("default.pickle")
PACKAGE = Path(__file__).parent.parent
# The modules whose code decides what the default lexicon is, besides the data files.
SOURCES = (
    "lexicon/__init__.py",
    "lexicon/sections.py",
    "lexicon/stance_sections.py",
    "lexicon/syntax_sections.py",
    "lexicon/trusted.py",
    "lexicon/fasttoml.py",
    "lexicon/snapshot.py",
)

Stamp = tuple[Any, ...]


def stamp(sections: Iterable[str]) -> Stamp | None:
    """What the default lexicon is made from: versions, and a checksum of each file.

    None when a module's source cannot be read (a package installed without it): then nothing
    says whether a snapshot is fresh, and none is used.
    """
    from .. import __version__

    sums: list[tuple[str, int, int] | tuple[str, None]] = []
    for name in sections:
        try:
            data = (PACKAGE / "data" / f"{name}.toml").read_bytes()
        except FileNotFoundError:  # a section without a file holds its defaults
            sums.append((name, None))
            continue
        except OSError:
            return None
        sums.append((name, len(data), zlib.crc32(data)))
    for source in SOURCES:
        try:
            data = (PACKAGE / source).read_bytes()
        except OSError:
            return None
        sums.append((source, len(data), zlib.crc32(data)))
    return (__version__, tuple(sums))


def dumps(lexicon: Any, sections: Iterable[str]) -> bytes:
    """The snapshot of ``lexicon``, which must be the default lexicon as the files make it."""
    cache = lexicon.__pydantic_private__["_cache"]
    if cache:  # what was built from it would be pickled too, and is no data
        raise ValueError("pickle a lexicon nothing was built from yet")
    made = stamp(sections)
    if made is None:
        raise ValueError("the package's sources cannot be read: no stamp")
    models = io.BytesIO()
    _Pickler(models, protocol=5).dump(lexicon)
    # Two pickles: the stamp is read, and checked, before any model is unpickled.
    return pickle.dumps((made, models.getvalue()), protocol=5)


def load(kind: type[Any], sections: Iterable[str]) -> Any | None:
    """The lexicon of :data:`SNAPSHOT` if it is fresh and of type ``kind``; otherwise None."""
    try:
        stored, data = pickle.loads(SNAPSHOT.read_bytes())
    except Exception:  # missing, or unreadable: read the files
        return None
    if stored != stamp(sections):
        return None
    try:
        lexicon = pickle.loads(data)
    except Exception:
        return None
    return lexicon if type(lexicon) is kind else None


class _Pickler(pickle.Pickler):
    """Pickles each pydantic model as its type, its fields set and its fields' values."""

    def reducer_override(self, obj: Any) -> Any:
        if isinstance(obj, BaseModel):
            # The names sorted: a set is pickled in the order of its hashes, which vary from
            # process to process, and the file would change each time it is written.
            return _construct, (type(obj), tuple(sorted(obj.model_fields_set)), obj.__dict__)
        return NotImplemented


def _construct(kind: type[BaseModel], names: tuple[str, ...], values: dict[str, Any]) -> BaseModel:
    return kind.model_construct(set(names), **values)
