import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { failedOperation } from './console-tour.ts';
import { customerId, uniqueName } from './register.ts';
import { chooseLanguage } from './screen-tour.ts';
import { hqAdminPassword } from './test-server.ts';

test.use({ asyncStores: ['S001'] });

/** A unique kanji given name per run, so the test finds its own customer. */
function uniqueKanjiName(): string {
  const kanji = '花子美咲陽菜結衣葵凛翔蓮湊樹悠真';
  return Array.from({ length: 3 }, () => kanji[Math.floor(Math.random() * kanji.length)]).join('');
}

const detail = (page: Page, term: string) => page.locator(`dt:text-is("${term}") + dd`);

test('the register in 日本語: every screen, Pending sync is 同期を保留中, the choice survives a reload', async ({
  page,
  hq,
}) => {
  await hq.setFeatures({ asyncAddressCreation: true, enhancedAsyncCreation: true });
  await hq.setFeatures({ asyncCustomerEditing: true });
  const given = uniqueKanjiName();

  // Activation: English by default (Chromium's locale is en-US), then Japanese.
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Activate this register' })).toBeVisible();
  await chooseLanguage(page, 'Language', 'ja');
  await expect(page.getByRole('heading', { name: 'このレジのアクティブ化' })).toBeVisible();
  await page.getByLabel('アクティブ化コード').fill('WXYZ-2345');
  await page.getByRole('button', { name: 'アクティブ化' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'このアクティブ化コードは無効です。入力の誤り、使用済み、または期限切れの可能性があります。本社の「タブレットを追加」ページで新しいコードを作成してください。',
  );
  await page.getByLabel('アクティブ化コード').fill((await hq.activationCode('S001-R1')).code);
  await page.getByRole('button', { name: 'アクティブ化' }).click();

  // Customer list and header.
  await expect(page.getByRole('heading', { name: '顧客', exact: true })).toBeVisible();
  const header = page.getByRole('banner');
  await expect(header).toContainText('Shibuya Store · レジ 1');
  await expect(header).toContainText('非同期顧客モード');
  await expect(header.getByRole('status')).toHaveText('オンライン');
  await expect(header.getByRole('button', { name: '今すぐ同期' })).toBeVisible();
  await expect(page.getByLabel('顧客の検索')).toBeVisible();
  await expect(page.getByRole('button', { name: '全店舗を検索' })).toBeDisabled();
  await expect(page.getByText('全店舗を検索するには 4 文字以上入力してください。')).toBeVisible();

  // New customer: field errors in Japanese, the family name asked first.
  await page.getByRole('link', { name: '新規顧客' }).click();
  await expect(page.getByRole('heading', { name: '新規顧客' })).toBeVisible();
  await expect(page.getByText('非同期モード: 顧客はこのレジに保存され')).toBeVisible();
  const nameLabels = page.locator('.field-row').first().locator('label');
  await expect(nameLabels).toHaveText(['姓 *', '名 *']);
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('alert')).toHaveText('強調表示された項目を修正してください。');
  await expect(page.getByText('姓を入力してください。')).toBeVisible();
  await expect(page.getByText('名を入力してください。')).toBeVisible();
  await page.getByLabel('メール', { exact: true }).fill('not-an-email');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('有効なメール アドレスを入力してください。')).toBeVisible();
  await page.getByLabel('メール', { exact: true }).fill('');
  await page.getByLabel(/^姓( \*)?$/).fill('山田');
  await page.getByLabel(/^名( \*)?$/).fill(given);
  await page.getByRole('button', { name: '保存' }).click();

  // Details: the name family first without a space, and 同期を保留中 for the customer ID.
  await expect(page.getByRole('heading', { name: `山田${given}` })).toBeVisible();
  await expect(detail(page, '顧客 ID')).toHaveText('同期を保留中');
  await expect(detail(page, '種類')).toHaveText('個人');
  await expect(page.getByRole('button', { name: 'ロイヤルティ カードの発行' })).toBeDisabled();
  await expect(
    page.getByText('本社がこの顧客を作成するとロイヤルティ カードを発行できます (同期を保留中)。'),
  ).toBeVisible();

  // Edit customer (queued while pending, 10.0.29).
  await page.getByRole('button', { name: '顧客の編集' }).click();
  await expect(page.getByRole('heading', { name: `顧客の編集: 山田${given}` })).toBeVisible();
  await expect(page.getByText('この顧客はまだ同期を保留中です。')).toBeVisible();
  await page.getByRole('button', { name: 'キャンセル' }).click();

  // Add address (queued, 10.0.22): a field error, then 同期を保留中 beside the new address.
  await page.getByRole('button', { name: '住所の追加' }).click();
  await expect(page.getByRole('heading', { name: `住所の追加: 山田${given}` })).toBeVisible();
  await page.getByRole('button', { name: '住所を保存' }).click();
  await expect(page.getByText('番地を入力してください。')).toBeVisible();
  // The postal code first, the street after the city, as Japanese forms ask.
  await expect(page.locator('main label')).toContainText([
    '郵便番号',
    '都道府県',
    '市区町村',
    '番地',
    '国/地域',
  ]);
  await page.getByLabel('郵便番号').fill('150-0043');
  await page.getByLabel('番地').fill('道玄坂 1-1');
  await page.getByLabel('市区町村').fill('渋谷区');
  await page.getByRole('button', { name: '住所を保存' }).click();
  await expect(detail(page, '住所')).toContainText('〒150-0043 渋谷区 道玄坂 1-1 JPN');
  await expect(detail(page, '住所')).toContainText('同期を保留中');

  // Sync center.
  await header.getByRole('link', { name: '同期センター' }).click();
  await expect(page.getByRole('heading', { name: '同期センター' })).toBeVisible();
  await expect(detail(page, '接続')).toHaveText('オンライン');
  await expect(page.getByRole('region', { name: '要対応' })).toContainText(
    '要対応の項目はありません。',
  );
  await expect(
    page.getByRole('region', { name: 'アップロード済み、本社の処理待ち' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: '未同期のレコードをエクスポート' })).toBeVisible();

  // The choice is remembered.
  await page.reload();
  await expect(page.getByRole('heading', { name: '同期センター' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page).toHaveTitle('ストア POS');

  // And English comes back.
  await chooseLanguage(page, '言語', 'en');
  await expect(page.getByRole('heading', { name: 'Sync center' })).toBeVisible();
  await page.getByRole('link', { name: 'Shibuya Store · Register 1' }).click();
  await page.getByRole('link', { name: `${given} 山田` }).click();
  await expect(customerId(page)).toHaveText('Pending sync');
});

test('the HQ console in 日本語: sign-in and every section, the choice survives a reload', async ({
  page,
  context,
  hq,
}) => {
  // An operation HQ's sync job fails (an unknown country/region), to fix in Japanese.
  const lastName = uniqueName('Kotoba');
  await failedOperation(context, hq, lastName);

  await page.goto('/hq/');
  await expect(page.getByRole('heading', { name: 'Sign in to headquarters' })).toBeVisible();
  await chooseLanguage(page, 'Language', 'ja');
  await expect(page.getByRole('heading', { name: '本社にサインイン' })).toBeVisible();
  await page.getByRole('button', { name: 'サインイン' }).click();
  await expect(page.getByRole('alert')).toHaveText('パスワードを入力してください。');
  await page.getByLabel('パスワード').fill(hqAdminPassword);
  await page.getByRole('button', { name: 'サインイン' }).click();
  await expect(page.getByRole('button', { name: 'サインアウト' })).toBeVisible();

  const nav = page.getByRole('navigation', { name: 'セクション' });
  const open = async (section: string) => {
    await nav.getByRole('link', { name: section, exact: true }).click();
    await expect(page.getByRole('heading', { level: 2, name: section, exact: true })).toBeVisible();
  };

  // Batch jobs, with the warning that they are not scheduled (the suite runs them by hand).
  await expect(page.getByRole('heading', { level: 2, name: 'バッチ ジョブ' })).toBeVisible();
  await expect(
    page.getByRole('alert').filter({
      hasText: 'スケジュールされていません: P-ジョブ、顧客とチャネル要求の同期、1010。',
    }),
  ).toBeVisible();
  const syncJob = page.getByRole('region', { name: '顧客とチャネル要求の同期' });
  await expect(syncJob).toContainText('旧称「非同期モードからの顧客とビジネス パートナーの同期」');
  await syncJob.getByRole('button', { name: '今すぐ実行' }).click();
  await expect(syncJob.getByRole('status').first()).toContainText('今回の実行: 読み取り');
  await expect(syncJob.getByRole('table')).toContainText('実行履歴');

  await open('店舗');
  await expect(
    page.getByRole('checkbox', { name: '非同期モードで顧客を作成 — Shibuya Store' }),
  ).toBeChecked();
  await expect(page.getByRole('form', { name: '新規顧客の既定値' }).first()).toBeVisible();

  await open('レジ');
  await expect(page.getByRole('columnheader', { name: '最終接続' })).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'レスキュー ファイルのインポート' }),
  ).toBeVisible();

  await open('機能管理');
  await expect(
    page.getByRole('checkbox', { name: '非同期モードでの顧客の編集を有効にする' }),
  ).toBeDisabled();
  await expect(page.getByText('共有顧客データ テーブルのフィルター')).toBeVisible();

  await open('顧客同期の状態');
  await expect(page.getByRole('heading', { name: '時間の経過に伴う操作' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'フィルター' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: '非同期顧客アカウント' })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: `Kenta ${lastName}` });
  await expect(row).toContainText('失敗');
  await expect(row).toContainText('国/地域「XYZ」は存在しません。');
  await row.getByRole('button', { name: `Kenta ${lastName} を修正` }).click();
  const dialog = page.getByRole('dialog', { name: '操作の修正' });
  await expect(dialog.getByLabel('姓')).toHaveValue(lastName);
  await dialog.getByLabel('国/地域').fill('JPN');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByRole('status')).toHaveText(
    '保存しました。再度同期されるまで、操作は「失敗」のままです。',
  );
  await dialog.getByRole('button', { name: '再度同期' }).click();
  await expect(dialog.getByRole('status')).toHaveText(/^完了 — 顧客アカウント C\d+$/);
  await dialog.getByRole('button', { name: '閉じる' }).click();
  await expect(row).toContainText('完了');

  await open('顧客');
  await expect(page.getByLabel('顧客の検索')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /\d 人/ })).toBeVisible();

  await open('重複の可能性');
  await expect(page.getByLabel('表示')).toHaveValue('open');
  await expect(
    page.getByText(/^確認待ちの重複の可能性 \d+ 件$|^確認待ちの重複の可能性はありません。$/),
  ).toBeVisible();

  await open('所属');
  await page.getByRole('button', { name: '追加', exact: true }).click();
  await expect(page.getByText('名前を入力してください。')).toBeVisible();

  // The choice is remembered, and English comes back.
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: '所属' })).toBeVisible();
  await expect(page).toHaveTitle('本社コンソール');
  await chooseLanguage(page, '言語', 'en');
  await expect(page.getByRole('heading', { level: 2, name: 'Affiliations' })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: 'Batch jobs' })
    .click();
  await expect(page.getByRole('button', { name: 'Run now' }).first()).toBeVisible();
});
