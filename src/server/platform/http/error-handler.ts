import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { errorBody, fieldErrors } from '../../../contract/errors.ts';
import { message, plainText, type Message } from '../../../contract/messages.ts';
import { HttpError } from './http-error.ts';
import { applySecurityHeaders } from './security-headers.ts';

function clientErrorCode(error: FastifyError): string {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'payload-too-large';
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'malformed-json';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'unsupported-media-type';
    default:
      return 'bad-request';
  }
}

/** "1 MiB", "20 MiB": a body limit as people read it. */
function sizeText(bytes: number): string {
  const mib = bytes / (1024 * 1024);
  return Number.isInteger(mib) ? `${mib} MiB` : `${bytes} bytes`;
}

function clientErrorMessage(error: FastifyError, request: FastifyRequest): Message {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return message('body-too-large', { size: sizeText(request.routeOptions.bodyLimit) });
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return message('invalid-json');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return message('empty-body');
    default:
      return plainText(error.message);
  }
}

function isFastifyError(error: unknown): error is FastifyError {
  return error instanceof Error && typeof (error as Partial<FastifyError>).statusCode === 'number';
}

/**
 * Fastify's own routing errors (a malformed percent-encoding, a path parameter over its length
 * limit), which never reach the error handler or the hooks: the same JSON `ErrorBody` and
 * security headers as every other error.
 * Pass as the `frameworkErrors` option.
 */
export function frameworkErrorReply(
  error: FastifyError,
  _request: FastifyRequest,
  reply: FastifyReply,
): void {
  const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 400;
  const body =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? errorBody('uri-too-long', message('uri-too-long'))
      : errorBody('bad-url', message('bad-url'));
  // These replies skip the onSend hooks, so the security headers are set here.
  applySecurityHeaders(reply);
  void reply.code(status).type('application/json; charset=utf-8').send(body);
}

/** Answers an unknown route with a page instead of a 404, or returns null to decline. */
export type NotFoundFallback = (
  request: FastifyRequest,
  reply: FastifyReply,
) => FastifyReply | null;

/**
 * The one error handler: zod errors → 400 validation with fields, HttpError → its status,
 * Fastify's own client errors (bad JSON, too large, wrong media type) → their 4xx, anything else
 * → 500 with a generic message (logged). Every error is a JSON `ErrorBody`, never HTML.
 * Unknown routes get a JSON 404 unless `fallback` serves the single-page app.
 */
export function installErrorHandler(app: FastifyInstance, fallback: NotFoundFallback | null): void {
  app.setErrorHandler((error: unknown, request, reply) => {
    let status = 500;
    let body = errorBody('internal', message('internal'));
    if (error instanceof z.core.$ZodError) {
      const fields = fieldErrors(error);
      status = 400;
      body = errorBody(
        'validation',
        Object.values(fields)[0] ?? message('invalid-request'),
        fields,
      );
    } else if (error instanceof HttpError) {
      status = error.status;
      body = errorBody(error.code, error.detail, error.fields);
    } else if (isFastifyError(error) && error.statusCode && error.statusCode < 500) {
      status = error.statusCode;
      body = errorBody(clientErrorCode(error), clientErrorMessage(error, request));
    }
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    return reply.code(status).type('application/json; charset=utf-8').send(body);
  });

  app.setNotFoundHandler(async (request, reply) => {
    const page = fallback?.(request, reply);
    if (page) return page;
    return reply
      .code(404)
      .type('application/json; charset=utf-8')
      .send(
        errorBody(
          'not-found',
          message('no-such-resource', {
            method: request.method,
            path: request.url.split('?')[0] ?? '',
          }),
        ),
      );
  });
}
