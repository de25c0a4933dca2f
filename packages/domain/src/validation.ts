import type { z } from 'zod';
import { AppError } from './errors.js';

/**
 * Parses `value` with `schema`, or throws `AppError('validation')` with the first problem's message
 * and the field it is about.
 *
 * @example const input = parseWith(JourneyInputSchema, request.body);
 */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (issue === undefined) throw new AppError('validation', 'Something in what you sent isn’t valid.');
  const field =
    issue.code === 'unrecognized_keys' && issue.path.length === 0 ? issue.keys[0] : issue.path.join('.');
  throw new AppError('validation', issue.message, field === undefined || field === '' ? undefined : field);
}
