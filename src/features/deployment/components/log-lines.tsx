import { memo } from 'react';
import type { LogElement } from '../../../api/contract';
import { logCategoryStyle } from '../model/activity-status';
import { formatClockTime } from '../model/task-timing';
import styles from './task-log.module.css';

const LogLine = memo(function LogLine({ line }: { line: LogElement }) {
  const { tone, announce } = logCategoryStyle(line.Category);
  return (
    <li className={styles.line} data-tone={tone}>
      <time dateTime={line.OccurredAt} className={styles.lineTime}>
        {formatClockTime(line.OccurredAt)}
      </time>
      {announce !== null && <span className={styles.lineTag}>{announce}</span>}
      <span className={styles.lineText}>{line.MessageText}</span>
    </li>
  );
});

/**
 * The lines one node of the log wrote, oldest first. A log only grows, so lines are keyed by
 * position, and each is memoised: a poll that adds lines renders only the new ones.
 */
export const LogLines = memo(function LogLines({ lines }: { lines: readonly LogElement[] }) {
  return (
    <ol className={styles.lines}>
      {lines.map((line, index) => (
        <LogLine key={index} line={line} />
      ))}
    </ol>
  );
});
