import { useId } from 'react';

interface PeriscopeMarkProps {
  /** Rendered width and height in CSS pixels. */
  size?: number;
  className?: string;
}

/** The Periscope mark: a periscope's eye over the water line. Decorative; label the context. */
export function PeriscopeMark({ size = 24, className }: PeriscopeMarkProps) {
  const gradientId = `${useId()}-periscope-mark`;
  return (
    <svg
      className={className}
      width={size}
      height={size}
      viewBox="0 0 32 32"
      aria-hidden="true"
      focusable="false"
    >
      <defs>
        <linearGradient id={gradientId} x1="0" y1="0" x2="1" y2="1">
          <stop offset="0" stopColor="#6366f1" />
          <stop offset="1" stopColor="#7c3aed" />
        </linearGradient>
      </defs>
      <rect width="32" height="32" rx="8" fill={`url(#${gradientId})`} />
      <path
        d="M12.5 22.5V13a3.5 3.5 0 0 1 3.5-3.5h2.5"
        fill="none"
        stroke="#fff"
        strokeWidth="3.2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
      <circle cx="22" cy="9.5" r="4" fill="#fff" />
      <circle cx="22.9" cy="9.5" r="1.7" fill="#4338ca" />
      <path
        d="M5.5 24c1.75-1.4 3.5-1.4 5.25 0s3.5 1.4 5.25 0 3.5-1.4 5.25 0 3.5 1.4 5.25 0"
        fill="none"
        stroke="#fff"
        strokeOpacity=".8"
        strokeWidth="2"
        strokeLinecap="round"
      />
    </svg>
  );
}
