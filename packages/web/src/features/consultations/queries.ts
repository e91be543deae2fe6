import type { TadaDocumentNode } from 'gql.tada';
import { useQuery } from 'urql';
import { useProcessSlug } from '../../app/process.js';
import { graphql } from '../../graphql/graphql.js';

/**
 * A consultation page's query on the process of the address, and its reload from the network
 * (after a refusal, or a change the page made).
 */
export const useConsultationQuery = <Data>(query: TadaDocumentNode<Data, { process: string }>) => {
  const process = useProcessSlug() ?? '';
  const [result, refetch] = useQuery({ query, variables: { process } });
  return [result, () => refetch({ requestPolicy: 'network-only' })] as const;
};

/** A consultation as the public page and the moderation show it. */
export const ConsultationFields = graphql(`
  fragment ConsultationFields on Consultation {
    id
    version
    title
    description
    opensOn
    closesOn
    open
    acceptsSubmissions
    actionField {
      id
      title
    }
    meeting {
      id
      title
    }
  }
`);

export const OpenConsultationsQuery = graphql(
  `
  query OpenConsultations($process: String!) {
    consultations(process: $process, first: 50, statuses: [open]) {
      edges {
        node {
          ...ConsultationFields
          privacyNotice
        }
      }
    }
  }
`,
  [ConsultationFields],
);

export const ConsultationChallenge = graphql(`
  mutation ConsultationChallenge {
    consultationChallenge
  }
`);

export const SubmitToConsultation = graphql(`
  mutation SubmitToConsultation($input: SubmitToConsultationInput!) {
    submitToConsultation(input: $input) {
      submissionId
      confirmBy
    }
  }
`);

export const ConfirmSubmission = graphql(`
  mutation ConfirmSubmission($input: ConfirmSubmissionInput!) {
    confirmSubmission(input: $input) {
      submissionId
      confirmed
    }
  }
`);

export const ModerationQuery = graphql(
  `
  query ConsultationModeration($process: String!) {
    consultationModerationQueue(process: $process) {
      submissionId
      text
      sector
      receivedAt
      confirmedAt
      submitter {
        name
        email
        erased
      }
      consultation {
        ...ConsultationFields
      }
    }
    consultations(process: $process, first: 100) {
      edges {
        node {
          ...ConsultationFields
        }
      }
    }
    actionFields(process: $process, first: 100) {
      edges {
        node {
          id
          title
          status
        }
      }
    }
    meetings(process: $process, first: 100) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`,
  [ConsultationFields],
);

export const AcceptSubmission = graphql(`
  mutation AcceptSubmission($input: AcceptSubmissionInput!) {
    acceptSubmission(input: $input) {
      version
      suggestion {
        id
        title
      }
    }
  }
`);

export const DeclineSubmission = graphql(`
  mutation DeclineSubmission($input: DeclineSubmissionInput!) {
    declineSubmission(input: $input) {
      version
    }
  }
`);

export const OpenConsultation = graphql(`
  mutation OpenConsultation($input: OpenConsultationInput!) {
    openConsultation(input: $input) {
      consultation {
        id
      }
    }
  }
`);

export const CloseConsultation = graphql(`
  mutation CloseConsultation($input: CloseConsultationInput!) {
    closeConsultation(input: $input) {
      version
    }
  }
`);
