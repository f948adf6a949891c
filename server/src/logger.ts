import pino from 'pino';

/**
 * Structured logs. Request bodies and field values are never logged (they hold personal data);
 * the redact list is a second line of defence for anything that slips into a log object.
 */
export const logger = pino({
  level: process.env.LOG_LEVEL || (process.env.VITEST ? 'silent' : 'info'),
  redact: {
    paths: ['values', '*.values', 'password', '*.password', 'token', '*.token', 'authorization', '*.authorization', 'req.headers.authorization'],
    censor: '[redacted]',
  },
});
