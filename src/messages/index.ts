export * from './messages';
export * from './builderMessages';
export * from './dialogMessages';
export * from './errorMessages';
export * from './linkListMessages';
export * from './shareMessages';
export * from './productCardMessages';
export { deMessages } from './de';
