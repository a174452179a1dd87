const ATTRIBUTE = /([A-Za-z_][\w-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"']+)))?/g;

/**
 * Reads `key="value"`, `key='value'`, `key=value` and bare `key` (→ "")
 * attributes from a marker line. Later duplicates win.
 */
export function parseAttributes(text: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of text.matchAll(ATTRIBUTE)) {
    const [, key, doubleQuoted, singleQuoted, bare] = match;
    if (key) attributes[key] = doubleQuoted ?? singleQuoted ?? bare ?? '';
  }
  return attributes;
}
