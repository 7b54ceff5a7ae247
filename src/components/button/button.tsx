import type { ButtonHTMLAttributes } from 'react';
import { Link, type LinkProps } from 'react-router';
import styles from './button.module.css';

export type ButtonVariant = 'primary' | 'secondary' | 'ghost';

const variantClass: Record<ButtonVariant, string | undefined> = {
  primary: styles.primary,
  secondary: styles.secondary,
  ghost: styles.ghost,
};

function buttonClassName(variant: ButtonVariant, className: string | undefined): string {
  return [styles.button, variantClass[variant], className].filter(Boolean).join(' ');
}

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
}

/** A button. `type` defaults to "button", so it never submits a form by accident. */
export function Button({
  variant = 'secondary',
  className,
  type = 'button',
  ...props
}: ButtonProps) {
  return <button {...props} type={type} className={buttonClassName(variant, className)} />;
}

interface ButtonLinkProps extends LinkProps {
  variant?: ButtonVariant;
}

/** A router link that looks like a button: for navigation offered as an action. */
export function ButtonLink({ variant = 'secondary', className, ...props }: ButtonLinkProps) {
  return <Link {...props} className={buttonClassName(variant, className)} />;
}
