/**
 * Saves text as a file: a Blob, an object URL, a temporary download link. Nothing leaves the
 * browser (the CSV came with the report). A byte-order mark lets spreadsheet programs read UTF-8.
 */
export function downloadText(text: string, filename: string, type: string): void {
  const blob = new Blob(['\uFEFF', text], { type: `${type};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file-name part from a name in any script: letters and digits joined by dashes. */
export function fileSlug(name: string): string {
  const slug = name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || 'group';
}
