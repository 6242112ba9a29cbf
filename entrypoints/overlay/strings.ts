// The overlay's strings on this page, one store for every mount (utils/overlay-strings.ts): the words
// a language switch asks the worker for are kept, as are those the detector's guide/get brought.
import { sendToWorker } from '@/utils/client';
import { createStringsStore } from '@/utils/overlay-strings';

export const strings = createStringsStore((lang) => sendToWorker({ type: 'strings/get', lang }).then((answer) => (answer.ok ? answer.strings : null)));
