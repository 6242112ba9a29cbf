// The overlay UI (Preact, its strings and CSS), kept out of the manifest's content script: the
// worker injects this file (`overlay/inject`) only into a page the detector found relevant, or into a
// help page still loading, ahead of the decision (it then waits for the hand-over), into the same
// isolated world, where the detector leaves its context, its decision and the pending guide.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { whenHandedOver, type OverlayBoot } from '@/utils/overlay-boot';
import { startGuide } from './guide';

export default defineUnlistedScript(() => whenHandedOver(start));

function start(boot: OverlayBoot): void {
  const guide = boot.guide.then(
    (answer) => answer,
    () => null,
  );
  boot.stored.then(
    async (stored) => {
      const answer = await guide;
      if (!boot.ctx.isInvalid) startGuide(boot, stored, answer);
    },
    // Storage went away (extension reloaded): nothing to show, as the detector would have decided.
    () => undefined,
  );
}
