import type { ApolloClient } from '@apollo/client';
import ROUTES from '@lokomotiv/web-routes/routes.json';
import { createRoutes } from './routes';

describe('the routes', () => {
  it('are exactly the shared route table the api reads (for page heads and 404s), plus the catch-all', () => {
    const [layout] = createRoutes({} as ApolloClient);
    const routed = (layout.children ?? []).map((route) => (route.index ? '' : route.path));
    expect(routed.sort()).toEqual([...Object.values(ROUTES), '*'].sort());
  });
});
