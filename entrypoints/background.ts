import { defineBackground } from 'wxt/utils/define-background';
import { startWorker } from '@/utils/worker';

// All listeners are added in the first turn of the worker (MV3 only delivers the waking event to
// those); the logic lives in utils/worker.ts so unit tests can drive it with fakeBrowser.
export default defineBackground(() => {
  startWorker();
});
