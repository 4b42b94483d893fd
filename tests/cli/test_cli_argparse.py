"""argparse speaks French on every command: help, usage line and usage errors."""

from __future__ import annotations

import argparse
import re

import pytest

from coopdesk.cli import build_parser, main
from coopdesk.cli.common import Parser

ENGLISH = re.compile(
    r"usage:|positional arguments|optional arguments|options:|show this help|show program|and exit|"
    r"invalid choice|choose from|are required|expected (one|at least|at most)|unrecognized|invalid \w+ value|"
    r"\berror\b|ambiguous option|not allowed with"
)


def help_of(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as raised:
        main([*argv, "--help"])
    assert raised.value.code == 0
    return capsys.readouterr().out


@pytest.mark.parametrize(
    "command",
    [(), ("list",), ("time", "add"), ("texts", "search"), ("export", "applications"), ("restore",)],
    ids=lambda command: " ".join(command) or "coopdesk",
)
def test_help_has_no_english_argparse_words(
    capsys: pytest.CaptureFixture[str], command: tuple[str, ...]
) -> None:
    text = help_of(capsys, *command)
    assert ENGLISH.search(text) is None, text
    assert text.startswith("utilisation : coopdesk")
    assert "options :" in text
    assert "-h, --help" in text
    assert "affiche cette aide et quitte" in text


def test_the_version_option_is_described_in_french(capsys: pytest.CaptureFixture[str]) -> None:
    assert "affiche le numéro de version et quitte" in help_of(capsys)


def test_every_sub_command_help_is_french(capsys: pytest.CaptureFixture[str]) -> None:
    def walk(parser: argparse.ArgumentParser, path: tuple[str, ...]) -> list[tuple[str, ...]]:
        found = [path]
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, child in action.choices.items():
                    found += walk(child, (*path, name))
        return found

    commands = walk(build_parser(), ())
    assert len(commands) > 20
    for command in commands:
        text = help_of(capsys, *command)
        assert ENGLISH.search(text) is None, (command, text)


def usage_error(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as raised:
        main(list(argv))
    assert raised.value.code == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    usage, _, message = captured.err.rstrip("\n").rpartition("\n")
    assert usage.startswith("utilisation : coopdesk")
    assert " : erreur : " in message
    assert ENGLISH.search(captured.err) is None, captured.err
    return message


def test_an_invalid_choice_is_one_french_line_after_the_usage(capsys: pytest.CaptureFixture[str]) -> None:
    message = usage_error(capsys, "list", "bidule")
    assert message.startswith(
        "coopdesk list : erreur : argument TYPE : choix invalide « bidule » (choix possibles"
    )
    assert "'" not in message
    message = usage_error(capsys, "export", "contacts", "--format", "pdf", "-o", "x.pdf")
    assert message.endswith("argument --format : choix invalide « pdf » (choix possibles : vcf, csv)")


def test_missing_arguments_are_named_in_french(capsys: pytest.CaptureFixture[str]) -> None:
    message = usage_error(capsys, "time", "add", "--funder", "1")
    assert message == (
        "coopdesk time add : erreur : arguments obligatoires manquants : --volunteer, --duration, --activity"
    )
    assert usage_error(capsys, "list").endswith("arguments obligatoires manquants : TYPE")
    assert usage_error(capsys, "texts", "search").endswith("arguments obligatoires manquants : MOTS")


def test_other_usage_errors_are_french(capsys: pytest.CaptureFixture[str]) -> None:
    assert usage_error(capsys, "export", "ics", "-o").endswith("argument -o/--output : une valeur attendue")
    assert usage_error(capsys, "list", "funders", "en trop").endswith("arguments non reconnus : en trop")
    assert usage_error(capsys, "time", "add", "--funder", "1", "--call", "2").endswith(
        "argument --call : impossible avec l'argument --funder"
    )
    assert "au moins une valeur attendue" in usage_error(
        capsys, "export", "applications", "-o", "a.csv", "--status"
    )
    assert "choix invalide « de »" in usage_error(capsys, "--lang", "de")
    assert usage_error(capsys, "--smoke-test=oui").endswith("argument --smoke-test : valeur inattendue : oui")


def test_other_argparse_parsers_stay_untouched(capsys: pytest.CaptureFixture[str]) -> None:
    build_parser()
    plain = argparse.ArgumentParser(prog="other")
    plain.add_argument("kind", choices=("a", "b"))
    assert plain.format_help().startswith("usage: other")
    with pytest.raises(SystemExit):
        plain.parse_args(["c"])
    assert "invalid choice" in capsys.readouterr().err


def test_a_value_of_the_wrong_type(capsys: pytest.CaptureFixture[str]) -> None:
    parser = Parser(prog="coopdesk essai")
    parser.add_argument("number", type=int, metavar="NUMÉRO")
    with pytest.raises(SystemExit) as raised:
        parser.parse_args(["x"])
    assert raised.value.code == 1
    assert capsys.readouterr().err.endswith(
        "coopdesk essai : erreur : argument NUMÉRO : valeur invalide « x »\n"
    )
