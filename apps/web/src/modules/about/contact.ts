/** Where questions about the service, privacy and accessibility go. */
export const CONTACT_EMAIL = 'kontakt@lokomotiv.no';
