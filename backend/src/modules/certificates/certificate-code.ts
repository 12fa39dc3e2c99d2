import { randomInt } from 'node:crypto';

/** 12 characters of Crockford base32 = 60 bits: the code is the only key to a certificate, so it must not be guessable. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export const generateCertificateCode = () => Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');

export const normalizeCertificateCode = (input: string): string | null => {
  const code = input.slice(0, 40).toUpperCase().replace(/[\s-]/g, '');
  return /^[0-9A-HJKMNP-TV-Z]{12}$/.test(code) ? code : null;
};
