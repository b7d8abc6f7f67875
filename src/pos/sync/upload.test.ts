import { describe, expect, it } from 'vitest';
import type { UploadRequest, UploadResponse, UploadResult } from '../../contract/upload.ts';
import { addAsyncCustomer, outboxSummary } from '../db/outbox-repo.ts';
import { configuredDatabase, draft, record, testConfig } from '../test-fixtures.ts';
import type { ApiFailure, ApiResult } from './api-client.ts';
import { drainOutbox } from './upload.ts';
import { message, plainText } from '../../contract/messages.ts';

type Answer = (request: UploadRequest) => ApiResult<UploadResponse>;

/** A scale unit that keeps what it accepted by GUID, like the real one. */
function fakeScaleUnit(answer?: Answer) {
  const stored = new Map<string, string>();
  const requests: UploadRequest[] = [];
  const accept: Answer = (request) => ({
    ok: true,
    value: {
      results: request.records.map((r): UploadResult => {
        if (r.kind === 'customer-create' && r.customer.email === 'refused@example.jp')
          return {
            guid: r.guid,
            outcome: 'rejected',
            message: plainText('E-mail domain is blocked.'),
          };
        const outcome = stored.has(r.guid) ? 'duplicate' : 'accepted';
        stored.set(r.guid, JSON.stringify(r));
        return { guid: r.guid, outcome };
      }),
    },
  });
  return {
    stored,
    requests,
    api: {
      upload: (request: UploadRequest) => {
        requests.push(request);
        return Promise.resolve((answer ?? accept)(request));
      },
    },
    accept,
  };
}

const failure = (f: ApiFailure): ApiResult<UploadResponse> => ({ ok: false, failure: f });

describe('drainOutbox', () => {
  it('uploads every pending record in batches and marks them uploaded', async () => {
    const db = await configuredDatabase();
    for (let i = 0; i < 7; i++) await addAsyncCustomer(db, record(), testConfig);
    const unit = fakeScaleUnit();

    const report = await drainOutbox({ db, api: unit.api, batchSize: 3 });

    expect(report).toMatchObject({ sent: 7, accepted: 7, rejected: 0, retryLater: 0 });
    expect(unit.requests.map((r) => r.records.length)).toEqual([3, 3, 1]);
    expect((await outboxSummary(db)).counts.uploaded).toBe(7);
  });

  it('marks a refused record Needs attention and still uploads the rest', async () => {
    const db = await configuredDatabase();
    await addAsyncCustomer(db, record(), testConfig);
    await addAsyncCustomer(
      db,
      record({ customer: draft({ email: 'refused@example.jp' }) }),
      testConfig,
    );
    await addAsyncCustomer(db, record(), testConfig);

    const report = await drainOutbox({ db, api: fakeScaleUnit().api });

    expect(report).toMatchObject({ accepted: 2, rejected: 1 });
    const rejected = await db.outbox.where('state').equals('rejected').toArray();
    expect(rejected.map((e) => e.lastError)).toEqual([plainText('E-mail domain is blocked.')]);
  });

  it('retries after a 5xx with backoff, and the retry makes no duplicate', async () => {
    const db = await configuredDatabase();
    await addAsyncCustomer(db, record(), testConfig);
    let calls = 0;
    const unit = fakeScaleUnit((request) => {
      calls += 1;
      if (calls === 1) {
        unit.accept(request); // stored, but the answer is lost
        return failure({
          kind: 'http',
          status: 503,
          message: message('server-answered', { status: 503 }),
          body: null,
        });
      }
      return unit.accept(request);
    });
    let now = 1_000;

    const first = await drainOutbox({ db, api: unit.api, now: () => now, random: () => 0 });
    expect(first).toMatchObject({
      retryLater: 1,
      error: message('server-answered', { status: 503 }),
    });
    const [waiting] = await db.outbox.toArray();
    expect(waiting).toMatchObject({
      state: 'pending',
      nextAttemptAt: 1_500,
      lastError: message('server-answered', { status: 503 }),
    });

    expect(await drainOutbox({ db, api: unit.api, now: () => now })).toMatchObject({ sent: 0 });
    now = 1_500;
    const second = await drainOutbox({ db, api: unit.api, now: () => now });

    expect(second).toMatchObject({ duplicates: 1, retryLater: 0 });
    expect(unit.stored.size).toBe(1);
    expect((await outboxSummary(db)).counts.uploaded).toBe(1);
  });

  it('keeps records on a network error, and on a revoked token', async () => {
    for (const f of [
      { kind: 'network', message: message('unreachable') },
      {
        kind: 'http',
        status: 401,
        message: message('server-answered', { status: 401 }),
        body: null,
      },
    ] as ApiFailure[]) {
      const db = await configuredDatabase();
      await addAsyncCustomer(db, record(), testConfig);
      const report = await drainOutbox({ db, api: fakeScaleUnit(() => failure(f)).api });
      expect(report.retryLater).toBe(1);
      expect(report.unauthorized).toBe(f.kind === 'http');
      expect((await outboxSummary(db)).counts.pending).toBe(1);
    }
  });

  it('splits a batch the server refuses whole until the bad record is alone', async () => {
    const db = await configuredDatabase();
    for (let i = 0; i < 4; i++)
      await addAsyncCustomer(
        db,
        record({ customer: draft({ firstName: i === 2 ? 'Poison' : 'Fine' }) }),
        testConfig,
      );
    const unit = fakeScaleUnit((request) =>
      request.records.some((r) => r.kind === 'customer-create' && r.customer.firstName === 'Poison')
        ? failure({
            kind: 'http',
            status: 400,
            message: message('server-answered', { status: 400 }),
            body: null,
          })
        : unit.accept(request),
    );

    const report = await drainOutbox({ db, api: unit.api });

    expect(report).toMatchObject({ accepted: 3, rejected: 1, sent: 4 });
    expect(unit.stored.size).toBe(3);
  });

  it('stops at a retryable failure without taking the batches after it', async () => {
    const db = await configuredDatabase();
    for (let i = 0; i < 7; i++) await addAsyncCustomer(db, record(), testConfig);
    const unit = fakeScaleUnit((request) =>
      unit.requests.length === 2
        ? failure({
            kind: 'http',
            status: 503,
            message: message('server-answered', { status: 503 }),
            body: null,
          })
        : unit.accept(request),
    );

    const report = await drainOutbox({ db, api: unit.api, batchSize: 3 });

    expect(report).toMatchObject({ sent: 6, accepted: 3, retryLater: 3 });
    const entries = await db.outbox.orderBy('seq').toArray();
    expect(entries.map((e) => [e.state, e.attempts])).toEqual([
      ['uploaded', 1],
      ['uploaded', 1],
      ['uploaded', 1],
      ['pending', 1],
      ['pending', 1],
      ['pending', 1],
      ['pending', 0],
    ]);
  });

  it("reports progress once each batch's outcome is stored", async () => {
    const db = await configuredDatabase();
    for (let i = 0; i < 7; i++) await addAsyncCustomer(db, record(), testConfig);
    const progress: Promise<[number, number, number]>[] = [];

    await drainOutbox({
      db,
      api: fakeScaleUnit().api,
      batchSize: 3,
      onProgress: (handled, total) =>
        progress.push(
          db.outbox
            .where('state')
            .equals('uploaded')
            .count()
            .then((uploaded) => [handled, total, uploaded]),
        ),
    });

    expect(await Promise.all(progress)).toEqual([
      [3, 7, 3],
      [6, 7, 6],
      [7, 7, 7],
    ]);
  });

  it('runs one drain at a time: two concurrent drains never send a record twice', async () => {
    const db = await configuredDatabase();
    for (let i = 0; i < 20; i++) await addAsyncCustomer(db, record(), testConfig);
    const unit = fakeScaleUnit();

    await Promise.all([
      drainOutbox({ db, api: unit.api, batchSize: 5 }),
      drainOutbox({ db, api: unit.api, batchSize: 5 }),
    ]);

    const sent = unit.requests.flatMap((r) => r.records.map((x) => x.guid));
    expect(sent).toHaveLength(20);
    expect(new Set(sent).size).toBe(20);
  });
});
