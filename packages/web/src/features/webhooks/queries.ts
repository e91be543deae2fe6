import { graphql } from '../../graphql/graphql.js';

export const WebhooksQuery = graphql(`
  query Webhooks {
    webhookEndpoints {
      id
      tokenId
      url
      eventTypes
      status
      disabledReason
      position
      consecutiveFailures
      nextAttemptAt
      deliveries(first: 20) {
        totalCount
        edges {
          node {
            messageId
            position
            eventType
            attempt
            attemptedAt
            statusCode
            durationMs
            error
            succeeded
          }
        }
      }
    }
  }
`);

export const ReplayWebhook = graphql(`
  mutation ReplayWebhook($input: ReplayWebhookEndpointInput!) {
    replayWebhookEndpoint(input: $input) {
      endpoint {
        id
        status
        position
      }
    }
  }
`);
