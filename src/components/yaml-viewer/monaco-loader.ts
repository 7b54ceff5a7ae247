import type { ColorScheme } from '../../hooks/use-color-scheme';

/** A read-only YAML editor, as the viewer drives it. */
export interface YamlEditorHandle {
  /** Replaces the text (a no-op when it is the same), keeping the scroll position if it can. */
  setValue: (value: string) => void;
  dispose: () => void;
}

/** How a diff came out, once the diff worker has computed it. */
export interface DiffStats {
  /** Changed regions (hunks). */
  changes: number;
  linesAdded: number;
  linesRemoved: number;
}

/** A read-only diff editor: the applied text on the left, the live one on the right. */
export interface YamlDiffHandle {
  setValues: (original: string, modified: string) => void;
  dispose: () => void;
}

export interface YamlEditorOptions {
  value: string;
  /** The editor's accessible name ("Live manifest of Deployment carts"). */
  ariaLabel: string;
}

export interface YamlDiffOptions {
  original: string;
  modified: string;
  originalAriaLabel: string;
  modifiedAriaLabel: string;
  /** Called each time the diff worker finishes a diff. */
  onDiffComputed?: (stats: DiffStats) => void;
}

/**
 * The little of Monaco the app uses. The real one (`monaco-adapter.ts`) is a lazy chunk; unit
 * tests mock this module with a double that renders plain text, since Monaco cannot run in jsdom.
 */
export interface MonacoAdapter {
  createEditor: (container: HTMLElement, options: YamlEditorOptions) => YamlEditorHandle;
  createDiffEditor: (container: HTMLElement, options: YamlDiffOptions) => YamlDiffHandle;
  /** Monaco has one theme for every editor: this sets it to the app's light or dark one. */
  setColorScheme: (scheme: ColorScheme) => void;
}

let loading: Promise<MonacoAdapter> | null = null;

/**
 * Loads Monaco from the app's own bundle (never a CDN), once, on first use: the first manifest
 * shown. A failed load is forgotten, so the next call tries again.
 */
export function loadMonaco(): Promise<MonacoAdapter> {
  loading ??= import('./monaco-adapter').then(
    (module) => module.createMonacoAdapter(),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}
