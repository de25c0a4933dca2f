import { AppError } from '@amends/domain';
import type { FastifyInstance } from 'fastify';

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];

/** True when `host` only accepts connections from this machine. */
export function isLoopback(host: string): boolean {
  const name = host.toLowerCase();
  return name === 'localhost' || name === '::1' || name === '[::1]' || /^127(\.\d{1,3}){3}$/.test(name);
}

/** The Host names a server bound to loopback `host` should answer to. */
export function loopbackHostNames(host: string): string[] {
  const bound = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  return [...new Set([...LOOPBACK_NAMES, bound.toLowerCase()])];
}

/**
 * DNS-rebinding defence: a web page on another site can point its own name at 127.0.0.1 and then
 * talk to this server as if it were same-origin. Browsers still send that other name in the Host
 * header, so a server listening on loopback answers only requests addressed to a loopback name.
 */
export function onlyAnswerHosts(app: FastifyInstance, names: readonly string[]): void {
  const allowed = new Set(names.map((name) => name.toLowerCase()));
  app.addHook('onRequest', (request, _reply, done) => {
    if (allowed.has(request.hostname.toLowerCase())) {
      done();
      return;
    }
    done(
      new AppError(
        'forbidden',
        'Amends only answers requests addressed to this computer. Open it at http://localhost or http://127.0.0.1 instead.',
      ),
    );
  });
}
