/** The Background Sync tag the page registers and the service worker answers (B5). */
export const outboxSyncTag = 'pos-outbox';
