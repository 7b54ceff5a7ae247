import { faTriangleExclamation } from '@fortawesome/free-solid-svg-icons';
import { FontAwesomeIcon } from '@fortawesome/react-fontawesome';
import { useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import { Button } from '../button/button';
import type { DiffStats, YamlDiffHandle, YamlEditorHandle } from './monaco-loader';
import { useMonaco, type MonacoState } from './use-monaco';
import styles from './yaml-viewer.module.css';

/** What stands in for the editor while Monaco loads, or if it cannot. */
function EditorStatus({ state, retry }: { state: MonacoState; retry: () => void }): ReactNode {
  if (state.status === 'loading') {
    return (
      <p className={styles.status} role="status">
        Loading the editor…
      </p>
    );
  }
  if (state.status === 'error') {
    return (
      <div className={styles.status} role="alert">
        <p>
          <FontAwesomeIcon icon={faTriangleExclamation} /> The editor could not be loaded. Check
          your connection and try again.
        </p>
        <Button onClick={retry}>Try again</Button>
      </div>
    );
  }
  return null;
}

/** The latest value of a prop, for effects that must not re-run when it changes. */
function useLatest<T>(value: T) {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}

interface YamlViewerProps {
  value: string;
  /** The editor's accessible name ("Live manifest of Deployment carts"). */
  label: string;
  className?: string;
}

/**
 * YAML in a read-only Monaco editor (loaded on first use), themed like the app. The text is
 * shown as text, never as HTML. Monaco renders only the lines in view, so 20,000 lines scroll
 * smoothly.
 */
export function YamlViewer({ value, label, className }: YamlViewerProps) {
  const monaco = useMonaco();
  const containerRef = useRef<HTMLDivElement>(null);
  const handleRef = useRef<YamlEditorHandle | null>(null);
  const initialValue = useLatest(value);
  const { adapter } = monaco;

  useEffect(() => {
    const container = containerRef.current;
    if (!adapter || !container) return;
    const handle = adapter.createEditor(container, {
      value: initialValue.current,
      ariaLabel: label,
    });
    handleRef.current = handle;
    return () => {
      handleRef.current = null;
      handle.dispose();
    };
  }, [adapter, label, initialValue]);

  useEffect(() => {
    handleRef.current?.setValue(value);
  }, [value]);

  return (
    <div className={[styles.frame, className].filter(Boolean).join(' ')}>
      <EditorStatus state={monaco} retry={monaco.retry} />
      <div ref={containerRef} className={styles.editor} hidden={monaco.status !== 'ready'} />
    </div>
  );
}

interface YamlDiffViewerProps {
  /** Left: what was applied. */
  original: string;
  /** Right: what is live. */
  modified: string;
  originalLabel: string;
  modifiedLabel: string;
  onDiffComputed?: (stats: DiffStats) => void;
  className?: string;
}

/**
 * Two YAML texts side by side in Monaco's diff editor (inline when the drawer is narrow). The
 * diff is computed by Monaco's worker, off the main thread; unchanged stretches fold away.
 */
export function YamlDiffViewer({
  original,
  modified,
  originalLabel,
  modifiedLabel,
  onDiffComputed,
  className,
}: YamlDiffViewerProps) {
  const monaco = useMonaco();
  const containerRef = useRef<HTMLDivElement>(null);
  const handleRef = useRef<YamlDiffHandle | null>(null);
  const texts = useLatest({ original, modified });
  const onDiff = useLatest(onDiffComputed);
  const { adapter } = monaco;

  useEffect(() => {
    const container = containerRef.current;
    if (!adapter || !container) return;
    const handle = adapter.createDiffEditor(container, {
      original: texts.current.original,
      modified: texts.current.modified,
      originalAriaLabel: originalLabel,
      modifiedAriaLabel: modifiedLabel,
      onDiffComputed: (stats) => onDiff.current?.(stats),
    });
    handleRef.current = handle;
    return () => {
      handleRef.current = null;
      handle.dispose();
    };
  }, [adapter, originalLabel, modifiedLabel, texts, onDiff]);

  useEffect(() => {
    handleRef.current?.setValues(original, modified);
  }, [original, modified]);

  return (
    <div className={[styles.frame, className].filter(Boolean).join(' ')}>
      <EditorStatus state={monaco} retry={monaco.retry} />
      <div ref={containerRef} className={styles.editor} hidden={monaco.status !== 'ready'} />
    </div>
  );
}
