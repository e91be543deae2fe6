import { graphql } from '../../graphql/graphql.js';

export const DraftGuideline = graphql(`
  mutation DraftGuideline($input: DraftGuidelineInput!) {
    draftGuideline(input: $input) {
      version
      guideline {
        id
      }
    }
  }
`);

export const ReviseGuideline = graphql(`
  mutation ReviseGuideline($input: ReviseGuidelineInput!) {
    reviseGuideline(input: $input) {
      version
      guideline {
        id
      }
    }
  }
`);

export const PublishGuideline = graphql(`
  mutation PublishGuideline($input: PublishGuidelineInput!) {
    publishGuideline(input: $input) {
      version
      guideline {
        id
      }
    }
  }
`);

export const RetireGuideline = graphql(`
  mutation RetireGuideline($input: RetireGuidelineInput!) {
    retireGuideline(input: $input) {
      version
      guideline {
        id
      }
    }
  }
`);
