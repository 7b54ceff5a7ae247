/** "4 s ago", "3 min ago", "2 h ago", "5 d ago": short, for a value that ticks every second. */
export function formatAge(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  if (whole < 60) return `${String(whole)} s ago`;
  if (whole < 3600) return `${String(Math.floor(whole / 60))} min ago`;
  if (whole < 86_400) return `${String(Math.floor(whole / 3600))} h ago`;
  return `${String(Math.floor(whole / 86_400))} d ago`;
}
