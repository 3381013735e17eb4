import { organizationNumbersIn } from './reportees';

const TYPE = 'ansattporten:altinn:resource';

describe('organizationNumbersIn', () => {
  it('reads "0192:<orgnr>" from the reportees of our type and resource, once each', () => {
    const details = [
      {
        type: TYPE,
        resource: 'lokomotiv',
        reportees: [{ ID: '0192:964338531' }, { ID: '0192:958935420' }, { ID: '0192:964338531' }],
      },
      { type: TYPE, resource: 'someone-else', reportees: [{ ID: '0192:974760673' }] },
      { type: 'ansattporten:altinn:service', reportees: [{ ID: '0192:974760673' }] },
    ];
    expect(organizationNumbersIn(details, TYPE, 'lokomotiv')).toEqual(['964338531', '958935420']);
  });

  it.each([
    [undefined],
    ['not an array'],
    [[{ type: TYPE, reportees: [{ ID: '9908:964338531' }, { ID: '0192:12345' }, { ID: 964338531 }, null] }]],
    [[{ type: TYPE, reportees: 'nobody' }]],
  ])('finds nothing in %j', (details) => {
    expect(organizationNumbersIn(details, TYPE, 'lokomotiv')).toEqual([]);
  });
});
