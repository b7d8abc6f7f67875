/** Lower-cased words and digit strings a customer is found by (B12): names, emails, phones, account. */
export function searchTokens(c: {
  firstName: string;
  lastName: string;
  organizationName: string;
  email: string;
  phone: string;
  accountNumber?: string | undefined;
  secondaryEmails?: readonly string[];
  secondaryPhones?: readonly string[];
}): string[] {
  const tokens = new Set<string>();
  for (const text of [c.firstName, c.lastName, c.organizationName]) {
    for (const word of words(text)) tokens.add(word);
  }
  for (const raw of [c.email, ...(c.secondaryEmails ?? [])]) {
    const email = raw.trim().toLowerCase();
    if (!email) continue;
    tokens.add(email);
    for (const word of words(email.replace(/@.*/, ''))) tokens.add(word);
  }
  for (const phone of [c.phone, ...(c.secondaryPhones ?? [])]) {
    const digits = phoneDigits(phone);
    if (digits) tokens.add(digits);
  }
  if (c.accountNumber) tokens.add(c.accountNumber.toLowerCase());
  return [...tokens];
}

/** Splits a search query the same way, so each query word can match a token by prefix. */
export function queryTokens(query: string): string[] {
  const trimmed = query.trim().toLowerCase();
  if (!trimmed) return [];
  if (/^[+0-9 ()-]+$/.test(trimmed) && /\d{2,}/.test(trimmed)) return [phoneDigits(trimmed)];
  if (trimmed.includes('@')) return [trimmed];
  return words(trimmed);
}

function words(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[\s.,_\-'"()/]+/)
    .filter((w) => w.length > 0);
}

function phoneDigits(phone: string): string {
  return phone.replace(/\D/g, '');
}
