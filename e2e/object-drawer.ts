import type { Locator, Page, Request } from '@playwright/test';

/** The object drawer, by roles and names; Monaco's own DOM only where it has no roles. */
export class ObjectDrawer {
  readonly dialog: Locator;

  constructor(
    readonly page: Page,
    name: string | RegExp,
  ) {
    this.dialog = page.getByRole('dialog', { name });
  }

  tab(name: 'Summary' | 'Events' | 'Logs' | 'Manifest') {
    return this.dialog.getByRole('tab', { name, exact: true });
  }

  switch(
    name:
      | 'Show diff'
      | 'Show server-set fields'
      | 'Warnings only'
      | 'Previous container'
      | 'Wrap lines',
  ) {
    return this.dialog.getByRole('switch', { name });
  }

  /** The lines Monaco draws (only those in view). */
  editorLines(side: 'single' | 'original' | 'modified' = 'single'): Locator {
    const editor =
      side === 'single'
        ? this.dialog.locator('.monaco-editor').first()
        : this.dialog.locator(`.monaco-diff-editor .editor.${side}`);
    return editor.locator('.view-lines');
  }

  logRegion() {
    return this.dialog.getByRole('region', { name: /^Log of container/ });
  }
}

/** Monaco's chunks: the editor core, its adapter, and its worker. */
export function isMonacoRequest(request: Request): boolean {
  return /\/assets\/(editor\.api|monaco-adapter|editor\.worker|editor)-[\w-]+\.(js|css)$/.test(
    new URL(request.url()).pathname,
  );
}
