/** `['Items', 3, 'State']` -> `Items[3].State`; a key that is not an identifier is quoted. */
export function formatIssuePath(path: readonly PropertyKey[]): string | null {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') {
      text += `[${segment}]`;
    } else if (typeof segment === 'string' && /^[A-Za-z_$][\w$]*$/.test(segment)) {
      text += text === '' ? segment : `.${segment}`;
    } else {
      text += `[${JSON.stringify(String(segment))}]`;
    }
  }
  return text === '' ? null : text;
}
