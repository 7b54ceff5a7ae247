/*
 * Monaco, bundled (never from a CDN) and only ever loaded through `loadMonaco()`: this module is
 * its own lazy chunk. It takes the lean core API (`monaco-editor/editor`), YAML highlighting, and
 * the few editor contributions a read-only viewer needs, not the whole of `monaco-editor`.
 */
import * as monaco from 'monaco-editor/editor';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import 'monaco-editor/languages/definitions/yaml/register';
// The icon font (folding arrows, the diff's "hidden lines" bars), find (Ctrl+F / Cmd+F) in long
// manifests, folding, the parent keys kept in view while scrolling, copying a selection, and
// the diff editor's own commands (F7 walks through the changes with a screen reader).
import 'monaco-editor/features/codicon/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/stickyScroll/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/diffEditor/register';
import type { ColorScheme } from '../../hooks/use-color-scheme';
import type {
  DiffStats,
  MonacoAdapter,
  YamlDiffHandle,
  YamlDiffOptions,
  YamlEditorHandle,
  YamlEditorOptions,
} from './monaco-loader';
import { resolveTheme } from './monaco-theme';

// Monaco's one worker: it computes diffs (and keeps models in sync) off the main thread.
globalThis.MonacoEnvironment = { getWorker: () => new EditorWorker() };

const LANGUAGE = 'yaml';

function sharedOptions(): monaco.editor.IEditorOptions {
  const fontFamily = getComputedStyle(document.documentElement)
    .getPropertyValue('--font-mono')
    .trim();
  return {
    readOnly: true,
    domReadOnly: true,
    automaticLayout: true,
    fontFamily: fontFamily || undefined,
    fontSize: 13,
    lineHeight: 20,
    minimap: { enabled: false },
    scrollBeyondLastLine: false,
    renderLineHighlight: 'none',
    contextmenu: false,
    links: false,
    occurrencesHighlight: 'off',
    selectionHighlight: false,
    renderValidationDecorations: 'off',
    // The secret mask is a row of bullets: not worth a warning box each.
    unicodeHighlight: { ambiguousCharacters: false },
    // Tab leaves the editor instead of being swallowed: the drawer keeps Tab for moving focus.
    tabFocusMode: true,
    stickyScroll: { enabled: true, maxLineCount: 4 },
    padding: { top: 8, bottom: 8 },
    scrollbar: { alwaysConsumeMouseWheel: false },
    // Widgets that overflow the editor (made `fixed` by the diff editor, whatever this says) stay
    // in the editor's own DOM, as no `overflowWidgetsDomNode` is given: inside the drawer's modal
    // dialog, in the top layer with it. Under the body they would be drawn below it, and inert.
    fixedOverflowWidgets: false,
  };
}

let themeScheme: ColorScheme | null = null;

function setColorScheme(scheme: ColorScheme): void {
  if (themeScheme === scheme) return;
  themeScheme = scheme;
  const name = `periscope-${scheme}`;
  const { colors, rules } = resolveTheme();
  monaco.editor.defineTheme(name, {
    base: scheme === 'dark' ? 'vs-dark' : 'vs',
    inherit: true,
    rules,
    colors,
  });
  monaco.editor.setTheme(name);
}

/**
 * A new element in `container` for Monaco's live regions. Not the container itself: Monaco
 * deep-copies its options, and an element React renders carries React's own references back to
 * the component tree, a cycle that copy never leaves (the stack overflows).
 */
function ariaContainerIn(container: HTMLElement): HTMLElement {
  const element = document.createElement('div');
  container.append(element);
  return element;
}

function createEditor(container: HTMLElement, options: YamlEditorOptions): YamlEditorHandle {
  const model = monaco.editor.createModel(options.value, LANGUAGE);
  const editor = monaco.editor.create(container, {
    ...sharedOptions(),
    model,
    ariaLabel: options.ariaLabel,
    // Monaco's live regions for screen readers (where find says "1 of 3 found for 'image'") go
    // in the editor's container. By default they go under the body, where the drawer's modal
    // dialog makes them inert, and so silent.
    ariaContainerElement: ariaContainerIn(container),
  });
  return {
    setValue: (value) => {
      if (model.getValue() === value) return;
      const view = editor.saveViewState();
      model.setValue(value);
      if (view) editor.restoreViewState(view);
    },
    dispose: () => {
      editor.dispose();
      model.dispose();
    },
  };
}

function statsOf(changes: readonly monaco.editor.ILineChange[]): DiffStats {
  let linesAdded = 0;
  let linesRemoved = 0;
  for (const change of changes) {
    if (change.modifiedEndLineNumber > 0) {
      linesAdded += change.modifiedEndLineNumber - change.modifiedStartLineNumber + 1;
    }
    if (change.originalEndLineNumber > 0) {
      linesRemoved += change.originalEndLineNumber - change.originalStartLineNumber + 1;
    }
  }
  return { changes: changes.length, linesAdded, linesRemoved };
}

function createDiffEditor(container: HTMLElement, options: YamlDiffOptions): YamlDiffHandle {
  const original = monaco.editor.createModel(options.original, LANGUAGE);
  const modified = monaco.editor.createModel(options.modified, LANGUAGE);
  const diffOptions: monaco.editor.IStandaloneDiffEditorConstructionOptions &
    Pick<monaco.editor.IStandaloneEditorConstructionOptions, 'ariaContainerElement'> = {
    ...sharedOptions(),
    // As in `createEditor`. The diff editor hands its options on to its two editors, this one
    // too, though its type does not list it.
    ariaContainerElement: ariaContainerIn(container),
    originalEditable: false,
    renderSideBySide: true,
    useInlineViewWhenSpaceIsLimited: true,
    renderSideBySideInlineBreakpoint: 720,
    enableSplitViewResizing: true,
    ignoreTrimWhitespace: false,
    renderMarginRevertIcon: false,
    renderOverviewRuler: true,
    // Long stretches that did not change fold away, so a 20,000-line manifest shows its changes.
    hideUnchangedRegions: { enabled: true, contextLineCount: 3, minimumLineCount: 5 },
    diffAlgorithm: 'advanced',
    maxComputationTime: 10_000,
    originalAriaLabel: options.originalAriaLabel,
    modifiedAriaLabel: options.modifiedAriaLabel,
  };
  const editor = monaco.editor.createDiffEditor(container, diffOptions);
  editor.setModel({ original, modified });
  // The inner editors do not take these from the diff editor's options: name them directly.
  editor.getOriginalEditor().updateOptions({ ariaLabel: options.originalAriaLabel });
  editor.getModifiedEditor().updateOptions({ ariaLabel: options.modifiedAriaLabel });
  let hidingUnchanged = true;
  const onDiff = editor.onDidUpdateDiff(() => {
    const changes = editor.getLineChanges() ?? [];
    // Two equal texts are one unchanged stretch, which would fold away whole and leave a bar
    // where the manifest was: show them instead. (A view option: the diff is not computed again.)
    if (hidingUnchanged !== changes.length > 0) {
      hidingUnchanged = changes.length > 0;
      editor.updateOptions({ hideUnchangedRegions: { enabled: hidingUnchanged } });
    }
    options.onDiffComputed?.(statsOf(changes));
  });
  return {
    setValues: (originalText, modifiedText) => {
      if (original.getValue() !== originalText) original.setValue(originalText);
      if (modified.getValue() !== modifiedText) modified.setValue(modifiedText);
    },
    dispose: () => {
      onDiff.dispose();
      editor.dispose();
      original.dispose();
      modified.dispose();
    },
  };
}

export function createMonacoAdapter(): MonacoAdapter {
  // YAML's tokenizer is a chunk of its own that Monaco loads when a model first uses the
  // language: asked for now, it arrives while the manifest is still on its way.
  monaco.editor.createModel('', 'yaml').dispose();
  return { createEditor, createDiffEditor, setColorScheme };
}
