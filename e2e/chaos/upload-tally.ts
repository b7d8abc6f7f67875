import type { BrowserContext, Request, Response } from '@playwright/test';
import { apiPaths } from '../../src/contract/api-paths.ts';
import { uploadResponseSchema } from '../../src/contract/upload.ts';

/** What the registers' upload requests met, as seen on the wire (page and service worker). */
export interface UploadTally {
  requests: number;
  /** Records the scale unit stored on that request. */
  accepted: number;
  /** Records it recognised as already stored: retries made harmless by the GUID. */
  duplicate: number;
  rejected: number;
  /** Requests with no answer: offline, server killed, unreachable, or dropped after commit. */
  failedRequests: number;
  /** Answers that were 5xx/429 (injected or random). */
  errorAnswers: number;
  /** 2xx answers whose body could not be read or did not match the contract. */
  unreadable: number;
}

function isUpload(request: Request): boolean {
  return request.method() === 'POST' && new URL(request.url()).pathname === apiPaths.upload;
}

/** Counts every upload request of a context and the outcome of each record in its answer. */
export function tallyUploads(context: BrowserContext, tally: UploadTally): void {
  context.on('request', (request) => {
    if (isUpload(request)) tally.requests += 1;
  });
  context.on('requestfailed', (request) => {
    if (isUpload(request)) tally.failedRequests += 1;
  });
  context.on('response', (response: Response) => {
    if (!isUpload(response.request())) return;
    if (!response.ok()) {
      tally.errorAnswers += 1;
      return;
    }
    response.json().then(
      (body) => {
        const parsed = uploadResponseSchema.safeParse(body);
        if (!parsed.success) {
          tally.unreadable += 1;
          return;
        }
        for (const { outcome } of parsed.data.results) tally[outcome] += 1;
      },
      () => {
        // The body went with its page (tab closed); the register sends the records again.
        tally.unreadable += 1;
      },
    );
  });
}

/** A tally at zero. */
export function emptyTally(): UploadTally {
  return {
    requests: 0,
    accepted: 0,
    duplicate: 0,
    rejected: 0,
    failedRequests: 0,
    errorAnswers: 0,
    unreadable: 0,
  };
}
