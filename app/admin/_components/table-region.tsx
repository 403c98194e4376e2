/**
 * A wide table's horizontal scroller: focusable and named, so a keyboard can scroll it on a phone and a screen
 * reader announces it (axe: scrollable-region-focusable).
 */
export function TableRegion({
  label,
  className = "",
  children,
}: {
  label: string;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <div className={`overflow-x-auto ${className}`} tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
