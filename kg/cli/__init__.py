"""The ``kg`` command line. Each command parses options, calls one library
function and hands its plain data to :func:`kg.cli.output.render`.

Errors from the library (:class:`~kg.errors.KGError`) and failed reads or
writes are printed one line per problem on standard error, with a non-zero
exit code and no traceback (see :data:`kg.cli.options.EXIT_CODES`).
"""
from __future__ import annotations

import sys

import click

from kg.cli.options import EXIT_CODES
from kg.errors import KGError

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


class _Group(click.Group):
    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        """Run the command; a usage error is one line too, naming where help is."""
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode, **extra)
        try:
            code = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except click.UsageError as exc:
            # the command as the user typed it (a test runner calls the group "main")
            where = " ".join(["kg", *exc.ctx.command_path.split()[1:]]) if exc.ctx else "kg"
            message = " ".join(exc.format_message().split())  # click lists choices on lines
            click.echo(f"error: {message} (see `{where} -h`)", err=True)
            sys.exit(exc.exit_code)
        except click.ClickException as exc:
            exc.show()
            sys.exit(exc.exit_code)
        except click.exceptions.Abort:
            click.echo("Aborted!", err=True)
            sys.exit(1)
        sys.exit(code if isinstance(code, int) else 0)

    def resolve_command(self, ctx, args):
        """The command ``args`` name; for a name no command has, say which commands
        speak of it in their help (kg flows: export, extract, touches, trace, viz; nc71 U1)."""
        try:
            return super().resolve_command(ctx, args)
        except click.UsageError as exc:
            word = args[0].lower().rstrip("s") if args and not args[0].startswith("-") else ""
            near = sorted(name for name, command in self.commands.items()
                          if len(word) >= 3 and word in (command.help or "").lower())
            if not near:
                raise
            raise click.UsageError(f"{exc.message.rstrip('.')}; these speak of {word}: {', '.join(near)}.",
                                   ctx) from None

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except KGError as exc:
            for line in exc.lines():
                click.echo(f"error: {line}" if not _has_location(line) else line, err=True)
            ctx.exit(exc.exit_code)
        except OSError as exc:  # a file that cannot be read or written: one line, its path
            where = f"{exc.filename}: " if exc.filename else ""
            click.echo(f"error: {where}{exc.strerror or exc}", err=True)
            ctx.exit(1)


def _has_location(line: str) -> bool:
    head = line.split(": ", 1)[0]
    return ":" in head and head.rsplit(":", 1)[1].isdigit()


@click.group(cls=_Group, context_settings=CONTEXT, epilog=EXIT_CODES)
@click.version_option(package_name="kg-pdflow")
def main():
    """Evidence-grounded knowledge graph of Japanese municipal personal-data flows.

    Build the graph from the curated minutes (kg build), then ask it: who can
    see a category of data, where it flows, what depends on a party or system.
    Every answer names whose data, by which route, with which quote.
    """


from kg.cli import browse, building, extract, queries, routes, serving, sparql, viz  # noqa: E402

for module in (building, queries, routes, browse, sparql, viz, serving, extract):
    for command in module.COMMANDS:
        command.epilog = EXIT_CODES  # every command's --help says what its exit code means
        main.add_command(command)

if __name__ == "__main__":  # pragma: no cover
    main()
