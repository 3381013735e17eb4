import { execFile } from 'node:child_process';
import { join } from 'node:path';

export interface ShaclResult {
  severity: 'Violation' | 'Warning' | 'Info';
  focusNode: string;
  path?: string;
  message: string[];
}

export interface ShaclReport {
  conforms: boolean;
  triples: number;
  results: ShaclResult[];
}

/** Checks RDF against Digdir's DCAT-AP-NO shapes (test/fixtures/dcat-ap-no) in a Node process of its own. */
export function validateDcat(body: string, mediaType: string): Promise<ShaclReport> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [join(__dirname, 'shacl-validate.mjs'), mediaType],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) =>
        error ? reject(new Error(stderr || error.message)) : resolve(JSON.parse(stdout)),
    );
    child.stdin?.end(body);
  });
}
