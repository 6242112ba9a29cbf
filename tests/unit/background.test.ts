// The worker end to end in fakeBrowser: messages in, storage/alarms/notifications/badge out.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checklist, checklistSteps, getOperator } from '@/data';
import { applySet, progressKey, type ProgressMap } from '@/utils/progress';
import { dueAtFor, FIRE_SOON_MS } from '@/utils/reminders';
import { DEFAULT_SETTINGS, keepOnClose, readEvidence, readNotices, readProgress, readReminder, readSettings, recordNotice } from '@/utils/storage';
import { handleMessage, resetWorkerForTests, startWorker, whenReady } from '@/utils/worker';
import { SAME_REQUEST_MS } from '@/utils/popup-window';
import { refreshBadge } from '@/utils/worker-badge';
import { fireReminder } from '@/utils/worker-reminders';
import { AFTER_STEPS } from '@/data/after';
import { parseOverlayStrings } from '@/utils/messages';
import { OVERLAY_KEYS } from '@/utils/overlay-keys';
import { en } from '@/locales/en';
import { t } from '@/utils/i18n';
import { ru } from '@/locales/ru';
import { kk } from '@/locales/kk';
import { zhCN } from '@/locales/zh-CN';

const trusted = () => ({ id: fakeBrowser.runtime.id, url: `chrome-extension://${fakeBrowser.runtime.id}/popup.html` });
const send = (message: unknown) => handleMessage(message, trusted());
const dump = async () => (await fakeBrowser.storage.local.get(null)) as Record<string, unknown>;
const ids = (op: Parameters<typeof checklistSteps>[0], route: 'online' | 'office' = 'online') =>
  checklistSteps(op, route).map((s) => s.id);

// A test that moves the clock gives it back even when it fails.
afterEach(() => {
  vi.useRealTimers();
});

beforeEach(() => {
  fakeBrowser.reset();
  resetWorkerForTests();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('message listener', () => {
  it('is registered synchronously when the worker starts', () => {
    startWorker();
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(true);
    expect(fakeBrowser.alarms.onAlarm.hasListeners()).toBe(true);
  });

  it('answers this extension and changes storage', async () => {
    startWorker();
    const sendResponse = vi.fn();
    const message = { type: 'progress/set', operator: 'kcell', stepId: 'kcell-submit', done: true, at: 100 };
    const [kept] = await fakeBrowser.runtime.onMessage.trigger(message, trusted(), sendResponse);
    expect(kept).toBe(true);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith({ ok: true, progress: { done: true, at: 100 } }));
    expect(await readProgress('kcell')).toEqual({ 'kcell-submit': { done: true, at: 100 } });
  });

  it.each([
    ['another extension', { id: 'some-other-extension' }],
    ['a web page', { url: 'https://evil.example/', tab: { id: 4 } }],
    ['no sender', undefined],
  ])('ignores %s: no answer, nothing changed', async (_name, sender) => {
    startWorker();
    await whenReady();
    const before = await dump();
    const sendResponse = vi.fn();
    const message = { type: 'progress/set', operator: 'kcell', stepId: 'kcell-submit', done: true, at: 100 };
    const [kept] = await fakeBrowser.runtime.onMessage.trigger(message, sender as never, sendResponse);
    expect(kept).toBe(false);
    expect(await handleMessage(message, sender as never)).toBeUndefined();
    expect(sendResponse).not.toHaveBeenCalled();
    expect(await dump()).toEqual(before);
  });
});

describe('malformed requests', () => {
  it.each([
    ['wrong type', { type: 'progress/toggle', operator: 'kcell', stepId: 'kcell-submit' }],
    ['foreign shape', { cmd: 'clear-all' }],
    ['bad operator', { type: 'progress/reset', operator: '../../settings' }],
    ['oversized notes', { type: 'evidence/set', operator: 'kcell', evidence: { requestNumber: '', submittedOn: '', place: '', notes: 'x'.repeat(10_001), updatedAt: 1 } }],
    ['settings injection', { type: 'settings/set', patch: { lang: 'ru', __proto__: { polluted: true } } }],
    ['a bare string', 'progress/reset'],
  ])('%s → invalid-request, nothing changed', async (_name, message) => {
    await send({ type: 'settings/set', patch: { lang: 'kk' } });
    const before = await dump();
    expect(await send(message)).toEqual({ ok: false, error: 'invalid-request' });
    expect(await dump()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a step that is not in the operator checklist', async () => {
    expect(await send({ type: 'progress/set', operator: 'kcell', stepId: 'tele2-submit', done: true, at: 1 })).toEqual({
      ok: false,
      error: 'unknown-step',
    });
    expect(await readProgress('kcell')).toEqual({});
  });
});

describe('tick times from the future', () => {
  it('refuses a tick stamped more than a day ahead, which could otherwise never be undone', async () => {
    const [stepId] = ids('kcell');
    const far = Date.now() + 2 * 24 * 60 * 60 * 1000;
    expect(await send({ type: 'progress/set', operator: 'kcell', stepId, done: true, at: far })).toEqual({
      ok: false,
      error: 'future-time',
    });
    expect(await readProgress('kcell')).toEqual({});
    // A normal untick right after is not blocked by anything stored.
    expect(await send({ type: 'progress/set', operator: 'kcell', stepId, done: true, at: Date.now() })).toMatchObject({ ok: true });
  });
});

describe('concurrent writes are never lost', () => {
  it('600 ticks from six tabs at once: the result is exactly the model applied to all of them', async () => {
    const steps = ids('kcell');
    const messages: Array<{ type: 'progress/set'; operator: 'kcell'; stepId: string; done: boolean; at: number }> = [];
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let tab = 0; tab < 6; tab++)
      for (let i = 0; i < 100; i++)
        messages.push({
          type: 'progress/set',
          operator: 'kcell',
          stepId: steps[Math.floor(random() * steps.length)]!,
          done: random() < 0.6,
          at: 1_000 + Math.floor(random() * 300),
        });
    let expected: ProgressMap = {};
    for (const m of messages) expected = applySet(expected, m.stepId, m.done, m.at);

    const responses = await Promise.all(messages.map((m) => send(m)));
    expect(responses.every((r) => r?.ok)).toBe(true);
    expect(await readProgress('kcell')).toEqual(expected);
  });

  it('the union survives a worker restart in the middle, with retries of the unanswered half', async () => {
    const steps = ids('beeline');
    const ticks = steps.map((stepId, i) => ({ type: 'progress/set', operator: 'beeline', stepId, done: true, at: 10 + i }));
    const firstHalf = Promise.all(ticks.slice(0, 8).map((m) => send(m)));
    resetWorkerForTests(); // a new worker instance starts; storage is all that carries over
    await Promise.all(ticks.map((m) => send(m))); // the UIs retry everything not yet acknowledged
    await firstHalf;
    const map = await readProgress('beeline');
    expect(Object.keys(map).sort()).toEqual([...steps].sort());
    expect(Object.values(map).every((p) => p.done)).toBe(true);
  });

  it('concurrent settings patches to different fields all land', async () => {
    await Promise.all([
      send({ type: 'settings/set', patch: { lang: 'ru' } }),
      send({ type: 'settings/set', patch: { route: 'office' } }),
      send({ type: 'settings/set', patch: { reminderDays: 9 } }),
      send({ type: 'settings/set', patch: { dismissedSites: ['izi'] } }),
      send({ type: 'settings/set', patch: { operator: 'tele2' } }),
    ]);
    expect(await readSettings()).toMatchObject({ lang: 'ru', route: 'office', reminderDays: 9, dismissedSites: ['izi'], operator: 'tele2' });
  });

  it('hiding the guide on two sites at once keeps both, and showing one again keeps the other', async () => {
    await Promise.all([
      send({ type: 'site/dismiss', operator: 'kcell', dismissed: true }),
      send({ type: 'site/dismiss', operator: 'tele2', dismissed: true }),
    ]);
    expect([...(await readSettings()).dismissedSites].sort()).toEqual(['kcell', 'tele2']);
    await Promise.all([
      send({ type: 'site/dismiss', operator: 'kcell', dismissed: false }),
      send({ type: 'site/dismiss', operator: 'beeline', dismissed: true }),
    ]);
    expect([...(await readSettings()).dismissedSites].sort()).toEqual(['beeline', 'tele2']);
    // Asked twice: no duplicate.
    await send({ type: 'site/dismiss', operator: 'beeline', dismissed: true });
    expect([...(await readSettings()).dismissedSites].sort()).toEqual(['beeline', 'tele2']);
  });

  it('concurrent notices all land', async () => {
    await Promise.all(['a', 'b', 'c', 'd', 'e', 'f'].map((item) => recordNotice('reset', item, 1)));
    expect((await readNotices()).map((n) => n.item).sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('an older evidence edit delivered late does not replace a newer one', async () => {
    const base = { phoneNumber: '', submittedOn: '', place: '', notes: '' };
    await send({ type: 'evidence/set', operator: 'activ', evidence: { ...base, requestNumber: 'new', updatedAt: 20 } });
    const late = await send({ type: 'evidence/set', operator: 'activ', evidence: { ...base, requestNumber: 'old', updatedAt: 10 } });
    expect(late).toEqual({ ok: true, evidence: { ...base, requestNumber: 'new', updatedAt: 20 } });
    expect((await readEvidence('activ')).requestNumber).toBe('new');
  });
});

describe('progress', () => {
  it('the first tick names the operator in progress; a later one does not change it', async () => {
    await send({ type: 'progress/set', operator: 'izi', stepId: 'izi-submit', done: true, at: 1 });
    await send({ type: 'progress/set', operator: 'kcell', stepId: 'kcell-submit', done: true, at: 2 });
    expect((await readSettings()).operator).toBe('izi');
  });

  it('a tick a closing page wrote itself names the operator being left, as one sent to the worker does', async () => {
    // The page's `settings/set` was dropped with it (utils/unanswered-ticks.ts): the badge counted nothing.
    startWorker();
    await whenReady();
    keepOnClose({ [progressKey('kcell', 'kcell-submit')]: { done: true, at: Date.now() } });
    await vi.waitFor(async () => expect((await readSettings()).operator).toBe('kcell'));
    // Another operator's tick later does not take its place.
    keepOnClose({ [progressKey('izi', 'izi-submit')]: { done: true, at: Date.now() + 1 } });
    await vi.waitFor(async () => expect((await readProgress('izi'))['izi-submit']?.done).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await readSettings()).operator).toBe('kcell');
  });

  it('an operator cleared on purpose stays cleared until a new tick, not brought back by ticks already stored or unticks', async () => {
    startWorker();
    await whenReady();
    await send({ type: 'progress/set', operator: 'kcell', stepId: 'kcell-submit', done: true, at: 1 });
    await send({ type: 'settings/set', patch: { operator: null } });
    // An untick, and a done tick stored again with a new time (a copy), are not new ticks.
    keepOnClose({ [progressKey('kcell', 'kcell-submit')]: { done: true, at: 2 }, [progressKey('kcell', 'before-backup')]: { done: false, at: 2 } });
    await vi.waitFor(async () => expect((await readProgress('kcell'))['kcell-submit']?.at).toBe(2));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await readSettings()).operator).toBeNull();
    keepOnClose({ [progressKey('kcell', 'before-backup')]: { done: true, at: 3 } });
    await vi.waitFor(async () => expect((await readSettings()).operator).toBe('kcell'));
  });

  it('reset unticks everything, removes evidence and reminder, and a late tick sent before it stays undone', async () => {
    const before = Date.now() - 1_000;
    await send({ type: 'progress/set', operator: 'tele2', stepId: 'tele2-submit', done: true, at: before });
    await send({ type: 'progress/set', operator: 'kcell', stepId: 'kcell-submit', done: true, at: before });
    await send({
      type: 'evidence/set',
      operator: 'tele2',
      evidence: { requestNumber: '1', submittedOn: '2026-11-20', place: '', notes: '', updatedAt: 1 },
    });
    expect(await fakeBrowser.alarms.get('reminder:tele2')).toBeDefined();

    expect(await send({ type: 'progress/reset', operator: 'tele2' })).toEqual({ ok: true });
    await send({ type: 'progress/set', operator: 'tele2', stepId: 'tele2-submit', done: true, at: before + 1 });

    expect(Object.values(await readProgress('tele2')).every((p) => !p.done)).toBe(true);
    expect(await readProgress('kcell')).toEqual({ 'kcell-submit': { done: true, at: before } });
    expect((await readEvidence('tele2')).requestNumber).toBe('');
    expect(await readReminder('tele2')).toBeNull();
    expect(await fakeBrowser.alarms.get('reminder:tele2')).toBeUndefined();

    await send({ type: 'progress/set', operator: 'tele2', stepId: 'tele2-submit', done: true, at: Date.now() + 1 });
    expect((await readProgress('tele2'))['tele2-submit']?.done).toBe(true);
  });

  it('a tick handled while the browser stops the worker is answered "stopping", not refused, so it is sent again', async () => {
    // Chrome refuses the calls of a worker it is stopping with "No SW"; answered 'internal', the UI
    // undid the tick (the bench lost ticks this way with the worker stopped mid-run).
    await whenReady();
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('No SW'));
    const tick = { type: 'progress/set', operator: 'kcell', stepId: 'kcell-submit', done: true, at: Date.now() };
    expect(await send(tick)).toEqual({ ok: false, error: 'stopping' });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValueOnce(new Error('No SW'));
    expect(await send(tick)).toEqual({ ok: false, error: 'stopping' });
    expect(error).not.toHaveBeenCalled();
    set.mockRestore();
    get.mockRestore();
    expect(await send(tick)).toEqual({ ok: true, progress: { done: true, at: tick.at } });
    // Any other failure is still one.
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('IO error: disk'));
    expect(await send({ ...tick, at: tick.at + 1 })).toEqual({ ok: false, error: 'internal' });
    expect(error).toHaveBeenCalled();
  });

  it('opening the checklist or injecting the guide while the worker is being stopped is answered "stopping", to be sent again', async () => {
    await whenReady();
    const fromPage = { ...trusted(), url: 'https://activ.kz/ru/article/faq', tab: { id: 3 }, frameId: 0 };
    vi.spyOn(fakeBrowser.windows, 'create').mockRejectedValueOnce(new Error('No SW'));
    vi.spyOn(fakeBrowser.tabs, 'create').mockRejectedValueOnce(new Error('No SW'));
    expect(await handleMessage({ type: 'popup/open', operator: 'activ' }, fromPage)).toEqual({ ok: false, error: 'stopping' });
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValueOnce(new Error('No SW'));
    expect(await handleMessage({ type: 'overlay/inject' }, fromPage)).toEqual({ ok: false, error: 'stopping' });
  });

  it('a reset sent again after a worker stop leaves what the user ticked or typed since it was asked for', async () => {
    await whenReady();
    vi.useFakeTimers({ toFake: ['Date'] });
    const asked = Date.now();
    const before = progressKey('kcell', 'before-backup');
    await send({ type: 'progress/set', operator: 'kcell', stepId: 'before-backup', done: true, at: asked - 1_000 });
    expect(await send({ type: 'progress/reset', operator: 'kcell', at: asked })).toEqual({ ok: true });
    // Seconds later: a tick and the proof, then the same reset delivered again.
    vi.setSystemTime(asked + 2_000);
    await send({ type: 'progress/set', operator: 'kcell', stepId: 'kcell-submit', done: true, at: asked + 1_000 });
    await send({ type: 'evidence/set', operator: 'kcell', evidence: { requestNumber: 'Z-9', submittedOn: '', place: '', notes: '', updatedAt: asked + 2_000 } });
    vi.setSystemTime(asked + 6_000);
    expect(await send({ type: 'progress/reset', operator: 'kcell', at: asked })).toEqual({ ok: true });
    vi.useRealTimers();
    expect((await readProgress('kcell'))['kcell-submit']).toEqual({ done: true, at: asked + 1_000 });
    expect((await readEvidence('kcell')).requestNumber).toBe('Z-9');
    expect(((await dump())[before] as { done: boolean }).done).toBe(false);
  });

  it('reset wins over a tick stamped ahead of the clock, and that tick delivered again stays undone', async () => {
    const ahead = Date.now() + 3_600_000;
    await fakeBrowser.storage.local.set({ [progressKey('kcell', 'kcell-submit')]: { done: true, at: ahead } });
    expect(await send({ type: 'progress/reset', operator: 'kcell' })).toEqual({ ok: true });
    const after = (await readProgress('kcell'))['kcell-submit']!;
    expect(after.done).toBe(false);
    expect(after.at).toBeGreaterThan(ahead);
    await send({ type: 'progress/set', operator: 'kcell', stepId: 'kcell-submit', done: true, at: ahead });
    expect((await readProgress('kcell'))['kcell-submit']?.done).toBe(false);
  });

  it('proof sent before a reset and delivered after it (a retry, another popup) does not come back, nor does its reminder', async () => {
    const t0 = Date.now() - 1_000;
    const proof = (updatedAt: number) => ({ requestNumber: 'KC-1', submittedOn: '2026-11-20', place: '', notes: 'paid', updatedAt });
    await send({ type: 'evidence/set', operator: 'kcell', evidence: proof(t0) });
    expect(await send({ type: 'progress/reset', operator: 'kcell' })).toEqual({ ok: true });
    await send({ type: 'evidence/set', operator: 'kcell', evidence: proof(t0 + 1) });
    expect(await readEvidence('kcell')).toMatchObject({ requestNumber: '', submittedOn: '', notes: '' });
    expect(await readReminder('kcell')).toBeNull();
    expect(await fakeBrowser.alarms.get('reminder:kcell')).toBeUndefined();
    // What the user types after the reset is saved.
    await send({ type: 'evidence/set', operator: 'kcell', evidence: { ...proof(Date.now() + 1), requestNumber: 'KC-2' } });
    expect((await readEvidence('kcell')).requestNumber).toBe('KC-2');
  });
});

describe('guide/get', () => {
  it('returns the guide and the sections of the current route', async () => {
    const online = await send({ type: 'guide/get', operator: 'kcell' });
    expect(online).toEqual({ ok: true, guide: getOperator('kcell'), sections: checklist('kcell', 'online'), route: 'online', folded: false });
    await send({ type: 'settings/set', patch: { route: 'office' } });
    const office = await send({ type: 'guide/get', operator: 'kcell' });
    expect(office).toMatchObject({ route: 'office', sections: checklist('kcell', 'office') });
  });

  // overlay.js bundles no language: the detector's guide/get brings the words of the one the overlay
  // will show, picked as the overlay picks it (the setting, else the page's browser language).
  const words = { en, ru, kk, 'zh-CN': zhCN } as const;
  const strings = (answer: unknown) => parseOverlayStrings((answer as { strings?: unknown }).strings);

  it('with the page’s language, carries the strings of the language chosen in SimExit, else of the page’s', async () => {
    for (const [locale, lang] of [['ru-RU', 'ru'], ['kk', 'kk'], ['zh-Hans-CN', 'zh-CN'], ['de-DE', 'en'], ['', 'en']] as const) {
      const parsed = strings(await send({ type: 'guide/get', operator: 'kcell', locale }));
      expect(parsed?.lang, locale).toBe(lang);
      expect(parsed?.strings['overlay.title'], locale).toBe(words[lang]['overlay.title']);
    }
    for (const lang of ['en', 'ru', 'kk', 'zh-CN'] as const) {
      await send({ type: 'settings/set', patch: { lang } });
      const answer = await send({ type: 'guide/get', operator: 'kcell', locale: 'ru-RU' });
      expect(answer).toMatchObject({ ok: true, guide: getOperator('kcell') });
      const parsed = strings(answer);
      expect(parsed?.lang).toBe(lang);
      // Every key the overlay shows, in that language, none of the popup's or the worker's.
      expect(Object.keys(parsed!.strings)).toEqual([...OVERLAY_KEYS]);
      for (const key of OVERLAY_KEYS) expect(parsed!.strings[key]).toBe(words[lang][key]);
    }
  });

  it('without it (the popup, the overlay asking again) carries none', async () => {
    expect(await send({ type: 'guide/get', operator: 'kcell' })).not.toHaveProperty('strings');
  });
});

describe('strings/get', () => {
  it('answers a language’s overlay strings, before the worker’s start-up work and without storage', async () => {
    const read = vi.spyOn(fakeBrowser.storage.local, 'get');
    for (const lang of ['en', 'ru', 'kk', 'zh-CN'] as const) {
      const answer = await send({ type: 'strings/get', lang });
      expect(answer).toMatchObject({ ok: true });
      expect(parseOverlayStrings((answer as { strings?: unknown }).strings)?.lang).toBe(lang);
    }
    expect(read).not.toHaveBeenCalled();
  });

  it('refuses a language it does not offer', async () => {
    expect(await send({ type: 'strings/get', lang: 'de' })).toEqual({ ok: false, error: 'invalid-request' });
  });
});

describe('overlay/inject', () => {
  const page = (tabId: number, frameId = 0) => ({
    id: fakeBrowser.runtime.id,
    url: 'https://www.kcell.kz/ru/product/documents',
    tab: { id: tabId },
    frameId,
  });
  const stubExecute = () => vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async () => []) as never);

  it('loads the overlay into the asking content script’s own tab and frame', async () => {
    const execute = stubExecute();
    expect(await handleMessage({ type: 'overlay/inject' }, page(41, 2))).toEqual({ ok: true });
    expect(execute).toHaveBeenCalledTimes(1);
    // At once, not at document_idle, which waits for the page's images (scripts/bench.ts measureStillLoading).
    expect(execute).toHaveBeenCalledWith({ target: { tabId: 41, frameIds: [2] }, files: ['/overlay.js'], injectImmediately: true });
  });

  it('loads nothing into a site the user closed the guide on, and loads again once it is restored', async () => {
    const execute = stubExecute();
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, dismissedSites: ['kcell'] } });
    expect(await handleMessage({ type: 'overlay/inject' }, page(41))).toEqual({ ok: false, error: 'dismissed' });
    expect(execute).not.toHaveBeenCalled();
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, dismissedSites: ['activ'] } });
    expect(await handleMessage({ type: 'overlay/inject' }, page(41))).toEqual({ ok: true });
    expect(execute).toHaveBeenCalledTimes(1);
  });

  it('never takes a tab, frame or file from the message', async () => {
    const execute = stubExecute();
    for (const raw of [
      { type: 'overlay/inject', tabId: 99 },
      { type: 'overlay/inject', target: { tabId: 99, frameIds: [0] } },
      { type: 'overlay/inject', files: ['/background.js'] },
    ]) {
      expect(await handleMessage(raw, page(41))).toEqual({ ok: false, error: 'invalid-request' });
    }
    expect(execute).not.toHaveBeenCalled();
  });

  it('injects nothing for a sender that is not a content script on an operator page', async () => {
    const execute = stubExecute();
    // The popup opened in a tab is this extension too, with a tab id: still no injection.
    const popupTab = { id: fakeBrowser.runtime.id, url: `chrome-extension://${fakeBrowser.runtime.id}/popup.html`, tab: { id: 5 }, frameId: 0 };
    expect(await handleMessage({ type: 'overlay/inject' }, popupTab)).toEqual({ ok: false, error: 'invalid-request' });
    expect(await handleMessage({ type: 'overlay/inject' }, trusted())).toEqual({ ok: false, error: 'invalid-request' });
    expect(execute).not.toHaveBeenCalled();
  });

  it.each([
    ['another extension', { ...{ url: 'https://www.kcell.kz/ru', tab: { id: 5 }, frameId: 0 }, id: 'some-other-extension' }],
    ['a web page', { url: 'https://www.kcell.kz/ru', tab: { id: 5 }, frameId: 0 }],
  ])('ignores %s: no answer, nothing injected', async (_name, sender) => {
    const execute = stubExecute();
    startWorker();
    const sendResponse = vi.fn();
    const [kept] = await fakeBrowser.runtime.onMessage.trigger({ type: 'overlay/inject' }, sender as never, sendResponse);
    expect(kept).toBe(false);
    expect(await handleMessage({ type: 'overlay/inject' }, sender as never)).toBeUndefined();
    expect(sendResponse).not.toHaveBeenCalled();
    expect(execute).not.toHaveBeenCalled();
  });

  it('says so when the tab went away before the overlay could be loaded', async () => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('No tab with id: 41.'));
    expect(await handleMessage({ type: 'overlay/inject' }, page(41))).toEqual({ ok: false, error: 'internal' });
  });
});

describe('reminders', () => {
  const evidence = (submittedOn: string, updatedAt = 1) => ({
    type: 'evidence/set',
    operator: 'beeline',
    evidence: { requestNumber: 'B-1', submittedOn, place: '', notes: '', updatedAt },
  });

  it('schedules at the date submitted + the user days, reschedules when the days change, cancels when cleared', async () => {
    const future = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    await send(evidence(future));
    expect(await readReminder('beeline')).toEqual({ dueAt: dueAtFor(future, 3), fired: false });
    expect((await fakeBrowser.alarms.get('reminder:beeline'))?.scheduledTime).toBe(dueAtFor(future, 3));

    await send({ type: 'settings/set', patch: { reminderDays: 14 } });
    expect((await fakeBrowser.alarms.get('reminder:beeline'))?.scheduledTime).toBe(dueAtFor(future, 14));

    await send(evidence('', 2));
    expect(await readReminder('beeline')).toBeNull();
    expect(await fakeBrowser.alarms.get('reminder:beeline')).toBeUndefined();
  });

  it('schedules the reminder for proof the popup wrote itself as it closed (worker not asked)', async () => {
    startWorker();
    await whenReady();
    const future = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    keepOnClose({ 'evidence:beeline': { phoneNumber: '', requestNumber: 'B-2', submittedOn: future, place: '', notes: '', updatedAt: 5 } });
    await vi.waitFor(async () => expect((await fakeBrowser.alarms.get('reminder:beeline'))?.scheduledTime).toBe(dueAtFor(future, 3)));
    expect(await readEvidence('beeline')).toMatchObject({ requestNumber: 'B-2', submittedOn: future });
  });

  it('fires about a minute from now when the due date has passed', async () => {
    const now = Date.now();
    await send(evidence('2020-01-01'));
    const alarm = await fakeBrowser.alarms.get('reminder:beeline');
    expect(alarm!.scheduledTime).toBeGreaterThanOrEqual(now + FIRE_SOON_MS);
    expect(alarm!.scheduledTime).toBeLessThan(now + FIRE_SOON_MS + 5_000);
  });

  it('shows one notification in the user language, and a click opens the popup', async () => {
    startWorker();
    await send({ type: 'settings/set', patch: { lang: 'ru' } });
    await send(evidence('2020-01-01'));
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'reminder:beeline', scheduledTime: Date.now() } as never);
    await vi.waitFor(async () => expect((await readReminder('beeline'))?.fired).toBe(true));
    const shown = fakeBrowser.notifications.getAllCreateOptions();
    expect(Object.keys(shown)).toEqual(['reminder:beeline']);
    expect(shown['reminder:beeline']).toMatchObject({
      type: 'basic',
      iconUrl: fakeBrowser.runtime.getURL('/icon/notification.png'),
      title: expect.stringContaining('Beeline'),
      message: expect.stringMatching(/отключён.*счёт/),
    });

    await fakeBrowser.notifications.clear('reminder:beeline');
    await fireReminder('beeline');
    expect(fakeBrowser.notifications.getAllCreateOptions()).toEqual({});

    // Clicked: the checklist opens in a window of the popup's size, not in a full tab, at the step
    // the reminder asks about rather than at the top of the list.
    const opened = vi.spyOn(fakeBrowser.windows, 'create');
    const tabs = vi.spyOn(fakeBrowser.tabs, 'create');
    const atStep = fakeBrowser.runtime.getURL('/popup.html?operator=beeline#step-after-check-disconnected');
    await fakeBrowser.notifications.onClicked.trigger('reminder:beeline');
    await vi.waitFor(() => expect(opened).toHaveBeenCalledWith({ url: atStep, type: 'popup', width: 420, height: 640 }));
    expect(tabs).not.toHaveBeenCalled();
    // Let that opening finish: a click while it is under way joins it (utils/popup-window.ts).
    await new Promise((resolve) => setTimeout(resolve, 0));
    // Where windows cannot be made (Firefox for Android), a tab. (The first window was closed since.)
    vi.spyOn(fakeBrowser.windows, 'update').mockRejectedValueOnce(new Error('No window with that id.'));
    opened.mockRejectedValueOnce(new Error('windows.create is not supported'));
    await fakeBrowser.notifications.onClicked.trigger('reminder:beeline');
    await vi.waitFor(() => expect(tabs).toHaveBeenCalledWith({ url: atStep }));
  });

  it('survive a restart that lost the alarms: the next worker start recreates them', async () => {
    const future = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);
    await send(evidence(future));
    await fakeBrowser.alarms.clearAll();
    resetWorkerForTests();
    await whenReady();
    expect((await fakeBrowser.alarms.get('reminder:beeline'))?.scheduledTime).toBe(dueAtFor(future, 3));
  });

  it('a shown reminder is not shown again when its date passes through another one and comes back', async () => {
    startWorker();
    await send(evidence('2020-01-20'));
    await fireReminder('beeline');
    expect(await readReminder('beeline')).toMatchObject({ fired: true, shownDay: '2020-01-23' });
    await fakeBrowser.notifications.clear('reminder:beeline');
    // The day retyped digit by digit: 2020-01-02 is saved for a moment, then 2020-01-20 again.
    await send(evidence('2020-01-02', 2));
    expect(await fakeBrowser.alarms.get('reminder:beeline')).toBeDefined();
    await send(evidence('2020-01-20', 3));
    expect(await fakeBrowser.alarms.get('reminder:beeline')).toBeUndefined();
    expect(await readReminder('beeline')).toMatchObject({ fired: true, shownDay: '2020-01-23' });
    await fireReminder('beeline');
    expect(fakeBrowser.notifications.getAllCreateOptions()).toEqual({});
  });

  it('a shown reminder is not shown again when its date is cleared and typed again; a reset forgets it', async () => {
    // Two days after the date submitted, a day before its reminder: the proof typed again after the
    // reset is typed before its reminder day, so its reminder is still to come (see 'typed late').
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(2020, 0, 22, 9) });
    const due = dueAtFor('2020-01-20', 3);
    startWorker();
    await send(evidence('2020-01-20'));
    await fireReminder('beeline', due);
    await fakeBrowser.notifications.clear('reminder:beeline');
    await send(evidence('', 2));
    expect(await fakeBrowser.alarms.get('reminder:beeline')).toBeUndefined();
    await send(evidence('2020-01-20', 3));
    expect(await fakeBrowser.alarms.get('reminder:beeline')).toBeUndefined();
    await fireReminder('beeline', due);
    expect(fakeBrowser.notifications.getAllCreateOptions()).toEqual({});

    // Starting over: the same date is a new submission, and its reminder comes again.
    await send({ type: 'progress/reset', operator: 'beeline' });
    expect(await readReminder('beeline')).toBeNull();
    await send(evidence('2020-01-20', Date.now() + 1));
    expect(await fakeBrowser.alarms.get('reminder:beeline')).toBeDefined();
    await fireReminder('beeline', due);
    expect(Object.keys(fakeBrowser.notifications.getAllCreateOptions())).toEqual(['reminder:beeline']);
  });

  it('says nothing when the check it asks for is ticked already, and does not come later', async () => {
    startWorker();
    await send(evidence('2020-01-01'));
    expect(AFTER_STEPS.map((step) => step.id)).toContain('after-check-disconnected');
    // The step the worker and the popup find by its flag (tests/e2e/reminder-checked.spec.ts): this one alone.
    expect(AFTER_STEPS.find((step) => step.reminderAsks)?.id).toBe('after-check-disconnected');
    await send({ type: 'progress/set', operator: 'beeline', stepId: 'after-check-disconnected', done: true, at: Date.now() });
    await fireReminder('beeline');
    // "Has Beeline really closed your number?", asked of someone who had ticked that it had (helper-66).
    expect(fakeBrowser.notifications.getAllCreateOptions()).toEqual({});
    expect((await readReminder('beeline'))?.fired).toBe(true);
    // Unticked again, it is not asked later either: the reminder was the one for this submission.
    await send({ type: 'progress/set', operator: 'beeline', stepId: 'after-check-disconnected', done: false, at: Date.now() + 1 });
    await fireReminder('beeline');
    expect(fakeBrowser.notifications.getAllCreateOptions()).toEqual({});
  });

  it('a notification shown goes when its reminder is replaced (another date, other days) or cancelled (date cleared, reset)', async () => {
    startWorker();
    const shown = () => Object.keys(fakeBrowser.notifications.getAllCreateOptions());
    const show = async () => {
      await fireReminder('beeline');
      expect(shown()).toEqual(['reminder:beeline']);
    };
    await send(evidence('2020-01-01', 1));
    await show();
    // "You sent the request on 1 January…" stayed up after the date was corrected to 5 January.
    await send(evidence('2020-01-05', 2));
    expect(shown()).toEqual([]);
    await show();
    await send({ type: 'settings/set', patch: { reminderDays: 10 } });
    expect(shown()).toEqual([]);
    await show();
    // Still up when nothing about it changed: other proof typed, a worker start.
    await send({ type: 'evidence/set', operator: 'beeline', evidence: { requestNumber: 'B-2', submittedOn: '2020-01-05', place: 'Almaty', notes: '', updatedAt: 3 } });
    resetWorkerForTests();
    await whenReady();
    expect(shown()).toEqual(['reminder:beeline']);
    await send(evidence('', 4));
    expect(shown()).toEqual([]);
    await send(evidence('2020-02-01', 5));
    await show();
    await send({ type: 'progress/reset', operator: 'beeline' });
    expect(shown()).toEqual([]);
  });

  it('a notification shown goes when the user ticks the check it asks for, from the popup or from a closing page', async () => {
    startWorker();
    const shown = () => Object.keys(fakeBrowser.notifications.getAllCreateOptions());
    await send(evidence('2020-01-01'));
    await fireReminder('beeline');
    expect(shown()).toEqual(['reminder:beeline']);
    // Another step ticked: still asked.
    await send({ type: 'progress/set', operator: 'beeline', stepId: 'beeline-submit', done: true, at: Date.now() });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(shown()).toEqual(['reminder:beeline']);
    await send({ type: 'progress/set', operator: 'beeline', stepId: 'after-check-disconnected', done: true, at: Date.now() });
    await vi.waitFor(() => expect(shown()).toEqual([]));

    await send({ type: 'evidence/set', operator: 'kcell', evidence: { requestNumber: 'K-1', submittedOn: '2020-01-01', place: '', notes: '', updatedAt: 1 } });
    await fireReminder('kcell');
    expect(shown()).toEqual(['reminder:kcell']);
    keepOnClose({ [progressKey('kcell', 'after-check-disconnected')]: { done: true, at: Date.now() } });
    await vi.waitFor(() => expect(shown()).toEqual([]));
  });

  it('a click on a notification whose reminder is gone opens the list as it is, not at a check no longer asked', async () => {
    startWorker();
    const opened = vi.spyOn(fakeBrowser.windows, 'create');
    const top = fakeBrowser.runtime.getURL('/popup.html?operator=beeline');
    await send(evidence('2020-01-01'));
    await fireReminder('beeline');
    // A notification the browser kept (or an earlier version left), its proof since reset.
    await send({ type: 'progress/reset', operator: 'beeline' });
    await fakeBrowser.notifications.onClicked.trigger('reminder:beeline');
    await vi.waitFor(() => expect(opened).toHaveBeenCalledWith(expect.objectContaining({ url: top })));
  });

  it('proof typed late, its reminder day already past, brings no notification a minute later: the popup has just said to check now', async () => {
    startWorker();
    const today = new Date();
    const daysAgo = (n: number) => new Date(today.getFullYear(), today.getMonth(), today.getDate() - n);
    const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    await send(evidence(iso(daysAgo(10)), Date.now()));
    expect(await fakeBrowser.alarms.get('reminder:beeline')).toBeUndefined();
    expect(await readReminder('beeline')).toMatchObject({ fired: true, shownDay: iso(daysAgo(7)) });
    await fireReminder('beeline', Date.now() + FIRE_SOON_MS);
    expect(fakeBrowser.notifications.getAllCreateOptions()).toEqual({});
    // Other proof typed later (the date stays): nothing changes.
    await send({ type: 'evidence/set', operator: 'beeline', evidence: { requestNumber: 'B-9', submittedOn: iso(daysAgo(10)), place: '', notes: '', updatedAt: Date.now() + 1 } });
    expect(await fakeBrowser.alarms.get('reminder:beeline')).toBeUndefined();
    // A reminder day still ahead keeps its notification, on its day.
    await send(evidence(iso(daysAgo(1)), Date.now() + 2));
    const dueAt = dueAtFor(iso(daysAgo(1)), 3);
    expect((await fakeBrowser.alarms.get('reminder:beeline'))?.scheduledTime).toBe(dueAt);
    await fireReminder('beeline', dueAt);
    expect(Object.keys(fakeBrowser.notifications.getAllCreateOptions())).toEqual(['reminder:beeline']);
  });

  it('days changed in the popup so the day shown is already past bring no notification a minute later: the popup has just said to check now', async () => {
    startWorker();
    const today = new Date();
    const daysAgo = (n: number) => new Date(today.getFullYear(), today.getMonth(), today.getDate() - n);
    const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    const shown = () => Object.keys(fakeBrowser.notifications.getAllCreateOptions());
    // Both sent 5 days ago, reminders in 3 days (day 8) … until the popup, showing Beeline's proof, is set to 2 days.
    await send({ type: 'settings/set', patch: { reminderDays: 8 } });
    await send(evidence(iso(daysAgo(5)), Date.now()));
    await send({ type: 'evidence/set', operator: 'kcell', evidence: { requestNumber: 'K-1', submittedOn: iso(daysAgo(5)), place: '', notes: '', updatedAt: Date.now() } });
    expect(await fakeBrowser.alarms.get('reminder:beeline')).toBeDefined();
    await send({ type: 'settings/set', patch: { reminderDays: 2 }, shown: { operator: 'beeline', at: Date.now() } });
    // Beeline's line said "check now" under its date: no alarm, the reminder kept as shown for that day.
    expect(await fakeBrowser.alarms.get('reminder:beeline')).toBeUndefined();
    expect(await readReminder('beeline')).toMatchObject({ fired: true, shownDay: iso(daysAgo(3)) });
    await fireReminder('beeline', Date.now() + FIRE_SOON_MS);
    expect(shown()).toEqual([]);
    // Kcell's proof was not on screen: its day, now past, is said a minute later, as is one a worker start finds.
    expect((await fakeBrowser.alarms.get('reminder:kcell'))?.scheduledTime).toBeGreaterThan(Date.now());
    await fireReminder('kcell', Date.now() + FIRE_SOON_MS);
    expect(shown()).toEqual(['reminder:kcell']);
    // The same change from a sender that names no operator's proof (the on-page guide, an older popup) is not the popup's line.
    await send({ type: 'settings/set', patch: { reminderDays: 1 } });
    expect((await fakeBrowser.alarms.get('reminder:beeline'))?.scheduledTime).toBeGreaterThan(Date.now());
  });

  it.each([
    ['proof of the 20th: "reminder on 28 Nov", today on its screen, is said a minute later', '2026-11-20', ['reminder:beeline']],
    ['proof of the 19th: "check now" under 27 Nov is not said again', '2026-11-19', []],
  ])('days changed in the popup a moment before midnight, handled by the worker after it: %s', async (_name, submittedOn, said) => {
    // The popup, at 23:59:59.9 on 28 November, sets 8 days; the worker, started by that message, handles it
    // on the 29th. "Already past" is the popup's judgement of the day on its screen, not the worker's clock's:
    // judged by the worker's, the day the popup had just called today was spared and never said.
    const popupAt = new Date(2026, 10, 28, 23, 59, 59, 900).getTime();
    vi.useFakeTimers({ toFake: ['Date'], now: popupAt - 60_000 });
    startWorker();
    await send({ type: 'settings/set', patch: { reminderDays: 10 } });
    await send(evidence(submittedOn, Date.now()));
    vi.setSystemTime(popupAt + 300);
    await send({ type: 'settings/set', patch: { reminderDays: 8 }, shown: { operator: 'beeline', at: popupAt } });
    await fireReminder('beeline', Date.now() + FIRE_SOON_MS);
    expect(Object.keys(fakeBrowser.notifications.getAllCreateOptions())).toEqual(said);
  });

  it('a time from the popup ahead of the worker\'s clock spares no day still to come', async () => {
    startWorker();
    const future = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    await send({ type: 'settings/set', patch: { reminderDays: 10 } });
    await send(evidence(future, Date.now()));
    await send({ type: 'settings/set', patch: { reminderDays: 3 }, shown: { operator: 'beeline', at: Date.now() + 30 * 86_400_000 } });
    expect((await fakeBrowser.alarms.get('reminder:beeline'))?.scheduledTime).toBe(dueAtFor(future, 3));
  });

  it('a fired reminder is not shown again after a restart', async () => {
    await send(evidence('2020-01-01'));
    await fireReminder('beeline');
    resetWorkerForTests();
    await whenReady();
    expect(await fakeBrowser.alarms.get('reminder:beeline')).toBeUndefined();
    expect((await readReminder('beeline'))?.fired).toBe(true);
  });
});

describe('data from a newer version', () => {
  it('leaves a notices list it cannot read as it is, and dismissing one notice keeps the ones it does not know', async () => {
    const known = { id: 'quota:storage', kind: 'quota', item: 'storage', at: 1 };
    const unknown = { id: 'sync-conflict:settings', kind: 'sync-conflict', item: 'settings', at: 2 };
    await fakeBrowser.storage.local.set({ schemaVersion: 3, notices: [known, unknown] });
    resetWorkerForTests();
    startWorker();
    expect(await whenReady()).toBe('newer');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await fakeBrowser.storage.local.get('notices')).notices).toEqual([known, unknown]);
    expect(await send({ type: 'notice/dismiss', id: 'quota:storage' })).toEqual({ ok: true });
    expect((await fakeBrowser.storage.local.get('notices')).notices).toEqual([unknown]);
  });

  it('stays read-only when its notice cannot be recorded: a tick is refused and nothing is written', async () => {
    await fakeBrowser.storage.local.set({ schemaVersion: 3 });
    const before = await dump();
    resetWorkerForTests();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // The version is read; the notices after it are not.
    const get = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
    const reads = vi
      .spyOn(fakeBrowser.storage.local, 'get')
      .mockImplementationOnce(get as never)
      .mockRejectedValueOnce(new Error('IO error'));
    expect(await whenReady()).toBe('newer');
    reads.mockRestore();
    expect(await send({ type: 'progress/set', operator: 'kcell', stepId: 'kcell-submit', done: true, at: Date.now() })).toEqual({
      ok: false,
      error: 'newer-version',
    });
    expect(await dump()).toEqual(before);
  });

  it('a browser start or a due alarm does not rewrite or remove reminders this version cannot read', async () => {
    // A newer format: the evidence has fields this version does not know, its reminder is due.
    const items = {
      schemaVersion: 3,
      'evidence:kcell': { request: { number: 'KC-9' }, submitted: '2026-11-20', updatedAt: 5 },
      'reminder:kcell': { dueAt: Date.now() - 1_000, fired: false, channel: 'push' },
    };
    await fakeBrowser.storage.local.set(items);
    resetWorkerForTests();
    startWorker();
    expect(await whenReady()).toBe('newer');
    await fakeBrowser.runtime.onStartup.trigger();
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'reminder:kcell', scheduledTime: Date.now(), persistAcrossSessions: false });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const after = await fakeBrowser.storage.local.get(['evidence:kcell', 'reminder:kcell']);
    expect(after).toEqual({ 'evidence:kcell': items['evidence:kcell'], 'reminder:kcell': items['reminder:kcell'] });
  });
});

describe('the overlay folded by the user stays folded in that tab', () => {
  const fromTab = (id: number) => ({ ...trusted(), url: 'https://www.kcell.kz/ru/product/documents', tab: { id }, frameId: 0 });
  const foldedFor = async (sender: ReturnType<typeof trusted>) =>
    ((await handleMessage({ type: 'guide/get', operator: 'kcell' }, sender)) as { folded?: boolean }).folded;

  it('is remembered for the tab that folded it only, and forgotten when it is opened again', async () => {
    await whenReady();
    startWorker();
    expect(await foldedFor(fromTab(7))).toBe(false);
    expect(await handleMessage({ type: 'overlay/fold', folded: true }, fromTab(7))).toEqual({ ok: true });
    expect(await foldedFor(fromTab(7))).toBe(true);
    // Another tab, and the popup (no tab), start unfolded.
    expect(await foldedFor(fromTab(8))).toBe(false);
    expect(await foldedFor(trusted())).toBe(false);
    // Nothing of it in the user's data.
    expect(Object.keys(await dump()).some((key) => key.includes('fold'))).toBe(false);

    await handleMessage({ type: 'overlay/fold', folded: false }, fromTab(7));
    expect(await foldedFor(fromTab(7))).toBe(false);

  });

  it('outlives the worker (Chrome stops it after 30 s idle), and costs no checklist where session storage fails', async () => {
    await handleMessage({ type: 'overlay/fold', folded: true }, fromTab(7));
    resetWorkerForTests(); // a new worker instance: only storage carries over
    expect(await foldedFor(fromTab(7))).toBe(true);

    resetWorkerForTests();
    vi.spyOn(fakeBrowser.storage.session, 'get').mockRejectedValue(new Error('no session storage'));
    const answer = await handleMessage({ type: 'guide/get', operator: 'kcell' }, fromTab(7));
    expect(answer).toMatchObject({ ok: true, route: 'online', folded: false });
  });

  it('a fold from a sender that is not the overlay on an operator page is accepted and changes nothing', async () => {
    expect(await handleMessage({ type: 'overlay/fold', folded: true }, trusted())).toEqual({ ok: true });
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    // Nor from one of our pages open in a tab (the popup from a reminder, say): only the overlay on an operator's page folds.
    await handleMessage({ type: 'overlay/fold', folded: true }, { ...trusted(), tab: { id: 5 }, frameId: 0 });
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });
});

describe('a page that kept removing the guide: its tab\'s button says so', () => {
  const KCELL = 'https://www.kcell.kz/ru/product/documents';
  const from = (tabId: number, frameId = 0, url = KCELL) => ({ ...trusted(), url, tab: { id: tabId }, frameId });

  it('in that tab only, while it shows that page, and not once a guide is asked for there again', async () => {
    await whenReady();
    const tab = await fakeBrowser.tabs.create({ url: `${KCELL}#forms`, active: true });
    const other = await fakeBrowser.tabs.create({ url: KCELL, active: false });
    expect(await handleMessage({ type: 'overlay/lost' }, from(tab.id!))).toEqual({ ok: true });
    const note = t('en', 'bg.badge.lost');
    expect(await fakeBrowser.action.getTitle({ tabId: tab.id! })).toBe(`SimExit KZ\n${note}`);
    expect(await fakeBrowser.action.getBadgeText({ tabId: tab.id! })).toBe('!');
    expect(await fakeBrowser.action.getTitle({ tabId: other.id! })).toBe('SimExit KZ');
    // Kept through a new worker and a recount.
    resetWorkerForTests();
    await refreshBadge();
    expect(await fakeBrowser.action.getTitle({ tabId: tab.id! })).toBe(`SimExit KZ\n${note}`);
    // The detector of the next page in the tab asks for its guide: nothing is lost there.
    await handleMessage({ type: 'guide/get', operator: 'kcell', locale: 'en' }, from(tab.id!));
    await refreshBadge();
    expect(await fakeBrowser.action.getTitle({ tabId: tab.id! })).toBe('SimExit KZ');
    expect(await fakeBrowser.action.getBadgeText({ tabId: tab.id! })).toBe('');
  });

  it('is taken from the top frame of an operator page only, and never said on another page of the tab', async () => {
    await whenReady();
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.kcell.kz/ru/product/tariffs', active: true });
    for (const sender of [trusted(), from(tab.id!, 3), { ...trusted(), tab: { id: tab.id! }, frameId: 0 }]) {
      expect(await handleMessage({ type: 'overlay/lost' }, sender)).toEqual({ ok: true });
    }
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    // Lost on the forms page, which the tab has left since.
    await handleMessage({ type: 'overlay/lost' }, from(tab.id!));
    await refreshBadge();
    expect(await fakeBrowser.action.getTitle({ tabId: tab.id! })).toBe('SimExit KZ');
  });

  it('the badge reads the notes of the operator tabs it counts, not every tab\'s folds, after each tick', async () => {
    await whenReady();
    const tab = await fakeBrowser.tabs.create({ url: KCELL, active: true });
    await fakeBrowser.tabs.create({ url: 'https://example.org/', active: false });
    await handleMessage({ type: 'overlay/lost' }, from(tab.id!));
    // Folds of many tabs, and a note of a tab since closed: all in the same session storage.
    await fakeBrowser.storage.session.set({ ...Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`fold:${100 + i}`, true])), 'lost:99': KCELL });
    const reads = vi.spyOn(fakeBrowser.storage.session, 'get');
    await send({ type: 'progress/set', operator: 'kcell', stepId: 'kcell-submit', done: true, at: Date.now() });
    await refreshBadge();
    expect(reads.mock.calls.length).toBeGreaterThan(0);
    expect(reads.mock.calls.map(([keys]) => keys)).toEqual(reads.mock.calls.map(() => [`lost:${tab.id}`]));
    // Still said in that tab, beside its count.
    expect(await fakeBrowser.action.getTitle({ tabId: tab.id! })).toMatch(/^Kcell: /);
    expect(await fakeBrowser.action.getTitle({ tabId: tab.id! })).toContain(`\n${t('en', 'bg.badge.lost')}`);
    // No operator tab open any more (the tab went to another site): nothing to read at all.
    await fakeBrowser.tabs.update(tab.id!, { url: 'https://example.org/news' });
    reads.mockClear();
    await refreshBadge();
    expect(reads).not.toHaveBeenCalled();
  });
});

describe('badge', () => {
  it('counts the operator being left by default, and each operator tab its own operator, on the current route', async () => {
    await whenReady();
    // Nothing under way: no badge, not even on an operator's page.
    const early = await fakeBrowser.tabs.create({ url: 'https://www.beeline.kz/ru', active: true });
    await refreshBadge();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect(await fakeBrowser.action.getBadgeText({ tabId: early.id! })).toBe('');

    await send({ type: 'progress/set', operator: 'kcell', stepId: 'before-backup', done: true, at: 1 });
    await send({ type: 'progress/set', operator: 'kcell', stepId: 'kcell-submit', done: true, at: 1 });
    await refreshBadge();
    expect(await fakeBrowser.action.getBadgeText({})).toBe(`2/${ids('kcell').length}`);

    await send({ type: 'progress/set', operator: 'tele2', stepId: 'tele2-submit', done: true, at: 1 });
    const tele2 = await fakeBrowser.tabs.create({ url: 'https://tele2.kz/ru/support/termination', active: true });
    const other = await fakeBrowser.tabs.create({ url: 'https://example.org/', active: false });
    await refreshBadge();
    expect(await fakeBrowser.action.getBadgeText({ tabId: tele2.id! })).toBe(`1/${ids('tele2').length}`);
    expect(await fakeBrowser.action.getTitle({ tabId: tele2.id! })).toContain('Tele2');
    // The default (any other tab) still counts the operator being left, named by the first tick.
    expect(await fakeBrowser.action.getBadgeText({})).toBe(`2/${ids('kcell').length}`);
    // Another site's tab gets no badge of its own: the browser shows it the default.
    expect(await fakeBrowser.action.getBadgeText({ tabId: other.id! })).toBe('');
    // Once a cancellation is under way, an operator tab with nothing ticked counts its own steps.
    expect(await fakeBrowser.action.getBadgeText({ tabId: early.id! })).toBe(`0/${ids('beeline').length}`);

    await send({ type: 'settings/set', patch: { route: 'office' } });
    await refreshBadge();
    expect(await fakeBrowser.action.getBadgeText({ tabId: tele2.id! })).toBe(`1/${ids('tele2', 'office').length}`);
    expect(await fakeBrowser.action.getBadgeText({})).toBe(`2/${ids('kcell', 'office').length}`);
  });

  it('a tab that leaves the operator\'s site while its badge is written does not keep that badge', async () => {
    await whenReady();
    await send({ type: 'progress/set', operator: 'kcell', stepId: 'before-backup', done: true, at: 1 });
    const tele2 = await fakeBrowser.tabs.create({ url: 'https://tele2.kz/ru/page/abonentam', active: true });
    await refreshBadge();
    expect(await fakeBrowser.action.getBadgeText({ tabId: tele2.id! })).toBe(`0/${ids('tele2').length}`);
    // The user follows a link away just as the next refresh writes this tab's badge: the navigation
    // commits first (dropping the tab's badge), then the write lands on the new page.
    const write = fakeBrowser.action.setBadgeText.bind(fakeBrowser.action);
    vi.spyOn(fakeBrowser.action, 'setBadgeText').mockImplementation((async (details: { tabId?: number; text?: string }) => {
      if (details.tabId === tele2.id && details.text) await fakeBrowser.tabs.update(tele2.id!, { url: 'https://example.org/' });
      return write(details as never);
    }) as never);
    await send({ type: 'progress/set', operator: 'kcell', stepId: 'kcell-submit', done: true, at: 2 });
    await refreshBadge();
    expect(await fakeBrowser.action.getBadgeText({ tabId: tele2.id! })).toBe('');
    expect(await fakeBrowser.action.getTitle({ tabId: tele2.id! })).not.toContain('Tele2');
  });

  it('a starting worker (browser start, update) gives the operator tabs already open their badges', async () => {
    await send({ type: 'progress/set', operator: 'kcell', stepId: 'before-backup', done: true, at: 1 });
    const kcell = await fakeBrowser.tabs.create({ url: 'https://www.kcell.kz/ru/product/documents', active: false });
    const activ = await fakeBrowser.tabs.create({ url: 'https://activ.kz/en/article/faq', active: true });
    await fakeBrowser.action.setBadgeText({ text: 'stale' });
    resetWorkerForTests();
    startWorker();
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe(`1/${ids('kcell').length}`));
    expect(await fakeBrowser.action.getBadgeText({ tabId: kcell.id! })).toBe(`1/${ids('kcell').length}`);
    expect(await fakeBrowser.action.getBadgeText({ tabId: activ.id! })).toBe(`0/${ids('activ').length}`);
  });

  it('gives a newly loaded operator page its badge when its detector asks, and never listens to tabs', async () => {
    startWorker();
    await whenReady();
    // Tab switches and navigation elsewhere must not wake the worker (it would, with a listener).
    expect(fakeBrowser.tabs.onActivated.hasListeners()).toBe(false);
    expect(fakeBrowser.tabs.onUpdated.hasListeners()).toBe(false);
    expect(fakeBrowser.windows.onFocusChanged.hasListeners()).toBe(false);

    await send({ type: 'progress/set', operator: 'altel', stepId: 'altel-submit', done: true, at: 1 });
    const altel = await fakeBrowser.tabs.create({ url: 'https://altel.kz/', active: true });
    const detector = { id: fakeBrowser.runtime.id, url: 'https://altel.kz/', tab: { id: altel.id! }, frameId: 0 };
    expect(await handleMessage({ type: 'badge/refresh' }, detector)).toEqual({ ok: true });
    expect(await fakeBrowser.action.getBadgeText({ tabId: altel.id! })).toBe(`1/${ids('altel').length}`);
  });
});

it('keeps nothing that matters in memory: a fresh worker sees the same state', async () => {
  await send({ type: 'progress/set', operator: 'izi', stepId: 'izi-refund', done: true, at: 5 });
  resetWorkerForTests();
  expect(await send({ type: 'progress/set', operator: 'izi', stepId: 'izi-refund', done: true, at: 5 })).toEqual({
    ok: true,
    progress: { done: true, at: 5 },
  });
  expect((await dump())[progressKey('izi', 'izi-refund')]).toEqual({ done: true, at: 5 });
});

describe('the overlay on another operator\'s site opens the checklist in progress', () => {
  const fromActivPage = { ...trusted(), url: 'https://activ.kz/ru/article/faq', tab: { id: 3 }, frameId: 0 };

  it('in a window of the popup\'s size, or a tab where there are no windows, and nothing else changes', async () => {
    await whenReady();
    const before = await dump();
    const windows = vi.spyOn(fakeBrowser.windows, 'create');
    const tabs = vi.spyOn(fakeBrowser.tabs, 'create');
    expect(await handleMessage({ type: 'popup/open', operator: 'kcell' }, fromActivPage)).toEqual({ ok: true });
    expect(windows).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL('/popup.html?operator=kcell'), type: 'popup', width: 420, height: 640 });
    expect(tabs).not.toHaveBeenCalled();

    // Where windows cannot be made (Firefox for Android), a tab. (The first window was closed since.)
    vi.spyOn(fakeBrowser.windows, 'update').mockRejectedValueOnce(new Error('No window with that id.'));
    windows.mockRejectedValueOnce(new Error('windows.create is not supported'));
    expect(await handleMessage({ type: 'popup/open', operator: 'kcell' }, fromActivPage)).toEqual({ ok: true });
    expect(tabs).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL('/popup.html?operator=kcell') });
    expect(await dump()).toEqual(before);
  });

  it('sent again to a restarted worker (the first was stopped as it answered), it makes no second window', async () => {
    await whenReady();
    const windows = vi.spyOn(fakeBrowser.windows, 'create');
    const focus = vi.spyOn(fakeBrowser.windows, 'update');
    expect(await handleMessage({ type: 'popup/open', operator: 'kcell' }, fromActivPage)).toEqual({ ok: true });
    resetWorkerForTests();
    expect(await handleMessage({ type: 'popup/open', operator: 'kcell' }, fromActivPage)).toEqual({ ok: true });
    expect(windows).toHaveBeenCalledTimes(1);
    expect(focus).toHaveBeenCalledWith(expect.any(Number), { focused: true });
  });

  it('opens nothing for a message of another shape or from another extension', async () => {
    const windows = vi.spyOn(fakeBrowser.windows, 'create');
    const tabs = vi.spyOn(fakeBrowser.tabs, 'create');
    expect(await handleMessage({ type: 'popup/open', operator: 'kcell', url: 'https://example.com/' }, fromActivPage)).toEqual({
      ok: false,
      error: 'invalid-request',
    });
    expect(await handleMessage({ type: 'popup/open', operator: 'kcell' }, { ...fromActivPage, id: 'another-extension' })).toBeUndefined();
    expect(windows).not.toHaveBeenCalled();
    expect(tabs).not.toHaveBeenCalled();
  });
});

describe('the checklist window for a user who reads zoomed in', () => {
  const fromActivPage = { ...trusted(), url: 'https://activ.kz/ru/article/faq', tab: { id: 3 }, frameId: 0 };
  const openAt = async (zoom: number | Error) => {
    // A new opening each time, not the same request sent again (that one brings forward the window made).
    resetWorkerForTests();
    await fakeBrowser.storage.session.clear();
    vi.spyOn(fakeBrowser.windows, 'create').mockResolvedValue({ id: 31, tabs: [{ id: 8 }] } as never);
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 8, status: 'complete' } as never);
    const getZoom = vi.spyOn(fakeBrowser.tabs, 'getZoom');
    if (zoom instanceof Error) getZoom.mockRejectedValue(zoom);
    else getZoom.mockResolvedValue(zoom as never);
    const update = vi.spyOn(fakeBrowser.windows, 'update').mockResolvedValue({} as never);
    expect(await handleMessage({ type: 'popup/open', operator: 'kcell' }, fromActivPage)).toEqual({ ok: true });
    expect(getZoom).toHaveBeenCalledWith(8);
    const calls = update.mock.calls;
    vi.restoreAllMocks();
    return calls;
  };

  it('is made as wide as the zoom needs (at 200%, 840 px for the popup\'s 420), up to 1024 px; at 100% it stays as made', async () => {
    expect(await openAt(2)).toEqual([[31, { width: 840 }]]);
    expect(await openAt(1.25)).toEqual([[31, { width: 525 }]]);
    expect(await openAt(4)).toEqual([[31, { width: 1024 }]]);
    expect(await openAt(1)).toEqual([]);
    expect(await openAt(0.8)).toEqual([]);
    // No zoom to read (Firefox for Android, or the window closed at once): the window as made, and no error.
    expect(await openAt(new Error('No tab with id: 8.'))).toEqual([]);
  });

  it('reads the zoom once the page is in the tab: before that, a new tab reads 100%', async () => {
    resetWorkerForTests();
    vi.spyOn(fakeBrowser.windows, 'create').mockResolvedValue({ id: 31, tabs: [{ id: 8 }] } as never);
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 8, status: 'loading' } as never);
    let committed = false;
    vi.spyOn(fakeBrowser.tabs, 'getZoom').mockImplementation((async () => (committed ? 2 : 1)) as never);
    const update = vi.spyOn(fakeBrowser.windows, 'update').mockResolvedValue({} as never);
    const opening = handleMessage({ type: 'popup/open', operator: 'kcell' }, fromActivPage);
    await new Promise((resolve) => setTimeout(resolve, 20));
    committed = true;
    await fakeBrowser.tabs.onUpdated.trigger(8, { status: 'complete' }, { id: 8 } as never);
    expect(await opening).toEqual({ ok: true });
    expect(update).toHaveBeenCalledWith(31, { width: 840 });
  });
});

describe('the checklist page opened for an operator is opened once', () => {
  const fromActivPage = { ...trusted(), url: 'https://activ.kz/ru/article/faq', tab: { id: 3 }, frameId: 0 };
  const open = () => handleMessage({ type: 'popup/open', operator: 'kcell' }, fromActivPage);

  it('a double press (or a message sent again) while it opens makes one window', async () => {
    const windows = vi.spyOn(fakeBrowser.windows, 'create');
    expect(await Promise.all([open(), open()])).toEqual([{ ok: true }, { ok: true }]);
    expect(windows).toHaveBeenCalledTimes(1);
  });

  it('a press a moment after the window opened (its page maybe not loaded yet) brings that window forward', async () => {
    const windows = vi.spyOn(fakeBrowser.windows, 'create').mockResolvedValue({ id: 31 } as never);
    const focus = vi.spyOn(fakeBrowser.windows, 'update').mockResolvedValue({} as never);
    expect(await open()).toEqual({ ok: true });
    expect(await open()).toEqual({ ok: true });
    expect(windows).toHaveBeenCalledTimes(1);
    expect(focus).toHaveBeenCalledWith(31, { focused: true });
    // Closed by the user since: a new one.
    focus.mockRejectedValueOnce(new Error('No window with id: 31.'));
    expect(await open()).toEqual({ ok: true });
    expect(windows).toHaveBeenCalledTimes(2);
  });

  it('a press asking for the proof\'s date a moment after the plain one opens the list at the date, in place of the window at its top', async () => {
    const windows = vi.spyOn(fakeBrowser.windows, 'create').mockResolvedValueOnce({ id: 31 } as never).mockResolvedValueOnce({ id: 32 } as never);
    const focus = vi.spyOn(fakeBrowser.windows, 'update').mockResolvedValue({} as never);
    const remove = vi.spyOn(fakeBrowser.windows, 'remove').mockResolvedValue(undefined as never);
    const atDate = () => handleMessage({ type: 'popup/open', operator: 'kcell', at: 'ev-submittedOn' }, fromActivPage);
    expect(await open()).toEqual({ ok: true });
    expect(await atDate()).toEqual({ ok: true });
    expect(remove).toHaveBeenCalledWith(31);
    expect(windows).toHaveBeenCalledTimes(2);
    expect(windows).toHaveBeenLastCalledWith(expect.objectContaining({ url: fakeBrowser.runtime.getURL('/popup.html?operator=kcell#ev-submittedOn') }));
    expect(focus).not.toHaveBeenCalledWith(31, { focused: true });
    // The same press again (a double press, a message sent again by a worker started afresh), or the
    // plain one, which asks for no place: that window, brought forward.
    resetWorkerForTests();
    expect(await atDate()).toEqual({ ok: true });
    expect(await open()).toEqual({ ok: true });
    expect(focus).toHaveBeenCalledTimes(2);
    expect(focus).toHaveBeenCalledWith(32, { focused: true });
    expect(windows).toHaveBeenCalledTimes(2);
    expect(remove).toHaveBeenCalledTimes(1);
  });

  it('a window made more than a moment ago is not taken for the answer: the user may have picked another list in it', async () => {
    const windows = vi.spyOn(fakeBrowser.windows, 'create').mockResolvedValue({ id: 31 } as never);
    const focus = vi.spyOn(fakeBrowser.windows, 'update').mockResolvedValue({} as never);
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      expect(await open()).toEqual({ ok: true });
      vi.setSystemTime(Date.now() + SAME_REQUEST_MS + 1);
      expect(await open()).toEqual({ ok: true });
      expect(windows).toHaveBeenCalledTimes(2);
      expect(focus).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });
});
