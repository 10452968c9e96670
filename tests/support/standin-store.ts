import type { Mut } from '@sanity/mutator';
import { Mutation } from '@sanity/mutator';
import { fail } from './emulator-query.ts';

/*
 * The stand-in's documents and how they change: mutations applied with @sanity/mutator (the
 * library the Studio itself applies them with), the document actions the Studio sends instead
 * of mutations for publish, unpublish, discard and delete, and a log of every transaction.
 */

/** A stored document: `_rev` is the id of the transaction that last changed it. */
export type StoredDocument = { _id: string; _type: string; _rev?: string; [field: string]: unknown };

/** One document's part in a transaction: absent `before` is a creation, absent `after` a deletion. */
export interface DocumentChange {
  id: string;
  before: StoredDocument | undefined;
  after: StoredDocument | undefined;
}

/** A committed transaction, as tests read it back. */
export interface Transaction {
  id: string;
  timestamp: string;
  /** The mutations or actions as sent. */
  request: { mutations?: Mut[]; actions?: DocumentAction[] };
  changes: DocumentChange[];
}

/** A Content Lake document action (`POST /data/actions`), the fields the stand-in reads. */
export interface DocumentAction {
  actionType: string;
  draftId?: string;
  publishedId?: string;
  versionId?: string;
  includeDrafts?: string[];
  ifPublishedRevisionId?: string;
}

type Staged = Map<string, StoredDocument | undefined>;

/** What a mutation changes: the id it names, whichever kind it is. */
function targetOf(mutation: Mut): string {
  const body = mutation.create ?? mutation.createIfNotExists ?? mutation.createOrReplace;
  const selection = (mutation.delete ?? mutation.patch) as { id?: unknown } | undefined;
  const id = body?._id ?? selection?.id;
  if (typeof id !== 'string')
    throw fail(400, 'The stand-in supports mutations by id only', 'standinUnsupported');
  return id;
}

// Weak references become strong once published, as the Content Lake does for `_strengthenOnPublish`.
function strengthen(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strengthen);
  if (typeof value !== 'object' || value === null) return value;
  const { _strengthenOnPublish: marker, ...rest } = value as Record<string, unknown>;
  const weakStays = (marker as { weak?: boolean } | undefined)?.weak === true;
  if (marker && !weakStays) delete rest._weak;
  return Object.fromEntries(Object.entries(rest).map(([key, field]) => [key, strengthen(field)]));
}

/** An in-memory dataset that applies transactions atomically and tells subscribers about them. */
export class StandinStore {
  readonly documents = new Map<string, StoredDocument>();
  readonly transactions: Transaction[] = [];
  private readonly subscribers = new Set<(transaction: Transaction) => void>();
  private counter = 0;

  constructor(seed: StoredDocument[]) {
    for (const doc of seed) this.documents.set(doc._id, { _rev: 'seed', ...doc });
  }

  /** Calls `listener` after each committed transaction; returns the unsubscribe function. */
  subscribe(listener: (transaction: Transaction) => void): () => void {
    this.subscribers.add(listener);
    return () => this.subscribers.delete(listener);
  }

  /** Applies `mutations` all or nothing; throws an `ApiError` where the Content Lake would refuse. */
  mutate(mutations: Mut[], transactionId?: string): Transaction {
    const staged: Staged = new Map();
    for (const mutation of mutations) {
      const id = targetOf(mutation);
      const current = this.read(staged, id);
      if (mutation.create && current)
        throw fail(409, `Document "${id}" already exists`, 'documentAlreadyExists');
      if (mutation.patch && !current)
        throw fail(404, `Cannot patch missing document "${id}"`, 'documentNotFound');
      const wanted = mutation.patch?.ifRevisionID;
      if (wanted && current?._rev !== wanted)
        throw fail(409, `Document "${id}" has a newer revision`, 'conflict');
      const next = new Mutation({ mutations: [mutation] }).apply(current ?? null) as StoredDocument | null;
      staged.set(id, next ?? undefined);
    }
    return this.commit(staged, { mutations }, transactionId);
  }

  /** Runs document actions (publish, unpublish, discard, delete) all or nothing. */
  act(actions: DocumentAction[], transactionId?: string): Transaction {
    const staged: Staged = new Map();
    for (const action of actions) this.stageAction(staged, action);
    return this.commit(staged, { actions }, transactionId);
  }

  private stageAction(staged: Staged, action: DocumentAction): void {
    const { actionType, draftId, publishedId, versionId } = action;
    if (actionType === 'sanity.action.document.publish' && draftId && publishedId) {
      const draft = this.read(staged, draftId);
      if (!draft) throw fail(409, `Cannot publish "${draftId}": there is no draft`, 'noDraft');
      staged.set(publishedId, { ...(strengthen(draft) as StoredDocument), _id: publishedId });
      staged.set(draftId, undefined);
    } else if (actionType === 'sanity.action.document.unpublish' && draftId && publishedId) {
      const published = this.read(staged, publishedId);
      if (!this.read(staged, draftId) && published) staged.set(draftId, { ...published, _id: draftId });
      staged.set(publishedId, undefined);
    } else if (actionType === 'sanity.action.document.version.discard' && versionId) {
      staged.set(versionId, undefined);
    } else if (actionType === 'sanity.action.document.delete' && publishedId) {
      for (const id of [publishedId, ...(action.includeDrafts ?? [])]) staged.set(id, undefined);
    } else {
      throw fail(400, `The stand-in does not emulate the action "${actionType}"`, 'standinUnsupported');
    }
  }

  private read(staged: Staged, id: string): StoredDocument | undefined {
    return staged.has(id) ? staged.get(id) : this.documents.get(id);
  }

  private commit(staged: Staged, request: Transaction['request'], transactionId?: string): Transaction {
    this.counter += 1;
    const id = transactionId ?? `standin-tx-${this.counter}`;
    const timestamp = new Date().toISOString();
    const changes: DocumentChange[] = [];
    for (const [docId, value] of staged) {
      const before = this.documents.get(docId);
      if (!before && !value) continue;
      const after = value && {
        ...value,
        _id: docId,
        _rev: id,
        _createdAt: before?._createdAt ?? value._createdAt ?? timestamp,
        _updatedAt: timestamp,
      };
      if (after) this.documents.set(docId, after);
      else this.documents.delete(docId);
      changes.push({ id: docId, before, after });
    }
    const transaction: Transaction = { id, timestamp, request, changes };
    this.transactions.push(transaction);
    for (const subscriber of this.subscribers) subscriber(transaction);
    return transaction;
  }
}
