/** The id of the story element: the reading tracker measures where the reader is within it. */
export const STORY_ID = "story";
