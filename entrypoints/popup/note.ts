// What the popup shows for "Astelit / Taraztel?", one chunk loaded when it is chosen: most openings
// never show it.
export { astelit } from '@/data/notes/astelit';
export { NoteView } from '@/components/popup/NoteView';
