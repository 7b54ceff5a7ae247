import type { DiffStats, MonacoAdapter } from '../monaco-loader';

function textArea(container: HTMLElement, label: string, value: string): HTMLTextAreaElement {
  const area = document.createElement('textarea');
  area.readOnly = true;
  area.setAttribute('aria-label', label);
  area.value = value;
  // The text also goes in as content, so a test that searches the DOM's text finds it.
  area.textContent = value;
  container.append(area);
  return area;
}

function set(area: HTMLTextAreaElement, value: string) {
  area.value = value;
  area.textContent = value;
}

/** Line by line, without Monaco's algorithm: enough for tests to see that a diff happened. */
function naiveStats(original: string, modified: string): DiffStats {
  const left = original.split('\n');
  const right = modified.split('\n');
  let linesRemoved = 0;
  let linesAdded = 0;
  for (let index = 0; index < Math.max(left.length, right.length); index++) {
    if (left[index] === right[index]) continue;
    if (left[index] !== undefined) linesRemoved += 1;
    if (right[index] !== undefined) linesAdded += 1;
  }
  return { changes: linesAdded + linesRemoved > 0 ? 1 : 0, linesAdded, linesRemoved };
}

/**
 * A stand-in for Monaco in unit tests (Monaco does not run in jsdom): each editor is a read-only
 * textarea named like the real one, holding the text Monaco would have been given. Use it as the
 * mocked `loadMonaco()`'s answer.
 */
export function createFakeMonacoAdapter(): MonacoAdapter & { colorSchemes: string[] } {
  const colorSchemes: string[] = [];
  return {
    colorSchemes,
    setColorScheme: (scheme) => {
      colorSchemes.push(scheme);
    },
    createEditor: (container, { value, ariaLabel }) => {
      const area = textArea(container, ariaLabel, value);
      return {
        setValue: (next) => {
          set(area, next);
        },
        dispose: () => {
          area.remove();
        },
      };
    },
    createDiffEditor: (container, options) => {
      const left = textArea(container, options.originalAriaLabel, options.original);
      const right = textArea(container, options.modifiedAriaLabel, options.modified);
      const report = () => options.onDiffComputed?.(naiveStats(left.value, right.value));
      queueMicrotask(report);
      return {
        setValues: (original, modified) => {
          set(left, original);
          set(right, modified);
          queueMicrotask(report);
        },
        dispose: () => {
          left.remove();
          right.remove();
        },
      };
    },
  };
}
