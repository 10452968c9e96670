import { useEffect, useState } from 'react';
import { type DocumentStore, useDocumentStore } from 'sanity';
import type { SeriesVersion } from '../lib/series-placement';
import { STUDIO_FACTS_LISTEN_QUERY, STUDIO_FACTS_QUERY } from '../queries';

/** A series version as the facts query returns it, planned parts with their title and date. */
export type SeriesFacts = SeriesVersion & {
  parts?: Array<{ _key: string; _type: string; _ref?: string; title?: string; expected?: string }> | null;
};

/** What labels across the Studio are computed from; see STUDIO_FACTS_QUERY. */
export interface StudioFacts {
  series: SeriesFacts[];
  posts: Array<{ _id: string; publishedAt?: string | null }>;
  timeZone: string | null;
}

type Listener = (facts: StudioFacts) => void;

let latest: StudioFacts | undefined;

/**
 * The facts as last received, for code that cannot use a hook: the desk lists' `prepare`
 * functions. Undefined before the first answer; {@link FactsGate} holds the Studio until then.
 */
export function latestFacts(): StudioFacts | undefined {
  return latest;
}
interface Shared {
  latest: StudioFacts | undefined;
  listeners: Set<Listener>;
  stop: (() => void) | undefined;
}

// One listening query per document store, shared by every preview on screen: a list of fifty
// posts opens one event stream, not fifty. It stops when the last preview unmounts.
const shared = new WeakMap<DocumentStore, Shared>();

function subscribe(store: DocumentStore, listener: Listener): () => void {
  let entry = shared.get(store);
  if (!entry) {
    entry = { latest: undefined, listeners: new Set(), stop: undefined };
    shared.set(store, entry);
  }
  const state = entry;
  state.listeners.add(listener);
  if (state.latest) listener(state.latest);
  if (!state.stop) {
    const subscription = store
      .listenQuery(
        { fetch: STUDIO_FACTS_QUERY, listen: STUDIO_FACTS_LISTEN_QUERY },
        {},
        { tag: 'quire.studio-facts', perspective: 'raw', throttleTime: 300 },
      )
      .subscribe({
        next: (facts: StudioFacts) => {
          state.latest = facts;
          latest = facts;
          for (const each of state.listeners) each(facts);
        },
        // A failed fetch leaves labels without their extra line until the next change.
        error: () => undefined,
      });
    state.stop = () => subscription.unsubscribe();
  }
  return () => {
    state.listeners.delete(listener);
    if (state.listeners.size > 0) return;
    state.stop?.();
    state.stop = undefined;
  };
}

/**
 * The current series, published post dates and time zone, refetched whenever a series, post or
 * the site settings change anywhere (this tab, another editor). Undefined until the first answer.
 */
export function useStudioFacts(): StudioFacts | undefined {
  const store = useDocumentStore();
  const [facts, setFacts] = useState<StudioFacts>();
  useEffect(() => subscribe(store, setFacts), [store]);
  return facts;
}
