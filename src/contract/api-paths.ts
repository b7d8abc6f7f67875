/** Every HTTP path the POS, the service worker, the HQ console and the server share. */
export const apiPaths = {
  activate: '/api/activation',
  registerConfig: '/api/register/config',
  heartbeat: '/api/register/heartbeat', // POST { queue } (X3)
  registerEvents: '/api/register/events', // GET text/event-stream (issue 12, register-events.ts)
  upload: '/api/register/async-records',
  feed: '/api/register/customers/feed', // ?since=&limit=
  realtimeCustomers: '/api/rts/customers', // POST create
  realtimeSearch: '/api/rts/customers/search', // ?q=
  realtimeCustomer: (account: string) => `/api/rts/customers/${encodeURIComponent(account)}`, // PUT edit
  realtimeAddresses: (account: string) =>
    `/api/rts/customers/${encodeURIComponent(account)}/addresses`, // POST (B10 with 10.0.22 off)
  realtimeLoyaltyCards: (account: string) =>
    `/api/rts/customers/${encodeURIComponent(account)}/loyalty-cards`, // POST
  hqStores: '/api/hq/stores',
  hqStore: (id: string) => `/api/hq/stores/${encodeURIComponent(id)}`, // PATCH
  hqJobs: '/api/hq/jobs',
  hqJob: (id: string) => `/api/hq/jobs/${encodeURIComponent(id)}`, // PATCH schedule
  hqJobRun: (id: string) => `/api/hq/jobs/${encodeURIComponent(id)}/run`, // POST
  hqJobRuns: (id: string) => `/api/hq/jobs/${encodeURIComponent(id)}/runs`,
  hqAsyncCustomers: '/api/hq/async-customers', // ?status=&storeId=
  hqAsyncCustomerStats: '/api/hq/async-customers/stats', // ?hours=&bucketMinutes=
  hqAsyncCustomer: (guid: string) => `/api/hq/async-customers/${encodeURIComponent(guid)}`, // GET, PUT fix
  hqAsyncCustomerResync: (guid: string) =>
    `/api/hq/async-customers/${encodeURIComponent(guid)}/resync`, // POST
  hqSettings: '/api/hq/settings', // GET, PATCH
  hqAffiliations: '/api/hq/affiliations', // GET, POST
  hqSession: '/api/hq/session', // GET, POST sign in, DELETE sign out
  hqRegisterHealth: '/api/hq/registers/health',
  hqScaleUnits: '/api/hq/scale-units', // GET (issue 12)
  hqRegisterRevoke: (id: string) => `/api/hq/registers/${encodeURIComponent(id)}/revoke`, // POST
  hqRegisterActivationCode: (id: string) =>
    `/api/hq/registers/${encodeURIComponent(id)}/activation-code`, // POST (issue 11)
  hqRegisterRetire: (id: string) => `/api/hq/registers/${encodeURIComponent(id)}/retire`, // POST
  hqStoreRegisters: (id: string) => `/api/hq/stores/${encodeURIComponent(id)}/registers`, // POST
  hqTabletSetup: '/api/hq/tablet-setup', // GET: https addresses and the store CA
  hqPassword: '/api/hq/password', // PUT { currentPassword, newPassword }
  hqRescueImport: '/api/hq/rescue-import', // POST a rescue file
  hqCustomers: '/api/hq/customers', // ?q=&limit=
  hqDuplicates: '/api/hq/duplicates', // ?status=open|resolved (X2)
  hqDuplicateDistinct: (id: number) => `/api/hq/duplicates/${id}/distinct`, // POST
  hqDuplicateMerge: (id: number) => `/api/hq/duplicates/${id}/merge`, // POST { keep }
  /** Public (no secret): what a tablet needs before it trusts the store CA. */
  tabletCaCertificate: '/tablet/store-ca.crt',
  tabletCaProfile: '/tablet/store-ca.mobileconfig',
  tabletHttps: '/tablet/https.json',
  tabletSetupPage: '/tablet/',
  healthz: '/healthz',
  readyz: '/readyz',
  openApi: '/api/openapi.json', // GET: the service's OpenAPI document (issue 12)
  testScaleUnit: '/api/test/scale-unit',
  testFaults: '/api/test/faults',
  testRealtimeCapacity: '/api/test/realtime-capacity', // POST
  testStats: '/api/test/stats', // GET, DELETE resets the counters
} as const;
