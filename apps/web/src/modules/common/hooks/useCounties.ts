import { useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { CountiesQuery } from '../graphql/counties';

/** The counties from the api: `nameOf("46")` is "Vestland", or undefined for a number it does not list. */
export function useCounties() {
  const { data } = useQuery(CountiesQuery);
  const nameOf = useCallback(
    (number: string) => data?.counties.find((county) => county.number === number)?.name,
    [data],
  );
  return { counties: data?.counties ?? [], nameOf };
}
