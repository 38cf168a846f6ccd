// Tests run in Node, outside React's server environment: `server-only` has nothing to guard there.
export {};
