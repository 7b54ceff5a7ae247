import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { TooltipProvider } from '../tooltip/tooltip-provider';
import { applicationStatusDefinitions } from './application-status';
import { StatusBadge } from './status-badge';

describe('StatusBadge', () => {
  it('shows a status as icon and text', () => {
    render(<StatusBadge definition={applicationStatusDefinitions.OutOfSync} variant="pill" />);
    expect(screen.getByText('Out of Sync')).toBeVisible();
  });

  it('explains itself on focus and on hover when asked to', async () => {
    const user = userEvent.setup();
    render(
      <TooltipProvider>
        <StatusBadge definition={applicationStatusDefinitions.Degraded} describe />
      </TooltipProvider>,
    );
    const badge = screen.getByRole('button', { name: 'Degraded' });

    await user.tab();
    expect(badge).toHaveFocus();
    expect(screen.getByRole('tooltip')).toHaveTextContent(
      'Your objects experienced errors after the deployment completed',
    );
    expect(badge).toHaveAccessibleDescription(
      'Your objects experienced errors after the deployment completed',
    );
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();

    await user.tab();
    await user.hover(badge);
    expect(await screen.findByRole('tooltip')).toBeVisible();
    await user.unhover(badge);
    await waitFor(() => expect(screen.queryByRole('tooltip')).not.toBeInTheDocument());
  });
});
