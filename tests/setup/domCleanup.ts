// Testing Library unmounts after each test only when Vitest's globals are on, and they are off
// here. Without this, a tree from one test keeps running into the next, and a tree still
// connected when the file ends (an event stream reconnecting, a timer) updates React after jsdom
// is gone: "window is not defined" as an unhandled error that fails the whole run.
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
});
