import { useEffect, useState } from 'react';
import { useColorScheme } from '../../hooks/use-color-scheme';
import { loadMonaco, type MonacoAdapter } from './monaco-loader';

export type MonacoState =
  | { status: 'loading'; adapter: null; error: null }
  | { status: 'ready'; adapter: MonacoAdapter; error: null }
  | { status: 'error'; adapter: null; error: unknown };

const LOADING: MonacoState = { status: 'loading', adapter: null, error: null };

/**
 * Monaco, loaded on first use and themed like the app (light or dark, following it live).
 * `retry` loads it again after a failure (a chunk that did not download).
 */
export function useMonaco(): MonacoState & { retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<MonacoState>(LOADING);
  const scheme = useColorScheme();

  useEffect(() => {
    let current = true;
    loadMonaco().then(
      (adapter) => {
        if (current) setState({ status: 'ready', adapter, error: null });
      },
      (error: unknown) => {
        if (current) setState({ status: 'error', adapter: null, error });
      },
    );
    return () => {
      current = false;
    };
  }, [attempt]);

  const { adapter } = state;
  useEffect(() => {
    adapter?.setColorScheme(scheme);
  }, [adapter, scheme]);

  return {
    ...state,
    retry: () => {
      setState(LOADING);
      setAttempt((count) => count + 1);
    },
  };
}

/**
 * Starts loading Monaco now, for a viewer that will show once its data has arrived: the editor
 * and the data then load side by side, not one after the other. A failure is the viewer's to
 * show (it loads again, and offers to retry).
 */
export function usePreloadMonaco(): void {
  useEffect(() => {
    loadMonaco().catch(() => undefined);
  }, []);
}
