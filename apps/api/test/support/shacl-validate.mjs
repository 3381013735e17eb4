// Validates RDF read from stdin against Digdir's DCAT-AP-NO shapes (with their ontologies), offline.
// Usage: node shacl-validate.mjs <media type>; prints the report as JSON. An ES module, as the SHACL engine is.
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import rdf from '@zazuko/env-node';
import SHACLValidator from 'rdf-validate-shacl';

const fixtures = fileURLToPath(new URL('../fixtures/dcat-ap-no/', import.meta.url));
const mediaType = process.argv[2] ?? 'text/turtle';

const shapes = await rdf.dataset().import(rdf.fromFile(`${fixtures}DCAT-AP-NO-shacl_shapes_2.00.ttl`));
const data = await rdf.dataset().import(rdf.fromFile(`${fixtures}ontologies.ttl`));
const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const parsed = rdf.formats.parsers.import(
  mediaType,
  Readable.from([Buffer.concat(chunks).toString('utf8')]),
  {
    baseIRI: 'http://localhost/',
  },
);
await data.import(parsed);

const report = await new SHACLValidator(shapes, { factory: rdf }).validate(data);
process.stdout.write(
  JSON.stringify({
    conforms: report.conforms,
    triples: data.size,
    results: report.results.map((result) => ({
      severity: result.severity?.value.replace('http://www.w3.org/ns/shacl#', ''),
      focusNode: result.focusNode?.value,
      path: result.path?.value,
      message: result.message.map((m) => m.value),
    })),
  }),
);
