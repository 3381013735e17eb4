import type { NeedRole } from '../../generated/graphql';

/** The owner and the partners it accepted read and review supplier answers and link notices (as the api rules). */
export const isOwnerOrPartner = (role: NeedRole) => role === 'OWNER' || role === 'PARTNER';
