import type { z } from '../../../contract/zod.ts';
import { rescueFileSchema, type RescueFile } from '../../../contract/health.ts';
import { asyncRecordKinds, type AsyncRecordKind } from '../../../contract/upload.ts';
import { format, t } from '../../i18n/i18n.ts';
import { describe } from '../../i18n/messages.ts';
import { issueMessage } from '../../../contract/errors.ts';

/** The largest file the console reads: a rescue file of the most records a register exports. */
export const rescueFileMaxBytes = 20 * 1024 * 1024;

/** What the console shows of a rescue file before importing it. */
export type RescuePreview = {
  storeId: string;
  registerId: string;
  exportedAt: string;
  total: number;
  byKind: Record<AsyncRecordKind, number>;
};

/** A file read and checked once: the parsed rescue file and its preview, or why it was refused. */
export type RescueFileReading =
  { ok: true; file: RescueFile; preview: RescuePreview } | { ok: false; message: string };

/** The words the preview uses for a kind of record. */
export function recordKindLabel(kind: AsyncRecordKind): string {
  return t(`rescue.kinds.${kind}`);
}

const notRescueFile = () => t('rescue.notRescueFile');

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function firstIssue(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  if (!issue) return t('rescue.formatMismatch');
  const path = issue.path.map(String).join('.');
  const message = issueMessage(issue);
  return describe(path ? { ...message, field: path } : message);
}

/** How many records of each kind a rescue file holds. */
export function rescuePreview(file: RescueFile): RescuePreview {
  const byKind = Object.fromEntries(asyncRecordKinds.map((kind) => [kind, 0])) as Record<
    AsyncRecordKind,
    number
  >;
  for (const record of file.records) byKind[record.kind] += 1;
  return {
    storeId: file.storeId,
    registerId: file.registerId,
    exportedAt: file.exportedAt,
    total: file.records.length,
    byKind,
  };
}

/**
 * X4: reads a rescue file's text: parses the JSON and validates it with the contract's schema,
 * once. A file that is not a rescue file at all and one that is damaged get different messages.
 */
export function readRescueFile(text: string): RescueFileReading {
  let json: unknown;
  try {
    json = JSON.parse(text) as unknown;
  } catch {
    return text.trimStart().startsWith('{')
      ? { ok: false, message: t('rescue.damagedJson') }
      : { ok: false, message: notRescueFile() };
  }
  if (!isObject(json) || json.format !== 'pos-rescue/1')
    return { ok: false, message: notRescueFile() };
  const parsed = rescueFileSchema.safeParse(json);
  if (!parsed.success) {
    return { ok: false, message: t('rescue.damaged', { issue: firstIssue(parsed.error) }) };
  }
  return { ok: true, file: parsed.data, preview: rescuePreview(parsed.data) };
}

/** Why a file is refused before it is read (too large), or null. */
export function rescueFileSizeProblem(bytes: number): string | null {
  if (bytes === 0) return t('rescue.emptyFile');
  if (bytes > rescueFileMaxBytes) {
    return t('rescue.tooLarge', { mb: format().decimal(bytes / 1024 / 1024) });
  }
  return null;
}

/** The result line after an import. */
export function importSummary(result: {
  accepted: number;
  duplicates: number;
  rejected: number;
}): string {
  return t('rescue.summary', result);
}
