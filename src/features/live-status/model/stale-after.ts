/** Past this, live status counts as stale (the seeds' 10 minutes). */
export const STALE_AFTER_SECONDS = 10 * 60;
