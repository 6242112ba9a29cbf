// `npm run demo`: the main job in one command. Builds the extension if needed, opens Chromium with
// it, serves a stand-in support page for each operator from tests/fixtures/demo (nothing reaches the
// network), walks the scenario a user would — overlay, "Show me", ticks, the popup with proof, the
// printable summary, another language — and leaves screenshots in .output/demo.
// Headless without a display, on CI or with --headless, then exits; with a display it stays open to
// explore until the browser is closed (tests/e2e/demo-headed.spec.ts).
import { readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, launchWithExtension, Router } from '../tests/e2e/harness';
import { DEMO_PAGES, OPERATOR_DEMO_PAGES, type DemoPage } from '../tests/fixtures/demo/pages';
import { prepare, ROOT } from './demo-build';
import { demoFixture, demoHeadless, demoOutDir, localIsoDate, OVERLAY_HOST, prepareOutDir } from './demo-steps';

const OUT = outDirOrExit();
const headless = demoHeadless(process.env, process.platform, process.argv.slice(2));

const say = (line: string) => console.log(line);

function outDirOrExit(): string {
  try {
    return demoOutDir(process.argv.slice(2), ROOT);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  }
}

const check = expect.configure({ timeout: 15_000 });

async function main(): Promise<void> {
  prepare(say);
  prepareOutDir(OUT);

  say(`Launching Chromium ${headless ? 'headless (no display)' : 'with a window'}…`);
  const launched = await launchWithExtension({ headless });
  const { context, extensionId } = launched;
  const router = new Router(context);
  await router.install();
  for (const page of Object.values(DEMO_PAGES)) router.serve(page.url, demoFixture(page.file));
  context.setDefaultTimeout(20_000);

  let failed = false;
  try {
    await scenario(context, extensionId);
    if (router.leaks.length > 0) {
      throw new Error(`requests tried to leave the browser (blocked): ${router.leaks.join(', ')}`);
    }
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    if (headless || failed) await launched.cleanup();
  }

  say('\nScreenshots:');
  for (const file of readdirSync(OUT).filter((f) => f.endsWith('.png')).sort()) say(`  ${relative(process.cwd(), join(OUT, file))}`);

  if (!headless) {
    say('\nThe browser stays open: try the pages, the overlay and the popup page. Close the browser to finish.');
    say('(Only the demo pages are served; anything else is blocked and listed here.)');
    let reported = router.leaks.length;
    const timer = setInterval(() => {
      for (const url of router.leaks.slice(reported)) say(`  blocked: ${url}`);
      reported = router.leaks.length;
    }, 1000);
    await new Promise<void>((resolve) => context.on('close', () => resolve()));
    clearInterval(timer);
    // Closed by the user, Chromium is still writing its profile as it exits: retry, and a profile that
    // cannot be removed is left with a note, not reported as a failed demo (it ran).
    try {
      rmSync(launched.userDataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    } catch (error) {
      say(`(The demo's browser profile could not be removed: ${launched.userDataDir}: ${error instanceof Error ? error.message : String(error)})`);
    }
  }
}

async function scenario(context: BrowserContext, extensionId: string): Promise<void> {
  const shot = async (page: Page, name: string, options: { fullPage?: boolean } = {}) => {
    await page.bringToFront();
    await page.screenshot({ path: join(OUT, `${name}.png`), ...options });
  };
  const overlay = (page: Page) => page.locator(`${OVERLAY_HOST} .sx-overlay`);
  const step = (page: Page, id: string) => page.locator(`${OVERLAY_HOST} [data-step-id="${id}"]`);

  async function openSupportPage(demo: DemoPage): Promise<Page> {
    const page = await context.newPage();
    // "Show me" scrolls at once instead of smoothly, so the screenshot shows where it lands.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(demo.url);
    await page.locator(`${OVERLAY_HOST} .sx-step`).first().waitFor();
    return page;
  }

  // 1. Kcell's forms page: the overlay opens by itself; tick what is done; "Show me" the form.
  const kcell = await openSupportPage(DEMO_PAGES.kcell);
  say('• Kcell forms page (Kazakh): the overlay opened with the steps for this page first.');
  await shot(kcell, 'kcell-overlay');
  // By keyboard, as the tests' stress drivers do: a click is aimed after scrolling the card into view,
  // and cards between that come into view then take their real height (content-visibility), which
  // can move the box from under the pointer on a cold first run.
  for (const id of ['before-backup', 'before-list-iin-numbers', 'before-settle-debts']) {
    const box = step(kcell, id).locator('.sx-step__check');
    await box.focus();
    await kcell.keyboard.press('Space');
    await check(box, `${id} ticked`).toBeChecked();
  }
  await check(overlay(kcell).locator('.sx-progress__text'), 'overlay progress after three ticks').toHaveText(/^3 of \d+ done$/);
  await step(kcell, 'kcell-download-forms').locator('.sx-showme').click();
  await overlay(kcell).locator('.sx-highlight').waitFor();
  say('  ticked 3 steps; "Show me" outlined the termination application on the page.');
  await shot(kcell, 'kcell-show-me');

  // 2. Every other operator's support page.
  const pages: Partial<Record<DemoPage['operator'], Page>> = { kcell };
  for (const demo of OPERATOR_DEMO_PAGES.filter((p) => p.operator !== 'kcell')) {
    const page = await openSupportPage(demo);
    pages[demo.operator] = page;
    say(`• ${demo.operator}: overlay on ${demo.url}`);
    await shot(page, `${demo.operator}-overlay`);
  }

  // 3. The popup (opened as a tab: the toolbar button cannot be clicked in automation): progress, a tick, proof.
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 580 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?operator=kcell`);
  await popup.locator('[data-step-id="kcell-download-forms"] .sx-step__check').check();
  await popup.locator('#sx-ev-phoneNumber').fill('+7 701 555 01 23');
  await popup.locator('#sx-ev-requestNumber').fill('KC-2025/48113');
  await popup.locator('#sx-ev-submittedOn').fill(localIsoDate(new Date()));
  await popup.locator('#sx-ev-place').fill('Kcell Center, Almaty');
  await popup.locator('#sx-ev-notes').fill('Stamped copy of the application is in the blue folder.');
  await check(popup.locator('.sx-save'), 'the proof being saved').toHaveText('Saved');
  await check(popup.locator('.sx-progress__text'), 'popup progress').toHaveText(/^4 of \d+ done$/);
  say('• Popup: 4 of the Kcell steps done, request number, date, office and notes saved on this device.');
  const popupTop = () => popup.locator('.sx-popup__main').evaluate((el) => el.scrollTo(0, 0));
  await popup.locator('#sx-ev-notes').blur();
  await popupTop();
  await shot(popup, 'popup');
  await popup.locator('.sx-evidence').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await shot(popup, 'popup-evidence');

  // The tick made in the popup shows in the Kcell tab.
  await step(kcell, 'kcell-download-forms').locator('.sx-step__check:checked').waitFor();
  say('  the tick made in the popup showed in the Kcell tab at once.');

  // 4. The printable summary (an extension page with print CSS), shown as it prints.
  const [summary] = await Promise.all([
    context.waitForEvent('page'),
    popup.locator('.sx-actions .sx-button').first().click(),
  ]);
  await summary.waitForLoadState();
  await summary.locator('.sx-sum__step').first().waitFor();
  await check(summary.locator('body'), 'the request number in the summary').toContainText('KC-2025/48113');
  await summary.emulateMedia({ media: 'print' });
  say('• Printable summary: the ticks with their dates and the proof, ready to print.');
  await shot(summary, 'export', { fullPage: true });
  await summary.emulateMedia({ media: null });

  // 5. Languages: Chinese in the popup follows into the overlays; Russian chosen in an overlay.
  await popup.locator('#sx-popup-lang').selectOption('zh-CN');
  await popup.locator('html[lang="zh-CN"]').waitFor({ state: 'attached' });
  await popupTop();
  await shot(popup, 'popup-zh-CN');
  await overlay(kcell).and(kcell.locator('[lang="zh-CN"]')).waitFor({ state: 'attached' });
  say('• Chinese chosen in the popup: the popup and the Kcell overlay switched together.');
  await shot(kcell, 'kcell-overlay-zh-CN');
  const beeline = pages.beeline!;
  await beeline.locator(`${OVERLAY_HOST} #sx-overlay-lang`).selectOption('ru');
  await overlay(beeline).and(beeline.locator('[lang="ru"]')).waitFor({ state: 'attached' });
  say('• Russian chosen in the Beeline overlay.');
  await shot(beeline, 'beeline-overlay-ru');
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`\nDemo failed: ${error instanceof Error ? error.message : String(error)}`);
    console.error(`Screenshots taken so far are in ${relative(process.cwd(), OUT) || '.'}. Run \`npx wxt build\` and try again, or see the README.`);
    process.exit(1);
  },
);
