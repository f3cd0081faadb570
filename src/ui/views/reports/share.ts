/** Getting a report off the device: the clipboard and file downloads. */

/** Copies text; falls back to a selected textarea where the Clipboard API is missing (plain http on the LAN). */
export async function copyText(text: string): Promise<void> {
  if (navigator.clipboard && window.isSecureContext) {
    await navigator.clipboard.writeText(text);
    return;
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('this browser would not copy; select the text and copy it by hand');
}

/** Saves `text` as a file named `filename`. */
export function downloadText(filename: string, text: string, type = 'text/plain'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A file-name-safe stem for a casualty: roster or name, else the start time. */
export function fileStem(label: string | undefined, createdAt: string): string {
  const base = (label ?? '')
    .replace(/[^A-Za-z0-9-]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40);
  return base || `casualty_${createdAt.slice(0, 16).replace(/[^0-9]/g, '')}`;
}
