import { AddIcon } from '@sanity/icons/Add';
import { type DocumentActionComponent, getPublishedId } from 'sanity';
import { usePartWriter } from '../components/use-part-writer';

/** "New part in this series" on a series: a new draft post, appended to the parts and opened. */
export const newPartAction: DocumentActionComponent = ({ id }) => {
  const { appendNewPart } = usePartWriter(getPublishedId(id));
  return {
    label: 'New part in this series',
    icon: AddIcon,
    title: 'Creates a draft post and adds it as the last part',
    onHandle: () => void appendNewPart(),
  };
};
