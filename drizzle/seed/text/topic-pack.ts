// What each topic contributes to an article: templates with {slots} filled per article.
export interface TopicPack {
  headlines: readonly string[];
  standfirsts: readonly string[];
  leads: readonly string[];
  details: readonly string[];
  subheads: readonly string[];
  captions: readonly string[];
}
