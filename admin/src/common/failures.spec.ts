import { describe, expect, it } from 'vitest';
import { resendAfterMs, transportCode } from './failures';

describe('transportCode: failures on the way, told apart from refusals', () => {
  it('a proxy or load balancer with its backend down (plain-text 502/503/504) is SERVICE_UNAVAILABLE', () => {
    for (const status of [502, 503, 504]) expect(transportCode(status, undefined)).toBe('SERVICE_UNAVAILABLE');
  });

  it("the API's own codes for an unavailable database or an unexpected error keep their code, whatever the status", () => {
    expect(transportCode(503, 'SERVICE_UNAVAILABLE')).toBe('SERVICE_UNAVAILABLE');
    expect(transportCode(200, 'INTERNAL_SERVER_ERROR')).toBe('INTERNAL_SERVER_ERROR');
    expect(transportCode(500, undefined)).toBe('INTERNAL_SERVER_ERROR');
  });

  it('nothing reached the server: NETWORK', () => {
    expect(transportCode(0, undefined)).toBe('NETWORK');
    expect(transportCode(0, 'NETWORK')).toBe('NETWORK');
  });

  it("a refusal is not one: its code and the server's words matter", () => {
    for (const code of ['FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'UNAUTHENTICATED', 'TOO_MANY_REQUESTS']) expect(transportCode(400, code)).toBeNull();
    expect(transportCode(503, 'TOO_MANY_REQUESTS')).toBeNull();
    expect(transportCode(404, undefined)).toBeNull();
    expect(transportCode(200, undefined)).toBeNull();
  });
});

describe('resendAfterMs: sent again only on the server\'s word', () => {
  const busy = { errors: [{ message: 'the server is busy', extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true } }] };
  it("a 503 marked retryable is sent again after its Retry-After, kept between 0.2 and 5 s", () => {
    expect(resendAfterMs(503, busy, '1')).toBe(1000);
    expect(resendAfterMs(503, busy, '0')).toBe(200);
    expect(resendAfterMs(503, busy, '3600')).toBe(5000);
    expect(resendAfterMs(503, busy, null)).toBe(1000);
    expect(resendAfterMs(503, busy, 'Wed, 21 Oct 2026 07:28:00 GMT')).toBe(1000);
  });

  it('anything else is not: another status, no retryable mark, a body that is not ours', () => {
    expect(resendAfterMs(500, busy, '1')).toBeNull();
    expect(resendAfterMs(429, busy, '1')).toBeNull();
    expect(resendAfterMs(503, { errors: [{ message: 'x', extensions: { code: 'SERVICE_UNAVAILABLE' } }] }, '1')).toBeNull();
    expect(resendAfterMs(503, { errors: [{ message: 'x', extensions: { code: 'SERVICE_UNAVAILABLE', retryable: 'yes' } }] }, '1')).toBeNull();
    expect(resendAfterMs(503, null, '1')).toBeNull();
    expect(resendAfterMs(503, 'Service Unavailable', '1')).toBeNull();
  });
});
