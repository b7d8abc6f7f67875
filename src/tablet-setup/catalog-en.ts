/**
 * The trust steps and CA downloads in English (issue 11): shared by the HQ console's Add a
 * tablet page and the public /tablet/ page. catalog-ja.ts must match it key for key; steps are
 * the keys `s1`, `s2`… of each platform, shown in that order.
 */
export const tabletSetupEn = {
  page: {
    title: 'Set up a tablet',
    heading: 'Set up a tablet for the store register',
    intro:
      'Tablets reach the register over https, with a certificate from the store’s own certificate authority (store CA). Trust the store CA once on each tablet, then open the register’s address from the QR code on the HQ console’s Add a tablet page.',
    language: 'Language',
  },
  downloads: {
    heading: 'Store CA certificate',
    certificate: 'Download the store CA certificate (.crt)',
    profile: 'Download the profile for iPad and iPhone (.mobileconfig)',
    fingerprint: 'SHA-256 fingerprint, to compare with what the tablet shows:',
    ownCertificate:
      'This server uses the retailer’s own certificate, so there is no store CA to install: a tablet that trusts that certificate’s issuer opens the register directly.',
    nameConstrained:
      'The store CA can only vouch for this store’s server names and private network addresses, never for another website.',
  },
  steps: {
    heading: 'Trust the store CA',
    verify:
      'Before you trust it, check that the certificate’s SHA-256 fingerprint (on an iPad: the profile’s More Details) is the one on the HQ console’s Add a tablet page or its printed sheet. If it differs, do not install it: someone else on the network may have sent it.',
    ipad: {
      heading: 'iPad and iPhone (Safari)',
      s1: 'In Safari, download the profile (.mobileconfig) and allow the download.',
      s2: 'Open Settings › Profile Downloaded (or Settings › General › VPN & Device Management), choose the store CA profile and tap Install.',
      s3: 'Open Settings › General › About › Certificate Trust Settings and turn on full trust for the store CA.',
      s4: 'Scan the QR code with the Camera app and open its address in Safari.',
      s5: 'Tap Share › Add to Home Screen, and open the register from the Home Screen from then on.',
      note: 'Safari may clear a website’s data after some days without use unless it is added to the Home Screen. Safari has no Background Sync either: while records wait to upload, keep the register open until they are uploaded (the register says so).',
    },
    android: {
      heading: 'Android (Chrome)',
      s1: 'Download the store CA certificate (.crt).',
      s2: 'Open Settings › Security › Encryption & credentials › Install a certificate › CA certificate, confirm, and choose the downloaded file.',
      s3: 'Scan the QR code with the camera and open its address in Chrome.',
      s4: 'In Chrome’s menu, choose Install app (or Add to Home screen).',
    },
    windows: {
      heading: 'Windows',
      s1: 'Download the store CA certificate (.crt).',
      s2: 'Double-click the .crt file › Install Certificate › Local Machine › Place all certificates in the following store › Trusted Root Certification Authorities › Finish.',
      s3: 'Restart the browser and open the register’s https address.',
    },
    macos: {
      heading: 'macOS',
      s1: 'Download the store CA certificate (.crt).',
      s2: 'Open the .crt in Keychain Access and add it to the System keychain.',
      s3: 'In Keychain Access, open the store CA › Trust › When using this certificate: Always Trust, then close the window and confirm with your password.',
      s4: 'Restart the browser and open the register’s https address.',
    },
  },
} as const;
