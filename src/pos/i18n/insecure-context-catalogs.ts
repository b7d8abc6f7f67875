import type { CatalogOf } from '../../i18n-core/catalog.ts';

/**
 * The words of the screen shown instead of the register where the browser withholds what it
 * needs (issue 11). Apart from en.ts / ja.ts so that they load with that screen only and the
 * register's own start does not carry them.
 */
export const insecureContextEn = {
  heading: 'Open the register over https',
  why: "This page was opened over plain http. This browser allows the register's offline storage and background upload only over a secure connection (https), so the register cannot run here.",
  openAt: 'Open the register at its https address:',
  lookingUp: 'Looking up the https address…',
  askManager: "Ask the store manager for the register's https address.",
  firstTime:
    "First time on this tablet? It must trust the store's certificate before the https address opens:",
  setupLink: 'Tablet setup instructions',
  unsupportedHeading: 'This browser cannot run the register',
  unsupported:
    'It lacks features the register needs to keep customers on this device and upload them. Update the browser, or open the register in a current Safari, Chrome or Edge.',
  details: 'Technical details',
  missing: 'Missing in this browser: {{apis}}',
} as const;

/** The same in Japanese, key for key. */
export const insecureContextJa: CatalogOf<typeof insecureContextEn> = {
  heading: 'レジは https で開いてください',
  why: 'このページは暗号化されていない http で開かれています。このブラウザーは、レジのオフライン保存とバックグラウンドでのアップロードを安全な接続 (https) でしか許可しないため、ここではレジを使えません。',
  openAt: 'レジの https アドレスを開いてください:',
  lookingUp: 'https アドレスを確認しています…',
  askManager: 'レジの https アドレスは店長にお問い合わせください。',
  firstTime:
    'このタブレットで初めて使う場合は、https アドレスを開く前に店舗の証明書を信頼する設定が必要です:',
  setupLink: 'タブレットの設定手順',
  unsupportedHeading: 'このブラウザーではレジを使えません',
  unsupported:
    'このデバイスに顧客を保存してアップロードするための機能がこのブラウザーにありません。ブラウザーを更新するか、最新の Safari、Chrome、Edge でレジを開いてください。',
  details: '技術的な詳細',
  missing: 'このブラウザーにないもの: {{apis}}',
};
