/** How far the dashboard has got reading cells one by one. */
export interface LiveProgress {
  /** Cells with a live status. */
  read: number;
  /** Cells whose live status could not be read. */
  failed: number;
  total: number;
}

/** "Live status for 120 of 480 cells", and how many could not be read. */
export function describeLiveProgress({ read, failed, total }: LiveProgress): string {
  const count = (value: number) => value.toLocaleString('en');
  const cells = `${count(total)} ${total === 1 ? 'cell' : 'cells'}`;
  const base =
    read === total && total > 0
      ? `Live status for all ${cells}`
      : `Live status for ${count(read)} of ${cells}`;
  return failed > 0 ? `${base}; ${count(failed)} could not be read` : base;
}
