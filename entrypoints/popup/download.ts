// A file the user saves from the popup: built in memory, handed over as a blob URL, never uploaded.
export function downloadText(fileName: string, text: string, type = 'text/markdown;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once started; give it time before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
