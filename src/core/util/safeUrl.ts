/**
 * The URL if it is an http(s) link, else null: map files come from anywhere, and a
 * `javascript:` link in one must not become clickable.
 */
export function safeUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}
