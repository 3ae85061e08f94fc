export * from './database';
export * from './persistence.module';
export * from './insert-rows';
export * from './seed/register-seed-loader';
export * from './seed/seed-file';
