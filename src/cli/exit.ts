import { AvcodesError } from '../errors.js';

/** The CLI's documented exit codes (ripgrep's convention). */
export const EXIT = {
  /** Something was found. */
  found: 0,
  /** A well-formed request found nothing. */
  notFound: 1,
  /** Usage or input error: bad option, bad query, unreadable input. */
  usage: 2,
} as const;

/** A mistake in how avcodes was called; main prints the message on one line and exits 2. */
export class UsageError extends AvcodesError {
  constructor(message: string) {
    super('usage', message);
    this.name = 'UsageError';
  }
}
