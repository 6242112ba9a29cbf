import { test } from './harness';
const TEXT_SPACING =
  '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';
test('explore', async ({ context, extensionId }) => {
  for (const ts of [false, true]) for (const op of ['kcell', 'beeline']) for (const [w, h] of [[200, 300], [240, 300], [280, 300], [320, 300], [320, 360], [200, 400]] as const) for (const step of ['step-after-check-disconnected', 'ev-submittedOn']) {
    const page = await context.newPage();
    await page.setViewportSize({ width: w, height: h });
    if (ts) await page.addInitScript((css) => {
      addEventListener('DOMContentLoaded', () => { const s = document.createElement('style'); s.textContent = css; document.head.append(s); });
    }, TEXT_SPACING);
    await page.goto(`chrome-extension://${extensionId}/popup.html?operator=${op}#${step}`);
    await page.locator(`#sx-${step}`).waitFor();
    await page.waitForTimeout(200);
    const r = await page.evaluate(() => {
      const h = document.querySelector('.sx-popup__header')!.getBoundingClientRect();
      const el = document.activeElement!;
      const e = el.getBoundingClientRect();
      const st = getComputedStyle(el);
      const reach = parseFloat(st.outlineWidth) + parseFloat(st.outlineOffset || '0');
      return `hb ${h.bottom} ring ${e.top - reach}..${e.bottom + reach} ${e.top - reach < h.bottom ? 'UNDER' : ''}`;
    });
    console.log(ts, op, w, h, step, r);
    await page.close();
  }
});
