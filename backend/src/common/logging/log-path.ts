/**
 * The path of a request as it may be logged: segments that carry a secret or a code (join codes,
 * certificate codes) are replaced by their name, so the log never holds them.
 */
const SECRET_SEGMENTS: [RegExp, string][] = [
  [/^\/certificates\/[^/]+/, '/certificates/:code'],
  [/^\/join\/[^/]+/, '/join/:code'],
  [/^\/verify\/[^/]+/, '/verify/:code'],
];

export function loggablePath(path: string): string {
  for (const [pattern, replacement] of SECRET_SEGMENTS) if (pattern.test(path)) return path.replace(pattern, replacement);
  return path.slice(0, 200);
}
