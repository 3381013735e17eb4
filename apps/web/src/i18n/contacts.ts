/** The messages about whom to call: a supplier's answer and a need each name a contact person. */
export const contactsNb = {
  'contact.phone': 'tlf. {phone}',
  'responseContact.legend': 'Kontaktperson for svaret',
  'responseContact.help':
    'Kommunen og partnerne dens ser hvem de kan kontakte om svaret. Står feltene tomme, er det deg.',
  'responseContact.label': 'Kontaktperson:',
  'responseContact.mailto': 'Kontakt leverandøren',
  'needContact.legend': 'Kontaktperson for leverandørene',
  'needContact.help':
    'Leverandører dere setter på kortlisten, ser hvem de kan kontakte. Står feltene tomme, er det deg.',
  'needContact.heading': 'Kontaktperson',
  'needContact.shortlisted': 'Svaret deres står på kortlisten. Ta kontakt for å gå videre:',
  'needContact.mailto': 'Send e-post til {name}',
};

export const contactsEn: Record<keyof typeof contactsNb, string> = {
  'contact.phone': 'phone {phone}',
  'responseContact.legend': 'Contact person for the answer',
  'responseContact.help':
    'The municipality and its partners see whom to contact about the answer. Left empty, it is you.',
  'responseContact.label': 'Contact person:',
  'responseContact.mailto': 'Contact the supplier',
  'needContact.legend': 'Contact person for suppliers',
  'needContact.help': 'Suppliers you shortlist see whom to contact. Left empty, it is you.',
  'needContact.heading': 'Contact person',
  'needContact.shortlisted': 'Your answer is on the shortlist. Get in touch to take it further:',
  'needContact.mailto': 'E-mail {name}',
};
