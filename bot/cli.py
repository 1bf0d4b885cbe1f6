"""The command line: ``python -m bot ask|chat|kb validate|history|export|import|eval|bench|run|sync``."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from bot.benchmark import run_benchmark
from bot.core.curation import CurationError, Curator, ImportSummary, what_changed
from bot.core.evaluation import describe_failures, dump, evaluate, read_cases
from bot.core.knowledge import KnowledgeError, check_size, decode_upload, load_knowledge
from bot.core.matcher import Outcome
from bot.core.service import AnswerService, QuestionError, Reply
from bot.core.sqlite_store import SQLiteStore
from bot.core.store import Author, Version
from bot.settings import Settings

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _service(settings: Settings) -> AnswerService:
    return AnswerService.load(settings.knowledge_dir, settings.cutoffs())


def format_reply(reply: Reply) -> str:
    """A reply as plain text for the terminal."""
    if reply.answered:
        label = "Answer (direct passage from the article)" if reply.is_direct_passage else "Answer"
        return "\n".join(
            [
                f"{label}, confidence {reply.confidence:.2f}:",
                f"  {reply.answer}",
                f"Source, section “{reply.section}”:",
                f"  > {reply.quote}",
            ]
        )
    lines = []
    if reply.suggestions and reply.note is None:
        lines.append(f"Not sure (confidence {reply.confidence:.2f}). Did you mean:")
    else:
        lines.append(f"{reply.note} (confidence {reply.confidence:.2f})")
        if reply.suggestions:
            lines.append("What the article does say:")
        else:
            lines.append("Browse what it covers with /faq, or try rephrasing.")
    lines.extend(f"  - {s.question}  [{s.entry_id}]" for s in reply.suggestions)
    return "\n".join(lines)


def cmd_ask(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    """Answer one question, or a stream of them with --jsonl."""
    service = _service(settings)
    if args.jsonl:
        for line in sys.stdin:
            question = line.rstrip("\r\n")
            reply = service.ask(question) if question.strip() else Reply(question, Outcome.DECLINE, 0.0)
            out.write(json.dumps(reply.to_json(), ensure_ascii=False) + "\n")
            out.flush()
        return EXIT_OK
    question = " ".join(args.question)
    try:
        reply = service.ask(question)
    except QuestionError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_USAGE
    out.write((json.dumps(reply.to_json(), ensure_ascii=False) if args.json else format_reply(reply)) + "\n")
    return EXIT_OK


def cmd_chat(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    """An interactive console: one question per line; empty line, 'quit' or Ctrl-D ends it."""
    service = _service(settings)
    out.write("Ask about the article (empty line or 'quit' to leave).\n")
    while True:
        try:
            question = input("> ")
        except (EOFError, KeyboardInterrupt):
            out.write("\n")
            return EXIT_OK
        if question.strip().casefold() in {"", "quit", "exit"}:
            return EXIT_OK
        out.write(format_reply(service.ask(question)) + "\n\n")


def cmd_validate(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    """Validate the knowledge and report coverage of the article's sentences."""
    root = Path(args.path) if args.path else settings.knowledge_dir
    try:
        knowledge = load_knowledge(root)
    except (KnowledgeError, OSError) as error:
        print(f"invalid knowledge in {root}:", file=sys.stderr)
        print(str(error), file=sys.stderr)
        return EXIT_FAILED
    uncited = knowledge.uncited_sentences()
    sentences = len(knowledge.article.sentences)
    out.write(
        f"{len(knowledge.entries)} entries, {len(knowledge.not_covered)} known gaps, "
        f"{sentences - len(uncited)}/{sentences} article sentences cited\n"
    )
    if uncited:
        out.write("sentences no entry cites:\n")
        out.writelines(f"  {s.id}: {s.text}\n" for s in uncited)
        return EXIT_FAILED
    out.write("ok\n")
    return EXIT_OK


def operator() -> Author:
    """The author recorded for changes made at the command line, named after the OS user if known."""
    try:
        user = getpass.getuser()
    except (OSError, KeyError, ImportError):  # no passwd entry and no LOGNAME/USER: still an operator
        user = ""
    return Author(0, f"operator {user} (command line)" if user else "operator (command line)")


@contextmanager
def _curator(settings: Settings) -> Iterator[Curator]:
    """A curator over the configured knowledge and the bot's database, closed afterwards."""
    store = SQLiteStore.in_dir(settings.data_dir)
    try:
        yield Curator(_service(settings), store)
    finally:
        store.close()


def format_version(version: Version) -> str:
    """One history line: number, UTC time, author, action, note and what changed."""
    at = datetime.fromtimestamp(version.at, UTC).isoformat(timespec="seconds")
    note = f" ({version.note})" if version.note else ""
    return (
        f"{version.entry_id} v{version.number}  {at}  {version.author.name}  "
        f"{version.action}{note}: {what_changed(version)}"
    )


def cmd_kb_history(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    """A server's changes, newest first, of one entry or of all."""
    store = SQLiteStore.in_dir(settings.data_dir)
    try:
        versions = store.history(args.guild, args.entry, args.limit)
    finally:
        store.close()
    if not versions:
        what = f"`{args.entry}`" if args.entry else "any entry"
        out.write(f"no changes to {what} in server {args.guild}\n")
    out.writelines(format_version(version) + "\n" for version in versions)
    return EXIT_OK


def cmd_kb_export(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    """Print (or write to a file) the server's effective Q&A in the format of ``knowledge/qa``."""
    with _curator(settings) as curator:
        text = curator.export(args.guild)
    if args.output is None:
        out.write(text)
        return EXIT_OK
    try:
        Path(args.output).write_text(text, encoding="utf-8")
    except OSError as error:
        print(f"error: cannot write {args.output}: {error}", file=sys.stderr)
        return EXIT_USAGE
    out.write(f"wrote the Q&A of server {args.guild} to {args.output}\n")
    return EXIT_OK


def _read_import(path: Path) -> str:
    """The file's text; :class:`KnowledgeError` if it is too large (read no further) or not UTF-8."""
    check_size(path.stat().st_size, path.name)
    return decode_upload(path.read_bytes(), path.name)


def format_summary(summary: ImportSummary) -> list[str]:
    """What an import changed, one line per kind."""
    if not summary.changed:
        return [f"nothing changed ({summary.unchanged} entries already as in the file)"]
    lines = [
        f"{label}: {', '.join(ids)}"
        for label, ids in (("added", summary.added), ("edited", summary.edited), ("removed", summary.removed))
        if ids
    ]
    return [*lines, f"unchanged: {summary.unchanged} entries"]


def cmd_kb_import(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    """Make a server's entries those of a YAML file: validated in full, applied all or nothing."""
    path = Path(args.file)
    try:
        text = _read_import(path)
    except KnowledgeError as error:
        print(f"{path} was not imported; nothing changed:\n{error}", file=sys.stderr)
        return EXIT_FAILED
    except OSError as error:
        print(f"error: cannot read {path}: {error.strerror or error}", file=sys.stderr)
        return EXIT_USAGE
    with _curator(settings) as curator:
        try:
            summary = curator.import_text(args.guild, operator(), text, path.name)
        except (KnowledgeError, CurationError) as error:
            print(f"{path} was not imported; nothing changed:\n{error}", file=sys.stderr)
            return EXIT_FAILED
    out.writelines(line + "\n" for line in format_summary(summary))
    return EXIT_OK


def cmd_eval(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    """Score the matcher on a labelled JSON-lines file."""
    try:
        cases = read_cases(Path(args.file))
    except (OSError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_USAGE
    report = evaluate(_service(settings), cases)
    if args.json:
        out.write(dump(report) + "\n")
        return EXIT_OK
    out.writelines(line + "\n" for line in report.lines(by_style=args.by == "style"))
    if args.failures:
        out.writelines(line + "\n" for line in describe_failures(report.failures))
    return EXIT_OK


def cmd_bench(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    """Latency, start-up and throughput numbers (see bot/benchmark.py)."""
    out.writelines(line + "\n" for line in run_benchmark(settings, args.questions, args.entries))
    return EXIT_OK


def cmd_run(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    """Run the Discord bot until SIGTERM or SIGINT."""
    from bot.app import runner  # noqa: PLC0415 - discord.py loads only for the commands that need it

    return runner.run(settings)


def cmd_sync(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    """Sync the slash commands globally (and to the development guilds) now."""
    from bot.app import runner  # noqa: PLC0415 - as above

    return runner.sync(settings)


def _positive(text: str) -> int:
    """An argparse type: a whole number of at least 1."""
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    parser = argparse.ArgumentParser(prog="python -m bot", description="Answer questions about the article.")
    sub = parser.add_subparsers(dest="command", required=True)

    ask = sub.add_parser("ask", help="answer a question")
    ask.add_argument("question", nargs="*", help="the question (quote it)")
    mode = ask.add_mutually_exclusive_group()
    mode.add_argument("--json", action="store_true", help="print one JSON object")
    mode.add_argument(
        "--jsonl", action="store_true", help="read questions from stdin, one JSON object per line"
    )
    ask.set_defaults(handler=cmd_ask)

    sub.add_parser("chat", help="interactive console").set_defaults(handler=cmd_chat)

    kb = sub.add_parser("kb", help="knowledge tools").add_subparsers(dest="kb_command", required=True)
    validate = kb.add_parser("validate", help="validate the knowledge and its coverage of the article")
    validate.add_argument("path", nargs="?", help="knowledge folder (default: the configured one)")
    validate.set_defaults(handler=cmd_validate)

    history = kb.add_parser("history", help="a server's changes to its entries, newest first")
    history.add_argument("--guild", type=int, required=True, help="the server (guild) id")
    history.add_argument("entry", nargs="?", help="only this entry's changes")
    history.add_argument("--limit", type=_positive, default=50, help="at most this many (default 50)")
    history.set_defaults(handler=cmd_kb_history)

    export = kb.add_parser("export", help="a server's effective Q&A as YAML, in the format of knowledge/qa")
    export.add_argument("--guild", type=int, required=True, help="the server (guild) id")
    export.add_argument("--output", "-o", help="write to this file instead of stdout")
    export.set_defaults(handler=cmd_kb_export)

    imp = kb.add_parser("import", help="replace a server's Q&A with a YAML file (all or nothing)")
    imp.add_argument("--guild", type=int, required=True, help="the server (guild) id")
    imp.add_argument("file", help="a YAML file in the format of knowledge/qa (e.g. from kb export)")
    imp.set_defaults(handler=cmd_kb_import)

    ev = sub.add_parser("eval", help="score the matcher on a labelled JSON-lines file")
    ev.add_argument("file")
    ev.add_argument("--by", choices=["style"], help="break the numbers down")
    ev.add_argument("--failures", action="store_true", help="list every miss")
    ev.add_argument("--json", action="store_true", help="print the headline numbers as JSON")
    ev.set_defaults(handler=cmd_eval)

    bench = sub.add_parser("bench", help="latency and throughput benchmark")
    bench.add_argument(
        "--questions", default="tests/eval", help="a question file, or a folder of them, to time"
    )
    bench.add_argument("--entries", type=int, default=10_000, help="size of the synthetic knowledge base")
    bench.set_defaults(handler=cmd_bench)

    sub.add_parser("run", help="run the Discord bot (needs DISCORD_TOKEN)").set_defaults(handler=cmd_run)
    sub.add_parser("sync", help="sync slash commands with Discord now").set_defaults(handler=cmd_sync)
    return parser


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace, Settings, TextIO], int] = args.handler
    if args.command == "ask" and not args.jsonl and not " ".join(args.question).strip():
        print(
            'error: give a question, e.g. python -m bot ask "How much did Musk pay for Twitter?"',
            file=sys.stderr,
        )
        return EXIT_USAGE
    try:
        return handler(args, Settings(), out or sys.stdout)
    except KnowledgeError as error:
        print(f"the knowledge could not be loaded:\n{error}", file=sys.stderr)
        return EXIT_FAILED
