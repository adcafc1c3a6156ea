'use client';
import { useRef, useSyncExternalStore } from 'react';

interface Selection<State, Selected> {
  state: State;
  selector: (state: State) => Selected;
  selected: Selected;
}

/**
 * Subscribes to a slice of an external store: the component re-renders only when `isEqual` says the
 * slice changed, however often the store does. This is what keeps typing in one field from
 * re-rendering the others.
 */
export function useStoreSelector<State, Selected>(
  subscribe: (listener: () => void) => () => void,
  getState: () => State,
  selector: (state: State) => Selected,
  isEqual: (a: Selected, b: Selected) => boolean = Object.is,
): Selected {
  const last = useRef<Selection<State, Selected> | null>(null);
  const getSelection = (): Selected => {
    const state = getState();
    const previous = last.current;
    if (previous && previous.state === state && previous.selector === selector) return previous.selected;
    const next = selector(state);
    const selected = previous && isEqual(previous.selected, next) ? previous.selected : next;
    last.current = { state, selector, selected };
    return selected;
  };
  return useSyncExternalStore(subscribe, getSelection, getSelection);
}
