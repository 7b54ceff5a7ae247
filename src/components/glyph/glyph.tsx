import type { IconDefinition } from '@fortawesome/fontawesome-svg-core';
import styles from './glyph.module.css';

interface GlyphProps {
  icon: IconDefinition;
  spin?: boolean;
  className?: string;
}

/**
 * A Font Awesome icon drawn as a bare `<svg>`: the same artwork as `FontAwesomeIcon`, at a
 * fraction of its cost, for places that draw thousands of icons (grid cells). Decorative.
 */
export function Glyph({ icon, spin = false, className }: GlyphProps) {
  const [width, height, , , pathData] = icon.icon;
  const paths = typeof pathData === 'string' ? [pathData] : pathData;
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      className={[styles.glyph, spin && styles.spin, className].filter(Boolean).join(' ')}
      aria-hidden="true"
      focusable="false"
    >
      {paths.map((d) => (
        <path key={d} d={d} fill="currentColor" />
      ))}
    </svg>
  );
}
