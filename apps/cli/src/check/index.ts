import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { check, type CheckContext } from '@amends/engine';
import { CliError, EXIT, isErrnoException } from '../errors.js';
import { useColour, writeAll, type Io } from '../io.js';
import { parseJsonlLine, readContextFile } from './input.js';
import { formatReport } from './report.js';

export interface CheckOptions {
  json?: boolean;
  jsonl?: boolean;
  context?: string;
  color?: boolean;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * `amends check [TEXT]`: checks one message (TEXT, or stdin) and prints a report, or the
 * CheckResult with `--json`. With `--jsonl`, TEXT is an optional file of one JSON object per line.
 * Resolves to the exit code.
 */
export async function runCheck(text: string | undefined, options: CheckOptions, io: Io): Promise<number> {
  if (options.json === true && options.jsonl === true) {
    throw new CliError(
      'Choose one of --json and --jsonl: --json checks one message, --jsonl checks many.',
      EXIT.usage,
    );
  }
  const context = options.context === undefined ? undefined : await readContextFile(options.context, io.cwd);
  if (options.jsonl === true) return runJsonl(text, context, io);

  let message = text;
  if (message === undefined) {
    if (io.stdin.isTTY === true)
      io.stderr.write('Type or paste your message, then press Ctrl+D on a new line.\n');
    message = await readAll(io.stdin);
  }
  if (message.trim() === '') {
    throw new CliError(
      'There is no text to check. Pass the message in quotes, e.g. `amends check "I\'m sorry I lied to you."`, or pipe it in: `amends check < draft.txt`.',
    );
  }
  const result = check(message, context);
  if (options.json === true) {
    await writeAll(io.stdout, `${JSON.stringify(result, null, 2)}\n`);
  } else {
    await writeAll(
      io.stdout,
      formatReport(message, result, { colour: useColour(io.stdout, io.env, options.color) }),
    );
  }
  return EXIT.ok;
}

const FLUSH_AT = 64 * 1024;

/**
 * Checks one message per line in a single pass, streaming: each input line gets exactly one output
 * line, `{id, findings, summary}` or `{id?, line, error}`. Bad lines don't stop the rest; they make the
 * exit code 1 at the end.
 */
export async function runJsonl(
  file: string | undefined,
  defaults: CheckContext | undefined,
  io: Io,
): Promise<number> {
  let input: NodeJS.ReadableStream = io.stdin;
  if (file !== undefined && file !== '-') {
    const path = resolve(io.cwd, file);
    const stream = createReadStream(path, { encoding: 'utf8' });
    await new Promise<void>((done, fail) => {
      stream.once('open', () => done());
      stream.once('error', (error) => {
        const reason =
          isErrnoException(error) && error.code === 'ENOENT' ? 'there is no file there' : error.message;
        fail(new CliError(`Couldn't read ${file}: ${reason}.`));
      });
    });
    input = stream;
  }

  const lines = createInterface({ input, crlfDelay: Infinity });
  let buffer = '';
  let lineNo = 0;
  let checked = 0;
  let failed = 0;
  for await (const raw of lines) {
    lineNo++;
    const line = lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (line.trim() === '') continue;
    const parsed = parseJsonlLine(line);
    if (parsed.ok) {
      const { id, text, context } = parsed.value;
      const { findings, summary } = check(text, context ?? defaults);
      buffer += `${JSON.stringify(id === undefined ? { line: lineNo, findings, summary } : { id, findings, summary })}\n`;
      checked++;
    } else {
      failed++;
      const where = parsed.id === undefined ? { line: lineNo } : { id: parsed.id, line: lineNo };
      buffer += `${JSON.stringify({ ...where, error: parsed.error })}\n`;
      io.stderr.write(
        `line ${lineNo}${parsed.id === undefined ? '' : ` (id ${JSON.stringify(parsed.id)})`}: ${parsed.error}\n`,
      );
    }
    if (buffer.length >= FLUSH_AT) {
      await writeAll(io.stdout, buffer);
      buffer = '';
    }
  }
  if (buffer !== '') await writeAll(io.stdout, buffer);
  if (failed > 0) {
    io.stderr.write(
      `${failed} of ${checked + failed} lines could not be checked; their output lines carry "error" instead of findings.\n`,
    );
    return EXIT.failed;
  }
  return EXIT.ok;
}
