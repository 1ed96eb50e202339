/** Bid Board, Contract Board and agency purchase guidance: pure rules. */
export * from './matching';
export * from './purchase-path';
export * from './sample';
export * from './filters';
