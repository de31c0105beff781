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

/** Emtree's (Embase's) disease and drug subheadings, besides its routes ("oral drug administration"). */
const EMTREE_SUBHEADINGS = new Set([
  'adverse drug reaction',
  'clinical trial',
  'complication',
  'congenital disorder',
  'disease management',
  'drug administration',
  'drug analysis',
  'drug combination',
  'drug comparison',
  'drug concentration',
  'drug development',
  'drug dose',
  'drug interaction',
  'drug resistance',
  'drug toxicity',
  'endogenous compound',
  'pharmaceutics',
  'pharmacoeconomics',
  'prevention',
  'side effect',
  'special situation for pharmacovigilance',
  'unexpected outcome of drug treatment',
]);

/** Embase's (Emtree's) link to a drug or disease subheading in RIS: "dt [Drug Therapy]". */
const EMTREE_LINK = /^[a-z]{2} \[[A-Z][^\]]*\]$/;

function isQualifier(part: string): boolean {
  const text = part.trim();
  return MESH_QUALIFIERS.has(text.replace(/^\*/, '').toLowerCase()) || EMTREE_LINK.test(text);
}

/** An Emtree subheading as Embase's CSV lists them after a term: "cyst (diagnosis, surgery)". */
function isSubheading(part: string): boolean {
  const text = part.trim();
  return (
    MESH_QUALIFIERS.has(text) ||
    EMTREE_SUBHEADINGS.has(text) ||
    (text.endsWith(' drug administration') && text === text.toLowerCase())
  );
}

/**
 * The heading of an index term written with its qualifiers, as PubMed's MeSH reaches RIS and
 * EndNote exports through Zotero, EndNote or Rayyan: "Crohn Disease/*drug therapy" and
 * "*Phytotherapy" give "Crohn Disease" and "Phytotherapy", Embase's "hypertension/dt [Drug
 * Therapy]" gives "hypertension", and its CSV's "duplication cyst (diagnosis, surgery)" gives
 * "duplication cyst". Kept whole unless every part after a "/" (or in the last parentheses) is a qualifier, so
 * "TCP/IP" and "input/output" stay as written. Keywords are read as key-phrase evidence, where the
 * qualifiers would make "drug therapy" and "metabolism" topics of every indexed paper.
 */
export function indexTermHeading(term: string): string {
  const text = term.startsWith('*') ? term.slice(1) : term;
  if (text.endsWith(')')) {
    const open = text.lastIndexOf(' (');
    if (
      open > 0 &&
      text
        .slice(open + 2, -1)
        .split(',')
        .every(isSubheading)
    )
      return text.slice(0, open);
  }
  const slash = text.indexOf('/');
  if (slash === -1) return text;
  return text
    .slice(slash + 1)
    .split('/')
    .every(isQualifier)
    ? text.slice(0, slash).trimEnd()
    : text;
}
