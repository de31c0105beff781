/**
 * MeSH's qualifiers (subheadings), the 76 of 2020 and five retired ones older records carry
 * (contraindications, manpower, radiography, radionuclide imaging, ultrasonography).
 */
const MESH_QUALIFIERS = new Set([
  'abnormalities',
  'administration & dosage',
  'adverse effects',
  'agonists',
  'analogs & derivatives',
  'analysis',
  'anatomy & histology',
  'antagonists & inhibitors',
  'biosynthesis',
  'blood',
  'blood supply',
  'cerebrospinal fluid',
  'chemical synthesis',
  'chemically induced',
  'chemistry',
  'classification',
  'complications',
  'congenital',
  'contraindications',
  'cytology',
  'deficiency',
  'diagnosis',
  'diagnostic imaging',
  'diet therapy',
  'drug effects',
  'drug therapy',
  'economics',
  'education',
  'embryology',
  'enzymology',
  'epidemiology',
  'ethics',
  'ethnology',
  'etiology',
  'genetics',
  'growth & development',
  'history',
  'immunology',
  'injuries',
  'innervation',
  'instrumentation',
  'isolation & purification',
  'legislation & jurisprudence',
  'manpower',
  'metabolism',
  'methods',
  'microbiology',
  'mortality',
  'nursing',
  'organization & administration',
  'parasitology',
  'pathogenicity',
  'pathology',
  'pharmacokinetics',
  'pharmacology',
  'physiology',
  'physiopathology',
  'poisoning',
  'prevention & control',
  'psychology',
  'radiation effects',
  'radiography',
  'radionuclide imaging',
  'radiotherapy',
  'rehabilitation',
  'secondary',
  'standards',
  'statistics & numerical data',
  'supply & distribution',
  'surgery',
  'therapeutic use',
  'therapy',
  'toxicity',
  'transmission',
  'trends',
  'ultrasonography',
  'ultrastructure',
  'urine',
  'utilization',
  'veterinary',
  'virology',
]);

/** Embase's (Emtree's) link to a drug or disease subheading: "dt [Drug Therapy]". */
const EMTREE_LINK = /^[a-z]{2} \[[A-Z][^\]]*\]$/;

function isQualifier(part: string): boolean {
  const text = part.trim();
  return MESH_QUALIFIERS.has(text.replace(/^\*/, '').toLowerCase()) || EMTREE_LINK.test(text);
}

/**
 * The heading of an index term written with its qualifiers, as PubMed's MeSH reaches RIS and
 * EndNote exports through Zotero, EndNote or Rayyan: "Crohn Disease/*drug therapy" and
 * "*Phytotherapy" give "Crohn Disease" and "Phytotherapy", Embase's "hypertension/dt [Drug
 * Therapy]" gives "hypertension". Kept whole unless every part after a "/" is a qualifier, so
 * "TCP/IP" and "input/output" stay as written. Keywords are read as key-phrase evidence, where the
 * qualifiers would make "drug therapy" and "metabolism" topics of every indexed paper.
 */
export function indexTermHeading(term: string): string {
  const text = term.startsWith('*') ? term.slice(1) : term;
  const slash = text.indexOf('/');
  if (slash === -1) return text;
  return text
    .slice(slash + 1)
    .split('/')
    .every(isQualifier)
    ? text.slice(0, slash).trimEnd()
    : text;
}
