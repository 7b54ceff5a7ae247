/**
 * Monaco takes colours as `#rrggbb[aa]` in JavaScript, not CSS variables. These are read from the
 * app's tokens as they resolve now (light or dark), so the editor matches the app in both themes.
 */
const THEME_TOKENS: Readonly<Record<string, string>> = {
  'editor.background': '--color-surface-sunken',
  'editor.foreground': '--color-text',
  'editorGutter.background': '--color-surface-sunken',
  'editorLineNumber.foreground': '--color-text-muted',
  'editorLineNumber.activeForeground': '--color-text',
  'editorCursor.foreground': '--color-accent',
  'editor.selectionBackground': '--color-accent-subtle',
  'editor.inactiveSelectionBackground': '--color-surface-active',
  'editorWidget.background': '--color-surface-raised',
  'editorWidget.border': '--color-border',
  'editorStickyScroll.background': '--color-surface-sunken',
  'editorStickyScrollHover.background': '--color-surface-hover',
  'input.background': '--color-surface',
  'input.border': '--color-border-strong',
  focusBorder: '--color-focus-ring',
  'diffEditor.insertedLineBackground': '--status-healthy-bg',
  'diffEditor.removedLineBackground': '--status-degraded-bg',
  'diffEditorGutter.insertedLineBackground': '--status-healthy-bg',
  'diffEditorGutter.removedLineBackground': '--status-degraded-bg',
  'diffEditor.unchangedRegionBackground': '--color-surface',
  'diffEditor.unchangedRegionForeground': '--color-text-secondary',
};

const hex = (value: number) => Math.round(value).toString(16).padStart(2, '0');

/** `rgb(20, 23, 28)` or `rgba(0, 0, 0, 0.5)` (what `getComputedStyle` gives) as `#14171c[80]`. */
export function cssColorToHex(color: string): string | null {
  const match = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)$/.exec(
    color.trim(),
  );
  if (!match) return null;
  const [, red = '0', green = '0', blue = '0', alphaText] = match;
  let alpha = '';
  if (alphaText !== undefined) {
    const value = alphaText.endsWith('%') ? parseFloat(alphaText) / 100 : parseFloat(alphaText);
    if (value < 1) alpha = hex(value * 255);
  }
  return `#${hex(Number(red))}${hex(Number(green))}${hex(Number(blue))}${alpha}`;
}

/** YAML's tokens (keys are `type`): each in a status foreground, all AA on the editor's backgrounds. */
const TOKEN_COLORS: Readonly<Record<string, string>> = {
  '': '--color-text',
  type: '--color-accent-text',
  string: '--status-healthy-fg',
  number: '--status-progressing-fg',
  keyword: '--status-missing-fg',
  comment: '--color-text-muted',
  operators: '--color-text-secondary',
  delimiter: '--color-text-secondary',
  tag: '--status-timed-out-fg',
  'meta.directive': '--status-timed-out-fg',
  namespace: '--status-timed-out-fg',
  'string.escape': '--status-progressing-fg',
  'string.invalid': '--status-degraded-fg',
};

/**
 * How strongly the changed characters stand out on a changed line: a mix of the tone's border
 * into its background. Light enough that every token colour stays at 4.5:1 on it.
 */
const CHANGED_TEXT_MIX = 0.35;

function channels(color: string): number[] {
  return [1, 3, 5].map((index) => parseInt(color.slice(index, index + 2), 16));
}

/** `amount` of `top` over `bottom`, both `#rrggbb`. */
export function mixColors(top: string, bottom: string, amount: number): string {
  const under = channels(bottom);
  return `#${channels(top)
    .map((value, index) => hex(value * amount + (under[index] ?? 0) * (1 - amount)))
    .join('')}`;
}

export interface ResolvedTheme {
  colors: Record<string, string>;
  rules: { token: string; foreground: string }[];
}

/** The theme, from the tokens' current values (a probe element resolves each one). */
export function resolveTheme(): ResolvedTheme {
  const probe = document.createElement('span');
  probe.style.display = 'none';
  document.body.append(probe);
  const resolve = (token: string): string | null => {
    probe.style.color = `var(${token})`;
    const resolved = cssColorToHex(getComputedStyle(probe).color);
    return resolved?.slice(0, 7) ?? null;
  };
  try {
    const colors: Record<string, string> = {};
    for (const [key, token] of Object.entries(THEME_TOKENS)) {
      const value = resolve(token);
      if (value) colors[key] = value;
    }
    for (const [tone, key] of [
      ['healthy', 'diffEditor.insertedTextBackground'],
      ['degraded', 'diffEditor.removedTextBackground'],
    ] as const) {
      const border = resolve(`--status-${tone}-border`);
      const background = resolve(`--status-${tone}-bg`);
      if (border && background) colors[key] = mixColors(border, background, CHANGED_TEXT_MIX);
    }
    const rules = Object.entries(TOKEN_COLORS).flatMap(([token, variable]) => {
      const value = resolve(variable);
      return value ? [{ token, foreground: value.slice(1) }] : [];
    });
    return { colors, rules };
  } finally {
    probe.remove();
  }
}
