// How the worker answers a request it could not carry out: the error the UI shows, and for a full
// store a notice the user sees even after the popup that asked was closed.
import type { Failure } from './messages';
import { recordNotice, type WriteResult } from './storage';

export const failure = (error: Failure['error']): Failure => ({ ok: false, error });

export async function writeFailure(result: Extract<WriteResult, { ok: false }>, item: string): Promise<Failure> {
  if (result.reason !== 'quota') {
    console.error('SimExit: write failed', item, result.message);
    return failure('internal');
  }
  // The notice may not fit either; the response still tells the UI.
  await recordNotice('quota', item);
  return failure('quota');
}
