// The kinds of mail the add-on drafts, as the Drafts tab logs them. Its own module because both the
// tracker's types and the problem catalogue name it, and neither may import the other.

export const DRAFT_KINDS = ['payment', 'report', 'update', 'terms', 'check-in', 'rate-change'] as const;
export type DraftKind = (typeof DRAFT_KINDS)[number];
