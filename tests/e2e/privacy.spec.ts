// "Nothing is ever sent anywhere", checked on a whole journey: the overlay on every operator's page,
// ticks there and in the popup, proof typed in, the language changed, the printable summary and the
// Markdown download. Every request the browser makes is recorded; the only ones allowed to reach
// http(s) are the pages the test itself navigates to. The extension adds none of its own.
import type { Request } from '@playwright/test';
import { RELEVANT_PAGES } from '../fixtures/pages/catalog';
import { t } from '../../utils/i18n';
import { HOST, serveAll, settle } from './overlay-helpers';
import { expect, test } from './harness';

const stripHash = (url: string) => url.split('#')[0]!;

test('a whole journey — overlay on every operator, ticks, proof, language, summary, export — makes no network request of its own', async ({
  context,
  router,
  openPopup,
}) => {
  const requests: Request[] = [];
  context.on('request', (request) => requests.push(request));
  serveAll(router, RELEVANT_PAGES);
  const navigated = new Set<string>();

  // One relevant page per operator, in English.
  const pages = [...new Map(RELEVANT_PAGES.filter((p) => p.lang === 'en').map((p) => [p.operator, p])).values()];
  expect(pages.map((p) => p.operator).sort()).toEqual(['activ', 'altel', 'beeline', 'izi', 'kcell', 'tele2']);
  const tab = await context.newPage();
  for (const fixture of pages) {
    navigated.add(stripHash(fixture.url));
    await tab.goto(fixture.url);
    await settle(tab);
    await expect(tab.locator(`${HOST} .sx-panel, ${HOST} .sx-launcher`).first()).toBeVisible();
  }

  // Back on Kcell: tick a step in the overlay and use "Show me" where the page has the element.
  const kcell = pages.find((p) => p.operator === 'kcell')!;
  await tab.goto(kcell.url);
  await settle(tab);
  const overlayCheck = tab.locator(`${HOST} input[type="checkbox"]`).first();
  await overlayCheck.check();
  const showMe = tab.locator(`${HOST} button`, { hasText: t('en', 'overlay.showMe') });
  if ((await showMe.count()) > 0) await showMe.first().click();

  // The popup: tick, proof, language, printable summary, Markdown export.
  const popup = await openPopup('?operator=kcell');
  const popupCheck = popup.locator('input.sx-step__check:not(:checked)').first();
  await popupCheck.check();
  await popup.locator('#sx-ev-requestNumber').fill('KC-2026-0042');
  await popup.locator('#sx-ev-requestNumber').blur();
  await expect(popup.locator('.sx-save')).toHaveText(t('en', 'popup.evidence.saved'));
  const summaryOpened = context.waitForEvent('page');
  await popup.getByRole('button', { name: t('en', 'popup.actions.print') }).click();
  const summary = await summaryOpened;
  await summary.waitForLoadState('load');
  await expect(summary.locator('body')).toContainText('KC-2026-0042');
  const downloaded = popup.waitForEvent('download');
  await popup.getByRole('button', { name: t('en', 'popup.actions.markdown') }).click();
  expect((await downloaded).url()).toMatch(/^blob:chrome-extension:\/\//);
  await popup.locator('#sx-popup-lang').selectOption('ru');
  await expect(popup.locator('h1')).toHaveText(`Kcell — ${t('ru', 'app.name')}`);
  await popup.waitForTimeout(500);

  const outside = requests
    .map((r) => ({ url: r.url(), type: r.resourceType() }))
    .filter(({ url }) => /^(https?|wss?|ftp):/i.test(url))
    // The documents this test opened, and the favicon the browser itself asks for: not the extension's.
    .filter(({ url, type }) => !(type === 'document' && navigated.has(stripHash(url))))
    .filter(({ url }) => !/^https:\/\/[^/]+\/favicon\.ico$/.test(url));
  expect(outside, 'requests the extension made').toEqual([]);
  expect(requests.length, 'the recorder saw the journey').toBeGreaterThan(pages.length);
  expect(router.leaks).toEqual([]);
});
