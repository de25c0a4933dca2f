import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

/**
 * Moves focus to an element once the next render is on screen, e.g. back to "Edit" after its form
 * closes. Focusing straight away would miss elements that this same update brings back.
 */
export function useFocusAfterRender(): (target: RefObject<HTMLElement | null>) => void {
  const pending = useRef<RefObject<HTMLElement | null> | null>(null);
  const [request, setRequest] = useState(0);

  useEffect(() => {
    pending.current?.current?.focus();
    pending.current = null;
  }, [request]);

  return useCallback((target) => {
    pending.current = target;
    setRequest((count) => count + 1);
  }, []);
}
