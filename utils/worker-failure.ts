// How the worker answers a request it could not carry out: the error the UI shows, and for a full
// store a notice the user sees even after the popup that asked was closed.
import type { Failure } from './messages';
import { recordNotice, type WriteResult } from './storage';
import { errorText } from './error-text';

export const failure = (error: Failure['error']): Failure => ({ ok: false, error });

/**
 * Chrome refuses every API call of a worker it is stopping with "No SW". Answering such a request as
 * refused made the UI undo a tick that the next worker would have saved (the bench's stress run with
 * the worker stopped lost ticks this way); 'stopping' tells the sender to send it again.
 */
function isStoppingError(error: unknown): boolean {
  return /\bNo SW\b/i.test(errorText(error));
}

/** The answer to a request a browser call refused: 'stopping' when the worker is being stopped, else 'internal'. */
export const failureOf = (error: unknown): Failure => failure(isStoppingError(error) ? 'stopping' : 'internal');

/** The answer to a request whose handling threw; an unexpected error is logged. */
export function thrownFailure(error: unknown, what: string): Failure {
  const answer = failureOf(error);
  if (answer.error === 'internal') console.error('SimExit:', what, error);
  return answer;
}

export async function writeFailure(result: Extract<WriteResult, { ok: false }>, item: string): Promise<Failure> {
  if (result.reason !== 'quota') return thrownFailure(result.message, `write failed ${item}`);
  // The notice may not fit either; the response still tells the UI.
  await recordNotice('quota', item);
  return failure('quota');
}
