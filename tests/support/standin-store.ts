import { setTimeout as delay } from 'node:timers/promises';
import { isDeepStrictEqual } from 'node:util';
import type { Mut } from '@sanity/mutator';
import { Mutation } from '@sanity/mutator';
import { fail } from './emulator-query.ts';
import { type DocumentAction, stageAction } from './standin-actions.ts';

export type { DocumentAction } from './standin-actions.ts';

/*
 * The stand-in's documents and how they change: mutations applied with @sanity/mutator (the
 * library the Studio itself applies them with), document actions (standin-actions.ts), and a log
 * of every transaction.
 */

/** The user every transaction is made by: the stand-in's one signed-in editor. */
export const STANDIN_USER_ID = 'p-standin-editor';

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

type Staged = Map<string, StoredDocument | undefined>;

/** Whether `stored` holds `doc`'s fields, whatever revision it is at. */
function holds(stored: StoredDocument | undefined, doc: StoredDocument): boolean {
  if (!stored) return false;
  const { _rev: _stored, ...fields } = stored;
  const { _rev: _given, ...wanted } = doc;
  return isDeepStrictEqual(fields, wanted);
}

/** What a mutation changes: the id it names, whichever kind it is. */
function targetOf(mutation: Mut): string {
  const body = mutation.create ?? mutation.createIfNotExists ?? mutation.createOrReplace;
  const selection = (mutation.delete ?? mutation.patch) as { id?: unknown } | undefined;
  const id = body?._id ?? selection?.id;
  if (typeof id !== 'string')
    throw fail(400, 'The stand-in supports mutations by id only', 'standinUnsupported');
  return id;
}

/** An in-memory dataset that applies transactions atomically and tells subscribers about them. */
export class StandinStore {
  readonly documents = new Map<string, StoredDocument>();
  readonly transactions: Transaction[] = [];
  private readonly subscribers = new Set<(transaction: Transaction) => void>();
  private counter = 0;
  /**
   * How long the stand-in takes to confirm a transaction it applied, both in its answer and in
   * its listener events, as a slow Content Lake would. 0 until a test sets it; a reset or a
   * restore sets it back to 0.
   */
  latencyMs = 0;

  /** Resolves once {@link latencyMs} has passed; at once while it is 0. */
  confirmation(): Promise<void> {
    return this.latencyMs ? delay(this.latencyMs) : Promise.resolve();
  }

  constructor(seed: StoredDocument[]) {
    this.reset(seed);
  }

  /**
   * Replaces every document with `seed` and forgets past transactions, so one stand-in serves a
   * file's tests one after another, each from its own starting point. Listeners stay subscribed.
   */
  reset(seed: StoredDocument[]): void {
    this.latencyMs = 0;
    this.documents.clear();
    this.transactions.length = 0;
    for (const doc of seed) this.documents.set(doc._id, { _rev: 'seed', ...structuredClone(doc) });
  }

  /**
   * Puts the documents back to `seed` in one transaction that listeners hear, so an open Studio
   * follows as it follows another editor's changes; then forgets past transactions, as
   * {@link reset} does. Documents that already hold their seed fields are not touched; the rest
   * are stored exactly as in `seed`, dates included, so they read as they would after a reset.
   */
  restore(seed: StoredDocument[]): void {
    this.latencyMs = 0;
    const wanted = new Map(seed.map((doc) => [doc._id, doc]));
    const staged: Staged = new Map();
    for (const id of this.documents.keys()) if (!wanted.has(id)) staged.set(id, undefined);
    for (const [id, doc] of wanted)
      if (!holds(this.documents.get(id), doc)) staged.set(id, structuredClone(doc));
    const mutations = [...staged].map(
      ([id, doc]): Mut => (doc ? { createOrReplace: doc } : { delete: { id } }),
    );
    if (staged.size > 0) this.commit(staged, { mutations }, undefined, { asGiven: true });
    this.transactions.length = 0;
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

  /** Runs document actions (create, edit, publish, unpublish, discard, delete) all or nothing. */
  act(actions: DocumentAction[], transactionId?: string): Transaction {
    const staged: Staged = new Map();
    const read = (id: string) => this.read(staged, id);
    const stage = (id: string, value: StoredDocument | undefined) => void staged.set(id, value);
    for (const action of actions) stageAction(action, read, stage);
    return this.commit(staged, { actions }, transactionId);
  }

  private read(staged: Staged, id: string): StoredDocument | undefined {
    return staged.has(id) ? staged.get(id) : this.documents.get(id);
  }

  // `asGiven` keeps the staged dates: a restore puts documents back, it does not edit them.
  private commit(
    staged: Staged,
    request: Transaction['request'],
    transactionId?: string,
    { asGiven = false } = {},
  ): Transaction {
    this.counter += 1;
    const id = transactionId ?? `standin-tx-${this.counter}`;
    const timestamp = new Date().toISOString();
    const changes: DocumentChange[] = [];
    for (const [docId, value] of staged) {
      const before = this.documents.get(docId);
      if (!before && !value) continue;
      const dates = asGiven
        ? {}
        : { _createdAt: before?._createdAt ?? value?._createdAt ?? timestamp, _updatedAt: timestamp };
      const after = value && { ...value, _id: docId, _rev: id, ...dates };
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
