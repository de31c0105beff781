/**
 * Nouns too generic to be a keyword on their own, though they head good phrases ("scheduling
 * problem", "language model", "information retrieval"). As stopwords they would cut those
 * phrases; dropped only as single-word candidates they stop being the top keyword of papers
 * that merely mention them, and stop becoming hubs of the keyword graph. Worth about 0.4 macro
 * F1@10 on Inspec. Lowercase surface forms.
 */
export const GENERIC_TERMS: ReadonlySet<string> = new Set([
  'analysis', 'application', 'applications', 'area', 'areas', 'aspect', 'aspects', 'capabilities',
  'class', 'concept', 'concepts', 'condition', 'conditions', 'construction', 'course', 'data',
  'definition', 'degree', 'degrees', 'effect', 'effects', 'end', 'estimate', 'evaluation', 'factor',
  'factors', 'field', 'focus', 'form', 'forms', 'framework', 'function', 'functions', 'groups',
  'idea', 'ideas', 'impact', 'information', 'issue', 'issues', 'level', 'levels', 'limitations',
  'line', 'manner', 'mechanism', 'mechanisms', 'model', 'models', 'note', 'number', 'objective',
  'problem', 'problems', 'process', 'processes', 'properties', 'property', 'purpose', 'quality',
  'question', 'questions', 'range', 'relationship', 'research', 'role', 'scheme', 'set', 'sets',
  'solution', 'solutions', 'step', 'steps', 'strategies', 'strategy', 'structure', 'system',
  'systems', 'task', 'tasks', 'technology', 'terms', 'time', 'tools', 'types', 'value', 'values',
  'year', 'years', 'days', 'method', 'methods', 'approach', 'approaches', 'technique',
  'techniques', 'result', 'results', 'performance', 'paper', 'work', 'state', 'detail', 'details',
  // Seen as hubs of the trending-papers map: words that say how, not what.
  'contrast', 'necessity', 'amount', 'amounts', 'goal', 'goals', 'success', 'samples',
  'struggle', 'struggles', 'limits', 'phenomenon', 'phenomena', 'ability', 'abilities', 'flexibility',
  'hand', 'advance', 'advances', 'advancement', 'advancements', 'advantage', 'advantages',
  'importance', 'components', 'component', 'efficiency', 'speed', 'improvement', 'improvements',
]);
