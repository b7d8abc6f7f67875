import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';

/** An upload batch as far as the no-op endpoint reads it: each record's GUID. */
const batchSchema = z.object({ records: z.array(z.object({ guid: z.string() })) });

/** The no-op upload endpoint: its URL, and how to stop it. */
export interface NoopUploadServer {
  url: string;
  close(): Promise<void>;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The drain's limit's endpoint: it only answers. Every POST gets each record of its batch back as
 * accepted, in the shape of the scale unit's upload answer; nothing is checked or stored. It
 * listens on 127.0.0.1 on a port the system picks (so it never takes one of the suite's), and
 * allows the harness page's origin (CORS; the preflight is cached for the whole drain).
 */
export async function startNoopUploadServer(): Promise<NoopUploadServer> {
  const server = createServer((request, response) => {
    response.setHeader('access-control-allow-origin', '*');
    if (request.method === 'OPTIONS') {
      response.writeHead(204, {
        'access-control-allow-methods': 'POST',
        'access-control-allow-headers': 'authorization, content-type',
        'access-control-max-age': '600',
      });
      response.end();
      return;
    }
    readBody(request)
      .then((body) => {
        const batch = batchSchema.parse(JSON.parse(body));
        const results = batch.records.map(({ guid }) => ({ guid, outcome: 'accepted' }));
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ results }));
      })
      .catch((error: unknown) => {
        response.writeHead(400, { 'content-type': 'text/plain' });
        response.end(error instanceof Error ? error.message : String(error));
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/upload`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
