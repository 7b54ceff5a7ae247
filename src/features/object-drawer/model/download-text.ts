/** Saves `text` as a file named `fileName`, through a temporary object URL. */
export function downloadText(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/yaml;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** `deployment-carts.yaml`: the kind and name, in the characters a file name can safely hold. */
export function manifestFileName(kind: string, name: string): string {
  const safe = `${kind}-${name}`.toLowerCase().replace(/[^a-z0-9._-]+/g, '-');
  return `${safe.replace(/^-+|-+$/g, '') || 'manifest'}.yaml`;
}
