import { processIo } from './io.js';
import { run } from './program.js';

// Piping into `head` closes stdout early; that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const argv = process.argv.slice(2);
const code = await run(argv, processIo());
process.exitCode = code;
// After `serve` stops, exit even if a database pool or timer would keep the process alive.
if (argv[0] === 'serve') process.exit(code);
