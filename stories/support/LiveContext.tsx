import { createContext, useContext } from 'react';
import type { StoryStack } from '../../.storybook/live/client.js';

/** The story's live stack, for demos that show the sandbox's side (what it recorded). */
export const StoryStackContext = createContext<StoryStack | null>(null);

export function useStoryStack(): StoryStack {
  const stack = useContext(StoryStackContext);
  if (!stack) throw new Error('useStoryStack: no story stack (the preview decorator provides it).');
  return stack;
}
