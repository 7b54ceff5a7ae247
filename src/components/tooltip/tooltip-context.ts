import { createContext } from 'react';
import type { TooltipStore } from './tooltip-store';

export interface TooltipLayerHandle {
  store: TooltipStore;
  /** The id of the tooltip element, for the open trigger's `aria-describedby`. */
  id: string;
}

export const TooltipContext = createContext<TooltipLayerHandle | null>(null);
