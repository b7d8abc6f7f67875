import type { englishMessages } from '../contract/messages.ts';
import type { CatalogOf } from './catalog.ts';

/**
 * Every message code (src/contract/messages.ts) in Japanese, with the same placeholders as the
 * English: both apps' catalogs include this as their `messages` section.
 */
export const messagesJa: CatalogOf<typeof englishMessages> = {
  'plain-text': '{{text}}',

  'too-long': '{{max}} 文字以内で入力してください。',
  'first-name-required': '名を入力してください。',
  'last-name-required': '姓を入力してください。',
  'organization-name-required': '組織名を入力してください。',
  'street-required': '番地を入力してください。',
  'city-required': '市区町村を入力してください。',
  'name-required': '名前を入力してください。',
  'invalid-email': '有効なメール アドレスを入力してください。',
  'invalid-phone': '有効な電話番号を入力してください。',
  'country-code': '3 文字の国/地域コードを入力してください。',
  'unknown-country': '国/地域「{{code}}」は存在しません。',
  'not-affiliation-id': '所属 ID の形式が正しくありません。',
  'unknown-affiliation': '所属「{{id}}」は存在しません。',
  'not-account-number': '顧客アカウントの形式が正しくありません。',
  'store-id-format': '英大文字、数字、- を 1 ～ 14 文字で入力してください (例: S003)。',
  'register-number-format': 'レジ番号は 1 ～ 999 で入力してください。',
  'unsafe-text': '制御文字、対になっていないサロゲート、書字方向の上書き文字は使用できません。',
  'enter-password': 'パスワードを入力してください。',
  'wrong-password': 'パスワードが違います。',
  'password-too-short': '{{min}} 文字以上にしてください。',
  'nothing-to-change': '変更する内容がありません。',
  'search-too-short': '{{min}} 文字以上入力してください。',
  'too-many-addresses': '1 人の顧客に登録できる住所は {{max}} 件までです。',
  'customer-merged':
    '顧客 {{account}} は本社で {{into}} に統合されました。{{into}} を開いてください。',
  'customer-not-at-hq': '顧客「{{account}}」は本社に存在しません。',
  'store-without-default': '店舗「{{store}}」には本社で既定の顧客が設定されていません。',
  'unreadable-record': 'レコードを JSON として読み取れません。',
  'feature-conflict':
    '「非同期モードでの顧客の編集を有効にする」には、「顧客住所の非同期作成を有効にする」と「拡張非同期顧客作成を有効にする」の両方をオンにする必要があります。',
  'invalid-value': 'この値は正しくありません。',
  'guid-reused': 'この GUID は既に別の顧客に使用されています。',
  'other-store-customer': 'この顧客は別の店舗に属しています。',

  'unreachable-because': 'サーバーに接続できません ({{detail}})。',
  unreachable: 'サーバーに接続できません。',
  timeout: '{{seconds}} 秒以内に応答がありませんでした。',
  'server-answered': 'サーバーがエラー {{status}} を返しました。',
  'not-understood': 'サーバーから、このレジが解釈できない応答が返されました。',
  'missing-answers': 'サーバーから一部のレコードの応答がありませんでした。',
  rejected: 'サーバーに拒否されました。',
  'no-settings':
    'このレジはまだ設定をダウンロードしていません。一度店舗のネットワークに接続してください。',
  'offline-refused':
    '本社に接続できません。また、この店舗ではオフラインで顧客を作成できません (共有顧客データがフィルターされています)。オンラインになってから再試行してください。',
  'not-queued': 'このレコードはもうキューにありません。',
  'customer-gone': 'この顧客はもうこのレジにありません。',

  'console-unreachable': '本社に接続できませんでした。接続を確認してください。',
  'http-failed': '要求が失敗しました (HTTP {{status}})。',
  'unexpected-response': 'サーバーから予期しない応答が返されました。',
  'unreadable-response': 'サーバーから読み取れない応答が返されました。',

  internal: 'サーバーで問題が発生しました。',
  'invalid-request': '要求が正しくありません。',
  'body-too-large': '要求の本文が {{size}} を超えています。',
  'invalid-json': '要求の本文が正しい JSON ではありません。',
  'empty-body': '要求の本文が空です。JSON の本文を送信してください。',
  'no-body': 'この要求には本文を付けられません。',
  'uri-too-long': 'アドレスの一部が長すぎます。',
  'bad-url': 'アドレスが正しくありません (パーセント エンコードの誤り)。',
  'no-such-resource': 'そのようなリソースはありません: {{method}} {{path}}',
  'unknown-host': 'このサーバーは名前「{{name}}」では応答しません。',
  'cross-origin': '別のサイトからの本社コンソールへの要求は拒否されます。',
  'console-at-hq': '本社コンソールは本社のサーバーで提供されます。',
  'too-many-sign-ins': 'サインインの試行が多すぎます。再試行してください。',
  'too-many-failed-sign-ins': 'サインインの失敗が多すぎます。1 分待ってから再試行してください。',
  'too-many-activations': 'アクティブ化の試行が多すぎます。1 分待ってから再試行してください。',

  'token-missing': 'このレジはアクティブ化されていません (デバイス トークンがありません)。',
  'token-invalid':
    'デバイス トークンが無効か、取り消されています。レジをもう一度アクティブ化してください。',
  'not-activated': 'このレジはアクティブ化されていません。',
  'no-store-ca':
    'このサーバーは小売業者独自の証明書を使用しています。ダウンロードできる店舗 CA はありません。',
  'invalid-activation-code':
    'このアクティブ化コードは無効です。入力の誤り、使用済み、または期限切れの可能性があります。本社の「タブレットを追加」ページで新しいコードを作成してください。',
  'hq-unreachable': '現在、本社に接続できません。',
  'store-not-configured-here': '店舗「{{store}}」は構成されていません。',
  'store-not-served': "スケール ユニット '{{unit}}' は店舗「{{store}}」を担当していません。",

  'unknown-service': 'このリンクには、呼び出し元に構成されたサービス資格情報が必要です。',
  'link-unreachable': '{{service}} に接続できませんでした: {{reason}}',

  'sign-in-needed': '本社コンソールにサインインしてください。',
  'password-change-required': '先に本社コンソールの新しいパスワードを設定してください。',
  'default-password':
    '本社コンソールはまだ既定のパスワードのため、ほかの端末からはサインインできません。サーバー機で {{url}} にサインインして新しいパスワードを設定するか、HQ_ADMIN_PASSWORD を設定してください。',
  'store-has-no-default': '店舗「{{store}}」には既定の顧客がありません。',
  'edit-conflict':
    '顧客 {{account}} はその間にほかの人が変更しました (バージョン {{current}}、{{version}} ではありません)。読み込み直してから編集してください。',
  'duplicate-not-found': 'この重複の可能性は存在しません。',
  'duplicate-resolved': 'この重複の可能性はすでに解決されています。',
  'not-in-flag': '残すアカウントは、フラグが付いた 2 人の顧客のどちらかである必要があります。',
  'operation-not-found': '非同期操作「{{guid}}」は存在しません。',
  'operation-unreadable': '本社にあるこの操作のレコードを読み取れません。',
  'not-failed': '修正できるのは失敗した操作だけです (この操作の状態: {{status}})。',
  'identity-fixed': 'レコードの GUID、種類、顧客は変更できません。',
  completed: 'この操作は既に完了しています。',
  'job-not-found': 'ジョブ「{{id}}」は存在しません。',
  'store-not-found': '店舗「{{store}}」は存在しません。',
  'store-exists': '店舗「{{store}}」は既に存在します。',
  'register-exists': '店舗「{{store}}」のレジ {{number}} は既に存在します。',
  'register-not-found': 'レジ「{{register}}」は存在しません。',
  'register-retired': 'レジ「{{register}}」は本社で廃止されたため、アクティブ化できません。',
  'rescue-unknown-store': 'レスキュー ファイルの店舗「{{store}}」は存在しません。',
  'rescue-unknown-register': 'レスキュー ファイルのレジ「{{register}}」は存在しません。',
  'rescue-register-elsewhere':
    'レスキュー ファイルのレジ「{{register}}」は店舗「{{owner}}」に属しています (「{{store}}」ではありません)。',
  'affiliation-exists': '所属「{{id}}」は既に存在します。',
  'scale-unit-unknown':
    '応答したスケール ユニットに、店舗「{{store}}」を担当するものがありません。スケール ユニットの設定と稼働状態を確認してください。',
  'scale-unit-down':
    "スケール ユニット '{{id}}' に現在接続できません ({{reason}})。復旧してから再試行してください。",
  'scale-unit-unreachable':
    "スケール ユニット '{{id}}' に接続できませんでした ({{reason}})。後の実行で追いつきます。",
  'scale-unit-refused': "スケール ユニット '{{id}}' が呼び出しを拒否しました: {{message}}",
  'run-interrupted': '中断: この実行中にサーバーが停止しました。',
  'job-stopped': 'ジョブが停止しました: {{reason}}',
  'no-contact-one': '{{n}} 分間接続なし',
  'no-contact': '{{n}} 分間接続なし',
  'records-waiting-one': 'レコードが {{n}} 分間待機中',
  'records-waiting': 'レコードが {{n}} 分間待機中',
  'records-need-attention-one': '{{n}} 件のレコードが要対応',
  'records-need-attention': '{{n}} 件のレコードが要対応',
};
