import { pluralMessage } from './I18nProvider';

const UNREAD = { one: 'nav.notificationsUnreadOne', other: 'nav.notificationsUnread' } as const;

describe('pluralMessage', () => {
  it('chooses the singular for one and the plural otherwise, in both languages', () => {
    expect(pluralMessage('nb', UNREAD, 1)).toBe('Varsler (1 nytt)');
    expect(pluralMessage('nb', UNREAD, 3)).toBe('Varsler (3 nye)');
    expect(pluralMessage('nb', UNREAD, 0)).toBe('Varsler (0 nye)');
    expect(pluralMessage('en', { one: 'card.responsesOne', other: 'card.responsesOther' }, 1)).toBe(
      '1 response',
    );
    expect(pluralMessage('en', { one: 'card.responsesOne', other: 'card.responsesOther' }, 2)).toBe(
      '2 responses',
    );
  });
});
