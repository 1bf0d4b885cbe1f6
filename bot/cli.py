"""The command line: ``python -m bot ask|chat|kb validate|eval|bench|run|sync``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from bot.benchmark import run_benchmark
from bot.core.evaluation import describe_failures, dump, evaluate, read_cases
from bot.core.knowledge import KnowledgeError, load_knowledge
from bot.core.matcher import Outcome
from bot.core.service import AnswerService, QuestionError, Reply
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

    ev = sub.add_parser("eval", help="score the matcher on a labelled JSON-lines file")
    ev.add_argument("file")
    ev.add_argument("--by", choices=["style"], help="break the numbers down")
    ev.add_argument("--failures", action="store_true", help="list every miss")
    ev.add_argument("--json", action="store_true", help="print the headline numbers as JSON")
    ev.set_defaults(handler=cmd_eval)

    bench = sub.add_parser("bench", help="latency and throughput benchmark")
    bench.add_argument("--questions", default="tests/eval/questions.jsonl", help="questions to time")
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
