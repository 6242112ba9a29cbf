import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isTransientSendError, saveEvidence, sendToWorker } from '@/utils/client';

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const request = { type: 'progress/reset', operator: 'kcell' } as const;

/** sendToWorker with the browser's send replaced by `send`, its waits between tries run at once: what it resolved or threw. */
async function sendThrough(send: Mock): Promise<unknown> {
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(send);
  vi.useFakeTimers();
  const outcome = sendToWorker(request).catch((e: unknown) => e);
  await vi.runAllTimersAsync();
  return outcome;
}

describe('sendToWorker', () => {
  it('retries while the worker is stopped and returns its answer once it is back', async () => {
    const send = vi
      .fn()
      .mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'))
      .mockRejectedValueOnce(new Error('The message port closed before a response was received.'))
      .mockResolvedValueOnce(undefined)
      .mockResolvedValueOnce({ ok: true });
    expect(await sendThrough(send)).toEqual({ ok: true });
    expect(send).toHaveBeenCalledTimes(4);
    expect(send).toHaveBeenLastCalledWith(request);
  });

  it('gives up with a clear error after the last try', async () => {
    const send = vi.fn().mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    const error = await sendThrough(send);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/background worker did not answer: Could not establish connection/);
    expect(send).toHaveBeenCalledTimes(8);
  });

  it('does not retry other errors', async () => {
    const send = vi.fn().mockRejectedValue(new Error('Extension context invalidated.'));
    expect(await sendThrough(send)).toMatchObject({ message: 'Extension context invalidated.' });
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('sends again when the worker answers that it was being stopped, and returns the next worker\'s answer', async () => {
    const send = vi.fn().mockResolvedValueOnce({ ok: false, error: 'stopping' }).mockResolvedValueOnce({ ok: true });
    expect(await sendThrough(send)).toEqual({ ok: true });
    expect(send).toHaveBeenCalledTimes(2);
    vi.useRealTimers();
    const never = vi.fn().mockResolvedValue({ ok: false, error: 'stopping' });
    expect(await sendThrough(never)).toMatchObject({ message: expect.stringMatching(/did not answer/) });
    expect(never).toHaveBeenCalledTimes(8);
  });

  it('returns a refusal as it is (it is an answer, not a transport failure)', async () => {
    const send = vi.fn().mockResolvedValue({ ok: false, error: 'quota' });
    expect(await sendThrough(send)).toEqual({ ok: false, error: 'quota' });
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('backs off 50 → 3200 ms by default, so a worker that takes seconds to restart on a busy machine still gets the tick', async () => {
    vi.useFakeTimers();
    try {
      const send = vi.fn().mockRejectedValue(new Error('Receiving end does not exist.'));
      vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(send);
      const done = sendToWorker(request).catch((e: unknown) => e);
      await vi.advanceTimersByTimeAsync(6349);
      expect(send).toHaveBeenCalledTimes(7);
      await vi.advanceTimersByTimeAsync(1);
      expect(await done).toMatchObject({ message: expect.stringMatching(/did not answer/) });
      expect(send).toHaveBeenCalledTimes(8);
    } finally {
      vi.useRealTimers();
    }
  });

  it('uses runtime.sendMessage by default', async () => {
    fakeBrowser.runtime.onMessage.addListener((_message, _sender, sendResponse) => {
      sendResponse({ ok: true });
      return true;
    });
    await expect(sendToWorker(request)).resolves.toEqual({ ok: true });
  });
});

describe('helpers', () => {
  it('stamp the time of the user action and send only protocol fields', async () => {
    const seen: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
      seen.push(message);
      sendResponse({ ok: true });
      return true;
    });
    vi.spyOn(Date, 'now').mockReturnValue(1234);
    await saveEvidence('izi', { requestNumber: '1', submittedOn: '', place: '', notes: '', extra: 'x' } as never);
    expect(seen).toEqual([
      {
        type: 'evidence/set',
        operator: 'izi',
        evidence: { requestNumber: '1', submittedOn: '', place: '', notes: '', updatedAt: 1234 },
      },
    ]);
  });
});

describe('isTransientSendError', () => {
  it.each([
    ['Could not establish connection. Receiving end does not exist.', true],
    ['The message port closed before a response was received.', true],
    ['A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received', true],
    ['Extension context invalidated.', false],
  ])('%s → %s', (message, transient) => {
    expect(isTransientSendError(new Error(message))).toBe(transient);
  });
});
