// The overlay UI (Preact, its components and CSS; its words come with the guide, from the worker),
// kept out of the detector, which runs on every operator page. On a page whose address names help, the
// manifest loads this file beside the detector (utils/help-globs.ts); elsewhere the worker injects it
// (`overlay/inject`) into a page the detector found relevant, or into a help page still loading. Either
// way it runs in the detector's isolated world, waits there for the hand-over, and takes the detector's
// context, its decision and the pending guide.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { uiLang } from '@/utils/i18n';
import { errorText } from '@/utils/error-text';
import { whenHandedOver, type GuideOutcome, type OverlayBoot } from '@/utils/overlay-boot';
import { startGuide } from './guide';
import { strings } from './strings';

export default defineUnlistedScript(() => whenHandedOver(start));

function start(boot: OverlayBoot): void {
  // Not reached (every try of utils/client.ts failed): a failure like the worker's own, in the runtime's words.
  const guide = boot.guide.catch((e: unknown): GuideOutcome => ({ ok: false, error: errorText(e) }));
  boot.stored.then(
    async (stored) => {
      const answer = await guide;
      if (answer.ok) {
        // The words of the language the first render shows, picked as createGuideLiveState picks it.
        // The worker picked it too, from its own read of the settings: only when they changed between
        // the two reads is that language asked for before the first render, so it is not redrawn.
        strings.take(answer.strings);
        const lang = uiLang(stored.settings.lang, navigator.language);
        if (!strings.holds(lang)) await strings.load(lang);
      }
      // Without a guide the worker is not answering (or failed): the panel says so at once, in the
      // browser's language (utils/fallback-words.ts), and in the user's should its words come after all (utils/overlay-view.ts).
      if (!boot.ctx.isInvalid) startGuide(boot, stored, answer);
    },
    // Storage went away (extension reloaded): nothing to show, as the detector would have decided.
    () => undefined,
  );
}
