import type { Request } from 'express';

/** Reads one cookie from the request header (we set one cookie only, so no parser dependency is needed). */
export function readCookie(req: Request, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

export const STAFF_COOKIE = 'zorka_staff';
