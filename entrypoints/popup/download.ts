// A file the user saves from the popup: built in memory, handed over as a blob URL, never uploaded.
export function downloadText(fileName: string, text: string, type = 'text/markdown;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  // Clicked out of the document, so the click reaches the link alone: in the page it also ran every
  // click listener on the window, and in Firefox one left there by a window since closed (a test
  // driver's, tests/firefox/export.spec.ts) threw "can't access dead object" from this chunk.
  link.click();
  // The download has its own copy once started; give it time before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
