import { describe, expect, it } from 'vitest';
import { memoryIo } from './io.js';
import { run, version } from './program.js';

describe('amends', () => {
  it('prints its version', async () => {
    const io = memoryIo();
    await expect(run(['--version'], io)).resolves.toBe(0);
    expect(io.out().trim()).toBe(version());
    expect(version()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('explains each command with examples', async () => {
    const io = memoryIo();
    await expect(run(['--help'], io)).resolves.toBe(0);
    expect(io.out()).toMatch(/serve .*Start the app/);
    expect(io.out()).toMatch(/check .*Check a message/);
    expect(io.out()).toContain('Examples:');
    expect(io.out()).toContain('Exit codes:');
    for (const command of ['serve', 'check']) {
      const help = memoryIo();
      await expect(run([command, '--help'], help)).resolves.toBe(0);
      expect(help.out()).toContain(`Usage: amends ${command}`);
      expect(help.out()).toContain('Examples:');
    }
  });

  it('exits 2 on a wrong command line, with a hint', async () => {
    const io = memoryIo();
    await expect(run(['chek'], io)).resolves.toBe(2);
    expect(io.err()).toMatch(/unknown command 'chek'[\s\S]*Did you mean check\?/);
    await expect(run(['check', '--jsn'], memoryIo())).resolves.toBe(2);
    const port = memoryIo();
    await expect(run(['serve', '--port', 'abc'], port)).resolves.toBe(2);
    expect(port.err()).toBe(
      '"abc" is not a port number. Use a whole number from 1 to 65535, e.g. `amends serve --port 4321`, or 0 for any free port.\n',
    );
  });

  it('prints errors the user can fix as one message, exit code 1', async () => {
    const io = memoryIo('');
    await expect(run(['check'], io)).resolves.toBe(1);
    expect(io.err()).toMatch(/^There is no text to check\./);
    expect(io.err()).not.toMatch(/\n\s+at /);
  });
});
