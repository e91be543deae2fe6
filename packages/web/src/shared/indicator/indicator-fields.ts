import { graphql, type ResultOf } from '../../graphql/graphql.js';

/** What an indicator's card shows: its rating, its values with sources, baseline and target. */
export const IndicatorCardFields = graphql(`
  fragment IndicatorCardFields on Indicator @_unmask {
    id
    title
    unit
    measure {
      id
      title
    }
    baseline {
      value
      date
      source
    }
    target {
      value
      date
    }
    assessment {
      rating
      expected
    }
    values {
      valueId
      value
      referenceDate
      source
    }
  }
`);

export type IndicatorCardData = ResultOf<typeof IndicatorCardFields>;
