import type { CatalogOf } from './catalog.ts';

/**
 * The names of the fields a message can be about (the last segments of its path, e.g.
 * `customer.addresses.0.city`), so a record's error reads as the field's label, then the
 * message. Both apps' catalogs include this as their `fields` section.
 */
export const fieldLabelsEn = {
  withField: '{{field}}: {{message}}',
  nested: '{{outer}}, {{inner}}',
  item: '{{label}} {{n}}',
  names: {
    firstName: 'First name',
    lastName: 'Last name',
    organizationName: 'Organization name',
    type: 'Customer type',
    title: 'Title',
    email: 'Email',
    phone: 'Phone',
    secondaryEmails: 'Secondary emails',
    secondaryPhones: 'Secondary phones',
    affiliations: 'Affiliations',
    addresses: 'Address',
    address: 'Address',
    street: 'Street',
    city: 'City',
    state: 'State',
    zip: 'ZIP',
    country: 'Country/region',
    purpose: 'Purpose',
    id: 'ID',
    name: 'Name',
    number: 'Register number',
    storeId: 'Store ID',
    defaultCustomerName: 'Default customer',
    customerGroup: 'Customer group',
    currency: 'Currency',
    language: 'Language',
    receipt: 'Receipt',
    password: 'Password',
    currentPassword: 'Current password',
    newPassword: 'New password',
    q: 'Search',
    intervalSeconds: 'Interval',
  },
} as const;

/** The same in Japanese. */
export const fieldLabelsJa: CatalogOf<typeof fieldLabelsEn> = {
  withField: '{{field}}: {{message}}',
  nested: '{{outer}}、{{inner}}',
  item: '{{label}} {{n}}',
  names: {
    firstName: '名',
    lastName: '姓',
    organizationName: '組織名',
    type: '顧客の種類',
    title: '敬称',
    email: 'メール',
    phone: '電話',
    secondaryEmails: '追加のメール',
    secondaryPhones: '追加の電話',
    affiliations: '所属',
    addresses: '住所',
    address: '住所',
    street: '番地',
    city: '市区町村',
    state: '都道府県',
    zip: '郵便番号',
    country: '国/地域',
    purpose: '用途',
    id: 'ID',
    name: '名前',
    number: 'レジ番号',
    storeId: '店舗 ID',
    defaultCustomerName: '既定の顧客',
    customerGroup: '顧客グループ',
    currency: '通貨',
    language: '言語',
    receipt: 'レシート',
    password: 'パスワード',
    currentPassword: '現在のパスワード',
    newPassword: '新しいパスワード',
    q: '検索',
    intervalSeconds: '間隔',
  },
};

type FieldName = keyof typeof fieldLabelsEn.names;

/** How an app words the parts of a field's label (its `fields` catalog section). */
export interface FieldWords {
  name: (name: FieldName) => string;
  item: (label: string, n: number) => string;
  nested: (outer: string, inner: string) => string;
}

/** Segments that only wrap the fields of a request or record (`customer.`, `draft.`, …). */
const wrappers = new Set(['customer', 'draft', 'record', 'defaults', 'body', 'query', 'params']);

function isFieldName(segment: string): segment is FieldName {
  return Object.hasOwn(fieldLabelsEn.names, segment);
}

/**
 * A field path as a person reads it: `customer.addresses.0.city` → "Address 1, City";
 * `customer.affiliations.1` → "Affiliations 2". A segment the catalog does not name shows as it is.
 */
export function fieldPathLabel(path: string, words: FieldWords): string {
  const segments = path.split('.');
  const parts: string[] = [];
  segments.forEach((segment, index) => {
    const last = index === segments.length - 1;
    if (wrappers.has(segment) && !last) return;
    if (/^\d+$/.test(segment)) {
      const n = Number(segment) + 1;
      const previous = parts.pop();
      parts.push(previous === undefined ? String(n) : words.item(previous, n));
      return;
    }
    parts.push(isFieldName(segment) ? words.name(segment) : segment);
  });
  return parts.reduce((outer, inner) => words.nested(outer, inner));
}
