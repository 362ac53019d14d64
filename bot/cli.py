"""`python -m bot …`: run, build, train, validate, content, evaluate, review."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def _content(args: argparse.Namespace) -> int:
    from bot.content.source import load_content

    content, problems = load_content()
    for problem in problems:
        print(problem, file=sys.stderr if not problem.warning else sys.stdout)
    errors = [p for p in problems if not p.warning]
    if args.action == "check":
        tips = sum(len(t.tips) for t in content.topics.values())
        print(f"content: {len(content.helplines)} services, {len(content.topics)} topics, "
              f"{tips} tips; {len(errors)} errors, {len(problems) - len(errors)} warnings")
        return 1 if errors else 0
    if errors:
        return 1
    from bot.content.store import prepare
    from bot.settings import Settings

    _, report = prepare(Settings.from_env().database_url)
    print(report)
    return 0


def _train(args: argparse.Namespace) -> int:
    from bot.training.train import build, train

    if args.command == "build":
        print(f"wrote {build()}")
        return 0
    train(force=args.force)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Parses the command line and runs one command."""
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("run", help="set up, train if needed, start everything (make run)")
    sub.add_parser("build", help="write build/domain.yml (English + Welsh, facts filled in)")
    train_p = sub.add_parser("train", help="train the model if its inputs changed")
    train_p.add_argument("--force", action="store_true", help="train even if nothing changed")
    content_p = sub.add_parser("content", help="the content store")
    content_p.add_argument("action", choices=["check", "seed"])
    sub.add_parser("validate", help="content check, Welsh parity, rasa data validate")
    sub.add_parser("test-conversations", help="rasa test on tests/conversations")
    sub.add_parser("evaluate", help="cross-validation and the urgent regression set")
    sub.add_parser("publish", help="load the trained model into running servers, if safe")
    sub.add_parser("retention", help="delete tracker data older than TRACKER_RETENTION_DAYS")
    sub.add_parser("gateway", help="serve only the web gateway")
    sub.add_parser("actions", help="serve only the action server")
    review_p = sub.add_parser("review", help="the content team's review inbox")
    review_p.add_argument("action", choices=["export", "import", "purge"])
    review_p.add_argument("file", nargs="?", help="CSV file to write or read")
    args = parser.parse_args(argv)

    if args.command == "content":
        return _content(args)
    if args.command in {"build", "train"}:
        return _train(args)
    if args.command == "validate":
        from bot.validate import validate

        return validate()
    if args.command == "run":
        from bot.supervisor import run

        return run()
    if args.command == "publish":
        from bot.publish import publish

        return publish()
    if args.command == "retention":
        from bot.retention import purge_trackers
        from bot.settings import Settings

        settings = Settings.from_env()
        if not settings.tracker_store_url:
            print("TRACKER_STORE_URL is not set: conversations live in memory only.")
            return 0
        deleted = purge_trackers(settings.tracker_store_url, settings.tracker_retention_days)
        print(f"deleted {deleted} tracker events older than "
              f"{settings.tracker_retention_days} days")
        return 0
    if args.command == "gateway":
        from bot.web.server import serve

        return serve()
    if args.command == "actions":
        from bot.action_server import serve as serve_actions

        return serve_actions()
    if args.command == "test-conversations":
        from bot.evaluation.conversations import run_conversation_tests

        return run_conversation_tests()
    if args.command == "evaluate":
        from bot.evaluation.report import evaluate

        return evaluate()
    if args.command == "review":
        from bot.review.cli import review

        return review(args.action, args.file)
    parser.error(f"unknown command {args.command}")
    return 2
