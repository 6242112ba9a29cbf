import { OPERATOR_MATCHES } from '@/data/hosts';

export default defineContentScript({
  matches: [...OPERATOR_MATCHES],
  runAt: 'document_idle',
  main() {
    // Overlay mounted here by the overlay work.
  },
});
