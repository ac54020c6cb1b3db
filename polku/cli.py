"""Command line: `python -m polku validate [FILE_OR_DIR ...]`, `python -m polku schema`,
`python -m polku new --region NAME` (a template to start a region's own path) and
`python -m polku play SCENARIO PATH` (a persona's walk through a path, in words).

Exit status: 0 every file valid (play: a walk printed), 1 a file invalid or missing (or none
found), 2 a usage error or a scenario or path that play cannot load, 141 (128 + SIGPIPE) when
the reader of the output went away (`… | head -3`)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from polku.graph import PathGraph
from polku.i18n import LANGS, normalise_lang, t
from polku.loader import iter_path_files, load_file, path_dirs
from polku.models import json_schema
from polku.persona import describe_walk, play
from polku.scenario import (
    load_scenario_file,
    render_scenario_finding,
    scenario_json_schema,
    shipped_scenarios,
)
from polku.summary import finding_where, render_finding
from polku.template import template
from polku.text import resolve


def _validate(targets: list[str], lang: str) -> int:
    paths = [Path(p) for p in targets] if targets else path_dirs()
    missing = [p for p in paths if not p.exists()]
    for p in missing:
        print(f"{p}: {t('err.not_found', lang)}", file=sys.stderr)
    files = list(iter_path_files(p for p in paths if p.exists()))
    if not files:
        print(t("cli.no_files", lang, where=", ".join(map(str, paths))), file=sys.stderr)
        return 1
    valid = invalid = 0
    for file in files:
        result = load_file(file)
        if result.path is None:
            invalid += 1
            print(t("cli.invalid", lang, file=file))
            for error in result.errors:
                print("  " + error.render(lang))
            continue
        valid += 1
        graph = PathGraph(result.path)
        print(
            t(
                "cli.ok",
                lang,
                file=file,
                steps=t("count.steps", lang, n=len(result.path.steps)),
                findings=t("count.findings", lang, n=len(graph.findings)),
            )
        )
        for finding in graph.findings:
            print(f"  {finding_where(graph, finding, lang)}: {render_finding(finding, lang)}")
    print(t("cli.summary", lang, valid=valid, invalid=invalid))
    return 1 if invalid or missing else 0


def _by_id(arg: str, files: list[Path], load, what: str, lang: str):
    """A file named on the command line, else the shipped file whose id is `arg`: its load
    result, or None (said on stderr) when neither exists."""
    if Path(arg).is_file():
        return load(arg)
    known = []
    for file in files:
        result = load(file)
        item = getattr(result, what)
        if item is not None:
            if item.id == arg:
                return result
            known.append(item.id)
    shown = ", ".join(sorted(known)) or "–"
    print(t("cli.play.unknown", lang, what=arg, known=shown), file=sys.stderr)
    return None


def _play(scenario_arg: str, path_arg: str, lang: str) -> int:
    scenario_result = _by_id(
        scenario_arg, shipped_scenarios(), load_scenario_file, "scenario", lang
    )
    path_files = list(iter_path_files(d for d in path_dirs() if d.exists()))
    path_result = _by_id(path_arg, path_files, load_file, "path", lang)
    status = 0
    for result in (scenario_result, path_result):
        if result is None:
            status = 2
        elif not result.ok:
            status = 2
            print(t("cli.play.invalid", lang, file=result.file), file=sys.stderr)
            for error in result.errors:
                print("  " + error.render(lang), file=sys.stderr)
    if status or scenario_result is None or path_result is None:
        return 2
    scenario, path = scenario_result.scenario, path_result.path
    graph = PathGraph(path)
    print(
        t(
            "persona.header",
            lang,
            persona=resolve(scenario.title, lang).text,
            path=resolve(path.title, lang, path.language).text,
        )
    )
    for finding in scenario_result.findings:
        print(t("cli.play.finding", lang, text=render_scenario_finding(finding, lang)))
    for line in describe_walk(play(graph, scenario), graph, lang):
        print(line)
    return 0


EXIT_BROKEN_PIPE = 141


def main(argv: list[str] | None = None) -> int:
    """Run a command; a reader that stops reading (`| head`) ends it quietly."""
    try:
        status = _main(argv)
        sys.stdout.flush()
        return status
    except BrokenPipeError:
        # Point stdout at nothing so that the interpreter's own flush at exit stays quiet.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_BROKEN_PIPE


def _main(argv: list[str] | None) -> int:
    parser = argparse.ArgumentParser(prog="python -m polku")
    parser.add_argument(
        "--lang", choices=LANGS, default=None, help="message language (default: from LANG, else fi)"
    )
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("validate", help="validate path files and list findings")
    check.add_argument(
        "targets", nargs="*", help="files or folders (default: POLKU_PATHS or paths/)"
    )
    schema = sub.add_parser("schema", help="print the JSON Schema of path format 1")
    schema.add_argument(
        "--scenario", action="store_true", help="the schema of scenario format 1 instead"
    )
    new = sub.add_parser("new", help="print a commented template for a region's own path")
    new.add_argument("--region", default="", help='the region\'s name, e.g. "Vaasa"')
    walk = sub.add_parser("play", help="walk a persona scenario through a path, in words")
    walk.add_argument("scenario", help="a scenario file or a shipped scenario id")
    walk.add_argument("path", help="a path file or a path id (from POLKU_PATHS or paths/)")
    walk.add_argument("--lang", dest="play_lang", choices=LANGS, default=None)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    lang = args.lang or normalise_lang(os.environ.get("LANG", "fi"))
    if args.command == "schema":
        chosen = scenario_json_schema() if args.scenario else json_schema()
        print(json.dumps(chosen, indent=2, ensure_ascii=False))
        return 0
    if args.command == "play":
        return _play(args.scenario, args.path, getattr(args, "play_lang", None) or lang)
    if args.command == "new":
        sys.stdout.write(template(args.region, lang))
        return 0
    return _validate(args.targets, lang)
