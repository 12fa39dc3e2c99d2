/** A random id for idempotent resends (quiz submissions): 8-64 letters, digits or dashes. */
export function newClientId(): string {
  const c = globalThis.crypto;
  // randomUUID exists only in secure contexts (https, localhost); fall back to random bytes elsewhere.
  if (typeof c.randomUUID === 'function') return c.randomUUID();
  return Array.from(c.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
