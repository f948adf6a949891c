import { describe, expect, it } from 'vitest';
import { transportCode } from './failures';

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
