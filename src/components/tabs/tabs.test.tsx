import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { TabPanel, Tabs } from './tabs';

type Id = 'log' | 'kubernetes' | 'events';

function Example() {
  const [selected, setSelected] = useState<Id>('log');
  return (
    <>
      <Tabs
        label="Deployment"
        baseId="example"
        tabs={[
          { id: 'log', label: 'Task log' },
          { id: 'kubernetes', label: 'Kubernetes', adornment: 'Live' },
          { id: 'events', label: 'Events' },
        ]}
        selected={selected}
        onSelect={setSelected}
      />
      <TabPanel baseId="example" id={selected}>
        Panel of {selected}
      </TabPanel>
    </>
  );
}

describe('Tabs', () => {
  it('are named tabs in a named tab list, each controlling its labelled panel', () => {
    render(<Example />);
    const list = screen.getByRole('tablist', { name: 'Deployment' });
    expect(list).toBeVisible();
    const log = screen.getByRole('tab', { name: 'Task log', selected: true });
    // The adornment is decoration: not part of the name.
    expect(screen.getByRole('tab', { name: 'Kubernetes', selected: false })).toBeVisible();
    const panel = screen.getByRole('tabpanel', { name: 'Task log' });
    expect(log).toHaveAttribute('aria-controls', panel.id);
    expect(panel).toHaveTextContent('Panel of log');
  });

  it('select on click, and move with the arrow keys, Home and End (one tab stop)', async () => {
    const user = userEvent.setup();
    render(<Example />);

    await user.click(screen.getByRole('tab', { name: 'Kubernetes' }));
    expect(screen.getByRole('tabpanel', { name: 'Kubernetes' })).toHaveTextContent(
      'Panel of kubernetes',
    );
    expect(screen.getByRole('tab', { name: 'Kubernetes' })).toHaveAttribute('tabindex', '0');
    expect(screen.getByRole('tab', { name: 'Task log' })).toHaveAttribute('tabindex', '-1');

    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Events', selected: true })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Task log', selected: true })).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('tab', { name: 'Events', selected: true })).toHaveFocus();
    await user.keyboard('{Home}');
    expect(screen.getByRole('tab', { name: 'Task log', selected: true })).toHaveFocus();
    await user.keyboard('{End}');
    expect(screen.getByRole('tab', { name: 'Events', selected: true })).toHaveFocus();
  });
});
