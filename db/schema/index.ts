export * from './areas';
export * from './agencies';
export * from './users';
export * from './sessions';
export * from './audit';
export * from './cases';
export * from './referrals';
export * from './meetings';
