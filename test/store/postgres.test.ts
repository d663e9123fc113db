// The ClaimStore suite on PostgreSQL at 127.0.0.1:5432 (database `test`, trust auth): each store
// lives in its own schema (test/helpers/pg-schemas.ts), so test files running in parallel never
// meet. `.ci/run` starts the server when it is down.
import { PG_SERVER as SERVER, testSchemas } from '../helpers/pg-schemas.js';
import { registerStoreSuite } from './store.common.js';

const schemas = testSchemas('crosscheck_test');
const unusedPort = () => {
  const url = new URL(SERVER);
  url.port = '1'; // nothing listens on tcpmux
  return url.toString();
};

registerStoreSuite('PostgreSQL', {
  fresh: async () => (await schemas.create()).location,
  badLocations: [
    { what: 'a server that is down', location: unusedPort, code: 'E_STORE_UNREACHABLE', message: /127\.0\.0\.1:1.*connection refused/ },
    {
      what: 'a database that does not exist',
      location: () => { const url = new URL(SERVER); url.pathname = `/no_such_db_${process.pid}`; return url.toString(); },
      code: 'E_STORE_OPEN', message: /does not exist/,
    },
    {
      what: 'a password shown in no message',
      location: () => { const url = new URL(unusedPort()); url.password = 'hunter2'; return url.toString(); },
      code: 'E_STORE_UNREACHABLE', message: /^(?!.*hunter2).*\*\*\*/,
    },
  ],
});
