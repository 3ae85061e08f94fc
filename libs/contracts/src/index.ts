export * from './topics';
export * from './envelope';
export * from './catalogue';
export * from './events';
export * from './catalogue-doc';
export * from './reference/provinces';
