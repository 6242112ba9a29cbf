// What the operator's own page (or any script on it) can do to the guide, found by a security
// review: the overlay's shadow root (open under automation, closed otherwise), and WXT's internal
// events, whose names are built from the extension's public id. A page must not be able to tick steps, hide the guide, switch its route,
// remove it or make it work for nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, Router, launchWithExtension, test, expect } from './harness';
import { HOST, classifyTimes, evaluateInContentScript, openServed, panel, progressText, stepCard, stored } from './overlay-helpers';

const KCELL_RU = 'https://www.kcell.kz/ru/product/documents';

test('a page script clicking inside the overlay changes nothing: no tick, no hiding, no route switch', async ({ context, router, serviceWorker }) => {
  const page = await openServed(context, router, KCELL_RU);
  await expect(progressText(page)).toHaveText(/^0 of \d+ done$/);
  await page.evaluate((host) => {
    const root = document.querySelector(host)!.shadowRoot!;
    for (const box of root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.click();
    const first = root.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    first.checked = true;
    first.dispatchEvent(new Event('change', { bubbles: true }));
    root.querySelector<HTMLInputElement>('input[value="office"]')!.click();
    for (const button of root.querySelectorAll<HTMLButtonElement>('button')) if (/Hide/.test(button.textContent ?? '')) button.click();
    for (const button of root.querySelectorAll<HTMLButtonElement>('button')) if (/Hide it here/.test(button.textContent ?? '')) button.click();
  }, HOST);
  await page.waitForTimeout(800);
  await expect(panel(page)).toBeVisible();
  await expect(progressText(page)).toHaveText(/^0 of \d+ done$/);
  await expect(stepCard(page, 'before-backup').locator('input[type="checkbox"]')).not.toBeChecked();
  await expect(page.locator(`${HOST} input[value="online"]`)).toBeChecked();
  await expect(page.locator(`${HOST} #sx-dismiss-ask`)).toBeHidden();
  const items = await stored(serviceWorker);
  expect(Object.keys(items).filter((key) => key.startsWith('progress:'))).toEqual([]);
  expect((items.settings as { dismissedSites?: string[] } | undefined)?.dismissedSites ?? []).toEqual([]);
  // The user's own click still works.
  await stepCard(page, 'before-backup').locator('input[type="checkbox"]').check();
  await expect(progressText(page)).toHaveText(/^1 of \d+ done$/);
});

test('forged WXT events neither remove the guide nor make it read and classify again', async ({ context, router, extensionId }) => {
  const page = await openServed(context, router, KCELL_RU);
  await expect(panel(page)).toBeVisible();
  const before = (await classifyTimes(page)).length;
  await page.evaluate((id) => {
    // "Another copy of this content script started": WXT stops the running one when it hears it.
    document.dispatchEvent(
      new CustomEvent(`${id}:guide:wxt:content-script-started`, { detail: { contentScriptName: 'guide', messageId: 'forged' } }),
    );
    for (let i = 0; i < 20; i++) window.dispatchEvent(new Event(`${id}:guide:wxt:locationchange`));
  }, extensionId);
  await page.waitForTimeout(1_600);
  await expect(panel(page)).toBeVisible();
  await expect(page.locator(HOST)).toHaveCount(1);
  expect((await classifyTimes(page)).length).toBe(before);
  // Still alive: the user's tick works.
  await stepCard(page, 'before-backup').locator('input[type="checkbox"]').check();
  await expect(progressText(page)).toHaveText(/^1 of \d+ done$/);
});

test('outside automation the page sees nothing inside the overlay and cannot restyle it away; the user\'s own click still ticks', async () => {
  // As in a user's browser: navigator.webdriver is false, so the shadow root is closed (shadow.ts createHost).
  const { context, worker, cleanup } = await launchWithExtension({ args: ['--disable-blink-features=AutomationControlled'] });
  const router = new Router(context);
  await router.install();
  try {
    // The page's own element of the overlay's name keeps its ElementInternals, which reach even a closed root;
    // and one line of its CSS shrank the panel to a speck (the host's zoom came from a custom property on it).
    const trap = `<script>
      window.__internals = [];
      customElements.define('simexit-guide', class extends HTMLElement { constructor() { super(); window.__internals.push(this.attachInternals()); } });
      </script><style>simexit-guide, [data-simexit-host] { --sx-unzoom: .05 !important; zoom: .05 !important }</style>`;
    router.serve(KCELL_RU, readFileSync(join(FIXTURES, 'pages/kcell-documents-ru.html'), 'utf8').replace('</head>', `${trap}</head>`));
    const page = await context.newPage();
    const clicked: string[] = [];
    await page.exposeFunction('__seen', (tags: string) => clicked.push(tags));
    await page.goto(KCELL_RU);
    await expect(page.locator('[data-simexit-host][data-ready]')).toHaveCount(1);
    const inside = (expression: string) => evaluateInContentScript<number[]>(page, `(() => { const root = chrome.dom.openOrClosedShadowRoot(document.querySelector('[data-simexit-host]')); ${expression} })()`);
    // The page's view: no root, through the host, its ElementInternals or an event's path.
    await page.evaluate(() => {
      document.addEventListener('click', (event) => (window as unknown as { __seen(tags: string): void }).__seen(event.composedPath().map((n) => (n as Element).tagName ?? '').join(' ')), true);
    });
    expect(
      await page.evaluate(() => ({
        roots: [...document.querySelectorAll('[data-simexit-host]')].map((host) => host.shadowRoot),
        internals: (window as unknown as { __internals: ElementInternals[] }).__internals.map((i) => i.shadowRoot),
      })),
    ).toEqual({ roots: [null], internals: [null] });
    // Full size despite the page's CSS.
    const [width, height] = await inside(`const box = root.querySelector('.sx-panel').getBoundingClientRect(); return [box.width, box.height];`);
    expect(width).toBe(360);
    expect(height).toBeGreaterThan(300);
    // The user clicks a step's box: it is ticked, and the page learnt only that its host was clicked.
    // Read where it is once it stays put: the cards passed in the jump take their real height later
    // (content-visibility), which moved the box from under a click at the first reading. Brought into
    // view again until three readings 100 ms apart agree.
    const [x, y] = await inside(
      `const box = root.querySelector('[data-step-id="before-backup"] input[type="checkbox"]');
      return new Promise((done) => { const seen = []; const look = () => { box.scrollIntoView({ block: 'center' }); const r = box.getBoundingClientRect();
        seen.push(r.x + ',' + r.y); if ((seen.length >= 3 && new Set(seen.slice(-3)).size === 1) || seen.length > 30) done([r.x + r.width / 2, r.y + r.height / 2]); else setTimeout(look, 100); }; look(); });`,
    );
    await page.mouse.click(x!, y!);
    await expect.poll(async () => Object.keys(await stored(worker)).filter((key) => key.startsWith('progress:'))).toEqual(['progress:kcell:before-backup']);
    expect(clicked.length).toBeGreaterThan(0);
    for (const path of clicked) expect(path).not.toMatch(/INPUT|LABEL|DIV/);
    expect(router.leaks).toEqual([]);
  } finally {
    await cleanup();
  }
});

test('a page that knows the extension\'s id cannot tell from WXT\'s start event that SimExit is installed', async ({ context, router, extensionId }) => {
  // The guide ignored forged starts by stopping the event, so the page's own listener stayed silent:
  // on every operator page, with or without the overlay.
  const probe = `<script>window.probe = () => { const name = '${extensionId}:guide:wxt:content-script-started'; let heard = 0;
    document.addEventListener(name, () => heard++); window.addEventListener(name, () => heard++, true);
    document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'guide', messageId: 'probe' } })); return heard; };</script>`;
  const tariffs = 'https://www.kcell.kz/ru/product/tariffs';
  router.serve(tariffs, `<!doctype html><html lang="ru"><head><title>Тарифы | Kcell</title>${probe}</head><body><main><h1>Тарифы</h1></main></body></html>`);
  router.serve(KCELL_RU, readFileSync(join(FIXTURES, 'pages/kcell-documents-ru.html'), 'utf8').replace('</head>', `${probe}</head>`));
  const page = await context.newPage();
  await page.goto(tariffs);
  await page.waitForTimeout(800);
  expect(await page.evaluate('probe()')).toBe(2);
  await page.goto(KCELL_RU);
  await expect(panel(page)).toBeVisible();
  expect(await page.evaluate('probe()')).toBe(2);
  // …and the forged start still does not stop the guide.
  await page.waitForTimeout(1_200);
  await expect(panel(page)).toBeVisible();
  await stepCard(page, 'before-backup').locator('input[type="checkbox"]').check();
  await expect(progressText(page)).toHaveText(/^1 of \d+ done$/);
});
