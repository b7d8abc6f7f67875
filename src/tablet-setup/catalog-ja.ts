import type { CatalogOf } from '../i18n-core/catalog.ts';
import type { tabletSetupEn } from './catalog-en.ts';

/** The trust steps and CA downloads in Japanese: the English catalog's keys, each translated. */
export const tabletSetupJa: CatalogOf<typeof tabletSetupEn> = {
  page: {
    title: 'タブレットの設定',
    heading: '店舗のレジ用にタブレットを設定する',
    intro:
      'タブレットは、店舗独自の認証局 (店舗 CA) の証明書を使った https でレジに接続します。各タブレットで一度だけ店舗 CA を信頼し、その後 HQ コンソールの「タブレットを追加」ページの QR コードからレジのアドレスを開いてください。',
    language: '言語',
  },
  downloads: {
    heading: '店舗 CA 証明書',
    certificate: '店舗 CA 証明書 (.crt) をダウンロード',
    profile: 'iPad・iPhone 用プロファイル (.mobileconfig) をダウンロード',
    fingerprint: 'SHA-256 フィンガープリント (タブレットの表示と照合してください):',
    ownCertificate:
      'このサーバーは小売業者独自の証明書を使っているため、インストールする店舗 CA はありません。その証明書の発行元を信頼しているタブレットは、そのままレジを開けます。',
    nameConstrained:
      '店舗 CA が保証できるのはこの店舗のサーバー名とプライベート ネットワークのアドレスだけで、他の Web サイトを保証することはありません。',
  },
  steps: {
    heading: '店舗 CA を信頼する',
    ipad: {
      heading: 'iPad・iPhone (Safari)',
      s1: 'Safari でプロファイル (.mobileconfig) をダウンロードし、ダウンロードを許可します。',
      s2: '設定 › プロファイルがダウンロード済み (または 設定 › 一般 › VPN とデバイス管理) を開き、店舗 CA のプロファイルを選んで「インストール」をタップします。',
      s3: '設定 › 一般 › 情報 › 証明書信頼設定 を開き、店舗 CA の「ルート証明書を全面的に信頼する」をオンにします。',
      s4: 'カメラ App で QR コードを読み取り、そのアドレスを Safari で開きます。',
      s5: '共有 › ホーム画面に追加 をタップし、以後はホーム画面からレジを開きます。',
      note: 'Safari は、ホーム画面に追加されていない Web サイトのデータを、数日使わないと消去することがあります。また Safari にはバックグラウンド同期がありません。記録がアップロード待ちの間は、アップロードが終わるまでレジを開いたままにしてください (レジに表示されます)。',
    },
    android: {
      heading: 'Android (Chrome)',
      s1: '店舗 CA 証明書 (.crt) をダウンロードします。',
      s2: '設定 › セキュリティ › 暗号化と認証情報 › 証明書のインストール › CA 証明書 を開き、確認してダウンロードしたファイルを選びます。',
      s3: 'カメラで QR コードを読み取り、そのアドレスを Chrome で開きます。',
      s4: 'Chrome のメニューで「アプリをインストール」(または「ホーム画面に追加」) を選びます。',
    },
    windows: {
      heading: 'Windows',
      s1: '店舗 CA 証明書 (.crt) をダウンロードします。',
      s2: '.crt ファイルをダブルクリック › 証明書のインストール › ローカル コンピューター › 証明書をすべて次のストアに配置する › 信頼されたルート証明機関 › 完了。',
      s3: 'ブラウザーを再起動し、レジの https アドレスを開きます。',
    },
    macos: {
      heading: 'macOS',
      s1: '店舗 CA 証明書 (.crt) をダウンロードします。',
      s2: '.crt をキーチェーンアクセスで開き、システム キーチェーンに追加します。',
      s3: 'キーチェーンアクセスで店舗 CA を開き、信頼 › この証明書を使用するとき: 常に信頼 を選んでウィンドウを閉じ、パスワードで確定します。',
      s4: 'ブラウザーを再起動し、レジの https アドレスを開きます。',
    },
  },
};
