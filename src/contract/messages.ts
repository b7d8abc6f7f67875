/**
 * The English of every message a person reads that is made outside the app showing it — by the
 * contract's validation, by either service, or by the register's sync layer — by code: the
 * single source of the codes. Codes are kebab-case; every value is a named `{{placeholder}}`.
 * Both apps' catalogs translate these codes (their `messages` section); English is this object.
 */
export const englishMessages = {
  // Text from outside the product: a string stored before messages were codes, a proxy's page.
  'plain-text': '{{text}}',

  // The contract's validation and HQ's own rules on customers and records.
  'too-long': 'At most {{max}} characters.',
  'first-name-required': 'First name is required.',
  'last-name-required': 'Last name is required.',
  'organization-name-required': 'Organization name is required.',
  'street-required': 'Street is required.',
  'city-required': 'City is required.',
  'name-required': 'Name is required.',
  'invalid-email': 'Enter a valid e-mail address.',
  'invalid-phone': 'Enter a valid phone number.',
  'country-code': 'Use a three-letter country/region code.',
  'unknown-country': "Country/region '{{code}}' does not exist.",
  'not-affiliation-id': 'Not an affiliation id.',
  'unknown-affiliation': "Affiliation '{{id}}' does not exist.",
  'not-account-number': 'Not an account number.',
  'store-id-format': 'Use 1 to 14 capital letters, digits and -, e.g. S003.',
  'register-number-format': 'Use a register number from 1 to 999.',
  'unsafe-text':
    'Text may not contain control characters, unpaired surrogates or direction overrides.',
  'enter-password': 'Enter the password.',
  'wrong-password': 'Wrong password.',
  'password-too-short': 'Use at least {{min}} characters.',
  'nothing-to-change': 'Nothing to change.',
  'search-too-short': 'Type at least {{min}} characters.',
  'too-many-addresses': 'A customer can have at most {{max}} addresses.',
  'customer-merged': 'Customer {{account}} was merged into {{into}}. Open {{into}} instead.',
  'customer-not-at-hq': "Customer '{{account}}' does not exist at HQ.",
  'store-without-default': "Store '{{store}}' has no default customer at HQ.",
  'unreadable-record': 'The record is not readable JSON.',
  'feature-conflict':
    'Enable editing customers in asynchronous mode needs Enable the asynchronous creation for customer addresses and Enable enhanced async customer creation to be on.',
  'invalid-value': 'This value is not valid.',
  'guid-reused': 'This GUID was already used for a different customer.',
  'other-store-customer': 'This customer belongs to another store.',

  // The register's sync layer.
  'unreachable-because': 'Cannot reach the server ({{detail}}).',
  unreachable: 'Cannot reach the server.',
  timeout: 'No answer within {{seconds}} s.',
  'server-answered': 'The server answered {{status}}.',
  'not-understood': 'The server sent an answer this register does not understand.',
  'missing-answers': 'The server did not answer for every record.',
  rejected: 'Rejected by the server.',
  'no-settings':
    'This register has not downloaded its settings yet. Connect to the store network once.',
  'offline-refused':
    'Headquarters cannot be reached, and this store does not create customers offline (shared customer data is filtered). Try again when online.',
  'not-queued': 'This record is no longer in the queue.',
  'customer-gone': 'The customer is no longer on this register.',

  // The console's API client.
  'console-unreachable': 'Headquarters could not be reached. Check the connection.',
  'http-failed': 'The request failed (HTTP {{status}}).',
  'unexpected-response': 'The server sent an unexpected response.',
  'unreadable-response': 'The server sent an unreadable response.',

  // Either service's HTTP layer.
  internal: 'Something went wrong on the server.',
  'invalid-request': 'The request is not valid.',
  'body-too-large': 'The request body is larger than {{size}}.',
  'invalid-json': 'The request body is not valid JSON.',
  'empty-body': 'The request body is empty; send a JSON body.',
  'no-body': 'This request takes no body.',
  'uri-too-long': 'A part of the address is too long.',
  'bad-url': 'The address is not valid (malformed percent-encoding).',
  'no-such-resource': 'No such resource: {{method}} {{path}}',
  'unknown-host': "This server does not answer to the name '{{name}}'.",
  'cross-origin': 'Cross-site requests to the HQ console are refused.',
  'console-at-hq': 'The HQ console is served by headquarters.',
  'too-many-sign-ins': 'Too many sign-in attempts. Try again.',
  'too-many-failed-sign-ins': 'Too many failed sign-in attempts. Wait a minute and try again.',
  'too-many-activations': 'Too many activation attempts. Wait a minute and try again.',

  // The scale unit.
  'token-missing': 'This register is not activated: the device token is missing.',
  'token-invalid': 'The device token is not valid or was revoked. Activate the register again.',
  'not-activated': 'This register is not activated.',
  'no-store-ca':
    "This server uses the retailer's own certificate: there is no store CA to download.",
  'invalid-activation-code':
    'This activation code is not valid. It may be mistyped, used already or expired: create a new one at headquarters (Add a tablet).',
  'hq-unreachable': 'Headquarters is not reachable now.',
  'store-not-configured-here': "Store '{{store}}' is not configured.",
  'store-not-served': "Scale unit '{{unit}}' does not serve store '{{store}}'.",

  // The link between headquarters and its scale units.
  'unknown-service': 'This link needs the service credential configured for the caller.',
  'link-unreachable': '{{service}} was not reached: {{reason}}',

  // Headquarters.
  'sign-in-needed': 'Sign in to the HQ console.',
  'password-change-required': 'Choose a new password for the HQ console first.',
  'default-password':
    'The HQ console still has its default password, so it cannot be signed in to from another device. On the server machine, sign in at {{url}} and choose a new password, or set HQ_ADMIN_PASSWORD.',
  'store-has-no-default': "Store '{{store}}' has no default customer.",
  'edit-conflict':
    'Customer {{account}} was changed by someone else (version {{current}}, not {{version}}). Reload it and edit again.',
  'duplicate-not-found': 'This likely duplicate does not exist.',
  'duplicate-resolved': 'This likely duplicate was already resolved.',
  'not-in-flag': 'The account to keep must be one of the two flagged customers.',
  'operation-not-found': "Async operation '{{guid}}' does not exist.",
  'operation-unreadable': 'HQ holds an unreadable record for this operation.',
  'not-failed': 'Only a failed operation can be fixed; this one is {{status}}.',
  'identity-fixed': 'The GUID, kind and customer of a record cannot change.',
  completed: 'This operation is already completed.',
  'job-not-found': "Job '{{id}}' does not exist.",
  'store-not-found': "Store '{{store}}' does not exist.",
  'store-exists': "Store '{{store}}' already exists.",
  'register-exists': "Register {{number}} of '{{store}}' already exists.",
  'register-not-found': "Register '{{register}}' does not exist.",
  'register-retired': "Register '{{register}}' was retired at HQ and cannot be activated.",
  'rescue-unknown-store': "The rescue file's store '{{store}}' does not exist.",
  'rescue-unknown-register': "The rescue file's register '{{register}}' does not exist.",
  'rescue-register-elsewhere':
    "The rescue file's register '{{register}}' belongs to store '{{owner}}', not '{{store}}'.",
  'affiliation-exists': "Affiliation '{{id}}' already exists.",
  'scale-unit-unknown':
    "No scale unit that answered serves store '{{store}}'. Check the scale units' settings and that they are running.",
  'scale-unit-down':
    "Scale unit '{{id}}' is not reachable now ({{reason}}). Try again when it is back.",
  'scale-unit-unreachable':
    "Scale unit '{{id}}' was not reached ({{reason}}); it is caught up on a later run.",
  'scale-unit-refused': "Scale unit '{{id}}' refused the call: {{message}}",
  'run-interrupted': 'Interrupted: the server stopped during this run.',
  'job-stopped': 'The job stopped: {{reason}}',
  'no-contact-one': 'No contact for {{n}} minute',
  'no-contact': 'No contact for {{n}} minutes',
  'records-waiting-one': 'Records waiting for {{n}} minute',
  'records-waiting': 'Records waiting for {{n}} minutes',
  'records-need-attention-one': '{{n}} record needs attention',
  'records-need-attention': '{{n}} records need attention',
} as const;

/** Every message code the product knows. */
export type MessageCode = keyof typeof englishMessages;

/** A message's values by placeholder name. */
export type MessageValues = Record<string, string | number>;

/**
 * A message a person reads: its code and values. `field` is the path of the value it is about
 * when it stands alone (a record's error: `customer.addresses.0.city`); it reads as the field's
 * label, then the message.
 */
export interface Message {
  code: MessageCode;
  values?: MessageValues;
  field?: string;
}

/**
 * A message read back from storage: a `Message`, or the English string an older version of
 * the app stored (read as `plain-text`, see `readMessage`).
 */
export type StoredMessage = Message | string;

/** Whether `code` is one this build knows. */
export function isMessageCode(code: string): code is MessageCode {
  return Object.hasOwn(englishMessages, code);
}

/**
 * A message as it arrives or is stored: a code this build may not know (a newer server may know
 * more codes), values, a field. Its schema on the wire is `messageSchema` (message-schema.ts);
 * this module stays free of zod, so the register's first screen can read messages without it.
 */
export interface ReceivedMessage {
  code: string;
  values?: MessageValues | undefined;
  field?: string | undefined;
}

/** Whether `value` has a received message's shape (what `messageSchema` accepts). */
export function isReceivedMessage(value: unknown): value is ReceivedMessage {
  if (typeof value !== 'object' || value === null) return false;
  const { code, values, field } = value as Record<string, unknown>;
  return (
    typeof code === 'string' &&
    code.length >= 1 &&
    code.length <= 100 &&
    (values === undefined || isMessageValues(values)) &&
    (field === undefined || (typeof field === 'string' && field.length <= 500))
  );
}

function isMessageValues(value: unknown): value is MessageValues {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((v) => typeof v === 'string' || typeof v === 'number')
  );
}

/** The message with `code` and `values` (no values when there are none). */
export function message(code: MessageCode, values?: MessageValues): Message {
  return values === undefined ? { code } : { code, values };
}

/** Text from outside the product as a message. */
export function plainText(text: string): Message {
  return { code: 'plain-text', values: { text } };
}

/**
 * A stored or received message: a `Message` when it is one whose code this build knows; any
 * other value (a string stored before messages were codes, an unknown code) as `plain-text` of
 * its English `fallback`, of the text itself, or of the unknown code.
 */
export function readMessage(stored: unknown, fallback?: string): Message {
  const received = isReceivedMessage(stored) ? stored : null;
  if (received && isMessageCode(received.code)) {
    const { code, values, field } = received;
    return {
      code,
      ...(values === undefined ? {} : { values }),
      ...(field === undefined ? {} : { field }),
    };
  }
  if (typeof stored === 'string') return plainText(stored);
  return plainText(fallback ?? received?.code ?? JSON.stringify(stored));
}

/** A stored column that holds a `Message` as JSON, or an English string written before. */
export function parseStoredMessage(text: string): Message {
  try {
    return readMessage(JSON.parse(text), text);
  } catch {
    return plainText(text);
  }
}

/** Fills `template`'s `{{name}}` placeholders from `values` (a missing one stays as it is). */
export function fillTemplate(template: string, values: MessageValues | undefined): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
    const value = values?.[name];
    return value === undefined ? whole : String(value);
  });
}

/** The message in English: for logs, the error body's `message` and API users. */
export function englishText(message: Message): string {
  const text = fillTemplate(englishMessages[message.code], message.values);
  return message.field === undefined ? text : `${message.field}: ${text}`;
}

/** An error that carries a message for a person (thrown by the register's commands). */
export class MessageError extends Error {
  override readonly name = 'MessageError';
  readonly detail: Message;

  constructor(detail: Message, options: { cause?: unknown } = {}) {
    super(englishText(detail), { cause: options.cause });
    this.detail = detail;
  }
}

/** What a thrown value says: a `MessageError`'s message, else its text as `plain-text`. */
export function messageOf(error: unknown): Message {
  if (error instanceof MessageError) return error.detail;
  return plainText(error instanceof Error ? error.message : String(error));
}
