// Ticks pressed as a user does, in five operator tabs and the popup at once, while the browser stops
// the service worker again and again (as it does with an idle worker, an update or a crash). Chrome
// refuses every storage call of a worker it is stopping ("No SW"); a tick handled at that moment
// was once answered as refused, and the box sprang back with "could not be saved" although the next
// worker would have saved it (the bench lost ticks this way). Now none may be lost, and the user is
// told of no failure, because none happened. Before the fix this run lost ticks in 3 of 6 runs (none
// after it, in 5). Stops every 80 ms can stop each new worker before it answers, and the client then
// rightly gives up after its last try (utils/client.ts): 250 ms keeps the test about this failure.
import { demoFixture, OVERLAY_HOST } from '../../scripts/demo-steps';
import { DEMO_PAGES } from '../fixtures/demo/pages';
import { test, expect } from './harness';
import { concurrentTicks, type View } from './stress';

test('ticks from five tabs and the popup survive a worker stopped every few hundred ms', async ({ context, router, openPopup }) => {
  test.setTimeout(120_000);
  router.serve(DEMO_PAGES.kcell.url, demoFixture(DEMO_PAGES.kcell.file));
  const views: View[] = [];
  for (let i = 0; i < 5; i++) {
    const page = await context.newPage();
    await page.goto(DEMO_PAGES.kcell.url);
    await page.locator(`${OVERLAY_HOST} [data-step-id="before-backup"] input`).waitFor();
    views.push({ page, kind: 'overlay' });
  }
  const popup = await openPopup('?operator=kcell');
  await popup.locator('[data-step-id="before-backup"] input').waitFor();
  views.push({ page: popup, kind: 'popup' });
  const steps = ['before-backup', 'before-list-iin-numbers', 'before-move-egov', 'before-move-kaspi', 'before-settle-debts', 'before-balance-refund'];
  for (const view of views) {
    const root = view.kind === 'overlay' ? view.page.locator(OVERLAY_HOST) : view.page.locator('body');
    for (const step of steps) await expect(root.locator(`[data-step-id="${step}"] input[type="checkbox"]`)).toHaveCount(1);
  }

  const run = await concurrentTicks({ context, views, popup, operator: 'kcell', steps, ticksEach: 100, seed: 3, stopWorker: { everyMs: 250 } });
  console.log(`worker stops: ${run.stops} in ${run.clickingMs} ms, ${run.ticks} ticks, lost ${run.lostInStorage}, stale ${run.staleInViews}`);
  // The stops must have happened while the views clicked, or this proves nothing.
  expect(run.stops).toBeGreaterThanOrEqual(5);
  expect(run.lost, 'steps whose stored state is not the one the clicks left').toEqual([]);
  expect(run.staleInViews).toBe(0);
  expect(run.alerts.flat(), 'failures shown to the user').toEqual([]);
});
