import type { ReactElement } from 'react';
import { useTooltip, type TooltipTriggerProps } from './use-tooltip';
import type { TooltipContent } from './tooltip-store';

interface TooltipProps {
  content: TooltipContent;
  /** Renders the trigger with the props to spread on it; the trigger must be focusable. */
  children: (triggerProps: TooltipTriggerProps) => ReactElement;
}

/** A tooltip on hover and focus, for one trigger: `<Tooltip content="…">{(p) => <button {...p} />}</Tooltip>`. */
export function Tooltip({ content, children }: TooltipProps) {
  return children(useTooltip(content));
}
