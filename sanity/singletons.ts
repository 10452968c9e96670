import type { DocumentActionComponent, Template, TemplateItem } from 'sanity';
import { SITE_SETTINGS_ID } from './schemaTypes/singletons/site-settings';

/** Schema types that exist exactly once, each at a fixed document id. */
export const SINGLETONS: Readonly<Record<string, string>> = { siteSettings: SITE_SETTINGS_ID };

/** The only document actions a singleton offers: no delete, duplicate or unpublish. */
const SINGLETON_ACTIONS = new Set<string>(['publish', 'discardChanges', 'restore']);

/** True for a schema type that must exist only once. */
export function isSingleton(schemaType: string): boolean {
  return Object.hasOwn(SINGLETONS, schemaType);
}

/** Removes singletons from "create new document" templates, so a second one cannot be made. */
export function withoutSingletonTemplates(templates: Template[]): Template[] {
  return templates.filter((template) => !isSingleton(template.schemaType));
}

/** Removes singletons from the global "new document" menu. */
export function withoutSingletonOptions(options: TemplateItem[]): TemplateItem[] {
  return options.filter((option) => !isSingleton(option.templateId));
}

/** Restricts a singleton's actions to publish, discard changes and restore. */
export function singletonActions(
  actions: DocumentActionComponent[],
  schemaType: string,
): DocumentActionComponent[] {
  if (!isSingleton(schemaType)) return actions;
  return actions.filter(({ action }) => action !== undefined && SINGLETON_ACTIONS.has(action));
}
