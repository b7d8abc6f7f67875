import { validationEn } from '../../i18n-core/validation-messages.ts';

/**
 * The register's words in English: the source the Japanese catalog (ja.ts) must match key for
 * key. Tests and PRODUCT.md's "Words the UI uses" depend on these exact strings.
 */
export const posEn = {
  app: {
    title: 'Store POS',
    loading: 'Loading…',
    brand: '{{store}} · Register {{number}}',
    syncCenter: 'Sync center',
    asyncMode: 'Async customer mode',
    realtimeMode: 'Real-time customer mode',
    pageNotFound: 'Page not found',
    backToCustomers: 'Back to customers',
    language: 'Language',
    // Issue 13: a screen loaded on demand could not be loaded.
    screenFailed: 'This screen could not be opened.',
    reload: 'Reload',
  },
  activation: {
    heading: 'Activate this register',
    intro:
      "Scan the QR code on headquarters' Add a tablet page with this device's camera, or type the activation code shown there. It works once, for 15 minutes.",
    code: 'Activation code',
    firstDownloadFailed:
      'Activated, but the first download failed: {{problem}} It is retried automatically.',
    activating: 'Activating…',
    activate: 'Activate',
  },
  awaitingSettings: {
    heading: "Downloading this register's settings",
    needsSettings: 'The register needs its settings from the store server before it can be used.',
    downloading: 'Downloading settings and customers…',
    tryAgain: 'Try again',
  },
  update: {
    ready: 'A new version of the register is ready.',
    reload: 'Reload to update',
  },
  /** Where the browser has no Background Sync (iPadOS Safari): uploads run only in an open tab. */
  keepOpen: {
    notice:
      'This browser uploads only while the register is open. Keep it open until every record is uploaded.',
  },
  customerList: {
    heading: 'Customers',
    newCustomer: 'New customer',
    search: 'Search customers',
    searchPlaceholder: 'Name, phone, email or account number',
    noMatch: 'No customer on this register matches.',
    none: 'No customers on this register yet.',
    matchingCaption: 'Customers matching “{{query}}”',
    newestCaption: 'Newest customers',
  },
  customerTable: {
    customerId: 'Customer ID',
    name: 'Name',
    email: 'Email',
    phone: 'Phone',
    store: 'Store',
  },
  pendingSync: 'Pending sync',
  /** X2: the customers on the register a new or edited customer's contacts already belong to. */
  duplicates: {
    label: 'Possible duplicates',
    phone: 'Possible duplicate: {{name}} ({{id}}) has the same phone number.',
    email: 'Possible duplicate: {{name}} ({{id}}) has the same e-mail address.',
    phoneAndEmail:
      'Possible duplicate: {{name}} ({{id}}) has the same phone number and e-mail address.',
    open: 'Open {{name}}',
    more: 'and {{n, number}} more',
  },
  /** X2: a customer HQ merged into another one. */
  merged: {
    badge: 'Merged into {{account}}',
    notice: 'This customer was merged into {{account}} at HQ.',
    open: 'Open {{account}}',
  },
  searchAll: {
    button: 'Search all stores',
    searching: 'Searching…',
    needsConnection: 'Search all stores needs a connection to headquarters.',
    tooShort: 'Type at least {{min}} characters to search all stores.',
    hint: 'Asks headquarters for customers of every store.',
    results: 'Results from all stores',
    noneFound: 'All stores: no customers found',
    found: 'All stores: {{n, number}} found',
    caption: 'Customers found at headquarters',
  },
  creationNotice: {
    sync: 'The customer is created at headquarters now and gets its account number at once.',
    async:
      'Async mode: the customer is saved on this register and shows Pending sync until headquarters assigns its account number.',
    offline:
      'Offline: the customer is saved on this register and synchronized when the connection is back.',
  },
  form: {
    correctFields: 'Please correct the highlighted fields.',
    customerType: 'Customer type',
    person: 'Person',
    organization: 'Organization',
    firstName: 'First name',
    lastName: 'Last name',
    organizationName: 'Organization name',
    email: 'Email',
    phone: 'Phone',
    addressOptional: 'Address (optional)',
    saving: 'Saving…',
    save: 'Save',
    cancel: 'Cancel',
    enhancedLegend: 'Title, affiliations and more contacts',
    title: 'Title',
    noTitle: '(none)',
    secondaryEmails: 'Secondary emails',
    secondaryPhones: 'Secondary phones',
    separateWithCommas: 'Separate several with commas',
    affiliations: 'Affiliations',
  },
  address: {
    street: 'Street',
    city: 'City',
    state: 'State',
    zip: 'ZIP',
    country: 'Country/region',
    countryHint: 'Three-letter code, e.g. JPN',
    heading: 'Add address',
    headingFor: 'Add address: {{name}}',
    purpose: 'Purpose',
    purposes: {
      home: 'Home',
      business: 'Business',
      delivery: 'Delivery',
      invoice: 'Invoice',
    },
    primary: 'Primary address',
    queuedNotice:
      'The address is saved on this register and shows Pending sync until headquarters has applied it.',
    realtimeNotice: 'The address is saved at headquarters now.',
    save: 'Save address',
    cannotRefer: 'This customer cannot be referred to yet.',
  },
  details: {
    notFound: 'Customer not found',
    notOnRegister: 'This customer is not on this register.',
    back: 'Back',
    backToCustomers: '← Customers',
    customerId: 'Customer ID',
    type: 'Type',
    title: 'Title',
    email: 'Email',
    phone: 'Phone',
    addresses: 'Addresses',
    affiliations: 'Affiliations',
    customerGroup: 'Customer group',
    currency: 'Currency',
    language: 'Language',
    receipt: 'Receipt',
    receipts: {
      print: 'Print',
      email: 'Email',
      'print-and-email': 'Print and email',
    },
    loyaltyCards: 'Loyalty cards',
    none: 'None',
    editCustomer: 'Edit customer',
    addAddress: 'Add address',
    accountArrived:
      'Account number {{account}} has arrived from headquarters: Edit customer and Issue loyalty card are available.',
  },
  edit: {
    heading: 'Edit customer',
    headingFor: 'Edit customer: {{name}}',
    noAccountNumber: 'This customer has no account number yet.',
    unreachable: 'Headquarters cannot be reached; the change was not saved. Try again when online.',
    changedAtHq:
      'This customer was changed at headquarters meanwhile. The latest version is being downloaded; review and save again.',
    cannotEditOffline: 'This customer cannot be edited offline.',
    queuedNotice:
      'This customer is still pending: the change is saved on this register and applied at headquarters after the customer is created. New addresses go through Add address.',
  },
  fix: {
    heading: 'Fix and resend',
    headingFor: 'Fix and resend: {{name}}',
    nothingToFix: 'This customer has nothing that needs attention.',
    backToSyncCenter: 'Back to the sync center',
    needsAttention: 'Needs attention:',
    saveAndResend: 'Save and resend',
  },
  loyalty: {
    issue: 'Issue loyalty card',
    issuing: 'Issuing…',
    issued: 'Loyalty card {{number}} issued.',
    failed: 'Could not issue a loyalty card: {{reason}}',
  },
  queueState: {
    subjects: {
      'customer-create': 'This customer',
      'customer-edit': 'An edit of this customer',
      'address-create': 'A new address',
    },
    needsAttention: 'Needs attention:',
    refused: '{{subject}} was refused:',
    refusedNoReason: 'Headquarters refused it.',
    retrying: '{{subject}}: waiting to upload (will retry: {{error}})',
    waiting: '{{subject}}: waiting to upload to headquarters.',
    uploading: '{{subject}}: uploading…',
    waitingForAccount: 'Uploaded; waiting for headquarters to assign an account number.',
    uploaded: '{{subject}}: uploaded; waiting for headquarters.',
  },
  rules: {
    newCustomerOffline:
      'New customers cannot be created offline in this store (shared customer data is filtered). Reconnect to create one.',
    enhancedOff:
      'Not available for customers created asynchronously: Enable enhanced async customer creation (10.0.24) is off.',
    editPending: 'Available once headquarters has created this customer (Pending sync).',
    editOffline: 'Editing needs a connection to headquarters.',
    addressPending:
      'Addresses can be added once headquarters has created this customer (asynchronous address creation, 10.0.22, is off).',
    addressOffline: 'Adding an address needs a connection to headquarters.',
    loyaltyPending:
      'Loyalty cards can be issued once headquarters has created this customer (Pending sync).',
    loyaltyOffline: 'Issuing a loyalty card needs a connection to headquarters.',
  },
  syncCenter: {
    heading: 'Sync center',
    never: 'never',
    connection: 'Connection',
    online: 'Online',
    offline: 'Offline',
    liveUpdates: 'Live updates',
    liveOn: 'On',
    liveConnecting: 'Connecting…',
    liveOff: 'Live updates are off: checking for changes every minute.',
    lastUpload: 'Last successful upload',
    lastDownload: 'Last successful download',
    persistentStorage: 'Persistent storage',
    storageUnknown: 'Unknown',
    storageGranted: 'Granted: the browser keeps this register’s data',
    storageNotGranted: 'Not granted: the browser may clear data under storage pressure',
    syncNow: 'Sync now',
    lastProblem: 'Last problem: {{problem}}',
    needsAttention: 'Needs attention',
    nothingNeedsAttention: 'Nothing needs attention.',
    waitingToUpload: 'Waiting to upload',
    nothingWaiting: 'Nothing is waiting to upload.',
    waitingForHq: 'Uploaded, waiting for headquarters',
    nothingAtHq: 'Nothing is waiting for headquarters.',
    uploadingRecords: 'Uploading records',
    downloadingCustomers: 'Downloading customers',
    progressSoFar: '{{label}}: {{progress, number}} so far',
    progressOf: '{{label}}: {{progress, number}} of {{total, number}}',
  },
  entryTable: {
    titleWithCount: '{{title}} ({{n, number}})',
    kinds: {
      'customer-create': 'New customer',
      'customer-edit': 'Edit',
      'address-create': 'Address',
    },
    record: 'Record',
    customer: 'Customer',
    created: 'Created',
    tries: 'Tries',
    details: 'Details',
    willRetry: 'Will retry {{time}}: {{error}}',
    uploading: 'Uploading…',
    customerGone: '(customer no longer on this register)',
    fixAndResend: 'Fix and resend',
    resend: 'Resend',
    resendFor: 'Resend — {{name}}',
  },
  rescueExport: {
    button: 'Export unsynced records',
    exported_one: 'Exported {{count, number}} record to {{file}}.',
    exported_other: 'Exported {{count, number}} records to {{file}}.',
  },
  /** The register's storage use in the sync center (issue 13, part 5). */
  storageUse: {
    label: 'Storage used',
    usage: '{{used}} of {{quota}} ({{share}})',
  },
  statusBar: {
    online: 'Online',
    offline: 'Offline',
    offlineBecause: 'Offline: {{reason}}',
    reasonInParentheses: '({{reason}})',
    reasons: {
      'browser-offline': 'no network',
      'no-heartbeat': 'the store server does not answer',
      'call-failed': 'headquarters did not answer',
    },
    waitingToUpload: 'Waiting to upload: {{n, number}}',
    waitingForHq: 'Waiting for HQ: {{n, number}}',
    needsAttention: 'Needs attention: {{n, number}}',
    uploading: 'Uploading… {{progress, number}}',
    downloading: 'Downloading… {{progress, number}}',
    syncNow: 'Sync now',
    lastDownload: 'Last download {{time}}',
    revoked:
      "Headquarters no longer accepts this register's activation. Nothing is lost: records wait here until it is activated again.",
    activateAgain: 'Activate again',
  },
  /** Messages the register's sync layer writes in English (src/pos/sync, src/pos/db). */
  syncMessages: {
    unreachableBecause: 'Cannot reach the server ({{detail}}).',
    unreachable: 'Cannot reach the server.',
    timeout: 'No answer within {{seconds}} s.',
    serverAnswered: 'The server answered {{status}}.',
    notUnderstood: 'The server sent an answer this register does not understand.',
    missingAnswers: 'The server did not answer for every record.',
    rejected: 'Rejected by the server.',
    noSettings:
      'This register has not downloaded its settings yet. Connect to the store network once.',
    offlineRefused:
      'Headquarters cannot be reached, and this store does not create customers offline (shared customer data is filtered). Try again when online.',
    notQueued: 'This record is no longer in the queue.',
  },
  /**
   * What the register says for the server's error codes (src/contract/errors.ts) when it shows
   * another language than English; in English the server's own message is shown.
   */
  serverErrors: {
    unauthorized:
      'Headquarters does not accept this register’s device token. Activate the register again.',
    'too-many-attempts': 'Too many attempts. Wait a minute and try again.',
    'invalid-activation-code':
      "This activation code is not valid: it may be mistyped, used already or expired. Create a new one on headquarters' Add a tablet page.",
    'unknown-store': 'This store does not exist at headquarters.',
    'unknown-register': 'This register does not exist at headquarters.',
    'register-not-in-store': 'This register belongs to another store.',
    'register-retired': 'This register was retired at headquarters and cannot be activated.',
    'not-found': 'Headquarters does not have this customer.',
    'customer-merged':
      'This customer was merged into another one at headquarters. Open that customer instead.',
    conflict: 'This customer was changed at headquarters meanwhile.',
    'guid-reused': 'This GUID was already used for a different customer.',
    'store-not-configured': 'This store has no default customer at headquarters.',
    'payload-too-large': 'The request is too large.',
    'malformed-json': 'The request could not be read.',
    'fault-injected': 'Injected failure (test control).',
    internal: 'Something went wrong on the server.',
  },
  validation: validationEn,
} as const;
