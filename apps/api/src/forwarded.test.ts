import { describe, expect, test } from 'vitest';
import { requestFacts } from './forwarded';

const request = (url: string, headers: Record<string, string> = {}) => new Request(url, { headers });
const proxied = { 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.9, 10.0.0.7' };

describe('requestFacts', () => {
  test('without a trusted proxy, the socket and the URL decide; forwarded headers are ignored', () => {
    expect(requestFacts(request('http://api:3000/api/trpc/x', proxied), '10.1.2.3', false)).toEqual({
      secure: false,
      clientIp: '10.1.2.3',
    });
    expect(requestFacts(request('https://thidua.example.vn/'), '10.1.2.3', false).secure).toBe(true);
  });

  test('behind a trusted proxy, its last X-Forwarded-Proto / X-Forwarded-For entries count', () => {
    expect(requestFacts(request('http://api:3000/api/trpc/x', proxied), '10.9.9.9', true)).toEqual({
      secure: true,
      clientIp: '10.0.0.7',
    });
    const plain = { 'x-forwarded-proto': 'http', 'x-forwarded-for': '198.51.100.4' };
    expect(requestFacts(request('http://api:3000/', plain), '10.9.9.9', true)).toEqual({
      secure: false,
      clientIp: '198.51.100.4',
    });
  });

  test('a trusted proxy that sends nothing leaves the socket facts', () => {
    expect(requestFacts(request('http://api:3000/'), '10.9.9.9', true)).toEqual({
      secure: false,
      clientIp: '10.9.9.9',
    });
  });
});
