import { graphql } from '../../graphql/graphql.js';

export const PeopleQuery = graphql(`
  query People {
    users {
      id
      name
      email
      erased
      organisation
      unit
      grants {
        role
        processId
      }
      accessHistory {
        type
        role
        processId
        reason
        actorName
        recordedAt
      }
    }
    processes(first: 100) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);

export const RegisterUser = graphql(`
  mutation RegisterUser($input: RegisterUserInput!) {
    registerUser(input: $input) {
      setupLink
      user {
        id
        name
      }
    }
  }
`);

export const GrantRole = graphql(`
  mutation GrantRole($input: GrantRoleInput!) {
    grantRole(input: $input) {
      user {
        id
      }
    }
  }
`);

export const RevokeRole = graphql(`
  mutation RevokeRole($input: RevokeRoleInput!) {
    revokeRole(input: $input) {
      user {
        id
      }
    }
  }
`);
