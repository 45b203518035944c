import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { afterAll, describe, expect, it } from 'vitest';
import { mountWebApp } from './web-app';

const dist = mkdtempSync(path.join(os.tmpdir(), 'thidua-web-'));
const script = `console.log(${JSON.stringify('Thi đua '.repeat(400))});`;
mkdirSync(path.join(dist, 'assets'));
writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Thi đua</title>');
writeFileSync(path.join(dist, 'assets', 'index-B81RsBCD.js'), script);
writeFileSync(path.join(dist, 'assets', 'index-B81RsBCD.js.br'), brotliCompressSync(script));
writeFileSync(path.join(dist, 'assets', 'index-B81RsBCD.js.gz'), gzipSync(script));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

const app = new Hono();
mountWebApp(app, dist);
const get = (url: string, encoding?: string) =>
  app.request(url, { headers: encoding ? { 'accept-encoding': encoding } : {} });

describe('the built web app as the API serves it', () => {
  it('sends hashed assets compressed with brotli, else gzip, cached for a year', async () => {
    const br = await get('/assets/index-B81RsBCD.js', 'gzip, deflate, br');
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    // serveStatic names it when it picks a precompressed file.
    expect(br.headers.get('vary')?.toLowerCase()).toContain('accept-encoding');
    const body = Buffer.from(await br.arrayBuffer());
    expect(body.byteLength).toBeLessThan(script.length / 10);
    expect(brotliDecompressSync(body).toString()).toBe(script);
    expect((await get('/assets/index-B81RsBCD.js', 'gzip')).headers.get('content-encoding')).toBe('gzip');
    const plain = await get('/assets/index-B81RsBCD.js');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(script);
  });

  it('answers a screen’s address with index.html, never cached', async () => {
    const page = await get('/cycles/cy-b-noichinh-2023/ranking');
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('private, no-cache');
    expect(await page.text()).toContain('<title>Thi đua</title>');
  });
});

describe('the page a visit gets', () => {
  const pagesDist = mkdtempSync(path.join(os.tmpdir(), 'thidua-web-'));
  for (const name of ['index.html', 'index.inbox.html', 'index.selfAssessment.html', 'index.shell.html'])
    writeFileSync(path.join(pagesDist, name), `<!doctype html><title>${name}</title><body></body>`);
  afterAll(() => rmSync(pagesDist, { recursive: true, force: true }));
  const pagesApp = new Hono();
  const answered: string[] = [];
  mountWebApp(pagesApp, pagesDist, {
    firstAnswers: async (c) => {
      answered.push(c.req.path);
      return c.req.path === '/' ? '<script type="application/json" id="answers">[]</script>' : undefined;
    },
  });
  const session = `thidua_session=${'a'.repeat(43)}`;
  const pageAt = async (url: string, cookie?: string) => {
    const res = await pagesApp.request(url, { headers: cookie ? { cookie } : {} });
    expect(res.headers.get('vary')).toContain('cookie');
    return (await res.text()).replace(/.*<title>(.*)<\/title>.*/s, '$1');
  };

  it('asks for the shell and the inbox when a signed-in person opens "/"', async () => {
    expect(await pageAt('/', session)).toBe('index.inbox.html');
  });

  it('asks for the shell and the sheet when a signed-in person opens a self-assessment', async () => {
    expect(await pageAt('/cycles/cy-b-noichinh-2023/self-assessment/u-stp', session)).toBe(
      'index.selfAssessment.html',
    );
  });

  it('carries the answers to the first queries of a signed-in visit, never cached by others', async () => {
    answered.length = 0;
    const res = await pagesApp.request('/', { headers: { cookie: session } });
    expect(await res.text()).toBe(
      '<!doctype html><title>index.inbox.html</title><body><script type="application/json" id="answers">[]</script>\n  </body>',
    );
    expect(res.headers.get('cache-control')).toBe('private, no-cache');
    await pagesApp.request('/tracker');
    await pagesApp.request('/sign-in', { headers: { cookie: session } });
    expect(answered).toEqual(['/']);
  });

  it('asks for the shell on any other screen of a signed-in person', async () => {
    expect(await pageAt('/cycles/cy-b-noichinh-2023/ranking', session)).toBe('index.shell.html');
  });

  it('asks for the sign-in form without a session, or on the sign-in page', async () => {
    expect(await pageAt('/')).toBe('index.html');
    expect(await pageAt('/tracker', 'thidua_session=not-a-token')).toBe('index.html');
    expect(await pageAt('/sign-in', session)).toBe('index.html');
  });

  it('answers index.html everywhere when the build has no copies', async () => {
    expect(await (await get('/')).text()).toContain('<title>Thi đua</title>');
  });
});
