// How the popup and the overlay talk to the worker. An MV3 worker may be stopped (idle, update,
// crash) at the moment a user ticks a step; Chrome then rejects the send before the worker has
// restarted. Every request is idempotent (`popup/open` brings forward the window it made a moment
// before: utils/popup-window.ts; a reset carries when it was asked, so a copy delivered later leaves
// what was changed since), so retrying until the worker answers is always safe.
import { browser } from 'wxt/browser';
import type { OperatorId } from '@/data/schema';
import type { Request, ResponseFor } from './messages';
import type { Evidence } from './storage';
import { errorText } from './error-text';

/**
 * Waits between tries: 50 → 3200 ms, about 6.4 s in all. A worker usually starts in well under a
 * second, but on a busy machine (the bench saw load 8 on 2 cores) a restart took longer than the
 * 1.5 s this used to allow, and 4 of 600 ticks then failed instead of landing a moment later.
 */
export const RETRY_DELAYS_MS: readonly number[] = [50, 100, 200, 400, 800, 1600, 3200];

const TRANSIENT = [
  'could not establish connection',
  'receiving end does not exist',
  'message port closed',
  // The worker was stopped while it handled the request: it may or may not have written; a retry is idempotent.
  'message channel closed',
  'no listeners available',
  'no response',
];

/** Whether a send failed because nobody was listening yet (worker starting or stopped), not because of the request. */
export function isTransientSendError(error: unknown): boolean {
  const message = errorText(error).toLowerCase();
  return TRANSIENT.some((part) => message.includes(part));
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Sends `request` to the worker and resolves with its answer (`{ ok: true, … }` or `{ ok: false, error }`).
 * Retries while the worker cannot be reached or gives no answer; after the last try, throws an error
 * that says so, with the browser's own reason.
 */
export async function sendToWorker<R extends Request>(request: R): Promise<ResponseFor<R>> {
  let lastError: unknown;
  for (const wait of [0, ...RETRY_DELAYS_MS]) {
    if (wait) await sleep(wait);
    try {
      const response = await browser.runtime.sendMessage(request);
      // 'stopping': the worker was stopped as it handled this; the next one will.
      if (isResponse(response) && (response as { error?: unknown }).error !== 'stopping') return response as ResponseFor<R>;
      lastError = 'no response';
    } catch (error) {
      if (!isTransientSendError(error)) throw error;
      lastError = error;
    }
  }
  throw new Error(`The extension's background worker did not answer: ${errorText(lastError)}`);
}

function isResponse(value: unknown): value is { ok: boolean } {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

// Helpers for the common requests. Each stamps the time of the user's action here, in the UI, so a
// retried or delayed delivery still carries the moment the user acted (see utils/progress.ts).

export function resetProgress(operator: OperatorId, at = Date.now()) {
  return sendToWorker({ type: 'progress/reset', operator, at });
}

export function saveEvidence(operator: OperatorId, evidence: Omit<Evidence, 'updatedAt'>, at = Date.now()) {
  // Only the protocol's fields: the worker refuses an evidence object with anything extra.
  const { phoneNumber, requestNumber, submittedOn, place, notes } = evidence;
  return sendToWorker({ type: 'evidence/set', operator, evidence: { phoneNumber, requestNumber, submittedOn, place, notes, updatedAt: at } });
}
