// overlay/inject in the real browser: the worker puts the overlay only into the asking content
// script's own frame, takes no tab from the message, and an overlay arriving without its detector's
// hand-over shows nothing.
import type { Browser } from 'wxt/browser';
import { test, expect } from './harness';
import { HOST, evaluateInContentScript, serveAll, settle } from './overlay-helpers';

declare const chrome: typeof Browser;

const TARIFF = 'https://www.kcell.kz/ru/product/tariffs/bezlimit-kontrakt';

test('an extension page cannot aim the overlay at a tab, and a stray injection shows nothing', async ({ context, router, openPopup }) => {
  serveAll(router);
  const operatorPage = await context.newPage();
  await operatorPage.goto(TARIFF);
  await settle(operatorPage);
  await expect(operatorPage.locator(HOST)).toHaveCount(0);

  const popup = await openPopup();
  const answers = await popup.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ url: 'https://www.kcell.kz/*' });
    const send = (message: unknown) => chrome.runtime.sendMessage(message);
    return {
      tabFound: typeof tab?.id === 'number',
      // From the popup: its sender is no content script on an operator page.
      plain: await send({ type: 'overlay/inject' }),
      withTab: await send({ type: 'overlay/inject', tabId: tab?.id }),
      withTarget: await send({ type: 'overlay/inject', target: { tabId: tab?.id, frameIds: [0] } }),
    };
  });
  expect(answers).toEqual({
    tabFound: true,
    plain: { ok: false, error: 'invalid-request' },
    withTab: { ok: false, error: 'invalid-request' },
    withTarget: { ok: false, error: 'invalid-request' },
  });

  // The content script's own world asks on a page where the detector handed nothing over: the
  // overlay script is loaded (it is this frame's own request) but finds no hand-over and stays out.
  const own = await evaluateInContentScript<unknown>(
    operatorPage,
    `chrome.runtime.sendMessage({ type: 'overlay/inject' })`,
  );
  expect(own).toEqual({ ok: true });
  await operatorPage.waitForTimeout(500);
  await expect(operatorPage.locator(HOST)).toHaveCount(0);
});
