import type { CatalogOf } from './catalog.ts';
import { createMessageMatcher } from './message-matcher.ts';

/**
 * The contract's validation messages (src/contract) and HQ's own rules on customers and
 * records, as both apps show them in forms, refusals and the sync job's errors. English is exactly what the schemas say; both apps' catalogs include
 * this section as `validation`.
 */
export const validationEn = {
  tooLong: 'At most {{max}} characters.',
  firstNameRequired: 'First name is required.',
  lastNameRequired: 'Last name is required.',
  organizationNameRequired: 'Organization name is required.',
  streetRequired: 'Street is required.',
  cityRequired: 'City is required.',
  nameRequired: 'Name is required.',
  invalidEmail: 'Enter a valid e-mail address.',
  invalidPhone: 'Enter a valid phone number.',
  countryCode: 'Use a three-letter country/region code.',
  unknownCountry: "Country/region '{{code}}' does not exist.",
  notAffiliationId: 'Not an affiliation id.',
  unknownAffiliation: "Affiliation '{{id}}' does not exist.",
  notAccountNumber: 'Not an account number.',
  storeIdFormat: 'Use 1 to 14 capital letters, digits and -, e.g. S003.',
  registerNumberFormat: 'Use a register number from 1 to 999.',
  unsafeText:
    'Text may not contain control characters, unpaired surrogates or direction overrides.',
  enterPassword: 'Enter the password.',
  wrongPassword: 'Wrong password.',
  passwordTooShort: 'Use at least {{min}} characters.',
  nothingToChange: 'Nothing to change.',
  searchTooShort: 'Type at least {{min}} characters.',
  tooManyAddresses: 'A customer can have at most {{max}} addresses.',
  customerMerged: 'Customer {{account}} was merged into {{into}}. Open {{into}} instead.',
  customerNotAtHq: "Customer '{{account}}' does not exist at HQ.",
  storeWithoutDefault: "Store '{{store}}' has no default customer at HQ.",
  unreadableRecord: 'The record is not readable JSON.',
  featureConflict:
    'Enable editing customers in asynchronous mode needs Enable the asynchronous creation for customer addresses and Enable enhanced async customer creation to be on.',
} as const;

/** The same messages in Japanese. */
export const validationJa: CatalogOf<typeof validationEn> = {
  tooLong: '{{max}} 文字以内で入力してください。',
  firstNameRequired: '名を入力してください。',
  lastNameRequired: '姓を入力してください。',
  organizationNameRequired: '組織名を入力してください。',
  streetRequired: '番地を入力してください。',
  cityRequired: '市区町村を入力してください。',
  nameRequired: '名前を入力してください。',
  invalidEmail: '有効なメール アドレスを入力してください。',
  invalidPhone: '有効な電話番号を入力してください。',
  countryCode: '3 文字の国/地域コードを入力してください。',
  unknownCountry: '国/地域「{{code}}」は存在しません。',
  notAffiliationId: '所属 ID の形式が正しくありません。',
  unknownAffiliation: '所属「{{id}}」は存在しません。',
  notAccountNumber: '顧客アカウントの形式が正しくありません。',
  storeIdFormat: '英大文字、数字、- を 1 ～ 14 文字で入力してください (例: S003)。',
  registerNumberFormat: 'レジ番号は 1 ～ 999 で入力してください。',
  unsafeText: '制御文字、対になっていないサロゲート、書字方向の上書き文字は使用できません。',
  enterPassword: 'パスワードを入力してください。',
  wrongPassword: 'パスワードが違います。',
  passwordTooShort: '{{min}} 文字以上にしてください。',
  nothingToChange: '変更する内容がありません。',
  searchTooShort: '{{min}} 文字以上入力してください。',
  tooManyAddresses: '1 人の顧客に登録できる住所は {{max}} 件までです。',
  customerMerged:
    '顧客 {{account}} は本社で {{into}} に統合されました。{{into}} を開いてください。',
  customerNotAtHq: '顧客「{{account}}」は本社に存在しません。',
  storeWithoutDefault: '店舗「{{store}}」には本社で既定の顧客が設定されていません。',
  unreadableRecord: 'レコードを JSON として読み取れません。',
  featureConflict:
    '「非同期モードでの顧客の編集を有効にする」には、「顧客住所の非同期作成を有効にする」と「拡張非同期顧客作成を有効にする」の両方をオンにする必要があります。',
};

/** Recognises a validation message made by the contract or by HQ's field rules. */
export const matchValidationMessage = createMessageMatcher(validationEn);
