// The shortcut to the guide, in the worker: the message to the tab the keys were pressed in, and the
// popup where that tab has no guide (the browser end is tests/e2e/overlay-shortcut.spec.ts).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { GUIDE_FOCUS, isGuideFocus } from '@/utils/messages';
import { GUIDE_COMMAND, onCommand } from '@/utils/worker-command';

describe('the "go to the on-page guide" command', () => {
  let openPopup: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    fakeBrowser.reset();
    openPopup = vi.fn(async () => undefined);
    Object.assign(fakeBrowser.action, { openPopup });
  });

  it('asks the guide in the top frame of the tab the keys were pressed in, and nothing more when it went', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(true as never);
    await onCommand(GUIDE_COMMAND, { id: 7 });
    expect(send).toHaveBeenCalledWith(7, GUIDE_FOCUS, { frameId: 0 });
    expect(openPopup).not.toHaveBeenCalled();
  });

  it('opens the popup where the tab has no guide: none listening, or one that says it is not shown', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'));
    await onCommand(GUIDE_COMMAND, { id: 7 });
    send.mockResolvedValueOnce(false as never);
    await onCommand(GUIDE_COMMAND, { id: 7 });
    expect(openPopup).toHaveBeenCalledTimes(2);
  });

  it('finds the active tab when the browser names none, and fails quietly where no popup may open', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 9 }] as never);
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined as never);
    openPopup.mockRejectedValue(new Error('openPopup requires a user gesture'));
    await expect(onCommand(GUIDE_COMMAND)).resolves.toBeUndefined();
    expect(send).toHaveBeenCalledWith(9, GUIDE_FOCUS, { frameId: 0 });
  });

  it('leaves other commands alone', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage');
    await onCommand('_execute_action', { id: 7 });
    expect(send).not.toHaveBeenCalled();
    expect(openPopup).not.toHaveBeenCalled();
  });

  it('the guide takes only that message', () => {
    expect(isGuideFocus(GUIDE_FOCUS)).toBe(true);
    expect(isGuideFocus({ type: 'guide/get' })).toBe(false);
    expect(isGuideFocus(null)).toBe(false);
    expect(isGuideFocus('guide/focus')).toBe(false);
  });
});
