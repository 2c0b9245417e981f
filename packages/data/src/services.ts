/** The services package's types, for the service widgets and adapters. */
export type * from './services-types.js';
