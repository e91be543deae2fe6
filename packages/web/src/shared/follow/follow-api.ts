import { graphql } from '../../graphql/graphql.js';

export const MyFollowsQuery = graphql(`
  query MyFollows {
    viewer {
      follows {
        id
        item {
          id
        }
      }
    }
  }
`);

export const FollowItem = graphql(`
  mutation FollowItem($input: FollowItemInput!) {
    followItem(input: $input) {
      confirmBy
      follow {
        id
      }
    }
  }
`);

export const Unfollow = graphql(`
  mutation Unfollow($input: UnfollowInput!) {
    unfollow(input: $input) {
      followId
    }
  }
`);
