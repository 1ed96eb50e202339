/**
 * How an unverified address is accepted as entered: by one press on the guide's "here"
 * ('press', the portal), or by the guide's double click ('double', a usability study's "as the
 * guide" variant). A page that wants the double click sets this context to a getter.
 */
export const ACCEPT_ADDRESS_CONTEXT = 'ct-accept-address';
export type AcceptAddress = () => 'press' | 'double';
