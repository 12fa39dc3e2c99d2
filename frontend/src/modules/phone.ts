/** A `tel:` link for a phone number as people write it ("8 801 201 5555", "+375 162 21 8888"). */
export function telHref(phone: string): string {
  const trimmed = phone.trim();
  const digits = trimmed.replace(/\D/g, '');
  return `tel:${trimmed.startsWith('+') ? '+' : ''}${digits}`;
}
