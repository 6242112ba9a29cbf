// Where the worker may put the overlay: the asking content script's own tab and frame, on an operator's page only.
import { describe, expect, it } from 'vitest';
import { OVERLAY_SCRIPT, injectionTarget } from '@/utils/overlay-inject';

const id = 'abcdefghijklmnopabcdefghijklmnop';
const contentScript = { id, url: 'https://www.kcell.kz/ru/product/documents', tab: { id: 12 }, frameId: 0 };

describe('injectionTarget', () => {
  it('is the sender’s own tab and frame', () => {
    expect(injectionTarget(contentScript)).toEqual({ tabId: 12, frameId: 0, operator: 'kcell' });
    expect(injectionTarget({ ...contentScript, url: 'https://altel4g.kz/ru', tab: { id: 3 }, frameId: 5 })).toEqual({
      tabId: 3,
      frameId: 5,
      operator: 'altel',
    });
  });

  it.each([
    ['an extension page (popup opened in a tab)', { ...contentScript, url: `chrome-extension://${id}/popup.html` }],
    ['a non-operator page', { ...contentScript, url: 'https://evil.example/kcell.kz' }],
    ['a look-alike host', { ...contentScript, url: 'https://kcell.kz.evil.example/' }],
    ['an optional service (eGov), which has no overlay', { ...contentScript, url: 'https://egov.kz/cms/ru' }],
    ['plain http', { ...contentScript, url: 'http://www.kcell.kz/ru' }],
    ['no url', { id, tab: { id: 12 }, frameId: 0 }],
    ['an unparsable url', { ...contentScript, url: 'not a url' }],
    ['no tab (the worker or a popup)', { id, url: contentScript.url, frameId: 0 }],
    ['no frame id', { id, url: contentScript.url, tab: { id: 12 } }],
    ['a negative tab id (TAB_ID_NONE)', { ...contentScript, tab: { id: -1 } }],
    ['a fractional frame id', { ...contentScript, frameId: 0.5 }],
    ['a string tab id', { ...contentScript, tab: { id: '12' } }],
    ['no sender', undefined],
    ['null sender', null],
  ])('is nothing for %s', (_name, sender) => {
    expect(injectionTarget(sender as never)).toBeNull();
  });

  it('names the built overlay file from the extension’s root', () => {
    expect(OVERLAY_SCRIPT).toBe('/overlay.js');
  });
});
