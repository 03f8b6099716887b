/** The community's mark: a ship's wheel, cloud native's shared emblem, drawn in the brand colour. */
export function LogoMark({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" aria-hidden="true" className={className}>
      <rect width="32" height="32" rx="9" className="fill-brand-600" />
      <g fill="none" stroke="white" strokeWidth="2.2" strokeLinecap="round">
        <circle cx="16" cy="16" r="6.5" />
        <path d="M16 5.5v4M16 22.5v4M5.5 16h4M22.5 16h4M8.6 8.6l2.8 2.8M20.6 20.6l2.8 2.8M8.6 23.4l2.8-2.8M20.6 11.4l2.8-2.8" />
      </g>
      <circle cx="16" cy="16" r="2" fill="white" />
    </svg>
  );
}
