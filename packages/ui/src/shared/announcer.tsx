'use client';
import { useCallback, useState } from 'react';

/**
 * A polite live region for drag-and-drop announcements ("Picked up …, position 2 of 5").
 * Alternates a zero-width suffix so repeating the same sentence is still announced.
 */
export function useAnnouncer() {
  const [message, setMessage] = useState('');
  const announce = useCallback((text: string) => {
    setMessage((prev) => (prev === text ? `${text}\u200b` : text));
  }, []);
  const region = (
    <div className="slope-sr-only" aria-live="assertive" aria-atomic="true">
      {message}
    </div>
  );
  return { announce, region, message };
}
