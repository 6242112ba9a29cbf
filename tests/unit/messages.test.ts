import { describe, expect, it } from 'vitest';
import { MESSAGE_MAX_CHARS, isTrustedSender, parseRequest, sizeWithin } from '@/utils/messages';
import { withNotice } from '@/utils/storage';

const evidence = { phoneNumber: '+7 701 000 00 00', requestNumber: 'Z-123', submittedOn: '2026-11-20', place: 'Almaty, Abay 1', notes: '', updatedAt: 1 };

const valid: Array<[string, unknown]> = [
  ['progress/set', { type: 'progress/set', operator: 'kcell', stepId: 'kcell-submit', done: true, at: 1_700_000_000_000 }],
  ['progress/reset', { type: 'progress/reset', operator: 'tele2' }],
  ['progress/reset stamped when asked', { type: 'progress/reset', operator: 'tele2', at: 1_700_000_000_000 }],
  ['evidence/set', { type: 'evidence/set', operator: 'beeline', evidence }],
  ['evidence/set with empty date', { type: 'evidence/set', operator: 'beeline', evidence: { ...evidence, submittedOn: '' } }],
  ['settings/set', { type: 'settings/set', patch: { lang: 'zh-CN', route: 'office', reminderDays: 60 } }],
  ['settings/set lang null', { type: 'settings/set', patch: { lang: null, operator: null, dismissedSites: ['izi'] } }],
  ['settings/set days beside the proof shown', { type: 'settings/set', patch: { reminderDays: 2 }, shown: { operator: 'kcell', at: 1_795_000_000_000 } }],
  ['notice/dismiss', { type: 'notice/dismiss', id: 'reset:settings' }],
  ['site/dismiss', { type: 'site/dismiss', operator: 'kcell', dismissed: true }],
  ['site/dismiss, show again', { type: 'site/dismiss', operator: 'izi', dismissed: false }],
  ['guide/get', { type: 'guide/get', operator: 'altel' }],
  ['guide/get with the page’s language (from the detector)', { type: 'guide/get', operator: 'kcell', locale: 'zh-Hans-CN' }],
  ['guide/get with an empty language', { type: 'guide/get', operator: 'kcell', locale: '' }],
  ['strings/get', { type: 'strings/get', lang: 'kk' }],
  ['overlay/inject', { type: 'overlay/inject' }],
  ['badge/refresh', { type: 'badge/refresh' }],
  ['overlay/fold', { type: 'overlay/fold', folded: true }],
  ['overlay/fold, opened again', { type: 'overlay/fold', folded: false }],
  ['overlay/lost', { type: 'overlay/lost' }],
  ['popup/open', { type: 'popup/open', operator: 'kcell' }],
  ['popup/open at the proof’s date', { type: 'popup/open', operator: 'kcell', at: 'ev-submittedOn' }],
];

describe('parseRequest accepts every protocol shape', () => {
  it.each(valid)('%s', (_name, raw) => {
    expect(parseRequest(raw)).toEqual(raw);
  });

  it('settings with `shown` left undefined (kept so by Firefox\'s structured clone) are taken without it', () => {
    expect(parseRequest({ type: 'settings/set', patch: { lang: 'kk' }, shown: undefined })).toStrictEqual({ type: 'settings/set', patch: { lang: 'kk' } });
  });

  it('accepts evidence at the size limits', () => {
    const big = { ...evidence, requestNumber: 'x'.repeat(2000), place: 'y'.repeat(2000), notes: 'z'.repeat(10_000) };
    expect(parseRequest({ type: 'evidence/set', operator: 'kcell', evidence: big })).not.toBeNull();
  });

  it('proof from a sender built before the phone number field is taken with the number empty, not refused', () => {
    const { phoneNumber: _, ...older } = evidence;
    const parsed = parseRequest({ type: 'evidence/set', operator: 'kcell', evidence: older });
    expect(parsed).toEqual({ type: 'evidence/set', operator: 'kcell', evidence: { ...older, phoneNumber: '' } });
  });

  it('returns a copy that later changes to the raw message cannot reach', () => {
    const raw = { type: 'settings/set', patch: { dismissedSites: ['kcell'] } };
    const parsed = parseRequest(raw);
    (raw.patch.dismissedSites as string[]).push('tele2');
    expect(parsed).toEqual({ type: 'settings/set', patch: { dismissedSites: ['kcell'] } });
  });
});

const set = valid[0]![1] as Record<string, unknown>;
const withProto = JSON.parse('{"type":"progress/set","operator":"kcell","stepId":"kcell-submit","done":true,"at":1,"__proto__":{"x":1}}');
const withGetter = { type: 'progress/reset' } as Record<string, unknown>;
Object.defineProperty(withGetter, 'operator', { get: () => 'kcell', enumerable: true });
const withSymbol = { type: 'badge/refresh', [Symbol('x')]: 1 };
class Foreign {
  type = 'badge/refresh';
}
const deep: Record<string, unknown> = { type: 'settings/set' };
let cursor = deep;
for (let i = 0; i < 50; i++) cursor = cursor.patch = {} as Record<string, unknown>;

const malformed: Array<[string, unknown]> = [
  ['null', null],
  ['a string', 'progress/set'],
  ['a number', 42],
  ['an array', [set]],
  ['no type', { operator: 'kcell' }],
  ['unknown type', { type: 'progress/flip', operator: 'kcell', stepId: 'a' }],
  ['type of wrong kind', { type: ['progress/reset'], operator: 'kcell' }],
  ['extra field', { ...set, extra: 1 }],
  ['fold without its state', { type: 'overlay/fold' }],
  ['fold as a string', { type: 'overlay/fold', folded: 'true' }],
  ['fold naming a tab (the tab comes from the sender)', { type: 'overlay/fold', folded: true, tabId: 3 }],
  ['reset stamped with a string', { type: 'progress/reset', operator: 'kcell', at: '1700000000000' }],
  ['reset stamped NaN', { type: 'progress/reset', operator: 'kcell', at: Number.NaN }],
  ['reset with a step id (a reset is for the whole checklist)', { type: 'progress/reset', operator: 'kcell', stepId: 'kcell-submit' }],
  ['popup/open for no operator', { type: 'popup/open' }],
  ['popup/open for Astelit', { type: 'popup/open', operator: 'astelit' }],
  ['popup/open with an address of its own', { type: 'popup/open', operator: 'kcell', url: 'https://example.com/' }],
  ['popup/open at any element but the proof’s date', { type: 'popup/open', operator: 'kcell', at: 'operator' }],
  ['popup/open at a step (only reminders open there)', { type: 'popup/open', operator: 'kcell', at: 'step-kcell-submit' }],
  ['missing field', { type: 'progress/set', operator: 'kcell', stepId: 'a', done: true }],
  ['unknown operator', { ...set, operator: 'astelit' }],
  ['operator of wrong case', { ...set, operator: 'Kcell' }],
  ['a service as operator', { ...set, operator: 'egov' }],
  ['done as string', { ...set, done: 'true' }],
  ['at NaN', { ...set, at: Number.NaN }],
  ['at Infinity', { ...set, at: Number.POSITIVE_INFINITY }],
  ['at negative', { ...set, at: -1 }],
  ['at as string', { ...set, at: '1700000000000' }],
  ['stepId with colon', { ...set, stepId: 'a:b' }],
  ['stepId too long', { ...set, stepId: 'a'.repeat(81) }],
  ['stepId with markup', { ...set, stepId: '<img src=x>' }],
  ['evidence field too long', { type: 'evidence/set', operator: 'kcell', evidence: { ...evidence, place: 'p'.repeat(2001) } }],
  ['evidence notes too long', { type: 'evidence/set', operator: 'kcell', evidence: { ...evidence, notes: 'n'.repeat(10_001) } }],
  ['evidence bad date', { type: 'evidence/set', operator: 'kcell', evidence: { ...evidence, submittedOn: '2026-02-30' } }],
  ['evidence local date format', { type: 'evidence/set', operator: 'kcell', evidence: { ...evidence, submittedOn: '20.11.2026' } }],
  ['evidence extra field', { type: 'evidence/set', operator: 'kcell', evidence: { ...evidence, html: '<b>' } }],
  ['evidence missing field', { type: 'evidence/set', operator: 'kcell', evidence: { requestNumber: '1' } }],
  ['evidence number typed', { type: 'evidence/set', operator: 'kcell', evidence: { ...evidence, requestNumber: 123 } }],
  ['evidence phone number typed', { type: 'evidence/set', operator: 'kcell', evidence: { ...evidence, phoneNumber: 87010000000 } }],
  ['evidence phone number too long', { type: 'evidence/set', operator: 'kcell', evidence: { ...evidence, phoneNumber: '7'.repeat(2001) } }],
  ['settings empty patch', { type: 'settings/set', patch: {} }],
  ['settings unknown key', { type: 'settings/set', patch: { theme: 'dark' } }],
  ['settings bad lang', { type: 'settings/set', patch: { lang: 'de' } }],
  ['settings bad route', { type: 'settings/set', patch: { route: 'post' } }],
  ['settings days 0', { type: 'settings/set', patch: { reminderDays: 0 } }],
  ['settings days 61', { type: 'settings/set', patch: { reminderDays: 61 } }],
  ['settings days fractional', { type: 'settings/set', patch: { reminderDays: 2.5 } }],
  ['settings duplicate dismissed', { type: 'settings/set', patch: { dismissedSites: ['kcell', 'kcell'] } }],
  ['settings dismissed unknown', { type: 'settings/set', patch: { dismissedSites: ['nope'] } }],
  ['settings patch array', { type: 'settings/set', patch: [] }],
  ['settings shown not an operator', { type: 'settings/set', patch: { reminderDays: 2 }, shown: { operator: 'egov', at: 1 } }],
  ['settings shown null', { type: 'settings/set', patch: { reminderDays: 2 }, shown: null }],
  ['settings shown as a bare operator (no time: the worker would judge by its own clock)', { type: 'settings/set', patch: { reminderDays: 2 }, shown: 'kcell' }],
  ['settings shown without its time', { type: 'settings/set', patch: { reminderDays: 2 }, shown: { operator: 'kcell' } }],
  ['settings shown at a time that is none', { type: 'settings/set', patch: { reminderDays: 2 }, shown: { operator: 'kcell', at: -1 } }],
  ['settings shown at a string', { type: 'settings/set', patch: { reminderDays: 2 }, shown: { operator: 'kcell', at: '1795000000000' } }],
  ['settings shown at past the last date', { type: 'settings/set', patch: { reminderDays: 2 }, shown: { operator: 'kcell', at: 9e15 } }],
  ['settings shown with an extra key', { type: 'settings/set', patch: { reminderDays: 2 }, shown: { operator: 'kcell', at: 1, day: '2026-11-28' } }],
  ['site/dismiss unknown operator', { type: 'site/dismiss', operator: 'egov', dismissed: true }],
  ['site/dismiss without a flag', { type: 'site/dismiss', operator: 'kcell' }],
  ['site/dismiss with a list', { type: 'site/dismiss', operator: 'kcell', dismissed: true, dismissedSites: [] }],
  ['notice id empty', { type: 'notice/dismiss', id: '' }],
  ['notice id huge', { type: 'notice/dismiss', id: 'x'.repeat(201) }],
  ['badge/refresh naming a tab', { type: 'badge/refresh', tabId: 7 }],
  ['guide/get with a language of another type', { type: 'guide/get', operator: 'kcell', locale: ['ru'] }],
  ['guide/get with a language too long', { type: 'guide/get', operator: 'kcell', locale: 'x'.repeat(36) }],
  ['guide/get with a language set (the worker reads the setting)', { type: 'guide/get', operator: 'kcell', lang: 'ru' }],
  ['strings/get for no language', { type: 'strings/get' }],
  ['strings/get for one not offered', { type: 'strings/get', lang: 'de' }],
  ['strings/get for a tag, not one of ours', { type: 'strings/get', lang: 'zh' }],
  ['strings/get with an operator', { type: 'strings/get', lang: 'ru', operator: 'kcell' }],
  ['__proto__ key from JSON', withProto],
  ['accessor property', withGetter],
  ['symbol key', withSymbol],
  ['class instance', new Foreign()],
  ['deeply nested', deep],
  ['oversized', { type: 'notice/dismiss', id: 'x', pad: 'x'.repeat(MESSAGE_MAX_CHARS) }],
  ['huge sparse array', { type: 'settings/set', patch: { dismissedSites: new Array(1e7) } }],
  ['foreign extension shape', { action: 'getData', payload: {} }],
  ['WXT messaging shape', { id: 1, type: 'progress/reset', data: { operator: 'kcell' }, timestamp: 1 }],
];

// The worker takes the tab and frame to inject into from the sender only: a message that tries to
// name them (or anything else) is not an overlay/inject request at all.
const malformedInject: Array<[string, unknown]> = [
  ['with a tab id', { type: 'overlay/inject', tabId: 7 }],
  ['with a frame id', { type: 'overlay/inject', frameId: 0 }],
  ['with a target', { type: 'overlay/inject', target: { tabId: 7, frameIds: [0] } }],
  ['with files', { type: 'overlay/inject', files: ['/evil.js'] }],
  ['with an operator', { type: 'overlay/inject', operator: 'kcell' }],
  ['type from the prototype', Object.create({ type: 'overlay/inject' })],
  ['type as a getter', Object.defineProperty({}, 'type', { get: () => 'overlay/inject', enumerable: true })],
  ['misspelt', { type: 'overlay/injects' }],
];

describe('parseRequest: overlay/inject carries nothing but its type', () => {
  it.each(malformedInject)('%s', (_name, raw) => {
    expect(parseRequest(raw)).toBeNull();
  });
});

describe('parseRequest rejects everything else', () => {
  it.each(malformed)('%s', (_name, raw) => {
    expect(parseRequest(raw)).toBeNull();
  });
});

describe('sizeWithin', () => {
  // Counted, not timed: what is read is bounded by the budget, whatever the message's size. (An
  // array's items are read as it is entered, so up to one budget's worth may be read at once.)
  function countingReads(arrays: number, length: number) {
    const counter = { read: 0 };
    const message: Record<string, unknown[]> = {};
    for (let a = 0; a < arrays; a += 1) {
      message[`items${a}`] = new Proxy(
        Array.from({ length }, (_, i) => ({ i })),
        {
          get(target, key, receiver) {
            if (typeof key === 'string' && /^\d+$/.test(key)) counter.read += 1;
            return Reflect.get(target, key, receiver);
          },
        },
      );
    }
    return { message, counter };
  }

  it('refuses an array longer than the budget without reading its items', () => {
    const { message, counter } = countingReads(1, 100_000);
    expect(sizeWithin(message, MESSAGE_MAX_CHARS)).toBe(false);
    expect(counter.read).toBe(0);
  });

  it('stops reading a large message once the budget is spent', () => {
    const { message, counter } = countingReads(5, MESSAGE_MAX_CHARS - 1);
    expect(sizeWithin(message, MESSAGE_MAX_CHARS)).toBe(false);
    expect(counter.read).toBeGreaterThan(0);
    expect(counter.read).toBeLessThan(MESSAGE_MAX_CHARS);
  });
});

describe('isTrustedSender', () => {
  const id = 'abcdefghijklmnopabcdefghijklmnop';
  it.each([
    ['popup page', { id, url: `chrome-extension://${id}/popup.html` }, true],
    ['content script on an operator page', { id, url: 'https://www.kcell.kz/ru/help', tab: { id: 3 } }, true],
    ['another extension', { id: 'otherextensionidotherextensionid', url: 'chrome-extension://other/x.html' }, false],
    ['a web page (no id)', { url: 'https://evil.example/', tab: { id: 1 } }, false],
    ['empty sender', {}, false],
    ['no sender', undefined, false],
    ['null sender', null, false],
  ])('%s → %s', (_name, sender, trusted) => {
    expect(isTrustedSender(sender as never, id)).toBe(trusted);
  });

  it('trusts nobody when the extension id is unknown', () => {
    expect(isTrustedSender({ id: '' }, '')).toBe(false);
  });
});

describe('notice/dismiss and the notices it names', () => {
  it('accepts the id of a notice about the longest item the store can hold, so every notice can be dismissed', () => {
    const [notice] = withNotice([], 'reset', `progress:${'x'.repeat(1_000)}`, 1);
    expect(notice!.id.length).toBeGreaterThan(100);
    expect(parseRequest({ type: 'notice/dismiss', id: notice!.id })).toEqual({ type: 'notice/dismiss', id: notice!.id });
  });
});
