import type { FastifyServerOptions } from 'fastify';

/**
 * The server's log: lines a person can follow (pino-pretty, through pino's transport) when
 * stdout is a terminal, JSON for a file or a log collector otherwise.
 */
export function loggerOptions(stdoutIsTerminal: boolean): FastifyServerOptions['logger'] {
  if (!stdoutIsTerminal) return true;
  return {
    transport: {
      target: 'pino-pretty',
      options: { translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' },
    },
  };
}
