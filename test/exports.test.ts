// Pins the package's public exports: a change here is a change to the library's API.
import { expect, it } from 'vitest';
import * as api from '../src/index.js';

it('exports exactly the public API', () => {
  expect(Object.keys(api).sort()).toEqual(['PIPELINE_VERSION', 'analyse']);
});
