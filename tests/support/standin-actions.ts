import { type Mut, Mutation } from '@sanity/mutator';
import { fail } from './emulator-query.ts';

/*
 * The Content Lake's document actions (`POST /data/actions`), which the Studio sends instead of
 * mutations for every edit of a draft: create, edit, publish, unpublish, discard, delete. Each
 * stages its changes through `read` and `stage` so a transaction applies all or nothing.
 */

/** A stored document, the shape the store keeps. */
export type ActionDocument = { _id: string; _type: string; _rev?: string; [field: string]: unknown };

/** A document action as the Studio sends it, the fields the stand-in reads. */
export interface DocumentAction {
  actionType: string;
  draftId?: string;
  publishedId?: string;
  versionId?: string;
  includeDrafts?: string[];
  /** `edit`: the patch, as in a mutation but without `id`. */
  patch?: Record<string, unknown>;
  /** `create` and `replaceDraft`: the whole draft. */
  attributes?: ActionDocument;
  ifExists?: 'fail' | 'ignore';
}

/** Reads a document as staged so far in the transaction. */
export type Read = (id: string) => ActionDocument | undefined;
/** Stages a document's new value (undefined: deleted). */
export type Stage = (id: string, value: ActionDocument | undefined) => void;

type Apply = (action: DocumentAction, read: Read, stage: Stage) => void;

// Weak references become strong once published, as the Content Lake does for `_strengthenOnPublish`.
function strengthen(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strengthen);
  if (typeof value !== 'object' || value === null) return value;
  const { _strengthenOnPublish: marker, ...rest } = value as Record<string, unknown>;
  const weakStays = (marker as { weak?: boolean } | undefined)?.weak === true;
  if (marker && !weakStays) delete rest._weak;
  return Object.fromEntries(Object.entries(rest).map(([key, field]) => [key, strengthen(field)]));
}

function required(value: string | undefined, field: string, action: DocumentAction): string {
  if (!value) throw fail(400, `${action.actionType} needs "${field}"`, 'validationError');
  return value;
}

const create: Apply = (action, read, stage) => {
  const attributes = action.attributes;
  if (!attributes?._id) throw fail(400, `${action.actionType} needs "attributes._id"`, 'validationError');
  if (read(attributes._id)) {
    if (action.ifExists === 'ignore') return;
    throw fail(409, `Document "${attributes._id}" already exists`, 'documentAlreadyExists');
  }
  stage(attributes._id, attributes);
};

// An edit of a draft that does not exist yet starts the draft from the published document.
const edit: Apply = (action, read, stage) => {
  const draftId = required(action.draftId, 'draftId', action);
  const publishedId = required(action.publishedId, 'publishedId', action);
  const published = read(publishedId);
  const base = read(draftId) ?? (published && { ...published, _id: draftId });
  if (!base) throw fail(404, `Cannot edit "${draftId}": neither it nor "${publishedId}" exists`, 'notFound');
  const mutation = { patch: { ...action.patch, id: draftId } } as Mut;
  stage(draftId, new Mutation({ mutations: [mutation] }).apply(base) as ActionDocument);
};

const publish: Apply = (action, read, stage) => {
  const draftId = required(action.draftId, 'draftId', action);
  const publishedId = required(action.publishedId, 'publishedId', action);
  const draft = read(draftId);
  if (!draft) throw fail(409, `Cannot publish "${draftId}": there is no draft`, 'noDraft');
  stage(publishedId, { ...(strengthen(draft) as ActionDocument), _id: publishedId });
  stage(draftId, undefined);
};

const unpublish: Apply = (action, read, stage) => {
  const draftId = required(action.draftId, 'draftId', action);
  const publishedId = required(action.publishedId, 'publishedId', action);
  const published = read(publishedId);
  if (!read(draftId) && published) stage(draftId, { ...published, _id: draftId });
  stage(publishedId, undefined);
};

const discard: Apply = (action, _read, stage) => {
  stage(required(action.versionId ?? action.draftId, 'versionId', action), undefined);
};

const remove: Apply = (action, _read, stage) => {
  const publishedId = required(action.publishedId, 'publishedId', action);
  for (const id of [publishedId, ...(action.includeDrafts ?? [])]) stage(id, undefined);
};

const replaceDraft: Apply = (action, _read, stage) => {
  const publishedId = required(action.publishedId, 'publishedId', action);
  const attributes = action.attributes;
  if (!attributes) throw fail(400, `${action.actionType} needs "attributes"`, 'validationError');
  stage(`drafts.${publishedId}`, { ...attributes, _id: `drafts.${publishedId}` });
};

const ACTIONS: Record<string, Apply> = {
  'sanity.action.document.create': create,
  'sanity.action.document.edit': edit,
  'sanity.action.document.publish': publish,
  'sanity.action.document.unpublish': unpublish,
  'sanity.action.document.discard': discard,
  'sanity.action.document.version.discard': discard,
  'sanity.action.document.delete': remove,
  'sanity.action.document.replaceDraft': replaceDraft,
};

/** Stages what `action` does; throws an `ApiError` for an action the stand-in does not emulate. */
export function stageAction(action: DocumentAction, read: Read, stage: Stage): void {
  const apply = ACTIONS[action.actionType];
  if (!apply)
    throw fail(400, `The stand-in does not emulate the action "${action.actionType}"`, 'standinUnsupported');
  apply(action, read, stage);
}
