"""The ledger's busiest statements, run on the database driver's own cursor.

Every change of a card runs the same few statements (its request's earlier answer, the card
locked for update, the conditional update of its plan, its journal row, its stored answer).
Through SQLAlchemy's `Connection.execute` each costs 20–25 µs of Python on SQLite and about
80 µs more than the driver itself on PostgreSQL, several times what the database spends on it,
and the ledger's one writer runs them while it holds SQLite's write lock. A `Prepared`
statement is compiled once per database and executed on the driver's cursor of the same
connection (so in the same transaction), with SQLAlchemy's own conversions of parameters and
results (`UTCDateTime`, booleans on SQLite) and its error types, and `before_cursor_execute`
listeners still told. The statements are the SQLAlchemy Core ones: nothing is written twice.

Whether a statement returns rows, and their columns, is known when it is compiled, so the
cursor's `description` is never asked for: psycopg builds a `Column` object for every column
each time it is (a fifth of a PostgreSQL redemption's time in the ledger). A textual statement
declares its columns (`text(...).columns(...)`), or is refused when it is built.
"""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, exc
from sqlalchemy.sql import ClauseElement
from sqlalchemy.sql.elements import TextClause

_Processor = Callable[[Any], Any] | None


def _row_type(names: Sequence[str]) -> type:
    """A tuple with attribute access by column name, and `_mapping` as on SQLAlchemy's Row."""
    base = namedtuple("DriverRow", names)  # type: ignore[misc]
    return type("DriverRow", (base,), {
        "__slots__": (), "_mapping": property(lambda self: self._asdict())})


def _key(conn: Connection) -> tuple[type, str]:
    return type(conn.dialect), conn.dialect.paramstyle


@dataclass(frozen=True)
class _Compiled:
    sql: str
    positional: tuple[str, ...] | None  # the parameters' order for a positional driver
    binds: tuple[tuple[str, Callable[[Any], Any]], ...]  # parameters to convert
    results: tuple[_Processor, ...] | None  # None: nothing to convert
    row: type | None  # None: the statement returns no rows


class Prepared:
    """A Core statement run on the driver's cursor of a SQLAlchemy connection (see module).

    Call it always with the same parameter names: the statement is compiled for the first."""

    def __init__(self, statement: ClauseElement) -> None:
        if isinstance(statement, TextClause):
            raise ValueError("declare a textual statement's columns: text(...).columns(...)")
        self.statement = statement
        # By dialect class and parameter style: one entry per kind of database, whatever the
        # number of engines.
        self._compiled: dict[tuple[type, str], _Compiled] = {}

    def _compile(self, conn: Connection, params: Mapping[str, Any]) -> _Compiled:
        dialect = conn.dialect
        compiled: Any = self.statement.compile(dialect=dialect, column_keys=list(params))
        binds = tuple((name, process) for name, process
                      in compiled._bind_processors.items() if process is not None)
        result_columns = compiled._result_columns
        results: tuple[_Processor, ...] | None = None
        row = None
        if result_columns:
            processors = tuple(column.type._cached_result_processor(dialect, None)
                               for column in result_columns)
            results = processors if any(processors) else None
            row = _row_type([column.keyname for column in result_columns])
        positional = tuple(compiled.positiontup) if compiled.positional else None
        sql = str(compiled)
        if "POSTCOMPILE" in sql:  # parameters rendered at execution: not for this path
            raise ValueError(f"{sql!r} needs SQLAlchemy's execution")
        prepared = _Compiled(sql, positional, binds, results, row)
        self._compiled[_key(conn)] = prepared
        return prepared

    def execute(self, conn: Connection, params: Mapping[str, Any]) -> list[Any]:
        """Run the statement; its rows (none for a statement that returns none)."""
        compiled = self._compiled.get(_key(conn)) or self._compile(conn, params)
        values = dict(params)
        for name, process in compiled.binds:
            values[name] = process(values[name])
        sent: Any = (values if compiled.positional is None
                     else tuple(values[name] for name in compiled.positional))
        dbapi_connection: Any = conn.connection.dbapi_connection
        cursor = dbapi_connection.cursor()
        try:
            for listener in conn.dispatch.before_cursor_execute:
                listener(conn, cursor, compiled.sql, sent, None, False)
            try:
                cursor.execute(compiled.sql, sent)
                fetched = cursor.fetchall() if compiled.row is not None else []
            except conn.dialect.loaded_dbapi.Error as error:
                disconnected = conn.dialect.is_disconnect(error, dbapi_connection, cursor)
                if disconnected:
                    conn.invalidate(error)
                raise exc.DBAPIError.instance(
                    compiled.sql, sent, error, conn.dialect.loaded_dbapi.Error,
                    connection_invalidated=disconnected, dialect=conn.dialect) from error
        finally:
            cursor.close()
        if not fetched:
            return []
        row: Any = compiled.row
        if compiled.results is None:
            return [row._make(found) for found in fetched]
        processors = compiled.results
        return [row._make(value if process is None else process(value)
                          for process, value in zip(processors, found, strict=True))
                for found in fetched]

    def first(self, conn: Connection, params: Mapping[str, Any]) -> Any | None:
        """The first row, or None."""
        rows = self.execute(conn, params)
        return rows[0] if rows else None

    def one(self, conn: Connection, params: Mapping[str, Any]) -> Any:
        """The one row (`NoResultFound` if there is none)."""
        rows = self.execute(conn, params)
        if len(rows) != 1:
            raise exc.NoResultFound("No row was found when one was required") if not rows \
                else exc.MultipleResultsFound("Multiple rows were found when one was required")
        return rows[0]
