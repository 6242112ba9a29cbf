// Very large and strange pages: 5 MB of text, a DOM 5 000 levels deep, right-to-left text and emoji.
// Classification reads a bounded sample, target search visits a bounded number of elements, so the
// overlay still opens and "Show me" still works. The pages are generated here, not committed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, FIXTURES } from './harness';
import { HOST, classifyTimes, launcher, panel, progressText, stepCard } from './overlay-helpers';

const KCELL_RU = 'https://www.kcell.kz/ru/product/documents';

/** ~`bytes` of ordinary Russian page text in paragraphs. */
function filler(bytes: number): string {
  const para =
    '<p>Новости компании, тарифы, роуминг и акции для абонентов. Подключайте услуги в приложении и следите за балансом. Скидки на смартфоны и аксессуары в магазине.</p>\n';
  const once = Buffer.byteLength(para);
  return para.repeat(Math.ceil(bytes / once));
}

const formsPage = readFileSync(join(FIXTURES, 'pages/kcell-documents-ru.html'), 'utf8');

test('a 5 MB page: the overlay opens, "Show me" finds the form, and classifying costs a few ms', async ({ context, router }) => {
  const big = formsPage.replace('</main>', `${filler(5 * 1024 * 1024)}</main>`);
  expect(Buffer.byteLength(big)).toBeGreaterThan(5 * 1024 * 1024);
  router.serve(KCELL_RU, big);
  const page = await context.newPage();
  await page.goto(KCELL_RU, { timeout: 60_000 });
  await expect(panel(page)).toBeVisible({ timeout: 20_000 });
  await expect(progressText(page)).toHaveText(/^0 of \d+ done$/);
  await stepCard(page, 'kcell-refund').getByRole('button', { name: /^Show me/ }).click();
  await expect(page.locator(`${HOST} .sx-highlight`)).toBeVisible();
  const times = await classifyTimes(page);
  console.log(`5 MB page: classification took ${times.map((t) => t.toFixed(2)).join(', ')} ms`);
  expect(times.length).toBeGreaterThan(0);

  // The same size of tariff text with nothing about giving up a number: nothing shows.
  router.serve(
    'https://www.kcell.kz/ru/product/tariffs',
    `<!doctype html><html lang="ru"><head><title>Тарифы | Kcell</title></head><body><main><h1>Тарифы</h1>${filler(5 * 1024 * 1024)}</main></body></html>`,
  );
  await page.goto('https://www.kcell.kz/ru/product/tariffs', { timeout: 60_000 });
  await page.waitForTimeout(1500);
  await expect(page.locator(HOST)).toHaveCount(0);
  const fast = await classifyTimes(page);
  console.log(`5 MB irrelevant page: fast path (classification) took ${fast.map((t) => t.toFixed(2)).join(', ')} ms`);
});

test('a DOM 5 000 levels deep: the overlay opens and "Show me" reaches a link at the bottom of it', async ({ context, router }) => {
  const depth = 5000;
  const deep = `${'<div>'.repeat(depth)}<a data-form="funds" href="/f.pdf">Согласие на получение денежных средств</a>${'</div>'.repeat(depth)}`;
  router.serve(
    KCELL_RU,
    formsPage.replace(/<ul class="docs">[\s\S]*?<\/ul>/, '').replace('</main>', `${deep}</main>`),
  );
  const page = await context.newPage();
  await page.goto(KCELL_RU);
  await expect(panel(page)).toBeVisible({ timeout: 20_000 });
  expect(await page.evaluate(() => document.querySelectorAll('div').length)).toBeGreaterThanOrEqual(depth);
  await stepCard(page, 'kcell-refund').getByRole('button', { name: /^Show me/ }).click();
  await expect(page.locator(`${HOST} .sx-highlight`)).toBeVisible();
  await expect(page.locator('a[data-form="funds"]')).toBeFocused();
  // The termination form is not on this page: that card degrades instead.
  await expect(stepCard(page, 'kcell-submit')).toContainText('Not found on this page');
});

test('a right-to-left page with emoji: the overlay stays left-to-right at the bottom right, and finds emoji-decorated labels', async ({
  context,
  router,
}) => {
  router.serveFixture(KCELL_RU, 'pages/rtl-emoji.html');
  const page = await context.newPage();
  await page.goto(KCELL_RU);
  await expect(panel(page)).toBeVisible();
  const layout = await page.evaluate((host) => {
    const root = document.querySelector(host)!.shadowRoot!;
    const box = root.querySelector('.sx-panel')!.getBoundingClientRect();
    return {
      direction: getComputedStyle(root.querySelector('.sx-panel__title')!).direction,
      right: innerWidth - box.right,
      bottom: innerHeight - box.bottom,
      pageDir: getComputedStyle(document.body).direction,
    };
  }, HOST);
  expect(layout).toEqual({ direction: 'ltr', right: 16, bottom: 16, pageDir: 'rtl' });

  await stepCard(page, 'kcell-submit').getByRole('button', { name: /^Show me/ }).click();
  const target = page.locator('a[data-form="termination"]');
  await expect(target).toBeFocused();
  await expect
    .poll(async () => {
      const [a, b] = await Promise.all([
        page.locator(`${HOST} .sx-highlight`).boundingBox(),
        target.boundingBox(),
      ]);
      return a && b ? Math.abs(a.x - b.x) + Math.abs(a.y - b.y) + Math.abs(a.width - b.width) : 99;
    })
    .toBeLessThan(2);

  // The collapsed launcher sits in the same corner.
  await page.locator(`${HOST} .sx-button--icon`).click();
  const l = await launcher(page).boundingBox();
  expect(l && Math.round(1280 - (l.x + l.width))).toBe(16);
});

test('a page that writes the section in view into its address: "Show me" keeps its outline as it scrolls there', async ({ context, router }) => {
  // A scroll-spy, as FAQ and document pages have: each scroll replaces the address's #fragment.
  const spy = `<style>main { padding-top: 3000px; min-height: 6000px }</style>
    <script>addEventListener('scroll', () => history.replaceState(null, '', '#s' + Math.round(scrollY / 200)), { passive: true });</script>`;
  router.serve(KCELL_RU, formsPage.replace('</head>', `${spy}</head>`));
  const page = await context.newPage();
  await page.goto(KCELL_RU);
  await expect(panel(page)).toBeVisible();
  await stepCard(page, 'kcell-refund').getByRole('button', { name: /^Show me/ }).click();
  await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#s\d+$/);
  // Past the address changes and the looks that follow them (RECHECK_MS), within the outline's 6 s.
  await page.waitForTimeout(1_500);
  await expect(page.locator(`${HOST} .sx-highlight`)).toBeVisible();
});
