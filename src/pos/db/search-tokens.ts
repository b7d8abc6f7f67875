/**
 * Lower-cased words and digit strings a customer is found by (B12): names, emails, phones,
 * account; and the name's words joined in both orders (see `namePhrases`).
 */
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
  for (const phrase of namePhrases(c)) tokens.add(phrase);
  for (const raw of [c.email, ...(c.secondaryEmails ?? [])]) {
    const email = raw.normalize('NFKC').trim().toLowerCase();
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

/**
 * A name of several words as single tokens — first and last name in both orders ("taro suzuki",
 * "suzuki taro"), an organization's name — so a query of name words ("taro suz") is a prefix
 * of one token: found through the index alone instead of by checking every "taro".
 */
function namePhrases(c: {
  firstName: string;
  lastName: string;
  organizationName: string;
}): string[] {
  const first = words(c.firstName);
  const last = words(c.lastName);
  return [[...first, ...last], [...last, ...first], words(c.organizationName)]
    .filter((phrase) => phrase.length > 1)
    .map((phrase) => phrase.join(' '));
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

/** Digits as the contract's contact keys read them (full-width ones too), so X2 finds them. */
function phoneDigits(phone: string): string {
  return phone.normalize('NFKC').replace(/\D/g, '');
}
