import { faXmark } from '@fortawesome/free-solid-svg-icons';
import { FontAwesomeIcon } from '@fortawesome/react-fontawesome';
import { useId, useLayoutEffect, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import styles from './drawer.module.css';

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

/** Whether a pointer event is on the backdrop: it targets the dialog itself, outside its box. */
function isOnBackdrop(event: MouseEvent, dialog: HTMLDialogElement): boolean {
  if (event.target !== dialog) return false;
  const box = dialog.getBoundingClientRect();
  return (
    event.clientX < box.left ||
    event.clientX > box.right ||
    event.clientY < box.top ||
    event.clientY > box.bottom
  );
}

/**
 * A modal side drawer: a `<dialog>` opened with `showModal()`, laid out as a panel on the right
 * over its backdrop. The browser makes the rest of the page inert, keeps focus inside and turns
 * an Escape that nothing inside used (the editor's find box uses it) into a `cancel` event; on
 * close it gives focus back to the element that had it before.
 * Render it to open it and stop rendering it to close it: the parent (usually the URL) decides,
 * so Escape, a click on the backdrop and the close button only ask it to, through `onClose`.
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
  const dialogRef = useRef<HTMLDialogElement>(null);
  const onCloseRef = useRef(onClose);
  const fallbackRef = useRef(fallbackFocus);
  useLayoutEffect(() => {
    onCloseRef.current = onClose;
    fallbackRef.current = fallbackFocus;
  });

  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const opener = document.activeElement;
    dialog.showModal();
    // The panel itself, not its first button, so that a screen reader starts at its name.
    dialog.focus({ preventScroll: true });

    // Escape: the dialog stays open until the parent stops rendering it. A cancel the browser
    // does not let the page refuse (it limits how often a page may) closes the dialog anyway,
    // and the close event asks the parent then.
    const onCancel = (event: Event) => {
      if (!event.cancelable) return;
      event.preventDefault();
      onCloseRef.current();
    };
    const onNativeClose = () => onCloseRef.current();
    // For the pointer only (keyboard users have Escape and the close button): a press that
    // starts and ends on the backdrop, not a text selection dragged out of the panel.
    let pressedOnBackdrop = false;
    const onPointerDown = (event: PointerEvent) => {
      pressedOnBackdrop = isOnBackdrop(event, dialog);
    };
    const onClick = (event: MouseEvent) => {
      if (pressedOnBackdrop && isOnBackdrop(event, dialog)) onCloseRef.current();
    };
    dialog.addEventListener('cancel', onCancel);
    dialog.addEventListener('close', onNativeClose);
    dialog.addEventListener('pointerdown', onPointerDown);
    dialog.addEventListener('click', onClick);

    return () => {
      dialog.removeEventListener('cancel', onCancel);
      dialog.removeEventListener('close', onNativeClose);
      dialog.removeEventListener('pointerdown', onPointerDown);
      dialog.removeEventListener('click', onClick);
      // Closing (before React removes the element) is what makes the browser give focus back.
      dialog.close();
      const givenBack =
        opener instanceof HTMLElement && opener !== document.body && opener.isConnected;
      if (!givenBack) fallbackRef.current?.()?.focus({ preventScroll: true });
    };
  }, []);

  const panelClass = [styles.drawer, size === 'wide' && styles.wide].filter(Boolean).join(' ');
  const bodyClass = layout === 'fill' ? styles.fill : styles.body;
  // In the body, wherever the parent renders it: it inherits only the page's base styles, and
  // its events do not bubble through the DOM of the page behind it.
  return createPortal(
    <dialog ref={dialogRef} aria-labelledby={titleId} tabIndex={-1} className={panelClass}>
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
    </dialog>,
    document.body,
  );
}
