// How the worker answers a request it could not carry out: the error the UI shows, and for a full
// store a notice the user sees even after the popup that asked was closed.
import type { Failure } from './messages';
import { recordNotice, type WriteResult } from './storage';

export const failure = (error: Failure['error']): Failure => ({ ok: false, error });

/**
 * Chrome refuses every API call of a worker it is stopping with "No SW". Answering such a request as
 * refused made the UI undo a tick that the next worker would have saved (the bench's stress run with
 * the worker stopped lost ticks this way); 'stopping' tells the sender to send it again.
 */
export function isStoppingError(error: unknown): boolean {
  return /\bNo SW\b/i.test(error instanceof Error ? error.message : String(error));
}

/** The answer to a request whose handling threw. */
export function thrownFailure(error: unknown, what: string): Failure {
  if (isStoppingError(error)) return failure('stopping');
  console.error('SimExit:', what, error);
  return failure('internal');
}

export async function writeFailure(result: Extract<WriteResult, { ok: false }>, item: string): Promise<Failure> {
  if (result.reason !== 'quota') return thrownFailure(result.message, `write failed ${item}`);
  // The notice may not fit either; the response still tells the UI.
  await recordNotice('quota', item);
  return failure('quota');
}
