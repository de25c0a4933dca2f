import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { runCheck, type CheckOptions } from './check/index.js';
import { CliError, EXIT } from './errors.js';
import type { Io } from './io.js';
import { DEFAULT_PORT, LOG_LEVELS, runServe, type ServeDeps, type ServeOptions } from './serve/index.js';

export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version?: unknown;
  };
  return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
}

const EXIT_CODES = `
Exit codes:
  0  done (for check: the message was checked, whatever the verdict)
  1  the input could not be used, or the command could not do its work
  2  the command line was wrong (unknown option, bad port number)`;

export interface Deps {
  serve?: ServeDeps;
}

function build(io: Io, deps: Deps, setExit: (code: number) => void): Command {
  const program = new Command('amends')
    .description(
      'Amends helps you rebuild the trust of someone you hurt, honestly and at their pace. Everything stays on this machine.',
    )
    .version(version(), '-v, --version', 'print the version of Amends')
    .helpOption('-h, --help', 'show help for a command')
    .helpCommand('help [command]', 'show help for a command')
    .showSuggestionAfterError()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
    .exitOverride()
    .addHelpText(
      'after',
      `
Examples:
  $ amends serve                      start the app, then open the address it prints
  $ amends check "I'm sorry I lied to you."
  $ amends check --json < draft.txt
${EXIT_CODES}`,
    );

  program
    .command('serve')
    .summary('Start the app and print the address to open in your browser.')
    .description(
      `Start the Amends app and print the address to open in your browser. Your data is kept in a local SQLite file (in $XDG_DATA_HOME/amends, else ~/.local/share/amends, or --data-dir), or in PostgreSQL when DATABASE_URL is set. Stop it with Ctrl+C.`,
    )
    .option('-p, --port <number>', `port to listen on; 0 picks any free port (default: ${DEFAULT_PORT})`)
    .option(
      '--host <address>',
      'address to listen on; 0.0.0.0 makes it reachable from other devices',
      '127.0.0.1',
    )
    .option('-d, --data-dir <folder>', 'folder for the SQLite database')
    .addOption(
      new Option('--log-level <level>', 'how much the server logs, as JSON lines on standard output')
        .choices(LOG_LEVELS)
        .default('warn'),
    )
    .addHelpText(
      'after',
      `
Examples:
  $ amends serve
  $ amends serve --port 4321 --data-dir ~/amends-data
  $ DATABASE_URL=postgres://amends@db.local:5432/amends amends serve --host 0.0.0.0
${EXIT_CODES}`,
    )
    .action(async (options: ServeOptions) => {
      setExit(await runServe(options, io, deps.serve));
    });

  program
    .command('check')
    .summary('Check a message before you send it: what builds trust and what breaks it.')
    .description(
      'Read a message you want to send and say what in it builds or breaks trust: excuses, blame, pressure and the like, what works, and which parts of an apology it has. Reads TEXT, or standard input when TEXT is left out. Words about harming yourself or others always come first, with where to find help.',
    )
    .argument('[text]', 'the message; with --jsonl, a file to read (default: standard input)')
    .option('--json', 'print the result as JSON: {findings, summary}')
    .option(
      '--jsonl',
      'check many messages: one JSON object per line in, {"id","text","context"?}; one result per line out',
    )
    .option(
      '-c, --context <file>',
      'a JSON file {"resolvedTopics": [...], "avoidTopics": [...]} in their words',
    )
    .addOption(new Option('--color', 'colour the report even when not on a terminal'))
    .addOption(new Option('--no-color', 'never colour the report (NO_COLOR=1 does the same)'))
    .addHelpText(
      'after',
      `
The report marks each finding in your text: on a terminal with colour (amber to revise,
green for what works, rose for safety), elsewhere as [[words]][1] with numbered notes.

Examples:
  $ amends check "I'm sorry if you were upset, but you pushed me."
  $ pbpaste | amends check
  $ amends check --context topics.json --json < draft.txt
  $ amends check --jsonl drafts.jsonl > results.jsonl

With --jsonl every input line gets one output line, in order: {"id","findings","summary"}, or
{"id","line","error"} when the line could not be read (the rest are still checked; exit code 1).
${EXIT_CODES}`,
    )
    .action(async (text: string | undefined, options: CheckOptions) => {
      setExit(await runCheck(text, options, io));
    });

  return program;
}

/**
 * Runs the `amends` command line with `argv` (without `node` and the script) and resolves to the
 * exit code. Errors the user can fix are printed as one message, never as a stack trace.
 */
export async function run(argv: readonly string[], io: Io, deps: Deps = {}): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = build(io, deps, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here with code 0; anything else is a usage error commander already printed.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof CliError) {
      io.stderr.write(`${error.message}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`Something went wrong: ${message}\n`);
    if (io.env.AMENDS_DEBUG !== undefined && error instanceof Error && error.stack !== undefined) {
      io.stderr.write(`${error.stack}\n`);
    } else {
      io.stderr.write('Set AMENDS_DEBUG=1 to see the details.\n');
    }
    return EXIT.failed;
  }
}
