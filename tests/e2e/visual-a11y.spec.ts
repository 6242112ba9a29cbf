// What a low-vision or Windows high-contrast user sees of the overlay, the popup and the printable
// summary: a page in dark mode, 320 CSS px (400% zoom) with the user's own text spacing (WCAG 1.4.10,
// 1.4.12), and forced colours, in all four languages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, test, expect } from './harness';
import { HOST, progressText, serveAll, stepCard } from './overlay-helpers';

const KCELL_RU = 'https://www.kcell.kz/ru/product/documents';
test('on an operator page in dark mode the overlay’s empty checkboxes and radio buttons look as on a light page', async ({
  context,
  router,
}) => {
  serveAll(router);
  const html = readFileSync(join(FIXTURES, 'pages/kcell-documents-ru.html'), 'utf8');
  const DARK = 'https://www.kcell.kz/kk/product/documents';
  router.serve(
    DARK,
    html.replace('</head>', '<meta name="color-scheme" content="dark light"><style>html{background:#121212;color:#eee}</style></head>'),
  );
  const look = async (url: string) => {
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: url === DARK ? 'dark' : 'light' });
    await page.goto(url);
    await expect(progressText(page)).toBeVisible();
    await page.locator(`${HOST} #sx-overlay-lang`).selectOption('en');
    await expect(progressText(page)).toHaveText('0 of 15 done');
    const card = stepCard(page, 'kcell-refund');
    await card.scrollIntoViewIfNeeded();
    const shots = [await card.locator('input').screenshot(), await page.locator(`${HOST} .sx-route`).screenshot()];
    await page.close();
    return shots;
  };
  const light = await look(KCELL_RU);
  const dark = await look(DARK);
  // Dark, the empty box was a filled grey square, like a box already ticked.
  expect(dark[0]!.equals(light[0]!), 'the empty checkbox').toBe(true);
  expect(dark[1]!.equals(light[1]!), 'the route’s radio buttons').toBe(true);
});
