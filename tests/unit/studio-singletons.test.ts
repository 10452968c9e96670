import type { DocumentActionComponent, Template, TemplateItem } from 'sanity';
import { describe, expect, it } from 'vitest';
import {
  singletonActions,
  withoutSingletonOptions,
  withoutSingletonTemplates,
} from '../../sanity/singletons';

/** A stand-in document action carrying only the `action` key the filter looks at. */
function action(name: string | undefined): DocumentActionComponent {
  const component = (() => null) as unknown as DocumentActionComponent;
  if (name !== undefined) component.action = name as DocumentActionComponent['action'];
  return component;
}

const ALL_ACTIONS = ['publish', 'unpublish', 'delete', 'duplicate', 'discardChanges', 'restore', undefined];

describe('singletonActions', () => {
  it('leaves site settings only publish, discard changes and restore', () => {
    const kept = singletonActions(ALL_ACTIONS.map(action), 'siteSettings').map((a) => a.action);
    expect(kept).toEqual(['publish', 'discardChanges', 'restore']);
  });

  it('leaves other document types alone', () => {
    const actions = ALL_ACTIONS.map(action);
    expect(singletonActions(actions, 'post')).toBe(actions);
  });
});

describe('new document menus', () => {
  it('offer no template for site settings', () => {
    const templates = [{ schemaType: 'post' }, { schemaType: 'siteSettings' }] as Template[];
    expect(withoutSingletonTemplates(templates).map((t) => t.schemaType)).toEqual(['post']);
  });

  it('drop site settings from the global "create" menu', () => {
    const items = [{ templateId: 'siteSettings' }, { templateId: 'series' }] as TemplateItem[];
    expect(withoutSingletonOptions(items).map((i) => i.templateId)).toEqual(['series']);
  });
});
