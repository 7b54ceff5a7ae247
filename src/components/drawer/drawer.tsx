import { faXmark } from '@fortawesome/free-solid-svg-icons';
import { FontAwesomeIcon } from '@fortawesome/react-fontawesome';
import { useId, useLayoutEffect, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import styles from './drawer.module.css';
import { tabbableElements } from './focusable';

interface DrawerProps {
  /** The dialog's heading, and so its accessible name ("Deployment carts"). */
  title: ReactNode;
  /** A short line above the title (a namespace, a kind). */
  eyebrow?: ReactNode;
  /** Under the title: badges, messages. */
  meta?: ReactNode;
  /** Called on Escape, on a click outside the panel and on the close button. */
  onClose: () => void;
  /**
   * Where focus goes on close when the element that had it before the drawer opened is gone,
   * or there was none (the drawer was opened by the URL on load).
   */
  fallbackFocus?: () => HTMLElement | null;
  children: ReactNode;
  /**
   * `scroll` (default): the body scrolls. `fill`: the body is a column that fills the panel and
   * scrolls nothing itself (tabs with their own scrolling panels, a full-height editor).
   */
  layout?: 'scroll' | 'fill';
  /** `default` is a narrow panel; `wide` suits manifests and logs. */
  size?: 'default' | 'wide';
}

/**
 * A modal side drawer: a labelled dialog on the right, over a backdrop. While it is open the page
 * is inert, Tab stays inside (it wraps), Escape and a click on the backdrop close it; on close,
 * focus goes back to where it was before. Render it to open it and stop rendering it to close
 * it: the parent (usually the URL) decides.
 */
export function Drawer({
  title,
  eyebrow,
  meta,
  onClose,
  fallbackFocus,
  children,
  layout = 'scroll',
  size = 'default',
}: DrawerProps) {
  const titleId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  const onCloseRef = useRef(onClose);
  const fallbackRef = useRef(fallbackFocus);
  useLayoutEffect(() => {
    onCloseRef.current = onClose;
    fallbackRef.current = fallbackFocus;
  });

  // On open: the rest of the page becomes inert, the panel takes focus and keeps it. On close:
  // all of that is undone, the focus trap first, so that focus can go back where it was.
  useLayoutEffect(() => {
    const root = rootRef.current;
    const panel = panelRef.current;
    if (!root || !panel) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const madeInert = [...document.body.children].filter(
      (element) => element !== root && !element.hasAttribute('inert'),
    );
    for (const element of madeInert) element.setAttribute('inert', '');
    const html = document.documentElement;
    const overflow = html.style.overflow;
    html.style.overflow = 'hidden';
    panel.focus({ preventScroll: true });

    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        // Something inside used this Escape (the editor's find box, a selection): not ours.
        if (event.defaultPrevented) return;
        event.preventDefault();
        onCloseRef.current();
        return;
      }
      if (event.key !== 'Tab') return;
      const tabbable = tabbableElements(panel);
      const first = tabbable[0];
      const last = tabbable.at(-1);
      if (!first || !last) {
        event.preventDefault();
        panel.focus();
        return;
      }
      const active = document.activeElement;
      const inside = active instanceof Node && panel.contains(active);
      if (!inside || (event.shiftKey && (active === first || active === panel))) {
        event.preventDefault();
        (event.shiftKey ? last : first).focus();
      } else if (!event.shiftKey && active === last) {
        event.preventDefault();
        first.focus();
      }
    };
    // Focus that lands outside the panel (the page is inert, but scripts can) is brought back.
    const onFocusIn = (event: FocusEvent) => {
      const target = event.target;
      if (!(target instanceof Node) || panel.contains(target)) return;
      if (target instanceof Element && target.closest('[role="tooltip"]')) return;
      panel.focus({ preventScroll: true });
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('focusin', onFocusIn);

    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('focusin', onFocusIn);
      for (const element of madeInert) element.removeAttribute('inert');
      html.style.overflow = overflow;
      const target =
        opener && opener !== document.body && opener.isConnected ? opener : fallbackRef.current?.();
      target?.focus({ preventScroll: true });
    };
  }, []);

  const panelClass = [styles.drawer, size === 'wide' && styles.wide].filter(Boolean).join(' ');
  const bodyClass = layout === 'fill' ? styles.fill : styles.body;
  return createPortal(
    <div ref={rootRef} className={styles.root}>
      {/* For the pointer only: keyboard users close with Escape or the close button. */}
      <div className={styles.backdrop} aria-hidden="true" onClick={() => onCloseRef.current()} />
      <section
        ref={panelRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        className={panelClass}
      >
        <header className={styles.header}>
          <div className={styles.titles}>
            {eyebrow !== undefined && <p className={styles.eyebrow}>{eyebrow}</p>}
            <h2 id={titleId} className={styles.title}>
              {title}
            </h2>
            {meta !== undefined && <div className={styles.meta}>{meta}</div>}
          </div>
          <button
            type="button"
            className={styles.close}
            aria-label="Close"
            title="Close (Esc)"
            onClick={() => onCloseRef.current()}
          >
            <FontAwesomeIcon icon={faXmark} />
          </button>
        </header>
        <div className={bodyClass}>{children}</div>
      </section>
    </div>,
    document.body,
  );
}
