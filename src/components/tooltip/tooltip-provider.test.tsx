import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Tooltip } from './tooltip';
import { TooltipProvider } from './tooltip-provider';

afterEach(() => {
  vi.restoreAllMocks();
  Reflect.deleteProperty(document, 'elementFromPoint');
});

function Anchor({ name, hint }: { name: string; hint: string }) {
  return (
    <Tooltip content={hint}>
      {(props) => (
        <button type="button" {...props}>
          {name}
        </button>
      )}
    </Tooltip>
  );
}

/**
 * jsdom lays nothing out: a 1,000 by 800 pixel viewport, an 80 by 30 pixel tooltip, and each
 * anchor where the test puts it.
 */
function layOut(anchors: [HTMLElement, DOMRectInit][]) {
  vi.spyOn(document.documentElement, 'clientWidth', 'get').mockReturnValue(1000);
  vi.spyOn(document.documentElement, 'clientHeight', 'get').mockReturnValue(800);
  const isTooltip = (element: HTMLElement) => element.getAttribute('role') === 'tooltip';
  vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockImplementation(function (
    this: HTMLElement,
  ) {
    return isTooltip(this) ? 80 : 0;
  });
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (
    this: HTMLElement,
  ) {
    return isTooltip(this) ? 30 : 0;
  });
  for (const [anchor, rect] of anchors) {
    vi.spyOn(anchor, 'getBoundingClientRect').mockReturnValue(DOMRect.fromRect(rect));
  }
}

/** What the browser finds at a point of the viewport: jsdom has no `elementFromPoint`. */
function topmostElementIs(element: () => Element | null) {
  Object.defineProperty(document, 'elementFromPoint', { value: element, configurable: true });
}

describe('the tooltip layer', () => {
  it('puts the tooltip inside the open dialog that holds its anchor, above the page', async () => {
    const user = userEvent.setup();
    render(
      <TooltipProvider>
        <Anchor name="On the page" hint="Page hint" />
        <dialog open aria-label="Panel">
          <Anchor name="In the dialog" hint="Dialog hint" />
        </dialog>
      </TooltipProvider>,
    );
    const dialog = screen.getByRole('dialog', { name: 'Panel' });

    await user.tab();
    expect(screen.getByRole('tooltip')).toHaveTextContent('Page hint');
    expect(within(dialog).queryByRole('tooltip')).not.toBeInTheDocument();

    await user.tab();
    const tooltip = within(dialog).getByRole('tooltip');
    expect(tooltip).toHaveTextContent('Dialog hint');
    expect(screen.getAllByRole('tooltip')).toEqual([tooltip]);
    expect(
      within(dialog).getByRole('button', { name: 'In the dialog' }),
    ).toHaveAccessibleDescription('Dialog hint');
  });

  it('places it below its anchor and centred, above when there is no room, inside the viewport', async () => {
    render(
      <TooltipProvider>
        <Anchor name="Middle" hint="Hint" />
        <Anchor name="Bottom" hint="Hint" />
        <Anchor name="Left edge" hint="Hint" />
      </TooltipProvider>,
    );
    const middle = screen.getByRole('button', { name: 'Middle' });
    const bottom = screen.getByRole('button', { name: 'Bottom' });
    const leftEdge = screen.getByRole('button', { name: 'Left edge' });
    layOut([
      [middle, { x: 100, y: 100, width: 50, height: 20 }],
      [bottom, { x: 100, y: 760, width: 50, height: 20 }],
      [leftEdge, { x: 0, y: 100, width: 20, height: 20 }],
    ]);

    fireEvent.focus(middle);
    // Centred: 100 + 50 / 2 - 80 / 2. Below, 6 pixels apart: 100 + 20 + 6.
    await waitFor(() =>
      expect(screen.getByRole('tooltip').style.transform).toBe('translate(85px, 126px)'),
    );
    fireEvent.focus(bottom);
    // No room below (786 + 30 is past 800 - 8): above, 760 - 6 - 30.
    await waitFor(() =>
      expect(screen.getByRole('tooltip').style.transform).toBe('translate(85px, 724px)'),
    );
    fireEvent.focus(leftEdge);
    // Centred it would start at -30: kept 8 pixels inside the viewport.
    await waitFor(() =>
      expect(screen.getByRole('tooltip').style.transform).toBe('translate(8px, 126px)'),
    );
  });

  it('follows its anchor while the page scrolls, and closes once the anchor is out of sight', async () => {
    render(
      <TooltipProvider>
        <Anchor name="Anchor" hint="Hint" />
        <p>Sticky header</p>
      </TooltipProvider>,
    );
    const anchor = screen.getByRole('button', { name: 'Anchor' });
    layOut([[anchor, { x: 100, y: 100, width: 50, height: 20 }]]);
    topmostElementIs(() => anchor);
    fireEvent.focus(anchor);
    const tooltip = screen.getByRole('tooltip');
    await waitFor(() => expect(tooltip.style.transform).toBe('translate(85px, 126px)'));

    // Scrolled by 40 pixels, with the tooltip left over the anchor for a moment: still in sight.
    layOut([[anchor, { x: 100, y: 60, width: 50, height: 20 }]]);
    topmostElementIs(() => tooltip);
    fireEvent.scroll(window);
    await waitFor(() => expect(tooltip.style.transform).toBe('translate(85px, 86px)'));

    // Under the sticky header.
    topmostElementIs(() => screen.getByText('Sticky header'));
    fireEvent.scroll(window);
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });
});
