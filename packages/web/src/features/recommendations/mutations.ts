import { graphql } from '../../graphql/graphql.js';

// Each payload selects what the change touches, so urql's document cache refetches every view
// showing those types (a link takes a suggestion up, an adoption starts a measure).

export const DraftRecommendation = graphql(`
  mutation DraftRecommendation($input: DraftRecommendationInput!) {
    draftRecommendation(input: $input) {
      version
      recommendation {
        id
        derivedFrom {
          id
        }
      }
    }
  }
`);

export const ReviseRecommendation = graphql(`
  mutation ReviseRecommendation($input: ReviseRecommendationInput!) {
    reviseRecommendation(input: $input) {
      version
      recommendation {
        id
      }
    }
  }
`);

export const SubmitRecommendation = graphql(`
  mutation SubmitRecommendationForReview($input: SubmitRecommendationForReviewInput!) {
    submitRecommendationForReview(input: $input) {
      version
      recommendation {
        id
      }
    }
  }
`);

export const ReturnRecommendationToDraft = graphql(`
  mutation ReturnRecommendationToDraft($input: ReturnRecommendationToDraftInput!) {
    returnRecommendationToDraft(input: $input) {
      version
      recommendation {
        id
      }
    }
  }
`);

export const PrioritiseRecommendation = graphql(`
  mutation PrioritiseRecommendation($input: PrioritiseRecommendationInput!) {
    prioritiseRecommendation(input: $input) {
      version
      recommendation {
        id
      }
    }
  }
`);

export const AdoptRecommendation = graphql(`
  mutation AdoptRecommendation($input: AdoptRecommendationInput!) {
    adoptRecommendation(input: $input) {
      version
      recommendation {
        id
        measure {
          id
        }
      }
    }
  }
`);

export const RejectRecommendation = graphql(`
  mutation RejectRecommendation($input: RejectRecommendationInput!) {
    rejectRecommendation(input: $input) {
      version
      recommendation {
        id
      }
    }
  }
`);

export const WithdrawRecommendation = graphql(`
  mutation WithdrawRecommendation($input: WithdrawRecommendationInput!) {
    withdrawRecommendation(input: $input) {
      version
      recommendation {
        id
      }
    }
  }
`);

export const MergeRecommendation = graphql(`
  mutation MergeRecommendation($input: MergeRecommendationInput!) {
    mergeRecommendation(input: $input) {
      version
      recommendation {
        id
        mergedInto {
          id
        }
      }
    }
  }
`);

export const LinkSuggestion = graphql(`
  mutation LinkSuggestion($input: LinkSuggestionInput!) {
    linkSuggestion(input: $input) {
      version
      recommendation {
        id
        derivedFrom {
          id
        }
      }
    }
  }
`);

export const UnlinkSuggestion = graphql(`
  mutation UnlinkSuggestion($input: UnlinkSuggestionInput!) {
    unlinkSuggestion(input: $input) {
      version
      recommendation {
        id
        derivedFrom {
          id
        }
      }
    }
  }
`);

export const AssignToGuideline = graphql(`
  mutation AssignToGuideline($input: AssignToGuidelineInput!) {
    assignToGuideline(input: $input) {
      version
      recommendation {
        id
        guidelines {
          id
        }
      }
    }
  }
`);

export const UnassignFromGuideline = graphql(`
  mutation UnassignFromGuideline($input: UnassignFromGuidelineInput!) {
    unassignFromGuideline(input: $input) {
      version
      recommendation {
        id
        guidelines {
          id
        }
      }
    }
  }
`);
