import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { realServer } from '../playwright.config';
import { demo } from './demo';

/**
 * Pointed at a real server (OCTOPUS_URL + OCTOPUS_API_KEY), the app talks to it through the
 * preview server's proxy, which adds the key: here the "real server" is the simulated one over
 * HTTP, started with a key, so it answers 401 to anything without it.
 */
test.describe('pointed at a real Octopus server', () => {
  test('shows the server’s dashboard, through the proxy that adds the API key', async ({
    page,
  }) => {
    const requests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/'))
        requests.push(request.headers()['x-octopus-apikey'] ?? '');
    });
    await page.goto('/');
    await expect(page.getByRole('banner')).toContainText('Default');
    await expect(page.getByRole('link', { name: demo.degraded.liveCell })).toBeVisible();
    // The browser never sent the key: the proxy did.
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.every((key) => key === '')).toBe(true);
  });

  test('the built bundle has no API key and no simulated server in it', () => {
    const assets = join(realServer.outDir, 'assets');
    const files = readdirSync(assets).filter((file) => /\.(js|css|html|map)$/.test(file));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const text = readFileSync(join(assets, file), 'utf8');
      expect(text, file).not.toContain(realServer.apiKey);
      expect(text, file).not.toContain('periscope-simulated-server');
    }
    const html = readFileSync(join(realServer.outDir, 'index.html'), 'utf8');
    expect(html).not.toContain(realServer.apiKey);
  });
});
