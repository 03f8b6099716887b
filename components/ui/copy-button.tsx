"use client";

import { type ReactNode, useState } from "react";

type CopyButtonProps = {
  /** Copied as is… */
  text?: string;
  /** …or made absolute on the site's current origin, so shared links work on any host. */
  path?: string;
  label: string;
  className?: string;
  children: ReactNode;
};

export function CopyButton({ text, path, label, className, children }: CopyButtonProps) {
  const [copied, setCopied] = useState(false);

  async function copy() {
    const value = path === undefined ? (text ?? "") : new URL(path, window.location.origin).toString();
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      window.setTimeout(() => setCopied(false), 2500);
    } catch {
      window.prompt("Copy this:", value);
    }
  }

  return (
    <>
      <button type="button" onClick={copy} aria-label={label} className={className}>
        {copied ? "Copied" : children}
      </button>
      <span role="status" className="sr-only">
        {copied ? "Copied to the clipboard" : ""}
      </span>
    </>
  );
}
