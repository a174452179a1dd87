/**
 * Copies text with the asynchronous clipboard API. Resolves false where
 * there is none (an insecure origin, a locked-down browser, a test
 * environment) or the browser refuses; the caller then points at the field.
 */
export async function copyText(value: string): Promise<boolean> {
  const clipboard = typeof navigator !== 'undefined' ? navigator.clipboard : undefined;
  if (clipboard === undefined || typeof clipboard.writeText !== 'function') return false;
  try {
    await clipboard.writeText(value);
    return true;
  } catch {
    return false;
  }
}
