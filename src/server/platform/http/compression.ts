import fastifyCompress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';

/** Answers smaller than this go as they are: compressing them saves less than it costs. */
export const compressionThresholdBytes = 1024;

/**
 * Issue 13: compresses every answer worth it (JSON, text, JavaScript) with brotli or gzip, as
 * the client accepts. Static files with a precompressed `.br`/`.gz` beside them are sent as that
 * file (@fastify/static's `preCompressed`) and left alone here. Never the register's event
 * stream: `text/event-stream` is not in the compressible types, and its reply is hijacked, so
 * each event is flushed at once. Request bodies are not decompressed (the register sends JSON).
 */
export function installCompression(app: FastifyInstance): void {
  void app.register(fastifyCompress, {
    global: true,
    globalDecompression: false,
    encodings: ['br', 'gzip'],
    threshold: compressionThresholdBytes,
  });
}
