import { describe, expect, test } from 'vitest';
import { checkCsrf } from './csrf';

const req = (
  method: string,
  headers: Record<string, string>,
  url = 'https://thidua.example.vn/api/trpc/x',
) => ({
  method,
  url,
  headers: new Headers({ host: 'thidua.example.vn', ...headers }),
});

describe('checkCsrf', () => {
  test('safe methods pass untouched', () => {
    expect(checkCsrf(req('GET', {}))).toEqual({ ok: true });
  });
  test('an unsafe request needs the header', () => {
    expect(checkCsrf(req('POST', {}))).toEqual({ ok: false, reason: 'missingHeader' });
    expect(checkCsrf(req('POST', { 'x-thidua-csrf': '0' }))).toEqual({ ok: false, reason: 'missingHeader' });
    expect(checkCsrf(req('POST', { 'x-thidua-csrf': '1' }))).toEqual({ ok: true });
  });
  test('a present Origin must be this host (or allowed), never "null" or cross-site', () => {
    const h = { 'x-thidua-csrf': '1' };
    expect(checkCsrf(req('POST', { ...h, origin: 'https://thidua.example.vn' }))).toEqual({ ok: true });
    expect(checkCsrf(req('POST', { ...h, origin: 'https://evil.example' }))).toMatchObject({ ok: false });
    expect(checkCsrf(req('POST', { ...h, origin: 'null' }))).toMatchObject({ ok: false });
    expect(checkCsrf(req('POST', { ...h, 'sec-fetch-site': 'cross-site' }))).toMatchObject({ ok: false });
    expect(
      checkCsrf(req('POST', { ...h, origin: 'https://app.example.vn' }), {
        allowedOrigins: ['https://app.example.vn'],
      }),
    ).toEqual({
      ok: true,
    });
  });
  test('a dev proxy on this machine (Host rewritten, Origin not) passes', () => {
    const r = {
      method: 'POST',
      url: 'http://127.0.0.1:3000/api/trpc/x',
      headers: new Headers({ host: '127.0.0.1:3000', origin: 'http://localhost:5173', 'x-thidua-csrf': '1' }),
    };
    expect(checkCsrf(r)).toEqual({ ok: true });
  });
});
