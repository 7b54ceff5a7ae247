import type { IconDefinition } from '@fortawesome/fontawesome-svg-core';
import { FontAwesomeIcon } from '@fortawesome/react-fontawesome';
import { useId, type ReactNode } from 'react';
import styles from './state-panel.module.css';

export type StatePanelTone = 'neutral' | 'danger';

const toneClass: Record<StatePanelTone, string | undefined> = {
  neutral: styles.neutral,
  danger: styles.danger,
};

interface StatePanelProps {
  icon: IconDefinition;
  tone?: StatePanelTone;
  /** A short line above the title, such as an HTTP status. */
  eyebrow?: ReactNode;
  title: ReactNode;
  /** The heading level of the title: 1 when the panel is the whole page. */
  headingLevel?: 1 | 2;
  /** What happened and what to do, as paragraphs. */
  children?: ReactNode;
  /** Buttons and links offered as ways out. */
  actions?: ReactNode;
}

/** A centred message that stands in for a page's content: not found, failed, nothing yet. */
export function StatePanel({
  icon,
  tone = 'neutral',
  eyebrow,
  title,
  headingLevel = 1,
  children,
  actions,
}: StatePanelProps) {
  const titleId = useId();
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <section className={[styles.panel, toneClass[tone]].join(' ')} aria-labelledby={titleId}>
      <div className={styles.icon}>
        <FontAwesomeIcon icon={icon} />
      </div>
      {eyebrow !== undefined && <p className={styles.eyebrow}>{eyebrow}</p>}
      <Heading id={titleId} className={styles.title}>
        {title}
      </Heading>
      {children !== undefined && <div className={styles.body}>{children}</div>}
      {actions !== undefined && <div className={styles.actions}>{actions}</div>}
    </section>
  );
}
